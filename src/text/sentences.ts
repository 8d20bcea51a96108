// Sentence boundaries over tokens. A line break always ends a sentence, so a line with no final
// punctuation (a heading, a dateline) is a sentence of its own. Inside a line a sentence ends at
// . ! ? … followed by a capital, a digit, an opening quote or a list marker, except after an
// initial or an abbreviation; a stop written straight against a capitalised word (`gəldi.Sonra`)
// ends one too. A bullet always opens a new sentence (a list flattened onto one line). Closing
// quotes and brackets after the stop stay with the sentence.
import type { Doc, Sentence, Token } from "./doc.js";
import type { TokenizerTables } from "./tokenize.js";
import { isUpperChar, isLowerChar } from "./chars.js";

const MAX_SENTENCE_TOKENS = 400;
const STOPS = new Set([".", "!", "?", "…", "...", "?!", "!?"]);
const ELLIPSES = new Set(["…", "..."]);
const CLOSERS = new Set(['"', "'", ")", "]", "»"]);
/** A line that ends in one of these leads into what follows or is an item of a list: not a heading. */
const CONTINUERS = new Set([":", ";", ","]);
/**
 * Marks that open a list item: bullets, geometric shapes, check marks, dingbats and pictographs
 * (not ©, ® or ™, which follow a name).
 */
const BULLET = /^(?:[\u2022\u2023\u2043\u2219\u25A0-\u25FF\u2600-\u27BF\u2B00-\u2BFF]|[\u{1F300}-\u{1FAFF}])/u;
/** Arrows: after a stop they open the next sentence (`… dedi. → Sonra …`); between numbers they do not. */
const ARROW = /^[\u2190-\u21FF\u27F0-\u27FF\u2900-\u297F]/u;

export function splitSentences(doc: Doc, tables: TokenizerTables): Sentence[] {
  const finalAbbr = new Set(tables.sentenceFinal.map((a) => tables.lower(a)));
  const toks = doc.tokens;
  const out: Sentence[] = [];
  let first = 0;
  const close = (endTok: number) => {
    if (endTok <= first) return;
    const last = toks[endTok - 1];
    out.push({ start: toks[first].start, end: last.end, tokStart: first, tokEnd: endTok, heading: isHeading(toks, first, endTok) || undefined });
    for (let k = first; k < endTok; k++) toks[k].sent = out.length - 1;
    first = endTok;
  };
  let lastComma = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.lineBefore && i > first) close(i);
    else if (t.spaceBefore && isBullet(t) && i > first) close(i);
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
    if (next.spaceBefore ? startsSentence(toks, j) : runsOn(toks, i, j)) { close(j); i = j - 1; }
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

function startsSentence(toks: Token[], j: number): boolean {
  const t = toks[j];
  const c = t.norm.charAt(0); // not norm[0]: that ties optimised code to one string representation
  if (t.kind === "number") return true;
  if (c === '"' || c === "'" || c === "(" || c === "-") return true;
  if (isBullet(t) || (t.kind === "symbol" && ARROW.test(t.norm))) return true;
  // an ellipsis that opens the next sentence: "… dedi. …Sonra"
  if (ELLIPSES.has(t.norm) && toks[j + 1] && !toks[j + 1].spaceBefore && isCapitalisedWord(toks[j + 1])) return true;
  return isUpperChar(c);
}

/**
 * A stop written with no space between two sentences (`gəldi.Sonra`): a lower-case word of two or
 * more letters before it and a capitalised word after it. Initials (`V.Putin`), decimals, web
 * addresses and dotted abbreviations are single tokens already and never reach here; a mixed-case
 * word before the stop (`AzEdu.Az`) is a name, not the end of a sentence.
 */
function runsOn(toks: Token[], stop: number, next: number): boolean {
  const prev = toks[stop - 1];
  if (!prev || prev.kind !== "word" || prev.norm.length < 2 || prev.norm !== prev.lower) return false;
  if (toks[stop].spaceBefore) return false;
  return isCapitalisedWord(toks[next]);
}

function isCapitalisedWord(t: Token): boolean {
  return t.kind === "word" && t.norm.length > 1 && isUpperChar(t.norm.charAt(0)) && isLowerChar(t.norm.charAt(1));
}

function isBullet(t: Token): boolean {
  return (t.kind === "symbol" || t.kind === "punct") && BULLET.test(t.norm);
}

/**
 * A line with no final punctuation: a heading or a dateline. Not a lead-in that ends in a colon,
 * nor an item of a list (ending in a semicolon or comma, or opened by a bullet or a dash).
 */
function isHeading(toks: Token[], first: number, end: number): boolean {
  const last = toks[end - 1];
  if (STOPS.has(last.norm) || last.norm.endsWith(".")) return false;
  if (CLOSERS.has(last.norm) && end - 2 >= first && STOPS.has(toks[end - 2].norm)) return false;
  if (CONTINUERS.has(last.norm)) return false;
  const head = toks[first];
  return !(isBullet(head) || head.norm === "-");
}
