// A headline that shouts a phrase writes short words in capitals too (`ƏLƏ KEÇDİ`): beside a shouted common word, a
// short word in capitals the lexicon knows is that word, not an acronym. Sentences invented for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" });
const lemmas = (text: string) => doc(text).tokens.map((t) => t.lemma);
const types = (text: string) => (doc(text).events ?? []).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);

test("a short word in capitals beside a shouted word is the common word", () => {
  assert.deepEqual(lemmas("Qaçqın Gürcüstanda ƏLƏ KEÇDİ").slice(-2), ["əl", "keç"]);
  assert.deepEqual(types("Türkiyənin axtardığı şəxs Gürcüstanda ƏLƏ KEÇDİ"), types("Türkiyənin axtardığı şəxs Gürcüstanda ələ keçdi"));
  assert.ok(types("Türkiyənin axtardığı şəxs Gürcüstanda ƏLƏ KEÇDİ").some((t) => t.startsWith("COERCE:")));
});

test("an acronym beside a shouted word stays an acronym", () => {
  // (the lexicon knows no common word `abş`, `bmt`)
  assert.equal(lemmas("ABŞ SANKSİYA TƏTBİQ ETDİ")[0], "ABŞ");
  assert.equal(lemmas("BMT ÇAĞIRIŞ ETDİ")[0], "BMT");
  // and a short word in capitals with no shouted word beside it is read as before (`ŞAD` before a known name)
  assert.equal(lemmas("Qonşu ŞAD Bakıya gəlib")[1], "ŞAD");
});
