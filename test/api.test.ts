// The HTTP API over a seeded database, through fastify's inject (no sockets needed).
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { buildServer, LIMITS } from "../src/api/index.js";
import { ensureSample } from "../src/cli/start.js";
import { openStore } from "../src/store/index.js";
import { FIXTURES, SAMPLE_ID, seedDb, type SeededDb } from "./api/seed.js";

let db: SeededDb;
let app: FastifyInstance;
let webRoot: string;

before(async () => {
  db = await seedDb();
  webRoot = mkdtempSync(join(tmpdir(), "salname-web-"));
  mkdirSync(join(webRoot, "assets"));
  writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>UI</title><div id=app></div>");
  writeFileSync(join(webRoot, "assets", "app-1.js"), "console.log(1)");
  app = buildServer({ store: db.store, token: "s3cret", webRoot, annotateRate: { capacity: 1000, perSecond: 100 } });
});
after(async () => {
  await app?.close();
  await db?.cleanup();
  rmSync(webRoot, { recursive: true, force: true });
});

async function get(url: string) {
  const r = await app.inject({ method: "GET", url });
  return { status: r.statusCode, headers: r.headers, body: r.headers["content-type"]?.toString().startsWith("application/json") ? r.json() : r.body };
}

function assertError(r: { status: number; body: any }, status: number, code?: string) {
  assert.equal(r.status, status, JSON.stringify(r.body));
  assert.equal(typeof r.body.error?.message, "string");
  assert.ok(r.body.error.message.length > 10, "a message a person can act on");
  if (code) assert.equal(r.body.error.code, code);
}

describe("reading", () => {
  test("health", async () => {
    const r = await get("/api/health");
    assert.equal(r.status, 200);
    assert.equal(r.body.status, "ok");
    assert.equal(r.body.store, "sqlite");
    assert.equal(r.body.writes, true);
  });

  test("search finds the sample by an inflected name and marks the match", async () => {
    const r = await get(`/api/search?q=${encodeURIComponent("Əliyev")}`);
    assert.equal(r.status, 200);
    const hit = r.body.results.find((h: any) => h.id === SAMPLE_ID);
    assert.ok(hit, "sample found");
    assert.match(hit.snippet, /\[\[Əliyev/);
    assert.equal(hit.published, "2025-10-08");
    assert.deepEqual(Object.keys(r.body).sort(), ["limit", "offset", "results", "total"]);
  });

  test("search filters: entity, type, dates, sort and pages", async () => {
    const byEntity = await get(`/api/search?entity=${encodeURIComponent("Ceyhun Bayramov")}`);
    assert.deepEqual(byEntity.body.results.map((h: any) => h.id), ["fx-consult"]);
    const byType = await get("/api/search?type=accuse");
    assert.ok(byType.body.results.some((h: any) => h.id === "fx-accuse"));
    assert.ok(!byType.body.results.some((h: any) => h.id.startsWith("fx-") && h.id !== "fx-accuse"));
    const byDate = await get("/api/search?from=2025-10-01&to=2025-10-31&sort=date");
    assert.deepEqual(byDate.body.results.map((h: any) => h.id).sort(), ["000_0a529d22fd31e90c", "fx-cooperate"]);
    const all = await get("/api/search?sort=date_asc&limit=2");
    assert.equal(all.body.total, 1 + FIXTURES.length);
    assert.equal(all.body.results.length, 2);
    assert.equal(all.body.results[0].id, "fx-hostile");
    const next = await get("/api/search?sort=date_asc&limit=2&offset=2");
    assert.equal(next.body.results[0].id, "fx-cooperate");
  });

  test("an article with every layer", async () => {
    const s = await get(`/api/articles/${SAMPLE_ID}`);
    assert.equal(s.status, 200);
    assert.ok(s.body.text.startsWith("Rusiya prezidenti"));
    for (const k of ["sentences", "entities", "timexes", "events", "quotes"]) assert.ok(Array.isArray(s.body[k]), k);
    const f = await get("/api/articles/fx-consult");
    assert.equal(f.body.entities.length, 4);
    assert.equal(f.body.timexes[0].value, "2025-09-15");
    assert.equal(f.body.text.slice(f.body.events[0].trigger.start, f.body.events[0].trigger.end), "danışıqlar aparıblar");
    assertError(await get("/api/articles/no-such-article"), 404, "not_found");
  });

  test("entities: look-up list and profile", async () => {
    const list = await get("/api/entities?q=Rusiya");
    assert.equal(list.status, 200);
    assert.ok(list.body.results.some((e: any) => e.name === "Rusiya"));
    const top = await get("/api/entities?limit=2");
    assert.equal(top.body.results.length, 2);
    assert.equal(top.body.results[0].name, "Azərbaycan", "most mentioned first");
    assert.equal(top.body.more, true);
    const p = await get(`/api/entities/${encodeURIComponent("LOC:Rusiya")}`);
    assert.equal(p.status, 200);
    assert.equal(p.body.name, "Rusiya");
    assert.ok(p.body.mentions.some((m: any) => m.period === "2025-11"));
    assert.ok(p.body.cooccurring.some((c: any) => c.name === "Azərbaycan"));
    assert.ok(p.body.events.some((e: any) => e.type === "ACCUSE"));
    const moscow = await get(`/api/entities/${encodeURIComponent("Moskva")}`);
    assert.equal(moscow.body.name_en, "Moscow");
    assertError(await get("/api/entities/Atlantida"), 404, "not_found");
  });

  test("timeline between two actors, in date order, filtered", async () => {
    const r = await get(`/api/timeline?actor=${encodeURIComponent("Azərbaycan")}&actor=Rusiya`);
    assert.equal(r.status, 200);
    const dated = r.body.events.filter((e: any) => e.date).map((e: any) => e.date);
    assert.deepEqual(dated, [...dated].sort());
    // the fixtures' events (the sample may add its own, as extraction improves)
    const ours = r.body.events.filter((e: any) => e.sources.some((s: string) => s.startsWith("fx-")));
    assert.deepEqual(ours.map((e: any) => e.type), ["CONSULT", "AGREE", "COOPERATE", "ACCUSE", "REJECT"]);
    assert.ok(r.body.events.every((e: any) => e.sources.length >= 1));
    const typed = await get(`/api/timeline?actor=Rusiya&type=COOPERATE`);
    assert.ok(typed.body.events.some((e: any) => e.sources.includes("fx-cooperate")));
    assert.ok(typed.body.events.every((e: any) => e.type === "COOPERATE"));
    const full = await get(`/api/timeline?actor=Rusiya`);
    const paged = await get(`/api/timeline?actor=Rusiya&limit=1&offset=1`);
    assert.equal(paged.body.events.length, 1);
    assert.equal(paged.body.total, full.body.total);
    assert.deepEqual(paged.body.events[0], full.body.events[1]);
    assertError(await get("/api/timeline?mode=maybe"), 400, "bad_request");
  });

  test("relations: cooperation–conflict per month with the events behind each", async () => {
    const r = await get(`/api/relations?a=${encodeURIComponent("Azərbaycan")}&b=Rusiya&events=true`);
    assert.equal(r.status, 200);
    const by = Object.fromEntries(r.body.series.map((p: any) => [p.period, p]));
    assert.deepEqual(r.body.series.map((p: any) => p.period), [...r.body.series.map((p: any) => p.period)].sort());
    assert.ok(by["2025-09"].sum > 0, "a cooperation month");
    assert.ok(by["2025-11"].sum < 0, "a conflict month");
    assert.equal(by["2025-11"].conflict, 2);
    assert.ok(by["2025-11"].events.every((e: any) => e.sources.includes("fx-accuse")));
    const weekly = await get(`/api/relations?a=${encodeURIComponent("Azərbaycan")}&b=Rusiya&by=week`);
    assert.ok(weekly.body.series.every((p: any) => /^\d{4}-W\d{2}$/.test(p.period)));
    assert.equal(weekly.body.series[0].events, undefined);
    assertError(await get("/api/relations?a=Rusiya"), 400, "bad_request");
  });
});

describe("limits and errors", () => {
  test("one error shape, naming the parameter", async () => {
    const big = await get("/api/search?limit=5000");
    assertError(big, 400, "bad_request");
    assert.match(big.body.error.message, /limit/);
    const long = await get(`/api/search?q=${"a".repeat(LIMITS.query + 1)}`);
    assertError(long, 400, "bad_request");
    assert.match(long.body.error.message, /\bq\b/);
    assertError(await get("/api/search?offset=99999999"), 400);
    assertError(await get("/api/search?from=2025-02-30"), 400);
    assertError(await get("/api/nothing-here"), 404, "not_found");
  });

  test("bad bodies", async () => {
    const json = await app.inject({ method: "POST", url: "/api/annotate", headers: { "content-type": "application/json" }, payload: "{nope" });
    assertError({ status: json.statusCode, body: json.json() }, 400, "invalid_json");
    const text = await app.inject({ method: "POST", url: "/api/annotate", headers: { "content-type": "text/plain" }, payload: "Bakı" });
    assertError({ status: text.statusCode, body: text.json() }, 415, "unsupported_media_type");
    const huge = await app.inject({ method: "POST", url: "/api/annotate", headers: { "content-type": "application/json" }, payload: JSON.stringify({ text: "a".repeat(LIMITS.body) }) });
    assertError({ status: huge.statusCode, body: huge.json() }, 413, "body_too_large");
  });

  test("security headers on the API and the pages", async () => {
    for (const url of ["/api/health", "/", "/api/nothing"]) {
      const r = await get(url);
      assert.match(String(r.headers["content-security-policy"]), /script-src 'self'/, url);
      assert.equal(r.headers["x-content-type-options"], "nosniff");
    }
  });

  test("the hostile article comes back as data, in JSON", async () => {
    const r = await get("/api/articles/fx-hostile");
    assert.equal(r.status, 200);
    assert.match(String(r.headers["content-type"]), /^application\/json/);
    assert.ok(r.body.text.includes("<script>alert(1)</script>"));
  });
});

describe("writing", () => {
  const article = { id: "api-new-1", text: "Naxçıvanda dekabrın 3-də yeni məktəb açılıb. Tədbirdə nazir iştirak edib.", published: "2025-12-04", title: "Yeni məktəb" };
  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method: "POST", url, headers: { "content-type": "application/json", ...headers }, payload: JSON.stringify(payload) });

  test("annotate answers the annotate JSON and stores nothing", async () => {
    const r = await post("/api/annotate", { text: "Oktyabrın 9-da Qəbələdə xəstəxana açılacaq.", date: "2025-10-08" });
    assert.equal(r.statusCode, 200);
    const d = r.json();
    assert.equal(d.document_date, "2025-10-08");
    assert.ok(Array.isArray(d.tokens) && d.tokens.length > 0);
    assert.ok(d.timexes.some((t: any) => t.value === "2025-10-09"));
    assert.equal((await get(`/api/search?q=${encodeURIComponent("xəstəxana")}`)).body.total, 0);
    const bad = await post("/api/annotate", { text: "x", date: "yesterday" });
    assertError({ status: bad.statusCode, body: bad.json() }, 400, "bad_request");
  });

  test("annotate is rate-limited per address", async () => {
    const limited = buildServer({ store: db.store, annotateRate: { capacity: 3, perSecond: 0.01 } });
    try {
      const codes = [];
      let last;
      for (let i = 0; i < 5; i++) {
        last = await limited.inject({ method: "POST", url: "/api/annotate", headers: { "content-type": "application/json" }, payload: { text: "Bakı" } });
        codes.push(last.statusCode);
      }
      assert.deepEqual(codes, [200, 200, 200, 429, 429]);
      assert.ok(Number(last!.headers["retry-after"]) >= 1);
      assertError({ status: 429, body: last!.json() }, 429, "rate_limited");
      const other = await limited.inject({ method: "POST", url: "/api/annotate", remoteAddress: "10.0.0.2", headers: { "content-type": "application/json" }, payload: { text: "Bakı" } });
      assert.equal(other.statusCode, 200, "another address has its own bucket");
    } finally {
      await limited.close();
    }
  });

  test("ingest needs the token", async () => {
    const none = await post("/api/ingest", article);
    assertError({ status: none.statusCode, body: none.json() }, 401, "unauthorized");
    const wrong = await post("/api/ingest", article, { authorization: "Bearer nope" });
    assertError({ status: wrong.statusCode, body: wrong.json() }, 401, "unauthorized");
    const ok = await post("/api/ingest", { articles: [article] }, { authorization: "Bearer s3cret" });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().stored, 1);
    const again = await post("/api/ingest", article, { authorization: "Bearer s3cret" });
    assert.equal(again.json().duplicates, 1);
    const found = await get(`/api/search?q=${encodeURIComponent("məktəb")}`);
    assert.deepEqual(found.body.results.map((h: any) => h.id), ["api-new-1"]);
    const many = await post("/api/ingest", { articles: Array.from({ length: LIMITS.ingestArticles + 1 }, (_, i) => ({ ...article, id: `m${i}` })) }, { authorization: "Bearer s3cret" });
    assertError({ status: many.statusCode, body: many.json() }, 400, "bad_request");
    const missing = await post("/api/ingest", { text: "x" }, { authorization: "Bearer s3cret" });
    assert.match(missing.json().error.message, /id: required/);
  });

  test("without a configured token, writes are off", async () => {
    const closed = buildServer({ store: db.store });
    try {
      const r = await closed.inject({ method: "POST", url: "/api/ingest", headers: { "content-type": "application/json" }, payload: "{}" });
      assertError({ status: r.statusCode, body: r.json() }, 403, "writes_disabled");
      assert.match(r.json().error.message, /SALNAME_TOKEN/);
    } finally {
      await closed.close();
    }
  });
});

describe("the document and the pages", () => {
  test("OpenAPI 3 from the request schemas", async () => {
    const r = await get("/api/openapi.json");
    assert.equal(r.status, 200);
    assert.match(r.body.openapi, /^3\./);
    for (const p of ["/api/health", "/api/search", "/api/articles/{id}", "/api/entities", "/api/entities/{id}", "/api/timeline", "/api/relations", "/api/annotate", "/api/ingest"]) {
      assert.ok(r.body.paths[p], p);
    }
    const params = r.body.paths["/api/search"].get.parameters;
    const limit = params.find((p: any) => p.name === "limit");
    assert.equal(limit.schema.maximum, LIMITS.page);
    assert.ok(params.find((p: any) => p.name === "sort").schema.enum.includes("date"));
    const actor = r.body.paths["/api/timeline"].get.parameters.find((p: any) => p.name === "actor");
    assert.equal(actor.schema.type, "array");
    assert.deepEqual(r.body.paths["/api/ingest"].post.security, [{ bearer: [] }]);
    assert.ok(r.body.components.schemas.Error);
    assert.ok(r.body.paths["/api/annotate"].post.requestBody.content["application/json"].schema.properties.text);
    // every $ref points at a component that exists
    for (const m of JSON.stringify(r.body).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) assert.ok(r.body.components.schemas[m[1]], m[1]);
  });

  test("the web UI with a single-page fallback", async () => {
    const root = await get("/");
    assert.equal(root.status, 200);
    assert.match(root.body, /<div id=app>/);
    assert.match((await get("/article/anything")).body, /<div id=app>/);
    const asset = await get("/assets/app-1.js");
    assert.equal(asset.status, 200);
    assert.match(String(asset.headers["content-type"]), /javascript/);
    assert.match(String(asset.headers["cache-control"]), /immutable/);
    assert.equal((await get("/assets/missing.js")).status, 404);
    const escape = await get("/..%2f..%2fpackage.json");
    assert.ok(!String(escape.body).includes('"name"'), "no files outside the web root");
  });
});

test("start stores the bundled sample only when the database is empty", async () => {
  const store = await openStore(":memory:");
  try {
    assert.equal(await ensureSample(store), 1);
    assert.equal(await ensureSample(store), 0);
    assert.equal((await store.stats()).articles, 1);
    assert.ok(await store.getArticle(SAMPLE_ID));
  } finally {
    await store.close();
  }
  assert.equal(await ensureSample(db.store), 0, "a database with articles is left as it is");
});
