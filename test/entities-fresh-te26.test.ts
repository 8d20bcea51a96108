// Entities on the studied set ent4 (te26): a form of address before a name stays outside it, as a title does; proved on
// sentences written for these tests, with a look-alike that must keep its old reading.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/index.js";

const ents = (text: string) => annotate({ id: "t", text, document_date: "2025-08-04" }).entities.map((e) => [e.text, e.type]);

test("`Hörmətli`, `Möhtərəm` before a name are forms of address, outside the span", () => {
  assert.deepEqual(ents("Hörmətli Tofiq müəllim, təbrikinizi aldım."), [["Tofiq", "PER"]]);
  assert.deepEqual(ents("Möhtərəm Kamran Həsənov tədbirdə çıxış edib."), [["Kamran Həsənov", "PER"]]);
  // look-alike: the word before a common noun names nobody
  assert.deepEqual(ents("Hörmətli qonaqlar salona dəvət olundu."), []);
});
