// Articles of economic politics between states and companies (tariffs and trade wars, OPEC+ decisions, the Fed and the
// White House, regulators fining firms, sanctions on companies and banks, IMF and World Bank loans, nationalisations),
// written for these tests: a postponed application of tariffs, the verb a negated aorist describes, a month of what is
// agreed, a weekday of a plan, `eyni gündə`, a lead dated by its decision, quoted firms as objects, a compound owned by a
// genitive, a fine told by its verb and its noun, the sides as a group going on with the story, readiness denied, a
// dismissal, a nationalisation, a veto given up, and a foreign first name before a known surname.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-06-16") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const show = (text: string, date?: string) => events(text, date).map((e) => `${e.type}:${e.date}:${e.mode}:${e.actors.join("|")}`);
const times = (text: string, date?: string) => doc(text, date).timexes.map((t) => `${t.text}=${t.value}`);

test("tariffs whose application is put off are eased (RETREAT), not imposed", () => {
  const [e] = events("Ağ Ev Çinə qarşı rüsumların tətbiqini 90 gün müddətinə təxirə salıb.", "2025-04-10");
  assert.equal(e.type, "RETREAT");
  assert.ok(e.actors.includes("Ağ Ev"));
  // look-alike: their application announced is imposing them
  assert.deepEqual(events("Tramp Çinə qarşı rüsumların tətbiqini elan edib.", "2025-04-10").map((x) => x.type), ["SANCTION"]);
});

test("a negated aorist before a verb describes its act (`dəyişməz saxlamışdı`): the verb after it dates the day", () => {
  assert.deepEqual(times("Xatırladaq ki, iyunun 18-də FES faiz dərəcəsini dəyişməz saxlamışdı.", "2025-07-18"), ["iyunun 18-də=2025-06-18"]);
  // look-alike: with a future verb after it the day is the coming one
  assert.deepEqual(times("İyunun 18-də FES faiz dərəcəsini dəyişməz saxlayacaq.", "2025-07-18"), ["İyunun 18-də=2026-06-18"]);
});

test("a month in the clause of an infinitive told agreed (`iyul ayında … artırmaq barədə razılığa gəliblər`) is the coming one", () => {
  assert.deepEqual(times("OPEC+ ölkələri iyul ayında hasilatı artırmaq barədə razılığa gəliblər.", "2025-06-01"), ["iyul ayında=2025-07"]);
  // look-alike: a month wholly ahead of a past verb with no plan is last year's
  assert.deepEqual(times("İyul ayında hasilat artırılıb.", "2025-06-01"), ["İyul ayında=2024-07"]);
});

test("a weekday of a plan told to a past verb of saying is the coming one", () => {
  const text = "Klaudiya Şeynbaum cavab tədbirlərini bazar günü açıqlayacağını bildirib. O, ABŞ-ı günahlandırıb.";
  assert.deepEqual(times(text, "2025-03-05"), ["bazar günü=2025-03-09"]);
  // (the past act after it is not carried onto the coming day)
  assert.equal(events(text, "2025-03-05").find((e) => e.type === "ACCUSE")?.date, "2025-03-05");
  // look-alike: a weekday of an act told done is the last one
  assert.deepEqual(times("Klaudiya Şeynbaum bazar günü cavab tədbirlərini açıqlayıb.", "2025-03-05"), ["bazar günü=2025-03-02"]);
});

test("`Eyni gündə` is the day just named", () => {
  const text = "Saziş mayın 19-da imzalanıb. Eyni gündə Şavkat Mirziyoyev Ayay Banqanı qəbul edib.";
  assert.deepEqual(show(text, "2025-05-20").filter((s) => s.startsWith("CONSULT")), ["CONSULT:2025-05-19:asserted:Şavkat Mirziyoyev|Ayay Banqa"]);
  // look-alike: `Eyni zamanda` (meanwhile) names no day
  assert.deepEqual(times("Eyni zamanda Tramp Putinlə görüşüb.", "2025-05-20"), []);
});

test("a lead told undated, then its decision opening the next sentence with a date (`Qərar çərşənbə günü … elan edilib`)", () => {
  const text = 'Avropa Komissiyası "Apple" və "Meta" şirkətlərini 700 milyon avro cərimələyib. Qərar çərşənbə günü Brüsseldə elan edilib.';
  assert.deepEqual(show(text, "2025-04-24"), ["COERCE:2025-04-23:asserted:Avropa Komissiyası|Apple|Meta"]);
  // (and past a word before the noun: `Müvafiq saziş …`)
  const loan = "Dünya Bankı Özbəkistana 500 milyon dollar kredit ayırıb. Müvafiq saziş mayın 19-da Daşkənddə imzalanıb.";
  assert.equal(events(loan, "2025-05-20").find((e) => e.type === "AID")?.date, "2025-05-19");
  // look-alike: a sentence opening otherwise tells another act on its own day
  const other = 'Avropa Komissiyası "Apple" şirkətini cərimələyib. Çərşənbə günü Brüsseldə yeni qaydalar elan edilib.';
  assert.equal(events(other, "2025-04-24").find((e) => e.type === "COERCE")?.date, "2025-04-24");
});

test("quoted firms are the objects their case-bearing noun or the last of them takes (`\"X\" şirkətinə`, `\"X\" və \"Y\"a`)", () => {
  assert.deepEqual(show('ABŞ Maliyyə Nazirliyi "Rosneft" və "Lukoil"a qarşı sanksiyalar tətbiq edib.', "2025-10-23"),
    ["SANCTION:2025-10-23:asserted:ABŞ Maliyyə Nazirliyi|ABŞ|Rosneft|Lukoil"]);
  assert.deepEqual(show('ABŞ "Rosneft" şirkətinə sanksiya tətbiq edib.', "2025-10-23"), ["SANCTION:2025-10-23:asserted:ABŞ|Rosneft"]);
  // look-alike: a quoted firm before its noun in no case is the subject
  assert.equal(events('"Apple" şirkəti Avropa Komissiyasını tənqid edib.', "2025-04-24")[0]?.actors[0], "Apple");
});

test("a genitive owning a compound (`ABŞ-ın kənd təsərrüfatı məhsullarına`) is no subject of the reported act", () => {
  const [e] = events("Çin də ABŞ-ın kənd təsərrüfatı məhsullarına 15 faizədək əlavə rüsum tətbiq edəcəyini açıqlayıb.", "2025-03-05");
  assert.deepEqual(e.actors, ["Çin", "ABŞ"]);
  // look-alike: a genitive before the reported verb is its subject
  assert.equal(events("Tramp Çinin ABŞ-a rüsum tətbiq edəcəyini bildirib.", "2025-03-05")[0]?.actors[0], "Çin");
});

test("a fine told by its verb, then by its noun, is one act (`cərimələyib … cərimə tətbiq olunub`)", () => {
  const text = 'Avropa Komissiyası "Apple" və "Meta" şirkətlərini cərimələyib. "Apple" şirkətinə 500 milyon, "Meta"ya isə 200 milyon avro cərimə tətbiq olunub.';
  assert.equal(events(text, "2025-04-24").filter((e) => e.type === "COERCE").length, 1);
  // look-alike: a fine on another firm is another act
  const two = 'Avropa Komissiyası "Apple" şirkətini cərimələyib. "Google" şirkətinə də cərimə tətbiq olunub.';
  assert.equal(events(two, "2025-04-24").filter((e) => e.type === "COERCE").length, 2);
});

test("the sides as a group opening a sentence (`Tərəflər …`) go on with the dated story", () => {
  const text = "Donald Tramp və Ursula fon der Lyayen bazar günü ticarət sazişi barədə razılığa gəliblər. Tərəflər Şotlandiyada görüş keçiriblər.";
  assert.ok(show(text, "2025-07-28").some((s) => s.startsWith("CONSULT:2025-07-27")));
  // look-alike: a sentence opening with a name turns to another act, on the news's day
  const other = "Donald Tramp və Ursula fon der Lyayen bazar günü ticarət sazişi barədə razılığa gəliblər. Makron Berlində Merts ilə görüş keçirib.";
  assert.ok(show(other, "2025-07-28").some((s) => s.startsWith("CONSULT:2025-07-28")));
});

test("readiness or intent denied (`hazır olmadığını`, `niyyətində olmadığını`) is negated, not stated", () => {
  assert.deepEqual(show("Tramp Putinlə görüşməyə hazır olmadığını bildirib.", "2025-07-21"), ["AGREE:2025-07-21:negated:Tramp|Putin"]);
  assert.equal(events("Tramp Pauelli istefaya göndərmək niyyətində olmadığını bildirib.", "2025-07-21")[0]?.mode, "negated");
  // look-alike: readiness stated
  assert.deepEqual(show("Tramp Putinlə görüşməyə hazırdır.", "2025-07-21"), ["AGREE:2025-07-21:asserted:Tramp|Putin"]);
});

test("someone sent into retirement by a named doer is dismissed (COERCE), the passive a resignation", () => {
  const [e] = events("Prezident Kasım-Jomart Tokayev nazir Əli Həsənovu istefaya göndərib.", "2025-07-21");
  assert.equal(e.type, "COERCE");
  // look-alike: sent into retirement, no doer named
  assert.deepEqual(events("Nazir Əli Həsənov istefaya göndərilib.", "2025-07-21").map((x) => x.type), ["RETREAT"]);
});

test("a mine or firm nationalised is seized (COERCE 171) by the state, not by the owner named before the firm", () => {
  const [e] = events('Niger hökuməti Fransanın "Orano" şirkətinə məxsus SOMAIR uran mədənini milliləşdirdiyini elan edib.', "2025-06-20");
  assert.equal(e.type, "COERCE");
  assert.equal(e.actors[0], "Niger");
  // look-alike: a policy of nationalisation named is no act
  assert.deepEqual(events("Nazir milliləşdirmə siyasəti barədə danışıb.", "2025-06-20").filter((x) => x.type === "COERCE"), []);
});

test("a veto given up (`vetodan imtina edib`) is a concession; other refusals stay REJECT", () => {
  assert.deepEqual(show("Robert Fitso vetodan imtina edib.", "2025-07-21"), ["CONCEDE:2025-07-21:asserted:Robert Fitso"]);
  assert.deepEqual(events("Robert Fitso danışıqlardan imtina edib.", "2025-07-21").map((x) => x.type), ["REJECT"]);
});

test("a foreign given name before a known person's surname is one person (`Cerom Pauell`)", () => {
  const per = doc("Tramp FES-in sədri Cerom Pauelli tənqid edib.").entities.filter((e) => e.type === "PER").map((e) => e.name);
  assert.deepEqual(per, ["Tramp", "Cerom Pauell"]);
});
