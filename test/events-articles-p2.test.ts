// Article-level readings of domestic politics and justice told as world news, on short articles written for these
// tests: a release or an apology asked for is the demand's, not an act done; the lead retold in the closing
// quotation; a person named beside another's surname; a body before a bare title; a call made dated by the story
// it goes on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date }).events ?? [];
const told = (text: string, date?: string) => events(text, date).map((e) => `${e.type}:${e.actors.join("|")}:${e.date}:${e.mode}`);
const types = (text: string) => events(text).map((e) => e.type);

test("an act asked for in a verbal noun before a demand verb is the demand's content, not an act told", () => {
  const art = "Rusiya Xarici İşlər Nazirliyi Bakının addımını pisləyib. Moskva jurnalistlərin dərhal azad edilməsini tələb edib.";
  assert.deepEqual(types(art), ["ACCUSE", "REQUEST"]);
  // (an apology asked for is no apology made)
  assert.deepEqual(types("Rusiya Azərbaycandan üzr istəməsini tələb edib."), ["REQUEST"]);
  // look-alike: a release welcomed took place (done by the side named in the genitive; with none named, `jurnalistlərin azad
  // edilməsini alqışlayıb`, the one who welcomes it released no one: test/events-clauses-s28.test.ts)
  assert.deepEqual(types("Fransa Azərbaycanın jurnalistləri azad etməsini alqışlayıb."), ["RETREAT", "SUPPORT"]);
});

test("the lead retold in the closing quotation is one event", () => {
  const art = "Bolqarıstanda hökumət istefa verib. Baş nazir Rosen Jelyazkov qərarı parlamentdə açıqlayıb. " +
    "Qərar paytaxtda davam edən etirazlardan sonra qəbul edilib. Jelyazkov deyib: \"Biz xalqın səsini eşidirik. Hökumət istefa verir\".";
  assert.deepEqual(told(art), ["RETREAT:Bolqarıstan|Rosen Jelyazkov:2025-11-20:asserted"]);
  // look-alike: another resignation, told by its own verb out of quotation marks, stays its own
  const two = "Bolqarıstanda hökumət istefa verib. Baş nazir Rosen Jelyazkov qərarı açıqlayıb. Etirazlar davam edir. " +
    "Bir neçə saat sonra Sofiya meri Vasil Terziyev də istefa verib.";
  assert.equal(events(two).filter((e) => e.type === "RETREAT").length, 2);
});

test("a name run closed by the surname of someone named before is two people", () => {
  const art = "Çexiyada seçkidə Andrey Babişin partiyası qalib gəlib. Prezident Petr Pavel Babişlə görüşüb.";
  assert.deepEqual(told(art), ["CONSULT:Petr Pavel|Andrey Babiş:2025-11-20:asserted"]);
  // and another's call to the same side, told later, stays another act
  const calls = "Netanyahu prezident İsaak Hersoqa əfv üçün müraciət edib. Müxalifət lideri Yair Lapid Hersoqu müraciəti rədd etməyə çağırıb. " +
    "ABŞ prezidenti Donald Tramp isə Hersoqu Netanyahunu əfv etməyə çağırmışdı.";
  const asks = events(calls).filter((e) => e.type === "REQUEST").map((e) => e.actors[0]);
  assert.deepEqual(asks, ["Netanyahu", "Yair Lapid", "Donald Tramp"]);
  // look-alike: a name holding that person's own first name is one name
  const one = "Baş nazir Şahbaz Şərif çıxış edib. Prezident Asif Əli Zərdari Məhəmməd Şahbaz Şərifə zəng edib.";
  assert.ok(events(one).some((e) => e.actors.includes("Məhəmməd Şahbaz Şərif")));
});

test("a body before a bare title written small acts on the titled person", () => {
  assert.deepEqual(told("Ukrayna Təhlükəsizlik Xidməti deputat Oleq Kovalı həbs edib."),
    ["COERCE:Ukrayna Təhlükəsizlik Xidməti|Ukrayna|Oleq Koval:2025-11-20:asserted"]);
  // look-alike: a possessed title is the name's office (`X naziri Y`): Y acts for X
  assert.equal(events("Rusiya Xarici İşlər naziri Sergey Lavrov Hakan Fidanla görüşüb.")[0]?.actors[0], "Sergey Lavrov");
});

test("a call made is dated by the story it goes on with", () => {
  const art = "Avqustun 25-də polis Cakartada tələbələri dağıdıb. Ertəsi gün prezident Prabovo Subianto gəncin ailəsindən üzr istəyib. " +
    "O, polisə təmkinli olmağa çağırıb.";
  assert.deepEqual(told(art, "2025-08-28").filter((e) => !e.startsWith("ASSAULT")),
    ["CONCEDE:Prabovo Subianto:2025-08-26:asserted", "REQUEST:Prabovo Subianto:2025-08-26:demanded"]);
  // look-alike: a sentence opening with another name turns to another act, on no date of the story
  const other = "Avqustun 25-də polis Cakartada tələbələri dağıdıb. Ertəsi gün prezident Prabovo Subianto gəncin ailəsindən üzr istəyib. " +
    "Avropa İttifaqı İndoneziyanı təmkinli olmağa çağırıb.";
  assert.ok(!events(other, "2025-08-28").some((e) => e.type === "REQUEST" && e.date === "2025-08-26"));
});

test("a former holder's title with no name after it names the former holder the article titled so", () => {
  const art = "Cənubi Koreyanın sabiq prezidenti Yun Sok Yol məhkəmə qarşısına çıxıb. Prokurorluq sabiq dövlət başçısını qiyam təşkil etməkdə ittiham edir.";
  assert.deepEqual(told(art), ["ACCUSE:Yun Sok Yol:2025-11-20:asserted"]);
  // look-alike: with no former holder titled before, a former head of state is no one known
  assert.deepEqual(told("Prokurorluq sabiq dövlət başçısını qiyam təşkil etməkdə ittiham edir."), []);
});

test("two initials before a name are that name's (`K.P. Şarma Oli`)", () => {
  assert.deepEqual(told("Nepalın Baş naziri K.P. Şarma Oli Hindistana səfər edib."), ["CONSULT:K.P. Şarma Oli|Nepal|Hindistan:2025-11-20:asserted"]);
});

test("a common noun opening a sentence before one name word in an object case is the subject, not a part of the name", () => {
  const names = (text: string) => (annotate({ id: "t", text, document_date: "2025-11-20" }).entities ?? []).map((e) => e.name);
  assert.deepEqual(names("Prokurorluq İmamoğluna qarşı ittiham irəli sürüb."), ["İmamoğlu"]);
  // look-alike: a known name in a case stays whole
  assert.deepEqual(names("Ali Məhkəməyə müraciət edilib."), ["Ali Məhkəmə"]);
});
