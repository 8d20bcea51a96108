// API benchmark (node --import tsx bench/api.ts): GET /api/search latency (p50/p95/p99) and
// throughput at 50 concurrent connections for a bounded time, with autocannon against a server on
// 127.0.0.1 running in a child process (so load generator and server do not share one event loop).
//
// The database: BENCH_DB when given (e.g. the store bench's 200k-article DB); otherwise a small
// one ingested from the banker corpus in ../shared (skipped cleanly when that is absent).
// BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 50) bound the run.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
// autocannon ships no types; the part used here is small
// @ts-expect-error no declaration file
import autocannon from "autocannon";
import { openStore } from "../src/store/index.js";
import { ingest } from "../src/ingest/run.js";
import { CORPUS, pct } from "./lib.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
/** Queries of the kind people type into a news search: single words, two words, a name, a prefix. */
const QUERIES = ["bank", "manat", "kredit", "faiz dərəcəsi", "Azərbaycan", "neft", "Mərkəzi Bank", "inflyasiya", "dollar", "investisiya", "sığorta", "ixrac*"];

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
const app = buildServer({ store: await openStore(${JSON.stringify(db)}, { readonly: true }) });
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
    const { child, url } = await startServer(db);
    try {
      const latencies: number[] = [];
      let i = 0;
      const paths = QUERIES.map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=20`);
      const instance = autocannon({
        url,
        connections: CONNECTIONS,
        duration: SECONDS,
        requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths[i++ % paths.length] }) }],
      });
      instance.on("response", (_c: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
      const r = await instance;
      const result = {
        db, endpoint: "/api/search", connections: CONNECTIONS, seconds: SECONDS, requests: r.requests.total,
        requests_per_s: r.requests.average, non_2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts,
        latency_ms: { p50: +pct(latencies, 50).toFixed(1), p95: +pct(latencies, 95).toFixed(1), p99: +pct(latencies, 99).toFixed(1), max: r.latency.max },
      };
      console.log(`/api/search at ${CONNECTIONS} connections for ${SECONDS} s on ${db}:`);
      console.log(`  ${result.requests} requests, ${result.requests_per_s} req/s, non-2xx ${result.non_2xx}, errors ${result.errors}`);
      console.log(`  latency p50 ${result.latency_ms.p50} ms  p95 ${result.latency_ms.p95} ms  p99 ${result.latency_ms.p99} ms  max ${result.latency_ms.max} ms`);
      mkdirSync(join(here, "results"), { recursive: true });
      writeFileSync(join(here, "results", "api.json"), JSON.stringify(result, null, 2) + "\n");
    } finally {
      child.kill();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
