// Entities: one capitalised common word of the language is no name (e24). The morphology reads every capitalised word
// as a proper noun, so the entity stage asks how it reads lower-cased, and whether the document writes it so.
// Sentences invented for these tests; each change has a look-alike that must stay as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const ents = (text: string) => annotate({ id: "t", text, document_date: "2025-06-10" }).entities;
const find = (text: string, surface: string) => ents(text).find((e) => e.text === surface);
const has = (text: string, surface: string) => ents(text).some((e) => e.text === surface);

test("a capitalised word spelling an abbreviation known only in capitals is the common word it reads as", () => {
  // `ƏN` (a ministry's abbreviation) written `Ən`, the superlative opening a sentence
  assert.deepEqual(ents("Ən böyük artım kənd təsərrüfatında olub."), []);
  assert.deepEqual(ents("Hesabatda deyilir ki, Ən yüksək qiymət paytaxtdadır."), []);
  // look-alike: the abbreviation in capitals stays the ministry
  assert.equal(find("ƏN-in mətbuat xidməti məlumat yayıb.", "ƏN-in")?.type, "ORG");
});

test("one capitalised word the language reads as a common noun or adjective is no name by itself", () => {
  // a common noun the word list holds bare, in the plural and the genitive
  assert.ok(!has("Hökumət altı ayda Keyfiyyət informasiya sistemi yaradacaq.", "Keyfiyyət"));
  assert.ok(!has("Tələbələr Müştəri xidmətləri kursu keçir.", "Müştəri"));
  // a word the document also writes in lower case
  assert.ok(!has("Bankın hesabatına görə, Kütləvi satışlar azalıb, kütləvi təkliflər isə artıb.", "Kütləvi"));
  // look-alikes: an unknown name the language does not read as a common word stays a place, a given name a person,
  // and a common word that heads a place's name keeps it
  assert.equal(find("Alimlər bildirib ki, Lorantiya sularında tədqiqat aparılıb.", "Lorantiya")?.type, "LOC");
  assert.equal(find("Görüşdə Vüqar Lorananov çıxış edib.", "Vüqar Lorananov")?.type, "PER");
  assert.ok(has("Bildirilib ki, Keyfiyyət Nazirliyi yoxlama aparıb.", "Keyfiyyət Nazirliyi"));
});

test("one capitalised common word before a document's head names no event, an abstract noun included", () => {
  assert.deepEqual(ents("Ərizə (möhürlə təsdiq olunmalı) Məxfilik müqaviləsi (tenderdə iştirak üçün)."), []);
  // look-alike: a name before a document's head names it
  assert.equal(find("Tərəflər Lorana sazişi imzalayıb.", "Lorana")?.type, "MISC");
});

test("a common word opening a sentence before a known name is no part of the name", () => {
  // a plural the morphology reads a proper noun for its capital, before a known place opening a body's name
  assert.equal(find("İmtahanlar Qarabağ Universitetində keçiriləcək.", "Qarabağ Universitetində")?.type, "ORG");
  assert.ok(!has("İmtahanlar Qarabağ Universitetində keçiriləcək.", "İmtahanlar Qarabağ Universitetində"));
  // and before an unknown name
  assert.equal(find("Mütəxəssislər Lorantiya sularında tədqiqat aparıb.", "Lorantiya")?.type, "LOC");
  // look-alike: the body's name opening the sentence stays whole
  assert.ok(has("Qarabağ Universitetində imtahanlar keçiriləcək.", "Qarabağ Universitetində"));
});
