// Backend-independent pieces of storing: what layers an article keeps, how event reports merge
// into one event, how actor names resolve to entity keys, and the cooperation–conflict series.
import type { Doc, Event } from "../text/doc.js";
import { toOutput } from "../output.js";
import { entityKey } from "./identity.js";
import type { RelationsPeriod, StoredArticle, TimelineEvent } from "./types.js";

export type Layers = Pick<StoredArticle, "sentences" | "entities" | "timexes" | "events" | "quotes">;

/** Every annotation layer of a document, in the `annotate` JSON form (tokens left out). */
export function articleLayers(doc: Doc): Layers {
  const out = toOutput({ ...doc, tokens: [] });
  return { sentences: out.sentences, entities: out.entities, timexes: out.timexes, events: out.events, quotes: out.quotes };
}

/** Actor name -> entity key, using the article's own entities (canonical name, id or surface). */
export function actorKeys(doc: Doc, ev: Event): string[] {
  return ev.actors.map((a) => {
    const e = doc.entities.find((x) => x.name === a || x.id === a) ?? doc.entities.find((x) => x.text === a);
    return e ? entityKey(e) : a;
  });
}

/** Reports of one real event share type, date and actors; undated reports never merge. */
/** The date the text gives an event: the chronicle leaves undated what annotation placed at the
 *  publication date (date_basis "document"), so background mentions do not land on the day they were told. */
export function textDate(ev: Pick<Event, "date" | "date_basis">): string | null {
  return ev.date_basis === "document" ? null : ev.date;
}

export function eventKey(type: string, date: string | null, keys: string[], articleId: string): string {
  const k = `${type}|${date ?? ""}|${[...new Set(keys)].sort().join("|")}`;
  return date ? k : `${k}|@${articleId}`;
}

/** ISO week label (YYYY-Www) of a YYYY-MM-DD date. */
export function isoWeek(date: string): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const day = (d.getUTCDay() + 6) % 7; // Monday = 0
  d.setUTCDate(d.getUTCDate() - day + 3); // the Thursday of this week
  const year = d.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round(((d.getTime() - firstThursday.getTime()) / 86400000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

export function periodOf(date: string, by: "month" | "week"): string | null {
  if (!/^\d{4}-\d{2}/.test(date)) return null;
  if (by === "month") return date.slice(0, 7);
  return /^\d{4}-\d{2}-\d{2}/.test(date) ? isoWeek(date) : null;
}

/** Groups dated events into periods with the sum, mean and counts of their scores. */
export function relationSeries(events: TimelineEvent[], by: "month" | "week", withEvents: boolean): RelationsPeriod[] {
  const groups = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    const p = e.date ? periodOf(e.date, by) : null;
    if (!p) continue;
    let g = groups.get(p);
    if (!g) groups.set(p, (g = []));
    g.push(e);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([period, evs]) => {
    const scored = evs.filter((e) => typeof e.score === "number");
    const sum = scored.reduce((s, e) => s + (e.score as number), 0);
    const p: RelationsPeriod = {
      period,
      sum: Math.round(sum * 100) / 100,
      mean: scored.length ? Math.round((sum / scored.length) * 100) / 100 : 0,
      count: evs.length,
      cooperation: scored.filter((e) => (e.score as number) > 0).length,
      conflict: scored.filter((e) => (e.score as number) < 0).length,
    };
    if (withEvents) p.events = evs;
    return p;
  });
}

/** Calendar days between two YYYY-MM-DD dates (0 when either is unknown: they may be close). */
export function daysApart(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86400000;
}

/** Whole days since 1970-01-01 of a date starting YYYY-MM-DD (SQLite: julianday - 2440587.5), else null. */
export function dayNumber(date: string | null | undefined): number | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(t) ? Math.floor(t / 86400000) : null;
}

export class AmbiguousNameError extends Error {
  constructor(public query: string, public candidates: { id: string; name: string; type: string; articles: number }[]) {
    super(`"${query}" is ambiguous: ${candidates.slice(0, 6).map((c) => `${c.name} (${c.type}, ${c.id})`).join("; ")}`);
  }
}
