// The CSV reader behind scripts/headlines-corpus.ts: quoted fields with commas, doubled quotes and
// line breaks, CRLF rows. Invented rows.
import { test } from "node:test";
import assert from "node:assert/strict";
import { csvRows } from "../scripts/headlines-corpus.js";

test("quoted fields keep commas, doubled quotes and line breaks", () => {
  const text = 'category,title\r\nDünya,"Nazir: ""Sülh, indi"""\r\nSiyasət,"iki\nsətir"\nDigər,sadə';
  assert.deepEqual(csvRows(text), [
    ["category", "title"],
    ["Dünya", 'Nazir: "Sülh, indi"'],
    ["Siyasət", "iki\nsətir"],
    ["Digər", "sadə"],
  ]);
});

test("an empty last field and a trailing newline", () => {
  assert.deepEqual(csvRows("a,b,\n"), [["a", "b", ""]]);
});
