// The store contract against PostgreSQL: a throwaway cluster started here (test/support/pg.ts),
// one fresh database per store. Skips when PostgreSQL is not installed, except under CI.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../src/store/index.js";
import { copyStore } from "../src/cli/copy.js";
import { storeContract } from "./store/contract.js";
import { fixtureInputs } from "./store/fixtures.js";
import { pgUnavailable, skipOrFail, startCluster, type PgCluster } from "./support/pg.js";

const missing = pgUnavailable();
if (missing) {
  test("postgres store", { skip: skipOrFail(missing) }, () => {});
} else {
  let cluster: PgCluster;
  before(async () => {
    cluster = await startCluster();
  });
  after(() => cluster?.stop());
  let n = 0;
  const fresh = async () => openStore(await cluster.createDatabase(`contract${n++}`));
  storeContract("postgres", fresh);

  test("postgres: concurrent writers store each article once", async () => {
    const url = await cluster.createDatabase(`concurrent${n++}`);
    const stores = await Promise.all([openStore(url), openStore(url), openStore(url)]);
    try {
      // three writers race on the same batch, in different orders
      const batches = [fixtureInputs(), fixtureInputs().reverse(), fixtureInputs()];
      const results = await Promise.all(stores.map((s, i) => s.putArticles(batches[i])));
      const stored = results.flat().filter((r) => r.status === "stored").length;
      const s = await stores[0].stats();
      assert.equal(stored, s.articles);
      assert.equal(s.articles, fixtureInputs().length);
      assert.equal(s.entities, 3);
      assert.equal(s.events, 4);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  test("postgres and sqlite find the same articles for the same query", async () => {
    const dir = mkdtempSync(join(tmpdir(), "salname-parity-"));
    const pgs = await openStore(await cluster.createDatabase(`parity${n++}`));
    const lite = await openStore(join(dir, "p.db"));
    try {
      await pgs.putArticles(fixtureInputs());
      await lite.putArticles(fixtureInputs());
      for (const q of ["Putin", "Əliyev görüş", "Aliyev Baki", '"iqtisadi münasibətlər"', "münasibət*", "saziş imzalayıb", "Баку", "enerji", "xyzzy"]) {
        const ids = async (s: typeof pgs) => (await s.search(q, { limit: 100 })).results.map((h) => h.id).sort();
        assert.deepEqual(await ids(pgs), await ids(lite), q);
      }
    } finally {
      await pgs.close();
      await lite.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("copy moves a SQLite chronicle into PostgreSQL; a second run adds nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "salname-copy-"));
    const lite = await openStore(join(dir, "c.db"));
    const pgs = await openStore(await cluster.createDatabase(`copy${n++}`));
    try {
      await lite.putArticles(fixtureInputs());
      const first = await copyStore(lite, pgs);
      assert.equal(first.stored, fixtureInputs().length);
      const again = await copyStore(lite, pgs);
      assert.deepEqual([again.stored, again.skipped], [0, fixtureInputs().length]);
      const [a, b] = [await lite.stats(), await pgs.stats()];
      for (const k of ["articles", "entities", "events", "event_reports", "mentions", "quotes", "near_duplicates"] as const) assert.equal(b[k], a[k], k);
      assert.deepEqual(await pgs.getArticle("a2"), { ...(await lite.getArticle("a2"))!, ingested_at: (await pgs.getArticle("a2"))!.ingested_at });
      assert.deepEqual((await pgs.timeline({ actors: ["Əliyev"] })).events, (await lite.timeline({ actors: ["Əliyev"] })).events);
    } finally {
      await pgs.close();
      await lite.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("postgres search: exact totals whatever the order or page, month bounds, narrow article rows", async () => {
    const url = await cluster.createDatabase(`search${n++}`);
    const store = await openStore(url);
    try {
      await store.putArticles(fixtureInputs());
      const all = await store.search("Putin", { limit: 100 });
      assert.equal(all.total, all.results.length);
      for (const sort of ["relevance", "date", "date_asc"] as const) {
        const page = await store.search("Putin", { sort, limit: 1, offset: 1 });
        assert.equal(page.total, all.total, sort);
        assert.equal(page.results.length, 1, sort);
      }
      // past the last page: no results, the count still given
      assert.deepEqual(await store.search("Putin", { offset: 100 }), { total: all.total, results: [] });
      // a month as the upper bound includes the whole month
      const april = await store.search("Putin", { from: "2025-04", to: "2025-04", limit: 100 });
      const inApril = all.results.filter((h) => h.published?.startsWith("2025-04")).map((h) => h.id).sort();
      assert.ok(inApril.length > 0);
      assert.deepEqual(april.results.map((h) => h.id).sort(), inApril);
      // text, layers and tsvector are kept out of the article rows (schema version 4)
      const pg = (store as unknown as { pool: { query(s: string): Promise<{ rows: { v: string[] }[] }> } }).pool;
      assert.deepEqual((await pg.query("SELECT reloptions AS v FROM pg_class WHERE relname = 'articles'")).rows[0].v, ["toast_tuple_target=128"]);
    } finally {
      await store.close();
    }
  });

  test("postgres: a read-only store needs an existing database", async () => {
    const url = await cluster.createDatabase(`empty${n++}`);
    await assert.rejects(openStore(url, { readonly: true }), /no Salnamə database/);
  });
}
