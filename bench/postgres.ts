// PostgreSQL benchmark (node --import tsx bench/postgres.ts), on a throwaway local cluster:
//  1. parallel ingestion: BENCH_QUEUE_ARTICLES corpus articles (default 150) enqueued, then 1 and
//     2 `salname worker` processes annotate and store them (articles/s, wall time incl. start-up);
//  2. a large database, built the same way in SQLite and PostgreSQL (the corpus annotated once, then
//     replicated to BENCH_ARTICLES articles, default 5000; copy k: id `<id>~k`, URL `<url>#k`, dates
//     shifted by 7·k days, so no copy is a duplicate), and search and timeline latency (p50/p95)
//     on both backends with the same queries (relevance, by date, with a date range; timelines).
// Prints the 1-minute load average after each phase (the machine may be shared).
// Skips cleanly when ../shared or PostgreSQL is absent. Writes bench/results/postgres.json.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "../src/store/index.js";
import type { ArticleInput, Store } from "../src/store/types.js";
import { annotatorFor, defaultWorkers } from "../src/ingest/pool.js";
import { recordToDocument } from "../src/ingest/sources.js";
import { enqueueJobs } from "../src/ingest/queue.js";
import { pgUnavailable, startCluster } from "../test/support/pg.js";
import { CORPUS, replicas, timeQueries } from "./lib.js";

const TARGET = Number(process.env.BENCH_ARTICLES ?? 5000);
const QUEUED = Number(process.env.BENCH_QUEUE_ARTICLES ?? 150);
const here = fileURLToPath(new URL(".", import.meta.url));
const BIN = fileURLToPath(new URL("../bin/salname.js", import.meta.url));
const DIST = fileURLToPath(new URL("../dist/cli-bundle/main.js", import.meta.url));
const MAIN = new URL("../src/cli/main.ts", import.meta.url).href;

if (!existsSync(CORPUS)) {
  console.log(`postgres bench skipped: no corpus at ${CORPUS}`);
  process.exit(0);
}
if (pgUnavailable()) {
  console.log(`postgres bench skipped: ${pgUnavailable()}`);
  process.exit(0);
}

/** Runs `salname worker` (compiled when dist/ exists, else the sources) until the queue is empty. */
function runWorker(url: string): Promise<void> {
  const args = existsSync(DIST) ? [BIN] : ["--import", "tsx", "--input-type=module", "-e", `import { main } from ${JSON.stringify(MAIN)}; await main(["node", "salname", ...process.argv.slice(1)]);`];
  const child = spawn(process.execPath, [...args, "worker", "--db", url, "--exit-when-idle", "--poll", "200"], { stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr.on("data", (d) => (err += d));
  return new Promise((resolve, reject) => child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`worker failed: ${err.slice(-300)}`)))));
}

const QUERIES = ["Əliyev görüş", "prezident", "iqtisadiyyat", "bank kredit", "\"Mərkəzi Bank\"", "münasibət*", "Aliyev", "Baki", "neft qiyməti",
  "manat məzənnə", "ixrac", "vergi", "təhsil", "Ermənistan sülh", "Rusiya", "investisiya", "inflyasiya", "büdcə", "sığorta", "prezident \"görüş ("];

const cluster = await startCluster();
const dir = mkdtempSync(join(tmpdir(), "salname-pgbench-"));
const results: Record<string, unknown> = { corpus: CORPUS, cores: defaultWorkers() };
// the machine may be shared: the 1-minute load average after each phase says how much
const started = performance.now();
const load: Record<string, number> = {};
const phase = (name: string) => {
  load[name] = +loadavg()[0].toFixed(2);
  console.log(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${name}, load average ${load[name]}`);
};
phase("start");
try {
  const records = readFileSync(CORPUS, "utf8").split("\n").filter(Boolean).map((l, i) => recordToDocument(JSON.parse(l), `${CORPUS}:${i + 1}`));

  // 1. queue + workers
  const ingestRes: Record<string, unknown> = {};
  for (const workers of [1, 2]) {
    const url = await cluster.createDatabase(`queue${workers}`);
    const store = await openStore(url);
    await enqueueJobs(store, records.slice(0, QUEUED).map((doc) => ({ doc, source: "bench", outlet: "banker.az" })));
    const t0 = performance.now();
    await Promise.all(Array.from({ length: workers }, () => runWorker(url)));
    const secs = (performance.now() - t0) / 1000;
    const stored = (await store.stats()).articles;
    await store.close();
    ingestRes[`workers_${workers}`] = { articles: stored, seconds: +secs.toFixed(2), articles_per_s: +(stored / secs).toFixed(2) };
    console.log(`${`ingest, ${workers} worker${workers > 1 ? "s" : ""}`.padEnd(20)} ${stored} articles in ${secs.toFixed(1)} s = ${(stored / secs).toFixed(1)} articles/s (incl. process start-up)`);
  }
  results.ingest = ingestRes;
  phase("queue and workers done");

  // 2. the large database in both backends
  // (on a machine of fewer than four cores the default is this thread: no pool)
  const pool = annotatorFor(defaultWorkers());
  const annotated: ArticleInput[] = await Promise.all(records.map((doc) => pool.prepare({ doc, source: "bench", outlet: "banker.az" })));
  await pool.close();
  const stores: [string, Store][] = [["sqlite", await openStore(join(dir, "big.db"))], ["postgres", await openStore(await cluster.createDatabase("big"))]];
  const large: Record<string, unknown> = {};
  for (const [name, store] of stores) {
    const tb = performance.now();
    for (const batch of replicas(annotated, TARGET)) await store.putArticles(batch);
    const secs = (performance.now() - tb) / 1000;
    if (name === "postgres") await (store as unknown as { pool: { query(s: string): Promise<unknown> } }).pool.query("VACUUM ANALYZE");
    const st = await store.stats();
    large[name] = { articles: st.articles, events: st.events, build_seconds: +secs.toFixed(1), stored_per_s: +(st.articles / secs).toFixed(0), bytes_per_article: st.bytes ? Math.round(st.bytes / st.articles) : null };
    phase(`${name} built`);
    console.log(`${`${name} build`.padEnd(20)} ${st.articles} articles in ${secs.toFixed(1)} s (${(st.articles / secs).toFixed(0)}/s, no annotation), ${st.bytes ? Math.round(st.bytes / st.articles) : "?"} bytes/article`);
  }
  // the same actors for both: the most mentioned people, organisations and places
  const top: string[] = [];
  for await (const e of stores[0][1].export("entities")) {
    if (["PER", "ORG", "LOC"].includes(String(e.type))) top.push(String(e.name));
    if (top.length >= 10) break;
  }
  for (const [name, store] of stores) {
    const r = large[name] as Record<string, unknown>;
    r.search = await timeQueries(`${name} search`, QUERIES.map((q) => () => store.search(q, { limit: 20 })));
    r.search_by_date = await timeQueries(`${name} search by date`, QUERIES.map((q) => () => store.search(q, { limit: 20, sort: "date" })));
    r.search_filtered = await timeQueries(`${name} search+dates`, QUERIES.slice(0, 10).map((q) => () => store.search(q, { limit: 20, from: "2026-01-01", to: "2026-06-30" })));
    r.timeline = await timeQueries(`${name} timeline`, top.map((a) => () => store.timeline({ actors: [a], limit: 200 }).catch(() => null)));
    await store.close();
    phase(`${name} queries done`);
  }
  results.large = { target: TARGET, timeline_actors: top, ...large };
  results.load_average = load;
  results.seconds = +((performance.now() - started) / 1000).toFixed(0);
} finally {
  cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}
mkdirSync(join(here, "results"), { recursive: true });
writeFileSync(join(here, "results", "postgres.json"), JSON.stringify(results, null, 2) + "\n");
