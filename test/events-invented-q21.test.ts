// Invented sentences of world and regional politics (helper q21): thanks told as `minnətdarlıq edib`; the guest greeted
// by a host named in the guest word's own clause (`X Prezidenti Y qonağı … qarşılayıb`) or after it (`qonağı Baş nazir Y
// qarşılayıb`); a second titled subject whose title the role tables do not link (`X və Birinci vitse-prezident Y`).
// Each with a look-alike that must not change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-06-13") => annotate({ id: "t", text, document_date: date }).events ?? [];
const actorsOf = (text: string, type: string) => events(text).filter((e) => e.type === type).map((e) => [...e.actors].sort());

test("gratitude told with `etmək` (`X-ə minnətdarlıq edib`) is SUPPORT, as `təşəkkür edib`", () => {
  assert.deepEqual(actorsOf("Moldovanın Baş naziri Dorin Reçan Rumıniyaya enerji yardımına görə minnətdarlıq edib.", "SUPPORT"),
    [["Dorin Reçan", "Moldova", "Rumıniya"].sort()]);
  // look-alike: a feeling of gratitude lived with is no act towards anyone
  assert.deepEqual(actorsOf("Kənd sakinləri uzun illər minnətdarlıq hissi ilə yaşayıblar.", "SUPPORT"), []);
});

test("the guest greeted by a host named in its own clause or after it is the visitor told before", () => {
  const visit = "Türkmənistan Prezidenti Serdar Berdiməhəmmədov noyabrın 3-də Daşkəndə gəlib. ";
  const greeted = (s: string) => actorsOf(visit + s, "CONSULT").filter((a) => a.length > 2 || !a.includes("Türkmənistan"));
  // the host before the guest word, in its own clause
  assert.ok(greeted("Özbəkistan Prezidenti Şavkat Mirziyoyev qonağı aeroportda qarşılayıb.")
    .some((a) => a.includes("Şavkat Mirziyoyev") && a.includes("Serdar Berdiməhəmmədov")));
  // the host titled after the possessed guest word
  assert.ok(greeted("Aeroportda qonağı Baş nazir Abdulla Aripov qarşılayıb.")
    .some((a) => a.includes("Abdulla Aripov") && a.includes("Serdar Berdiməhəmmədov")));
  // look-alike: a hotel's guests greeted are no visitor of a state
  assert.ok(!actorsOf(visit + "Şavkat Mirziyoyev otel qonaqlarını qarşılayıb.", "CONSULT").some((a) => a.includes("Serdar Berdiməhəmmədov") && a.includes("Şavkat Mirziyoyev")));
});

test("a second subject whose title is no linked role (`X və Birinci vitse-prezident Y`) is a side too", () => {
  assert.deepEqual(actorsOf("Prezident İlham Əliyev və Birinci vitse-prezident Mehriban Əliyeva Rumıniya Prezidenti Nikuşor Dan ilə görüşüblər.", "CONSULT"),
    [["İlham Əliyev", "Mehriban Əliyeva", "Nikuşor Dan", "Rumıniya"].sort()]);
  // look-alike: a verb between (`və … bunu …`) opens another clause: the next person is no second subject of the first act
  const two = events("Prezident İlham Əliyev Rumıniya Prezidenti Nikuşor Danla görüşüb və sonra Baş nazir Əli Əsədov Kişineva yola düşüb.");
  assert.ok(!two.some((e) => e.trigger.text.startsWith("görüş") && e.actors.includes("Əli Əsədov")));
});
