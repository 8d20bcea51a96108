// API benchmark (node --import tsx bench/api.ts): GET /api/search latency (p50/p95/p99) and
// throughput at 50 concurrent connections against a server on 127.0.0.1 running in a child process
// (so load generator and server do not share one event loop). The load generator is `load` below:
// N keep-alive connections (node:http), each sending its next request when the last is answered.
//
// The server keeps search answers in memory until the store changes (src/api/cache.ts), so the
// figures come in phases over a rotating set of distinct queries (words and word pairs taken from
// stored titles, some date-sorted, some with a date filter), each answer marked hit or miss by the
// server's x-cache header:
//   cold     every query of set A asked once, at CONNECTIONS connections: all misses, full load;
//   cold-1   set B asked once each, one connection: the uncached latency of a lone request;
//   warm     sets A and B rotated for BENCH_SECONDS at CONNECTIONS connections: answers from memory.
// The database: BENCH_DB when given (e.g. the store bench's 200k-article DB); otherwise a small
// one ingested from the banker corpus in ../shared (skipped cleanly when that is absent).
// BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 50), BENCH_QUERIES (set A, default 400);
// BENCH_NO_CACHE=1 serves without the cache (every phase then measures uncached searches).
import { spawn, type ChildProcess } from "node:child_process";
import { Agent, request } from "node:http";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { openStore } from "../src/store/index.js";
import { ingest } from "../src/ingest/run.js";
import { CORPUS, pct } from "./lib.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const COLD_QUERIES = Number(process.env.BENCH_QUERIES ?? 400);
const LONE_QUERIES = 60;
const CACHE = !process.env.BENCH_NO_CACHE;

/** Distinct search paths of the kind people type: a word or two from stored titles (spread over the
 *  whole database); every 4th sorted by date, every 6th limited to a year. */
function searchPaths(db: string, n: number): string[] {
  const conn = new Database(db, { readonly: true });
  try {
    const max = (conn.prepare("SELECT max(rowid) FROM articles").pluck().get() as number | null) ?? 0;
    const title = conn.prepare("SELECT title FROM articles WHERE rowid >= ? AND title IS NOT NULL LIMIT 1").pluck();
    const seen = new Set<string>();
    const out: string[] = [];
    for (let i = 0; out.length < n && i < n * 20; i++) {
      const words = ((title.get(1 + ((i * 7919) % Math.max(1, max))) as string | undefined) ?? "").split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4);
      if (!words.length) continue;
      const w = words[i % words.length];
      const q = i % 3 === 0 && words.length > 1 ? `${w} ${words[(i + 1) % words.length]}` : w;
      const extra = out.length % 4 === 3 ? "&sort=date" : out.length % 6 === 5 ? `&from=${2025 + (i % 3)}-01-01&to=${2025 + (i % 3)}-12-31` : "";
      const path = `/api/search?q=${encodeURIComponent(q)}&limit=20${extra}`;
      if (!seen.has(path)) { seen.add(path); out.push(path); }
    }
    return out;
  } finally {
    conn.close();
  }
}

interface Phase { phase: string; connections: number; requests: number; requests_per_s: number; hits: number; misses: number; non_2xx: number; errors: number; latency_ms: { p50: number; p95: number; p99: number; max: number } }

interface Load { requests: number; seconds: number; latencies: number[]; hits: number; misses: number; non2xx: number; errors: number }

/** Sends GET `paths` in turn (path i of the run is paths[i % paths.length]) over `connections`
 *  keep-alive connections, each with one request in flight (as autocannon without pipelining):
 *  `amount` requests in all, or new requests for `seconds`. Latency is from sending a request to the
 *  end of its answer's body; a request unanswered after 10 s, or failed, counts as an error. */
async function load(url: string, paths: string[], connections: number, limit: { amount?: number; seconds?: number }): Promise<Load> {
  const { hostname, port } = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const out: Load = { requests: 0, seconds: 0, latencies: [], hits: 0, misses: 0, non2xx: 0, errors: 0 };
  const t0 = performance.now();
  const deadline = limit.seconds ? t0 + limit.seconds * 1000 : Infinity;
  let next = 0;
  const more = () => (limit.amount ? next < limit.amount : performance.now() < deadline);
  const one = (path: string) => new Promise<void>((resolve) => {
    const start = performance.now();
    let settled = false;
    const fail = () => { if (!settled) { settled = true; out.errors++; resolve(); } };
    const req = request({ host: hostname, port, path, agent, timeout: 10_000 }, (res) => {
      res.on("data", () => {});
      res.on("end", () => {
        if (settled) return;
        settled = true;
        out.latencies.push(performance.now() - start);
        out.requests++;
        if ((res.statusCode ?? 0) < 200 || (res.statusCode ?? 0) >= 300) out.non2xx++;
        if (res.headers["x-cache"] === "hit") out.hits++;
        else out.misses++;
        resolve();
      });
      res.on("error", fail);
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", fail);
    req.end();
  });
  await Promise.all(Array.from({ length: connections }, async () => {
    while (more()) await one(paths[next++ % paths.length]);
  }));
  out.seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  return out;
}

/** One load run over `paths` in turn: `amount` requests, or for `seconds`. */
async function phase(name: string, url: string, paths: string[], connections: number, limit: { amount?: number; seconds?: number }): Promise<Phase> {
  const r = await load(url, paths, connections, limit);
  const { latencies, hits, misses } = r;
  const max = latencies.reduce((a, b) => Math.max(a, b), 0);
  const res: Phase = {
    phase: name, connections, requests: r.requests, requests_per_s: Math.round(r.requests / r.seconds), hits, misses, non_2xx: r.non2xx, errors: r.errors,
    latency_ms: { p50: +pct(latencies, 50).toFixed(1), p95: +pct(latencies, 95).toFixed(1), p99: +pct(latencies, 99).toFixed(1), max: Math.round(max) },
  };
  console.log(`${name.padEnd(7)} ${String(connections).padStart(3)} conn  ${String(res.requests).padStart(6)} requests (${hits} cache hits, ${misses} misses) ${res.requests_per_s} req/s  ` +
    `p50 ${res.latency_ms.p50} ms  p95 ${res.latency_ms.p95} ms  p99 ${res.latency_ms.p99} ms  max ${res.latency_ms.max} ms  non-2xx ${res.non_2xx} errors ${res.errors}`);
  return res;
}

async function smallDb(dir: string): Promise<string | null> {
  if (!existsSync(CORPUS)) return null;
  const path = join(dir, "bench-api.db");
  const store = await openStore(path);
  const t0 = performance.now();
  const sum = await ingest([CORPUS], store);
  await store.close();
  console.log(`built ${path}: ${sum.stored} articles from the banker corpus in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return path;
}

function startServer(db: string): Promise<{ child: ChildProcess; url: string }> {
  const script = `import { buildServer } from ${JSON.stringify(new URL("../src/api/index.ts", import.meta.url).href)};
import { openStore } from ${JSON.stringify(new URL("../src/store/index.ts", import.meta.url).href)};
const app = buildServer({ store: await openStore(${JSON.stringify(db)}, { readonly: true }), ${CACHE ? "" : "searchCacheSize: 0"} });
await app.listen({ host: "127.0.0.1", port: 0 });
process.stdout.write("PORT " + app.server.address().port + "\\n");`;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (b: Buffer) => {
      out += b.toString();
      const m = /PORT (\d+)/.exec(out);
      if (m) resolve({ child, url: `http://127.0.0.1:${m[1]}` });
    });
    child.on("exit", (code) => reject(new Error(`server exited (${code})`)));
  });
}

const dir = mkdtempSync(join(tmpdir(), "salname-bench-api-"));
try {
  const db = process.env.BENCH_DB ?? (await smallDb(dir));
  if (!db) {
    console.log(`api bench skipped: no BENCH_DB and no corpus at ${CORPUS}`);
  } else {
    const paths = searchPaths(db, COLD_QUERIES + LONE_QUERIES);
    const [setA, setB] = [paths.slice(0, COLD_QUERIES), paths.slice(COLD_QUERIES)];
    const { child, url } = await startServer(db);
    try {
      console.log(`/api/search on ${db}: ${paths.length} distinct queries, ${CACHE ? "answers cached" : "no cache"}`);
      const phases = [
        await phase("cold", url, setA, CONNECTIONS, { amount: setA.length }),
        await phase("cold-1", url, setB, 1, { amount: setB.length }),
        await phase("warm", url, paths, CONNECTIONS, { seconds: SECONDS }),
      ];
      const result = { db, endpoint: "/api/search", cache: CACHE, distinct_queries: paths.length, seconds: SECONDS, phases };
      mkdirSync(join(here, "results"), { recursive: true });
      writeFileSync(join(here, "results", "api.json"), JSON.stringify(result, null, 2) + "\n");
    } finally {
      child.kill();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
