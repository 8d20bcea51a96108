// Entities audited over the unlabelled pools (e30): a headline's word in capitals beside a shouted verb, a person's
// name before a body known by its acronym, a Russian patronymic closing an official name, and a body's compound name
// opening a sentence though the article writes its first word in lower case too. Sentences invented for these tests;
// each change has a look-alike that must stay as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entitiesOf as ents, findEntity as find, hasEntity as has } from "./helpers-entities.js";

test("a rare word in capitals beside a shouted verb is the headline's word, no body", () => {
  assert.equal(ents("Direktor BƏRAƏT ALDI: evi özünə qaytarıldı").length, 0);
  assert.equal(ents("Sərhəddə əsgər HƏLAK OLDU").length, 0);
  assert.equal(ents("Qəzada ölənlərin KİMLİYİ BİLİNDİ").length, 0);
  // look-alikes: an acronym before a lower-case word, or before a capitalised word that is no common word, stays a body
  assert.equal(find("AYNA dayanacaqlarda yeni qaydalar tətbiq edir", "AYNA")?.type, "ORG");
  // (in quotes with no head after them, the words in capitals are one name: e31)
  assert.equal(find("Şirkət sistemə “ASAN LOGIN” üzərindən daxil olur", "ASAN LOGIN")?.type, "ORG");
});

test("an unknown person's name before a body known by its acronym is a name of its own", () => {
  const t = "Mateuş Koxalski UEFA Çempionlar Liqasında ən çox seyv edən qapıçıdır";
  assert.equal(find(t, "Mateuş Koxalski")?.type, "PER");
  assert.equal(find(t, "UEFA Çempionlar Liqasında")?.name, "UEFA Çempionlar Liqası");
  // look-alike: a known place before the acronym opens the body's name
  const u = find("Azərbaycan UNESCO Milli Komissiyasının iclası keçirilib.", "Azərbaycan UNESCO Milli Komissiyasının");
  assert.equal(u?.type, "ORG");
});

test("a Russian patronymic closes an official name written surname first", () => {
  const t = "Siyahıda Ağayeva Səbinə Abbasovna və İvanov Sergey Petroviç var.";
  const a = find(t, "Ağayeva Səbinə Abbasovna");
  assert.equal(a?.type, "PER");
  assert.equal(a?.name, "Ağayeva Səbinə Abbasovna");
  assert.equal(find(t, "İvanov Sergey Petroviç")?.name, "İvanov Sergey Petroviç");
  // look-alikes: the Azerbaijani patronymic as before; a patronymic after the given name, surname last, as written
  assert.equal(find("Qaliblər: Əliyev Murad Rasim oğlu və başqaları.", "Əliyev Murad Rasim oğlu")?.name, "Əliyev Murad Rasim oğlu");
  assert.equal(find("Görüşdə Anna Sergeyevna Petrova çıxış edib.", "Anna Sergeyevna Petrova")?.type, "PER");
  // (a Serbian surname in a case after a known person is that of a second person, no patronymic)
  assert.equal(find("Prezident İlham Əliyev Yelena Markoviçi qəbul edib.", "İlham Əliyev")?.type, "PER");
  assert.ok(!ents("Prezident İlham Əliyev Yelena Markoviçi qəbul edib.").some((e) => e.name === "Yelena Əliyev"));
});

test("a body's compound name opening a sentence keeps its first word, though written in lower case elsewhere", () => {
  const t = "Peşə təhsili vacibdir. Əmək Bazarı Xidmətindən bildirilib ki, işsizlik azalıb.";
  assert.equal(find(t, "Əmək Bazarı Xidmətindən")?.name, "Əmək Bazarı Xidməti");
  const u = "Məktəbdə təhsil pulsuzdur. Təhsil Tələbə Krediti Fondundan bildirilib ki, ödəniş başlayıb.";
  assert.equal(find(u, "Təhsil Tələbə Krediti Fondundan")?.type, "ORG");
  // a well-known body by its name
  assert.equal(find("Təhsilin İnkişafı Fondunun sədri çıxış edib.", "Təhsilin İnkişafı Fondunun")?.type, "ORG");
  // look-alikes: the sentence's subject before a body (no possessive after it), a plural noun, stay outside
  assert.ok(has("Bütün otellər doludur. Otellər Avropa Məhkəməsinin qərarını gözləyir.", "Avropa Məhkəməsinin"));
  assert.ok(has("Yeni tədbir təşkil olunub. Tədbir Dövlət İmtahan Mərkəzində keçirilib.", "Dövlət İmtahan Mərkəzində"));
});

test("two proper words spelt as the language respells foreign names are a person's, outside quotes", () => {
  const t = "Dolf Lundqren özünü hələ də günahkar hiss edir";
  assert.equal(find(t, "Dolf Lundqren")?.type, "PER");
  // opening the sentence, the name is its subject, in the nominative
  assert.equal(find("Keti Perri veterandan beş milyon dollar tələb edir", "Keti Perri")?.name, "Keti Perri");
  // look-alikes: a firm keeps its own spelling (`ck`, `ee`), and a name in quotes is a club's or a firm's
  // (respelt, the same firm would read as a person's name: the spelling is what tells them apart)
  assert.equal(find("Bu müqaviləni Lockheed Martin imzalayıb.", "Lockheed Martin")?.type, "ORG");
  assert.equal(find("Bu müqaviləni Avant Group imzalayıb.", "Avant Group")?.type, "ORG");
  assert.equal(find("Finalda “Real Betis” qalib gəldi", "Real Betis")?.type, "ORG");
});
