// `npm run bench`: words per second per core and peak memory of the annotation pipeline on the
// banker.az corpus (../shared, skipped cleanly when absent), for the whole pipeline and each stage.
// Writes bench/results/annotate.json and prints a table. Other benchmarks (store, API) are listed
// in BENCHES and run after it when their files exist.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import { annotate, STAGES } from "../src/pipeline.js";
import type { DocInput } from "../src/text/doc.js";
import { recordToDocument } from "../src/ingest/sources.js";
import { CORPUS } from "./lib.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

function loadCorpus(): DocInput[] {
  return readFileSync(CORPUS, "utf8").split("\n").filter(Boolean).map((l, i) => recordToDocument(JSON.parse(l), `${CORPUS}:${i + 1}`));
}

function countWords(docs: DocInput[]): number {
  let n = 0;
  for (const d of docs) n += (d.text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return n;
}

function cpuSeconds(f: () => void): number {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
}

function run(docs: DocInput[], until?: string, timings?: Record<string, number>): number {
  let best = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const t = cpuSeconds(() => { for (const d of docs) annotate(d, { until, timings: r === ROUNDS - 1 ? timings : undefined }); });
    best = Math.min(best, t);
  }
  return best;
}

function main(): void {
  if (!existsSync(CORPUS)) {
    console.log(`bench: skipped (no corpus at ${CORPUS})`);
    return;
  }
  const docs = loadCorpus();
  const words = countWords(docs);
  run(docs.slice(0, 50)); // warm up: tables compiled, JIT settled
  const timings: Record<string, number> = {};
  const full = run(docs, undefined, timings);
  const textLayer = run(docs, "morphology");
  const rows: { stage: string; seconds: number; wordsPerSecond: number }[] = [];
  for (const s of STAGES) {
    const sec = (timings[s.name] ?? 0) / 1000;
    rows.push({ stage: s.name, seconds: sec, wordsPerSecond: sec > 0 ? words / sec : Infinity });
  }
  const report = {
    corpus: CORPUS, documents: docs.length, words, cpuSecondsPerRound: full,
    pipeline: { wordsPerSecondPerCore: words / full },
    textLayer: { stages: "normalise+segment+morphology", wordsPerSecondPerCore: words / textLayer },
    stages: rows,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    node: process.version, date: new Date().toISOString(),
  };
  mkdirSync(`${here}/results`, { recursive: true });
  writeFileSync(`${here}/results/annotate.json`, JSON.stringify(report, null, 2));
  const k = (x: number) => (Number.isFinite(x) ? `${(x / 1000).toFixed(0)}k` : "∞");
  console.log(`annotate: ${docs.length} documents, ${words} words (best of ${ROUNDS} rounds, CPU time)`);
  console.log(`  whole pipeline     ${k(report.pipeline.wordsPerSecondPerCore)} words/s per core`);
  console.log(`  text layer         ${k(report.textLayer.wordsPerSecondPerCore)} words/s per core (normalise, segment, morphology)`);
  for (const r of rows) console.log(`  ${r.stage.padEnd(18)} ${k(r.wordsPerSecond).padStart(6)} words/s  (${(r.seconds * 1000).toFixed(0)} ms)`);
  console.log(`  peak RSS           ${report.peakRssMiB.toFixed(0)} MiB`);
  console.log(`report: bench/results/annotate.json`);
}

main();

// further benchmarks, run in their own processes so each measures its own memory
const BENCHES = ["store.ts", "api.ts", "postgres.ts"];

for (const b of BENCHES) {
  if (!existsSync(`${here}/${b}`) || process.env.BENCH_ONLY === "annotate") continue;
  console.log(`\n== bench/${b}`);
  spawnSync(process.execPath, ["--import", "tsx", `${here}/${b}`], { stdio: "inherit" });
}
