// Lists the development gold set: id, document date and counts of each annotation kind.
// Usage: tsx scripts/gold-ids.ts [--ids]   (--ids: the ids alone, one a line)
import { readdirSync, readFileSync } from "node:fs";
import { ROOT } from "./gold-corpus.js";

const dir = `${ROOT}test/gold`;
const files = readdirSync(dir).filter((f) => f.endsWith(".gold.json"))
  .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
const total = { entities: 0, timexes: 0, events: 0, quotes: 0 };
for (const f of files) {
  const g = JSON.parse(readFileSync(`${dir}/${f}`, "utf8"));
  if (process.argv.includes("--ids")) { console.log(g.id); continue; }
  for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += g[k].length;
  console.log(`${g.id}\t${g.document_date}\t${g.entities.length}\t${g.timexes.length}\t${g.events.length}\t${g.quotes.length}`);
}
if (!process.argv.includes("--ids")) console.log(`${files.length} documents\t\t${total.entities}\t${total.timexes}\t${total.events}\t${total.quotes}\t(entities, timexes, events, quotes)`);
