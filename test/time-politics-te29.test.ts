// The time stage on the language of political and world news (te29): each general cause fixed, proved on sentences
// written for these tests, each with a look-alike that must keep its old reading.
import { test } from "node:test";
import assert from "node:assert/strict";
import { timexChecks } from "./support/timexes.js";

const WED = "2025-10-15"; // a Wednesday, ISO week 42
const FRI = "2025-06-20"; // a Friday

const { tx, none } = timexChecks(WED);
const pairs = (text: string, date = WED) => tx(text, date).map((t) => [t.text, t.value, t.mod]);

test("a weekday of the week a pointing word names is that week's day, one timex", () => {
  assert.deepEqual(pairs("Ötən həftənin çərşənbə günü Bakıda görüş keçirilib."), [["Ötən həftənin çərşənbə günü", "2025-10-08", undefined]]);
  assert.deepEqual(pairs("Gələn həftənin cümə günü sammit başlayacaq."), [["Gələn həftənin cümə günü", "2025-10-24", undefined]]);
  assert.deepEqual(pairs("Keçən həftənin bazar ertəsi nazir istefa verib."), [["Keçən həftənin bazar ertəsi", "2025-10-06", undefined]]);
  // look-alikes: a weekday with its pointing word alone, a part of a named week
  assert.deepEqual(pairs("Ötən cümə günü Tbilisidə aksiya keçirilib."), [["Ötən cümə günü", "2025-10-10", undefined]]);
  assert.deepEqual(pairs("Gələn həftənin əvvəlində nazir Ankaraya gedəcək."), [["Gələn həftənin əvvəlində", "2025-W43", "START"]]);
});

test("a season with a pointing word is the season of that year", () => {
  assert.deepEqual(pairs("Bu yay Prezident Vaşinqtona səfər edəcək.", FRI), [["Bu yay", "2025-SU", undefined]]);
  assert.deepEqual(pairs("Gələn yazda ölkədə seçkilər keçiriləcək."), [["Gələn yazda", "2026-SP", undefined]]);
  assert.deepEqual(pairs("Ötən payızda Bakıda konfrans keçirilib."), [["Ötən payızda", "2024-FA", undefined]]);
  // look-alikes: "this pedestrian", "this writing", the season alone
  none("Sürücü bu yaya yol verməyib.");
  none("Bu yazını diqqətlə oxuyun.");
  assert.deepEqual(pairs("Nazir qışda Bakıya gələcək."), [["qışda", "2025-WI", undefined]]);
});

test("an amount of time after `təxminən` is approximate, the word inside the span", () => {
  assert.deepEqual(pairs("Sanksiyalar təxminən üç ay qüvvədə olacaq."), [["təxminən üç ay", "P3M", "APPROX"]]);
  assert.deepEqual(pairs("Təxminən iki saat davam edən görüşdə məsələlər müzakirə olunub."), [["Təxminən iki saat", "PT2H", "APPROX"]]);
  // look-alikes: an offset, a rate's amount, "at least"
  assert.deepEqual(pairs("Nazir təxminən 3 gün əvvəl Bakıya gəlib."), [["3 gün əvvəl", "2025-10-12", undefined]]);
  assert.deepEqual(pairs("Ölkədə gündə təxminən 400 min barel neft hasil edilirdi."), [["gündə", "P1D", undefined]]);
  assert.deepEqual(pairs("Görüş azı iki saat çəkib."), [["iki saat", "PT2H", undefined]]);
});

test("N units and a half, a jubilee of N years, nearly N years now, for years and decades", () => {
  assert.deepEqual(pairs("Səfir bir il yarım bu vəzifədə çalışıb."), [["bir il yarım", "P18M", undefined]]);
  assert.deepEqual(pairs("Diplomatik əlaqələrin qurulmasının 30 illiyi qeyd olunub."), [["30 illiyi", "P30Y", undefined]]);
  assert.deepEqual(pairs("Təşkilatın 80 illiyinə həsr olunmuş sammit keçirilib."), [["80 illiyinə", "P80Y", undefined]]);
  assert.deepEqual(pairs("Ölkə 20 ilə yaxındır ki, Aİ-yə üzv olmağa çalışır."), [["20 ilə yaxındır", "P20Y", "APPROX"]]);
  assert.deepEqual(pairs("İllər boyu davam edən münaqişə bitib."), [["İllər boyu", "PXY", undefined]]);
  assert.deepEqual(pairs("Onilliklər boyu davam edən münaqişə bitib."), [["Onilliklər boyu", "PXDE", undefined]]);
  // look-alikes: half a year, an annual report, a jubilee with no number, near a border
  assert.deepEqual(pairs("Yarım il əvvəl saziş imzalanıb."), [["Yarım il", "P6M", undefined]]);
  none("Təşkilatın illik hesabatı təqdim olunub.");
  none("Qələbənin ildönümü ilə bağlı parad keçirilib.");
  none("Kənd sərhədə yaxındır.");
});

test("a day, weekday or season word with a capital inside a sentence is a name", () => {
  none("Günay Əfəndiyeva Sabah kanalında müsahibə verib.");
  none("O, Sabah qəzetinə müsahibə verib.");
  none("Ukraynanın Qış Olimpiya Oyunlarında iştirakı müzakirə olunub.");
  // look-alikes: at the start of a sentence or a quotation, and in lower case
  assert.deepEqual(pairs("Sabah Prezident Aşqabada yola düşəcək."), [["Sabah", "2025-10-16", undefined]]);
  assert.deepEqual(pairs('Nazir bildirib: "Sabah danışıqlar yenidən başlayacaq".'), [["Sabah", "2025-10-16", undefined]]);
  assert.deepEqual(pairs("Nümayəndə heyəti sabah Bakıya gələcək."), [["sabah", "2025-10-16", undefined]]);
});

test("a day word inside a quotation counts from the day the narrator said it was spoken", () => {
  assert.deepEqual(pairs('Nazir oktyabrın 10-da jurnalistlərə demişdi: "Bu gün danışıqlar üçün şərait yoxdur".'),
    [["oktyabrın 10-da", "2025-10-10", undefined], ["Bu gün", "2025-10-10", undefined]]);
  assert.deepEqual(pairs('Nazir dünən bildirib ki, "bu gün diplomatiya üçün hələ vaxt var".', FRI),
    [["dünən", "2025-06-19", undefined], ["bu gün", "2025-06-19", undefined]]);
  assert.deepEqual(pairs('Nazir iyunun 12-də bildirmişdi: "Sabah danışıqların yeni raundu başlayacaq".', FRI),
    [["iyunun 12-də", "2025-06-12", undefined], ["Sabah", "2025-06-13", undefined]]);
  // look-alikes: a day ahead is what is told of, not the telling; a day named after the quotation; no day named
  assert.deepEqual(pairs('Nazir oktyabrın 20-də keçiriləcək sammitlə bağlı deyib: "Bu gün hazırlıqlar davam edir".'),
    [["oktyabrın 20-də", "2025-10-20", undefined], ["Bu gün", "2025-10-15", undefined]]);
  assert.deepEqual(pairs('"Bu gün Avropa çətin seçim qarşısındadır", - deyə nazir oktyabrın 10-da bildirib.'),
    [["Bu gün", "2025-10-15", undefined], ["oktyabrın 10-da", "2025-10-10", undefined]]);
  assert.deepEqual(pairs('Prezident bildirib: "Bu gün Azərbaycan regionda sülhün təminatçısıdır".'), [["Bu gün", "2025-10-15", undefined]]);
});

test("days with the same case ending after a date are dates of its month", () => {
  assert.deepEqual(pairs("Sammit oktyabrın 9-da və 10-da keçirilib."), [["oktyabrın 9-da", "2025-10-09", undefined], ["10-da", "2025-10-10", undefined]]);
  // look-alike: a count with another ending after it
  assert.deepEqual(pairs("Oktyabrın 9-da və 10-dan çox ölkənin nümayəndələri toplaşıb."), [["Oktyabrın 9-da", "2025-10-09", undefined]]);
});
