// Stop 36 (lead): quote speakers on the real-page study sets, written as invented sentences for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const speakers = (text: string) => (annotate({ id: "t", text, document_date: "2025-11-12" }).quotes ?? []).map((q) => q.speaker);

test("a pronoun speaker is the person in focus, not one named before `barədə`/`haqqında` (what was talked of)", () => {
  const text = "Nazirliyin sözçüsü Ramil Quliyev Samir Əhmədovun Gürcüstanda saxlanılmasına münasibət bildirib.\n\n" +
    "O xatırladıb ki, Samir Əhmədov barədə məlumat daxil olan gündən səfirliyə müraciət edilib: \"Gürcüstan tərəfi cavab " +
    "verib ki, Samir Əhmədovun işi araşdırılır. Bu barədə Samir Əhmədovun ailəsinə məlumat verilib\".\n\n" +
    "\"Səfirlik bu məsələni daim diqqətdə saxlayır və ailə ilə əlaqədədir\", - deyə o bildirib.";
  assert.deepEqual(speakers(text), ["Ramil Quliyev", "Ramil Quliyev"]);
  // look-alike: a person who is the subject before is still the one in focus
  const plain = "Nazirliyin sözçüsü Ramil Quliyev jurnalistlərə açıqlama verib. Samir Əhmədov da bu gün bəyanat yayıb.\n\n" +
    "\"Biz heç bir qanunu pozmamışıq və məhkəməyə müraciət edəcəyik\", - deyə o bildirib.";
  assert.deepEqual(speakers(plain), ["Samir Əhmədov"]);
});

test("a kinship or trade noun speaking tells again the person it named before (`əsirin anası X` … `Ana … deyib: \"…\"`)", () => {
  assert.deepEqual(speakers("Qəzet əsgərin anası Nərmin Vəliyeva ilə əlaqə saxlayıb.\n\nAna xəbəri eşidəndə ağladığını deyib: " +
    "\"Oğlumla sonuncu dəfə martın 3-də danışmışıq. O vaxtdan bəri heç bir xəbər yoxdur\"."), ["Nərmin Vəliyeva"]);
  assert.deepEqual(speakers("Jurnalistin vəkili Elçin Sadıqov məhkəmədə çıxış edib.\n\nVəkil bildirib: \"Biz apellyasiya şikayəti " +
    "verəcəyik və sona qədər gedəcəyik\"."), ["Elçin Sadıqov"]);
});

test("an office noun right before a person's name in the genitive or nominative is that person (`- vəkil X-in sözləridir`)", () => {
  assert.deepEqual(speakers("Hakimlər heyətinə Rauf Həsənli daxildir. \"Siz məhkəmə olaraq öz qərarınıza hörmət etməlisiniz\", - vəkil " +
    "Orxan Bağırovun sözləridir."), ["Orxan Bağırov"]);
  // look-alike: the person after the office noun in the dative is spoken to
  assert.deepEqual(speakers("Verilişdə Partiyanın sədr müavini Tural Abbaslı ilə Kamran Həsənli mübahisə ediblər. Bu zaman partiyanın sədr " +
    "müavini K. Həsənliyə \"Sən heç vaxt xalqın maraqlarını müdafiə etməmisən və etməyəcəksən\" deyib."), ["Tural Abbaslı"]);
});
