// Modes and triggers of headline shapes: a media label reports, a prevented act is negated, a letter
// sent consults, disagreeing rejects, a mission closed reduces relations; a season in the instrumental
// dates nothing. Invented sentences.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";
import { eventsWith } from "./helpers-events.js";

const events = eventsWith;

const NOR = "Norlandiya", WES = "Qərbistan";

test("a line a media label opens tells what it says as reported", () => {
  const [e] = events("KİV: Norlandiya Qərbistana zərbə endirib", [["Norlandiya", "LOC", NOR], ["Qərbistana", "LOC", WES]]);
  assert.equal(e.type, "ASSAULT");
  assert.equal(e.mode, "reported");
  const [f] = events('"Şimal Xəbər": Norlandiya Qərbistanla danışıqlar aparacaq', [["Norlandiya", "LOC", NOR], ["Qərbistanla", "LOC", WES]]);
  assert.equal(f.type, "CONSULT");
  assert.equal(f.mode, "reported");
  // a person's label is their own word, asserted
  const [g] = events("Nadir Babayev: Norlandiya Qərbistana zərbə endirib", [["Nadir Babayev", "PER", "Nadir Babayev"], ["Norlandiya", "LOC", NOR], ["Qərbistana", "LOC", WES]]);
  assert.equal(g.mode, "asserted");
});

test("an attack prevented is told negated, not dropped", () => {
  const [e] = events("Norlandiya prezidentinə qarşı sui-qəsdin qarşısı alınıb", [["Norlandiya", "LOC", NOR]]);
  assert.equal(e.type, "ASSAULT");
  assert.equal(e.mode, "negated");
});

test("a letter sent to a leader is a consultation; a letter of congratulation is the congratulation", () => {
  const [e] = events("Norlandiya Qərbistana məktub göndərib", [["Norlandiya", "LOC", NOR], ["Qərbistana", "LOC", WES]]);
  assert.equal(e.type, "CONSULT");
  assert.deepEqual(e.actors, [NOR, WES]);
  const evs = events("Norlandiya Qərbistana təbrik məktubu göndərib", [["Norlandiya", "LOC", NOR], ["Qərbistana", "LOC", WES]]);
  assert.deepEqual(evs.map((x) => x.type), ["SUPPORT"]);
});

test("not agreeing to a plan rejects it", () => {
  const [e] = events("Norlandiya planla razı olmadığını bildirib", [["Norlandiya", "LOC", NOR]]);
  assert.equal(e.type, "REJECT");
  assert.equal(e.mode, "asserted");
});

test("closing another state's consulate reduces relations (SANCTION 161); a contract concluded is no closure", () => {
  const [e] = events("Norlandiya Qərbistanın baş konsulluğunu bağlayıb", [["Norlandiya", "LOC", NOR], ["Qərbistanın", "LOC", WES]]);
  assert.equal(e.type, "SANCTION");
  assert.equal(e.cameo, "161");
  assert.deepEqual(events("Norlandiya Qərbistanla müqavilə bağlayıb", [["Norlandiya", "LOC", NOR], ["Qərbistanla", "LOC", WES]]).filter((x) => x.type === "SANCTION"), []);
});

test("a season in the instrumental is no time expression", () => {
  const d = annotate({ id: "t", text: "Nazir ölkəni qışla hədələyib. Qışda görüş keçiriləcək.", document_date: "2025-11-20" });
  assert.deepEqual(d.timexes.map((t) => t.text), ["Qışda"]);
});

test("designating a group a terrorist one is a coercive listing; recognising a state is support", () => {
  const [e] = events("Norlandiya Qərbistan qrupunu terror təşkilatı kimi tanıyıb", [["Norlandiya", "LOC", NOR], ["Qərbistan", "LOC", WES]]);
  assert.equal(e.type, "COERCE");
  const [f] = events("Norlandiya Qərbistan dövlətini tanıyıb", [["Norlandiya", "LOC", NOR], ["Qərbistan", "LOC", WES]]);
  assert.equal(f.type, "SUPPORT");
});
