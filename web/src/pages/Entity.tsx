// Entity: names in Azerbaijani and English, aliases, mentions per month, co-occurring names, events.
import { getJson, useApi, type EntityProfile } from "../api";
import { Chart, chartWidth, periodAxis, periodMargin } from "../components/Chart";
import { EventList } from "../components/EventList";
import { Status } from "../components/Status";
import { formatPeriod, useI18n } from "../i18n";
import { href } from "../router";

/** At most six whole-number ticks from 0 to max (counts have no fractions). */
function wholeTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 5));
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
}

export function EntityPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const res = useApi(id, (signal) => getJson<EntityProfile>(`/api/entities/${encodeURIComponent(id)}`, {}, signal));
  if (res?.state !== "ok") return <Status value={res} notFound={t.entity.notFound} />;
  const e = res.data;
  return (
    <section class="entity-page" aria-labelledby="entity-title">
      <header>
        <h1 id="entity-title"><span lang="az">{e.name}</span>{e.name_en && e.name_en !== e.name && <span class="en" lang="en"> · {e.name_en}</span>}</h1>
        <p class="meta">
          <span class={`chip ent-${e.type}`}>{t.entityTypes[e.type] ?? e.type}</span>
          {e.iso && <span class="muted"> ISO {e.iso}</span>}
          <span class="muted"> · {t.entity.total(e.mentions.reduce((s, m) => s + m.count, 0))}</span>
          {" · "}<a href={href("search", undefined, { entity: e.id })}>{t.entity.articles}</a>
          {" · "}<a href={href("timeline", undefined, { actor: e.id })}>{t.entity.timeline}</a>
        </p>
      </header>
      <div class="grid">
        <section>
          <h2>{t.entity.mentions}</h2>
          {e.mentions.length > 0 && (
            <Chart
              label={t.entity.mentions}
              deps={[e.id, lang]}
              draw={(Plot, width) => Plot.plot({
                width: chartWidth(width, e.mentions.length), height: 220, marginLeft: 40,
                x: periodAxis((p) => formatPeriod(p, lang), width, e.mentions.length), marginBottom: periodMargin(width, e.mentions.length),
                y: { grid: true, label: null, ticks: wholeTicks(Math.max(...e.mentions.map((m) => m.count))), tickFormat: "d" },
                marks: [Plot.barY(e.mentions, { x: "period", y: "count", fill: "#3b6ea8", tip: true }), Plot.ruleY([0])],
              })}
            />
          )}
        </section>
        <section>
          <h2>{t.entity.aliases}</h2>
          <ul class="tags">{e.aliases.map((a) => <li key={a.text}>{a.text} <span class="muted">×{a.count}</span></li>)}</ul>
          <h2>{t.entity.cooccurring}</h2>
          <ul class="tags">
            {e.cooccurring.map((c) => (
              <li key={c.id}><a class={`chip ent-${c.type}`} href={href("entity", c.id)}>{c.name}</a> <span class="muted">×{c.count}</span></li>
            ))}
          </ul>
        </section>
      </div>
      <h2>{t.entity.events} <span class="n">{e.events.length}</span></h2>
      <EventList events={e.events} />
    </section>
  );
}
