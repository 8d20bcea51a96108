// Phrasings of the conflictual PLOVER types added from a walk of the language (src/lang/az/events/coverage-c2.ts),
// on sentences written for these tests, each with a look-alike that must stay no event of the type.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" }).events ?? [];
const sides = (text: string) => events(text).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);
const types = (text: string) => events(text).map((e) => e.type);

test("REJECT: claims called baseless are denied", () => {
  // (the claims were still made: Armenia's ACCUSE, as the gold sets annotate a claim denied, src/lang/az/events/pages-so.ts)
  assert.deepEqual(types("Nazirlik Ermənistanın iddialarını əsassız adlandırıb."), ["ACCUSE", "REJECT"]);
  assert.deepEqual(types("XİN: Ermənistanın iddiaları əsassızdır."), ["ACCUSE", "REJECT"]);
  // look-alike: a baseless rise in prices denies nothing
  assert.deepEqual(types("Paytaxtda əsassız qiymət artımı müşahidə olunur."), []);
});

test("THREATEN: no step against a side ruled out; a likelihood not ruled out is no threat", () => {
  assert.deepEqual(sides("Pit Heqset: \"Vaşinqton Karakasa qarşı heç bir addımı istisna etmir\""), ["THREATEN:ABŞ|Karakas"]);
  assert.deepEqual(types("Rusiya Moldovaya qarşı hərbi variantı istisna etmir."), ["THREATEN"]);
  assert.ok(!types("Peskov Putinlə Trampın görüşü ehtimalını istisna etmir.").includes("THREATEN"));
});

test("SANCTION: restrictive measures against a state, grants frozen", () => {
  assert.deepEqual(sides("Fransa Rusiyaya qarşı yeni məhdudlaşdırıcı tədbirlər tətbiq edib."), ["SANCTION:Fransa|Rusiya"]);
  assert.deepEqual(types("Avropa İttifaqı İrana qarşı məhdudlaşdırıcı tədbirlər tətbiq edəcək."), ["SANCTION"]);
  assert.deepEqual(types("Hökumət Harvard Universitetinin federal qrantlarını dondurub."), ["SANCTION"]);
  // look-alikes: grants allotted, measures of safety taken
  assert.ok(!types("Nazirlik Harvard Universitetinə qrant ayırıb.").includes("SANCTION"));
  assert.ok(!types("Fransa Rusiyaya qarşı yeni təhlükəsizlik tədbirləri görüb.").includes("SANCTION"));
});

test("COERCE: entry to a state banned; a robbery", () => {
  assert.deepEqual(sides("Kamran Əliyevin Rusiyaya girişi qadağan olunub."), ["COERCE:Kamran Əliyev|Rusiya"]);
  assert.deepEqual(sides("Bakıda Əli Həsənovun evi qarət olundu."), ["COERCE:Əli Həsənov"]);
  // look-alike: a danger of robbery warned of is no robbery
  assert.ok(!types("Luvr muzeyinə qarət təhlükəsi barədə məlumat verilib.").includes("COERCE"));
});

test("MOBILIZE: a leader's guard reinforced; the protection of nature is no force", () => {
  assert.deepEqual(sides("Maduro şəxsi mühafizəsini gücləndirdi."), ["MOBILIZE:Maduro"]);
  assert.deepEqual(types("Nazirlik Xəzərdə ətraf mühitin mühafizəsini gücləndirib."), []);
});

test("ASSAULT: axed, violence suffered; an axe used on wood is none", () => {
  assert.deepEqual(sides("Qubada Elçin Məmmədov baltalandı."), ["ASSAULT:Elçin Məmmədov"]);
  assert.deepEqual(sides("Ağdamda Leyla Həsənova zorakılığa məruz qalıb."), ["ASSAULT:Leyla Həsənova"]);
  assert.deepEqual(types("Elçin Məmmədov bağda balta ilə odun doğrayıb."), []);
});
