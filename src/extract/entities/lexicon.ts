// The entity tables prepared for fast lookup: every list becomes a Set or Map on lower-case
// forms, built once per table object.
import type { Token } from "../../text/doc.js";
import type { EntityTables, KnownName } from "./tables.js";
import { buildEndings, stripEndings, type EndingIndex, type Stripped } from "./endings.js";

export interface Lexicon {
  t: EntityTables;
  lower(s: string): string;
  endings: EndingIndex;
  /** Lower-case name (words joined by one space) -> the known name it spells. */
  known: Map<string, KnownName>;
  /** First word of a known name (lower case) -> the most words a known name starting with it has. */
  knownFirst: Map<string, number>;
  given: Set<string>;
  /** Last words of known people's names (lower case): `tramp`. */
  knownSurnames: Set<string>;
  surnames: string[];
  strongSurnames: string[];
  titles: Set<string>;
  personAfter: Set<string>;
  orgHeads: Set<string>;
  orgHeadsLower: Set<string>;
  legalForms: Set<string>;
  placeHeads: Set<string>;
  miscHeads: Set<string>;
  particles: Set<string>;
  connectors: Set<string>;
  notNames: Set<string>;
  demonyms: string[];
  capitalisedMiscHeads: Set<string>;
  productHeads: Set<string>;
  documentHeads: Set<string>;
  facilityHeads: Set<string>;
  /** Written-out legal forms, each as its lower-case base words. */
  legalFormsLong: string[][];
  commonAbbreviations: Set<string>;
  attachment: Set<string>;
  stateWords: Set<string>;
  patronymics: Set<string>;
}

const cache = new WeakMap<EntityTables, Lexicon>();

export function lexicon(t: EntityTables, lower: (s: string) => string): Lexicon {
  let lx = cache.get(t);
  if (lx) return lx;
  const known = new Map<string, KnownName>();
  const knownFirst = new Map<string, number>();
  const add = (spelling: string, k: KnownName) => {
    const words = lower(spelling).split(/\s+/);
    const key = words.join(" ");
    if (!known.has(key)) known.set(key, k);
    knownFirst.set(words[0], Math.max(knownFirst.get(words[0]) ?? 0, words.length));
  };
  for (const k of t.known) {
    add(k.name, k);
    for (const a of k.aliases ?? []) add(a, k);
  }
  const set = (xs: string[]) => new Set(xs.map(lower));
  const knownSurnames = new Set<string>();
  for (const k of t.known) {
    const words = k.type === "PER" ? lower(k.name).split(/\s+/) : [];
    if (words.length > 1) knownSurnames.add(words[words.length - 1]);
  }
  lx = {
    t, lower, endings: buildEndings(t), known, knownFirst,
    given: set(t.givenNames), knownSurnames,
    surnames: t.surnameEndings.map(lower).sort((a, b) => b.length - a.length),
    strongSurnames: t.strongSurnameEndings.map(lower),
    titles: set(t.personTitles), personAfter: set(t.personAfter), orgHeads: set(t.orgHeads),
    orgHeadsLower: set(t.orgHeadsLower), legalForms: new Set(t.legalForms), placeHeads: set(t.placeHeads),
    miscHeads: set(t.miscHeads), particles: set(t.nameParticles), connectors: set(t.nameConnectors),
    notNames: set(t.notNames), demonyms: t.demonymEndings.map(lower),
    capitalisedMiscHeads: set(t.capitalisedMiscHeads), productHeads: set(t.productHeads), documentHeads: set(t.documentHeads), facilityHeads: set(t.facilityHeads),
    legalFormsLong: t.legalFormsLong.map((f) => lower(f).split(/\s+/)),
    commonAbbreviations: new Set(t.commonAbbreviations), attachment: set(t.attachmentWords),
    stateWords: set(t.stateWords), patronymics: set(t.patronymics),
  };
  cache.set(t, lx);
  return lx;
}

// Words recur across a corpus: their readings are kept (bounded, cleared when full).
const MEMO_LIMIT = 50_000;
const endingMemo = new WeakMap<Lexicon, Map<string, Stripped[]>>();
const baseMemo = new WeakMap<Lexicon, Map<string, string[]>>();

function memo<T>(store: WeakMap<Lexicon, Map<string, T>>, lx: Lexicon, key: string, make: () => T): T {
  let m = store.get(lx);
  if (!m) store.set(lx, (m = new Map()));
  let v = m.get(key);
  if (v === undefined) {
    if (m.size >= MEMO_LIMIT) m.clear();
    m.set(key, (v = make()));
  }
  return v;
}

export function endingsOf(lowerWord: string, lx: Lexicon): Stripped[] {
  return memo(endingMemo, lx, lowerWord, () => stripEndings(lowerWord, lx.endings));
}

/** The lower-case word and the stems it may be with a case ending removed (the word first). */
export function baseForms(lowerWord: string, lx: Lexicon): string[] {
  return memo(baseMemo, lx, lowerWord, () => [lowerWord, ...endingsOf(lowerWord, lx).map((s) => lowerWord.slice(0, s.stemLength))]);
}

/** True when a set holds the word or one of its stems. */
export function hasBase(set: Set<string>, lowerWord: string, lx: Lexicon): boolean {
  for (const b of baseForms(lowerWord, lx)) if (set.has(b)) return true;
  return false;
}

/** A word the morphology knows as a common word (not a proper noun): no evidence of a name. */
export function isCommonWord(t: Token): boolean {
  const pos = t.analysis?.pos;
  return !!pos && pos !== "PROPN" && pos !== "NUM";
}

export function endsWithAny(word: string, endings: string[]): boolean {
  for (const e of endings) if (word.length > e.length + 1 && word.endsWith(e)) return true;
  return false;
}

/** A surname shape on the word or one of its stems, and not a place turned adjective (azərbaycanlı). */
export function surnameShaped(lowerWord: string, lx: Lexicon, strong: boolean): boolean {
  const endings = strong ? lx.strongSurnames : lx.surnames;
  for (const b of baseForms(lowerWord, lx)) {
    if (!endsWithAny(b, endings)) continue;
    if (isDemonym(b, lx)) return false;
    return true;
  }
  return false;
}

export function isDemonym(lowerWord: string, lx: Lexicon): boolean {
  for (const d of lx.demonyms) {
    if (!lowerWord.endsWith(d)) continue;
    const k = lx.known.get(lowerWord.slice(0, -d.length));
    if (k && k.type === "LOC") return true;
  }
  return false;
}
