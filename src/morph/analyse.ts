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
  for (const r of allReadings(word, c, capitalised)) if (!best || better(r, best)) best = r;
  return best ?? { root: word, written: word, cls: "N", chain: [], score: 0, known: false };
}

/** Every reading of `word`, unsorted (the analyser's search space; useful when tuning weights). */
export function allReadings(word: string, c: Compiled, capitalised: boolean): Reading[] {
  const readings: Reading[] = [];
  const emit = (stem: string, cls: RootClass, chain: Variant[], w: number) =>
    emitRoots(stem, cls, chain, w, c, capitalised, readings);
  emit(word, "N", [], 0);
  emit(word, "V", [], 0);
  strip(word, word.length, null, [], 0, c, emit, capitalised);
  return readings;
}

function better(a: Reading, b: Reading): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.chain.length !== b.chain.length) return a.chain.length < b.chain.length;
  return a.root.length > b.root.length;
}

type Emit = (stem: string, cls: RootClass, chain: Variant[], w: number) => void;

function allowedLeft(right: CompiledMorpheme, left: CompiledMorpheme): boolean {
  return right.leftOk[left.idx] === 1;
}

/** Harmony class of the last vowel in word[0, end), -1 when there is none. */
function lastVowelClass(word: string, end: number, c: Compiled): number {
  for (let i = end - 1; i >= 0; i--) {
    const v = c.vowelClass.get(word[i]);
    if (v !== undefined) return v;
  }
  return -1;
}

/** Strips every suffix allowed left of `right` from word[0, end), walking the reversed-suffix trie. */
function strip(
  word: string, end: number, right: CompiledMorpheme | null, chain: Variant[], w: number, c: Compiled, emit: Emit, cap: boolean,
): void {
  let node = c.trie;
  for (let i = end - 1; i >= 1; i--) {
    const n = node.next.get(word.charCodeAt(i));
    if (!n) return;
    node = n;
    if (!node.variants) continue;
    // the suffix is word[i, end); the stem before it is word[0, i)
    const prevIsVowel = c.vowels.has(word[i - 1]);
    const cls = lastVowelClass(word, i, c);
    if (cls < 0) continue;
    let stem: string | undefined;
    for (const v of node.variants) {
      if (right ? !allowedLeft(right, v.m) : !v.final) continue;
      if (v.prev === 1 && !prevIsVowel) continue;
      if (v.prev === 2 && prevIsVowel) continue;
      if (!(v.classes & (1 << cls))) continue;
      const next = [v, ...chain];
      const nw = w + (cap ? v.capWeight : v.weight);
      if (v.m.leftRoots.size) {
        stem ??= word.slice(0, i);
        for (const r of v.m.leftRoots) emit(stem, r, next, nw);
      }
      strip(word, i, v.m, next, nw, c, emit, cap);
    }
  }
}

function syllables(s: string, c: Compiled): number {
  let n = 0;
  for (const ch of s) if (c.vowels.has(ch)) n++;
  return n;
}

function isKnown(root: string, cls: RootClass, c: Compiled): boolean {
  return c.known[cls].has(root);
}

function emitRoots(
  stem: string, cls: RootClass, chain: Variant[], w: number, c: Compiled, capitalised: boolean, out: Reading[],
): void {
  const t = c.tables;
  /** `altBonus`: the score of reading an altered letter back (uşağ- → uşaq). */
  const add = (root: string, altBonus: number, mustBeKnown: boolean) => {
    const known = isKnown(root, cls, c);
    if (mustBeKnown && !known) return;
    let score = w + altBonus;
    if (known) {
      score += t.knownBonus;
      // a word found whole in the lexicon outranks a known shorter root with weak suffixes
      if (chain.length === 0) score += t.wholeWordBonus;
    } else {
      if (root.length < t.minStem || syllables(root, c) === 0) return;
      score += (t.shortStemWeights[root.length] ?? 0) + t.unknownRootWeight[cls];
      if (isKnown(root, cls === "N" ? "V" : "N", c)) score += t.knownOtherClassBonus;
      if (cls === "V" && capitalised) score += t.capitalisedVerbWeight;
      const prior = endingLogProb(c.endingPrior[cls], root);
      score += prior === undefined ? t.unseenEndingWeight[cls] : t.endingPriorWeight[cls] * prior;
    }
    out.push({ root, written: stem, cls, chain, score, known });
  };
  add(stem, 0, false);
  const first = chain[0];
  if (!first?.startsWithVowel) return;
  const last = stem[stem.length - 1];
  for (const alt of t.alternations) {
    if (last !== alt.surface || !alt.classes.includes(cls)) continue;
    if (alt.afterLetters && !alt.afterLetters.includes(stem[stem.length - 2])) continue;
    const root = stem.slice(0, -1) + alt.base;
    const free = syllables(stem, c) >= alt.minSyllables;
    add(root, free ? alt.bonus : 0, !free);
  }
  const full = cls === "N" ? c.dropped.get(stem) : undefined;
  if (full) add(full, 0, true);
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
  const f: Partial<Analysis> = {};
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
        if (right ? !allowedLeft(right, v.m) : !v.final) continue;
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
