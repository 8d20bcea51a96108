// How a sentence is written: in running text (names capitalised) or in capitals, where only
// the tables can tell names apart.
import type { Doc, Sentence } from "../../text/doc.js";

export type SentenceMode = "normal" | "caps" | "lower";

/** Per UTF-16 unit, filled as met: 2 when upper-casing changes the unit (a lower-case letter), else 1. */
const upperChanges = new Uint8Array(0x10000);

/** The word's first unit changes in upper case, so the word is not all capitals: most words, told
 *  apart without upper-casing the whole word. */
function opensLowerCase(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (upperChanges[c] === 0) {
    const ch = w[0];
    upperChanges[c] = ch.toUpperCase()[0] !== ch ? 2 : 1;
  }
  return upperChanges[c] === 2;
}

export function sentenceMode(doc: Doc, s: Sentence): SentenceMode {
  let words = 0, caps = 0;
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const t = doc.tokens[i];
    if (t.kind !== "word" || t.norm.length < 2) continue;
    words++;
    if (!opensLowerCase(t.norm) && t.norm === t.norm.toUpperCase() && t.norm !== t.norm.toLowerCase()) caps++;
  }
  return words >= 3 && caps >= words * 0.7 ? "caps" : "normal";
}
