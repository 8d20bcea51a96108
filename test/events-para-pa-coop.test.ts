// Paraphrases of the cooperative acts (CONSULT … RETREAT) that the pools never showed (helper pa-coop): a resignation
// told by `etmək` or announced, a truce agreed to by its dative, condolences addressed, views exchanged with a named side,
// joint work and joint working groups, visas lifted in other words, charges dropped in other words (src/lang/az/events.ts,
// src/lang/az/events/codebook-cooperation.ts). Sentences written for these tests; each with a look-alike that must not change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { oneEvent as one, pipelineEvents } from "./helpers-events.js";

const events = (text: string) => pipelineEvents(text);
const types = (text: string) => events(text).map((e) => `${e.type}:${e.mode}`);

test("a resignation told by `etmək` or announced is RETREAT, as `istefa verib`", () => {
  one("Baş nazir Con Smit vəzifəsindən istefa edib.", "RETREAT", ["Con Smit"]);
  one("Baş nazir Con Smit istefasını elan edib.", "RETREAT", ["Con Smit"]);
  one("Con Smit istefa etməyəcəyini bildirib.", "RETREAT", ["Con Smit"], "negated");
});

test("look-alike: a resignation demanded is a request, no resignation", () => {
  assert.deepEqual(events("Müxalifət Con Smitin istefa etməsini tələb edib.").map((e) => e.type), ["REQUEST"]);
});

test("a truce agreed to or reached by its dative is RETREAT (ceasefire), with no AGREE of its own", () => {
  one("Tailand və Kamboca atəşkəsə razılaşıblar.", "RETREAT", ["Tailand", "Kamboca"]);
  one("Tailand və Kamboca atəşkəsə nail olublar.", "RETREAT", ["Tailand", "Kamboca"]);
});

test("look-alike: a plan agreed to stays AGREE", () => {
  one("Tailand və Kamboca planın şərtlərinə razılaşıblar.", "AGREE", ["Tailand", "Kamboca"]);
});

test("condolences addressed to a leader are SUPPORT", () => {
  one("Con Smit Pol Brauna dərin hüznlə başsağlığı ünvanlayıb.", "SUPPORT", ["Con Smit", "Pol Braun"]);
});

test("look-alike: a letter addressed with no condolence is no support", () => {
  assert.ok(!types("Con Smit Pol Brauna məktub ünvanlayıb.").some((t) => t.startsWith("SUPPORT")));
});

test("views exchanged with a named side are CONSULT; told after the meeting, one event", () => {
  one("Con Smit Pol Braunla regional məsələlər ətrafında fikir mübadiləsi edib.", "CONSULT", ["Con Smit", "Pol Braun"]);
  one("Con Smitlə Pol Braun arasında fikir mübadiləsi aparılıb.", "CONSULT", ["Con Smit", "Pol Braun"]);
  one("Con Smit Pol Braunla görüşüb. Görüşdə tərəflər regional məsələlər barədə fikir mübadiləsi aparıblar.", "CONSULT", ["Con Smit", "Pol Braun"]);
});

test("look-alike: views exchanged by unnamed participants are no event", () => {
  assert.deepEqual(types("Forumda iştirakçılar yaşıl enerji barədə fikir mübadiləsi aparıblar."), []);
});

test("joint work and a joint working group between sides are COOPERATE", () => {
  one("Azərbaycan və Pakistan kənd təsərrüfatı sahəsində birgə fəaliyyət göstərəcək.", "COOPERATE", ["Azərbaycan", "Pakistan"], "future");
  one("Azərbaycan Pakistanla kənd təsərrüfatı sahəsində birgə layihələr həyata keçirəcək.", "COOPERATE", ["Azərbaycan", "Pakistan"], "future");
  one("Azərbaycan və Çin birgə işçi qrupu yaradıb.", "COOPERATE", ["Azərbaycan", "Çin"]);
});

test("look-alikes: a joint venture at work, a body working alone, a group set up inside a firm", () => {
  assert.ok(!types("SOCAR-la Türkiyənin birgə müəssisəsi Bakıda fəaliyyət göstərir.").some((t) => t.startsWith("COOPERATE")));
  assert.ok(!types("Azərbaycan Pakistanda fəaliyyət göstərir.").some((t) => t.startsWith("COOPERATE")));
  assert.deepEqual(types("Şirkət daxilində işçi qrupu yaradılıb."), []);
});

test("visas lifted in other words are CONCEDE (ease), no release", () => {
  one("Oman Ermənistan vətəndaşlarını vizadan azad edib.", "CONCEDE", ["Oman"]);
  assert.deepEqual(types("Oman vətəndaşları üçün Qətərdə viza rejimi aradan qaldırılıb.").map((t) => t.split(":")[0]), ["CONCEDE"]);
  assert.deepEqual(types("Oman vətəndaşları üçün Qətərdə viza tələbi aradan qaldırılıb.").map((t) => t.split(":")[0]), ["CONCEDE"]);
});

test("look-alikes: freed from detention stays a release; obstacles removed are no concession; a visa-free regime removed restricts", () => {
  one("Con Smit həbsdən azad edilib.", "RETREAT", ["Con Smit"]);
  assert.deepEqual(types("Yolda maneələr aradan qaldırılıb."), []);
  assert.ok(!types("Oman vətəndaşları üçün Qətərdə vizasız rejim aradan qaldırılıb.").some((t) => t.startsWith("CONCEDE")));
  // (a ban lifted keeps its own phrase past `aradan`)
  one("Norveç Con Smitin ölkədən çıxma qadağasını aradan qaldırıb.", "CONCEDE", ["Norveç", "Con Smit"]);
});

test("charges dropped in other words are CONCEDE (080)", () => {
  one("Con Smit məhkəmədə bəraət qazanıb.", "CONCEDE", ["Con Smit"]);
  one("Con Smitə qarşı cinayət işi dayandırılıb.", "CONCEDE", ["Con Smit"]);
});

test("look-alikes: a case opened, a firm's work halted, justifying a crime", () => {
  assert.ok(!types("Con Smitə qarşı cinayət işi başlanıb.").some((t) => t.startsWith("CONCEDE")));
  assert.ok(!types("Şirkətin işi dayandırılıb.").some((t) => t.startsWith("CONCEDE")));
  assert.ok(!types("Con Smit terrorizmə bəraət qazandırmaqda ittiham olunur.").some((t) => t.startsWith("CONCEDE")));
});

test("support declared once more, aid sent off, a pardon in the passive of `olunmaq`", () => {
  one("Pakistan Azərbaycana dəstəyini bir daha bəyan edib.", "SUPPORT", ["Pakistan", "Azərbaycan"]);
  one("Türkiyə Suriyaya humanitar yardım yola salıb.", "AID", ["Türkiyə", "Suriya"]);
  one("Con Smit əfv olunub.", "CONCEDE", ["Con Smit"]);
});

test("look-alike: residents waiting for aid set off on the road give no aid", () => {
  assert.deepEqual(types("Yardım gözləyən sakinlər yola çıxıb."), []);
});

test("interest stated in an act by its locative infinitive is AGREE, asserted", () => {
  one("Con Smit Pol Braunla əməkdaşlığı genişləndirməkdə maraqlı olduğunu bildirib.", "AGREE", ["Con Smit", "Pol Braun"]);
  one("Yaponiya Azərbaycana investisiya yatırmaqda maraqlıdır.", "AGREE", ["Yaponiya", "Azərbaycan"]);
});

test("look-alikes: an interest in a pastime or none stated promises nothing", () => {
  assert.deepEqual(types("Con Smit futbola baxmaqda maraqlıdır."), []);
  assert.ok(!types("Con Smit Pol Braunla görüşməkdə maraqlı deyil.").some((t) => t === "AGREE:asserted"));
});
