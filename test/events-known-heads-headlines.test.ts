// Headline misses whose trigger head the tables knew, on sentences written for these tests: an event noun whose light
// verb a headline drops before a colon, a passive with no side named in a country, a war called possible in a quotation
// that goes on after it, and a quoted name whose case ending is written after its closing mark.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" }).events ?? [];
const sides = (text: string) => events(text).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);

test("a headline's event noun with `etmək` dropped before a colon is the act", () => {
  assert.deepEqual(sides('Paşinyandan Əliyevə ittiham: "Sülhü pozurlar"'), ["ACCUSE:Paşinyan|Əliyev"]);
  // a ban with no side named in a country is that state's, as in the passive
  assert.deepEqual(sides("Fransada ərəb adlarına yeni qadağa: Sistemə giriş ödənişli oldu"), ["COERCE:Fransa"]);
  // look-alikes: a noun of another light verb (`iclas keçirilib`) or a list's label before a colon tells no act
  assert.deepEqual(sides("Parlamentdə vacib iclas: Əliyev qərar verəcək").filter((s) => s.startsWith("CONSULT")), []);
  assert.deepEqual(sides("Cəmi öhdəlik: 2.392 manat"), []);
  // nor does the bare noun inside a sentence, with no colon after it
  assert.deepEqual(sides("Paşinyandan Əliyevə ittiham gözlənilmir."), []);
});

test("a passive with no side named in a country is that state's act", () => {
  assert.deepEqual(sides("Gürcüstanda iki nazir istefaya göndərildi"), ["RETREAT:Gürcüstan"]);
  // look-alike: an active clause's unnamed doer is no state (`məktəbli atəş açıb`)
  assert.deepEqual(sides("Gürcüstanda məktəbli dərs zamanı atəş açdı"), []);
});

test("a war called possible may come; called impossible, it is no event", () => {
  assert.deepEqual(events("Pakistanla Hindistan arasında yeni müharibə mümkündür").map((e) => `${e.type}:${e.mode}`), ["ASSAULT:possible"]);
  // in a quotation that goes on past a conjunction, the phrase still closes its clause
  assert.deepEqual(events('Ekspert: "Pakistanla Hindistan arasında yeni müharibə mümkündür və bu dəfə daha ağır ola bilər"').map((e) => `${e.type}:${e.mode}`), ["ASSAULT:possible"]);
  assert.deepEqual(events('Ekspert: "Pakistanla Hindistan arasında müharibə mümkün deyil"'), []);
});

test("a quoted name's case ending written after its closing mark gives the name that case", () => {
  assert.deepEqual(sides('Con Smit "Reuters"i ən bərbad agentlik adlandırıb'), ["ACCUSE:Con Smit|Reuters"]);
  // look-alike: a quoted name in the nominative before the slur's owner is no object
  assert.deepEqual(sides('Con Smit "Reuters" agentliyinin xəbərini bərbad adlandırıb'), []);
});
