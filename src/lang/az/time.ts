// Azerbaijani temporal vocabulary, endings and word order for the time stage (src/extract/time).
// Endings are written with every vowel-harmony variant; over-generation is harmless because only
// words of the lexicon are looked up with them.
import type { EndingInfo, LexiconEntry, Rule, TimeTables, TimeWord } from "../../extract/time/tables.js";

type Endings = Record<string, EndingInfo>;

const CASES: [EndingInfo["case"], string[]][] = [
  ["nom", ["", "dır", "dir", "dur", "dür"]],
  ["gen", ["ın", "in", "un", "ün", "nın", "nin", "nun", "nün"]],
  ["acc", ["ı", "i", "u", "ü", "nı", "ni", "nu", "nü", "yı", "yi", "yu", "yü"]],
  ["dat", ["a", "ə", "ya", "yə"]],
  ["loc", ["da", "də", "ta", "tə", "dakı", "dəki", "takı", "təki"]],
  ["abl", ["dan", "dən", "tan", "tən"]],
  ["ins", ["la", "lə", "yla", "ylə"]],
  ["until", ["dək", "adək", "ədək", "yadək", "yədək", "can", "cən", "ıncan", "inçən"]],
];
// after a possessive ending the cases take an -n- (ayı -> ayında, ilin sonu -> sonunda)
const CASES_AFTER_POSS: [EndingInfo["case"], string[]][] = [
  ["nom", ["", "dır", "dir", "dur", "dür"]],
  ["gen", ["nın", "nin", "nun", "nün"]],
  ["acc", ["nı", "ni", "nu", "nü"]],
  ["dat", ["na", "nə"]],
  ["loc", ["nda", "ndə", "ndakı", "ndəki"]],
  ["abl", ["ndan", "ndən"]],
  ["ins", ["yla", "ylə"]],
  ["until", ["nadək", "nədək", "nacan", "nəcən"]],
];
const PLURAL = ["lar", "lər"];
const POSS = ["ı", "i", "u", "ü", "sı", "si", "su", "sü"];
const ADJ = ["lıq", "lik", "luq", "lük"];

function add(out: Endings, ending: string, info: EndingInfo): void {
  if (!(ending in out)) out[ending] = info;
}

/** Every ending of a noun: [plural] [possessive] [case]. */
function nounEndings(possOnly: boolean): Endings {
  const out: Endings = {};
  for (const pl of ["", ...PLURAL]) {
    const plural = pl !== "" || undefined;
    if (!possOnly) for (const [c, list] of CASES) for (const e of list) add(out, pl + e, { case: c, plural });
    const possList = pl ? ["ı", "i"] : POSS;
    for (const p of possList) for (const [c, list] of CASES_AFTER_POSS) for (const e of list) add(out, pl + p + e, { case: c, plural, poss: true });
  }
  if (!possOnly) for (const a of ADJ) add(out, a, { adj: true });
  return out;
}

/** Endings of a word that already ends in a possessive (`ertəsi`, `axşamı`). */
function possStemEndings(): Endings {
  const out: Endings = {};
  for (const [c, list] of CASES_AFTER_POSS) for (const e of list) add(out, e, { case: c, poss: true });
  return out;
}

const ORDINAL = ["ci", "cı", "cu", "cü", "nci", "ncı", "ncu", "ncü", "inci", "ıncı", "uncu", "üncü"];

function numberEndings(): Endings {
  const out: Endings = {};
  for (const o of ORDINAL) add(out, o, { ord: true });
  for (const [c, list] of CASES) for (const e of list) if (e) add(out, e, { case: c });
  for (const [c, list] of CASES_AFTER_POSS) for (const e of list) if (e) add(out, e, { case: c, poss: true });
  for (const p of ["si", "sı", "su", "sü"]) add(out, p, { case: "acc", poss: true });
  for (const p of ["sinə", "sına", "sunə", "sünə"]) add(out, p, { case: "dat", poss: true });
  for (const p of ["sində", "sında", "sunda", "sündə"]) add(out, p, { case: "loc", poss: true });
  for (const p of ["sindən", "sından", "sundan", "sündən"]) add(out, p, { case: "abl", poss: true });
  for (const p of ["sinədək", "sınadək", "sunadək", "sünədək"]) add(out, p, { case: "until", poss: true });
  for (const p of ["ində", "ında", "unda", "ündə"]) add(out, p, { case: "loc", poss: true });
  return out;
}

const ENDINGS: Record<string, Endings> = {
  noun: nounEndings(false),
  // a season in the instrumental is a thing, not a time (`soyuq qışla hədələyib` threatened with winter)
  season: Object.fromEntries(Object.entries(nounEndings(false)).filter(([, info]) => info.case !== "ins")),
  poss: nounEndings(true),
  posstem: possStemEndings(),
  // `yaz` and `yay` with a possessive (`gələn ilin yazında`): homographs (`yayında` "on air"), read only after a year
  seasonposs: { ı: { case: "nom", poss: true }, ında: { case: "loc", poss: true }, ına: { case: "dat", poss: true }, ından: { case: "abl", poss: true } },
  loc: { da: { case: "loc" }, də: { case: "loc" } },
  // `həmin tarixdə/tarixə/tarixdən`: not the nominative or accusative (`həmin tarixi hadisə`, that historic event)
  daycase: Object.fromEntries(Object.entries(nounEndings(false)).filter(([, i]) => !i.poss && !i.plural && !i.adj && ["loc", "dat", "abl", "until"].includes(i.case ?? ""))),
  // a year number's adjective (`2025-ci ilki artımlar`): the year
  attr: { ki: { case: "attr" } },
  // `yaz`, `yay` bare and in the ablative (`bu yay`, `ötən yazdan`): homographs (write, bow), read only after a pointing
  // word (not the dative: `bu yaya`, this pedestrian)
  seasonbare: { "": { case: "nom" }, dan: { case: "abl" } },
  // a jubilee of N years (`30 illiyi`, `80 illiyinə`): the noun of `illik`, with its possessive and a case
  jubilee: Object.fromEntries(["liyi"].flatMap((p) => CASES_AFTER_POSS.flatMap(([c, list]) => list.map((e) => [p + e, { case: c, poss: true, adj: true }])))),
  none: { "": {} },
};

const lex: LexiconEntry[] = [];
function w(words: string, word: TimeWord, endings = "noun"): void {
  lex.push({ words, word, endings });
}

// months (`may` is also a common word in other senses: needs a day, a year or `ay` beside it)
["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"]
  .forEach((m, i) => w(m, { cat: "month", val: i + 1, weak: m === "may" || undefined }));
w("payız", { cat: "season", val: "FA" }, "season");
w("qış", { cat: "season", val: "WI" }, "season");
w("yaz", { cat: "season", val: "SP" }, "loc");   // `yaz` is also "write": only `yazda`
w("yay", { cat: "season", val: "SU" }, "loc");
for (const [word, val] of [["yaz", "SP"], ["yay", "SU"]] as const)
  lex.push({ words: word, word: { cat: "season", val }, endings: "seasonposs", weakForms: ["ı", "ında", "ına", "ından"].map((e) => word + e) });
for (const [word, val] of [["yaz", "SP"], ["yay", "SU"]] as const)
  lex.push({ words: word, word: { cat: "season", val }, endings: "seasonbare", weakForms: ["", "dan"].map((e) => word + e) });
lex.push({ words: "il", word: { cat: "unit", val: "Y" }, endings: "jubilee" });
// weekdays; `bazar` alone is "market", so Sunday needs `günü`
w("bazar ertəsi", { cat: "weekday", val: 1 }, "posstem");
w("çərşənbə axşamı", { cat: "weekday", val: 2 }, "posstem");
w("çərşənbə", { cat: "weekday", val: 3 });
w("cümə axşamı", { cat: "weekday", val: 4 }, "posstem");
w("cümə", { cat: "weekday", val: 5 });
w("şənbə", { cat: "weekday", val: 6 });
w("bazar günü", { cat: "weekday", val: 7 }, "posstem");
for (const p of ["bazar günləri", "bazar günlərində"]) w(p, { cat: "weekday", val: 7 }, "none");
// units
// `ilə` is mostly the postposition "with": a year only right after a year number
lex.push({ words: "il", word: { cat: "unit", val: "Y" }, endings: "noun", weakForms: ["ilə"] });
w("ay", { cat: "unit", val: "M" });
w("həftə", { cat: "unit", val: "W" });
w("gün", { cat: "unit", val: "D" });
w("sutka", { cat: "unit", val: "D" });
w("iş gün", { cat: "unit", val: "D" });                        // 3 iş günü ərzində (working days are not told apart)                         // a day of 24 hours (son sutka ərzində)
w("saat", { cat: "unit", val: "H" });
w("dəqiqə", { cat: "unit", val: "MIN" });
w("rüb", { cat: "unit", val: "Q" });
w("yarımil", { cat: "unit", val: "HALF" });
w("əsr", { cat: "unit", val: "C" });
w("onillik", { cat: "unit", val: "DEC" });
w("maliyyə il", { cat: "unit", val: "Y" });                    // 2026-cı maliyyə ilində (a fiscal year)
lex.push({ words: "il", word: { cat: "unit", val: "Y" }, endings: "attr", weakForms: ["ilki"] }); // `ilki`: only after a year number
// pointing words before a unit
w("bu", { cat: "deictic", val: 0 }, "none");
w("cari", { cat: "deictic", val: 0 }, "none");
w("ötən", { cat: "deictic", val: -1 }, "none");
w("keçən", { cat: "deictic", val: -1 }, "none");
w("gələn", { cat: "deictic", val: 1 }, "none");
w("növbəti", { cat: "deictic", val: 1, soft: true }, "none"); // after a past verb, the one after the period just named
w("həmin", { cat: "deictic", val: 0, anchor: true }, "none");
w("əvvəlki", { cat: "deictic", val: -1, anchor: true }, "none"); // `əvvəlki il`: the year before the one just named
w("öncəki", { cat: "deictic", val: -1, anchor: true }, "none"); // `öncəki ildən`: the same
w("eyni", { cat: "deictic", val: 0, anchor: true }, "none"); // `Eyni gündə`, the day just named
w("o", { cat: "deictic", val: 0, anchor: true }, "none");
// days named by one word
w("bugün", { cat: "dayword", val: 0 });
w("dünən", { cat: "dayword", val: -1 });
// the adjectives of those days (`bugünkü iclasda`, `dünənki görüş`): the day
for (const [p, v] of [["bugünkü", 0], ["bu günkü", 0], ["dünənki", -1], ["sabahkı", 1]] as const) w(p, { cat: "dayword", val: v }, "none");
w("sabah", { cat: "dayword", val: 1 });
w("srağagün", { cat: "dayword", val: -2 });
w("birigün", { cat: "dayword", val: 2 });
w("ertəsi gün", { cat: "dayword", val: 1, anchor: true });
w("əvvəlki gün", { cat: "dayword", val: -1, anchor: true });
w("öncəki gün", { cat: "dayword", val: -1, anchor: true });     // öncəki günün (bağlanış qiyməti)
// years named by one word (adjectives: `ötənilki`, `builki`): a time only before the noun "year" (`ötənilki ilə`), not
// before a thing (`builki büdcə`, an adjective of time before a noun that is no time); and the academic year about to start
for (const [p, v] of [["ötənilki", -1], ["keçənilki", -1], ["builki", 0], ["gələnilki", 1], ["ötən ilki", -1], ["keçən ilki", -1], ["bu ilki", 0], ["gələn ilki", 1]] as const)
  w(p, { cat: "yearadj", val: v }, "posstem");
w("yeni tədris il", { cat: "dayword", val: 0, unit: "Y" });
// the weekend, two words or one (`həftə sonu`, `həftə sonunda`, `həftəsonu`)
for (const p of ["həftə son", "həftəson"]) w(p, { cat: "weekend" }, "poss");
// parts of a period (after a genitive: `ilin sonunda`)
w("son", { cat: "part", val: "END" }, "poss");
w("axır", { cat: "part", val: "END" }, "poss");
w("əvvəl", { cat: "part", val: "START" }, "poss");
w("baş", { cat: "part", val: "START" }, "poss");
w("başlanğıc", { cat: "part", val: "START" }, "poss");
w("orta", { cat: "part", val: "MID" }, "poss");
w("yarı", { cat: "half" }, "poss");
// before / after
// (soft: `bir gün əvvəl` after `cümə günü … olub` is the day before that one)
w("əvvəl", { cat: "ago", val: -1, fromRef: true, soft: true }, "none");
w("öncə", { cat: "ago", val: -1, fromRef: true, soft: true }, "none");
w("qabaq", { cat: "ago", val: -1, fromRef: true, soft: true }, "none");
w("sonra", { cat: "ago", val: 1 }, "none");
w("bundan əvvəl", { cat: "ago", val: -1, fromRef: true }, "none");
w("bundan öncə", { cat: "ago", val: -1, fromRef: true }, "none");
w("bundan sonra", { cat: "ago", val: 1, fromRef: true }, "none");
w("bundan", { cat: "thence" }, "none"); // `bundan bir gün əvvəl`: counted from the date just named
// the time the text just named, at its grain (`ötən ilin noyabrında … Həmin vaxt`)
w("həmin tarix", { cat: "dayword", val: 0, anchor: true }, "daycase"); // `Həmin tarixə` (the day just named)
for (const p of ["həmin vaxt", "həmin vaxtda", "o vaxt", "həmin zaman", "həmin an", "həmin anda"]) w(p, { cat: "then" }, "none");
// the same period (`ötən ilin eyni dövrü ilə müqayisədə`): the period the text just named, in the year before it
for (const p of ["eyni dövr", "müvafiq dövr", "analoji dövr", "anoloji dövr", "həmin dövr", "uyğun dövr"]) w(p, { cat: "same" });
w("son", { cat: "last" }, "none");
w("hər", { cat: "every" }, "none");
w("dəfə", { cat: "times" }, "none");
w("saat", { cat: "clock" }, "none");
for (const a of ["radələrində", "radəsində", "radələrinə", "radələri", "civarında", "əsnasında"]) w(a, { cat: "approx" }, "none");
w("yaxın", { cat: "approx" }, "none"); // after a dative amount of time: `10 ilə yaxın` (nearly ten years)
w("yaxındır", { cat: "approx" }, "none"); // `20 ilə yaxındır ki` (for nearly twenty years now)
w("səhər", { cat: "tod", val: "MO" });
w("günorta", { cat: "tod", val: "MI" });
w("günortadan sonra", { cat: "tod", val: "AF" }, "none");
w("axşam", { cat: "tod", val: "EV" });
w("gecə", { cat: "tod", val: "NI" });
// words of approximation before an amount (`gündə təxminən 400 min barel`)
for (const a of ["təxminən", "orta hesabla", "ortalama", "azı", "ən azı"]) w(a, { cat: "hedge" }, "none");
// (before an amount of time, `təxminən üç ay`, the first of them makes it approximate; "at least" is no mod of ours)
w("təxminən", { cat: "about" }, "none");
for (const a of ["ərzində", "müddətində", "müddətinə", "boyunca", "ərzindəki"]) w(a, { cat: "within" }, "none");
// vague references
for (const p of ["son dönəmlər", "son dövrlər", "son vaxtlar", "son zamanlar", "son illər", "son aylar", "son günlər", "son həftələr", "son onilliklər"])
  w(p, { cat: "vague", val: "PAST_REF" });
for (const p of ["vaxtilə", "bir vaxtlar"]) w(p, { cat: "vague", val: "PAST_REF" }, "none");
// the years after: ahead, or after a past verb the ones after the time told (`Növbəti illərdə … səfər etmişdir`)
for (const p of ["növbəti illərdə", "sonrakı illərdə", "növbəti günlərdə", "növbəti həftələrdə", "növbəti aylarda", "sonrakı günlərdə", "sonrakı həftələrdə", "sonrakı aylarda"]) w(p, { cat: "vague", val: "AHEAD_REF" }, "none");
for (const p of ["illər əvvəl", "aylar əvvəl", "illər öncə", "aylar öncə", "keçmişdə", "əvvəllər", "ötən illərdə", "keçən illərdə", "əvvəlki illərdə"])
  w(p, { cat: "vague", val: "PAST_REF" }, "none");
for (const p of ["hazırda", "hal-hazırda", "hazırki dövrdə", "hazırkı dövrdə", "indiki dövrdə", "bu günlərdə", "hazırkı mərhələdə"])
  w(p, { cat: "vague", val: "PRESENT_REF" }, "none");
for (const p of ["gələcəklə", "gələcəkdə", "yaxın gələcəkdə", "yaxın günlərdə", "yaxın vaxtlarda", "yaxın həftələrdə", "yaxın aylarda", "yaxın illərdə", "gələcək illərdə"])
  w(p, { cat: "vague", val: "FUTURE_REF" }, "none");
for (const p of ["bu yaxınlarda", "yaxınlarda", "bu yaxında"]) w(p, { cat: "vague", val: "PAST_REF" }, "none");
// a few units ago (`bir neçə gün əvvəl`), a while ago: past, but no reader can say when
for (const u of ["gün", "həftə", "ay", "il"]) for (const a of ["əvvəl", "öncə", "qabaq"]) w(`bir neçə ${u} ${a}`, { cat: "vague", val: "PAST_REF" }, "none");
// a few units long (`bir neçə gün ərzində`): a vague duration, not one unit
for (const [u, v] of [["gün", "PXD"], ["ay", "PXM"], ["il", "PXY"]] as const) for (const q of ["bir neçə", "neçə"]) w(`${q} ${u} ərzində`, { cat: "vague", val: v }, "none");
for (const p of ["bir müddət əvvəl", "bir müddət öncə"]) w(p, { cat: "vague", val: "PAST_REF" }, "none");
// up to now, for now
for (const p of ["hələlik", "indiyədək", "indiyə qədər", "indiyə kimi", "indiyəcən"]) w(p, { cat: "vague", val: "PRESENT_REF" }, "none");
// the coming days, months, period
for (const p of ["yaxın müddətdə", "qarşıdakı günlərdə", "qarşıdakı həftələrdə", "qarşıdakı aylarda", "qarşıdakı illərdə"]) w(p, { cat: "vague", val: "FUTURE_REF" }, "none");
w("qarşıdakı dövr", { cat: "vague", val: "FUTURE_REF" }); // qarşıdakı dövrdə, qarşıdakı dövr üçün
for (const p of ["yaxın saatlarda", "bu gün-sabah", "yaxın zamanda", "yaxın vaxtda", "yaxın zaman ərzində", "yaxın vaxt ərzində", "yaxın müddət ərzində"]) w(p, { cat: "vague", val: "FUTURE_REF" }, "none");
for (const p of ["günlərdə", "həftələrdə", "aylarda", "illərdə", "dövrdə", "mövsümdə"]) w(`qarşıdan gələn ${p}`, { cat: "vague", val: "FUTURE_REF" }, "none");
for (const p of ["indi", "tezliklə", "çox tezliklə"]) w(p, { cat: "vague", val: p === "indi" ? "PRESENT_REF" : "FUTURE_REF" }, "none");
// some units long, as an adjective or "for some units now" (`bir neçə həftəlik fasilə`, `bir neçə ildir davam edir`): vague
for (const [u, v] of [["gün", "PXD"], ["həftə", "PXW"], ["ay", "PXM"], ["il", "PXY"]] as const) {
  const adj = { gün: "günlük", həftə: "həftəlik", ay: "aylıq", il: "illik" }[u];
  const now = { gün: "gündür", həftə: "həftədir", ay: "aydır", il: "ildir" }[u];
  for (const p of [`bir neçə ${adj}`, `bir neçə ${now}`]) w(p, { cat: "vague", val: v }, "none");
}
w("uzun illər", { cat: "vague", val: "PXY" });
// for years, decades, centuries (`illər boyu`, `onilliklər boyu`, `əsrlər boyu`): vague lengths
for (const [p, v] of [["illər boyu", "PXY"], ["uzun illər boyu", "PXY"], ["onilliklər boyu", "PXDE"], ["əsrlər boyu", "PXC"]] as const) w(p, { cat: "vague", val: v }, "none");
w("uzun müddət", { cat: "vague", val: "PXY" }, "none");
w("uzun müddətdir", { cat: "vague", val: "PXY" }, "none");
// number and ordinal words
const NUMS: [string, number][] = [
  ["bir", 1], ["iki", 2], ["üç", 3], ["dörd", 4], ["beş", 5], ["altı", 6], ["yeddi", 7], ["səkkiz", 8], ["doqquz", 9],
  ["on", 10], ["iyirmi", 20], ["otuz", 30], ["qırx", 40], ["əlli", 50], ["altmış", 60], ["yetmiş", 70], ["səksən", 80], ["doxsan", 90], ["yüz", 100],
];
for (const [n, v] of NUMS) w(n, { cat: "num", val: v }, "none");
// a number word and a unit written as one adjective (`üçgünlük səfər`, `ikihəftəlik`, `altıaylıq`): a duration
for (const [n, v] of NUMS.filter(([, v]) => v <= 10)) for (const [u, unit] of [["günlük", "D"], ["həftəlik", "W"], ["aylıq", "M"]] as const)
  w(n + u, { cat: "dur", val: v, unit }, "none");
w("yarım", { cat: "num", val: 0.5 }, "none");
const ORDS: [string, number][] = [
  ["birinci", 1], ["ilk", 1], ["ikinci", 2], ["üçüncü", 3], ["dördüncü", 4], ["beşinci", 5], ["altıncı", 6], ["yeddinci", 7],
  ["səkkizinci", 8], ["doqquzuncu", 9], ["onuncu", 10], ["on birinci", 11], ["on ikinci", 12], ["iyirminci", 20], ["iyirmi birinci", 21],
];
for (const [n, v] of ORDS) w(n, { cat: "ordw", val: v }, "none");

// Word order. Slots: a category, `:sub` a unit or number role, `@feat` an ending constraint,
// `*` admits homographs (`may`, `ilə`) because the neighbours make the reading certain.
const rules: Rule[] = [
  // years
  { seq: ["num:year", "unit:Y*@sg"], make: "year" },                          // 1952-ci il, 2025-ci ildə
  { seq: ["num:yearbare", "dash", "num:year", "unit:Y*"], make: "yearRange" }, // 2024-2025-ci illərdə
  { seq: ["num:yearbare", "dash", "num:year"], make: "yearRange" },            // 2025-2026-cı (tədris ili)
  { seq: ["num:year", "unit:Y*@attr"], make: "year" },                        // 2025-ci ilki (artımlar)
  { seq: ["num:year", "unit:Y*@sg@bare", "within"], make: "year" },           // 2024-cü il ərzində
  { seq: ["deictic", "unit:Y*@sg"], make: "relative" },                       // bu il, ötən ilin, ötən ilə (nisbətən)
  { seq: ["deictic", "unit@sg@bare", "within"], make: "relative" },           // ötən il ərzində, bu ay ərzində
  { seq: ["num:year", "unit:Y*@pl"], make: "yearOfList" },                    // (2022-ci və) 2023-cü illərdə
  { seq: ["deictic", "unit:C@sg"], make: "relative" },                        // ötən əsrin
  { seq: ["deictic", "unit:M@sg"], make: "relative" },                        // ötən ay
  { seq: ["deictic", "unit:W@sg"], make: "relative" },                        // gələn həftə
  { seq: ["deictic", "unit:D@sg"], make: "relative" },                        // bu gün, həmin gün
  { seq: ["deictic", "unit:Q@sg"], make: "relative" },                        // növbəti rüb
  { seq: ["unit:Y@gen@sg", "T:noyear"], make: "thisYear" },                   // ilin sonunda, ilin I rübündə
  { seq: ["unit:M@gen@sg", "num:day"], make: "thisMonthDay" },                // ayın 20-si
  { seq: ["T:relmonth@gen", "num:day"], make: "merge" },                      // növbəti ayın 20-si
  // months and seasons
  { seq: ["month"], make: "merge" },
  { seq: ["month*@loc"], make: "merge" },                                      // mayda
  { seq: ["month*", "unit:M@sg"], make: "merge" },                            // may ayında
  { seq: ["month*", "unit:M@pl"], make: "merge" },                            // (mart və) aprel aylarında
  { seq: ["month*", "unit:M@gen@sg", "num:day"], make: "merge" },             // iyul ayının 1-dən
  { seq: ["month*", "dash", "month*"], make: "range" },                        // iyun-iyul
  { seq: ["T:monthrange", "unit:M@pl"], make: "merge" },                       // iyun-iyul aylarında
  { seq: ["T:monthrange"], make: "merge" },                                    // yanvar-iyul (one token)
  { seq: ["season"], make: "merge" },
  { seq: ["season", "unit:M@pl"], make: "merge" },                             // qış aylarında
  // day and month
  { seq: ["month*@gen", "num:day"], make: "merge" },                          // oktyabrın 9-da
  { seq: ["num:day@bare", "month*"], make: "merge" },                          // 9 oktyabr, 9 oktyabrda
  { seq: ["month*@gen", "num:day@abl", "num:day@until"], make: "dayRange" },  // mayın 10-dan 12-dək
  { seq: ["num:day@bare", "dash", "num:day@bare", "month*"], make: "dayRange" }, // 8-10 oktyabr
  { seq: ["month*@gen", "num:day@bare", "dash", "num:day"], make: "dayRange" }, // mayın 17-18-də
  { seq: ["T:date", "num:yearbare"], make: "merge" },                          // 9 oktyabr 2025
  { seq: ["T:date", "T:year"], make: "merge" },                                // 11 iyun 2004-cü il
  { seq: ["T:year", "T:noyear"], make: "merge" },                              // 1952-ci il oktyabrın 7-i
  { seq: ["numdate"], make: "merge" },                                         // 09.10.2025, 2025-10-09
  { seq: ["numdate", "unit:Y*@sg"], make: "merge" },                           // 9.10.2025-ci il
  { seq: ["dayword"], make: "merge" },
  { seq: ["weekday"], make: "merge" },
  { seq: ["weekday", "unit:D@sg"], make: "merge" },                            // cümə günü
  { seq: ["T:weekday", "comma", "T:daydate"], make: "merge" },                // bazar ertəsi, iyulun 7-də
  { seq: ["T:weekday", "T:daydate"], make: "merge" },                         // cümə 9 may
  { seq: ["T:daydate", "T:weekday"], make: "merge" },                         // 28 iyun şənbə günü
  { seq: ["T:daydate", "comma", "T:weekday"], make: "merge" },                // 9 may, cümə
  // the night from one day into the next (`iyunun 8-dən 9-na keçən gecə`, `aprelin 30-dan mayın 1-nə keçən gecə`)
  { seq: ["T:day@abl", "num:day@dat", "deictic", "tod"], make: "nightInto" },
  { seq: ["T:day@abl", "T:daydate@dat", "deictic", "tod"], make: "nightInto" },
  { seq: ["deictic", "T:weekday"], make: "relWeekday" },                      // keçən bazar günü
  { seq: ["deictic", "unit:W@gen@sg", "T:weekday"], make: "weekdayOfWeek" },  // ötən həftənin cümə günü
  { seq: ["deictic", "season*"], make: "relSeason" },                         // bu yay, gələn yazda, ötən payızda
  { seq: ["weekend@sg"], make: "weekend" },                                   // həftə sonu, həftəsonu
  { seq: ["deictic", "weekend@sg"], make: "weekend" },                        // bu həftə sonu, ötən həftəsonu
  // parts of periods, quarters, halves, centuries, decades
  { seq: ["T:any@gen", "part"], make: "part" },                                // ötən ilin sonunda
  { seq: ["month*@gen", "part"], make: "part" },                               // mayın sonunda
  { seq: ["unit@gen@sg", "part"], make: "part" },                              // ilin sonunda (this year)
  { seq: ["T:year@gen", "season*"], make: "merge" },                           // gələn ilin yazında
  { seq: ["T:year@gen", "month*"], make: "merge" },                            // 2025-ci ilin may (və iyun aylarında)
  { seq: ["T:year@gen", "ord", "num:card", "unit@sg"], make: "yearPortion" },  // 2025-ci ilin ilk iki ayında
  { seq: ["T:year@gen", "ord", "num:card", "unit@sg", "within"], make: "yearPortion" }, // 2025-ci ilin ilk dörd ayı ərzində
  { seq: ["T:year@gen", "last", "num:card", "unit@sg"], make: "yearPortion" }, // ötən ilin son üç ayında
  { seq: ["unit:Y@gen@sg", "ord", "num:card", "unit@sg"], make: "yearPortion" }, // ilin ilk üç ayında
  { seq: ["T:year@gen", "num:card", "unit@sg"], make: "yearCount" },            // 2024-cü ilin 9 ayında (its first nine)
  { seq: ["T:year@gen", "num:card", "unit@sg", "within"], make: "yearCount" },  // bu ilin 10 ayı ərzində
  { seq: ["unit:Y@gen@sg", "num:card", "unit@sg"], make: "yearCount" },         // ilin 6 ayında
  { seq: ["T:year@gen", "last", "unit@sg"], make: "lastOfYear" },              // keçən ilin son rübündə
  { seq: ["unit:Y@gen@sg", "last", "unit@sg"], make: "lastOfYear" },           // ilin son rübündə
  { seq: ["ord", "unit:Q@sg"], make: "quarter" },                              // I rübdə
  { seq: ["ord", "unit:HALF@sg"], make: "half" },                              // birinci yarımildə
  { seq: ["ord", "half"], make: "half" },                                      // (ilin) ikinci yarısında
  { seq: ["ord", "unit:C@sg"], make: "century" },                              // XX əsr
  { seq: ["num:decade", "unit:Y@pl"], make: "decade" },                        // 90-cı illərdə
  { seq: ["T:century@gen", "T:decade"], make: "merge" },                       // XX əsrin 90-cı illərində
  // offsets, durations, sets
  { seq: ["thence", "num:card", "unit@sg", "ago"], make: "offsetFromNamed" },  // bundan bir gün əvvəl (the date just named)
  { seq: ["num:card", "unit@sg", "ago"], make: "offset" },                     // 3 gün əvvəl
  { seq: ["num:card", "unit@sg"], make: "duration" },                          // 3 gün, 5 saatlıq
  { seq: ["num:card", "unit@sg", "within"], make: "duration" },                // iki il ərzində
  { seq: ["unit@sg@bare", "within"], make: "unitSpan" },                       // il ərzində (over a year)
  { seq: ["num:card", "unit*@dat@sg", "approx"], make: "durApprox" },          // 10 ilə yaxın
  { seq: ["num:card", "unit@sg@bare", "num"], make: "andHalf" },              // bir il yarım
  { seq: ["last", "num:card", "unit"], make: "duration" },                     // son 3 gündə
  { seq: ["last", "num:card", "unit@sg", "within"], make: "duration" },        // son 24 saat ərzində
  { seq: ["last", "unit@sg", "within"], make: "lastUnit" },                    // son sutka ərzində
  { seq: ["unit@loc@sg", "^num:qty"], make: "rate" },                          // gündə (400 min barel), ildə (5 min ton)
  { seq: ["unit@loc@sg", "^hedge"], make: "rate" },                            // gündə (təxminən 400 min barel)
  { seq: ["every", "unit@sg@bare"], make: "set" },                             // hər il
  { seq: ["every", "num:card", "unit@sg"], make: "set" },                      // hər 3 ildən bir
  { seq: ["unit@loc@sg", "num:card", "times"], make: "frequency" },            // həftədə bir dəfə
  { seq: ["every", "weekday"], make: "set" },                                  // hər cümə
  { seq: ["every", "unit@gen@sg", "part"], make: "setOfPart" },                // hər rübün sonunda, hər ilin əvvəlində
  { seq: ["every", "unit:M@gen@sg", "num:day"], make: "setOfPart" },           // hər ayın 20-dək
  // clock times and parts of the day
  { seq: ["clock", "num:time"], make: "merge" },                               // saat 15:00-da
  { seq: ["clock", "num:hour"], make: "merge" },                               // saat 10-da
  { seq: ["tod", "T:clock"], make: "todClock" },                              // səhər saat 7:00-dan, axşam saat 7-də
  { seq: ["T:time", "approx"], make: "approx" },                               // saat 10 radələrində
  { seq: ["num:time"], make: "merge" },                                        // 09:45-də
  { seq: ["clock", "num:time@abl", "num:time@until"], make: "range" },         // saat 10:00-dan 13:00-dək
  { seq: ["tod"], make: "merge" },                                             // səhər
  { seq: ["tod", "unit:H@pl"], make: "merge" },                                // axşam saatlarında
  { seq: ["deictic", "tod"], make: "relTod" },                                 // bu səhər, həmin axşam, ötən gecə
  { seq: ["unit:D@gen@sg", "ord", "half"], make: "dayHalf" },                  // günün ikinci yarısı
  { seq: ["T:day", "T:clock"], make: "merge" },                                // oktyabrın 9-da saat 15:00-da
  { seq: ["T:day", "comma", "T:clock"], make: "merge" },                       // 25 avqust, saat 11:00
  { seq: ["vague"], make: "merge" },
  { seq: ["dur"], make: "merge" },                                              // üçgünlük
  { seq: ["then"], make: "merge" },                                             // həmin vaxt (the time just named)
  { seq: ["yearadj", "unit:Y*@sg"], make: "merge" },                            // ötənilki ilə (müqayisədə)
  { seq: ["T:year@gen", "same"], make: "samePeriod" },                         // ötən ilin eyni dövrü, 2024-cü ilin müvafiq dövründə
];

export const time: TimeTables = {
  lexicon: lex,
  endings: ENDINGS,
  numberEndings: numberEndings(),
  rules,
  dashes: ["-", "–", "—", "/"], // `/`: 2025/2026-cı (tədris ili)
  tenseSuffixes: [
    { suffix: "acaq", tense: "fut" }, { suffix: "əcək", tense: "fut" },
    { suffix: "acaqdır", tense: "fut" }, { suffix: "əcəkdir", tense: "fut" },
    { suffix: "acaqlar", tense: "fut" }, { suffix: "əcəklər", tense: "fut" },
    { suffix: "acağıq", tense: "fut" }, { suffix: "əcəyik", tense: "fut" },
    { suffix: "ıb", tense: "past" }, { suffix: "ib", tense: "past" }, { suffix: "ub", tense: "past" }, { suffix: "üb", tense: "past" },
    { suffix: "ıblar", tense: "past" }, { suffix: "iblər", tense: "past" }, { suffix: "ublar", tense: "past" }, { suffix: "üblər", tense: "past" },
    { suffix: "ıbdır", tense: "past" }, { suffix: "ibdir", tense: "past" }, { suffix: "ubdur", tense: "past" }, { suffix: "übdür", tense: "past" },
    { suffix: "dı", tense: "past" }, { suffix: "di", tense: "past" }, { suffix: "du", tense: "past" }, { suffix: "dü", tense: "past" },
    { suffix: "tı", tense: "past" }, { suffix: "ti", tense: "past" }, { suffix: "tu", tense: "past" }, { suffix: "tü", tense: "past" },
    { suffix: "dılar", tense: "past" }, { suffix: "dilər", tense: "past" }, { suffix: "dular", tense: "past" }, { suffix: "dülər", tense: "past" },
    { suffix: "mışdır", tense: "past" }, { suffix: "mişdir", tense: "past" }, { suffix: "muşdur", tense: "past" }, { suffix: "müşdür", tense: "past" },
    { suffix: "mışdı", tense: "past" }, { suffix: "mişdi", tense: "past" }, { suffix: "muşdu", tense: "past" }, { suffix: "müşdü", tense: "past" },
    { suffix: "ır", tense: "pres" }, { suffix: "ir", tense: "pres" }, { suffix: "ur", tense: "pres" }, { suffix: "ür", tense: "pres" },
    { suffix: "ırlar", tense: "pres" }, { suffix: "irlər", tense: "pres" }, { suffix: "urlar", tense: "pres" }, { suffix: "ürlər", tense: "pres" },
  ],
  tenseWords: { idi: "past", idilər: "past", imiş: "past", idik: "past", olacaq: "fut", olacaqdır: "fut", gələcək: "fut" }, // `gələcək` is also the noun "future"
  futureVerbs: ["planlaş", "gözlən", "təyin et", "nəzərdə tut"],
  recurringDays: ["günləri", "günlərində", "günlərinə", "günlər"],
  listJoiners: ["və", "ya", "həm", "həmçinin"],
  backgroundOpeners: ["xatırladaq", "xatırladım", "xatırladırıq"],
  // streets, avenues, stations, squares, parks and settlements named after a day (`28 May küçəsi`, `8 Noyabr prospekti`,
  // `"20 Yanvar" metrostansiyası`, `20 Yanvar dairəsi`)
  placeNameNouns: ["küçə", "prospekt", "metrostansiya", "stansiya", "metro", "meydan", "park", "xiyaban", "dairə", "qəsəbə", "bulvar", "döngə", "körpü"],
  placeNameEndings: ["ı", "i", "u", "ü", "si", "sı", "su", "sü", "nda", "ndə", "ndan", "ndən", "nın", "nin", "nun", "nün", "na", "nə", "nı", "ni", "nu",
    "nü", "lar", "lər", "ları", "ləri", "larında", "lərində", "da", "də", "dan", "dən", "a", "ə"],
  // (`17.07.2020 tarixində`, `12.07.2020 tarixindən başlayan`)
  dateNouns: ["tarix"],
  notVerbs: ["indi", "bəzi", "əsasən", "iqtisadi", "ədədi", "fərdi", "cari", "tədbir", "tədbirlər", "tərkib", "tərtib", "sahib", "qərib", "mənbə", "şəxsi", "əlavə", "həmçinin", "milli", "beynəlxalq", "nəticədə"],
};
