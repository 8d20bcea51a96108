// No input string makes annotate throw, and every span it reports lies inside the text.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { annotate } from "../src/index.js";

const AZ = "abcçdeəfgğhxıijkqlmnoöprsştuüvyzABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ";
const PIECES = [" ", "\n", ".", ",", '"', "«", "»", "“", "”", "-", "—", "V.", "İ.", "9-da", "2025", "09.10.2025", "15:00", "oktyabrın", "Əliyevlə", "deyib:", "\u200B", "ä", "ә", "İ", "I", "\u0307", "Бакы", "ё", "%", "$", "http://x.az/a.", "a@b.az", "b.e.ə.", "və s.", "...", "(", ")"];

const azText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: fc.constantFrom(...AZ), maxLength: 12 })), { maxLength: 60 }).map((a) => a.join(""));

function checkSpans(text: string) {
  const d = annotate({ id: "p", text, document_date: "2025-10-08" });
  for (const layer of [d.tokens, d.sentences, d.entities, d.timexes, d.quotes]) {
    for (const s of layer as { start: number; end: number }[]) {
      assert.ok(s.start >= 0 && s.end <= text.length && s.start <= s.end, `span ${s.start}-${s.end} outside text of ${text.length}`);
    }
  }
  for (let i = 1; i < d.tokens.length; i++) assert.ok(d.tokens[i].start >= d.tokens[i - 1].end, "tokens overlap");
}

test("annotate never throws on arbitrary strings", () => {
  fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => { checkSpans(s); }), { numRuns: 400 });
});

test("annotate never throws on Azerbaijani-like text with hard pieces", () => {
  fc.assert(fc.property(azText, (s) => { checkSpans(s); }), { numRuns: 600 });
});

test("annotate handles a 10 MB single line", () => {
  const line = "Bakı şəhərində oktyabrın 9-da görüş olub ".repeat(250_000).slice(0, 10_000_000);
  const d = annotate({ id: "big", text: line, document_date: "2025-10-08" });
  assert.ok(d.tokens.length > 1_000_000);
});

test("a title right before a capitalised last word does not look past the sentence", () => {
  // a foreign first name after a title asks whether a name starts at the next word: here there is none
  for (const text of ["Gürcüstan iclasda iştirak etməyəcək - spikerdən AÇIQLAMA", "Bu barədə nazir Asif"]) checkSpans(text);
});
