// Events in date order: date, type (coloured by cooperation or conflict), actors, mode, sources.
import type { TimelineEvent } from "../api";
import { formatDate, useI18n } from "../i18n";
import { href } from "../router";

export function tone(score: number | null | undefined): "coop" | "conf" | "neutral" {
  if (typeof score !== "number" || score === 0) return "neutral";
  return score > 0 ? "coop" : "conf";
}

export function EventList({ events }: { events: TimelineEvent[] }) {
  const { t, lang } = useI18n();
  return (
    <ol class="events">
      {events.map((e, i) => (
        <li key={i} class={`event ${tone(e.score)}`}>
          <div class="event-head">
            <time dateTime={e.date ?? undefined}>{e.date ? formatDate(e.date, lang) : t.timeline.undated}</time>
            <span class={`badge ${tone(e.score)}`} title={e.type}>{t.types[e.type] ?? e.type}</span>
            <span class="mode">{t.modes[e.mode] ?? e.mode}</span>
            {typeof e.score === "number" && <span class="score">{e.score > 0 ? "+" : ""}{e.score}</span>}
          </div>
          <div class="event-body">
            {e.actors.map((a, j) => (
              <span key={j}>{j > 0 && " · "}<a href={href("entity", a)}>{a}</a></span>
            ))}
            {e.trigger && <span class="trigger-text"> — «{e.trigger}»</span>}
            {e.location && <span class="location"> ({e.location})</span>}
          </div>
          {e.sources.length > 0 && (
            <div class="sources">
              {t.timeline.sources}:{" "}
              {e.sources.map((s, j) => <span key={s}>{j > 0 && ", "}<a href={href("article", s)}>{s}</a></span>)}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
