// Entities on fresh politics news (e28): a country right before a worldwide outlet, bodies known by a short name (and
// an office named after one), an epithet standing for the person the article names, historical persons quoted by their
// surname, the abbreviation of a class of firms. Sentences invented for these tests; each change has a
// look-alike that must stay as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotated as doc, findEntity as find, hasEntity as has } from "./helpers-entities.js";

test("a country right before a worldwide outlet is a name of its own", () => {
  const text = "Hindistan BBC-yə qarşı iddia qaldırıb.";
  assert.equal(find(text, "Hindistan")?.type, "LOC");
  assert.equal(find(text, "BBC-yə")?.name, "BBC");
  const b = "Gürcüstan Reuters agentliyinə açıqlama verib.";
  assert.equal(find(b, "Gürcüstan")?.type, "LOC");
  assert.equal(find(b, "Reuters")?.type, "ORG");
  // look-alikes: a country's own bodies stay whole
  assert.equal(find("Rusiya Xarici İşlər Nazirliyi bəyanat yayıb.", "Rusiya Xarici İşlər Nazirliyi")?.type, "ORG");
  assert.equal(find("Azərbaycan Dövlət Neft Şirkəti hesabat yayıb.", "Azərbaycan Dövlət Neft Şirkəti")?.type, "ORG");
});

test("bodies known by a short name are organisations", () => {
  assert.equal(find("Kiberpolisdən bildirilib ki, saxta saytlar yayılır.", "Kiberpolisdən")?.name, "Kiberpolis");
  assert.equal(find("Bu barədə Kiberpolisə məlumat verilib.", "Kiberpolisə")?.type, "ORG");
  assert.equal(find("Yol polisi sürücülərə müraciət edib.", "Yol polisi")?.type, "ORG");
  assert.equal(find("Dövlət Yol Polisi sürücülərə xəbərdarlıq edib.", "Dövlət Yol Polisi")?.type, "ORG");
  // an office named after a known body is one name with it
  assert.equal(find("Dövlət Yol Polisi İdarəsi sürücülərə müraciət edib.", "Dövlət Yol Polisi İdarəsi")?.type, "ORG");
  assert.equal(find("Kiberpolis İdarəsi vətəndaşlara xəbərdarlıq edib.", "Kiberpolis İdarəsi")?.type, "ORG");
  const r = find("Rusiya Evinin rəhbəri Gəncədə çıxış edib.", "Rusiya Evinin");
  assert.equal(r?.type, "ORG");
  assert.equal(r?.name, "Rusiya Evi");
  assert.equal(find("Bu barədə \"Sputnik Azərbaycan\"ın əməkdaşı yazıb.", "Sputnik Azərbaycan")?.type, "ORG");
  // look-alikes: the common words and the country alone stay as they were
  assert.ok(!has("Yol boyu polis postları qurulub.", "Yol"));
  assert.equal(find("Rusiya evlərə qaz verilməsini dayandırıb.", "Rusiya")?.type, "LOC");
});

test("an epithet stands for the person it names where the article names that person", () => {
  const a = find("Ümummilli lider Heydər Əliyevin xatirəsi anılıb. Ulu Öndərin məzarı ziyarət edilib.", "Ulu Öndərin");
  assert.equal(a?.type, "PER");
  assert.equal(a?.name, "Heydər Əliyev");
  assert.equal(find("Heydər Əliyev 1993-cü ildə Bakıya qayıdıb. Ulu Öndər neft müqaviləsini imzalayıb.", "Ulu Öndər")?.name, "Heydər Əliyev");
  assert.equal(find("Heydər Əliyev Bakıya qayıdıb. Ulu Öndərimiz xalqa müraciət edib.", "Ulu Öndərimiz")?.name, "Heydər Əliyev");
  // look-alike: an article that never names him keeps the epithet as written
  assert.notEqual(find("Ulu Öndərin məzarı ziyarət edilib.", "Ulu Öndərin")?.name, "Heydər Əliyev");
});

test("a historical person quoted by one name is a person and the speaker", () => {
  const d = doc("Hitler deyirdi: \"Müharibə qaçılmazdır\".");
  assert.equal(d.entities.find((e) => e.text === "Hitler")?.type, "PER");
  assert.equal(d.quotes[0]?.speaker, "Hitler");
  assert.equal(find("Stalin yazırdı: \"Kadrlar hər şeyi həll edir\".", "Stalin")?.type, "PER");
  // look-alikes: a namesake written in full keeps his whole name; a city named after one stays a place
  assert.equal(find("Adolf Hitler Namibiyada seçkidə qalib gəlib.", "Adolf Hitler")?.type, "PER");
  assert.equal(find("Nümayəndə heyəti Stalinqrada gedib.", "Stalinqrada")?.type, "LOC");
});

test("the abbreviation of small businesses is a class, no body", () => {
  assert.ok(!has("KOB-lara yeni güzəştlər veriləcək.", "KOB-lara"));
  assert.ok(!has("Bu il KOB-lar üçün kredit ayrılıb.", "KOB-lar"));
  // look-alike: the agency for them is a body
  assert.equal(find("KOBİA sahibkarlara dəstək verib.", "KOBİA")?.type, "ORG");
});
