// Store benchmark (node --import tsx bench/store.ts): ingestion with full annotation on the banker
// corpus (articles/s), then a large database built by replicating the annotated corpus, and search
// and timeline latency (p50/p95) on it, with bytes per article. Skips when ../shared is absent.
//
// The large database: the corpus is annotated once, then copied BENCH_ARTICLES/591 times; copy k
// gets id `<id>~k`, URL `<url>#k`, its publication and event dates shifted by 7·k days, and " (k)"
// appended to its text (so it is neither an exact nor, being weeks apart, a near duplicate).
// BENCH_ARTICLES=200000 for the full figure (takes minutes); default 20000. BENCH_DB=/tmp/big.db keeps
// the large database there (for bench/api.ts) and reuses it when it already holds enough articles;
// BENCH_SKIP_INGEST=1 skips step 1 (skipped too without a build: it runs the compiled CLI);
// BENCH_INGEST_COPIES sets the length of the stream it also ingests (default 5 copies of the corpus).
// Latency: relevance search, with a date filter, sorted by date, and words found in most articles
// (both orders); each figure as wall-clock and CPU-time percentiles (the machine may be shared).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "../src/store/index.js";
import { SqliteStore } from "../src/store/sqlite/index.js";
import type { ArticleInput, Store } from "../src/store/types.js";
import { annotatorFor, defaultWorkers } from "../src/ingest/pool.js";
import { recordToDocument } from "../src/ingest/sources.js";
import { CORPUS, replicaRecord, replicas, timeQueries, timeQueriesCpu } from "./lib.js";

const TARGET = Number(process.env.BENCH_ARTICLES ?? 20000);
const KEEP_DB = process.env.BENCH_DB;
const SKIP_INGEST = !!process.env.BENCH_SKIP_INGEST || !existsSync(fileURLToPath(new URL("../dist/cli-bundle/main.js", import.meta.url)));
const INGEST_COPIES = Number(process.env.BENCH_INGEST_COPIES ?? 5);
const BIN = fileURLToPath(new URL("../bin/salname.js", import.meta.url));
const here = fileURLToPath(new URL(".", import.meta.url));

if (!existsSync(CORPUS)) {
  console.log(`store bench skipped: no corpus at ${CORPUS}`);
  process.exit(0);
}

/** The corpus `copies` times over as JSONL; copy k has id `<id>~k`, URL `<url>#k`, dates 7·k days later. */
function replicatedCorpus(copies: number): string {
  const lines = readFileSync(CORPUS, "utf8").split("\n").filter(Boolean);
  const out: string[] = [];
  for (let k = 0; k < copies; k++) for (const l of lines) out.push(JSON.stringify(replicaRecord(JSON.parse(l) as Record<string, unknown>, k)));
  return out.join("\n") + "\n";
}

async function withStats(file: string) {
  const store = await openStore(file);
  try {
    return await store.stats();
  } finally {
    await store.close();
  }
}

function dbBytes(file: string): number {
  return [file, `${file}-wal`].filter(existsSync).reduce((n, f) => n + statSync(f).size, 0);
}

/** Replicates the annotated corpus into `bigStore` up to TARGET articles; returns the seconds taken. */
async function buildLarge(bigStore: SqliteStore): Promise<number> {
  const records = readFileSync(CORPUS, "utf8").split("\n").filter(Boolean).map((l, i) => recordToDocument(JSON.parse(l), `${CORPUS}:${i + 1}`));
  const pool = annotatorFor();
  const annotated: ArticleInput[] = await Promise.all(records.map((doc) => pool.prepare({ doc, source: "bench", outlet: "banker.az" })));
  await pool.close();
  const tb = performance.now();
  let n = 0, copies = 0;
  for (const batch of replicas(annotated, TARGET, annotated.length)) {
    await bigStore.putArticles(batch);
    n += batch.length;
    if (copies++ % 20 === 0) process.stdout.write(`\rbuilding   ${n}/${TARGET} articles…`);
  }
  const buildSecs = (performance.now() - tb) / 1000;
  bigStore.connection.pragma("wal_checkpoint(TRUNCATE)");
  bigStore.connection.exec("ANALYZE");
  return buildSecs;
}

const dir = mkdtempSync(join(tmpdir(), "salname-bench-"));
const results: Record<string, unknown> = { corpus: CORPUS, cores: availableParallelism() };
try {
  // 1. ingestion with full annotation, through the CLI as a user runs it (compiled, start-up
  //    included): the corpus once, then a longer stream (INGEST_COPIES shifted copies) that shows
  //    the sustained rate once start-up and JIT warm-up are paid; each with one thread per core and
  //    with annotation on the main thread.
  if (!SKIP_INGEST) {
    const stream = join(dir, "stream.jsonl");
    writeFileSync(stream, replicatedCorpus(INGEST_COPIES));
    const runs: Record<string, unknown>[] = [];
    for (const [label, input] of [["corpus", CORPUS], [`stream x${INGEST_COPIES}`, stream]] as const) {
      for (const workers of [Math.max(2, defaultWorkers()), 0]) {
        const db = join(dir, `ingest-${runs.length}.db`);
        const t0 = performance.now();
        const out = execFileSync(process.execPath, [BIN, "ingest", input, "--db", db, "--json", "--workers", String(workers)], { encoding: "utf8", maxBuffer: 1 << 26 });
        const secs = (performance.now() - t0) / 1000;
        const sum = JSON.parse(out) as { stored: number };
        const st = await withStats(db);
        const row = { input: label, workers, articles: sum.stored, seconds: +secs.toFixed(2), articles_per_s: +(sum.stored / secs).toFixed(1), bytes_per_article: Math.round(dbBytes(db) / st.articles), entities: st.entities, events: st.events };
        runs.push(row);
        console.log(`ingest     ${label.padEnd(10)} ${String(sum.stored).padStart(5)} articles in ${secs.toFixed(1).padStart(5)} s = ${(sum.stored / secs).toFixed(0).padStart(4)} articles/s, ${workers ? `${workers} worker threads` : "main thread"}; ${row.bytes_per_article} bytes/article`);
      }
    }
    results.ingest = runs;
  }

  // 2. the large database (reused from BENCH_DB when it already holds the target)
  const big = KEEP_DB ?? join(dir, "big.db");
  let bigStore = new SqliteStore(big);
  let buildSecs = 0;
  if ((await bigStore.stats()).articles < TARGET) {
    await bigStore.close();
    for (const f of [big, `${big}-wal`, `${big}-shm`]) rmSync(f, { force: true });
    bigStore = new SqliteStore(big);
    buildSecs = await buildLarge(bigStore);
  }
  const bigStats = await bigStore.stats();
  console.log(`\rlarge db   ${bigStats.articles} articles${buildSecs ? ` stored in ${buildSecs.toFixed(1)} s (${(bigStats.articles / buildSecs).toFixed(0)}/s, no annotation)` : " (reused)"}; ${Math.round(dbBytes(big) / bigStats.articles)} bytes/article, ${bigStats.events} events`);

  // 3. latency
  const queries = ["Əliyev görüş", "prezident", "iqtisadiyyat", "bank kredit", "\"Mərkəzi Bank\"", "münasibət*", "Aliyev", "Baki", "neft qiyməti",
    "manat məzənnə", "ixrac", "vergi", "təhsil", "Ermənistan sülh", "Rusiya", "investisiya", "inflyasiya", "büdcə", "sığorta", "prezident \"görüş ("];
  const search = await timeQueriesCpu("search", queries.map((q) => () => bigStore.search(q, { limit: 20 })));
  const filtered = await timeQueriesCpu("search+f", queries.slice(0, 10).map((q) => () => bigStore.search(q, { limit: 20, from: "2026-01-01", to: "2026-06-30" })));
  const byDate = await timeQueriesCpu("search sort=date", queries.map((q) => () => bigStore.search(q, { limit: 20, sort: "date" })));
  // words as common as they come in news text (in most articles): the most work per query
  const common = await timeQueriesCpu("search common", ["olub", "edib", "üçün", "Azərbaycan", "bildirib"].flatMap((q) =>
    [() => bigStore.search(q, { limit: 20 }), () => bigStore.search(q, { limit: 20, sort: "date" })]));
  const top = bigStore.connection.prepare("SELECT name FROM entities WHERE type IN ('PER','ORG','LOC') ORDER BY articles DESC LIMIT 10").pluck().all() as string[];
  const tlRuns = top.length
    ? top.map((name) => () => bigStore.timeline({ actors: [name], limit: 200 }))
    : ["2025", "2026", "2027"].map((y) => () => bigStore.timeline({ from: `${y}-01-01`, to: `${y}-12-31`, limit: 200 }));
  const timeline = await timeQueries("timeline", tlRuns);
  await bigStore.close();
  results.large = { articles: bigStats.articles, events: bigStats.events, build_seconds: buildSecs ? +buildSecs.toFixed(1) : null, bytes_per_article: Math.round(dbBytes(big) / bigStats.articles), search, search_filtered: filtered, search_by_date: byDate, search_common: common, timeline, timeline_actors: top };
} finally {
  rmSync(dir, { recursive: true, force: true });
}
mkdirSync(join(here, "results"), { recursive: true });
writeFileSync(join(here, "results", "store.json"), JSON.stringify(results, null, 2) + "\n");
