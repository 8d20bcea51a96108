// Fighting and exercises told as nouns in the background of world news (helper w19; wars named in passing dropped in stop
// 36), written for these tests: fighting between named sides is an ASSAULT whatever its clause says of it, its sides those
// its own phrase names; a war or a conflict named in passing is none; exercises held in a place are its MOBILIZE.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-11-12") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const wars = (text: string, date?: string) => events(text, date).filter((e) => e.type === "ASSAULT");
const sides = (text: string) => wars(text).map((e) => [...e.actors].sort().join("+"));

test("fighting told as a noun names its sides in its phrase: owner, target, place", () => {
  assert.deepEqual(sides("İsrail Dövləti tərəfindən İranın ərazisinə qarşı həyata keçirilən hərbi əməliyyatlar pislənir."), ["İran+İsrail"]);
  assert.deepEqual(sides("Sudanda şiddətli döyüşlər davam edir."), ["Sudan"]);
  // look-alike: fighting in a region, not a state, tells none
  assert.deepEqual(wars("Yaxın Şərqdəki döyüşlər bölgəyə təsir edir."), []);
  // fighting stopped is fighting told, whatever the ceasefire phrase of its head reads
  assert.ok(wars("Neftin ucuzlaşması Rusiyanı Ukraynada döyüş əməliyyatlarını dayandırmağa məcbur edə bilər.").length === 1);
});

test("a war told going on or begun by a predicate of its own is fought, its sides those of its phrase", () => {
  assert.deepEqual(sides("Norveçin İsveçə qarşı müharibəsi davam edir."), ["Norveç+İsveç"]);
  assert.deepEqual(sides("Peru ilə Çili arasında müharibə başlayanda Boliviya neytral qalıb."), ["Peru+Çili"]);
  // look-alikes: a war as a bound of time, a conflict going on told by a participle before it
  assert.deepEqual(wars("Peruda müharibə başlayandan bəri bu, onuncu mübadilədir."), []);
  assert.deepEqual(wars("Peru ilə Çili arasında uzun illər davam edən münaqişə sülhlə bitib."), []);
});

test("a war or an armed conflict named in passing is the state of things, no act (real-news gold leaves it)", () => {
  assert.deepEqual(wars("Rusiyanın Ukraynaya qarşı müharibəsi dördüncü ilinə qədəm qoyub."), []);
  assert.deepEqual(wars("Ukraynadakı müharibə Avropanın təhlükəsizliyinə ciddi təsir göstərir."), []);
  assert.deepEqual(wars("Hindistan və Pakistan arasındakı münaqişə beynəlxalq ictimaiyyəti narahat edir."), []);
  assert.deepEqual(wars("Sanksiyalar Rusiyanı Ukraynadakı müharibəni dayandırmağa məcbur edə bilər."), []);
  assert.deepEqual(wars("Ukraynaya qarşı müharibənin başa çatması üçün danışıqlar aparılır."), []);
  assert.deepEqual(wars("Kallas bildirib: \"Biz Ukraynadakı müharibəni dayandırmaq üçün Moskvaya təzyiq göstərməyə davam edəcəyik\"."), []);
  // a conflict that ended on a named day: its ceasefire keeps that day
  const ended = doc("İran və İsrail arasında 12 gün davam edən münaqişə iyunun 24-də atəşkəslə başa çatıb.", "2025-07-04").events ?? [];
  assert.ok(ended.some((e) => e.type === "RETREAT" && e.date === "2025-06-24"));
});

test("wars of another kind, a named war, a likelihood and a war not wanted tell no war fought", () => {
  assert.deepEqual(wars("ABŞ ilə Çin arasında ticarət müharibəsi kəskinləşib."), []);
  assert.deepEqual(wars("İkinci Dünya müharibəsi illərində şəhər dağıdılıb."), []);
  assert.deepEqual(wars("Biz Rusiya ilə müharibə istəmirik."), []);
  assert.ok(wars("Ekspertlər İran ilə İsrail arasında müharibə ehtimalını istisna etmir.").every((e) => e.mode !== "asserted"));
  // an operation one is ready for is no fighting done
  assert.ok(wars("İsrailin İrana qarşı hərbi əməliyyata hazır olması barədə məlumat yayılıb.").every((e) => e.mode !== "asserted"));
});

test("an exercise held in a place is its MOBILIZE: a training camp, an exercise named with its year", () => {
  const mob = (text: string) => events(text).filter((e) => e.type === "MOBILIZE").map((e) => e.actors.join("+"));
  assert.deepEqual(mob("Naxçıvanda təlim toplanışı keçirilib."), ["Naxçıvan"]);
  assert.deepEqual(mob("Türkiyədə \"İldırım-2025\" təlimi keçirilib."), ["Türkiyə"]);
  assert.deepEqual(mob("Ankarada \"Qafqaz Qartalı – 2025\" təlimi keçirilib."), ["Ankara"]);
  // look-alikes: a course named with no year, a team's training camp
  assert.deepEqual(mob("Bakıda \"Rəqəmsal bacarıqlar\" təlimi keçirilib."), []);
  assert.deepEqual(mob("Futbolçular Antalyada təlim-məşq toplanışı keçirib."), []);
});
