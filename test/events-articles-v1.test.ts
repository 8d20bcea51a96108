// Whole articles of diplomacy and regional politics (visits, receptions, calls, summons, resignations abroad), written
// for these tests: a plan's month told to a past verb of saying, a time word after a name, "our" head of state, a post's
// noun naming the person it titled, a day of a visit as the time of another act, a reception in the passive of `olunmaq`,
// a possessed event noun before `olmaq`, a press conference, a
// resignation accepted, an object pronoun going on with the story, a congratulation's letter, countermeasures promised.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-05-28") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const sides = (text: string, date?: string) => events(text, date).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);
const values = (text: string, date?: string) => doc(text, date).timexes.map((x) => x.value);

test("a month a plan told to a past verb of saying takes is the coming one (`iyun ayında gələcəyini bildirib`)", () => {
  assert.deepEqual(values("Rəcəb Tayyib Ərdoğan iyun ayında Bakıya səfərə gələcəyini bildirib."), ["2025-06"]);
  const [visit] = events("Rəcəb Tayyib Ərdoğan iyun ayında Bakıya səfərə gələcəyini bildirib.");
  assert.deepEqual([visit.type, visit.date, visit.mode], ["CONSULT", "2025-06", "future"]);
});

test("look-alike: a month told done, wholly ahead, is last year's; a day of a plan keeps its slack", () => {
  assert.deepEqual(values("Noyabrda seçki keçirilib.", "2025-10-20"), ["2024-11"]);
  assert.deepEqual(values("Nazir mayın 5-də Bakıya gələcəyini bildirib."), ["2025-05-05"]);
});

test("a time word right after a name is the clause's adverbial: the name stays the subject (`X iyun ayında …`)", () => {
  assert.deepEqual(sides("Rəcəb Tayyib Ərdoğan iyun ayında Bakıya səfər edəcək."), ["CONSULT:Azərbaycan|Rəcəb Tayyib Ərdoğan"]);
  // look-alike: a name before a possessed noun in no time expression still modifies it
  assert.deepEqual(sides("ABŞ universitetlərində tələbələr etiraz aksiyası keçirib."), ["PROTEST:ABŞ"]);
});

test("`Dövlətimizin başçısı` is the home country's head of state, though another president was named", () => {
  const thanks = events("Prezident İlham Əliyev Türkiyə Prezidenti Rəcəb Tayyib Ərdoğanla telefonla danışıb. Türkiyə lideri " +
    "Azərbaycan xalqını təbrik edib. Dövlətimizin başçısı Rəcəb Tayyib Ərdoğana təşəkkür edib.").find((e) => e.trigger.text === "təşəkkür edib");
  assert.equal(thanks?.actors[0], "İlham Əliyev");
  // look-alike: a head of state with a country before it is that country's
  const other = events("Prezident İlham Əliyev Qazaxıstan Prezidenti Kasım-Jomart Tokayevlə görüşüb. Qazaxıstanın dövlət başçısı " +
    "Azərbaycana təşəkkür edib.").find((e) => e.type === "SUPPORT");
  assert.equal(other?.actors[0], "Kasım-Jomart Tokayev");
});

test("a post's noun opening a sentence names the one person the article titled with it (`Nazir …`, `Ali nümayəndə …`)", () => {
  const blame = events("Kaya Kallas xarici işlər naziri Ceyhun Bayramovla görüşüb. Nazir Avropa Parlamentini tənqid edib.")
    .find((e) => e.type === "ACCUSE");
  assert.deepEqual(blame?.actors, ["Ceyhun Bayramov", "Avropa Parlamenti"]);
  const links = doc("Aİ-nin ali nümayəndəsi Kaya Kallas Bakıya gəlib. Ali nümayəndə Prezident İlham Əliyev tərəfindən qəbul olunub.").links ?? [];
  assert.ok(links.some((l) => l.text === "nümayəndə" && l.name === "Kaya Kallas"));
});

test("look-alike: two people titled with the noun, or the noun inside a sentence, name no one", () => {
  const blame = events("Kaya Kallas xarici işlər naziri Ceyhun Bayramovla və müdafiə naziri Zakir Həsənovla görüşüb. Nazir Avropa " +
    "Parlamentini tənqid edib.").find((e) => e.type === "ACCUSE");
  assert.deepEqual(blame?.actors, ["Avropa Parlamenti"]);
  const links = doc("Xarici işlər naziri Ceyhun Bayramov Bakıda çıxış edib. Onun müavini nazir vəzifəsinə təyin olunub.").links ?? [];
  assert.ok(!links.some((l) => l.text.toLowerCase() === "nazir"));
});

test("a visit's day opening a sentence (`Səfərin ilk günü …`) is the time of another act, no visit of its own", () => {
  assert.deepEqual(sides("Sadır Japarov fevralın 19-da Azərbaycana səfərə gəlib. Səfərin ilk günü Zabrat hava limanında qonağı " +
    "rəsmi şəxslər qarşılayıb.", "2025-02-20"), ["CONSULT:Azərbaycan|Sadır Japarov"]);
  // look-alike: a visit owned by its visitor and placed (`X-in Y-ə səfərinin ikinci günü`) is told
  assert.ok(sides("Sadır Japarovun Azərbaycana səfərinin ikinci günü İlham Əliyevlə görüşü olub.", "2025-02-20")
    .includes("CONSULT:Azərbaycan|Sadır Japarov"));
});

test("a guest received in the passive of `olunmaq` by a named host (`X Y tərəfindən qəbul olunub`) is a reception", () => {
  assert.deepEqual(sides("Kaya Kallas Prezident İlham Əliyev tərəfindən qəbul olunub.", "2025-04-25"), ["CONSULT:Kaya Kallas|İlham Əliyev"]);
  // look-alikes: hired, or a law adopted
  assert.deepEqual(events("Anar Məmmədov şirkət rəhbəri Elçin Quliyev tərəfindən işə qəbul olunub."), []);
  assert.deepEqual(events("Qanun Milli Məclis tərəfindən qəbul olunub."), []);
});

test("a possessed event noun before `olmaq` keeps its owner (`X-in Y ilə görüşü olacaq`)", () => {
  assert.deepEqual(sides("Məsud Pezeşkianın İlham Əliyevlə görüşü olacaq.", "2025-04-29"), ["CONSULT:Məsud Pezeşkian|İlham Əliyev"]);
  // look-alike: a noun that is what a phrase acts on keeps its owner as the one acted on
  // (the first sentence is an act of its own: citizenship stripped, test/events-articles-l28.test.ts)
  const ban = events("Ərşad Xankişiyev Rusiya vətəndaşlığından çıxarılıb. Onun Rusiyaya girişi də qadağan olunub.", "2025-08-19")
    .find((e) => e.trigger.text.includes("qadağan"));
  assert.equal(ban?.actors[0], "Rusiya");
});

test("a press conference given alone meets no one; one given together does", () => {
  assert.deepEqual(events("Miloş Vuçeviç mətbuat konfransında bildirib ki, hökumət işləyir."), []);
  assert.deepEqual(sides("Donald Tramp Kir Starmerlə birgə mətbuat konfransında çıxış edib."), ["CONSULT:Donald Tramp|Kir Starmer"]);
});

test("a resignation accepted with no owner named is the one told before, not the acceptor's", () => {
  assert.deepEqual(sides("Miloş Vuçeviç istefa verib. Prezident Aleksandar Vuçiç istefanı qəbul edəcəyini bildirib."), ["RETREAT:Miloş Vuçeviç"]);
  // look-alike: with its owner named it is that person's resignation
  assert.deepEqual(sides("Prezident Aydın Kərimov nazir Samir Qasımovun istefasını qəbul edib."), ["RETREAT:Aydın Kərimov|Samir Qasımov"]);
});

test("a sentence opening with an object pronoun goes on with the story: its act is on the date just told", () => {
  const charge = events("Bundan bir gün əvvəl Ermənistan Milli Təhlükəsizlik Xidməti arxiyepiskop Baqrat Qalstanyanı həbs edib. Ona " +
    "dövlət çevrilişinə cəhddə ittiham irəli sürülüb.", "2025-06-26").find((e) => e.type === "ACCUSE");
  assert.equal(charge?.date, "2025-06-25");
  // look-alike: one opening with a name turns to another act
  const blame = events("Bundan bir gün əvvəl Ermənistan Milli Təhlükəsizlik Xidməti arxiyepiskop Baqrat Qalstanyanı həbs edib. Nikol " +
    "Paşinyan kilsə rəhbərliyini günahlandırıb.", "2025-06-26").find((e) => e.type === "ACCUSE");
  assert.notEqual(blame?.date, "2025-06-25");
});

test("a congratulation's letter quoted after it is the congratulator's (`Təbrik məktubunda deyilir: …`)", () => {
  const [q] = doc("Prezident İlham Əliyev Fridrix Mertsi təbrik edib. Təbrik məktubunda deyilir: \"Əminəm ki, əlaqələrimiz bundan " +
    "sonra da inkişaf edəcək\".", "2025-05-07").quotes ?? [];
  assert.equal(q?.speaker, "İlham Əliyev");
});

test("countermeasures promised or held out threaten (`cavab tədbirləri görə bilər`); taken, they do not", () => {
  assert.deepEqual(sides("Sergey Lavrov bildirib ki, Moskva Azərbaycana qarşı cavab tədbirləri görə bilər.", "2025-07-02"), ["THREATEN:Azərbaycan|Rusiya"]);
  assert.deepEqual(events("Rusiya ötən həftə Azərbaycana qarşı cavab tədbirləri görüb.", "2025-07-02"), []);
});
