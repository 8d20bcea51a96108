// Ingestion from files, directories, HTML pages, feeds and URLs, against a local HTTP server that
// serves pages we wrote; bad input is reported per source and never stops the batch.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { gzipSync } from "node:zlib";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { openStore } from "../src/store/index.js";
import { ingest } from "../src/ingest/run.js";
import { workerPool } from "../src/ingest/pool.js";
import { detectLanguage } from "../src/ingest/language.js";
import { syntheticJsonl } from "./store/synthetic.js";

const BODY_AZ = "Nazir Tural Məmmədov martın 3-də Gəncə şəhərində yeni xəstəxananın açılışında iştirak edib. " +
  "Açılış mərasimində o, səhiyyə sahəsində görülən işlərdən danışıb və həkimlərlə görüşüb. " +
  "Xəstəxanada iki yüz çarpayı var və burada müasir avadanlıq quraşdırılıb.";

const page = (title: string, body: string, head = "", lang = "az") =>
  `<!doctype html><html lang="${lang}"><head><title>${title} | Xəbər</title>${head}</head><body>
  <nav><a href="/">Ana səhifə</a> <a href="/x">Siyasət</a></nav>
  <article><h1>${title}</h1><p>${body}</p><p>${body.split(". ").reverse().join(". ")}</p></article>
  <footer>Bütün hüquqlar qorunur</footer></body></html>`;

let server: Server;
let base = "";
const routes: Record<string, (res: import("node:http").ServerResponse) => void> = {};

function html(path: string, body: string, type = "text/html; charset=utf-8") {
  routes[path] = (res) => { res.writeHead(200, { "content-type": type }); res.end(body); };
}

before(async () => {
  server = createServer((req, res) => {
    const h = routes[req.url ?? ""];
    if (h) h(res);
    else { res.writeHead(404); res.end("not found"); }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  html("/a1", page("Gəncədə xəstəxana açıldı", BODY_AZ, `<meta property="article:published_time" content="2025-03-04T09:00:00+04:00"><link rel="canonical" href="/xeber/a1">`));
  html("/a2", page("Şəkidə turizm mövsümü", BODY_AZ.replace(/Gəncə/g, "Şəki").replace("xəstəxananın", "muzeyin"),
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-05-06T10:00:00Z"}</script>`));
  html("/hostile", page("Təhlükəli səhifə", BODY_AZ.replace("Gəncə", "Quba") + `<script>document.title="pwned"; fetch("/steal")</script><img src=x onerror="alert(1)">`,
    `<script>window.evil = true; console.log("should never run")</script>`));
  html("/ru", page("Открытие больницы", "Министр принял участие в открытии новой больницы в Гяндже. Он рассказал о работе в сфере здравоохранения и встретился с врачами. В больнице двести коек и современное оборудование.", "", "ru"));
  routes["/gz"] = (res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" });
    res.end(gzipSync(page("Lənkəranda yeni məktəb", BODY_AZ.replace(/Gəncə/g, "Lənkəran").replace("xəstəxananın", "məktəbin"))));
  };
  routes["/moved"] = (res) => { res.writeHead(301, { location: "/a1" }); res.end(); };
  routes["/loop"] = (res) => { res.writeHead(302, { location: "/loop" }); res.end(); };
  routes["/big"] = (res) => { res.writeHead(200, { "content-type": "text/html" }); res.end("<p>" + "ə".repeat(300_000) + "</p>"); };
  routes["/slow"] = (res) => { setTimeout(() => { res.writeHead(200, { "content-type": "text/html" }); res.end(page("gec", BODY_AZ)); }, 3000).unref(); };
  html("/feed.xml", `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Xəbərlər</title>
    <item><title>Gəncədə xəstəxana açıldı</title><link>${"BASE"}/a1</link><pubDate>Tue, 04 Mar 2025 09:00:00 +0400</pubDate></item>
    <item><title>Şəkidə turizm</title><link>${"BASE"}/a2</link><pubDate>Tue, 06 May 2025 10:00:00 GMT</pubDate></item>
    <item><title>Silinmiş xəbər</title><link>${"BASE"}/gone</link></item>
  </channel></rss>`, "application/rss+xml");
  html("/atom.xml", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
    <entry><title>Lənkəran</title><link rel="alternate" href="${"BASE"}/gz"/><published>2025-06-01T08:00:00Z</published></entry></feed>`, "application/atom+xml");
  html("/evil.xml", `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item><title>&b;</title><link>${"BASE"}/a1</link></item></channel></rss>`, "application/xml");
  for (const k of ["/feed.xml", "/atom.xml", "/evil.xml"]) {
    const orig = routes[k];
    routes[k] = (res) => {
      const end = res.end.bind(res);
      res.end = ((b: string) => end(b.replaceAll("BASE", base))) as typeof res.end;
      orig(res);
    };
  }
});

after(() => server.close());

test("detects the language: Azerbaijani vs Turkish, Russian, English", async () => {
  assert.equal(await detectLanguage("Nazir bu gün şəhərdə yeni məktəbin açılışında iştirak edib."), "az");
  assert.equal(await detectLanguage("Bakan bugün şehirde yeni okulun açılışına katıldı ve konuşma yaptı."), "tr");
  assert.equal(await detectLanguage("Министр принял участие в открытии новой школы в городе."), "ru");
  assert.equal(await detectLanguage("The minister attended the opening of a new school in the city today."), "en");
  assert.equal(await detectLanguage("anything", "ru-RU"), "ru");
});

test("ingests pages, feeds and URLs; reports each failure", async () => {
  const store = await openStore(":memory:");
  try {
    const urls = ["/a1", "/moved", "/hostile", "/ru", "/feed.xml", "/atom.xml", "/loop", "/big", "/slow", "/evil.xml", "/nowhere"].map((p) => base + p);
    const sum = await ingest(urls, store, { workers: 0, fetch: { timeoutMs: 1000, maxBytes: 200_000, maxRedirects: 3 } });
    const reasons = Object.fromEntries(sum.failed.map((f) => [new URL(f.source).pathname, f.reason]));
    assert.match(reasons["/loop"], /redirects/);
    assert.match(reasons["/big"], /limit/);
    assert.match(reasons["/slow"], /timed out/);
    assert.match(reasons["/evil.xml"], /DOCTYPE/);
    assert.match(reasons["/nowhere"], /404/);
    assert.match(reasons["/gone"], /404/);
    assert.equal(sum.failed.length, 6);
    // a1 (direct), a1 again via redirect and via the feed: one article; a2, hostile, ru, gz
    assert.equal(sum.stored, 5);
    assert.equal((await store.stats()).articles, 5);

    const a1 = (await store.search("xəstəxana Gəncə")).results[0];
    assert.equal(a1.published, "2025-03-04");
    const full = (await store.getArticle(a1.id))!;
    assert.equal(full.url, `${base}/xeber/a1`);
    assert.ok(full.title?.startsWith("Gəncədə xəstəxana açıldı"), String(full.title));
    assert.ok(!full.text.includes("Ana səhifə"), "navigation left out");
    assert.equal((await store.search("Şəki turizm")).results[0]?.published, "2025-05-06");
    assert.equal((await store.search("Lənkəran məktəb")).results.length, 1);

    const hostile = (await store.search("Quba")).results[0];
    const h = (await store.getArticle(hostile.id))!;
    assert.ok(!/<script|alert\(|window\.evil|pwned/.test(h.text), "script content is not stored");
    assert.match(h.text, /Quba/);

    const ru = (await store.search("больницы")).results;
    assert.equal(ru.length, 1);
    const r = (await store.getArticle(ru[0].id))!;
    assert.equal(r.language, "ru");
    assert.equal(r.annotated, false);
  } finally {
    await store.close();
  }
});

test("ingests directories recursively: text, jsonl, html; bad records do not sink the batch", async () => {
  const dir = mkdtempSync(join(tmpdir(), "salname-ingest-"));
  const store = await openStore(join(dir, "t.db"));
  try {
    mkdirSync(join(dir, "in", "sub"), { recursive: true });
    writeFileSync(join(dir, "in", "one.txt"), ` date 2025-02-01 ${BODY_AZ}`);
    writeFileSync(join(dir, "in", "sub", "page.html"), page("Qubada yarmarka", BODY_AZ.replace(/Gəncə/g, "Quba")));
    writeFileSync(join(dir, "in", "sub", "recs.jsonl"), syntheticJsonl(3) + "{not json\n" + JSON.stringify({ id: "x", title: "no text" }) + "\n" + syntheticJsonl(2, 3));
    writeFileSync(join(dir, "in", "sub", "bad-date.txt"), ` date 2025-02-31 ${BODY_AZ}`);
    writeFileSync(join(dir, "in", "notes.md"), "not read");
    const sum = await ingest([join(dir, "in"), join(dir, "missing.txt")], store, { workers: 1 });
    assert.equal(sum.stored, 7, JSON.stringify(sum));
    assert.equal(sum.failed.length, 4, JSON.stringify(sum.failed));
    assert.ok(sum.failed.some((f) => /missing\.txt/.test(f.source)));
    assert.ok(sum.failed.some((f) => /recs\.jsonl:4/.test(f.source) && /not JSON/.test(f.reason)));
    const again = await ingest([join(dir, "in")], store, { workers: 0 });
    assert.equal(again.stored, 0);
    assert.equal(again.duplicates, 7);
    const one = await store.getArticle("one");
    assert.equal(one?.published, "2025-02-01");
    assert.ok(one?.annotated);
    assert.ok(one!.sentences.length >= 3, "annotated on a worker thread");
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a pool of no threads is refused with a reason, not left to fail on its first job", () => {
  assert.throws(() => workerPool(0), /at least one thread/);
});
