// The time stage on politics and economy news it was not tuned on (time22): each general cause fixed, proved on
// sentences written for these tests, each with a look-alike that must keep its old reading.
import { test } from "node:test";
import assert from "node:assert/strict";
import { timexChecks } from "./support/timexes.js";

const JUN = "2025-06-11"; // a Wednesday
const AUG = "2025-08-05";
const MAY = "2025-05-10";

const { tx, one, none } = timexChecks(JUN);
const pairs = (text: string, date = JUN) => tx(text, date).map((t) => [t.text, t.value, t.mod]);

test("a part of the day before a clock time is one time, the clock's, after noon where the part says so", () => {
  assert.deepEqual(pairs("Atəşkəs mayın 8-i səhər saat 7:00-dan başlayacaq.", MAY), [["mayın 8-i səhər saat 7:00-dan", "2025-05-08T07:00", undefined]]);
  assert.deepEqual(pairs("Görüş axşam saat 7-də olacaq."), [["axşam saat 7-də", "2025-06-11T19:00", undefined]]);
  // look-alikes: the part of the day alone, the clock alone
  assert.deepEqual(pairs("Nazir səhər Bakıya gəlib."), [["səhər", "2025-06-11TMO", undefined]]);
  assert.deepEqual(pairs("Görüş saat 7-də olacaq."), [["saat 7-də", "2025-06-11T07:00", undefined]]);
});

test("N units before or after an unnamed act in the ablative are a duration; a possessed act's stay a date", () => {
  assert.deepEqual(pairs("Siyahı qərar qüvvəyə minməzdən azı 15 gün əvvəl açıqlanacaq."), [["15 gün", "P15D", undefined]]);
  assert.deepEqual(pairs("Qayda qanun qəbul edildikdən doqquz ay sonra tətbiq olunacaq."), [["doqquz ay", "P9M", undefined]]);
  assert.deepEqual(pairs("Danışıqlardan iki gün əvvəl nazir istefa verib."), [["iki gün", "P2D", undefined]]);
  // look-alikes: a possessed act, a plain offset from now
  assert.deepEqual(pairs("Tariflər sərəncamın imzalanmasından 7 gün sonra qüvvəyə minəcək.", "2025-08-01"), [["7 gün sonra", "2025-08-08", undefined]]);
  assert.deepEqual(pairs("Nazir 3 gün əvvəl Bakıya gəlib."), [["3 gün əvvəl", "2025-06-08", undefined]]);
});

test("a bare unit in the locative before an amount is a rate", () => {
  assert.deepEqual(pairs("Ölkə gündə 400 min barel neft hasil edir."), [["gündə", "P1D", undefined]]);
  assert.deepEqual(pairs("Ölkədə gündə təxminən 400 min barel neft hasil edilirdi."), [["gündə", "P1D", undefined]]);
  assert.deepEqual(pairs("Müəllim həftədə 25 saat dərs deyir."), [["həftədə", "P1W", undefined], ["25 saat", "PT25H", undefined]]);
  // look-alikes: a day or year named before the amount
  assert.deepEqual(pairs("Həmin gündə təxminən 300 nəfər saxlanılıb."), [["Həmin gündə", "2025-06-11", undefined]]);
  assert.deepEqual(pairs("Layihəyə 2024-cü ildə 5 milyon manat ayrılıb."), [["2024-cü ildə", "2024", undefined]]);
});

test("`öncəki il` is the year before the one just named", () => {
  const t = tx("2025-ci ilin ilk rübündə istehsal öncəki ildən 4 faiz artıb.", "2025-05-19");
  assert.deepEqual(t.map((x) => [x.text, x.value]), [["2025-ci ilin ilk rübündə", "2025-Q1"], ["öncəki ildən", "2024"]]);
  none("Bu barədə öncəki hesabatda yazılıb.");
});

test("the adjectives of today and yesterday are those days; `gələcəklə` is the vague future", () => {
  assert.equal(one("Komissiya bugünkü iclasda qərar qəbul edib.", "bugünkü").value, "2025-06-11");
  assert.equal(one("Komitənin dünənki iclasında layihə təsdiqlənib.", "dünənki").value, "2025-06-10");
  assert.equal(one("O, gələcəklə bağlı proqnoz verməyib.", "gələcəklə").value, "FUTURE_REF");
  // look-alikes: a daily matter, the future verb
  none("Bu, gündəlik məsələdir.");
  assert.deepEqual(pairs("O, sabah Bakıya gələcək."), [["sabah", "2025-06-12", undefined]]);
});

test("a year-less month the text placed in this year stays there when named again under a past verb of saying", () => {
  const t = tx("Ölkə avqust ayına qədər defoltla üzləşə bilər. O, avqust ayında pulun tükənməsi ehtimalını söyləyib.", MAY);
  assert.deepEqual(t.map((x) => x.value), ["2025-08", "2025-08"]);
  // look-alike: named once, under a past verb, wholly ahead: last year's
  assert.equal(one("Seçkilər noyabrda keçirilib.", "noyabrda").value, "2024-11");
});

test("a range of months naming a period just reported on is that period, even under a future verb", () => {
  assert.equal(one("Şirkət proqnozlaşdırır ki, III rübdə hasilat aprel-iyun səviyyəsi ilə müqayisədə azalacaq.", "aprel-iyun", AUG).value, "2025-04");
  // look-alike: a range still ahead
  assert.equal(one("Satışlar noyabr-dekabr mövsümündə artacaq.", "noyabr-dekabr", "2025-05-05").value, "2025-11");
});

test("a day word owned by a genitive or qualified by an adjective is the future, no day", () => {
  none("O, ölkənin iqtisadi sabahı naminə çalışır.");
  assert.equal(one("Sabahı səbirsizliklə gözləyirik.", "Sabahı").value, "2025-06-12");
  assert.equal(one("Məclisin sabah keçiriləcək iclasında layihə müzakirə olunacaq.", "sabah").value, "2025-06-12");
});
