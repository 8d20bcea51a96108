// Wars, fighting and exercises told as nouns in the background of world news (helper w19), written for these tests: a war
// between named sides is an ASSAULT whatever its clause says of it, its sides those its own phrase names; one war per
// document; look-alikes (wars of trade or information, a named war of history, a war's likelihood, a war not wanted, a war
// of no side, a war as a topic, a hyphenated pair) tell none; exercises held in a place are its MOBILIZE.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-11-12") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const wars = (text: string, date?: string) => events(text, date).filter((e) => e.type === "ASSAULT");
const sides = (text: string) => wars(text).map((e) => [...e.actors].sort().join("+"));

test("a war told as a noun names its sides in its phrase: owner, target, place, `arasında`, `ilə`, agent", () => {
  assert.deepEqual(sides("Rusiyanın Ukraynaya qarşı müharibəsi dördüncü ilinə qədəm qoyub."), ["Rusiya+Ukrayna"]);
  assert.deepEqual(sides("Ukraynadakı müharibə Avropanın təhlükəsizliyinə ciddi təsir göstərir."), ["Ukrayna"]);
  assert.deepEqual(sides("Rusiyanın Ukraynada apardığı müharibə Avropanı birləşdirib."), ["Rusiya+Ukrayna"]);
  assert.deepEqual(sides("Hindistan və Pakistan arasındakı münaqişə beynəlxalq ictimaiyyəti narahat edir."), ["Hindistan+Pakistan"]);
  assert.deepEqual(sides("Ermənistanla müharibədən sonra Azərbaycan ərazilərini bərpa edir."), ["Ermənistan"]);
  assert.deepEqual(sides("İsrail Dövləti tərəfindən İranın ərazisinə qarşı həyata keçirilən hərbi əməliyyatlar pislənir."), ["İran+İsrail"]);
  assert.deepEqual(sides("Sudanda şiddətli döyüşlər davam edir."), ["Sudan"]);
  // look-alike: a war of no named side, and one in a region, not a state, tell none
  assert.deepEqual(wars("Müharibə heç kimə xeyir gətirmir."), []);
  assert.deepEqual(wars("Yaxın Şərqdəki münaqişə bölgəyə təsir edir."), []);
});

test("a war ended or to be ended is still told, asserted; the one made to end it is a side", () => {
  const w = wars("Sanksiyalar Rusiyanı Ukraynadakı müharibəni dayandırmağa məcbur edə bilər.");
  assert.deepEqual(w.map((e) => `${e.mode}:${[...e.actors].sort().join("+")}`), ["asserted:Rusiya+Ukrayna"]);
  assert.deepEqual(sides("Ukraynaya qarşı müharibənin başa çatması üçün danışıqlar aparılır."), ["Ukrayna"]);
  // inside a quotation too (a noun there is otherwise only what the speaker talks of)
  assert.deepEqual(sides("Kallas bildirib: \"Biz Ukraynadakı müharibəni dayandırmaq üçün Moskvaya təzyiq göstərməyə davam edəcəyik\"."), ["Ukrayna"]);
  // fighting stopped is a war told, whatever the ceasefire phrase of its head reads
  assert.ok(wars("Neftin ucuzlaşması Rusiyanı Ukraynada döyüş əməliyyatlarını dayandırmağa məcbur edə bilər.").length === 1);
});

test("wars of another kind, a named war, a likelihood, a war not wanted and a topic tell no war fought", () => {
  assert.deepEqual(wars("ABŞ ilə Çin arasında ticarət müharibəsi kəskinləşib."), []);
  assert.deepEqual(wars("Rusiya ilə Qərb arasında informasiya müharibəsi gedir."), []);
  assert.deepEqual(wars("İkinci Dünya müharibəsi illərində şəhər dağıdılıb."), []);
  assert.deepEqual(wars("Biz Rusiya ilə müharibə istəmirik."), []);
  assert.deepEqual(wars("Avropa Parlamenti Rusiya ilə Ukrayna arasındakı münaqişəyə dair qətnamə qəbul edib."), []);
  assert.deepEqual(wars("Almaniya Rusiya ilə münaqişə planı hazırlayıb.").filter((e) => e.mode === "asserted" && e.type === "ASSAULT"), []);
  assert.ok(wars("Ekspertlər İran ilə İsrail arasında müharibə ehtimalını istisna etmir.").every((e) => e.mode !== "asserted"));
  // an operation one is ready for is no war fought
  assert.ok(wars("İsrailin İrana qarşı hərbi əməliyyata hazır olması barədə məlumat yayılıb.").every((e) => e.mode !== "asserted"));
  // a hyphenated pair names the war as the gold sets leave it unmarked (`Rusiya-Ukrayna müharibəsi`); the same war by `arasında` is told
  assert.deepEqual(wars("Rusiya-Ukrayna müharibəsi ərzaq bazarlarına təsir edib."), []);
  assert.deepEqual(sides("Rusiya və Ukrayna arasındakı müharibə ərzaq bazarlarına təsir edib."), ["Rusiya+Ukrayna"]);
});

test("one war per document: told again it is the same, dated by what dates it and not by its end", () => {
  const w = wars("Rusiyanın Ukraynaya qarşı müharibəsi 2022-ci ilin fevralında başlayıb. Brüssel bildirib ki, sanksiyalar " +
    "Moskvanı Ukraynadakı müharibəni dayandırmağa məcbur etmək üçündür.", "2025-09-10");
  assert.deepEqual(w.map((e) => e.date), ["2022-02"]);
  const ended = doc("İran və İsrail arasında 12 gün davam edən münaqişə iyunun 24-də atəşkəslə başa çatıb.", "2025-07-04").events ?? [];
  assert.deepEqual(ended.filter((e) => e.type === "ASSAULT").map((e) => e.date), ["2025-07-04"]);
  // look-alike: the ceasefire itself keeps its day
  assert.ok(ended.some((e) => e.type === "RETREAT" && e.date === "2025-06-24"));
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
