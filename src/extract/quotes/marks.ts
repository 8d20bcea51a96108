// Pairs quotation marks across the whole token list (quotations span sentences). Each mark is read
// as opening or closing from its spacing and, when spacing is silent, from the original character.
// A closing mark with nothing open closes an outer quotation that began at the same mark as the
// inner one before it (“… “inner” … ” typed with one opening mark).
import type { Doc } from "../../text/doc.js";

export interface MarkPair {
  /** Token indices of the opening and the closing mark. */
  open: number;
  close: number;
  /** Pairs nested inside another pair. */
  nested: boolean;
}

const OPENERS = new Set(["\u201C", "\u201E", "\u00AB", "\u2018"]);
const CLOSERS = new Set(["\u201D", "\u00BB", "\u2019"]);

function isMark(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return t.kind === "punct" && t.norm === '"';
}

function direction(doc: Doc, i: number, depth: number): "open" | "close" {
  const toks = doc.tokens;
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[i + 1];
  const leftGlued = !!prev && !t.spaceBefore && !t.lineBefore && prev.kind !== "punct";
  const rightGlued = !!next && !next.spaceBefore && !next.lineBefore && next.kind !== "punct";
  if (rightGlued && !leftGlued) return "open";
  if (leftGlued && !rightGlued) return "close";
  const ch = doc.text[t.start];
  if (OPENERS.has(ch) && depth === 0) return "open";
  if (CLOSERS.has(ch)) return "close";
  if (!next || next.kind === "punct") return "close";
  return depth > 0 ? "close" : "open";
}

export function pairQuoteMarks(doc: Doc): MarkPair[] {
  const pairs: MarkPair[] = [];
  const stack: number[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    if (!isMark(doc, i)) continue;
    if (direction(doc, i, stack.length) === "open") { stack.push(i); continue; }
    const open = stack.pop();
    if (open !== undefined) { pairs.push({ open, close: i, nested: stack.length > 0 }); continue; }
    // nothing open: the last pair was an inner quotation sharing its opening mark with this one
    const last = pairs[pairs.length - 1];
    if (last && !last.nested) {
      last.nested = true;
      pairs.push({ open: last.open, close: i, nested: false });
    }
  }
  return pairs.filter((p) => p.close > p.open + 1);
}

/** Number of word tokens between the marks. */
export function wordsInside(doc: Doc, p: MarkPair): number {
  let n = 0;
  for (let i = p.open + 1; i < p.close; i++) if (doc.tokens[i].kind === "word") n++;
  return n;
}

/** Per token: 1 inside a quotation of at least `minWords` words (quoted speech, not quoted names). */
export function quotedMask(doc: Doc, pairs: MarkPair[], minWords: number): Uint8Array {
  const mask = new Uint8Array(doc.tokens.length);
  for (const p of pairs) {
    if (p.nested || wordsInside(doc, p) < minWords) continue;
    for (let i = p.open; i <= p.close; i++) mask[i] = 1;
  }
  return mask;
}
