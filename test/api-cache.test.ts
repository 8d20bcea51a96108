// Search answers cached by the API: repeated searches come from memory, and a change to the store
// (through the server's own connection or another one) empties the cache.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { buildServer } from "../src/api/index.js";
import { SqliteStore } from "../src/store/sqlite/index.js";
import { ARTICLES, fixtureInput } from "./store/fixtures.js";

test("search answers are cached until the store changes", async () => {
  const dir = mkdtempSync(join(tmpdir(), "salname-cache-"));
  const file = join(dir, "c.db");
  const store = new SqliteStore(file);
  const other = new SqliteStore(file);
  const app = buildServer({ store });
  try {
    const [first, ...rest] = ARTICLES.filter((a) => a.text.includes("Putin"));
    assert.ok(rest.length >= 2, "fixtures mention Putin three times or more");
    await store.putArticle(fixtureInput(first));
    const search = async (q: string, extra = "") => {
      const r = await app.inject({ method: "GET", url: `/api/search?q=${encodeURIComponent(q)}${extra}` });
      assert.equal(r.statusCode, 200);
      return { cache: r.headers["x-cache"], ids: (r.json().results as { id: string }[]).map((h) => h.id).sort() };
    };
    assert.deepEqual(await search("Putin"), { cache: "miss", ids: [first.id] });
    assert.deepEqual(await search("  Putin "), { cache: "hit", ids: [first.id] }, "spacing does not make another query");
    assert.equal((await search("Putin", "&sort=date")).cache, "miss", "filters are part of the key");

    // a write through the server's store
    await store.putArticle(fixtureInput(rest[0]));
    assert.deepEqual(await search("Putin"), { cache: "miss", ids: [first.id, rest[0].id].sort() });
    assert.equal((await search("Putin")).cache, "hit");

    // a write by another connection to the same file (e.g. an ingest while serving)
    await other.putArticle(fixtureInput(rest[1]));
    assert.deepEqual(await search("Putin"), { cache: "miss", ids: [first.id, ...rest.slice(0, 2).map((a) => a.id)].sort() });
  } finally {
    await app.close();
    await other.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("no cache when asked for none", async () => {
  const store = new SqliteStore(":memory:");
  const app = buildServer({ store, searchCacheSize: 0 });
  try {
    const r = await app.inject({ method: "GET", url: "/api/search?q=x" });
    assert.equal(r.statusCode, 200);
    assert.equal(r.headers["x-cache"], undefined);
  } finally {
    await app.close();
    await store.close();
  }
});
