// Analyses one lower-case word: strips suffix chains right to left through the morpheme graph,
// scores every (root, chain) reading and keeps the best. Known roots (lexicon) dominate the score;
// for unknown roots the suffixes' weights and a lemma-ending prior decide.
import type { Analysis } from "../text/doc.js";
import { endingLogProb, type Compiled, type CompiledMorpheme, type Variant } from "./compile.js";
import type { RootClass } from "./tables.js";

export interface Reading {
  root: string;
  /** The root as written before the suffixes (differs from `root` after an alternation: ed-ir / et). */
  written: string;
  cls: RootClass;
  /** Morphemes left to right. */
  chain: Variant[];
  score: number;
  known: boolean;
}

/** The best reading of `word` (lower case). `capitalised` discourages unknown verb readings. */
export function bestReading(word: string, c: Compiled, capitalised: boolean): Reading {
  let best: Reading | undefined;
  search(word, c, capitalised, (root, written, cls, chain, score, known) => {
    if (best && !better(score, chainLength(chain), root.length, best)) return false;
    best = { root, written, cls, chain: chainArray(chain), score, known };
    return true;
  }, true);
  return best ?? { root: word, written: word, cls: "N", chain: [], score: 0, known: false };
}

/** Every reading of `word`, unsorted (the analyser's search space; useful when tuning weights). */
export function allReadings(word: string, c: Compiled, capitalised: boolean): Reading[] {
  const readings: Reading[] = [];
  search(word, c, capitalised, (root, written, cls, chain, score, known) => {
    readings.push({ root, written, cls, chain: chainArray(chain), score, known });
    return false;
  }, false);
  return readings;
}

function better(score: number, chainLen: number, rootLen: number, b: Reading): boolean {
  if (score !== b.score) return score > b.score;
  if (chainLen !== b.chain.length) return chainLen < b.chain.length;
  return rootLen > b.root.length;
}

/** The suffix chain while searching: a list from the leftmost morpheme, shared between branches. */
interface Link {
  v: Variant;
  next: Link | null;
}

function chainLength(l: Link | null): number {
  let n = 0;
  for (; l; l = l.next) n++;
  return n;
}

function chainArray(l: Link | null): Variant[] {
  const out: Variant[] = [];
  for (; l; l = l.next) out.push(l.v);
  return out;
}

/** Receives a scored reading; returns true when it became the best so far (raising the bar). */
type Sink = (root: string, written: string, cls: RootClass, chain: Link | null, score: number, known: boolean) => boolean;

/** Per-word state of one search: harmony class of the last vowel before each position. */
interface Search {
  word: string;
  c: Compiled;
  cap: boolean;
  sink: Sink;
  /** Score of the best reading so far when only the best is wanted (-Infinity: keep every reading). */
  bar: number;
  keepBestOnly: boolean;
  /** harmonyBefore[i]: harmony class of the last vowel in word[0, i), -1 if none. */
  harmonyBefore: Int8Array;
  /** vowelsBefore[i]: number of vowels in word[0, i). */
  vowelsBefore: Uint8Array;
}

function search(word: string, c: Compiled, cap: boolean, sink: Sink, keepBestOnly: boolean): void {
  const n = word.length;
  const harmonyBefore = new Int8Array(n + 1);
  const vowelsBefore = new Uint8Array(n + 1);
  harmonyBefore[0] = -1;
  for (let i = 0; i < n; i++) {
    const h = c.harmonyOf[word.charCodeAt(i)];
    harmonyBefore[i + 1] = h >= 0 ? h : harmonyBefore[i];
    vowelsBefore[i + 1] = vowelsBefore[i] + (h >= 0 ? 1 : 0);
  }
  const s: Search = { word, c, cap, sink, bar: -Infinity, keepBestOnly, harmonyBefore, vowelsBefore };
  emitRoots(s, n, "N", null, 0);
  emitRoots(s, n, "V", null, 0);
  strip(s, n, null, null, 0);
}

/** Strips every suffix allowed left of `right` from word[0, end), walking the reversed-suffix trie. */
function strip(s: Search, end: number, right: CompiledMorpheme | null, chain: Link | null, w: number): void {
  const { word, c } = s;
  let node = c.trie;
  for (let i = end - 1; i >= 1; i--) {
    const n = node.next.get(word.charCodeAt(i));
    if (!n) return;
    node = n;
    if (!node.variants) continue;
    // the suffix is word[i, end); the stem before it is word[0, i)
    const cls = s.harmonyBefore[i];
    if (cls < 0) continue;
    const prevIsVowel = c.harmonyOf[word.charCodeAt(i - 1)] >= 0;
    for (const v of node.variants) {
      if (right ? right.leftOk[v.m.idx] !== 1 : !v.final) continue;
      if (v.prev === 1 && !prevIsVowel) continue;
      if (v.prev === 2 && prevIsVowel) continue;
      if (!(v.classes & (1 << cls))) continue;
      const next: Link = { v, next: chain };
      const nw = w + (s.cap ? v.capWeight : v.weight);
      for (const r of v.m.leftRootList) emitRoots(s, i, r, next, nw);
      strip(s, i, v.m, next, nw);
    }
  }
}

/** Scores the stem word[0, end) as a root of class `cls`, and its alternated spellings. */
function emitRoots(s: Search, end: number, cls: RootClass, chain: Link | null, w: number): void {
  const { word, c } = s;
  const t = c.tables;
  const stem = end === word.length ? word : word.slice(0, end);
  const stemVowels = s.vowelsBefore[end];
  consider(s, stem, stem, stemVowels, cls, chain, w, false);
  const first = chain?.v;
  if (!first?.startsWithVowel) return;
  const last = stem[stem.length - 1];
  for (const alt of t.alternations) {
    if (last !== alt.surface || !alt.classes.includes(cls)) continue;
    if (alt.afterLetters && !alt.afterLetters.includes(stem[stem.length - 2])) continue;
    const root = stem.slice(0, -1) + alt.base;
    const free = stemVowels >= alt.minSyllables;
    consider(s, root, stem, stemVowels, cls, chain, w + (free ? alt.bonus : 0), !free);
  }
  const full = cls === "N" ? c.dropped.get(stem) : undefined;
  if (full) consider(s, full, stem, stemVowels + 1, cls, chain, w, true);
}

/** Scores one root reading and hands it to the sink. */
function consider(
  s: Search, root: string, written: string, vowels: number, cls: RootClass, chain: Link | null, w: number, mustBeKnown: boolean,
): void {
  const c = s.c;
  const t = c.tables;
  const known = c.known[cls].has(root);
  if (mustBeKnown && !known) return;
  let score = w;
  if (known) {
    score += t.knownBonus;
    // a word found whole in the lexicon outranks a known shorter root with weak suffixes
    if (chain === null) score += t.wholeWordBonus;
  } else {
    if (root.length < t.minStem || vowels === 0) return;
    score += (t.shortStemWeights[root.length] ?? 0) + t.unknownRootWeight[cls];
    if (c.known[cls === "N" ? "V" : "N"].has(root)) score += t.knownOtherClassBonus;
    if (cls === "V" && s.cap) score += t.capitalisedVerbWeight;
    if (cls === "V" && chain === null) score += t.bareUnknownVerbWeight ?? 0;
    const prior = endingLogProb(c.endingPrior[cls], root);
    score += prior === undefined ? t.unseenEndingWeight[cls] : t.endingPriorWeight[cls] * prior;
    if (written !== root && derivedRoot(root, c)) score += t.derivedRootBonus ?? 0;
  }
  // the word-list look-ups come last and only when they could lift the reading to the best
  if (c.attestation && (!known || t.attested?.forKnown)) {
    if (score + c.attestation.maxScore < s.bar) return;
    score += c.attestation.score(root, cls);
  }
  if (s.sink(root, written, cls, chain, score, known) && s.keepBestOnly) s.bar = score;
}

/** An unknown root ending in a productive derivation (`həmrəylik`), not a compound whose last part is a known noun
 *  that merely ends so (`ilanbalıq`: `balıq` fish). */
function derivedRoot(root: string, c: Compiled): boolean {
  const e = c.tables.derivedRootEndings?.find((x) => root.length > x.length + 2 && root.endsWith(x));
  if (!e) return false;
  for (let k = 1; k < root.length - e.length; k++) if (c.known.N.has(root.slice(k))) return false;
  return true;
}

/** The lemma of a reading: its root plus the derivational morphemes that follow it directly. */
export function lemmaOf(r: Reading): string {
  if (!r.chain[0]?.m.def.inLemma) return r.root;
  // the derivational suffix keeps the root as written: ed-il-ir → edil (not et)
  let lemma = r.written;
  for (const v of r.chain) {
    if (!v.m.def.inLemma) break;
    lemma += v.surface;
  }
  return lemma;
}

/** Features of a chain: for each field the rightmost morpheme that sets it wins; flags accumulate. */
export function featuresOf(chain: Variant[]): Partial<Analysis> {
  // (every field present from the start, in one order: see shapedMorpheme in compile.ts)
  const f: Partial<Analysis> = {
    case: undefined, plural: undefined, poss: undefined, tense: undefined, negated: undefined, passive: undefined, verbForm: undefined,
  };
  for (let i = chain.length - 1; i >= 0; i--) {
    const m = chain[i].m.def.feats;
    if (!m) continue;
    if (m.case && !f.case) f.case = m.case;
    if (m.poss && !f.poss) f.poss = m.poss;
    if (m.tense && !f.tense) f.tense = m.tense;
    if (m.verbForm && !f.verbForm) f.verbForm = m.verbForm;
    if (m.plural) f.plural = true;
    if (m.negated) f.negated = true;
    if (m.passive) f.passive = true;
  }
  return f;
}

/** Reads a suffix written apart from its host (`9-da`, `ABŞ-ın`): the best nominal chain, harmony unchecked. */
export function suffixOnly(suffix: string, c: Compiled): Variant[] | null {
  let best: Variant[] | null = null;
  let bestW = -Infinity;
  const walk = (rest: string, right: CompiledMorpheme | null, chain: Variant[], w: number) => {
    const maxK = Math.min(c.maxLen, rest.length);
    for (let k = 1; k <= maxK; k++) {
      const vs = c.bySurface.get(rest.slice(rest.length - k));
      if (!vs) continue;
      const stem = rest.slice(0, rest.length - k);
      for (const v of vs) {
        if (right ? right.leftOk[v.m.idx] !== 1 : !v.final) continue;
        const next = [v, ...chain];
        const nw = w + v.m.def.weight;
        if (stem !== "") walk(stem, v.m, next, nw);
        else if (v.m.leftRoots.has("N") && nw > bestW) { best = next; bestW = nw; }
      }
    }
  };
  walk(suffix, null, [], 0);
  return best;
}
