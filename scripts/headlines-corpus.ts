// Turns ../shared/corpus/oxu-headlines-2025.csv into JSONL records that `salname eval --corpus`
// and the gold scripts read: one record a headline, id `oxu-<row>` (its 1-based row in the CSV,
// header excluded), the headline as both title and text, `published` from its timestamp.
// The headlines have no licence: the JSONL is written outside the repository.
// Usage: tsx scripts/headlines-corpus.ts [out.jsonl]   (default /tmp/oxu-headlines.jsonl)
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { ROOT } from "./gold-corpus.js";

export const HEADLINES_CSV = `${ROOT}../shared/corpus/oxu-headlines-2025.csv`;

/** RFC 4180 rows: fields in double quotes may hold commas, newlines and doubled quotes. */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') { field += '"'; i++; }
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field); field = "";
      rows.push(row); row = [];
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

export interface Headline { id: string; title: string; text: string; published: string; category: string }

export function loadHeadlines(path = HEADLINES_CSV): Headline[] | null {
  if (!existsSync(path)) return null;
  const [head, ...rows] = csvRows(readFileSync(path, "utf8"));
  const col = (name: string) => head.indexOf(name);
  const [title, stamp, category] = [col("title"), col("timestamp"), col("category")];
  return rows.filter((r) => r.length === head.length).map((r, i) => ({
    id: `oxu-${i + 1}`,
    title: r[title].trim(),
    text: r[title].trim(),
    published: r[stamp].slice(0, 10),
    category: r[category],
  }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? "/tmp/oxu-headlines.jsonl";
  const headlines = loadHeadlines();
  if (!headlines) {
    console.error("headlines-corpus: ../shared/corpus/oxu-headlines-2025.csv is absent; nothing to do");
    process.exit(0);
  }
  writeFileSync(out, headlines.map((h) => JSON.stringify(h)).join("\n") + "\n");
  console.log(`${headlines.length} headlines -> ${out}`);
}
