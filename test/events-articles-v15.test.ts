// Articles of Russia–Azerbaijan relations (summits and meetings on their sidelines, the 2024 airliner crash and its
// aftermath, raids and detentions, envoys summoned, ties cut back, Georgia's regions, the war in Ukraine told from Baku),
// written for these tests: a blow to relations, a war's start as a bound of time, the date of a cause in a participle clause,
// an invitation accepted, a step met with regret, a person titled before a ministry, a chargé d'affaires summoned and
// the note handed to him, an incident called unacceptable, days of culture called off.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-07-01") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const sides = (text: string, date?: string) => events(text, date).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);
const types = (text: string, date?: string) => events(text, date).map((e) => e.type);

test("a blow to the ties between two states (`münasibətlərə ciddi zərbədir`) is no strike", () => {
  const lead = "Rusiya Azərbaycanı tənqid edib. ";
  assert.deepEqual(types(lead + "\"Bu, iki ölkə arasındakı münasibətlərə ciddi zərbədir\", - Zaxarova deyib."), ["ACCUSE"]);
  assert.deepEqual(types(lead + "\"Bu kampaniya iki ölkə arasındakı münasibətlərə ağır zərbə vurur\", - deputat deyib."), ["ACCUSE"]);
  assert.deepEqual(types(lead + "Bu, Rusiya ilə Azərbaycan arasındakı əlaqələrə zərbə vurdu."), ["ACCUSE"]);
  // look-alike: a strike on a state's city stays one
  assert.deepEqual(sides("Rusiya Ukraynanın Odessa şəhərinə zərbə endirib."), ["ASSAULT:Rusiya|Ukrayna"]);
});

test("the start of a war naming no side, as a bound of time (`müharibə başlayandan bəri`), is no war fought", () => {
  assert.deepEqual(types("Azərbaycan müharibə başlayandan bəri Ukraynaya humanitar yardım göstərib."), ["AID"]);
  assert.deepEqual(types("Azərbaycan müharibə başlayalı Ukraynaya humanitar yardım göstərir."), ["AID"]);
  // look-alike: a war begun between named sides stays one
  assert.deepEqual(sides("Rusiya ilə Ukrayna arasında müharibə başlayıb."), ["ASSAULT:Rusiya|Ukrayna"]);
});

test("a date in a participle clause describing the act's cause (`dekabrda baş vermiş faciəyə görə`) is the cause's", () => {
  const apology = events("Görüşdə Rusiya Prezidenti ötən ilin dekabrında Qroznı yaxınlığında baş vermiş faciəyə görə bir daha üzr istəyib.")
    .find((e) => e.type === "CONCEDE");
  assert.ok(apology && apology.date !== "2024-12");
  const demand = events("Azərbaycan Rusiyadan ötən il dekabrın 25-də Aktau yaxınlığında qəzaya uğrayan AZAL təyyarəsinə görə kompensasiya ödəməyi tələb edib.")
    .find((e) => e.type === "REQUEST");
  assert.ok(demand && demand.date !== "2024-12-25");
  // look-alikes: the gathering taken part in keeps its date, and so does the act dated in its own clause
  assert.equal(events("İlham Əliyev iyunun 27-də keçirilən sammitə qatılıb.")[0]?.date, "2025-06-27");
  assert.equal(events("Putin dekabrda faciəyə görə üzr istəyib.")[0]?.date, "2024-12");
});

test("an invitation accepted with a word of manner between (`dəvət məmnunluqla qəbul olunub`) is agreed, no guest received", () => {
  assert.deepEqual(types("İlham Əliyev Tokayevi Bakıya səfərə dəvət edib və dəvət məmnunluqla qəbul olunub.", "2025-05-28"), ["AGREE", "AGREE"]);
  // look-alike: a guest received stays a meeting
  assert.deepEqual(types("Aleksey Overçuk Prezident İlham Əliyev tərəfindən qəbul olunub."), ["CONSULT"]);
});

test("a step met with regret (`addımını təəssüflə qarşılayıb`) is disapproval, no guest met", () => {
  assert.deepEqual(sides("Kreml isə Bakının addımını təəssüflə qarşılayıb."), ["ACCUSE:Azərbaycan|Kreml"]);
  // look-alike: a guest met at the airport stays a meeting
  assert.deepEqual(types("İlham Əliyev Putini hava limanında qarşılayıb."), ["CONSULT"]);
});

test("a person titled or named before a ministry is no part of its name", () => {
  const ents = (text: string) => (doc(text).entities ?? []).map((e) => `${e.type}:${e.text}`);
  assert.deepEqual(ents("Səfirliyin müvəqqəti işlər vəkili Pyotr Volokovıx Xarici İşlər Nazirliyinə çağırılıb."),
    ["PER:Pyotr Volokovıx", "ORG:Xarici İşlər Nazirliyinə"]);
  assert.deepEqual(ents("İclasda Baş nazirin müavini Şahin Mustafayev və Rusiya Hökuməti sədrinin müavini Aleksey Overçuk iştirak ediblər."),
    ["PER:Şahin Mustafayev", "ORG:Rusiya Hökuməti", "PER:Aleksey Overçuk"]);
  // look-alike: a body named after a person stays one name
  assert.deepEqual(ents("Heydər Əliyev Fondunun prezidenti Mehriban Əliyeva çıxış edib."), ["ORG:Heydər Əliyev Fondunun", "PER:Mehriban Əliyeva"]);
});

test("a chargé d'affaires summoned is a complaint (ACCUSE 114), and the note handed to him the next sentence is that act", () => {
  const text = "Rusiyanın Azərbaycandakı səfirliyinin müvəqqəti işlər vəkili Pyotr Volokovıx Xarici İşlər Nazirliyinə çağırılıb. " +
    "Nazirliyin məlumatına görə, ona etiraz notası təqdim olunub.";
  const es = events(text);
  assert.equal(es.length, 1);
  assert.ok(es[0].type === "ACCUSE" && es[0].cameo === "114" && es[0].actors.includes("Pyotr Volokovıx"));
  // look-alike: a side acting itself the next sentence under the same code tells another act (thanks, then support)
  assert.deepEqual(types("Zelenski Azərbaycana yardıma görə təşəkkür edib. Azərbaycan Ukraynanın ərazi bütövlüyünü dəstəklədiyini bəyan edib."),
    ["SUPPORT", "SUPPORT"]);
});

test("an incident of harm called unacceptable is condemned (ACCUSE); a step so called is still rejected", () => {
  assert.deepEqual(types("Azərbaycan tərəfi iki soydaşımızın həlak olmasını kəskin pisləyib və bu hadisəni qəbuledilməz adlandırıb."), ["ACCUSE"]);
  assert.deepEqual(types("Nazirlik Rusiyanın hücumunu qəbuledilməz adlandırıb."), ["ACCUSE"]);
  // look-alike: a proposal called unacceptable is turned down
  assert.deepEqual(sides("Bakı Moskvanın təklifini qəbuledilməz hesab edib."), ["REJECT:Azərbaycan|Rusiya"]);
});

test("a state's days of culture called off (`Rusiya mədəniyyət günlərini ləğv edib`) cut ties back (SANCTION), no ban", () => {
  assert.deepEqual(sides("Həmçinin Mədəniyyət Nazirliyi Bakıda keçirilməsi planlaşdırılan Rusiya mədəniyyət günlərini ləğv edib."),
    ["SANCTION:Mədəniyyət Nazirliyi|Rusiya"]);
  // look-alikes: days of no state, a festival called off
  assert.deepEqual(types("Nazirlik bayram günlərini ləğv edib."), []);
  assert.deepEqual(types("Mədəniyyət Nazirliyi festivalı ləğv edib."), []);
});

test("contacts with a named body stopped (`Dövlət Duması ilə bütün təmasları dayandırıb`) cut ties (SANCTION 161), and a bare `Parlament` is the parliament told before by its name", () => {
  assert.deepEqual(sides("Milli Məclis bəyanat yayıb. Parlament həmçinin Rusiya Dövlət Duması ilə bütün təmasları dayandırıb."),
    ["SANCTION:Milli Məclis|Rusiya|Rusiya Dövlət Duması"]);
  assert.deepEqual(sides("Azərbaycan Rusiya ilə təmasları dondurub."), ["SANCTION:Azərbaycan|Rusiya"]);
  // look-alikes: contacts with a person are none; a parliament owned by a state named with it is that state's
  assert.deepEqual(types("Həkim xəstə ilə təmasları dayandırıb."), []);
  assert.deepEqual(sides("Milli Məclis bəyanat yayıb. Rusiya parlamenti Azərbaycanı tənqid edib."), ["ACCUSE:Azərbaycan|Rusiya"]);
});

test("the owner of a gathering framing a meeting (`X Şurasının iclası çərçivəsində görüşüblər`) is its setting, no partner", () => {
  const text = "Oktyabrın 9-da Düşənbədə Azərbaycan Prezidenti İlham Əliyevlə Rusiya Prezidenti Vladimir Putin arasında görüş keçirilib. " +
    "Dövlət başçıları MDB Dövlət Başçıları Şurasının iclası çərçivəsində görüşüblər.";
  assert.deepEqual(sides(text, "2025-10-09"), ["CONSULT:Azərbaycan|Rusiya|Vladimir Putin|İlham Əliyev"]);
  // look-alikes: the partner in the comitative stays, and a gathering taken part in keeps its body
  assert.deepEqual(sides("İlham Əliyev NATO-nun sammiti çərçivəsində Ərdoğanla görüşüb."), ["CONSULT:İlham Əliyev|Ərdoğan"]);
  assert.deepEqual(sides("İlham Əliyev MDB Dövlət Başçıları Şurasının iclasında iştirak edəcək."), ["CONSULT:MDB Dövlət Başçıları Şurası|İlham Əliyev"]);
});

test("a word a phrase may not precede is read past a closing quotation mark (`\"qeyri-dost addım\" adlandırıb` calls, takes no step)", () => {
  assert.deepEqual(sides("Rusiya XİN-in sözçüsü Mariya Zaxarova Bakının hərəkətlərini \"qeyri-dost addım\" adlandırıb."), ["ACCUSE:Azərbaycan|Mariya Zaxarova"]);
  // look-alike: steps promised in quotation marks stay a threat
  assert.deepEqual(sides("Rusiya Ukraynaya qarşı \"sərt addımlar\" atacağını bildirib."), ["THREATEN:Rusiya|Ukrayna"]);
});

test("a passive participle naming again those an act told before fell on (`Saxlanılan şəxslər arasında …`) retells it", () => {
  assert.deepEqual(types("Polis Yekaterinburqda 9 nəfəri saxlayıb. Saxlanılan şəxslər arasında Azərbaycan vətəndaşları da var."), ["COERCE"]);
  // look-alikes: a participle with a place of its own, or a date, may tell another act
  assert.deepEqual(types("Polis Yekaterinburqda 9 nəfəri saxlayıb. Bakıda saxlanılan Rusiya vətəndaşları isə azad edilib."), ["COERCE", "COERCE", "RETREAT"]);
  assert.deepEqual(types("Polis Yekaterinburqda 9 nəfəri saxlayıb. İyunun 29-da Moskvada saxlanılan iki Azərbaycan vətəndaşı deportasiya edilib."),
    ["COERCE", "COERCE"]);
});

test("a passive act in a sentence opening with a statement or a letter in the locative is its issuer's (`… məktub göndərib. Məktubda … pislənib`)", () => {
  const letter = "Milli Məclisin sədri Sahibə Qafarova Rusiya Dövlət Dumasının sədri Vyaçeslav Volodinə məktub göndərib. " +
    "Məktubda Azərbaycan əsilli Rusiya vətəndaşlarına qarşı törədilən zorakılıq pislənib.";
  assert.ok(events(letter).some((e) => e.type === "ACCUSE" && e.actors[0] === "Sahibə Qafarova"));
  const statement = "Azərbaycan Xarici İşlər Nazirliyi Gürcüstanın Abxaziya bölgəsində keçirilən qondarma \"seçkilər\"lə bağlı bəyanat yayıb. " +
    "Bəyanatda \"seçkilər\" qeyri-qanuni adlandırılıb.";
  assert.ok(events(statement).some((e) => e.type === "ACCUSE" && e.actors[0] === "Azərbaycan Xarici İşlər Nazirliyi"));
  // look-alike: with no document told before, no issuer is read
  assert.deepEqual(events("Bəyanatda hücum pislənib."), []);
});
