// Parallel ingestion: jobs enqueued in PostgreSQL, three `salname worker` processes, one killed with
// SIGKILL while it holds jobs; the others (after its short lease runs out) finish the batch, and
// every article is stored exactly once — the same rows as storing the batch in one process.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { openStore, type Store } from "../src/store/index.js";
import type { PostgresStore } from "../src/store/postgres/index.js";
import { enqueueJobs } from "../src/ingest/queue.js";
import { prepareArticle, type PrepareJob } from "../src/ingest/prepare.js";
import { ARTICLES } from "./store/fixtures.js";
import { pgUnavailable, skipOrFail, startCluster, type PgCluster } from "./support/pg.js";

const MAIN = new URL("../src/cli/main.ts", import.meta.url).href;

/** Invented articles (the store fixtures), each under several ids and URLs, dates far apart. */
function jobs(n: number): PrepareJob[] {
  return Array.from({ length: n }, (_, i) => {
    const a = ARTICLES[i % ARTICLES.length];
    const date = new Date(Date.UTC(2024, 0, 1) + i * 7 * 86400000).toISOString().slice(0, 10);
    return { doc: { id: `job-${i}`, text: a.text, title: a.title, url: `https://example.az/job/${i}`, document_date: date, language: a.language }, source: `fixture:${i}`, outlet: "example.az" };
  });
}

function worker(url: string, lease: string): { child: ChildProcess; token: Promise<string>; done: Promise<number | null> } {
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e",
    `import { main } from ${JSON.stringify(MAIN)}; await main(["node", "salname", ...process.argv.slice(1)]);`,
    "worker", "--db", url, "--exit-when-idle", "--batch", "2", "--poll", "100", "--json"],
  { env: { ...process.env, SALNAME_LEASE_S: lease }, stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  const token = new Promise<string>((resolve, reject) => {
    child.stderr!.on("data", (d) => {
      err += d;
      const m = /lease token ([0-9a-f-]{36})/.exec(err);
      if (m) resolve(m[1]);
    });
    child.on("exit", () => reject(new Error(`worker exited before starting: ${err.slice(-300)}`)));
  });
  token.catch(() => {});
  const done = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, token, done };
}

async function rowCounts(s: Store) {
  const st = await s.stats();
  return { articles: st.articles, entities: st.entities, events: st.events, event_reports: st.event_reports, mentions: st.mentions, quotes: st.quotes };
}

const missing = pgUnavailable();
if (missing) {
  test("parallel workers", { skip: skipOrFail(missing) }, () => {});
} else {
  let cluster: PgCluster;
  before(async () => {
    cluster = await startCluster();
  });
  after(() => cluster?.stop());

  test("enqueueing what is stored or queued is a no-op", async () => {
    const store = await openStore(await cluster.createDatabase("enqueue"));
    try {
      const js = jobs(4);
      assert.equal(await enqueueJobs(store, js), 4);
      assert.equal(await enqueueJobs(store, js), 0);
      const extra = jobs(6).slice(4);
      await store.putArticle(await prepareArticle(extra[0]));
      assert.equal(await enqueueJobs(store, extra), 1);
      // the same article under another id but the same URL is the same article
      assert.equal(await enqueueJobs(store, [{ ...extra[1], doc: { ...extra[1].doc, id: "other" } }]), 0);
    } finally {
      await store.close();
    }
  });

  test("three workers, one killed mid-job: every article stored exactly once", async () => {
    const N = 24;
    const url = await cluster.createDatabase("workers");
    const refUrl = await cluster.createDatabase("reference");
    const store = (await openStore(url)) as PostgresStore;
    const ref = await openStore(refUrl);
    try {
      assert.equal(await enqueueJobs(store, jobs(N)), N);
      // the first worker starts alone and is killed while the queue shows jobs leased under its token (started together,
      // the others could drain the queue before it leased any, or it could finish before the kill); the other two then
      // take over what it held once its lease runs out
      const first = worker(url, "2");
      const victim = await first.token;
      let held = 0;
      for (let i = 0; i < 1000 && !held; i++) {
        const r = await store.pool.query("SELECT count(*)::int AS n FROM jobs WHERE lease = $1 AND locked_until > now()", [victim]);
        held = r.rows[0].n;
        if (!held) await sleep(5);
      }
      first.child.kill("SIGKILL");
      assert.ok(held > 0, "the first worker held leased jobs when it was killed");
      assert.equal(await first.done, null, "the first worker was killed");
      const rest = [worker(url, "2"), worker(url, "2")];
      assert.deepEqual(await Promise.all(rest.map((w) => w.done)), [0, 0]);
      const left = await store.pool.query("SELECT count(*)::int AS n FROM jobs");
      assert.equal(left.rows[0].n, 0, "no job left in the queue");
      // the same batch stored by one process is the reference: nothing missing, nothing doubled
      for (const j of jobs(N)) await ref.putArticle(await prepareArticle(j));
      assert.deepEqual(await rowCounts(store), await rowCounts(ref));
      for (let i = 0; i < N; i++) assert.ok(await store.hasArticle(`job-${i}`), `job-${i}`);
    } finally {
      for (const s of [store, ref]) await s.close();
    }
  });
}
