// Sentences written for these tests (stop 36, cause sname): a person's surname whose last letters look like a case
// ending keeps them where the sentence shows it in the nominative (before a postposition that takes the nominative,
// before a word of saying, ), so the name reaches events and quotes whole.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const people = (text: string) => (annotate({ id: "t", text, document_date: "2025-11-20" }).entities ?? []).filter((e) => e.type === "PER").map((e) => e.name);

test("a surname before a postposition that takes the nominative keeps its last letters", () => {
  assert.deepEqual(people("Səfirlik Mahir Qunaliyə üçün matəm elan edib."), ["Mahir Qunaliyə"]);
  assert.deepEqual(people("Nazir Elvin Sarıtayə ilə görüşüb."), ["Elvin Sarıtayə"]);
  // the same name in a real case elsewhere in the article is read with the whole stem
  assert.deepEqual(people("Səfirlik Mahir Qunaliyə üçün matəm elan edib. Mahir Qunaliyənin ailəsi Bakıya gəlib."), ["Mahir Qunaliyə", "Mahir Qunaliyə"]);
});

test("a surname before a word of saying is its subject, in the nominative", () => {
  assert.deepEqual(people("Aksiya iştirakçılarından Nərmin Tozi bildirib ki, polis gəlib."), ["Nərmin Tozi"]);
  assert.deepEqual(people("Sədr Pavel Morqan vurğulayıb ki, hər şey qaydasındadır."), ["Pavel Morqan"]);
  // a dative addressee before a word of saying that takes one keeps its ending off
  assert.deepEqual(people("Nazir Kamil Zeynallıya deyib ki, gəlsin."), ["Kamil Zeynallı"]);
  // a noun made from a word of saying is owned: the genitive stays a genitive
  assert.deepEqual(people("Nazir Anna Naqdalyanın açıqlamasını şərh edib."), ["Anna Naqdalyan"]);
});

test("a name opening its sentence bare, or after a bare title, may be an object: its ending stays off", () => {
  assert.deepEqual(people("M.Torlinskiyə qarşı ittiham irəli sürülüb."), ["M.Torlinski"]);
  assert.deepEqual(people("Polis Kamil Tarverdini saxlayıb."), ["Kamil Tarverdi"]);
  assert.deepEqual(people("Nazir Kamil Zeynallıya deyib ki, gəlsin."), ["Kamil Zeynallı"]);
});
