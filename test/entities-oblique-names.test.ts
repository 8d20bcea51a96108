// Names of people in an oblique case after a title phrase that opens the sentence, on sentences written
// for these tests: a known person's surname with a case ending is that person, not a new name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const find = (text: string, surface: string) => annotate({ id: "t", text, document_date: "2025-11-20" }).entities.find((e) => e.text === surface);

test("a known surname in the dative after a title phrase keeps its ending off", () => {
  const e = find("Braziliya Prezidenti Trampa təbrik məktubu göndərib.", "Trampa");
  assert.equal(e?.type, "PER");
  assert.equal(e?.name, "Tramp");
  assert.equal(e?.case, "dat");
});

test("look-alike: an unknown name opening the sentence keeps its final vowel", () => {
  const e = find("Parlamentin sədri Roberta Kalvina Çinə səfər edib.", "Roberta Kalvina");
  assert.equal(e?.name, "Roberta Kalvina");
});
