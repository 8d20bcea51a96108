// Relations: the cooperation–conflict series of two actors per period, with the events behind
// each period one click away (on the chart or in the table below it).
import { Fragment } from "preact";
import { useEffect, useState } from "preact/hooks";
import { getJson, useApi, type RelationsPage, type RelationsPeriod } from "../api";
import { Chart, chartWidth, periodAxis, periodMargin } from "../components/Chart";
import { EntityInput } from "../components/EntityInput";
import { EventList } from "../components/EventList";
import { Status } from "../components/Status";
import { formatPeriod, useI18n } from "../i18n";
import { href, navigate, type Route } from "../router";

/** The example pair from the bundled sample article. */
const DEFAULT_A = "Azərbaycan", DEFAULT_B = "Rusiya";

export function RelationsPageView({ route }: { route: Route }) {
  const { t, lang } = useI18n();
  const a = route.params.get("a") ?? DEFAULT_A, b = route.params.get("b") ?? DEFAULT_B;
  const by = route.params.get("by") === "week" ? "week" : "month";
  const [form, setForm] = useState({ a, b, by });
  const [open, setOpen] = useState<string | null>(null);
  useEffect(() => { setForm({ a, b, by }); setOpen(null); }, [route.params.toString()]);
  const res = useApi(`${a}\u0000${b}\u0000${by}`, (signal) => getJson<RelationsPage>("/api/relations", { a, b, by, events: "true", limit: 100 }, signal));
  const pick = (p: string) => {
    setOpen(p);
    requestAnimationFrame(() => document.getElementById(`period-${p}`)?.scrollIntoView({ block: "nearest", behavior: "smooth" }));
  };
  const series = res?.state === "ok" ? res.data.series : [];
  return (
    <section aria-labelledby="relations-title">
      <h1 id="relations-title">{t.relations.title}</h1>
      <form class="filters" onSubmit={(e) => { e.preventDefault(); navigate(href("relations", undefined, form)); }}>
        <EntityInput label={t.relations.a} name="a" value={form.a} onInput={(v) => setForm({ ...form, a: v })} />
        <EntityInput label={t.relations.b} name="b" value={form.b} onInput={(v) => setForm({ ...form, b: v })} />
        <label class="field">
          <span>{t.relations.by}</span>
          <select name="by" value={form.by} onChange={(e) => setForm({ ...form, by: (e.target as HTMLSelectElement).value as "month" })}>
            <option value="month">{t.relations.month}</option>
            <option value="week">{t.relations.week}</option>
          </select>
        </label>
        <button type="submit" class="primary">{t.relations.submit}</button>
      </form>
      <Status value={res} />
      {res?.state === "ok" && (
        <div aria-live="polite">
          <h2 class="pair">
            <a href={href("entity", res.data.a)}>{res.data.a}</a> ↔ <a href={href("entity", res.data.b)}>{res.data.b}</a>
          </h2>
          {series.length === 0 ? <p>{t.relations.none}</p> : (
            <>
              <p class="muted">{t.relations.chart}. {t.relations.clickHint}</p>
              <Chart
                label={t.relations.chart}
                deps={[res.data, lang]}
                onPick={(d) => pick((d as RelationsPeriod).period)}
                draw={(Plot, width) => Plot.plot({
                  width: chartWidth(width, series.length), height: 260, marginLeft: 44,
                  x: periodAxis((p) => formatPeriod(p, lang), width, series.length), marginBottom: periodMargin(width, series.length),
                  y: { grid: true, label: null },
                  color: { type: "threshold", domain: [0], range: ["#c0392b", "#2e8b57"] },
                  marks: [
                    Plot.barY(series, { x: "period", y: "sum", fill: "sum", cursor: "pointer" } as never),
                    Plot.ruleY([0]),
                    Plot.tip(series, Plot.pointerX({ x: "period", y: "sum", title: (p: RelationsPeriod) =>
                      `${formatPeriod(p.period, lang)}\n${t.relations.sum}: ${p.sum}\n${t.relations.count}: ${p.count} (${p.cooperation} ${t.relations.cooperation}, ${p.conflict} ${t.relations.conflict})` })),
                  ],
                })}
              />
              <div class="table-wrap"><table class="series">
                <thead><tr><th scope="col">{t.relations.period}</th><th scope="col">{t.relations.sum}</th><th scope="col">{t.relations.count}</th><th scope="col"><span class="sr-only">{t.relations.show}</span></th></tr></thead>
                <tbody>
                  {series.map((p) => (
                    <Fragment key={p.period}>
                      <tr id={`period-${p.period}`} class={open === p.period ? "open" : ""}>
                        <th scope="row">{formatPeriod(p.period, lang)}</th>
                        <td class={p.sum > 0 ? "coop" : p.sum < 0 ? "conf" : ""}>{p.sum > 0 ? "+" : ""}{p.sum}</td>
                        <td>{p.count} <span class="muted small breakdown">({p.cooperation} {t.relations.cooperation}, {p.conflict} {t.relations.conflict})</span></td>
                        <td>
                          <button type="button" aria-expanded={open === p.period} onClick={() => setOpen(open === p.period ? null : p.period)}>
                            {open === p.period ? t.relations.hide : t.relations.show}
                          </button>
                        </td>
                      </tr>
                      {open === p.period && (
                        <tr class="period-events"><td colSpan={4}><EventList events={p.events ?? []} /></td></tr>
                      )}
                    </Fragment>
                  ))}
                </tbody>
              </table></div>
            </>
          )}
        </div>
      )}
    </section>
  );
}
