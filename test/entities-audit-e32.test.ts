// Entities audited over the unlabelled pools (e32): capitalised names filling quotation marks, one of them a body typed
// only over the whole document; named days cut at a common word that is also a known person's surname; one unknown word
// after an occupation noun; an acronym before a bare facility's head qualifying another word; an abstract noun opening
// a headline's clause after a spaced dash. Sentences invented for these tests; each change has a look-alike that must
// stay as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findEntity as find, hasEntity as has } from "./helpers-entities.js";

test("quoted names, one a body the document types, are that one body", () => {
  const t = "\"Gürcüstan Dəmir Yolları\"nın rəhbəri bəyanat verib.";
  const e = find(t, "Gürcüstan Dəmir Yolları");
  assert.equal(e?.type, "ORG");
  assert.equal(e?.name, "Gürcüstan Dəmir Yolları");
  assert.equal(has(t, "Gürcüstan"), false);
  // look-alike: quoted names none of which is a body stay apart
  const u = "Şirkət \"Gəncə Residence\" yaşayış kompleksində mənzil verib.";
  assert.equal(find(u, "Gəncə")?.type, "LOC");
  assert.equal(has(u, "Gəncə Residence"), false);
});

test("a common word that is also a known person's surname, inside a named day, is the day's word", () => {
  assert.equal(find("Beynəlxalq Qan Donoru Günü münasibətilə aksiya keçirilib.", "Beynəlxalq Qan Donoru Günü")?.type, "MISC");
  const t = "Şirkət 14 iyun – Ümumdünya Qan Donoru Günü ərəfəsində aksiya keçirib.";
  assert.equal(find(t, "Ümumdünya Qan Donoru Günü")?.type, "MISC");
  assert.equal(has(t, "Qan"), false);
  // look-alikes: the person named in full stays a person; a place before a day stays apart
  assert.equal(find("Tsin Qan Pekində çıxış edib.", "Tsin Qan")?.type, "PER");
  const u = "Laçında Zəfər Günü qeyd olunub.";
  assert.equal(find(u, "Laçında")?.type, "LOC");
  assert.equal(find(u, "Zəfər Günü")?.type, "MISC");
});

test("one unknown word after a lower-case occupation noun is the person so called", () => {
  assert.equal(find("Klubun qapıçısı Kurtua zədə alıb.", "Kurtua")?.type, "PER");
  assert.equal(find("Komandanın hücumçusu Osimen qol vurub.", "Osimen")?.type, "PER");
  // look-alikes: a known place after such a noun, and an unknown word in a case, stay as they were
  assert.equal(find("Komandanın müdafiəçisi Bakıya gəlib.", "Bakıya")?.type, "LOC");
  assert.notEqual(find("Bizim boksçu İslamiadanın qalibi olub.", "İslamiadanın")?.type, "PER");
});

test("an acronym before a bare facility's head that qualifies another word is a body", () => {
  assert.equal(find("“Vaxt çatıb”, – ETOA mehmanxana biznes assosiasiyasının prezidenti Con Smit bildirib.", "ETOA")?.type, "ORG");
  // look-alike: a name before the head with its possessive is the facility's
  assert.equal(find("Qonaqlar dünən Zirə Palas mehmanxanasında qalıb.", "Zirə Palas")?.type, "LOC");
});

test("an abstract noun of a common word after a spaced dash in a headline opens the clause, no name", () => {
  assert.equal(has("Yeni yol çəkilir - Sıxlıq aradan qalxacaq", "Sıxlıq"), false);
  // look-alike: a place there stays a place
  assert.equal(find("Dəhşətli yanğın - Xırdalanda ev yandı", "Xırdalanda")?.type, "LOC");
});
