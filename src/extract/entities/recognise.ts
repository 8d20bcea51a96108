// Recognition of names in one sentence: known names (gazetteers), capitalised chains split into
// pieces (people, places, organisations, events) by context: titles before a name, given names,
// surname shapes, head nouns (ministry, city, summit), legal forms, quotation marks.
// Works on tokens only; every word it knows comes from the language's tables. Each step is a
// module of its own; this one walks the sentence and hands each position to the step it needs.
import type { Sentence } from "../../text/doc.js";
import { SentenceScope, type Mention, type RecogniseContext } from "./scope.js";
import type { SentenceMode } from "./mode.js";
import { hyphenedParticle, isQuote } from "./words.js";
import { baseForms, hasBase, isCommonWord, startsUpper } from "./lexicon.js";
import { quotedNames, quotedSpan } from "./quoted.js";
import { genericAt, siteName } from "./generic.js";
import { chain } from "./chain.js";
import { namesByLexicon } from "./by-lexicon.js";

export type { Mention, RecogniseContext } from "./scope.js";
export { sentenceMode, type SentenceMode } from "./mode.js";
export { isAcronym } from "./words.js";

export class SentenceRecogniser {
  private readonly sc: SentenceScope;

  constructor(ctx: RecogniseContext) {
    this.sc = new SentenceScope(ctx);
  }

  run(s: Sentence, mode: SentenceMode): Mention[] {
    const sc = this.sc;
    sc.out = [];
    sc.start = s.tokStart;
    sc.end = s.tokEnd;
    if (mode === "normal") runningText(sc);
    else namesByLexicon(sc, mode);
    rememberSurnames(sc);
    return sc.out;
  }
}

/** The last word of each person named in full (given name or title, then surname): the article's
 *  later sentences may name them by it alone. */
function rememberSurnames(sc: SentenceScope): void {
  for (const m of sc.out) {
    if (m.type !== "PER" || m.tokEnd - m.tokStart < 2) continue;
    const last = sc.toks[m.tokEnd - 1];
    // (a common word closing a run misread as a name is no surname: `... Regional`)
    // (or a surname led by a particle, `əs-Sisi`: `əs-Sisiyə` alone names them again)
    // (a common word after a given name is a surname all the same: `Özgür Özəl`, then `Özəl` alone)
    const afterGiven = m.tokEnd - m.tokStart === 2 && sc.lx.given.has(sc.toks[m.tokStart].lower);
    if (last.kind === "word" && (startsUpper(last) || hyphenedParticle(last, sc.lx.particles)) && (!isCommonWord(last) || afterGiven) && !sc.lx.personAfter.has(last.lower)
      && !sc.lx.particles.has(last.lower)) {
      sc.namedSurnames.add(last.lower);
      const others = sc.toks.slice(m.tokStart, m.tokEnd - 1).map((t) => t.lower);
      for (const b of baseForms(last.lower, sc.lx)) sc.namedSurnameOwners.set(b, new Set([...(sc.namedSurnameOwners.get(b) ?? []), ...others]));
    }
  }
}

/** Running text: names in quotes, site names, words that name nothing, capitalised runs. */
function runningText(sc: SentenceScope): void {
  let i = sc.start;
  let quoted: { from: number; s: number; c: number } | null = null;
  while (i < sc.end) {
    if (quoted && i >= quoted.c) { oneQuotedBody(sc, quoted.from, quoted.s, quoted.c); quoted = null; }
    if (isQuote(sc.toks[i])) {
      const q = quotedNames(sc, i);
      if (q > i) { i = q; continue; }
      const c = quotedSpan(sc, i);
      if (c > i + 2) quoted = { from: sc.out.length, s: i + 1, c };
    }
    if (siteName(sc, i)) { i++; continue; }
    const generic = genericAt(sc, i);
    if (generic > i) { i = generic; continue; }
    if (!sc.runWord(i) || gluedToNumber(sc, i) || ethnonymBeforeWord(sc, i)) { i++; continue; }
    i = chain(sc, i);
  }
  if (quoted) oneQuotedBody(sc, quoted.from, quoted.s, quoted.c);
}

/** `"Ziraat Bank Azərbaycan"a`, `"Rusiya Dəmir Yolları"nın`, `"SOCAR Midstream"`: capitalised words in quotes with no head
 *  after them, read as two or more names that fill the marks between them, one of them a body: the marks hold one
 *  name, the body's (a place or a person beside it is part of what it is called). */
function oneQuotedBody(sc: SentenceScope, from: number, s: number, c: number): void {
  const ms = sc.out.slice(from);
  if (ms.length < 2 || ms[0].tokStart !== s || ms[ms.length - 1].tokEnd !== c) return;
  for (let k = 1; k < ms.length; k++) if (ms[k].tokStart !== ms[k - 1].tokEnd) return;
  for (let k = s; k < c; k++) if (sc.toks[k].kind === "word" && !startsUpper(sc.toks[k]) && !sc.lx.connectors.has(sc.toks[k].lower)) return;
  // (a piece the sentence leaves untyped may be typed a body over the whole document: `"Rusiya Dəmir Yolları"`, whose
  // `Dəmir Yolları` nothing types here; the document decides, then merges: see DocumentNames)
  if (!ms.some((m) => m.type === "ORG")) {
    if (ms.some((m) => m.type === null && !m.weak)) ms[0].quotedRun = c;
    return;
  }
  const text = sc.ctx.doc.text;
  sc.out.splice(from, ms.length, { tokStart: s, tokEnd: c, type: "ORG", name: text.slice(sc.toks[s].start, sc.toks[c - 1].end) });
}

/** `3D`, `4K`, `5G`: a letter or two written right after a number, with nothing after them in the word, is the
 *  number's unit or code, no name (a quoted name opening with digits is read with its marks). */
function gluedToNumber(sc: SentenceScope, i: number): boolean {
  const t = sc.toks[i], prev = sc.toks[i - 1], next = sc.toks[i + 1];
  return i > sc.start && !t.spaceBefore && prev.kind === "number" && t.norm.length <= 2
    && !(next && !next.spaceBefore && next.kind === "word");
}

/** `Yapon ailələri`, `Alman hökuməti`: a word of nationality (GUIDELINES: no entity) written with a capital, alone
 *  before a lower-case word it qualifies; not a known name, nor one opening a run of capitalised words (`Türk Hava
 *  Yolları` is a firm's name). */
function ethnonymBeforeWord(sc: SentenceScope, i: number): boolean {
  const t = sc.toks[i], next = sc.toks[i + 1];
  const ethnonyms = sc.lx.t.nationalities?.ethnonyms;
  return !!ethnonyms && Object.hasOwn(ethnonyms, t.lower) && i + 1 < sc.end && next.kind === "word" && !startsUpper(next)
    && !sc.matchKnown(i, sc.end) && !hasBase(sc.lx.stateWords, next.lower, sc.lx) && !sc.lx.stateWords.has(sc.lemmaAt(i + 1));
}
