// Entity F1 per type (PER, LOC, ORG; whole-token spans) on the mnahmadov Azerbaijani NER test set
// (../shared/ner/mnahmadov-test: one pre-tokenised sentence a line, BIO tags beside it).
// Evaluation only: that data has no licence and never enters the repository.
// Run: npx tsx scripts/ner-eval.ts [dir]
import { existsSync, readFileSync } from "node:fs";
import { annotate } from "../src/pipeline.js";

const dir = process.argv[2] ?? new URL("../../shared/ner/mnahmadov-test/", import.meta.url).pathname;
if (!existsSync(`${dir}/test-sents.txt`)) {
  console.log(`ner-eval: ${dir} not found, skipped`);
  process.exit(0);
}
const sents = readFileSync(`${dir}/test-sents.txt`, "utf8").split("\n");
const tags = readFileSync(`${dir}/test-tags.txt`, "utf8").split("\n");
const TYPES = ["PER", "LOC", "ORG"] as const;
type Span = string; // "sentence:start:end:type" over token indices
const gold = new Set<Span>(), pred = new Set<Span>();

function spansFromTags(n: number, ts: string[]): void {
  let cur: { s: number; type: string } | null = null;
  const close = (e: number) => { if (cur && (TYPES as readonly string[]).includes(cur.type)) gold.add(`${n}:${cur.s}:${e}:${cur.type}`); cur = null; };
  ts.forEach((t, i) => {
    const [bio, type] = t.split("-");
    if (bio === "B" || (bio === "I" && (!cur || cur.type !== type))) { close(i); cur = { s: i, type }; }
    else if (bio !== "I") close(i);
  });
  close(ts.length);
}

let words = 0;
const t0 = performance.now();
for (let n = 0; n < sents.length; n++) {
  const toks = sents[n].trim().split(/\s+/).filter(Boolean);
  if (!toks.length) continue;
  const ts = (tags[n] ?? "").trim().split(/\s+/);
  if (ts.length !== toks.length) continue; // a malformed line
  spansFromTags(n, ts);
  words += toks.length;
  const starts: number[] = [];
  let text = "";
  for (const w of toks) { starts.push(text.length); text += w + " "; }
  const doc = annotate({ id: String(n), text: text.trimEnd() });
  for (const e of doc.entities) {
    if (!(TYPES as readonly string[]).includes(e.type)) continue;
    let s = -1, en = -1;
    starts.forEach((st, i) => {
      const end = st + toks[i].length;
      if (st < e.end && end > e.start) { if (s < 0) s = i; en = i + 1; }
    });
    if (s >= 0) pred.add(`${n}:${s}:${en}:${e.type}`);
  }
}
const ms = performance.now() - t0;
const row = (type?: string) => {
  const g = [...gold].filter((x) => !type || x.endsWith(`:${type}`));
  const p = [...pred].filter((x) => !type || x.endsWith(`:${type}`));
  const tp = p.filter((x) => gold.has(x)).length;
  const P = p.length ? tp / p.length : 0, R = g.length ? tp / g.length : 0;
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  return `${(type ?? "ALL").padEnd(4)} P=${P.toFixed(3)} R=${R.toFixed(3)} F1=${F.toFixed(3)} (gold ${g.length}, pred ${p.length})`;
};
console.log(`mnahmadov-test: ${sents.length} sentences, ${words} words, ${ms.toFixed(0)} ms (whole pipeline)`);
for (const t of TYPES) console.log(row(t));
console.log(row());
