// The time stage on news it was not tuned on (time20): each general cause fixed, proved on sentences written for
// these tests, each with a look-alike that must keep its old reading.
import { test } from "node:test";
import assert from "node:assert/strict";
import { timexChecks } from "./support/timexes.js";

const A = "2025-03-12"; // a Wednesday
const AUG = "2025-08-18";

const { tx, one, none } = timexChecks(A);

test("years listed before one year noun are years of their own", () => {
  const all = tx("Mənfəət 2021-ci və 2022-ci illərdə azalıb.");
  assert.deepEqual(all.map((t) => [t.text, t.value]), [["2021-ci", "2021"], ["2022-ci illərdə", "2022"]]);
  const bare = tx("Qeydiyyat 2019, 2020 və 2021-ci il təvəllüdlülər üçündür.");
  assert.deepEqual(bare.map((t) => t.value), ["2019", "2020", "2021"]);
  // look-alikes: an amount before the list word, and a round year in the plural (a decade)
  assert.deepEqual(tx("Kənddə 1500 və 2021-ci ildə tikilən evlər var.").map((t) => t.value), ["2021"]);
  assert.equal(one("Şirkət 2010-cu illərdə yaranıb.", "2010-cu illərdə").value, "201");
});

test("academic years written with a slash take the first year", () => {
  assert.equal(one("Qəbul 2026/2027-ci tədris ili üçün aparılır.", "2026/2027-ci").value, "2026");
  none("Xidmət 24/7 rejimində işləyir.");
});

test("a month with `ayı` in the genitive and a day is that day", () => {
  assert.equal(one("Bu il sentyabr ayının 15-dən dərslər başlayacaq.", "Bu il sentyabr ayının 15-dən", AUG).value, "2025-09-15");
  const end = one("Sentyabr ayının sonunda imtahan olacaq.", "Sentyabr ayının sonunda", AUG);
  assert.deepEqual([end.value, end.mod], ["2025-09", "END"]);
});

test("a clock time after a day range is on the range's last day", () => {
  assert.equal(one("Ərizələr 3 – 9 sentyabr (saat 17:00-dək) qəbul olunur.", "saat 17:00-dək", AUG).value, "2025-09-09T17:00");
  // look-alike: after a single day it stays on that day
  assert.equal(one("Ərizələr 9 sentyabr (saat 17:00-dək) qəbul olunur.", "saat 17:00-dək", AUG).value, "2025-09-09T17:00");
  assert.equal(one("Sentyabrın 3-də görüş olacaq. Saat 17:00-da isə mətbuat konfransı keçiriləcək.", "Saat 17:00-da", AUG).value, "2025-09-03T17:00");
});

test("year adjectives (`ötənilki`, `builki`) and the new academic year", () => {
  // (t21: before a noun that is no time they are adjectives of time, not timexes; before the noun "year" they are)
  assert.equal(one("Qiymət ötənilki ilə müqayisədə artıb.", "ötənilki ilə").value, "2024");
  assert.deepEqual(tx("Ötənilki məhsul satılmayıb."), []);
  assert.deepEqual(tx("Builki festival iyunda olacaq.").map((t) => t.text), ["iyunda"]);
  assert.equal(one("Yeni tədris ilində dərsliklər dəyişəcək.", "Yeni tədris ilində", AUG).value, "2025");
  // look-alike: `ilki` is also "the first one"
  none("Layihələrdən ilki təsdiqlənib.");
});

test("vague past, present and future references", () => {
  assert.equal(one("Bir neçə həftə əvvəl tender elan olunub.", "Bir neçə həftə əvvəl").value, "PAST_REF");
  assert.equal(one("İndiyə qədər heç kim cavab verməyib.", "İndiyə qədər").value, "PRESENT_REF");
  assert.equal(one("Hələlik qərar yoxdur.", "Hələlik").value, "PRESENT_REF");
  assert.equal(one("Qarşıdakı aylarda qiymətlər artacaq.", "Qarşıdakı aylarda").value, "FUTURE_REF");
  assert.equal(one("Bank yaxın müddətdə faizi endirəcək.", "yaxın müddətdə").value, "FUTURE_REF");
  assert.equal(one("Uzun müddətdir ki, yol təmir olunmur.", "Uzun müddətdir").value, "PXY");
  // look-alikes: a counted offset keeps its date, `qarşıdakı` before another noun is no time
  assert.equal(one("Bir həftə əvvəl tender elan olunub.", "Bir həftə əvvəl").value, "2025-W10");
  none("Qarşıdakı seçkilərdə partiya iştirak edəcək.");
});

test("fiscal years", () => {
  assert.equal(one("Büdcə 2027-ci maliyyə ilində artacaq.", "2027-ci maliyyə ilində").value, "2027");
  assert.equal(one("Cari maliyyə ilində gəlir artıb.", "Cari maliyyə ilində").value, "2025");
  none("Maliyyə hesabatı dərc olunub.");
});

test("a half of a day after a date", () => {
  const t = one("Nəticələr avqustun 22-si günün ikinci yarısında açıqlanacaq.", "avqustun 22-si günün ikinci yarısında", AUG);
  assert.deepEqual([t.type, t.value], ["TIME", "2025-08-22TAF"]);
  // look-alike: the half of a year stays a half-year
  assert.equal(one("İlin ikinci yarısında ixrac artacaq.", "İlin ikinci yarısında").value, "2025-H2");
});

test("`həmin il`, `əvvəlki il` count from the year just named", () => {
  assert.equal(one("Zavod 2019-cu ildə açılıb. Həmin il 200 nəfər işə götürülüb.", "Həmin il").value, "2019");
  assert.equal(one("2024-cü ildə gəlir 5 milyon olub, əvvəlki ildə isə 4 milyon idi.", "əvvəlki ildə").value, "2023");
  assert.equal(one("Saziş 2022-ci ilin aprelində imzalanıb. Həmin ay sərhəd açılıb.", "Həmin ay").value, "2022-04");
  assert.equal(one("Gəlir ötən ilə nisbətən artıb.", "ötən ilə").value, "2024");
  // look-alikes: `bu il` and a counted offset still count from the document date
  assert.equal(one("Zavod 2019-cu ildə açılıb. Bu il isə genişləndirilib.", "Bu il").value, "2025");
  assert.equal(one("Zavod 2019-cu ildə açılıb. Beş ildən sonra ikinci zavod tikiləcək.", "Beş ildən sonra").value, "2030");
});

test("a season of a named year, a century by a pointing word", () => {
  assert.equal(one("Gələn ilin yazında yeni metro stansiyası açılacaq.", "Gələn ilin yazında").value, "2026-SP");
  assert.equal(one("Ötən əsrin 80-ci illərində zavod bağlanıb.", "Ötən əsrin 80-ci illərində").value, "198");
  const end = one("Keçən əsrin sonunda şəhər genişlənib.", "Keçən əsrin sonunda");
  assert.deepEqual([end.value, end.mod], ["19", "END"]);
  // look-alikes: `yayında` ("on air") is no season, a numbered century is unchanged
  none("Müsahibə canlı yayında verilib.");
  assert.equal(one("XX əsrin 80-ci illərində zavod bağlanıb.", "XX əsrin 80-ci illərində").value, "198");
});

test("a weekday with `keçən` / `gələn`", () => {
  assert.equal(one("Keçən cümə günü nümayiş keçirilib.", "Keçən cümə günü").value, "2025-03-07");
  assert.equal(one("Gələn bazar ertəsi sessiya başlayacaq.", "Gələn bazar ertəsi").value, "2025-03-17");
  // look-alike: a bare weekday keeps the tense rule
  assert.equal(one("Cümə günü sessiya başlayacaq.", "Cümə günü").value, "2025-03-14");
});

test("the first or last units of a year", () => {
  const t = one("2024-cü ilin ilk üç ayında satış artıb.", "2024-cü ilin ilk üç ayında");
  assert.deepEqual([t.value, t.mod], ["2024", "START"]);
  assert.equal(one("Keçən ilin son rübündə satış artıb.", "Keçən ilin son rübündə").value, "2024-Q4");
  // look-alike: the last N units without a year stay a duration
  assert.equal(one("Son üç ayda satış artıb.", "Son üç ayda").value, "P3M");
});

test("`hər iki ildə` is 'in both years'; `hər iki ildən bir` recurs", () => {
  assert.deepEqual(tx("Hər iki ildə mənfəət olub."), []);
  assert.equal(one("Yoxlama hər iki ildən bir aparılır.", "hər iki ildən").value, "P2Y");
});

test("a number spelled out again in brackets is one number", () => {
  assert.equal(one("Sənədlər 10 (on) gün ərzində təqdim edilməlidir.", "10 (on) gün ərzində").value, "P10D");
  none("Komissiyaya 5 (beş) nəfər daxildir.");
});

test("weekdays after a weekly frequency recur", () => {
  const all = tx("Reyslər həftədə iki dəfə yerinə yetiriləcək: çərşənbə axşamı və şənbə.");
  assert.deepEqual(all.filter((t) => t.type === "SET").map((t) => t.value), ["P1W", "XXXX-WXX-2", "XXXX-WXX-6"]);
  // look-alike: without the frequency a weekday is a date
  assert.equal(one("Reys çərşənbə axşamı yerinə yetiriləcək.", "çərşənbə axşamı").value, "2025-03-18");
});

test("a part of the day with a pointing word; the last day of 24 hours", () => {
  assert.equal(one("Bu axşam konsert olacaq.", "Bu axşam").value, "2025-03-12TEV");
  assert.equal(one("Son sutka ərzində 12 yanğın qeydə alınıb.", "Son sutka ərzində").value, "P1D");
  // look-alikes: a part of the day alone, and `son gün` (the deadline) is no duration
  assert.equal(one("Axşam konsert olacaq.", "Axşam").value, "2025-03-12TEV");
  none("Son gün ərizə vermək olmaz.");
});
