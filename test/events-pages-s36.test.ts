// Stop 36 (lead): causes found on the real-page study sets, written as invented sentences for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-11-12") => annotate({ id: "t", text, document_date: date }).events ?? [];
const sides = (text: string, type: string) => events(text).filter((e) => e.type === type).map((e) => [...e.actors].sort().join("+"));

test("a nationality word with a state's forces is that state acting, even as the only side", () => {
  assert.deepEqual(sides("Gürcü hərbçiləri sərhəd kəndini atəşə tutub.", "ASSAULT"), ["Gürcüstan"]);
  assert.deepEqual(sides("Dünən gecə erməni silahlı bölmələri Laçın istiqamətində mövqeləri atəşə tutub.", "ASSAULT"), ["Ermənistan"]);
  assert.deepEqual(sides("Səhər saatlarında rus qoşunları kəndi atəşə tutub.", "ASSAULT"), ["Rusiya"]);
  // look-alike: a person of a nation acting alone is no state's act
  assert.deepEqual(sides("Qazaxıstanlı jurnalist Bakıya səfər edib.", "CONSULT").filter((s) => s.includes("Qazaxıstan")), []);
});

test("talks their side says it will not hold are refused (REJECT 125); talks not held, a visit or a summit not to be attended stay negated", () => {
  const of = (text: string) => events(text).map((e) => `${e.type}:${e.mode}:${e.cameo ?? ""}`);
  assert.deepEqual(of("Moldova prezidenti Rumıniya ilə danışıqlara getməyəcəyini bildirib."), ["REJECT:asserted:125"]);
  // look-alikes: a summit not to be attended, talks not held, a visit not to be made
  assert.deepEqual(of("Estoniya Sofiyadakı sammitdə iştirak etməyəcək.").map((x) => x.split(":").slice(0, 2).join(":")), ["CONSULT:negated"]);
  assert.deepEqual(of("Portuqaliya və İspaniya liderləri ötən həftə telefon danışığı aparmayıblar.").map((x) => x.split(":").slice(0, 2).join(":")), ["CONSULT:negated"]);
  assert.deepEqual(of("Slovakiya prezidenti bu həftə Vyanaya səfər etməyəcək.").map((x) => x.split(":").slice(0, 2).join(":")), ["CONSULT:negated"]);
});

test("a body or a group named by its common noun asks on its own (`Nazirlik … tələb edib`); a thing that requires asks nothing", () => {
  const req = (text: string) => events(text).filter((e) => e.type === "REQUEST").map((e) => e.actors.join("+"));
  assert.deepEqual(req("Litva XİN bəyanat yayıb. Nazirlik Polşadan bu addımlara son qoymasını tələb edib."), ["Polşa"]);
  assert.deepEqual(req("NATO bəyanat yayıb. Alyans Belarusdan təlimləri dayandırmasını tələb edib."), ["Belarus"]);
  // look-alikes: a law or a road requires, no side asks
  assert.deepEqual(req("Qanunvericilik Polşadan gələn malların yoxlanılmasını tələb edir."), []);
  assert.deepEqual(req("Bu yol Belarusdan ciddi səylər tələb edir."), []);
});
