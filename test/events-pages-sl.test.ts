// Sentences written for these tests (stop 35, sl) in the style of Middle East news: a truce agreement named or reached,
// a side held to be a threat, a state called a regime, a strip of land as a place, a party faction's own meeting, and a
// clause that goes on with the subject of a converb before it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type).map((e) => e.actors);

test("a truce agreement named after its noun is no truce reached; one reached or agreed by a verb is", () => {
  assert.deepEqual(of("Norveç Sudanda əldə olunan atəşkəs razılaşmasını alqışlayıb.", "RETREAT"), []);
  assert.deepEqual(of("Çad ordusu atəşkəs razılaşmasının şərtlərinə əməl etdiyini bildirib.", "RETREAT"), []);
  assert.equal(of("Norveç Sudanda əldə olunan atəşkəs razılaşmasını alqışlayıb.", "SUPPORT").length, 1);
  assert.deepEqual(of("Efiopiya ilə Eritreya atəşkəs barədə razılaşıblar.", "RETREAT").length, 1);
  assert.deepEqual(of("Efiopiya ilə Eritreya atəşkəs razılaşması imzalayıblar.", "RETREAT").length, 1);
});

test("a side held to be a threat is a view of it, no threat made", () => {
  assert.deepEqual(of("Mərakeş Əlcəzairi əsas təhdid hesab edir.", "THREATEN"), []);
  assert.deepEqual(of("Mali hökuməti terrorçu hesab etdiyi qrupları təhdid hesab etdiyini bildirib.", "THREATEN"), []);
  // a threat made stays
  assert.equal(of("Mərakeş Əlcəzairi təhdid edib.", "THREATEN").length, 1);
});

test("a state called a regime is that state, acting or acted on", () => {
  assert.deepEqual(of("Pakistan Hindistan rejiminin əməllərini kəskin tənqid edib.", "ACCUSE"), [["Pakistan", "Hindistan"]]);
  assert.deepEqual(of("Venesuela rejimi Kolumbiyanı hədələyib.", "THREATEN"), [["Venesuela", "Kolumbiya"]]);
  // a visa regime is no state's
  assert.deepEqual(of("Qazaxıstan Qırğızıstan vətəndaşları üçün viza rejimini ləğv edib.", "ACCUSE"), []);
});

test("a strip of land is a place, no side of the act told there", () => {
  // (a first-person line with no speaker named has no side at all)
  assert.deepEqual(events("Qəzza zolağında humanitar fasiləni alqışlayırıq."), []);
  // the strip acted on stays the target
  assert.deepEqual(of("Misir Qəzza zolağına yardım göndərib.", "AID"), [["Misir", "Qəzza"]]);
});

test("a leader speaking at his party faction's meeting meets no one; at a summit he takes part", () => {
  assert.deepEqual(of("Baş nazir hakim partiyanın parlament fraksiyasının toplantısında çıxışı zamanı Moskvanı tənqid edib.", "CONSULT"), []);
  assert.equal(of("Prezident Toqayev BMT Baş Assambleyasının sessiyasında çıxış edib.", "CONSULT").length, 1);
});

test("a clause after a converb goes on with the converb's subject, not the speaker's", () => {
  const found = events("Nazir Tomas Berq bildirib ki, Kolumbiya Venesuela mövqelərinə hücumlar təşkil edərək, atəşkəsi pozur.");
  assert.ok(found.length > 0);
  for (const e of found) assert.ok(!e.actors.includes("Tomas Berq"), JSON.stringify(e.actors));
  assert.ok(found.every((e) => e.actors.includes("Kolumbiya")));
  // a converb clause naming no subject of its own (`… uyğun olaraq,`) leaves the speaker's
  assert.deepEqual(of("Nazir Tomas Berq bildirib ki, razılaşmaya uyğun olaraq, Kolumbiyanı tənqid edir.", "ACCUSE"), [["Tomas Berq", "Kolumbiya"]]);
  // with no converb the speaker's clause is left alone: the act is the subject's
  assert.deepEqual(of("Nazir Tomas Berq Kolumbiyanı tənqid edib.", "ACCUSE"), [["Tomas Berq", "Kolumbiya"]]);
});
