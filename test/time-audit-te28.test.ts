// The time stage after an audit of the unlabelled pools (te28): days listed under one month, the night from one day into
// the next, a clock time written with a dot, a part or day of every period, vague lengths of some units, the weekend,
// and the coming days; proved on sentences written for these tests, each with a look-alike that must keep its reading.
import { test } from "node:test";
import assert from "node:assert/strict";
import { timexChecks } from "./support/timexes.js";

const JUN = "2025-06-11"; // a Wednesday
const { tx, one } = timexChecks(JUN);
const spans = (text: string) => tx(text).map((t) => [t.text, t.value]);

test("days listed before one month are dates of that month, a range among them too", () => {
  assert.deepEqual(spans("Sərgi 12, 13 və 14 iyul tarixlərində keçiriləcək."),
    [["12", "2025-07-12"], ["13", "2025-07-13"], ["14 iyul", "2025-07-14"]]);
  assert.deepEqual(spans("İmtahanlar 3-5, 9 və 10 iyul tarixlərində aparılacaq.").map(([t]) => t), ["3-5", "9", "10 iyul"]);
  assert.equal(one("İmtahanlar 3-5, 9 və 10 iyul tarixlərində aparılacaq.", "3-5").value, "2025-07-03");
  // look-alikes: numbers before no month (ages) are none; numbers that do not rise are no list of days
  assert.deepEqual(tx("Komandada 12, 13 və 14 yaşlı uşaqlar var."), []);
  assert.deepEqual(spans("Qaliblərə 30 və 5 iyul tarixlərində mükafat veriləcək."), [["5 iyul", "2025-07-05"]]);
});

test("days listed after a month close with their ending; a count after a date is no day", () => {
  assert.deepEqual(spans("Qeydiyyat mayın 5, 6 və 7-də aparılıb."), [["mayın 5", "2025-05-05"], ["6", "2025-05-06"], ["7-də", "2025-05-07"]]);
  // look-alikes: the date has its own ending, or the list ends with no ending (a count)
  assert.deepEqual(spans("Mayın 5-də, 6 nəfər saxlanılıb."), [["Mayın 5-də", "2025-05-05"]]);
  assert.deepEqual(spans("Mayın 5, 6 nəfər saxlanılıb.").map(([t]) => t), ["Mayın 5"]);
});

test("the night from one day into the next is the night of the first day", () => {
  const a = one("Rusiya iyunun 8-dən 9-na keçən gecə Ukraynaya dronlarla hücum edib.", "iyunun 8-dən 9-na keçən gecə");
  assert.deepEqual([a.type, a.value], ["TIME", "2025-06-08TNI"]);
  assert.equal(one("Mayın 31-dən iyunun 1-nə keçən gecə şəhərə raket zərbəsi endirilib.", "Mayın 31-dən iyunun 1-nə keçən gecə").value, "2025-05-31TNI");
  // look-alikes: `keçən gecə` alone is last night; two days that are not one after the other keep their own readings
  assert.equal(one("Keçən gecə şəhərə raket zərbəsi endirilib.", "Keçən gecə").value, "2025-06-10TNI");
  assert.ok(!tx("Sərgi iyunun 8-dən 12-nə keçən gecə bağlanıb.").some((t) => t.value.endsWith("TNI") && t.value.startsWith("2025-06-08")));
});

test("a clock time written with a dot is read after `saat`, nowhere else", () => {
  const t = one("Hava limanı iyunun 15-i saat 6.45-ə qədər bağlı qalacaq.", "iyunun 15-i saat 6.45-ə");
  assert.deepEqual([t.type, t.value], ["TIME", "2025-06-15T06:45"]);
  assert.equal(one("Qatar bu gün saat 10.30-da yola düşəcək.", "bu gün saat 10.30-da").value, "2025-06-11T10:30");
  // look-alikes: an amount with a dot, and an hour that cannot be one
  assert.deepEqual(tx("Qiymət 10.30 manat olub."), []);
  assert.deepEqual(tx("Göstərici saat 34.75 səviyyəsində qalıb."), []);
});

test("a part or a day of every period is a set", () => {
  const q = one("Bəyannamə hər rübün sonunda təqdim edilir.", "hər rübün sonunda");
  assert.deepEqual([q.type, q.value], ["SET", "P3M"]);
  assert.equal(one("Müavinət hər ayın 20-dək ödənilir.", "hər ayın 20-dək").value, "P1M");
  assert.equal(one("Hesabat hər ilin əvvəlində dərc olunur.", "hər ilin əvvəlində").type, "SET");
  // look-alike: with no `hər`, the part of this year
  const e = one("Hesabat ilin sonunda dərc olunacaq.", "ilin sonunda");
  assert.deepEqual([e.type, e.value, e.mod], ["DATE", "2025", "END"]);
});

test("some units long (`bir neçə həftəlik`, `bir neçə ildir`) is a vague duration", () => {
  assert.equal(one("Oyunçu bir neçə həftəlik sıradan çıxıb.", "bir neçə həftəlik").value, "PXW");
  assert.equal(one("Bu layihə bir neçə ildir davam edir.", "bir neçə ildir").value, "PXY");
  // look-alike: a counted adjective keeps its number
  assert.equal(one("Atəşkəs üç həftəlik müddətə elan edilib.", "üç həftəlik").value, "P3W");
});

test("the weekend: this week's, the one a pointing word names, or the last one after a past verb on a weekday", () => {
  assert.equal(one("Prezident bu həftə sonu Parisə gedəcək.", "bu həftə sonu").value, "2025-W24-WE");
  assert.equal(one("Nəticələr həftə sonunda açıqlanacaq.", "həftə sonunda").value, "2025-W24-WE");
  assert.equal(one("Həftəsonu keçiriləcək oyunlar.", "Həftəsonu").value, "2025-W24-WE");
  assert.equal(one("Həftə sonu Kiyevə hücum edilib.", "Həftə sonu").value, "2025-W23-WE");
  assert.equal(one("Ötən həftə sonu etirazlar olub.", "Ötən həftə sonu").value, "2025-W23-WE");
  // on a Sunday, a past verb tells of this weekend
  assert.equal(one("Həftə sonu Kiyevə hücum edilib.", "Həftə sonu", "2025-06-15").value, "2025-W24-WE");
  // look-alikes: the end of a week (`həftənin sonunda`) keeps its reading; the plural (`həftə sonları`) is none
  const w = one("Nazir ötən həftənin sonunda Ankaraya səfər edib.", "ötən həftənin sonunda");
  assert.deepEqual([w.value, w.mod], ["2025-W23", "END"]);
  assert.deepEqual(tx("Həftə sonları muzey pulsuzdur."), []);
});

test("the coming days, weeks and hours are vague: ahead, or after a past verb behind", () => {
  assert.equal(one("Yaxın saatlarda açıqlama veriləcək.", "Yaxın saatlarda").value, "FUTURE_REF");
  assert.equal(one("Növbəti günlərdə danışıqlar davam edəcək.", "Növbəti günlərdə").value, "FUTURE_REF");
  assert.equal(one("Növbəti günlərdə danışıqlar davam edib.", "Növbəti günlərdə").value, "PAST_REF");
  assert.equal(one("Bu gün-sabah qərar veriləcək.", "Bu gün-sabah").value, "FUTURE_REF");
  // look-alike: `bu gün` alone is today
  assert.equal(one("Qərar bu gün veriləcək.", "bu gün").value, "2025-06-11");
});
