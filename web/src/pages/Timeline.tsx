// Timeline: events between chosen actors in date order, filtered by type and mode, with sources.
import { useEffect, useState } from "preact/hooks";
import { getJson, useApi, type TimelinePage } from "../api";
import { EntityInput } from "../components/EntityInput";
import { EventTypeSelect } from "../components/EventTypeSelect";
import { EventList } from "../components/EventList";
import { Pager } from "../components/Pager";
import { Status } from "../components/Status";
import { EVENT_MODES, EVENT_TYPES, useI18n } from "../i18n";
import { href, navigate, type Route } from "../router";

const PAGE = 50;

interface Form { a1: string; a2: string; type: string; mode: string; from: string; to: string }

function formOf(p: URLSearchParams): Form {
  const actors = p.getAll("actor");
  return { a1: actors[0] ?? "", a2: actors[1] ?? "", type: p.get("type") ?? "", mode: p.get("mode") ?? "", from: p.get("from") ?? "", to: p.get("to") ?? "" };
}

const paramsOf = (f: Form) => ({ actor: [f.a1.trim(), f.a2.trim()].filter(Boolean), type: f.type, mode: f.mode, from: f.from, to: f.to });

export function TimelinePageView({ route }: { route: Route }) {
  const { t } = useI18n();
  const current = formOf(route.params);
  const offset = Number(route.params.get("offset") ?? 0) || 0;
  const [form, setForm] = useState(current);
  useEffect(() => setForm(formOf(route.params)), [route.params.toString()]);
  const res = useApi(route.params.toString(), (signal) => getJson<TimelinePage>("/api/timeline", { ...paramsOf(current), limit: PAGE, offset }, signal));
  const set = (k: keyof Form) => (e: Event) => setForm({ ...form, [k]: (e.target as HTMLInputElement).value });
  return (
    <section aria-labelledby="timeline-title">
      <h1 id="timeline-title">{t.timeline.title}</h1>
      <form class="filters" onSubmit={(e) => { e.preventDefault(); navigate(href("timeline", undefined, paramsOf(form))); }}>
        <EntityInput label={t.timeline.actor1} name="actor1" value={form.a1} onInput={(v) => setForm({ ...form, a1: v })} />
        <EntityInput label={t.timeline.actor2} name="actor2" value={form.a2} onInput={(v) => setForm({ ...form, a2: v })} />
        <EventTypeSelect value={form.type} onChange={set("type")} />
        <label class="field">
          <span>{t.timeline.mode}</span>
          <select name="mode" value={form.mode} onChange={set("mode")}>
            <option value="">{t.timeline.anyMode}</option>
            {EVENT_MODES.map((m) => <option key={m} value={m}>{t.modes[m]}</option>)}
          </select>
        </label>
        <label class="field"><span>{t.search.from}</span><input type="date" name="from" value={form.from} onInput={set("from")} /></label>
        <label class="field"><span>{t.search.to}</span><input type="date" name="to" value={form.to} onInput={set("to")} /></label>
        <button type="submit" class="primary">{t.timeline.submit}</button>
      </form>
      <Status value={res} />
      {res?.state === "ok" && (
        <div aria-live="polite">
          <p class="count">{t.timeline.found(res.data.total)}</p>
          {res.data.total === 0 && <p>{t.timeline.none}</p>}
          <EventList events={res.data.events} />
          <Pager total={res.data.total} limit={PAGE} offset={offset} link={(o) => href("timeline", undefined, { ...paramsOf(current), offset: o || undefined })} />
        </div>
      )}
    </section>
  );
}
