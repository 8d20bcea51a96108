// Canonical names (n23): one entity, one name, whatever case the text puts it in. Invented sentences.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string) => annotate({ id: "t", text, document_date: "2025-10-08" });
const names = (text: string, type: string) =>
  doc(text).entities.filter((e) => e.type === type).map((e) => [e.text, e.name]);

test("an abbreviation with a case ending after a hyphen is the body its initials spell, as the bare one is", () => {
  const orgs = names("Şəhərdə “Qala Su Kanalı” ASC-də (QSK) yeni xidmət açılıb. Bu barədə QSK-dan bildirilib. QSK-nın sədri danışıb.", "ORG");
  assert.deepEqual(orgs.filter(([t]) => t.startsWith("QSK")).map(([, n]) => n), ["Qala Su Kanalı", "Qala Su Kanalı", "Qala Su Kanalı"]);
  // look-alike: an abbreviation that spells no body of the article keeps its letters
  const other = names("“Qala Su Kanalı” ASC-də yeni xidmət açılıb. Bu barədə MTR-dən bildirilib.", "ORG");
  assert.ok(other.every(([t, n]) => !t.startsWith("MTR") || n === "MTR"));
});

test("a person's given name alone is the one person of the article whose full name opens with it", () => {
  const pers = names("Bankın idarə heyətinə Tural Cahangirov təyin edilib. Tural bəyin təcrübəsi böyükdür.", "PER");
  assert.deepEqual(pers.map(([, n]) => n), ["Tural Cahangirov", "Tural Cahangirov"]);
  // look-alike: two people who share the given name leave it as written
  const two = names("Tural Cahangirov və Tural Sərdarov təyin edilib. Tural bəy danışıb.", "PER");
  assert.ok(two.every(([t, n]) => t !== "Tural" || n === "Tural"));
});

test("a capitalised head after a quoted name joins the name in its nominative", () => {
  assert.deepEqual(names("Nazir “Şərq-Qərb” Dəhlizinin inkişafından danışıb.", "MISC"), [["Şərq-Qərb", "Şərq-Qərb Dəhlizi"]]);
  // look-alike: a lower-case event head keeps its own nominative, as before
  assert.deepEqual(names("Nazir “Yaşıl Keçid” forumunda çıxış edib.", "MISC"), [["Yaşıl Keçid", "Yaşıl Keçid forumu"]]);
});

test("a name ending in a vowel, listed beside names written bare, is bare too", () => {
  assert.deepEqual(names("Parklar Mingəçevir, Balaxanı, Ağdam rayonunda yerləşir.", "LOC").map(([, n]) => n), ["Mingəçevir", "Balaxanı", "Ağdam"]);
  assert.deepEqual(names("Hava limanları Adhampur, Tambala, Amritsar və Kolhar şəhərlərində bağlanıb.", "LOC").map(([, n]) => n),
    ["Adhampur", "Tambala", "Amritsar", "Kolhar"]);
  // look-alikes: every name of the list in the dative; a name the verb governs
  assert.deepEqual(names("Şirkət məhsulları Rusiyaya, Çinə və Hindistana ixrac edir.", "LOC").map(([, n]) => n), ["Rusiya", "Çin", "Hindistan"]);
  assert.deepEqual(names("Səfər Tambalaya, sonra Kolhara olacaq.", "LOC").map(([, n]) => n), ["Tambala", "Kolhar"]);
});

test("a body's name with a middle word left out is no short form of a longer name listed in its own sentence", () => {
  assert.deepEqual(names("Siyahıda Azərbaycan Texniki Universiteti, Azərbaycan Universiteti və Bakı Biznes Universiteti var.", "ORG").map(([, n]) => n),
    ["Azərbaycan Texniki Universiteti", "Azərbaycan Universiteti", "Bakı Biznes Universiteti"]);
  // look-alike: in a later sentence it is still the short form of the body named in full
  assert.deepEqual(names("Qazaxıstan Maliyyə Nazirliyinin Gəlirlər Komitəsi bəyanat yayıb. Qazaxıstan Gəlirlər Komitəsinin sədri danışıb.", "ORG").map(([, n]) => n),
    ["Qazaxıstan Maliyyə Nazirliyinin Gəlirlər Komitəsi", "Qazaxıstan Maliyyə Nazirliyinin Gəlirlər Komitəsi"]);
});
