// The human-readable view of an annotated document: sentences one per line, annotations coloured.
import type { Doc } from "../text/doc.js";

const C = { reset: "\x1b[0m", dim: "\x1b[2m", bold: "\x1b[1m", PER: "\x1b[36m", LOC: "\x1b[32m", ORG: "\x1b[35m", MISC: "\x1b[34m", TIMEX: "\x1b[33m", EVENT: "\x1b[31m", QUOTE: "\x1b[3m" };

interface Mark { start: number; end: number; open: string }

export function renderPretty(doc: Doc, color: boolean): string {
  const c = (k: keyof typeof C) => (color ? C[k] : "");
  const marks: Mark[] = [];
  for (const e of doc.entities) marks.push({ start: e.start, end: e.end, open: C[e.type] });
  for (const t of doc.timexes) marks.push({ start: t.start, end: t.end, open: C.TIMEX });
  for (const e of doc.events) marks.push({ start: e.trigger.start, end: e.trigger.end, open: C.EVENT + C.bold });
  const lines: string[] = [];
  lines.push(`${c("bold")}${doc.id}${c("reset")}  ${c("dim")}date ${doc.document_date ?? "?"} · ${doc.language} · ${doc.sentences.length} sentences · ${doc.tokens.length} tokens${c("reset")}`);
  if (doc.title) lines.push(`${c("bold")}${doc.title}${c("reset")}`);
  lines.push("");
  doc.sentences.forEach((s, i) => {
    let text = "";
    let pos = s.start;
    const inside = marks.filter((m) => m.start >= s.start && m.end <= s.end).sort((a, b) => a.start - b.start || b.end - a.end);
    for (const m of inside) {
      if (m.start < pos) continue;
      text += doc.text.slice(pos, m.start) + (color ? m.open : "[") + doc.text.slice(m.start, m.end) + (color ? C.reset : "]");
      pos = m.end;
    }
    text += doc.text.slice(pos, s.end);
    lines.push(`${c("dim")}${String(i + 1).padStart(3)}${s.heading ? "#" : " "}${c("reset")} ${text.replace(/\s*\n\s*/g, " ")}`);
  });
  const section = (title: string, rows: string[]) => {
    if (!rows.length) return;
    lines.push("", `${c("bold")}${title}${c("reset")}`);
    for (const r of rows) lines.push(`  ${r}`);
  };
  section("Entities", doc.entities.map((e) => `${color ? C[e.type] : ""}${e.type.padEnd(4)}${c("reset")} ${e.text} → ${e.name}`));
  section("Dates and times", doc.timexes.map((t) => `${t.type.padEnd(8)} ${t.text} → ${t.value}${t.mod ? ` (${t.mod})` : ""}`));
  section("Events", doc.events.map((e) => `${e.type.padEnd(9)} ${e.trigger.text} · ${e.actors.join(" → ") || "?"} · ${e.date ?? "undated"} · ${e.location ?? "-"} · ${e.mode}`));
  section("Quotes", doc.quotes.map((q) => `${q.speaker ?? "?"}: “${q.text.length > 100 ? q.text.slice(0, 100) + "…" : q.text}”`));
  return lines.join("\n") + "\n";
}
