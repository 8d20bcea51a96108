// False alarms of the studied political sets (round p22), on sentences written for these tests: a show, a fair or a farm
// toured is no visit to a host; a court annulling a ruling or a decision restricts no side; a means one's state keeps or
// gives up is no deprivation; a bare `görüş zamanı` after the name opening its sentence is the meeting told before, not a
// meeting with the names the rest of the sentence tells. Each with a look-alike that must keep its event.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" }).events ?? [];
const types = (text: string) => events(text).map((e) => e.type);

test("a festival, an exhibition or an orchard toured visits no host", () => {
  assert.deepEqual(types("Nazir Con Smit Beynəlxalq Kitab Festivalını ziyarət edib."), []);
  assert.deepEqual(types("Qonaqlar kənddəki alma bağlarını ziyarət ediblər."), []);
  assert.deepEqual(types("Səfir Con Smit kənd təsərrüfatı sərgisini ziyarət edib."), []);
});

test("look-alike: a state or a city visited is still a visit (CONSULT)", () => {
  const ev = events("Nazir Con Smit Fransanı ziyarət edib.");
  assert.deepEqual(ev.map((e) => e.type), ["CONSULT"]);
  assert.ok(ev[0].actors.includes("Fransa"), JSON.stringify(ev[0].actors));
});

test("a ruling or a decision annulled by a court is no coercion", () => {
  assert.deepEqual(types("Ali Məhkəmə bələdiyyə sədri ilə bağlı qərarı ləğv etdi."), []);
  assert.deepEqual(types("Apellyasiya məhkəməsi aşağı instansiyanın hökmünü ləğv edib."), []);
});

test("look-alike: a mandate or a licence revoked by a decision still restricts (COERCE)", () => {
  assert.deepEqual(types("Məhkəmənin qərarı ilə Paşa Əhmədovun mandatını ləğv edib."), ["COERCE"]);
});

test("a means a state keeps or gives up is no deprivation (no COERCE)", () => {
  assert.deepEqual(types("Nazir Con Smit bildirib ki, biz ölkəni bu vasitədən məhrum edə bilmərik."), []);
});

test("look-alike: deprived of citizenship is still a restriction (COERCE)", () => {
  assert.deepEqual(types("Con Smit Rusiya vətəndaşlığından məhrum edilib."), ["COERCE"]);
});

const annotateDoc = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" }).events ?? [];

test("a bare `görüş zamanı` after the opening name is the meeting told before, not a meeting with the names after it", () => {
  const ev = annotateDoc("Con Smit Bakıda Leyla Məmmədova ilə görüşüb. Con Smit görüş zamanı Fransa Prezidenti Pol Braunun salamlarını Leyla Məmmədovaya çatdırıb.");
  const consult = ev.filter((e) => e.type === "CONSULT");
  assert.equal(consult.length, 1, JSON.stringify(consult.map((e) => e.actors)));
  assert.ok(!consult[0].actors.includes("Pol Braun"), JSON.stringify(consult[0].actors));
  // the lone sentence: the meeting is the opening name's, the greetings' sender no side of it
  const lone = events("Con Smit görüş zamanı Fransa Prezidenti Pol Braunun salamlarını çatdırıb.").filter((e) => e.type === "CONSULT");
  assert.deepEqual(lone.map((e) => e.actors), [["Con Smit"]]);
});

test("look-alike: a meeting framed with its partner keeps the partner (CONSULT)", () => {
  const ev = events("Con Smit Pol Braunla görüş zamanı sülh məsələsini qaldırıb.").filter((e) => e.type === "CONSULT");
  assert.equal(ev.length, 1);
  assert.ok(ev[0].actors.includes("Pol Braun"), JSON.stringify(ev[0].actors));
});
