// Entities audited over the unlabelled pools (e31): common words capitalised by their place at the head of a list's
// item (after a dash set against them, a number or letter with a bracket) or on a line of the document run into a
// paragraph elsewhere, which read as places; and capitalised words in quotes, with no head after them, split into a
// body and a place. Sentences invented for these tests; each change has a look-alike that must stay as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entitiesOf as ents, findEntity as find, hasEntity as has } from "./helpers-entities.js";

test("the first word of a list's item after a dash set against it is no place", () => {
  const t = "Şirkət aşağıdakı vakansiyalar üzrə işçi axtarır: -Kassir -Ofisiant -Anbar işçisi -Mühasibat.";
  for (const w of ["Kassir", "Ofisiant", "Anbar", "Mühasibat"]) assert.equal(has(t, w), false, w);
  // look-alikes: places and a person opening such items stay
  const u = "Tədbir aşağıdakı şəhərlərdə keçiriləcək: -Bakı -Gəncə şəhəri -Lənkəran.";
  for (const w of ["Bakı", "Gəncə", "Lənkəran"]) assert.equal(find(u, w)?.type, "LOC", w);
  assert.equal(find("Namizədlər: – Rəşad Quliyev; – Səbinə Əliyeva.", "Səbinə Əliyeva")?.type, "PER");
});

test("an item after a semicolon and a dash, or after a number or letter with a bracket, opens as a sentence does", () => {
  assert.equal(has("Tələblər belədir: ali təhsil; – Vaxtaşırı ezamiyyətə getmək.", "Vaxtaşırı"), false);
  assert.equal(has("Fənlər:\n2) Coğrafiya\nb) Sosiologiya", "Coğrafiya"), false);
  assert.equal(has("Fənlər:\n2) Coğrafiya\nb) Sosiologiya", "Sosiologiya"), false);
  // look-alikes: a body's name, a person's name after such a mark; a bracket closing a number in a body's name
  const t = "Siyahı:\n2) Azərbaycan Respublikasının Təhsil Nazirliyi\na) Elvin Məmmədov";
  assert.equal(find(t, "Azərbaycan Respublikasının Təhsil Nazirliyi")?.type, "ORG");
  assert.equal(find(t, "Elvin Məmmədov")?.type, "PER");
  // (a dash between two words of a headline with spaces on both sides is not a list's mark: a place after it stays)
  assert.equal(find("Komanda qalib gəldi - Fransa ikinci oldu", "Fransa")?.type, "LOC");
});

test("a lone word opening a line elsewhere in the document, run into a paragraph here, is no place", () => {
  const t = "Ixtisaslar: Riyaziyyat – 40 yer Fizikokimya müəllimliyi – 20 yer Sosiologiya – 20 yer Bakı şəhəri – 10 yer.\n"
    + "Ixtisaslar aşağıdakılardır:\nFizikokimya müəllimliyi – 20 yer\nSosiologiya – 20 yer\nBakı şəhəri – 10 yer";
  assert.equal(has(t, "Fizikokimya"), false);
  assert.equal(has(t, "Sosiologiya"), false);
  // look-alike: a known place so run in stays a place, twice
  assert.equal(ents(t).filter((e) => e.text === "Bakı" && e.type === "LOC").length, 2);
  // look-alike: the same word with no line of its own elsewhere keeps its reading
  const u = "Ixtisaslar: Riyaziyyat – 40 yer Fizikokimya müəllimliyi – 20 yer Sosiologiya – 20 yer.";
  assert.equal(has(u, "Sosiologiya"), true);
  // look-alike: a person's name after a comma, opening a line elsewhere, stays whole
  const v = "Bankda dəyişiklik olub.\nNamiq Səfərov və Orxan Quliyev şuraya təyin edilib.\nQeyd edək ki, Namiq Səfərov və Orxan Quliyev bankda çalışıblar.";
  assert.equal(ents(v).filter((e) => e.text === "Namiq Səfərov").length, 2);
});

test("capitalised words in quotes with no head after them, a body among them, are one body", () => {
  const t = 'Səhmlərin 5 faizi "Qaraqum Bank Türkmənistan"a məxsusdur.';
  assert.equal(find(t, "Qaraqum Bank Türkmənistan")?.type, "ORG");
  assert.equal(has(t, "Türkmənistan"), false);
  assert.equal(find('Layihəni "SOCAR Downstream" həyata keçirir.', "SOCAR Downstream")?.type, "ORG");
  // look-alikes: places only in the quotes stay apart; a head after the quotes types the name as before
  const u = 'Komanda "Bakı Gəncə" oyununda qalib gəldi.';
  assert.equal(find(u, "Bakı")?.type, "LOC");
  assert.equal(find(u, "Gəncə")?.type, "LOC");
  assert.equal(find('Sakinlər "Şəki Residence" kompleksinə köçüb.', "Şəki Residence")?.type, "LOC");
});
