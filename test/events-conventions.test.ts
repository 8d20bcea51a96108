// Conventions the gold annotators share, on sentences written for these tests: a criminal case opened in a country
// with no agent is that state's act (as arrests there are); a plan told undated and then dated under the office of
// its doer's state is one act, on that date; consenting to an act of another kind is that act, no agreement of its own;
// the source of what is told (`X-in verdiyi məlumata görə`) is no side of it; an act told again naming the state of a
// person told first is that act.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" }).events ?? [];
const sides = (text: string) => events(text).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);

test("a criminal case opened in a country with no agent named is the state's inquiry (CAMEO 091)", () => {
  assert.deepEqual(sides("Norveçdə keçmiş nazirə qarşı cinayət işi açılıb."), ["ACCUSE:Norveç"]);
  // before a name the case is about, the state still comes first
  assert.equal(events("Norveçdə \"Volvo\" ilə bağlı paylaşım edən jurnalistlərə qarşı cinayət işi açılıb.")[0]?.actors[0], "Norveç");
});

test("look-alikes: a city names no side of the case, and a named agent keeps its act", () => {
  // (a city or district is no state, as for arrests there)
  assert.deepEqual(sides("Bergendə keçmiş nazirə qarşı cinayət işi açılıb."), []);
  // criticism in a country is no inquiry: the country is not made its doer
  assert.ok(!events("Norveçdə hökumətin qərarı Fransa tərəfindən tənqid edilib.").some((e) => e.actors[0] === "Norveç"));
});

test("a plan told undated, then dated under its doer's office (`X hökumətinin başçısının səfəri`), is one act on that date", () => {
  const evs = events("Norveçin Baş naziri Con Smit yaxın günlərdə Fransaya səfər edəcəyini təsdiqləyib. O, bu barədə jurnalistlərə deyib. " +
    "Norveç hökumətinin başçısının səfəri dekabrın 2-nə planlaşdırılıb.");
  assert.equal(evs.length, 1);
  assert.equal(evs[0].date, "2025-12-02");
  assert.ok(evs[0].actors.includes("Con Smit") && evs[0].actors.includes("Fransa"));
});

test("look-alike: another state's head visiting on that date is another visit", () => {
  const evs = events("Norveçin Baş naziri Con Smit yaxın günlərdə Fransaya səfər edəcəyini təsdiqləyib. " +
    "Danimarka hökumətinin başçısının səfəri dekabrın 2-nə planlaşdırılıb.");
  assert.equal(evs.length, 2);
});

test("consenting to an act of another kind (`sanksiyaların uzadılmasına razılıq verib`) is that act, no agreement", () => {
  assert.deepEqual(sides("Avropa İttifaqı Norveçə qarşı sanksiyaların uzadılmasına razılıq verib."), ["SANCTION:Avropa İttifaqı|Norveç"]);
  assert.deepEqual(sides("Avropa İttifaqı Norveçə qarşı sanksiyalara razılıq verib."), ["SANCTION:Avropa İttifaqı|Norveç"]);
  assert.deepEqual(events("Con Smit prezident postundan getməyə razılaşıb.").map((e) => e.type), ["RETREAT"]);
});

test("look-alikes: consent to cooperate is an agreement, and an agreement with no act before it stays", () => {
  // (GUIDELINES: intent to cooperate is AGREE)
  assert.ok(events("Norveç Fransa ilə sazişin imzalanmasına razılıq verib.").some((e) => e.type === "AGREE"));
  assert.ok(events("Norveç Fransa ilə danışıqlara razılıq verib.").some((e) => e.type === "AGREE"));
  assert.deepEqual(events("Norveç Fransa ilə razılaşıb.").map((e) => e.type), ["AGREE"]);
});

test("the giver of the information an act is told by (`X-in verdiyi məlumata görə`) is no side of the act", () => {
  assert.deepEqual(sides("Ağ Evin verdiyi məlumata görə, fərman bəzi ölkələrdən gətirilən mallara rüsumların tətbiqini nəzərdə tutur."), []);
  assert.deepEqual(sides("Ağ Evin verdiyi məlumata görə, Con Smit Norveçə səfər edəcək."), ["CONSULT:Con Smit|Norveç"]);
});

test("look-alike: a genitive owning what was given that is no information keeps its act (`X-in verdiyi yardım`)", () => {
  assert.ok(events("Norveçin verdiyi yardıma görə Con Smit Norveçi təbrik edib.").some((e) => e.type === "AID" && e.actors[0] === "Norveç"));
});

test("an act told again naming the states of the people told first is that act (once per document)", () => {
  assert.equal(events("Norveç Prezidenti Con Smit Fransa Prezidenti Pol Cekson ilə görüşüb. Norveç və Fransa arasında danışıqlar aparılıb.").length, 1);
  assert.equal(events("Norveçin Baş naziri Con Smit Fransaya qarşı rüsumları təsdiqləyib. Norveç Fransaya qarşı rüsumlar tətbiq edib.").length, 1);
});

test("look-alike: talks of the state with a side not met before are another act", () => {
  assert.equal(events("Norveç Prezidenti Con Smit Fransa Prezidenti Pol Cekson ilə görüşüb. Norveç və İspaniya arasında danışıqlar aparılıb.").length, 2);
});
