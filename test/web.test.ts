// The web UI in a real browser (Debian's chromium driven by playwright-core): search → article →
// entity → timeline → relations on the sample and the fixtures, as a person would see them, and
// the hostile article rendering inert. Screenshots go to test-artifacts/.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildServer } from "../src/api/index.js";
import { DEFAULT_WEB_ROOT } from "../src/api/static.js";
import { SAMPLE_ID, seedDb, type SeededDb } from "./api/seed.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = new URL("../test-artifacts/", import.meta.url).pathname;
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI === "true") {
  test("chromium is installed", () => assert.fail(`no browser at ${CHROMIUM}: CI must run the web UI tests (apt-get install chromium)`));
}

describe("web UI", { skip: haveBrowser ? false : `no browser at ${CHROMIUM}` }, () => {
  let db: SeededDb;
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base: string;
  const dialogs: string[] = [];
  const cspErrors: string[] = [];

  before(async () => {
    if (!existsSync(`${DEFAULT_WEB_ROOT}/index.html`)) {
      const r = spawnSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "web", "--logLevel", "warn"], { stdio: "inherit" });
      assert.equal(r.status, 0, "vite build web failed");
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    db = await seedDb();
    app = buildServer({ store: db.store });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const addr = app.server.address();
    base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await db?.cleanup();
  });

  const shot = (name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
  const text = (sel: string) => page.locator(sel).first().innerText();

  test("search: results with highlighted snippets", async () => {
    await page.goto(`${base}/`);
    await page.getByRole("heading", { name: "Məqalələrdə axtarış" }).waitFor();
    await page.getByLabel("Axtarış sözləri").fill("Əliyev");
    await page.getByRole("button", { name: "Axtar" }).click();
    await page.locator(".hit mark").first().waitFor();
    assert.match(await text(".count"), /məqalə tapıldı/);
    const marks = await page.locator(".hit mark").allInnerTexts();
    assert.ok(marks.every((m) => /^Əliyev/i.test(m)), marks.join(","));
    assert.ok(await page.locator(`a[href="#/article/${SAMPLE_ID}"]`).count());
    await shot("search");
  });

  test("article: the sample with its layers and a side panel", async () => {
    await page.locator(`a[href="#/article/${SAMPLE_ID}"]`).first().click();
    await page.locator(".article-text").waitFor();
    assert.match(await text(".article-text"), /^Rusiya prezidenti Vladimir Putin/);
    assert.ok(await page.locator(".article-text .timex").count() > 0, "dates highlighted");
    const tip = await page.locator(".article-text .timex").first().getAttribute("title");
    assert.match(tip ?? "", /\d{4}/);
    for (const h of ["Adlar", "Tarixlər", "Hadisələr", "Sitatlar"]) assert.ok(await page.getByRole("heading", { name: new RegExp(`^${h}`) }).count(), h);
    await shot("article");
  });

  test("article: a date's resolved value in Azerbaijani, a name linking to its entity", async () => {
    await page.goto(`${base}/#/article/fx-consult`);
    const date = page.locator(".article-text .timex", { hasText: "sentyabrın 15-də" });
    await date.waitFor();
    assert.match((await date.getAttribute("title")) ?? "", /15 sentyabr 2025/);
    await date.hover();
    assert.ok(await page.locator(".article-text .trigger", { hasText: "razılaşıblar" }).count());
    assert.match(await page.locator(".side").innerText(), /sentyabrın 15-də\s*→\s*15 sentyabr 2025/);
    await page.locator(".article-text a.ent", { hasText: "Rusiya" }).click();
    await page.getByRole("heading", { name: "Rusiya" }).waitFor();
  });

  test("entity: names, mentions chart, co-occurring names, events", async () => {
    await page.locator(".chart svg").waitFor();
    assert.match(await page.locator(".entity-page").innerText(), /Birlikdə çəkilən adlar/);
    assert.ok(await page.locator(".entity-page ul.tags a", { hasText: "Azərbaycan" }).count());
    assert.ok(await page.locator("ol.events li").count() >= 3);
    await shot("entity");
  });

  test("timeline: events between two actors in date order, with sources", async () => {
    await page.getByRole("navigation", { name: "main" }).getByRole("link", { name: "Xronologiya" }).click();
    await page.getByLabel("Birinci tərəf").fill("Azərbaycan");
    await page.getByLabel("İkinci tərəf").fill("Rusiya");
    await page.getByLabel("Hadisə növü").selectOption("ACCUSE");
    await page.getByRole("button", { name: "Göstər" }).click();
    // (wait for the filtered list itself: the entity page's list shown before may still be on the page; a list of
    // accusations only, holding the fixture's, is the answer, and a wrong one times the wait out)
    await page.waitForFunction(() => {
      const badges = [...document.querySelectorAll("ol.events .badge")];
      return badges.length > 0 && badges.every((b) => b.textContent === "ittiham") && !!document.querySelector('ol.events a[href="#/article/fx-accuse"]');
    });
    await page.getByLabel("Hadisə növü").selectOption("");
    await page.getByRole("button", { name: "Göstər" }).click();
    await page.waitForFunction(() => document.querySelectorAll("ol.events li").length >= 5);
    const dates = await page.locator("ol.events time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")).filter(Boolean) as string[]);
    assert.deepEqual(dates, [...dates].sort());
    await shot("timeline");
  });

  test("relations: Azərbaycan–Rusiya by month, the events of a month a click away", async () => {
    await page.getByRole("navigation", { name: "main" }).getByRole("link", { name: "Münasibətlər" }).click();
    assert.equal(await page.getByLabel("Birinci tərəf").inputValue(), "Azərbaycan");
    assert.equal(await page.getByLabel("İkinci tərəf").inputValue(), "Rusiya");
    await page.locator(".chart svg").waitFor();
    // a bar of the chart opens its period too
    await page.locator('.chart svg g[aria-label="bar"] rect').first().click();
    await page.locator("table.series tr.open").waitFor();
    const row = page.locator("table.series tr", { hasText: "noyabr 2025" });
    await row.getByRole("button").click();
    await page.locator('tr.period-events a[href="#/article/fx-accuse"]').first().waitFor();
    assert.match(await page.locator("tr.period-events").innerText(), /ittiham/);
    await shot("relations");
  });

  test("English switch", async () => {
    await page.getByRole("button", { name: /Switch the interface to English/ }).click();
    await page.getByRole("heading", { name: "Relations between two actors" }).waitFor();
    assert.match(await page.locator("table.series").innerText(), /November 2025/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    await page.getByRole("button", { name: /azərbaycan dilinə/ }).click();
    await page.getByRole("heading", { name: "İki tərəf arasında münasibətlər" }).waitFor();
  });

  test("the hostile article renders inert", async () => {
    await page.goto(`${base}/#/search?q=${encodeURIComponent("zərərli")}`);
    await page.goto(`${base}/#/article/fx-hostile`);
    await page.locator(".article-text").waitFor();
    assert.match(await text(".article-text"), /<script>alert\(1\)<\/script>/);
    assert.match(await text("h1"), /^<img src=x onerror=alert\(1\)>/);
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src || s.textContent || ""));
    assert.ok(scripts.every((s) => s.includes("/assets/")), `only the app's own script: ${scripts.join(" | ")}`);
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    await page.waitForTimeout(300);
    assert.deepEqual(dialogs, []);
    await shot("hostile");
  });

  test("phone width: readable without sideways scrolling", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [name, hash] of [["article", "#/article/fx-consult"], ["relations", "#/relations"]]) {
      await page.goto(`${base}/${hash}`);
      await page.locator(name === "article" ? ".article-text" : ".chart svg").waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `${name} overflows by ${overflow}px`);
      await shot(`phone-${name}`);
    }
    assert.deepEqual(cspErrors, [], "no Content-Security-Policy violations");
  });
});
