// The entity tables prepared for fast lookup: every list becomes a Set or Map on lower-case
// forms, built once per table object.
import type { EntityType, Token } from "../../text/doc.js";
import type { EntityTables, KnownName } from "./tables.js";
import { isUpperChar } from "../../text/chars.js";
import { buildEndings, stripEndings, type EndingIndex, type Stripped } from "./endings.js";
import { BoundedMap } from "../../text/bounded.js";

export interface Lexicon {
  t: EntityTables;
  lower(s: string): string;
  endings: EndingIndex;
  /** Lower-case name (words joined by one space) -> the known name it spells. */
  known: Map<string, KnownName>;
  /** Every known name cut after each of its spaces (`abş `, `birləşmiş millətlər `): the words a longer name may open with. */
  knownPrefixes: Set<string>;
  /** Lower-case one-word known names spelt only in capitals (`ƏN`): abbreviations. */
  capitalsOnly: Set<string>;
  /** First word of a known name (lower case) -> the most words a known name starting with it has. */
  knownFirst: Map<string, number>;
  given: Set<string>;
  /** Women's given names (lower case). */
  femaleGiven: Set<string>;
  /** Feminine surname endings (lower case). */
  feminineSurnames: string[];
  /** Last words of known people's names (lower case) -> the first letters of their first names: `tramp` -> `d`. */
  knownSurnames: Map<string, Set<string>>;
  surnames: string[];
  strongSurnames: string[];
  titles: Set<string>;
  /** Occupation nouns that open a sentence before a name (lower case). */
  occupations: Set<string>;
  personAfter: Set<string>;
  orgHeads: Set<string>;
  orgHeadsLower: Set<string>;

  legalForms: Set<string>;
  placeHeads: Set<string>;
  miscHeads: Set<string>;
  particles: Set<string>;
  connectors: Set<string>;
  latinFirmWords: Set<string>;
  coordinators: Set<string>;
  caseOnlyFinals: Set<string>;
  personPartnerWords: Set<string>;
  personObjectWords: Set<string>;
  personSubjectWords: Set<string>;
  possessedHeads: boolean;
  compoundPossessives: Set<string>;
  partnerPostpositions: Set<string>;
  nominativePostpositions: Set<string>;
  speakerWords: Set<string>;
  addressedSpeakerWords: Set<string>;
  notNames: Set<string>;
  demonyms: string[];
  abstractNouns: string[];
  capitalisedMiscHeads: Set<string>;
  productHeads: Set<string>;
  documentHeads: Set<string>;
  facilityHeads: Set<string>;
  /** Written-out legal forms, each as its lower-case base words. */
  legalFormsLong: string[][];
  commonAbbreviations: Set<string>;
  attachment: Set<string>;
  stateWords: Set<string>;
  attributiveEndings: Set<string>;
  stateDescriptors: Set<string>;
  patronymics: Set<string>;
  /** `all`: both lists together. */
  patronymicEndings: { inflecting: string[]; all: string[] };
  nameAdjectives: Set<string>;
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
  // one-word spellings in capitals (abbreviations), less any word also spelt otherwise
  const capitalsOnly = new Set<string>(), otherwise = new Set<string>();
  for (const k of t.known) for (const sp of [k.name, ...(k.aliases ?? [])]) {
    if (/\s/.test(sp)) continue;
    (sp.length > 1 && sp === sp.toUpperCase() && sp !== lower(sp) ? capitalsOnly : otherwise).add(lower(sp));
  }
  for (const w of otherwise) capitalsOnly.delete(w);
  const knownPrefixes = new Set<string>();
  for (const key of known.keys()) for (let x = key.indexOf(" "); x >= 0; x = key.indexOf(" ", x + 1)) knownPrefixes.add(key.slice(0, x + 1));
  const set = (xs: string[]) => new Set(xs.map(lower));
  const knownSurnames = new Map<string, Set<string>>();
  for (const k of t.known) {
    const words = k.type === "PER" ? lower(k.name).split(/\s+/) : [];
    if (words.length < 2) continue;
    const initials = knownSurnames.get(words[words.length - 1]) ?? new Set<string>();
    initials.add(words[0][0]);
    for (const group of t.initialVariants ?? []) if (group.includes(words[0][0])) for (const v of group) initials.add(v);
    knownSurnames.set(words[words.length - 1], initials);
  }
  lx = {
    t, lower, endings: buildEndings(t), known, knownPrefixes, knownFirst, capitalsOnly,
    given: set(t.givenNames), knownSurnames,
    femaleGiven: set(t.femaleGivenNames ?? []), feminineSurnames: (t.feminineSurnameEndings ?? []).map(lower),
    surnames: t.surnameEndings.map(lower).sort((a, b) => b.length - a.length),
    strongSurnames: t.strongSurnameEndings.map(lower),
    titles: set(t.personTitles), occupations: set(t.occupationNouns ?? []), personAfter: set(t.personAfter), orgHeads: set(t.orgHeads),
    orgHeadsLower: set(t.orgHeadsLower), legalForms: new Set(t.legalForms), placeHeads: set(t.placeHeads),
    miscHeads: set(t.miscHeads), particles: set(t.nameParticles), connectors: set(t.nameConnectors), latinFirmWords: set(t.latinFirmWords ?? []),
    coordinators: set(t.coordinators ?? []), caseOnlyFinals: set(t.caseOnlyFinals ?? []), personPartnerWords: set(t.personPartnerWords ?? []), personObjectWords: set(t.personObjectWords ?? []),
    personSubjectWords: set(t.personSubjectWords ?? []), possessedHeads: !!t.possessedHeads, compoundPossessives: set(t.compoundPossessives ?? []),
    partnerPostpositions: set(t.partnerPostpositions ?? []),
    nominativePostpositions: set(t.nominativePostpositions ?? []), speakerWords: set(t.speakerWords ?? []),
    addressedSpeakerWords: set(t.addressedSpeakerWords ?? []),
    notNames: set(t.notNames), demonyms: t.demonymEndings.map(lower), abstractNouns: (t.abstractNounEndings ?? []).map(lower),
    capitalisedMiscHeads: set(t.capitalisedMiscHeads), productHeads: set(t.productHeads), documentHeads: set(t.documentHeads), facilityHeads: set(t.facilityHeads),
    legalFormsLong: t.legalFormsLong.map((f) => lower(f).split(/\s+/)),
    commonAbbreviations: new Set(t.commonAbbreviations), attachment: set(t.attachmentWords),
    stateWords: set(t.stateWords), attributiveEndings: set(t.attributiveEndings ?? []), stateDescriptors: set(t.stateDescriptors ?? []), patronymics: set(t.patronymics),
    patronymicEndings: { inflecting: (t.patronymicEndings?.inflecting ?? []).map(lower), all: [...(t.patronymicEndings?.inflecting ?? []), ...(t.patronymicEndings?.bare ?? [])].map(lower) },
    nameAdjectives: set(t.nameAdjectives ?? []),
  };
  cache.set(t, lx);
  return lx;
}

// Words recur across a corpus: their readings are kept (bounded, cleared when full). The memos are
// found through the lexicon object itself and filled without closures: these are the hottest calls.
const MEMO_LIMIT = 50_000;

interface Readings {
  endings: Stripped[];
  bases?: string[];
  /** The head kind by the heads of any spelling, and by those counted only when capitalised. */
  head?: EntityType | null;
  capitalisedHead?: EntityType | null;
  knownStart?: KnownStart;
}

/** What the known names say of a word that may open one. */
export interface KnownStart {
  /** The most words a known name opened by the word (or one of its stems) has; at least 1. */
  maxWords: number;
  /** The word as written opens a known name, or a stem opens a longer one. */
  opensLonger: boolean;
  /** The known name the word spells alone (by itself or a stem, in that order), else null. */
  single: KnownName | null;
}

const memos = new WeakMap<Lexicon, BoundedMap<string, Readings>>();
let lastLx: Lexicon | undefined;
let lastMemo = new BoundedMap<string, Readings>(MEMO_LIMIT);

// the same word is often asked about several times in a row (title? head? known?)
let lastWord = "";
let lastReadings: Readings | undefined;

function readings(lowerWord: string, lx: Lexicon): Readings {
  if (lowerWord === lastWord && lx === lastLx && lastReadings !== undefined) return lastReadings;
  let m = lastMemo;
  if (lx !== lastLx) {
    m = memos.get(lx) ?? new BoundedMap(MEMO_LIMIT);
    memos.set(lx, m);
    lastLx = lx;
    lastMemo = m;
  }
  let r = m.get(lowerWord);
  if (r === undefined) m.set(lowerWord, (r = { endings: stripEndings(lowerWord, lx.endings) }));
  lastWord = lowerWord;
  lastReadings = r;
  return r;
}

export function endingsOf(lowerWord: string, lx: Lexicon): Stripped[] {
  return readings(lowerWord, lx).endings;
}

/** The lower-case word and the stems it may be with a case ending removed (the word first). */
export function baseForms(lowerWord: string, lx: Lexicon): string[] {
  const r = readings(lowerWord, lx);
  if (r.bases === undefined) {
    const bases = [lowerWord];
    for (const s of r.endings) bases.push(lowerWord.slice(0, s.stemLength));
    r.bases = bases;
  }
  return r.bases;
}

/** The kind of name a head noun closes (`nazirliyi` ORG, `sammiti` MISC, `şəhəri` LOC), else null;
 *  some heads count only when capitalised (`Mərkəzi`). */
export function headKindOf(lowerWord: string, capitalised: boolean, lx: Lexicon): EntityType | null {
  const r = readings(lowerWord, lx);
  if (r.head === undefined) {
    r.head = hasBase(lx.orgHeads, lowerWord, lx) ? "ORG" : hasBase(lx.miscHeads, lowerWord, lx) ? "MISC"
      : hasBase(lx.placeHeads, lowerWord, lx) ? "LOC" : null;
  }
  if (r.head || !capitalised) return r.head;
  if (r.capitalisedHead === undefined) {
    r.capitalisedHead = hasBase(lx.capitalisedMiscHeads, lowerWord, lx) ? "MISC" : hasBase(lx.facilityHeads, lowerWord, lx) ? "LOC" : null;
  }
  return r.capitalisedHead;
}

export function knownStartOf(lowerWord: string, lx: Lexicon): KnownStart {
  const r = readings(lowerWord, lx);
  if (r.knownStart === undefined) {
    const bases = baseForms(lowerWord, lx);
    let maxWords = 1;
    for (const b of bases) maxWords = Math.max(maxWords, lx.knownFirst.get(b) ?? 0);
    let single: KnownName | null = null;
    for (const b of bases) { const k = lx.known.get(b); if (k) { single = k; break; } }
    r.knownStart = { maxWords, opensLonger: lx.knownFirst.has(lowerWord) || maxWords !== 1, single };
  }
  return r.knownStart;
}

/** True when a set holds the word or one of its stems. */
export function hasBase(set: Set<string>, lowerWord: string, lx: Lexicon): boolean {
  for (const b of baseForms(lowerWord, lx)) if (set.has(b)) return true;
  return false;
}

/** Per UTF-16 unit, filled as met: 2 when it is an upper-case letter, 1 when not. */
const upperUnits = new Uint8Array(0x10000);

/** The token's first character is an upper-case letter (asked of every token, often several times). */
export function startsUpper(t: Token): boolean {
  if (t.norm.length === 0) return false;
  const c = t.norm.charCodeAt(0);
  if (upperUnits[c] === 0) upperUnits[c] = isUpperChar(t.norm[0]) ? 2 : 1;
  return upperUnits[c] === 2;
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
  return demonymPlace(lowerWord, lx) !== undefined;
}

/** The known place a demonym is made from (`isveçli` -> İsveç); `joined` also reads one written with a
 *  hyphen (`abş-li`). */
export function demonymPlace(lowerWord: string, lx: Lexicon, joined = false): KnownName | undefined {
  for (const d of lx.demonyms) {
    if (!lowerWord.endsWith(d) || lowerWord.length <= d.length) continue;
    const stem = lowerWord.slice(0, -d.length);
    const k = lx.known.get(joined ? stem.replace(/-$/, "") : stem);
    if (k && k.type === "LOC") return k;
  }
  return undefined;
}
