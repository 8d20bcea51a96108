// SQLite search over more matches than it counts and ranks (its pool, made small here): date order
// from the date index (the short window and the full walk) and from the pool's own dates agree with
// the stored dates, also with filters and pages; relevance ranks within the pool.
import assert from "node:assert/strict";
import { test } from "node:test";
import { SqliteStore } from "../src/store/sqlite/index.js";
import type { ArticleInput } from "../src/store/types.js";
import { ARTICLES, fixtureInput } from "./store/fixtures.js";

const N = 2400;
const POOL = 1000;

function dateOf(i: number): string {
  // stored in an order unrelated to publication order: (i * 7) mod N is a permutation of days
  const d = new Date(Date.UTC(2020, 0, 1) + ((i * 7) % N) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

test("date-sorted search over many matches", async () => {
  const store = new SqliteStore(":memory:", {}, { pool: POOL });
  try {
    const [putin, other] = ["a1", "a4"].map((id) => fixtureInput(ARTICLES.find((a) => a.id === id)!));
    assert.ok(putin.doc.text.includes("Putin") && !other.doc.text.includes("Putin"));
    const batch: ArticleInput[] = [];
    for (let i = 0; i < N; i++) {
      // the last POOL stored all match, older ones one in twenty: the pool looks denser than the
      // matches are over the dates, so a deep page outgrows the first window of the date index
      const base = i >= N - POOL || i % 20 === 0 ? putin : other;
      // each its own text, so none is a duplicate
      batch.push({ ...base, doc: { ...base.doc, id: `p${i}`, url: `https://example.az/p/${i}`, document_date: dateOf(i), text: `${base.doc.text} (${i})`, events: [] } });
    }
    await store.putArticles(batch);
    const order = (dir: 1 | -1, keep: (d: string) => boolean = () => true) =>
      batch.map((b, rowid) => ({ id: b.doc.id, d: b.doc.document_date!, rowid, putin: b.doc.text.includes("Putin") })).filter((x) => x.putin && keep(x.d))
        .sort((x, y) => dir * (x.d < y.d ? -1 : x.d > y.d ? 1 : x.rowid - y.rowid)).map((x) => x.id);

    const newest = await store.search("Putin", { sort: "date", limit: 30 });
    assert.equal(newest.total, POOL, "counted up to the pool");
    assert.deepEqual(newest.results.map((h) => h.id), order(-1).slice(0, 30));
    // (a word in every article has no weight in bm25: scores round to 0 here)
    assert.ok(newest.results.every((h) => h.score >= 0 && h.snippet.includes("[[Putin]]")));
    const page = await store.search("Putin", { sort: "date_asc", limit: 10, offset: 100 });
    assert.deepEqual(page.results.map((h) => h.id), order(1).slice(100, 110));
    // deep enough that the first window of the date index falls short: the whole walk
    const deep = await store.search("Putin", { sort: "date", limit: 40, offset: 980 });
    assert.deepEqual(deep.results.map((h) => h.id), order(-1).slice(980, 1020));
    // a date filter leaves fewer matches than the pool: ordered by their own dates
    const inRange = (d: string) => d >= "2021-01-01" && d <= "2021-06-30";
    const filtered = await store.search("Putin", { sort: "date", from: "2021-01-01", to: "2021-06-30", limit: 15, offset: 5 });
    assert.equal(filtered.total, order(-1, inRange).length);
    assert.deepEqual(filtered.results.map((h) => h.id), order(-1, inRange).slice(5, 20));
    // relevance: every match counted, the page is the best-scored, and past the last match is empty
    const best = await store.search("Putin", { limit: 5 });
    assert.equal(best.total, POOL);
    assert.ok(best.results.every((h, i) => i === 0 || best.results[i - 1].score >= h.score));
    assert.deepEqual((await store.search("Putin", { sort: "date", from: "2021-01-01", to: "2021-06-30", offset: 500 })).results, []);
  } finally {
    await store.close();
  }
});
