// Headline grammar and phrasings read from 150 invented political and world headlines annotated blind (set v20, helper
// inv-heads; src/lang/az/events/headlines-v20.ts): two leaders' surnames joined by a hyphen, a verbal noun its sides own
// before its light verb, a person or a body before another state's body, `istefa` a noun, and the new table's phrasings;
// each with a look-alike that must not change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";
import { eventsOf, hasEvent } from "./support/events.js";

const types = (text: string) => eventsOf(text).map((e) => e.type);
const names = (text: string) => (annotate({ id: "t", text, document_date: "2025-11-20" }).entities ?? []).map((e) => `${e.type}:${e.name}`);

test("two known persons' surnames joined by a hyphen are the two sides of the noun after them", () => {
  hasEvent("Əliyev-Paşinyan görüşü", "CONSULT", "asserted", ["Əliyev", "Paşinyan"]);
  hasEvent("Putin-Tramp görüşü keçiriləcək", "CONSULT", "future", ["Putin", "Tramp"]);
  // the pair is no person's name of its own
  assert.deepEqual(names("Əliyev-Paşinyan görüşü"), []);
  // look-alikes: a pair of states naming a war, and two towns naming a road, stay no event
  assert.deepEqual(types("Rusiya-Ukrayna müharibəsi davam edir"), []);
  assert.deepEqual(types("Bakı-Qazax yolunda qəza olub"), []);
});

test("a verbal noun its sides own takes the light verb after it, and its tense", () => {
  hasEvent("Vaşinqtonda Azərbaycan-ABŞ siyasi məsləhətləşmələri keçiriləcək", "CONSULT", "future", ["Azərbaycan", "ABŞ"]);
  // look-alike: the same told done stays asserted
  hasEvent("Azərbaycan-ABŞ məsləhətləşmələri keçirilib", "CONSULT", "asserted", ["Azərbaycan", "ABŞ"]);
});

test("a person or a known body before another state's body is a name of its own", () => {
  hasEvent("XİN Fransa Senatının qətnaməsini pislədi", "ACCUSE", "asserted", ["XİN", "Fransa Senatı"]);
  hasEvent("Mehriban Əliyeva Fransa Senatının sədrini qəbul edib", "CONSULT", "asserted", ["Mehriban Əliyeva", "Fransa Senatı"]);
  // look-alikes: a body named after a person, and a known body's own organ, stay one name
  assert.deepEqual(names("Heydər Əliyev Fondunun prezidenti çıxış edib"), ["ORG:Heydər Əliyev Fondu"]);
  assert.ok(names("BMT Təhlükəsizlik Şurası toplanıb").includes("ORG:BMT Təhlükəsizlik Şurası"));
});

test("`istefa` is a noun: called to resign (`istefaya çağırıb`) is a demand", () => {
  hasEvent("Müxalifət Paşinyanı istefaya çağırıb", "REQUEST", "demanded", ["Paşinyan"]);
  hasEvent("Paşinyan Katolikosu istefaya çağırıb", "REQUEST", "demanded", ["Paşinyan"]);
  // look-alike: one's own resignation stays a retreat
  hasEvent("Gürcüstanın Baş naziri istefa verdi", "RETREAT", "asserted", ["Gürcüstan"]);
});

test("goods exported to a state, or exports through one raised, are trade; a country's exports alone are statistics", () => {
  hasEvent("Azərbaycan Ermənistana benzin ixrac edəcək", "COOPERATE", "future", ["Azərbaycan", "Ermənistan"]);
  hasEvent("Qazaxıstan Azərbaycan üzərindən neft ixracını artıracaq", "COOPERATE", "future", ["Qazaxıstan"]);
  assert.deepEqual(types("Azərbaycanın qeyri-neft ixracı 10 faiz artıb"), []);
  assert.deepEqual(types("Rusiya neft ixracını artırıb"), []);
});

test("a rally told by what it demands is a protest; a planting rally is none", () => {
  hasEvent("İrəvanda Paşinyanın istefasını tələb edən aksiya keçirilib", "PROTEST", "asserted", ["Paşinyan"]);
  assert.deepEqual(types("Bakıda ağacəkmə aksiyası keçirilib"), []);
});

test("a visa-free regime restored concedes; one cancelled restricts", () => {
  hasEvent("Rusiya Gürcüstana vizasız rejimi bərpa edir", "CONCEDE", "asserted", ["Rusiya", "Gürcüstan"]);
  hasEvent("Rusiya Gürcüstana vizasız rejimi ləğv edir", "COERCE", "asserted", ["Rusiya", "Gürcüstan"]);
});

test("an operation against a named side or on the ground is an attack; one against unnamed offenders is none", () => {
  hasEvent("Türkiyə PKK-ya qarşı əməliyyat keçirib", "ASSAULT", "asserted", ["Türkiyə", "PKK"]);
  hasEvent("İsrail Livana qarşı quru əməliyyatına başlayıb", "ASSAULT", "asserted", ["İsrail", "Livan"]);
  assert.ok(!types("Polis narkotacirlərə qarşı əməliyyat keçirib").includes("ASSAULT"));
  assert.deepEqual(types("Daxili İşlər Nazirliyi kiberhücumlara qarşı xüsusi əməliyyat keçirib"), []);
});

test("an act not left unanswered (`cavabsız qoymayacaq`) is a threat; an offer left unanswered is a refusal", () => {
  hasEvent("Hacıyev: \"Azərbaycan bu təxribatı cavabsız qoymayacaq\"", "THREATEN", "asserted", ["Azərbaycan"]);
  hasEvent("Azərbaycan Ermənistanın təklifini cavabsız qoyub", "REJECT", "asserted", ["Azərbaycan", "Ermənistan"]);
});

test("COP30 is a named event", () => {
  assert.ok(names("Azərbaycan nümayəndə heyəti COP30-da iştirak edir").includes("MISC:COP30"));
});

test("three names joined by hyphens are the three sides; towns naming a railway stay none", () => {
  hasEvent("Azərbaycan-Türkiyə-Gürcüstan üçtərəfli görüşü Bakıda keçiriləcək", "CONSULT", "future", ["Azərbaycan", "Türkiyə", "Gürcüstan"]);
  assert.deepEqual(types("Bakı-Tbilisi-Qars dəmir yolu ilə yük daşınması artıb"), []);
});

test("a meeting cancelled in the passive of `olmaq` (`ləğv olunub`) is negated, as with `edilmək`", () => {
  hasEvent("Tramp ilə Putinin görüşü ləğv olunub", "CONSULT", "negated", ["Tramp", "Putin"]);
  hasEvent("Tramp ilə Putinin görüşü ləğv edilib", "CONSULT", "negated", ["Tramp", "Putin"]);
  // look-alikes: sanctions lifted with no side named, a firm's office or a school rule done away with, stay none
  assert.deepEqual(types("Sanksiyalar ləğv olunub"), []);
  assert.deepEqual(types("Şirkətin Azərbaycandakı nümayəndəliyi ləğv olunub"), []);
  assert.deepEqual(types("Bakı, Sumqayıt və Gəncə şəhərlərində seçim sistemi ləğv olunur"), []);
});

test("a call by the reciprocal verb, an official welcome in the passive, and an insult to a side", () => {
  hasEvent("Əliyev və Tokayev zəngləşib", "CONSULT", "asserted", ["Əliyev", "Tokayev"]);
  hasEvent("Lukaşenko Bakıda rəsmi qarşılanıb", "CONSULT", "asserted", ["Lukaşenko"]);
  hasEvent("Zaxarova Bakını təhqir edib", "ACCUSE", "asserted", ["Zaxarova", "Azərbaycan"]);
  // look-alikes: a decision met with discontent is no visit; an insult with no named side is a private quarrel
  assert.deepEqual(types("Qərar narazılıqla qarşılanıb"), []);
  assert.deepEqual(types("Polisi təhqir edən sürücü saxlanılıb"), []);
});

test("a state's own tariff policy approved is no trade barrier; tariffs on a state stay one", () => {
  assert.deepEqual(types("Nazirlər Kabineti yeni tarif siyasətini təsdiqləyib"), []);
  hasEvent("ABŞ Çinə yeni tariflər tətbiq edir", "SANCTION", "asserted", ["ABŞ", "Çin"]);
});

test("purchases from a state stopped are a trade ban; a bank's currency purchases are none", () => {
  hasEvent("Çin İrandan neft alışını dayandırıb", "SANCTION", "asserted", ["Çin", "İran"]);
  assert.deepEqual(types("Bank valyuta alışını dayandırıb"), []);
});

test("a resolution against a state accuses; a resolution on no side is none", () => {
  hasEvent("Avropa Parlamenti Azərbaycan əleyhinə qətnamə qəbul edib", "ACCUSE", "asserted", ["Avropa Parlamenti"]);
  assert.deepEqual(types("Milli Məclis qətnamə qəbul edib"), []);
});

test("a side likened to a tyrant is insulted; a town likened to another is none", () => {
  hasEvent("Ərdoğan Netanyahunu Hitlerə bənzədib", "ACCUSE", "asserted", ["Ərdoğan", "Netanyahu"]);
  assert.deepEqual(types("Turist Bakını Parisə bənzədib"), []);
});
