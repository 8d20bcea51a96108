// Invented sentences of world and regional politics (helper inv22p, ../src/lang/az/events/articles-inv22p.ts and the
// readiness check of ../src/extract/events/hit-events.ts): an army's readiness raised, protests breaking out, a dictate
// refused, people listed as foreign agents, and readiness for an act told by its infinitive read once; each with a
// look-alike that stays as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) => annotate({ id: "t", text, document_date: "2025-06-20" }).events ?? [];
const sides = (text: string) => events(text).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);

test("an army's readiness raised is MOBILIZE (`ordusunun döyüş hazırlığını yüksəldib`); a firm's preparations are none", () => {
  assert.deepEqual(sides("İran ordusunun döyüş hazırlığını yüksəldib."), ["MOBILIZE:İran"]);
  assert.deepEqual(sides("Şirkət yeni mövsümə hazırlığı artırıb."), []);
});

test("protests broken out are PROTEST (`Gürcüstanda kütləvi etirazlar baş verib`); an objection voiced is no protest", () => {
  assert.deepEqual(sides("Seçkidən sonra Gürcüstanda kütləvi etirazlar baş verib."), ["PROTEST:Gürcüstan"]);
  assert.ok(!sides("Deputat qərara etirazını bildirib.").some((s) => s.startsWith("PROTEST")));
});

test("a dictate not accepted is REJECT (`heç kimin diktəsini qəbul etməyəcək`); a law adopted receives no one", () => {
  assert.deepEqual(sides("Venesuela hökuməti heç kimin diktəsini qəbul etməyəcək."), ["REJECT:Venesuela"]);
  assert.deepEqual(sides("Hökumət yeni qanunu qəbul edib."), []);
});

test("people put on a list of foreign agents are restricted (COERCE 172); a bank on a ranking is none", () => {
  const ev = events("Belarus Ədliyyə Nazirliyi üç bloqeri xarici agentlər siyahısına daxil edib.");
  assert.deepEqual(ev.map((e) => `${e.type}:${e.cameo}`), ["COERCE:172"]);
  assert.ok(ev[0].actors.includes("Belarus Ədliyyə Nazirliyi"));
  assert.deepEqual(sides("Bank ən etibarlı banklar siyahısına daxil olub."), []);
});

test("readiness for an act told by its infinitive is one promise, not a second one of the readiness word", () => {
  const ev = events("Rubio isə Vaşinqtonun Ankara ilə əməkdaşlığı genişləndirməyə hazır olduğunu deyib.").filter((e) => e.type === "AGREE");
  assert.equal(ev.length, 1);
  assert.equal(ev[0].trigger.text, "genişləndirməyə");
  // look-alike: readiness with no act before it stays the promise (`sülh sazişi imzalamağa hazırdır` has one too)
  assert.deepEqual(events("Ermənistan sülh danışıqlarına hazır olduğunu bildirib.").filter((e) => e.type === "AGREE").length, 1);
  assert.deepEqual(sides("Nazir hesabatın hazır olduğunu bildirib."), []);
});
