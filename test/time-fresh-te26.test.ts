// The time stage on the studied sets time6/time7 (te26): each general cause fixed, proved on sentences written for
// these tests, each with a look-alike that must keep its old reading.
import { test } from "node:test";
import assert from "node:assert/strict";
import { timexChecks } from "./support/timexes.js";

const AUG = "2025-08-04";
const { tx, one, none } = timexChecks(AUG);

test("a day closed by a comma takes the tense of the main verb, not of a future participle on the way", () => {
  assert.equal(one("İyulun 25-də, şəhərə yeni həyat gətirəcək “Yaşıl Ada” layihəsinin açılışı keçirildi.", "İyulun 25-də").value, "2025-07-25");
  // look-alikes: the participle's own date (no comma), and a future verb closing the sentence
  assert.equal(one("İyulun 25-də keçiriləcək festivala hazırlıq görülür.", "İyulun 25-də").value, "2026-07-25");
  assert.equal(one("İyulun 25-də, nazir Gəncəyə gələcək.", "İyulun 25-də").value, "2026-07-25");
});

test("a bare unit before `ərzində` is one unit; with a pointing word or a year number it is that period", () => {
  const all = tx("İl ərzində ixrac 8% artıb. Ötən il ərzində gəlir azalıb. 2023-cü il ərzində zavod tikilib.");
  assert.deepEqual(all.map((t) => [t.text, t.value]), [["İl ərzində", "P1Y"], ["Ötən il ərzində", "2024"], ["2023-cü il ərzində", "2023"]]);
  // look-alike: a few days is no one day
  assert.deepEqual(tx("Vəsait yaxın bir neçə gün ərzində köçürüləcək.").map((t) => t.value), ["PXD"]);
});

test("`həmin tarix` in a case of place is the day just named", () => {
  assert.equal(one("Şirkət 2024-cü il dekabrın 31-nə 9 filial açıb. Ötən il gəlir artıb. Həmin tarixə işçi sayı 900 olub.", "Həmin tarixə").value, "2024-12-31");
  // look-alike: `tarixi` as "historic"
  assert.deepEqual(tx("Həmin tarixi bina bərpa olunur.").map((t) => t.text), []);
});

test("a year number's adjective (`2023-cü ilki`) is the year; a pointing word's before a thing is not", () => {
  assert.equal(one("2023-cü ilki göstəricilər açıqlanıb.", "2023-cü ilki").value, "2023");
  none("Ötən ilki göstərici aşağı olub.");
});

test("nearly an amount of time (`N ilə yaxın`) is an approximate duration", () => {
  const d = one("Alim 15 ilə yaxın Çində çalışıb.", "15 ilə yaxın");
  assert.deepEqual([d.type, d.value, d.mod], ["DURATION", "P15Y", "APPROX"]);
  assert.equal(one("Təmir iki aya yaxın çəkəcək.", "iki aya yaxın").value, "P2M");
  // look-alike: near a place is no time
  none("Kənd sərhədə yaxın yerləşir.");
});

test("vague references: soon, the coming period, once, the following years by the verb's tense", () => {
  assert.deepEqual(tx("Yaxın zaman ərzində yeni xidmət təqdim olunacaq.").map((t) => t.value), ["FUTURE_REF"]);
  assert.deepEqual(tx("Qarşıdakı dövr üçün planlar müzakirə olunub.").map((t) => t.value), ["FUTURE_REF"]);
  assert.deepEqual(tx("Vaxtilə bu kənd kasıb idi.").map((t) => t.value), ["PAST_REF"]);
  assert.deepEqual(tx("Kitab 2002-ci ildə çıxıb. Növbəti illərdə o, Yaponiyaya səfər etmişdir.").map((t) => t.value), ["2002", "PAST_REF"]);
  assert.deepEqual(tx("Növbəti illərdə yeni zavodlar tikiləcək.").map((t) => t.value), ["FUTURE_REF"]);
});
