// Invented paraphrases of the conflictual acts of the studied gold sets (helper pa-conf, ../src/lang/az/events/paraphrase-conf.ts
// and the `tanı` and `məhkum` entries of ../src/lang/az/events.ts): the other verbs and light verbs news writes for the same
// acts, each with a look-alike of the same words that stays as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pipelineEvents as events, eventTypes as types, hasEvent as has } from "./helpers-events.js";


test("sentenced with `olunmaq` is COERCE (`14 il müddətinə məhkum olunub`); a condemned act is no sentence", () => {
  assert.ok(has("Çilinin sabiq naziri 12 il müddətinə məhkum olunub.", "COERCE", "Çili"));
  assert.ok(!types("Bu fikir uğursuzluğa məhkumdur.").includes("COERCE"));
});

test("a side's acts condemned are ACCUSE (`X-in hərəkətlərini məhkum edib`); a court's sentence stays COERCE", () => {
  const ev = events("Norveç Rusiyanın Ukraynadakı hərəkətlərini məhkum edib.");
  assert.ok(ev.some((e) => e.type === "ACCUSE" && e.actors.includes("Norveç")));
  assert.ok(!ev.some((e) => e.type === "COERCE"));
  assert.ok(has("Gürcüstan məhkəməsi müxalifət liderini 5 il həbsə məhkum edib.", "COERCE", "Gürcüstan"));
});

test("an order or a pact not recognised is REJECT (`sərəncamlarını tanımadığını bəyan edib`); a state recognised stays SUPPORT", () => {
  const ev = events("Serbiya Brüsselin miqrasiya paktını tanımadığını açıqlayıb.");
  assert.ok(ev.some((e) => e.type === "REJECT" && e.actors.includes("Serbiya")));
  assert.ok(!ev.some((e) => e.type === "SUPPORT"));
  assert.ok(has("İspaniya Fələstini dövlət kimi tanıyıb.", "SUPPORT", "İspaniya"));
});

test("a firm named extremist is listed (COERCE 172, `ekstremist təşkilat kimi tanıyıb`), as a terrorist one", () => {
  assert.ok(has("Belarus \"Yandex\" şirkətini ekstremist təşkilat kimi tanıyıb.", "COERCE", "Belarus"));
  assert.ok(!types("Onu hamı ekstremist kimi tanıyır.").includes("COERCE"));
});

test("a wanted notice by its noun is COERCE (`X barəsində axtarış elan olunub`); a search for the missing is none", () => {
  assert.ok(has("Ukraynada Oleq Tatarov barəsində axtarış elan olunub.", "COERCE", "Ukrayna"));
  assert.ok(!types("Dağlarda itkin düşən turistin axtarışı elan olunub.").includes("COERCE"));
});

test("taken into custody by the police is COERCE (`polis X-i nəzarət altına alıb`); a price held in check is none", () => {
  assert.ok(has("Fransa polisi Jan Düpontu nəzarət altına alıb.", "COERCE", "Jan Düpont"));
  assert.ok(!types("Hökumət qiymətləri nəzarət altına alıb.").includes("COERCE"));
});

test("the blame laid on a side is ACCUSE (`məsuliyyətini X-in üzərinə qoyub`); a duty one takes on is none", () => {
  assert.ok(has("Misir partlayışın məsuliyyətini Sudanın üzərinə qoyub.", "ACCUSE", "Misir"));
  assert.ok(!types("Şirkət bütün məsuliyyəti öz üzərinə götürüb.").includes("ACCUSE"));
});

test("a side talked round is REQUEST (`X Y-i … razı salıb`); agreeing oneself is no request", () => {
  assert.ok(has("Fransa Almaniyanı yeni paketi dəstəkləməyə razı salıb.", "REQUEST", "Fransa"));
  assert.ok(!types("Makron yeni paketlə razı olub.").includes("REQUEST"));
});

test("a recommendation to a named body is REQUEST (`X-ə … tövsiyə edib`); advice to the public is none", () => {
  assert.ok(has("Dünya Bankı Gürcüstana vergi islahatını sürətləndirməyi tövsiyə edib.", "REQUEST", "Dünya Bankı"));
  assert.ok(!types("Həkimlər vətəndaşlara çox su içməyi tövsiyə edir.").includes("REQUEST"));
});

test("a demand set before a side is REQUEST (`X Y qarşısında … tələbini qoyub`); a rule's requirement is none", () => {
  assert.ok(has("Ankara Stokholm qarşısında terrorçuların ekstradisiyası tələbini qoyub.", "REQUEST", "Türkiyə"));
  assert.ok(!types("Yeni qayda sürücülər üçün əlavə tələb qoyub.").includes("REQUEST"));
});

test("a no said to talks is REJECT (`danışıqlara yox deyib`); saying there is none is no refusal", () => {
  assert.ok(has("Tehran Avropanın yeni danışıqlar təklifinə yox deyib.", "REJECT", "İran"));
  assert.ok(!types("Nazir belə bir planın olmadığını, heç nə yox deyib.").includes("REJECT"));
});

test("manoeuvres and exercises at a border are MOBILIZE; a political manoeuvre or a school's training are none", () => {
  assert.ok(has("Polşa ordusu Belarus sərhədində manevrlər keçirib.", "MOBILIZE", "Polşa"));
  assert.ok(has("Estoniya Rusiya sərhədi yaxınlığında genişmiqyaslı təlimlər keçirir.", "MOBILIZE", "Estoniya"));
  assert.ok(!types("Partiya seçkilərdən əvvəl siyasi manevrlər edir.").includes("MOBILIZE"));
  assert.ok(!types("Bank əməkdaşları üçün təlimlər keçirir.").includes("MOBILIZE"));
});

test("out to demonstrate and roads blocked in protest are PROTEST; a film shown and a road closed for repairs are none", () => {
  assert.ok(has("Madriddə minlərlə insan hökumət əleyhinə nümayişə çıxıb.", "PROTEST", "İspaniya"));
  assert.ok(types("İtaliyada taksi sürücüləri etiraz olaraq yolları bağlayıblar.").includes("PROTEST"));
  assert.ok(!types("Təmir işləri ilə əlaqədar yolları bağlayıblar.").includes("PROTEST"));
});

test("an onslaught of drones is ASSAULT (`dronları X-ə həmlə edib`); a fan's onslaught is none", () => {
  assert.ok(has("Rus dronları Odessaya həmlə edib.", "ASSAULT", "Odessa"));
  assert.ok(!types("Azarkeşlər mağazalara həmlə edib.").includes("ASSAULT"));
});

test("a plan's points or quotas not accepted are REJECT (`planının bəndlərini qəbul etmir`); a plan adopted is no refusal", () => {
  assert.ok(has("Bolqarıstan Aİ-nin miqrant kvotalarını qəbul etmir.", "REJECT", "Bolqarıstan"));
  assert.ok(!types("Hökumət yeni inkişaf planını qəbul edib.").includes("REJECT"));
});

test("dissatisfaction with a named side is ACCUSE (`X-dən narazı qalıb`); residents unhappy with prices are none", () => {
  assert.ok(has("Makron Londondan narazı qalıb.", "ACCUSE", "Makron"));
  assert.ok(!types("Sakinlər qiymətlərdən narazı qalıb.").includes("ACCUSE"));
});

test("caught by a state's police in the active is COERCE (`X polisi … tutub`); a place kept is none", () => {
  assert.ok(has("İtaliya polisi iki şübhəlini tutub.", "COERCE", "İtaliya"));
  assert.ok(!types("Polis rəisi tədbirdə ön sırada yer tutub.").includes("COERCE"));
});

test("a mission closed or an agreement left by ending it is SANCTION (`konsulluğunun fəaliyyətinə xitam verib`); a firm's is none", () => {
  assert.ok(has("Litva Rusiyanın Klaypedadakı konsulluğunun fəaliyyətinə xitam verib.", "SANCTION", "Litva"));
  assert.ok(!types("Mərkəzi Bank sığorta şirkətinin fəaliyyətinə xitam verib.").includes("SANCTION"));
});

test("a president overthrown is COERCE (`hərbçilər prezidenti devirib`); a tree blown over is none", () => {
  assert.ok(has("Nigerdə hərbçilər prezidenti devirib.", "COERCE", "Niger"));
  assert.ok(!types("Güclü külək Bakıda ağacları devirib.").includes("COERCE"));
});

test("ingratitude named is ACCUSE (`X-i naşükür adlandırıb`); a film named is none", () => {
  assert.ok(has("Çexiya prezidenti Slovakiyanı naşükür adlandırıb.", "ACCUSE", "Çexiya"));
  assert.ok(!types("Rejissor yeni filmini \"Bahar\" adlandırıb.").includes("ACCUSE"));
});

test("a village occupied or taken by an army is COERCE 192 (`kəndini işğal edib`, `ordusu X-i tutub`), not an attack", () => {
  const ev = events("Rusiya qoşunları Ukraynanın Berdyansk şəhərini işğal edib.");
  assert.ok(ev.some((e) => e.type === "COERCE" && e.cameo === "192" && e.actors.includes("Rusiya")));
  assert.ok(!ev.some((e) => e.type === "ASSAULT"));
  assert.ok(has("Rusiya ordusu Kupyanskı tutub.", "COERCE", "Rusiya"));
  assert.ok(!types("Rusiya ordusu Dnepr çayı boyunca mövqe tutub.").includes("COERCE"));
});

test("a charge, criticism or a warning told by its noun with its target is the act (`X-in Y-yə qarşı ittihamları`); a charge done on is none", () => {
  assert.ok(has("Ermənistanın Fransaya qarşı ittihamları gərginliyi artırıb.", "ACCUSE", "Ermənistan"));
  assert.ok(has("Baş nazirin Aİ-yə qarşı sərt tənqidi müzakirə olunur.", "ACCUSE", "Aİ"));
  assert.ok(!types("İranda iki jurnalist casusluq ittihamı ilə saxlanılıb.").includes("ACCUSE"));
  // a bare noun with no owner tells no act (a headline's label needs its colon), nor do a rule's requirements
  assert.ok(!types("Paşinyandan Əliyevə ittiham gözlənilmir.").includes("ACCUSE"));
  assert.ok(!types("Mərkəzi Bank banklara dair minimum tələbləri təsdiqləyib.").includes("REQUEST"));
});
