import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { annotate } from "../src/pipeline.js";
import { getLanguage } from "../src/lang/index.js";
import { analyzeWord } from "../src/morph/index.js";
import type { Analysis } from "../src/text/doc.js";

const az = getLanguage("az");
const analyse = (w: string) => analyzeWord(w, az.lower(w), az);

// form, lemma, and the features the analysis must show
const CASES: Array<[string, string, Partial<Analysis>?]> = [
  // nouns: plural, case, harmony (back/front, rounded)
  ["kitablar", "kitab", { plural: true, case: undefined }],
  ["evlərdə", "ev", { plural: true, case: "loc" }],
  ["şəhərdən", "şəhər", { case: "abl" }],
  ["dövlətin", "dövlət", { case: "gen" }],
  ["ölkələrə", "ölkə", { case: "dat", plural: true }],
  ["münasibətlərdə", "münasibət", { case: "loc", plural: true }],
  ["ailələrə", "ailə", { case: "dat" }],
  ["gündən", "gün", { case: "abl" }],
  ["yollarda", "yol", { case: "loc" }],
  ["sözlər", "söz", { plural: true }],
  // buffers -y- -n- -s-
  ["ölkəyə", "ölkə", { case: "dat" }],
  ["ölkənin", "ölkə", { case: "gen" }],
  ["ailəni", "ailə", { case: "acc" }],
  ["ailəsi", "ailə", { poss: "3" }],
  ["ailəsinə", "ailə", { poss: "3", case: "dat" }],
  ["təyyarəylə", "təyyarə", { case: "ins" }],
  // possessive + case with -n-
  ["prezidentinin", "prezident", { poss: "3", case: "gen" }],
  ["sözlərinə", "söz", { poss: "3", case: "dat", plural: true }],
  ["ərazisində", "ərazi", { poss: "3", case: "loc" }],
  ["niyyətindən", "niyyət", { case: "abl" }],
  ["nazirlikləri", "nazirlik", { plural: true }],
  // consonant alternations q/ğ, k/y, dropped vowel
  ["uşağın", "uşaq", { case: "gen" }],
  ["rəhbərliyi", "rəhbərlik"],
  ["gərginliyə", "gərginlik", { case: "dat" }],
  ["təhlükəsizliyin", "təhlükəsizlik", { case: "gen" }],
  ["danışığı", "danışıq"],
  ["fikri", "fikir"],
  ["oğlu", "oğul"],
  ["addımı", "addım"],
  ["çıxışı", "çıxış"],
  // names keep capitals; initials, hyphens, detached endings
  ["Düşənbədə", "Düşənbə", { case: "loc", pos: "PROPN" }],
  ["Əliyevlə", "Əliyev", { case: "ins" }],
  ["Rusiyanın", "Rusiya", { case: "gen" }],
  ["Bakının", "Bakı", { case: "gen" }],
  ["Putinə", "Putin", { case: "dat" }],
  ["Tacikistana", "Tacikistan", { case: "dat" }],
  ["Azərbaycanla", "Azərbaycan", { case: "ins" }],
  ["V.Putinə", "V.Putin", { case: "dat" }],
  ["9-da", "9", { case: "loc" }],
  ["30-dan", "30", { case: "abl" }],
  ["ABŞ-ın", "ABŞ", { case: "gen" }],
  ["NATO-ya", "NATO", { case: "dat" }],
  ["Asiya-Rusiya", "Asiya-Rusiya"],
  // copula and -ki
  ["vacibdir", "vacib"],
  ["evdəki", "ev"],
  ["yoxdur", "yox"],
  // verbs: tense, person, negation, passive, mood
  ["görüşəcək", "görüş", { pos: "VERB", tense: "fut" }],
  ["gələcəyəm", "gəl", { tense: "fut" }],
  ["yazdı", "yaz", { tense: "past" }],
  ["yazdılar", "yaz", { tense: "past" }],
  ["getdik", "get", { tense: "past" }],
  ["gedir", "get", { tense: "pres" }],
  ["edəcək", "et", { tense: "fut" }],
  ["bildirib", "bildir", { tense: "past" }],
  ["gəlmədi", "gəl", { tense: "past", negated: true }],
  ["getmir", "get", { tense: "pres", negated: true }],
  ["görməyib", "gör", { negated: true }],
  ["olmaz", "ol", { negated: true }],
  ["istəməli", "istə", { tense: "nec" }],
  ["ödənilməlidir", "ödə", { tense: "nec", passive: true }],
  ["verildi", "ver", { tense: "past", passive: true }],
  ["vurulub", "vur", { passive: true }],
  ["edilir", "et", { passive: true, tense: "pres" }],
  ["etsə", "et", { tense: "cond" }],
  ["imzaladı", "imzala", { tense: "past" }],
  // non-finite forms: participles, verbal nouns, converbs
  ["olan", "ol", { verbForm: "part" }],
  ["olduğunu", "ol", { verbForm: "part", case: "acc" }],
  ["olacağını", "ol", { case: "acc" }],
  ["etmək", "et", { verbForm: "inf" }],
  ["etməyə", "et", { case: "dat" }],
  ["yazaraq", "yaz", { verbForm: "conv" }],
  ["cavablandırarkən", "cavablandır", { verbForm: "conv" }],
  ["gələndə", "gəl"],
  // pronouns and closed-class words
  ["onun", "o", { pos: "PRON", case: "gen" }],
  ["bizə", "biz", { case: "dat" }],
  ["və", "və"],
  // attested roots (word list): a vowel-final noun over a consonant stem plus a case ending
  ["ailəyə", "ailə", { case: "dat" }],
  ["olanlar", "ol", { verbForm: "part" }],
];

test(`lemmas and features of ${CASES.length} inflected forms`, () => {
  const bad: string[] = [];
  for (const [form, lemma, feats] of CASES) {
    const a = analyse(form);
    if (a.lemma !== lemma) bad.push(`${form}: lemma ${a.lemma}, want ${lemma}`);
    for (const [k, v] of Object.entries(feats ?? {})) {
      if (a[k as keyof Analysis] !== v) bad.push(`${form}: ${k}=${String(a[k as keyof Analysis])}, want ${String(v)}`);
    }
  }
  assert.deepEqual(bad, []);
});

test("verbs made from nouns are verbs once inflected; a bare one in a name is not", () => {
  const want: Array<[string, string, Partial<Analysis>]> = [
    ["gözləyir", "gözlə", { pos: "VERB", tense: "pres" }],
    ["imzalayıb", "imzala", { pos: "VERB", tense: "past" }],
    ["planlaşdırılıb", "planlaş", { pos: "VERB", passive: true }],
    ["güclənəcək", "güclən", { pos: "VERB", tense: "fut" }],
    ["sadələşdirilməsi", "sadələş", { pos: "VERB", verbForm: "vnoun" }],
    ["Ruslan", "Ruslan", { pos: "PROPN" }],
  ];
  const bad = want.flatMap(([w, lemma, feats]) => {
    const a = analyse(w);
    const errs = a.lemma === lemma ? [] : [`${w}: lemma ${a.lemma}`];
    for (const [k, v] of Object.entries(feats)) if (a[k as keyof Analysis] !== v) errs.push(`${w}: ${k}=${String(a[k as keyof Analysis])}`);
    return errs;
  });
  assert.deepEqual(bad, []);
});

test("adjectives in -lI are adjectives, not verbs; the necessitative still wins", () => {
  for (const w of ["məqsədli", "əhəmiyyətli", "nömrəli", "bağlı", "təhlükəli"]) {
    const a = analyse(w);
    assert.equal(a.pos, "ADJ", w);
    assert.equal(a.lemma, w, w);
  }
  assert.deepEqual([analyse("əhəmiyyətlidir").pos, analyse("əhəmiyyətlidir").lemma], ["ADJ", "əhəmiyyətli"]);
  for (const w of ["verməlidir", "olmalı", "almalıdır"]) assert.equal(analyse(w).tense, "nec", w);
  // a capitalised one the lexicon does not list is read as a name (surnames in -li)
  assert.equal(analyse("Kərimli").pos, "PROPN");
});

test("possessive + joined ilə, a bare -mA, and conditionals after the negative aorist and -ib", () => {
  assert.deepEqual([analyse("vasitəsilə").lemma, analyse("vasitəsilə").case], ["vasitə", "ins"]);
  assert.deepEqual([analyse("köməyilə").lemma, analyse("köməyilə").case], ["kömək", "ins"]);
  assert.equal(analyse("imzalama").verbForm, "vnoun");
  assert.equal(analyse("imzalama").negated, undefined);
  assert.deepEqual([analyse("bilməzsə").lemma, analyse("bilməzsə").tense], ["bil", "cond"]);
  assert.deepEqual([analyse("gəlibsə").lemma, analyse("gəlibsə").tense], ["gəl", "cond"]);
  assert.deepEqual([analyse("yaranmış").pos, analyse("yaranmış").lemma], ["VERB", "yaran"]);
});

test("stem is the lower-case lemma", () => {
  assert.equal(analyse("Rusiyanın").stem, "rusiya");
  assert.equal(analyse("görüşəcək").stem, "görüş");
  assert.equal(analyse("İ.Əliyevə").lemma, "İ.Əliyev");
});

test("analyses are memoised per form", () => {
  assert.equal(analyse("münasibətlərin"), analyse("münasibətlərin"));
});

test("the sample article's words get their nominative or verb-stem lemmas", () => {
  const raw = readFileSync(new URL("./fixtures/000_0a529d22fd31e90c.txt", import.meta.url), "utf8");
  const d = annotate({ id: "sample", text: raw });
  const lemma = new Map(d.tokens.map((t) => [d.text.slice(t.start, t.end), t.lemma]));
  const want: Record<string, string> = {
    Düşənbədə: "Düşənbə", Əliyevlə: "Əliyev", Tacikistana: "Tacikistan", Putinə: "Putin",
    Rusiyanın: "Rusiya", Bakının: "Bakı", münasibətlərdə: "münasibət", görüşəcək: "görüş",
    ailələrə: "ailə", nazirlikləri: "nazirlik", jurnalistlərə: "jurnalist", sammitində: "sammit",
    qatılacaq: "qatıl", ərazisində: "ərazi", "V.Putin": "V.Putin",
  };
  const bad = Object.entries(want).filter(([w, l]) => lemma.get(w) !== l).map(([w, l]) => `${w}->${lemma.get(w)} (want ${l})`);
  assert.deepEqual(bad, []);
  const fut = d.tokens.find((t) => d.text.slice(t.start, t.end) === "görüşəcək");
  assert.equal(fut?.analysis?.tense, "fut");
});

test("the attested-word set finds words and stem+suffix pairs without building the string", async () => {
  const { WordSet } = await import("../src/morph/wordset.js");
  const words = ["kitab", "kitablar", "ev", "evdə", "görüş", "ə"];
  const set = new WordSet(words.join("\n") + "\n");
  assert.equal(set.size, words.length);
  for (const w of words) assert.ok(set.has(w), w);
  assert.ok(set.hasJoined("kitab", "lar"));
  assert.ok(set.hasJoined("ev", "də"));
  assert.ok(set.hasJoined("", "ev"));
  assert.ok(!set.hasJoined("kitab", "da"));
  assert.ok(!set.has("kita"));
  assert.ok(!set.has("kitablarr"));
  assert.ok(!set.has(""));
  assert.ok(new WordSet("a\nb").has("b"), "no trailing newline");
});

test("an unknown abstract noun in -lıq/-lik keeps its ending under a softened letter; a compound on a known noun does not", () => {
  const lemma = (w: string) => annotate({ id: "t", text: w, document_date: "2025-01-01" }).tokens[0].analysis?.lemma;
  assert.equal(lemma("həmrəyliyini"), "həmrəylik");
  assert.equal(lemma("tərəfdaşlığını"), "tərəfdaşlıq");
  // a known root keeps its own reading
  assert.equal(lemma("dostluğunu"), "dostluq");
});
