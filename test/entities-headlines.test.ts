// Entity recognition in headline-style sentences written for these tests: bare names opening the
// sentence (a speaker before a colon, a subject, a place in the locative), names side by side.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const ents = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" }).entities;
const find = (text: string, surface: string) => ents(text).find((e) => e.text === surface);
const spans = (text: string) => ents(text).map((e) => `${e.text}=${e.type}:${e.name}`);

test("a lone unknown word before a colon and a quote names its speaker", () => {
  const a = find('Tolmak: "Sülh danışıqları yaxında bərpa olunacaq"', "Tolmak");
  assert.equal(a?.type, "PER");
  // a common word the word list knows with its endings is no name
  assert.deepEqual(spans('Korrupsiya: "Yeni qaydalar tətbiq olunur"'), []);
});

test("a known person's surname opening the sentence is that person", () => {
  assert.equal(find('Orban: "Büdcə gələn ay qəbul ediləcək"', "Orban")?.type, "PER");
  assert.equal(find("Orban Moskvada danışıqlar aparıb", "Orban")?.type, "PER");
});

test("an unknown word before a known place in the locative is the subject acting there", () => {
  const a = find("Kvarnis Ankarada enerji ilə bağlı görüşlər keçirib", "Kvarnis");
  assert.equal(a?.type, "PER");
});

test("an unknown place in the locative opening the sentence is a place; an abstract noun is not", () => {
  const a = find("Zelvində baş verən yanğında ölənlərin sayı artıb", "Zelvində");
  assert.equal(a?.type, "LOC");
  assert.equal(a?.name, "Zelvin");
  assert.deepEqual(spans("Bütövlükdə isə kitabda min səhifə var."), []);
});

test("a given name that is also a common word opens a person's name before a surname", () => {
  const a = find('Sahil Məmmədov: "Layihə başa çatıb"', "Sahil Məmmədov");
  assert.equal(a?.type, "PER");
  // an adjective before a name of a surname's shape is a place's name, not a person's
  assert.equal(find("Aşağı Malıbəyli kəndində yol çəkilir.", "Aşağı Malıbəyli")?.type, "LOC");
});

test("a known person's full name ends the name before it", () => {
  const e = spans("Emil Rik Holm İlham Əliyevi təbrik edib");
  assert.deepEqual(e, ["Emil Rik Holm=PER:Emil Rik Holm", "İlham Əliyevi=PER:İlham Əliyev"]);
  // a given name alone before a known name is part of one person's name
  assert.equal(find("Baş nazir Məhəmməd Şahbaz Şərif Bakıya gəlib.", "Məhəmməd Şahbaz Şərif")?.type, "PER");
});

test("a name before a colon is in the nominative: its ending is its own", () => {
  const a = find('Kristina Qayovişin: "Plan bir neçə bənddə dəyişməlidir"', "Kristina Qayovişin");
  assert.equal(a?.type, "PER");
  assert.equal(a?.name, "Kristina Qayovişin");
});

test("unknown words opening the sentence before a colon and a quote are a person, not a body", () => {
  assert.equal(find('Tomas Brekvil: "Bazar sabitdir"', "Tomas Brekvil")?.type, "PER");
  assert.equal(find('Ömer Tulgar: "Forum gələn il keçiriləcək"', "Ömer Tulgar")?.type, "PER");
});

test("a regnal number after a title belongs to the name", () => {
  const a = find("Roma Papası XIV Leo Vatikanda çıxış edib", "XIV Leo");
  assert.equal(a?.type, "PER");
  assert.equal(find("Kral III Çarlz Londonda çıxış edib", "III Çarlz")?.type, "PER");
  // an ordinal before a common noun is none
  assert.deepEqual(spans("Nazir XXI əsrin problemlərindən danışıb."), []);
});

test("a compound's possessive stays on its name; a chronicle's name is one body", () => {
  const a = find("Venesuela Türk Hava Yolları ilə razılaşıb", "Türk Hava Yolları");
  assert.equal(a?.name, "Türk Hava Yolları");
  const b = find('Qərbi Azərbaycan Xronikası: "Yeni sənədlər tapılıb"', "Qərbi Azərbaycan Xronikası");
  assert.equal(b?.type, "ORG");
  assert.equal(find("Honkonqda güclü yağış yağıb", "Honkonqda")?.name, "Honkonq");
});
