// Turns a language's MorphTables into lookup structures once: every suffix template is expanded
// into its surface variants (all harmony classes, with and without buffer), indexed by surface.
import type { Irregular, Morpheme, MorphFeatures, MorphTables, RootClass } from "./tables.js";
import { Attestation } from "./attest.js";

/** One concrete spelling of a morpheme. */
export interface Variant {
  m: CompiledMorpheme;
  surface: string;
  /** Bit mask of the harmony classes (0..3) the preceding vowel may have. */
  classes: number;
  /** What the preceding letter must be: 0 anything, 1 a vowel, 2 a consonant. */
  prev: 0 | 1 | 2;
  startsWithVowel: boolean;
  weight: number;
  /** Weight when the word is capitalised. */
  capWeight: number;
  /** May end the word. */
  final: boolean;
}

/**
 * A morpheme with every field present (undefined where the table gives none), in one order, and its features likewise:
 * the search reads them for every candidate reading, and one hidden class for all keeps those reads monomorphic.
 * (The types list every field, so a field added to the tables is a compile error here until it is copied.)
 */
function shapedMorpheme(d: Morpheme): Morpheme {
  const full: { [K in keyof Required<Morpheme>]: Morpheme[K] } = {
    id: d.id, forms: d.forms, after: d.after, weight: d.weight, feats: d.feats && shapedFeatures(d.feats), actsAs: d.actsAs,
    nonFinal: d.nonFinal, capitalisedWeight: d.capitalisedWeight, inLemma: d.inLemma, rootOnly: d.rootOnly, pos: d.pos,
  };
  return full;
}

function shapedFeatures(f: MorphFeatures): MorphFeatures {
  const full: { [K in keyof Required<MorphFeatures>]: MorphFeatures[K] } = {
    case: f.case, plural: f.plural, poss: f.poss, tense: f.tense, negated: f.negated, passive: f.passive, verbForm: f.verbForm,
  };
  return full;
}

export interface CompiledMorpheme {
  def: Morpheme;
  idx: number;
  left: Set<number>;
  leftRoots: Set<RootClass>;
  leftRootList: RootClass[];
  /** leftOk[j]: morpheme j may stand immediately left (directly or through its `actsAs` class). */
  leftOk: Uint8Array;
}

/** Suffix spellings stored reversed, letter by letter, so a word is matched from its end without slicing. */
export interface TrieNode {
  next: Map<number, TrieNode>;
  variants: Variant[] | null;
}

export interface Compiled {
  tables: MorphTables;
  morphemes: CompiledMorpheme[];
  bySurface: Map<string, Variant[]>;
  trie: TrieNode;
  maxLen: number;
  vowels: Set<string>;
  /** Harmony class of each vowel letter: 0 back-unrounded, 1 back-rounded, 2 front-unrounded, 3 front-rounded. */
  vowelClass: Map<string, number>;
  /** The same by UTF-16 code unit (-1 for every other character), for the search's inner loop. */
  harmonyOf: Int8Array;
  known: { N: Set<string>; V: Set<string>; adj: Set<string>; propn: Set<string> };
  irregular: Map<string, Irregular>;
  closed: Set<string>;
  /** Stem with its last vowel dropped -> dictionary stem (fikr -> fikir). */
  dropped: Map<string, string>;
  /** Lemma endings of the lexicon, per class (the prior for unknown stems). */
  endingPrior: { N: EndingCounts; V: EndingCounts };
  /** Root plausibility from a list of real words (null when the language gives none). */
  attestation: Attestation | null;
}

const cache = new WeakMap<MorphTables, Compiled>();

export function compile(tables: MorphTables): Compiled {
  let c = cache.get(tables);
  if (!c) { c = build(tables); cache.set(tables, c); }
  return c;
}

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

function build(t: MorphTables): Compiled {
  const vowels = new Set(t.vowels.all);
  const vowelClass = new Map<string, number>();
  for (const v of t.vowels.all) {
    vowelClass.set(v, (t.vowels.back.includes(v) ? 0 : 2) + (t.vowels.round.includes(v) ? 1 : 0));
  }
  const harmonyOf = new Int8Array(65536).fill(-1);
  for (const [v, cls] of vowelClass) harmonyOf[v.charCodeAt(0)] = cls;
  const byId = new Map<string, number>();
  t.morphemes.forEach((m, i) => byId.set(m.id, i));
  const expandAfter = (names: string[]): string[] =>
    names.flatMap((n) => (n.startsWith("@") ? expandAfter(groupOf(t, n.slice(1))) : [n]));
  const morphemes: CompiledMorpheme[] = t.morphemes.map((def, idx) => {
    const left = new Set<number>();
    const leftRoots = new Set<RootClass>();
    for (const a of expandAfter(def.after)) {
      if (a === "N" || a === "V") leftRoots.add(a);
      else {
        const i = byId.get(a);
        if (i === undefined) throw new Error(`morph tables: ${def.id} follows unknown morpheme ${a}`);
        left.add(i);
      }
    }
    return { def: shapedMorpheme(def), idx, left, leftRoots, leftRootList: [...leftRoots], leftOk: new Uint8Array(t.morphemes.length) };
  });
  for (const right of morphemes) {
    for (const left of morphemes) {
      const viaClass = left.def.actsAs !== undefined && !right.def.rootOnly && right.leftRoots.has(left.def.actsAs);
      right.leftOk[left.idx] = right.left.has(left.idx) || viaClass ? 1 : 0;
    }
  }

  const bySurface = new Map<string, Variant[]>();
  let maxLen = 0;
  for (const cm of morphemes) {
    const seen = new Map<string, Variant>();
    for (const form of cm.def.forms) {
      const final = !cm.def.nonFinal && !form.endsWith("+");
      const tpl = form.replace(/\+$/, "");
      for (const [surface, prev, buffered, cls] of realise(tpl, t, vowels, vowelClass)) {
        const key = `${surface}|${prev}|${final}`;
        const old = seen.get(key);
        if (old) { old.classes |= 1 << cls; continue; }
        let weight = cm.def.weight;
        if (buffered) weight += t.bufferBonus;
        if (prev === 2 && vowelBuffered(tpl, t, vowels)) weight += t.vowelBufferBonus;
        if (surface.length === 1 && vowels.has(surface)) weight += t.bareVowelWeight;
        const capWeight = weight + (cm.def.capitalisedWeight ?? 0);
        const v: Variant = { m: cm, surface, classes: 1 << cls, prev, startsWithVowel: vowels.has(surface[0]), weight, capWeight, final };
        seen.set(key, v);
        const list = bySurface.get(surface) ?? [];
        list.push(v);
        bySurface.set(surface, list);
        maxLen = Math.max(maxLen, surface.length);
      }
    }
  }

  const trie: TrieNode = { next: new Map(), variants: null };
  for (const [surface, vs] of bySurface) {
    let node = trie;
    for (let i = surface.length - 1; i >= 0; i--) {
      const code = surface.charCodeAt(i);
      let n = node.next.get(code);
      if (!n) { n = { next: new Map(), variants: null }; node.next.set(code, n); }
      node = n;
    }
    node.variants = vs;
  }

  const noun = new Set(words(t.lexicon.noun));
  const adj = new Set(words(t.lexicon.adj));
  const propn = new Set(words(t.lexicon.propn));
  const N = new Set([...noun, ...adj, ...propn]);
  const V = new Set(words(t.lexicon.verb));
  return {
    tables: t,
    morphemes,
    bySurface,
    trie,
    maxLen,
    vowels,
    vowelClass,
    harmonyOf,
    known: { N, V, adj, propn },
    irregular: new Map(Object.entries(t.irregular)),
    closed: new Set(words(t.closed)),
    dropped: new Map(words(t.vowelDrop).map((w) => [dropLastVowel(w, vowels), w])),
    endingPrior: { N: endings(N), V: endings(V) },
    attestation: t.attested ? new Attestation(t.attested, (id) => variantsOf(bySurface, id), vowelClass) : null,
  };
}

function variantsOf(bySurface: Map<string, Variant[]>, id: string): Variant[] {
  const out: Variant[] = [];
  for (const vs of bySurface.values()) for (const v of vs) if (v.m.def.id === id && v.final) out.push(v);
  // buffered spellings first: after a vowel the probe must be -nın, not -ın
  return out.sort((a, b) => b.weight - a.weight);
}

/** The template starts with a buffer vowel: "(I)m". */
function vowelBuffered(tpl: string, t: MorphTables, vowels: Set<string>): boolean {
  const m = /^\((.+?)\)/.exec(tpl);
  return !!m && (t.archiphonemes[m[1]] !== undefined || vowels.has(m[1]));
}

function groupOf(t: MorphTables, name: string): string[] {
  const g = t.groups[name];
  if (!g) throw new Error(`morph tables: no group @${name}`);
  return g;
}

/** Every spelling of a template: [surface, required previous letter, buffer consonant present, harmony class]. */
function realise(
  tpl: string, t: MorphTables, vowels: Set<string>, vowelClass: Map<string, number>,
): Array<[string, 0 | 1 | 2, boolean, number]> {
  const m = /^\((.+?)\)(.*)$/.exec(tpl);
  const out: Array<[string, 0 | 1 | 2, boolean, number]> = [];
  for (let cls = 0; cls < 4; cls++) {
    if (!m) { out.push([spell(tpl, cls, t, vowelClass), 0, false, cls]); continue; }
    const [, buf, body] = m;
    const bufIsVowel = t.archiphonemes[buf] !== undefined || vowels.has(buf);
    // a consonant buffer is written after a vowel; a vowel buffer after a consonant
    out.push([spell(buf + body, cls, t, vowelClass), bufIsVowel ? 2 : 1, !bufIsVowel, cls]);
    out.push([spell(body, cls, t, vowelClass), bufIsVowel ? 1 : 2, false, cls]);
  }
  return out;
}

function spell(body: string, cls: number, t: MorphTables, vowelClass: Map<string, number>): string {
  let cur = cls;
  let s = "";
  for (const ch of body) {
    const a = t.archiphonemes[ch];
    const letter = a ? a[cur] : ch;
    s += letter;
    const vc = vowelClass.get(letter);
    if (vc !== undefined) cur = vc;
  }
  return s;
}

/**
 * Counts of the last two and last three letters of known lemmas (the lemma-ending prior), keyed by
 * character codes so that scoring a candidate root slices no strings.
 */
export interface EndingCounts {
  /** (second-last << 16 | last) -> count */
  two: Map<number, number>;
  /** (second-last << 16 | last) -> third-last -> count */
  three: Map<number, Map<number, number>>;
  max: number;
}

const pairKey = (w: string, n: number) => (w.charCodeAt(n - 2) << 16) | w.charCodeAt(n - 1);

function endings(lemmas: Set<string>): EndingCounts {
  const two = new Map<number, number>();
  const three = new Map<number, Map<number, number>>();
  for (const w of lemmas) {
    if (w.length < 2) continue;
    const k = pairKey(w, w.length);
    two.set(k, (two.get(k) ?? 0) + 1);
    if (w.length < 3) continue;
    let m = three.get(k);
    if (!m) three.set(k, (m = new Map()));
    const c = w.charCodeAt(w.length - 3);
    m.set(c, (m.get(c) ?? 0) + 1);
  }
  let max = 1;
  for (const n of two.values()) max = Math.max(max, n);
  return { two, three, max };
}

/**
 * log2 P(ending) of a stem under the lexicon's lemma endings: P(last two letters) times
 * P(third-last letter | last two), smoothed; undefined when no known lemma ends in its last two.
 */
export function endingLogProb(e: EndingCounts, stem: string): number | undefined {
  if (stem.length < 2) return undefined;
  const k = pairKey(stem, stem.length);
  const n2 = e.two.get(k);
  if (n2 === undefined) return undefined;
  let lp = Math.log2((n2 + 0.5) / (e.max + 0.5));
  if (stem.length >= 3) lp += Math.log2(((e.three.get(k)?.get(stem.charCodeAt(stem.length - 3)) ?? 0) + 0.5) / (n2 + 8));
  return lp;
}

function dropLastVowel(w: string, vowels: Set<string>): string {
  for (let i = w.length - 2; i > 0; i--) if (vowels.has(w[i])) return w.slice(0, i) + w.slice(i + 1);
  return w;
}
