// The time stage on politics and economy news it was not tuned on (time21): each general cause fixed, proved on
// sentences written for these tests, each with a look-alike that must keep its old reading.
import { test } from "node:test";
import assert from "node:assert/strict";
import { timexChecks } from "./support/timexes.js";

const JUN = "2025-06-11"; // a Wednesday
const JAN = "2025-01-15";

const { tx, one, none } = timexChecks(JUN);

test("working days are days", () => {
  const t = one("Müqavilə 5 (beş) iş günü ərzində imzalanmalıdır.", "5 (beş) iş günü ərzində");
  assert.deepEqual([t.type, t.value], ["DURATION", "P5D"]);
  none("Bu, onun nazirlikdə ilk iş günü idi.");
});

test("`əvvəllər` (previously) is a vague past, `daha əvvəl` is no timex", () => {
  assert.equal(one("Əvvəllər bu məsələ gündəmdə olmayıb.", "Əvvəllər").value, "PAST_REF");
  none("Nazir bunu daha əvvəl bildirmişdi.");
});

test("a number word and a unit written as one adjective are a duration", () => {
  assert.deepEqual(tx("Prezident ikigünlük səfərə yola düşüb.").map((t) => [t.text, t.value]), [["ikigünlük", "P2D"]]);
  none("Nazirliyin gündəlik işi dəyişməyib.");
});

test("`öncəki gün` is the day before", () => {
  assert.equal(one("Neftin qiyməti öncəki günlə müqayisədə artıb.", "öncəki günlə").value, "2025-06-10");
  none("Bu barədə öncəki hesabatda yazılıb.");
});

test("`qarşıdan gələn` before a time noun is a vague future; before a thing, no timex", () => {
  assert.equal(one("Qarşıdan gələn aylarda yeni danışıqlar gözlənilir.", "Qarşıdan gələn aylarda").value, "FUTURE_REF");
  none("Partiya qarşıdan gələn seçkilərə hazırlaşır.");
});

test("the first N months of a year, with or without `ilk`, with `ərzində`: the year from its start, one span", () => {
  const a = one("Qərar 2025-ci ilin ilk altı ayı ərzində icra olunacaq.", "2025-ci ilin ilk altı ayı ərzində");
  assert.deepEqual([a.value, a.mod], ["2025", "START"]);
  const b = one("Bu ilin 9 ayında ixrac 5 faiz artıb.", "Bu ilin 9 ayında");
  assert.deepEqual([b.value, b.mod], ["2025", "START"]);
  const c = one("2024-cü ilin doqquz ayı ərzində idxal azalıb.", "2024-cü ilin doqquz ayı ərzində");
  assert.deepEqual([c.value, c.mod], ["2024", "START"]);
  // look-alike: months that are left are no period things happen in
  assert.ok(!tx("Bu ilin 3 ayı qalır.").some((t) => t.mod === "START"));
});

test("a year adjective is a time only before the noun `year`", () => {
  assert.equal(one("Qiymətlər ötənilki ilə müqayisədə artıb.", "ötənilki ilə").value, "2024");
  none("Nazir builki büdcə haqqında danışıb.");
});

test("months listed under one year are of that year", () => {
  const all = tx("2024-cü ilin mart və aprel aylarında qiymətlər artıb.");
  assert.deepEqual(all.map((t) => [t.text, t.value]), [["2024-cü ilin mart", "2024-03"], ["aprel aylarında", "2024-04"]]);
  assert.deepEqual(tx("Təşkilat 2025-ci ilin may və iyun aylarında hasilatı artıracaq.").map((t) => t.value), ["2025-05", "2025-06"]);
  // look-alike: a month in a clause of its own keeps its own year
  assert.equal(one("2023-cü ilin martında ixrac artıb, aprel ayında isə azalıb.", "aprel ayında").value, "2025-04");
});

test("a bare month before a noun names a thing: the nearest such month, whatever a past verb says", () => {
  assert.equal(one("Birjada neftin iyul fyuçerslərinin qiyməti 2 faiz artıb.", "iyul", "2025-05-20").value, "2025-07");
  assert.equal(one("Noyabr seçkilərindən sonra müxalifət etiraz edib.", "Noyabr", JAN).value, "2024-11");
  // look-alike: a month the past verb places (in the locative) is still last year's when it lies ahead
  assert.equal(one("Neftin qiyməti iyulda 2 faiz artıb.", "iyulda", "2025-05-20").value, "2024-07");
});

test("a month or day a plan told to a past verb of saying is the time of lies ahead", () => {
  assert.equal(one("Prezident avqust ayında Moskvaya səfər edəcəyini bildirib.", "avqust ayında").value, "2025-08");
  assert.equal(one("Nazir iyulun 20-də Bakıya gələcəyini bildirib.", "iyulun 20-də").value, "2025-07-20");
  // look-alike: the past act itself, ahead in the calendar, is last year's
  assert.equal(one("Prezident avqust ayında Moskvaya səfər edib.", "avqust ayında").value, "2024-08");
});

test("with no verb of tense, a day most of a year ahead is last year's", () => {
  assert.equal(one("Dekabrın 25-dən bəri atəşkəs qüvvədədir.", "Dekabrın 25-dən", JAN).value, "2024-12-25");
  // look-alikes: a future verb keeps it ahead; a day a few months ahead stays this year's
  assert.equal(one("Dekabrın 25-də seçki keçiriləcək.", "Dekabrın 25-də", JAN).value, "2025-12-25");
  assert.equal(one("Sərgi mayın 5-dək açıqdır.", "mayın 5-dək", JAN).value, "2025-05-05");
});

test("`ötən gecə` is last night; a date in the dative before it makes `keçən` a participle", () => {
  const t = one("Ötən gecə Kiyevə hücum olub.", "Ötən gecə");
  assert.deepEqual([t.type, t.value], ["TIME", "2025-06-10TNI"]);
  // (te28: the night from one day into the next is one time, the night of the first day)
  const all = tx("Xatırladaq ki, aprelin 30-dan mayın 1-nə keçən gecə saziş imzalanıb.", "2025-05-12");
  assert.deepEqual(all.map((x) => [x.text, x.value]), [["aprelin 30-dan mayın 1-nə keçən gecə", "2025-04-30TNI"]]);
});

test("`N gün sonra` with a verb in the present counts from now; in a past narrative, from the day last named", () => {
  assert.equal(one("Bank iyulun 30-da emissiya elan edib. Abunə yazılışı 2 gün sonra başa çatır.", "2 gün sonra", "2025-08-11").value, "2025-08-13");
  assert.equal(one("Nazir iyunun 2-də Parisə gedib. İki gün sonra o, Berlinə yola düşüb.", "İki gün sonra").value, "2025-06-04");
});

test("the narrative of politics news keeps its readings", () => {
  const cases: [string, string, string, string?, string?][] = [
    ["Nazir ötən ay Bakıya səfər edib.", "ötən ay", "2025-05"],
    ["Prezident ötən həftə Ankarada olub.", "ötən həftə", "2025-W23"],
    ["Keçən ilin dekabrında parlament seçkiləri keçirilib.", "Keçən ilin dekabrında", "2024-12"],
    ["Prezident iyunun 5-də Brüsselə gedib. Həmin gün o, alyansın baş katibi ilə görüşüb.", "Həmin gün", "2025-06-05"],
    ["Dekabrın 25-də parlament yeni qanunu qəbul edib.", "Dekabrın 25-də", "2024-12-25", JAN],
    ["Nazirlər Kabineti çərşənbə günü toplanıb.", "çərşənbə günü", "2025-06-11"],
    ["Gələn ilin yazında yeni zavod açılacaq.", "Gələn ilin yazında", "2026-SP"],
    ["1990-cı illərdə regionda münaqişə başlayıb.", "1990-cı illərdə", "199"],
    ["Keçən çərşənbə günü iclas keçirilib.", "Keçən çərşənbə günü", "2025-06-04"],
  ];
  for (const [text, span, value, date] of cases) assert.equal(one(text, span, date ?? JUN).value, value, text);
});
