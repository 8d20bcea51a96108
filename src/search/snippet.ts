// Snippets: a window of the article text around the densest cluster of query matches, matched
// words wrapped in SNIPPET_OPEN / SNIPPET_CLOSE ([[ ]]: plain text that survives JSON, and that
// Azerbaijani news text, which quotes with « », does not otherwise contain).
import { fold, lower } from "./analyze.js";

export const SNIPPET_OPEN = "[[";
export const SNIPPET_CLOSE = "]]";

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

export function makeSnippet(text: string, terms: { fold: string; prefix: boolean }[], width = 240): string {
  const hits: { start: number; end: number }[] = [];
  if (terms.length) {
    for (const m of text.matchAll(WORD)) {
      const f = fold(lower(m[0]));
      if (terms.some((t) => f === t.fold || (t.prefix && f.startsWith(t.fold)))) hits.push({ start: m.index!, end: m.index! + m[0].length });
    }
  }
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
