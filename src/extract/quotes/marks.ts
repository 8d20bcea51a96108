// Pairs quotation marks across the whole token list (quotations span sentences). Each mark is read
// as opening or closing from its spacing and, when spacing is silent, from the original character.
// Double marks ("", “”, „“, «») and single ones (‘’, '') pair only with their own kind; single marks
// pair within a paragraph. A closing mark with nothing open closes an outer quotation that began at the
// same mark as the inner one before it (“… “inner” … ” typed with one opening mark). A quotation over
// several paragraphs may reopen the mark at each paragraph («…¶«…»): that mark continues it. A pair is
// nested when another pair holds it, so a stray unclosed mark does not swallow the quotations after it.
import type { Doc } from "../../text/doc.js";

export interface MarkPair {
  /** Token indices of the opening and the closing mark. */
  open: number;
  close: number;
  /** Pairs nested inside another pair. */
  nested: boolean;
  /** The first token of the opening mark and the last of the closing one (`‘’` is two tokens). */
  openFirst: number;
  closeLast: number;
}

const OPENERS = new Set(["\u201C", "\u201E", "\u00AB", "\u2018", "\u201A"]);
const CLOSERS = new Set(["\u201D", "\u00BB", "\u2019"]);

type Kind = "double" | "single";

function markKind(doc: Doc, i: number): Kind | null {
  const t = doc.tokens[i];
  if (t.kind !== "punct") return null;
  return t.norm === '"' ? "double" : t.norm === "'" ? "single" : null;
}

/** A mark over tokens [i, end] (two glued single marks, `‘’`, make one double mark). */
function direction(doc: Doc, i: number, end: number, depth: number): "open" | "close" {
  const toks = doc.tokens;
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[end + 1];
  const leftGlued = !!prev && !t.spaceBefore && !t.lineBefore && prev.kind !== "punct";
  const rightGlued = !!next && !next.spaceBefore && !next.lineBefore && next.kind !== "punct";
  if (rightGlued && !leftGlued) return "open";
  if (leftGlued && !rightGlued) return "close";
  const ch = doc.text[t.start];
  if (OPENERS.has(ch) && depth === 0) return "open";
  if (CLOSERS.has(ch)) return "close";
  // `"«Dəmir yumruq» …"`: a free-standing mark glued to an inner opening mark opens
  if (next && !leftGlued && !next.spaceBefore && !next.lineBefore && OPENERS.has(doc.text[next.start]) && depth === 0) return "open";
  // (and so does one glued to a second mark that a word is glued to: `""BMW" markalı …"`, a quotation opening on a name)
  const after = toks[end + 2];
  if (next && !leftGlued && depth === 0 && next.norm === t.norm && !next.spaceBefore && !next.lineBefore && !!after &&
    after.kind !== "punct" && !after.spaceBefore && !after.lineBefore) return "open";
  if (!next || next.kind === "punct") return "close";
  return depth > 0 ? "close" : "open";
}

// The link, events and quotes stages all read the pairs of one document: paired once per token list.
const paired = new WeakMap<Doc, { tokens: Doc["tokens"]; count: number; pairs: readonly MarkPair[] }>();

/** The pairs of quotation marks of the document, in order of their closing marks (shared: do not change them). */
export function pairQuoteMarks(doc: Doc): readonly MarkPair[] {
  const seen = paired.get(doc);
  if (seen && seen.tokens === doc.tokens && seen.count === doc.tokens.length) return seen.pairs;
  const pairs = readPairs(doc);
  paired.set(doc, { tokens: doc.tokens, count: doc.tokens.length, pairs });
  return pairs;
}

function readPairs(doc: Doc): MarkPair[] {
  const pairs: MarkPair[] = [];
  const stacks: Record<Kind, number[]> = { double: [], single: [] };
  const firstOf = new Map<number, number>();
  let lastLine = -1;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (doc.tokens[i].lineBefore) { lastLine = i; stacks.single.length = 0; dropLost(doc, stacks.double, pairs, firstOf); dropStray(doc, i, stacks.double, firstOf); }
    let kind = markKind(doc, i);
    if (!kind) continue;
    const start = i;
    const twin = doc.tokens[i + 1];
    if (kind === "single" && twin && markKind(doc, i + 1) === "single" && !twin.spaceBefore && !twin.lineBefore) {
      kind = "double";
      i++;
    }
    const stack = stacks[kind];
    if (direction(doc, start, i, stack.length) === "open") {
      // «…¶«…»: a paragraph reopening a quotation that an earlier paragraph opened, unclosed, continues it
      const top = stack[stack.length - 1];
      if (top !== undefined && lastLine === start && top < start && opensParagraph(doc, firstOf.get(top) ?? top)) continue;
      stack.push(i);
      firstOf.set(i, start);
      continue;
    }
    const open = stack.pop();
    if (open !== undefined) { pairs.push({ open, close: start, nested: false, openFirst: firstOf.get(open) ?? open, closeLast: i }); continue; }
    // nothing open: the last pair was an inner quotation sharing its opening mark with this one
    const last = pairs[pairs.length - 1];
    // (only where a quotation can begin: a paragraph's or sentence's start, or after a colon or a comma; a name
    // quoted inside running text, `X və “Y” arasında … inanırıq”`, shares no mark with a lost opening one)
    if (last && !last.nested && markKind(doc, last.open) === kind && lastLine <= last.close && canOpenQuotation(doc, last.openFirst)) {
      last.nested = true;
      pairs.push({ open: last.open, close: start, nested: false, openFirst: last.openFirst, closeLast: i });
    }
  }
  return markNested(pairs.filter((p) => p.close > p.open + 1));
}

/** At a paragraph's start, an opening mark left open after a lead-in's colon (`X: “…`) past a quotation that another
 *  lead-in began and closed after it (`… Y: “…”`, another speaker's) lost its closing mark: it pairs with nothing after. */
function dropLost(doc: Doc, stack: number[], pairs: MarkPair[], firstOf: Map<number, number>): void {
  for (let k = stack.length - 1; k >= 0; k--) {
    const first = firstOf.get(stack[k]) ?? stack[k];
    if (doc.tokens[first - 1]?.norm !== ":") continue;
    if (pairs.some((p) => p.openFirst > stack[k] && doc.tokens[p.openFirst - 1]?.norm === ":")) stack.splice(k, 1);
  }
}

/** At a paragraph's start `i`, double marks left open by the paragraphs before are stray (a page's lost or stray opening
 *  mark, `“X işi ilə bağlı … bildirilir.` ¶ `… “Facebook” səhifəsində …`) when the next mark of the text opens a quotation
 *  inside running text: a quotation going on over paragraphs is closed by the next mark, or reopened at a paragraph's start. */
function dropStray(doc: Doc, i: number, stack: number[], firstOf: Map<number, number>): void {
  if (!stack.length) return;
  for (let j = i; j < doc.tokens.length; j++) {
    if (markKind(doc, j) !== "double") continue;
    if (doc.tokens[j].lineBefore || direction(doc, j, j, 0) !== "open" || !OPENERS.has(doc.text[doc.tokens[j].start])) return;
    // (a quotation opened after a lead-in's colon, `… yazıb: ¶ “…`, goes on over paragraphs with quoted names inside)
    for (let k = stack.length - 1; k >= 0; k--) if (doc.tokens[(firstOf.get(stack[k]) ?? stack[k]) - 1]?.norm !== ":") stack.splice(k, 1);
    return;
  }
}

/** Token `i` can open a quotation: the text's, a paragraph's or a sentence's start, or after a colon, a comma
 *  or a dash (`… deyib: “…`, `… bildirib ki, “…`). */
function canOpenQuotation(doc: Doc, i: number): boolean {
  const t = doc.tokens[i], prev = doc.tokens[i - 1];
  if (!prev || t.lineBefore || prev.sent !== t.sent) return true;
  return prev.kind === "punct" && prev.norm !== '"' && prev.norm !== "'";
}

/** The opening mark begins a paragraph or follows the colon of a lead-in (`… dedi:`). */
function opensParagraph(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return i === 0 || t.lineBefore || doc.tokens[i - 1].norm === ":";
}

/** A pair inside another pair is nested; pairs come in order of their closing marks. */
function markNested(pairs: MarkPair[]): MarkPair[] {
  const byOpen = [...pairs].sort((a, b) => a.open - b.open || b.close - a.close);
  let reach = -1;
  for (const p of byOpen) {
    if (p.close < reach) p.nested = true;
    reach = Math.max(reach, p.close);
  }
  return pairs;
}

/** Number of word tokens between the marks. */
export function wordsInside(doc: Doc, p: MarkPair): number {
  let n = 0;
  for (let i = p.open + 1; i < p.close; i++) if (doc.tokens[i].kind === "word") n++;
  return n;
}

/** Per token: 1 inside a quotation of at least `minWords` words (quoted speech, not quoted names). */
export function quotedMask(doc: Doc, pairs: readonly MarkPair[], minWords: number): Uint8Array {
  const mask = new Uint8Array(doc.tokens.length);
  for (const p of pairs) {
    if (p.nested || wordsInside(doc, p) < minWords) continue;
    for (let i = p.open; i <= p.close; i++) mask[i] = 1;
  }
  return mask;
}
