// Sentence boundaries over tokens. A line break always ends a sentence, so a line with no final
// punctuation (a heading, a dateline) is a sentence of its own. Inside a line a sentence ends at
// . ! ? … followed by a capital, a digit or an opening quote, except after an initial or an
// abbreviation. Closing quotes and brackets after the stop stay with the sentence.
import type { Doc, Sentence, Token } from "./doc.js";
import type { TokenizerTables } from "./tokenize.js";
import { isUpperChar } from "./chars.js";

const MAX_SENTENCE_TOKENS = 400;
const STOPS = new Set([".", "!", "?", "…", "...", "?!", "!?"]);
const CLOSERS = new Set(['"', "'", ")", "]", "»"]);

export function splitSentences(doc: Doc, tables: TokenizerTables): Sentence[] {
  const finalAbbr = new Set(tables.sentenceFinal.map((a) => tables.lower(a)));
  const toks = doc.tokens;
  const out: Sentence[] = [];
  let first = 0;
  const close = (endTok: number) => {
    if (endTok <= first) return;
    const last = toks[endTok - 1];
    const heading = !STOPS.has(last.norm) && !(CLOSERS.has(last.norm) && endTok - 2 >= first && STOPS.has(toks[endTok - 2].norm)) && !last.norm.endsWith(".");
    out.push({ start: toks[first].start, end: last.end, tokStart: first, tokEnd: endTok, heading: heading || undefined });
    for (let k = first; k < endTok; k++) toks[k].sent = out.length - 1;
    first = endTok;
  };
  let lastComma = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.lineBefore && i > first) close(i);
    // a run-on "sentence" (a table, a list, a pasted blob) is cut so that no stage that works per
    // sentence meets thousands of tokens at once: at the last comma if there is one, else here
    if (i - first >= MAX_SENTENCE_TOKENS) close(lastComma > first ? lastComma + 1 : i);
    if (t.norm === "," || t.norm === ";") lastComma = i;
    if (!isStop(t, toks[i - 1]) && !(t.kind === "abbr" && finalAbbr.has(t.lower))) continue;
    // keep closing quotes and brackets with this sentence
    let j = i + 1;
    while (j < toks.length && CLOSERS.has(toks[j].norm) && !toks[j].spaceBefore) j++;
    const next = toks[j];
    if (!next) continue;
    if (next.lineBefore) continue; // the line break closes it
    if (!next.spaceBefore) continue;
    if (startsSentence(next)) { close(j); i = j - 1; }
  }
  close(toks.length);
  return out;
}

function isStop(t: Token, prev: Token | undefined): boolean {
  if (t.kind !== "punct" || !STOPS.has(t.norm)) return false;
  if (t.norm === "." && prev && !t.spaceBefore) {
    // "V." before a capitalised name, "st." and other dotted words are not sentence ends
    if (prev.kind === "initial") return false;
    if (prev.kind === "word" && prev.norm.length === 1 && isUpperChar(prev.norm)) return false;
  }
  return true;
}

function startsSentence(t: Token): boolean {
  const c = t.norm.charAt(0); // not norm[0]: that ties optimised code to one string representation
  if (t.kind === "number") return true;
  if (c === '"' || c === "'" || c === "(" || c === "-") return true;
  return isUpperChar(c);
}
