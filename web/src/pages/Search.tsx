// Search: a query box with filters; results with highlighted snippets, sortable, paged.
import { useEffect, useState } from "preact/hooks";
import { getJson, useApi, type SearchPage } from "../api";
import { EntityInput } from "../components/EntityInput";
import { EventTypeSelect } from "../components/EventTypeSelect";
import { Marked } from "../components/Marked";
import { Pager } from "../components/Pager";
import { Status } from "../components/Status";
import { EVENT_TYPES, formatDate, useI18n } from "../i18n";
import { href, navigate, type Route } from "../router";

const KEYS = ["q", "from", "to", "entity", "type", "sort"] as const;
type Form = Record<(typeof KEYS)[number], string>;

function formOf(p: URLSearchParams): Form {
  return Object.fromEntries(KEYS.map((k) => [k, p.get(k) ?? ""])) as Form;
}

export function SearchPageView({ route }: { route: Route }) {
  const { t, lang } = useI18n();
  const current = formOf(route.params);
  const offset = Number(route.params.get("offset") ?? 0) || 0;
  const [form, setForm] = useState<Form>(current);
  useEffect(() => setForm(formOf(route.params)), [route.params.toString()]);
  const key = `${route.params.toString()}`;
  const res = useApi(key, (signal) => getJson<SearchPage>("/api/search", { ...current, offset, limit: 20 }, signal));
  const set = (k: keyof Form) => (e: Event) => setForm({ ...form, [k]: (e.target as HTMLInputElement).value });
  const submit = (e: Event) => {
    e.preventDefault();
    navigate(href("search", undefined, form));
  };
  const hasQuery = !!current.q.trim();

  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">{t.search.title}</h1>
      <form class="filters" role="search" onSubmit={submit}>
        <label class="field wide">
          <span>{t.search.query}</span>
          <input type="search" name="q" value={form.q} placeholder={t.search.queryHint} onInput={set("q")} autoFocus />
        </label>
        <label class="field"><span>{t.search.from}</span><input type="date" name="from" value={form.from} onInput={set("from")} /></label>
        <label class="field"><span>{t.search.to}</span><input type="date" name="to" value={form.to} onInput={set("to")} /></label>
        <EntityInput label={t.search.entity} name="entity" value={form.entity} onInput={(v) => setForm({ ...form, entity: v })} />
        <EventTypeSelect value={form.type} onChange={set("type")} />
        <label class="field">
          <span>{t.search.sort}</span>
          <select name="sort" value={form.sort || "relevance"} onChange={set("sort")}>
            <option value="relevance">{t.search.relevance}</option>
            <option value="date">{t.search.date}</option>
            <option value="date_asc">{t.search.dateAsc}</option>
          </select>
        </label>
        <button type="submit" class="primary">{t.search.submit}</button>
      </form>
      <Status value={res} />
      {res?.state === "ok" && (
        <div class="results" aria-live="polite">
          <p class="count">{hasQuery ? t.search.found(res.data.total) : t.search.latest}</p>
          {res.data.total === 0 && <p>{t.search.none}</p>}
          <ol class="hits">
            {res.data.results.map((r) => (
              <li key={r.id} class="hit">
                <h2><a href={href("article", r.id)}>{r.title || `${t.search.untitled} · ${r.id}`}</a></h2>
                <p class="meta">
                  {r.published && <time dateTime={r.published}>{formatDate(r.published, lang)}</time>}
                  {hasQuery && <span class="score" title="score">{r.score}</span>}
                </p>
                <p class="snippet"><Marked text={r.snippet} /></p>
              </li>
            ))}
          </ol>
          <Pager total={res.data.total} limit={20} offset={offset} link={(o) => href("search", undefined, { ...current, offset: o || undefined })} />
        </div>
      )}
    </section>
  );
}
