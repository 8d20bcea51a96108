// The store contract: the behaviour every backend must show, written once against the Store
// interface. test/store-sqlite.test.ts runs it for SQLite; a PostgreSQL test runs the same suite.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Store } from "../../src/store/types.js";
import { fixtureInput, fixtureInputs, ARTICLES } from "./fixtures.js";

export function storeContract(name: string, makeStore: () => Promise<Store>): void {
  test(`${name}: store contract`, async (t) => {
    const store = await makeStore();
    t.after(() => store.close());
    const first = await store.putArticles(fixtureInputs());

    await t.test("stores each article once; a second copy is a duplicate", async () => {
      assert.deepEqual(first.map((r) => r.status), ARTICLES.map(() => "stored"));
      const again = await store.putArticles(fixtureInputs());
      assert.ok(again.every((r) => r.status === "duplicate"));
      // same URL under a new id is the same article; same text without a URL too
      const byUrl = await store.putArticle(fixtureInput({ ...ARTICLES[0], id: "other-id" }));
      assert.equal(byUrl.status, "duplicate");
      assert.equal(byUrl.duplicateOf, "a1");
      const plain = "Mətbuat xidməti bu gün yeni hesabat dərc edib. Hesabatda illik rəqəmlər verilib.";
      const noUrl = fixtureInput({ id: "no-url-1", text: plain, date: "2025-06-01" });
      const noUrl2 = fixtureInput({ id: "no-url-2", text: `\n${plain.replace(" yeni", "\n yeni")}  \n` });
      assert.equal((await store.putArticle(noUrl)).status, "stored");
      assert.equal((await store.putArticle(noUrl2)).status, "duplicate");
      assert.equal((await store.stats()).articles, ARTICLES.length + 1);
      assert.equal(await store.hasArticle("a1"), true);
      assert.equal(await store.hasArticle("https://example.az/xeber/1"), true);
      assert.equal(await store.hasArticle("nope"), false);
    });

    await t.test("links a syndicated copy to the article it copies", async () => {
      const copy = first[ARTICLES.findIndex((a) => a.id === "a6")];
      assert.equal(copy.nearDuplicateOf, "a2");
      assert.equal((await store.getArticle("a6"))?.near_duplicate_of, "a2");
      assert.equal((await store.getArticle("a2"))?.near_duplicate_of, null);
    });

    await t.test("returns an article with every layer", async () => {
      const a = await store.getArticle("a1");
      assert.ok(a);
      assert.equal(a.text, ARTICLES[0].text);
      assert.equal(a.title, "Prezident görüş keçirdi");
      assert.equal(a.published, "2025-03-02");
      assert.equal(a.url, "https://example.az/xeber/1");
      assert.equal(a.language, "az");
      assert.equal(a.annotated, true);
      assert.ok(a.sentences.length >= 2);
      assert.deepEqual(a.entities.map((e) => e.name), ["İlham Əliyev", "Bakı", "Vladimir Putin"]);
      assert.equal(a.events[0].type, "CONSULT");
      assert.equal(a.events[0].trigger.text, "görüşüb");
      assert.equal(await store.getArticle("missing"), null);
      const ru = await store.getArticle("r1");
      assert.equal(ru?.language, "ru");
      assert.equal(ru?.annotated, false);
    });

    await t.test("searches stems and folded forms, ranks, marks snippets", async () => {
      const r = await store.search("Əliyev görüş");
      assert.ok(r.total >= 1);
      assert.equal(r.results[0].id, "a1");
      assert.match(r.results[0].snippet, /\[\[Əliyev\]\]/);
      assert.match(r.results[0].snippet, /\[\[görüşüb\]\]|\[\[Görüşdə\]\]/);
      // typed without Azerbaijani letters
      const folded = await store.search("Aliyev Baki");
      assert.ok(folded.results.some((h) => h.id === "a1"));
      // a quoted phrase and a prefix
      assert.deepEqual((await store.search('"iqtisadi münasibətlər"')).results.map((h) => h.id), ["a1"]);
      assert.ok((await store.search("münasibət*")).results.some((h) => h.id === "a1"));
      // Cyrillic text is searchable as text
      assert.deepEqual((await store.search("Баку")).results.map((h) => h.id), ["r1"]);
      for (const h of r.results) for (const k of ["id", "title", "published", "snippet", "score"]) assert.ok(k in h, k);
    });

    await t.test("filters search by date, entity, event type; pages", async () => {
      const all = await store.search("Putin");
      assert.ok(all.total >= 4);
      const april = await store.search("Putin", { from: "2025-04-01", to: "2025-04-30" });
      assert.ok(april.results.length > 0 && april.results.every((h) => h.published! >= "2025-04-01" && h.published! <= "2025-04-30"));
      const agree = await store.search("Putin", { type: "AGREE" });
      assert.deepEqual(agree.results.map((h) => h.id).sort(), ["a2", "a3", "a6"]);
      const withBaku = await store.search("Əliyev", { entity: "Bakı" });
      assert.deepEqual(withBaku.results.map((h) => h.id).sort(), ["a1", "a4"]);
      const page = await store.search("Putin", { limit: 2, offset: 1 });
      assert.equal(page.results.length, 2);
      assert.equal(page.total, all.total);
      const byDate = await store.search("Putin", { sort: "date" });
      const dates = byDate.results.map((h) => h.published!);
      assert.deepEqual(dates, [...dates].sort().reverse());
    });

    await t.test("any typed string is a valid query", async () => {
      for (const q of ['prezident "görüş (', '"', "((", "*", "AND OR NOT", "NEAR(a b)", "{title}: x", "a:b", "'", "ə*\"", "", "   ", "\u0000", "x".repeat(5000)]) {
        const r = await store.search(q);
        assert.equal(typeof r.total, "number", q);
        assert.ok(Array.isArray(r.results), q);
      }
    });

    await t.test("timeline merges reports of one event and orders by event date", async () => {
      const tl = await store.timeline({ actors: ["İlham Əliyev"] });
      const dates = tl.events.map((e) => e.date);
      assert.deepEqual(dates, ["2025-01-19", "2025-03-01", "2025-04-10", "2025-05-04"]);
      const agree = tl.events.find((e) => e.type === "AGREE")!;
      // a2 and a3 report the same agreement; a6 is a copy of a2, not an independent source
      assert.deepEqual([...agree.sources].sort(), ["a2", "a3"]);
      assert.deepEqual(agree.actors, ["İlham Əliyev", "Vladimir Putin"]);
      for (const k of ["type", "date", "actors", "location", "mode", "score", "sources"]) assert.ok(k in agree, k);
      // the same person by surname, id, and without Azerbaijani letters
      for (const q of ["Əliyev", "ilham-aliyev", "Ilham Aliyev"]) assert.equal((await store.timeline({ actors: [q] })).events.length, 4, q);
      const both = await store.timeline({ actors: ["Əliyev", "Putin"], from: "2025-04-01", to: "2025-04-30" });
      assert.deepEqual(both.events.map((e) => e.type), ["AGREE"]);
      assert.equal((await store.timeline({ actors: ["Əliyev"], type: "ACCUSE" })).events.length, 1);
      assert.equal((await store.timeline({ actors: ["Nobody Atall"] })).events.length, 0);
    });

    await t.test("relations: a cooperation–conflict series", async () => {
      const rel = await store.relations("İlham Əliyev", "Vladimir Putin", { by: "month" });
      assert.deepEqual(rel.series.map((p) => [p.period, p.count, p.sum]), [["2025-03", 1, 1], ["2025-04", 1, 6], ["2025-05", 1, -4]]);
      assert.equal(rel.series[2].conflict, 1);
      const weeks = await store.relations("Əliyev", "Putin", { by: "week" });
      assert.deepEqual(weeks.series.map((p) => p.period), ["2025-W09", "2025-W15", "2025-W18"]);
    });

    await t.test("entity profile", async () => {
      const e = await store.entity("Aliyev");
      assert.ok(e);
      assert.equal(e.id, "ilham-aliyev");
      assert.equal(e.name, "İlham Əliyev");
      assert.equal(e.name_en, "Ilham Aliyev");
      assert.ok(e.aliases.some((a) => a.text === "İlham Əliyevlə"));
      assert.deepEqual(e.mentions.map((m) => m.period), ["2025-01", "2025-03", "2025-04", "2025-05"]);
      assert.equal(e.cooccurring[0].name, "Vladimir Putin");
      assert.equal(e.events.length, 4);
      assert.equal(await store.entity("Heç kim"), null);
      const found = await store.findEntities("Puti");
      assert.equal(found[0]?.name, "Vladimir Putin");
    });

    await t.test("stats and export", async () => {
      const s = await store.stats();
      assert.equal(s.articles, ARTICLES.length + 1);
      assert.equal(s.entities, 3);
      assert.equal(s.events, 4);
      assert.equal(s.near_duplicates, 1);
      assert.equal(s.languages.ru, 1);
      const rows: Record<string, unknown>[] = [];
      for await (const r of store.export("events")) rows.push(r);
      assert.equal(rows.length, 4);
      let n = 0;
      for await (const r of store.export("articles")) { n++; assert.equal(typeof r.text, "string"); }
      assert.equal(n, ARTICLES.length + 1);
      let m = 0;
      for await (const _ of store.export("entities")) m++;
      assert.equal(m, 3);
    });
  });
}
