// False alarms of the audit of events output on unlabelled news: trips toward towns and areas with no visitor
// (`X və Y rayonlarında`, `X istiqamətində səfər edə bilərlər`), a suspicion told by a passive participle of a
// noun phrase describing someone (`şübhəli bilinən şəxs`), and custody told as a state (`həbsdə olan X`).
// Each cut pattern beside a true event of the same shape that stays. Sentences are invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Event, EventType } from "../src/text/doc.js";
import { eventsWith as events } from "./helpers-events.js";
import { annotate } from "../src/pipeline.js";

const of = (evs: Event[], type: EventType) => evs.filter((e) => e.type === type);
const show = (evs: Event[]) => JSON.stringify(evs.map((e) => `${e.type}:${e.trigger.text}:${e.actors.join("/")}`));

test("towns in a list ending in a place noun are ground, no visitor: trips toward them are no visit", () => {
  const a = events("Səfər çərçivəsində müxbirlər Lerik və Yardımlı rayonlarında olublar.", [["Lerik", "LOC", "Lerik"], ["Yardımlı", "LOC", "Yardımlı"]]);
  assert.equal(of(a, "CONSULT").length, 0, show(a));
  const b = events("Sürücülər artıq Qubadlı, Zəngilan və Kəlbəcər istiqamətlərində səfər edə biləcəklər.",
    [["Qubadlı", "LOC", "Qubadlı"], ["Zəngilan", "LOC", "Zəngilan"], ["Kəlbəcər", "LOC", "Kəlbəcər"]]);
  assert.equal(of(b, "CONSULT").length, 0, show(b));
  const c = events("Əvvəllər yalnız Lerik, Astara şəhərləri və Hirkan qəsəbəsinə səfər üçün icazə vermək mümkün idi.",
    [["Lerik", "LOC", "Lerik"], ["Astara", "LOC", "Astara"], ["Hirkan", "LOC", "Hirkan"]]);
  assert.equal(of(c, "CONSULT").length, 0, show(c));
});

test("a visit by a named person or a state to a town stays", () => {
  const a = events("Norveçin baş naziri Con Smit Lerik rayonuna səfər edib.", [["Norveçin", "LOC", "Norveç"], ["Con Smit", "PER", "Con Smit"], ["Lerik", "LOC", "Lerik"]]);
  const v = of(a, "CONSULT");
  assert.equal(v.length, 1, show(a));
  assert.ok(v[0].actors.includes("Con Smit"), show(a));
  const b = events("Norveç oktyabrın 12-də Fransaya səfərə gedəcək.", [["Norveç", "LOC", "Norveç"], ["Fransaya", "LOC", "Fransa"]]);
  assert.equal(of(b, "CONSULT").length, 1, show(b));
});

test("a suspicion told by a passive participle describing someone is no accusation; told of a side it stays", () => {
  const a = events("Fransa limanını yandırmaqda şübhəli bilinən şəxs əvvəllər orduda xidmət edib.", [["Fransa", "LOC", "Fransa"]]);
  assert.equal(of(a, "ACCUSE").length, 0, show(a));
  const b = events("Norveç gəmisini partlatmaqda şübhəli bilinən norveçli saxlanılıb.", [["Norveç", "LOC", "Norveç"]]);
  assert.equal(of(b, "ACCUSE").length, 0, show(b));
  assert.equal(of(b, "COERCE").length, 1, show(b));
  const c = events("Oslonun meri Con Smit rüşvətxorluqda şübhəli bilinib.", [["Oslonun", "LOC", "Oslo"], ["Con Smit", "PER", "Con Smit"]]);
  assert.equal(of(c, "ACCUSE").length, 1, show(c));
});

test("custody told as a state (`həbsdə olan`, `həbsdə qalır`) is no arrest; kept in custody by a court is one", () => {
  const a = events("Həbsdə olan bloger Con Smit şikayətini geri götürüb.", [["Con Smit", "PER", "Con Smit"]]);
  assert.equal(of(a, "COERCE").length, 0, show(a));
  const b = events("Jurnalist Con Smit hələ də həbsdə qalır.", [["Con Smit", "PER", "Con Smit"]]);
  assert.equal(of(b, "COERCE").length, 0, show(b));
  const c = events("Oslo məhkəməsi Con Smiti həbsdə saxladı.", [["Oslo", "LOC", "Oslo"], ["Con Smiti", "PER", "Con Smit"]]);
  assert.equal(of(c, "COERCE").length, 1, show(c));
  // (whole pipeline: the country in the locative is the state that holds and frees, by the ISO code the link stage gives it)
  const d = annotate({ id: "t", text: "Norveçdə həbsdə saxlanılan jurnalist azadlığa buraxıldı.", document_date: "2025-10-08" }).events;
  assert.equal(of(d, "RETREAT").length, 1, show(d));
});

test("a business's clients as doers or addressees are trade with the public; a contract between two companies stays", () => {
  const a = events("İnteqrasiya nəticəsində müştərilər müqavilələri telefonla imzalayacaqlar.", []);
  assert.equal(of(a, "SUPPORT").length, 0, show(a));
  const b = events("Norbank müştərilərinə yeni rəqəmsal həllər təklif etməyə davam edəcək.", [["Norbank", "ORG", "Norbank"]]);
  assert.equal(of(b, "AGREE").length, 0, show(b));
  const c = events("Norbank və Fjordtel şirkəti arasında əməkdaşlıq müqaviləsi imzalanıb.", [["Norbank", "ORG", "Norbank"], ["Fjordtel", "ORG", "Fjordtel"]]);
  assert.equal(of(c, "SUPPORT").length, 1, show(c));
  const d = events("Norveç Fransaya yeni hərbi əməkdaşlıq proqramı təklif edib.", [["Norveç", "LOC", "Norveç"], ["Fransaya", "LOC", "Fransa"]]);
  assert.equal(of(d, "AGREE").length, 1, show(d));
});
