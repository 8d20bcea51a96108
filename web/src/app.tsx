// The shell: header with navigation and the language switch, and the page for the current route.
import { useEffect, useState } from "preact/hooks";
import { LangContext, STRINGS, type Lang } from "./i18n";
import { href, useRoute } from "./router";
import { ArticlePage } from "./pages/Article";
import { EntityPage } from "./pages/Entity";
import { RelationsPageView } from "./pages/Relations";
import { SearchPageView } from "./pages/Search";
import { TimelinePageView } from "./pages/Timeline";

function initialLang(): Lang {
  try {
    return localStorage.getItem("salname.lang") === "en" ? "en" : "az";
  } catch {
    return "az";
  }
}

export function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const route = useRoute();
  const t = STRINGS[lang];
  const setLang = (l: Lang) => {
    setLangState(l);
    try {
      localStorage.setItem("salname.lang", l);
    } catch { /* private mode: the choice lasts for this page only */ }
  };
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    window.scrollTo(0, 0);
    document.getElementById("main")?.focus({ preventScroll: true });
  }, [route.page, route.arg]);

  let page;
  if (route.page === "article" && route.arg) page = <ArticlePage id={route.arg} />;
  else if (route.page === "entity" && route.arg) page = <EntityPage id={route.arg} />;
  else if (route.page === "timeline") page = <TimelinePageView route={route} />;
  else if (route.page === "relations") page = <RelationsPageView route={route} />;
  else page = <SearchPageView route={route} />;

  const nav = [["search", t.nav.search], ["timeline", t.nav.timeline], ["relations", t.nav.relations]] as const;
  const active = route.page === "article" || route.page === "entity" ? "" : route.page;
  return (
    <LangContext.Provider value={{ lang, t, setLang }}>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById("main")?.focus(); }}>{t.skip}</a>
      <header class="top">
        <a class="brand" href={href("search")}>{t.appName}<span class="tagline">{t.tagline}</span></a>
        <nav aria-label="main">
          {nav.map(([p, label]) => (
            <a key={p} href={href(p)} aria-current={active === p ? "page" : undefined}>{label}</a>
          ))}
        </nav>
        <button type="button" class="lang" aria-label={t.switchLangLabel} lang={lang === "az" ? "en" : "az"} onClick={() => setLang(lang === "az" ? "en" : "az")}>
          {t.switchLang}
        </button>
      </header>
      <main id="main" tabIndex={-1}>{page}</main>
    </LangContext.Provider>
  );
}
