// Article: the text with names, dates, event triggers and quotes highlighted; a side panel lists them.
import { entityRef, getJson, useApi, type StoredArticle } from "../api";
import { AnnotatedText, spanId, type Kind } from "../components/AnnotatedText";
import { tone } from "../components/EventList";
import { Status } from "../components/Status";
import { formatDate, useI18n } from "../i18n";
import { href } from "../router";

function jump(kind: Kind, index: number) {
  const el = document.getElementById(spanId(kind, index));
  if (!el) return;
  el.scrollIntoView({ block: "center", behavior: "smooth" });
  el.classList.remove("flash");
  void el.getBoundingClientRect(); // restart the animation
  el.classList.add("flash");
}

function SidePanel({ a }: { a: StoredArticle }) {
  const { t, lang } = useI18n();
  const names = new Map<string, { ref: string; name: string; type: string; name_en?: string; count: number }>();
  for (const e of a.entities) {
    const ref = entityRef(e);
    const n = names.get(ref) ?? { ref, name: e.name, type: e.type, name_en: e.name_en, count: 0 };
    n.count++;
    names.set(ref, n);
  }
  return (
    <aside class="side" aria-label={t.article.legend}>
      <section>
        <h2>{t.article.entities} <span class="n">{names.size}</span></h2>
        <ul class="plain">
          {[...names.values()].sort((x, y) => y.count - x.count).map((n) => (
            <li key={n.ref}>
              <a class={`chip ent-${n.type}`} href={href("entity", n.ref)}>{n.name}</a>
              <span class="muted"> {t.entityTypes[n.type] ?? n.type}{n.count > 1 ? ` ×${n.count}` : ""}</span>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t.article.dates} <span class="n">{a.timexes.length}</span></h2>
        <ul class="plain">
          {a.timexes.map((x, i) => (
            <li key={i}>
              <button type="button" class="link" onClick={() => jump("timex", i)}>{x.text}</button>
              <span class="muted"> → {formatDate(x.value, lang)}</span>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t.article.events} <span class="n">{a.events.length}</span></h2>
        <ul class="plain">
          {a.events.map((e, i) => (
            <li key={i}>
              <span class={`badge ${tone(e.score)}`}>{t.types[e.type] ?? e.type}</span>{" "}
              <button type="button" class="link" onClick={() => jump("trigger", i)}>{e.trigger.text}</button>
              <div class="muted small">
                {e.actors.join(" · ")}
                {e.date ? <> · <time dateTime={e.date} title={e.date_basis === "document" ? t.article.byPublication : undefined}>
                  {formatDate(e.date, lang)}{e.date_basis === "document" ? " *" : ""}</time></> : ""} · {t.modes[e.mode] ?? e.mode}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t.article.quotes} <span class="n">{a.quotes.length}</span></h2>
        <ul class="plain">
          {a.quotes.map((q, i) => (
            <li key={i}>
              <button type="button" class="link" onClick={() => jump("quote", i)}>{q.speaker ?? t.article.unknownSpeaker}</button>
              <div class="muted small">«{q.text.length > 120 ? `${q.text.slice(0, 120)}…` : q.text}»</div>
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );
}

export function ArticlePage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const res = useApi(id, (signal) => getJson<StoredArticle>(`/api/articles/${encodeURIComponent(id)}`, {}, signal));
  if (res?.state !== "ok") return <Status value={res} notFound={t.article.notFound} />;
  const a = res.data;
  return (
    <article class="article-page" aria-labelledby="article-title">
      <header>
        <h1 id="article-title">{a.title || `${t.search.untitled} · ${a.id}`}</h1>
        <p class="meta">
          {a.published && <>{t.article.published}: <time dateTime={a.published}>{formatDate(a.published, lang)}</time></>}
          {a.outlet && <> · {t.article.source}: {a.outlet}</>}
          {a.url && /^https?:\/\//.test(a.url) && <> · <a href={a.url} rel="noopener noreferrer nofollow" target="_blank">{a.url}</a></>}
        </p>
        {a.near_duplicate_of && <p class="note">{t.article.copyOf} <a href={href("article", a.near_duplicate_of)}>{a.near_duplicate_of}</a></p>}
        {!a.annotated && <p class="note">{t.article.noLayers}</p>}
        <p class="legend" aria-label={t.article.legend}>
          <span class="ann ent ent-PER">{t.article.entity}</span> <span class="ann timex">{t.article.timex}</span>{" "}
          <span class="ann trigger">{t.article.trigger}</span> <span class="ann quote">{t.article.quote}</span>
        </p>
      </header>
      <div class="article-layout">
        <AnnotatedText article={a} />
        <SidePanel a={a} />
      </div>
    </article>
  );
}
