// Snippets: a window of the article text around the densest cluster of query matches, matched
// words wrapped in SNIPPET_OPEN / SNIPPET_CLOSE ([[ ]]: plain text that survives JSON, and that
// Azerbaijani news text, which quotes with « », does not otherwise contain).
import { fold, lower } from "./analyze.js";

export const SNIPPET_OPEN = "[[";
export const SNIPPET_CLOSE = "]]";

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

const WORD_AT = new RegExp(WORD.source, "uy");
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const JOINER = /['’-]/;

/** Whether a WORD match starts at `i`: a word character not continuing a word (directly, or
 *  across an apostrophe or hyphen, which WORD takes inside a word). */
function wordStartsAt(text: string, i: number): boolean {
  if (!WORD_CHAR.test(text[i])) return false;
  if (i === 0) return true;
  if (WORD_CHAR.test(text[i - 1])) return false;
  return !(JOINER.test(text[i - 1]) && i >= 2 && WORD_CHAR.test(text[i - 2]));
}

/** Where the words a term matches are, in text order. The text is lower-cased and folded once and
 *  searched for each term (folding word by word dominated search time on long articles). When that
 *  changes its length, or meets astral or context-dependent letters (Greek final sigma), offsets no
 *  longer line up and every word is folded on its own. */
function matchedWords(text: string, terms: { fold: string; prefix: boolean }[]): { start: number; end: number }[] {
  const hit = (f: string) => terms.some((t) => f === t.fold || (t.prefix && f.startsWith(t.fold)));
  const whole = fold(lower(text));
  if (whole.length !== text.length || terms.some((t) => !t.fold) || /[\uD800-\uDFFF\u03A3]/.test(text)) {
    const hits: { start: number; end: number }[] = [];
    for (const m of text.matchAll(WORD)) if (hit(fold(lower(m[0])))) hits.push({ start: m.index!, end: m.index! + m[0].length });
    return hits;
  }
  const ends = new Map<number, number>();
  for (const t of terms) {
    for (let i = whole.indexOf(t.fold); i >= 0; i = whole.indexOf(t.fold, i + 1)) {
      if (ends.has(i) || !wordStartsAt(text, i)) continue;
      WORD_AT.lastIndex = i;
      const end = i + WORD_AT.exec(text)![0].length;
      if (hit(whole.slice(i, end))) ends.set(i, end);
    }
  }
  return [...ends].sort((a, b) => a[0] - b[0]).map(([start, end]) => ({ start, end }));
}

export function makeSnippet(text: string, terms: { fold: string; prefix: boolean }[], width = 240): string {
  const hits = terms.length ? matchedWords(text, terms) : [];
  let from = 0;
  if (hits.length) {
    // the window (starting a little before a hit) that holds the most hits
    let best = 0, bestCount = 0;
    for (let i = 0, j = 0; i < hits.length; i++) {
      while (j < hits.length && hits[j].end <= hits[i].start + width - 40) j++;
      if (j - i > bestCount) { bestCount = j - i; best = i; }
    }
    from = Math.max(0, hits[best].start - 40);
  }
  // start and end on word boundaries
  if (from > 0) {
    const sp = text.lastIndexOf(" ", from);
    from = sp >= 0 && from - sp < 20 ? sp + 1 : from;
  }
  let to = Math.min(text.length, from + width);
  if (to < text.length) {
    const sp = text.indexOf(" ", to);
    to = sp >= 0 && sp - to < 20 ? sp : to;
  }
  let out = "";
  let pos = from;
  for (const h of hits) {
    if (h.start < from || h.end > to) continue;
    out += text.slice(pos, h.start) + SNIPPET_OPEN + text.slice(h.start, h.end) + SNIPPET_CLOSE;
    pos = h.end;
  }
  out += text.slice(pos, to);
  out = out.replace(/\s+/g, " ").trim();
  return (from > 0 ? "…" : "") + out + (to < text.length ? "…" : "");
}
