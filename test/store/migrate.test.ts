// An older database (schema version 1) upgrades in place when opened: data kept, the new
// near-duplicate fingerprints filled in for the old articles.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { migrate, MIGRATIONS, SCHEMA_VERSION } from "../../src/store/sqlite/schema.js";
import { openStore } from "../../src/store/index.js";
import { fixtureInput, ARTICLES } from "./fixtures.js";

test("a version-1 database upgrades in place", async () => {
  const dir = mkdtempSync(join(tmpdir(), "salname-mig-"));
  try {
    const file = join(dir, "old.db");
    const old = new Database(file);
    assert.equal(migrate(old, 1), 1);
    const a2 = ARTICLES.find((a) => a.id === "a2")!;
    old.prepare(`INSERT INTO articles (id, url, content_hash, title, published, language, annotated, ingested_at, text, layers)
      VALUES (?, ?, 'h', ?, ?, 'az', 1, '2025-01-01T00:00:00Z', ?, '{"sentences":[],"entities":[],"timexes":[],"events":[],"quotes":[]}')`)
      .run(a2.id, a2.url, a2.title, a2.date, a2.text);
    old.prepare("INSERT INTO article_fts (rowid, title, body, title_f, body_f) VALUES (1, 'saziş', 'enerji saziş', 'saziş', 'enerji sazis')").run();
    old.close();

    const store = await openStore(file);
    try {
      const s = await store.stats();
      assert.equal(s.schema_version, SCHEMA_VERSION);
      assert.equal(s.articles, 1);
      assert.equal((await store.getArticle("a2"))?.title, a2.title);
      // the old article got its fingerprint: a syndicated copy of it is recognised
      const copy = await store.putArticle(fixtureInput(ARTICLES.find((a) => a.id === "a6")!));
      assert.equal(copy.nearDuplicateOf, "a2");
    } finally {
      await store.close();
    }
    const db = new Database(file, { readonly: true });
    assert.deepEqual(db.prepare("SELECT version FROM schema_migrations ORDER BY version").pluck().all(), MIGRATIONS.map((m) => m.version));
    assert.equal(db.pragma("user_version", { simple: true }), SCHEMA_VERSION);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
