// Export formats: JSON lines, CSV (RFC 4180), and a GDELT 2.0-style event table (tab-separated;
// the columns are documented in docs/gdelt-export.md).
import type { ExportKind } from "./types.js";

export type ExportFormat = "jsonl" | "csv" | "gdelt";

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = typeof v === "object" ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: unknown[]): string {
  return values.map(csvCell).join(",") + "\r\n";
}

/** PLOVER event type -> GDELT QuadClass (1 verbal cooperation, 2 material cooperation,
 *  3 verbal conflict, 4 material conflict). */
export const QUAD_CLASS: Record<string, number> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, REQUEST: 1,
  CONCEDE: 2, COOPERATE: 2, AID: 2, RETREAT: 2,
  ACCUSE: 3, REJECT: 3, THREATEN: 3, PROTEST: 3,
  SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

export const GDELT_COLUMNS = [
  "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
  "Actor1Name", "Actor1CountryCode", "Actor2Name", "Actor2CountryCode",
  "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
  "NumMentions", "NumSources", "NumArticles", "AvgTone",
  "ActionGeo_FullName", "DATEADDED", "SOURCEURL",
  "PloverType", "PloverMode", "Mode",
] as const;

function clean(v: unknown): string {
  return v === null || v === undefined ? "" : String(v).replace(/[\t\r\n]+/g, " ");
}

/** One GDELT-style row for an exported event (undated events have no row: GDELT rows are dated). */
export function gdeltRow(e: Record<string, unknown>, addedAt: Date): string | null {
  const date = typeof e.date === "string" ? e.date : null;
  const m = date ? /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(date) : null;
  if (!m) return null;
  const [y, mo, d] = [m[1], m[2], m[3] ?? "01"];
  const doy = (Date.UTC(+y, +mo - 1, +d) - Date.UTC(+y, 0, 1)) / 86400000;
  const actors = (e.actors as string[]) ?? [];
  const iso = (e.actor_iso as (string | null)[] | undefined) ?? [];
  const cameo = typeof e.cameo === "string" ? e.cameo : "";
  const sources = (e.sources as string[]) ?? [];
  const mentions = typeof e.reports === "number" ? e.reports : sources.length;
  const stamp = addedAt.toISOString().replace(/\D/g, "").slice(0, 14);
  return [
    e.id, `${y}${mo}${d}`, `${y}${mo}`, y, (+y + doy / 365).toFixed(4),
    actors[0], iso[0], actors[1], iso[1],
    1, cameo, cameo.slice(0, 3), cameo.slice(0, 2), QUAD_CLASS[String(e.type)] ?? "", e.score,
    mentions, sources.length, sources.length, "",
    e.location, stamp, e.source_url,
    e.type, e.plover_mode, e.mode,
  ].map(clean).join("\t") + "\n";
}

export const CSV_COLUMNS: Record<ExportKind, string[]> = {
  articles: ["id", "url", "title", "published", "language", "annotated", "source", "outlet", "near_duplicate_of", "text"],
  events: ["id", "type", "date", "actors", "location", "mode", "score", "cameo", "plover_mode", "sources", "trigger"],
  entities: ["id", "name", "name_en", "type", "iso", "articles"],
};
