// Recall audit of the event stage's clause checks (clauseNeeds, verblessBetween, clauseNot, a topic word after the hit,
// complementCase) on unlabelled news: the two table conditions widened where a real act was turned down, each with a
// look-alike the check must still turn down. Invented sentences.
import { test } from "node:test";
import assert from "node:assert/strict";
import { oneEvent, noEvent, pipelineEvents } from "./helpers-events.js";

test("a person summoned to a prosecutor, the investigators or the police is questioned (ACCUSE)", () => {
  oneEvent("Jurnalist Orxan Vəliyev Baş Prokurorluğa çağırılıb", "ACCUSE", ["Orxan Vəliyev"]);
  oneEvent("Bloqer Elvin Qasımov polisə çağırılıb.", "ACCUSE", ["Elvin Qasımov"]);
  oneEvent("Orxan Vəliyev istintaqa çağırılıb", "ACCUSE", ["Orxan Vəliyev"]);
});

test("…one called up to a team is not, and an envoy summoned is still the protest", () => {
  noEvent("Futbolçu Orxan Vəliyev Azərbaycan millisinə çağırılıb");
  noEvent("Orxan Vəliyev yığma komandaya çağırılıb");
  const ev = pipelineEvents("İranın səfiri Azərbaycan XİN-ə çağırılıb");
  assert.equal(ev.length, 1);
  assert.equal(ev[0].type, "ACCUSE");
  assert.equal(ev[0].cameo, "114");
});

test("one let out of a cell to house arrest is released (RETREAT)", () => {
  oneEvent("Səbinə Əliyeva ev dustaqlığına buraxılıb", "RETREAT", ["Səbinə Əliyeva"]);
  oneEvent("Ev dustaqlığına buraxılan Səbinə Əliyevadan ilk açıqlama", "RETREAT", ["Səbinə Əliyeva"]);
});

test("…a book or a song let out by one under house arrest releases no one", () => {
  noEvent("Səbinə Əliyeva ev dustaqlığından sonra yeni kitab buraxıb");
  noEvent("Ev dustaqlığında olan Səbinə Əliyeva yeni mahnı buraxıb");
});

test("prisoners (`dustaq`) let go or given back are released, as hostages and captives are", () => {
  oneEvent("Rusiya 20 ukraynalı dustağı buraxıb", "RETREAT", ["Rusiya"]);
  oneEvent("Rusiya ukraynalı dustaqları Ukraynaya qaytarıb", "RETREAT", ["Rusiya", "Ukrayna"]);
  noEvent("Həbsxanada dustaqlar gəzintiyə buraxılıb");
});
