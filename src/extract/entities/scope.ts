// The sentence being read and the lookups every recognition step shares: known names starting at a
// token, titles, heads, legal forms, lemmas. Lookups that are asked again and again are cached per
// token of the document.
import type { Doc, EntityType, Token } from "../../text/doc.js";
import type { KnownName } from "./tables.js";
import { baseForms, endingsOf, hasBase, headKindOf, isCommonWord, knownStartOf, startsUpper, type Lexicon } from "./lexicon.js";
import { beforeJoiner, hyphenedParticle, isQuote, isRomanNumeral, isWord } from "./words.js";

/** Possessives of the first and second person plural (the morphology's codes): `our`, `your`. The
 *  singular ones stay out: their endings are the last letters of many names (`Əmin`, `Səlim`). */
const PERSONAL_OWNERS = new Set(["1p", "2p"]);

export interface Mention {
  tokStart: number;
  tokEnd: number;
  /** null: a name whose type the sentence does not show (decided over the whole document). */
  type: EntityType | null;
  known?: KnownName;
  /** Words the canonical name adds after the span (a head outside quotes: ` sammiti`). */
  nameTail?: string;
  /** The canonical name, when the words of the span do not give it by themselves. */
  name?: string;
  /** Written in capitals or lower case only: the name is re-cased. */
  recase?: boolean;
  /** Only kept when the document names it elsewhere (a capital at a sentence start). */
  weak?: boolean;
  /** On the first of capitalised names filling quotation marks, none of them typed a body in the sentence but one left
   *  to the document: the index of the closing mark; the names are one body's if the document types one a body
   *  (`"X Dəmir Yolları"`). */
  quotedRun?: number;
}

export interface RecogniseContext {
  doc: Doc;
  lx: Lexicon;
  /** Lower-case forms of words the document writes in lower case (common words). */
  lowerSeen: Set<string>;
  /** The language's word list holds the (lower-case) root with its inflections: a common word. */
  attested?: (lowerRoot: string) => boolean;
  /** How the morphology reads a word (lower case) as a common word of a known root: `inflected` (a
   *  case, a possessive, a plural, a verb's tense or form), `bare`, or null (no common word). */
  commonReading?: (lowerWord: string) => CommonReading | null;
  /** The morphology reads the word (lower case) as a common noun or adjective whose root its lexicon holds, or its
   *  word list holds bare and with every probe ending (the plural too, which names seldom take). */
  commonRoot?: (lowerWord: string) => boolean;
  /** The language's word list holds the word (lower case) or its stem at all, if only bare: a word, perhaps rare
   *  (`bəraət`, `həlak`), not a proof of a common word alone. */
  listedWord?: (lowerWord: string) => boolean;
}

export type CommonReading = "inflected" | "bare";

/** Punctuation after which a word in capitals ends its phrase (`... QƏRAR: ...`, `... - ŞƏRH`). */
const PHRASE_END = new Set([":", "?", "!", "-", "–", "—", ",", ";", ")", "."]);

/** Letters from which a word in capitals read as a common word is shouted whatever stands next to it
 *  (`XƏBƏRDARLIQ`); shorter bare ones may be acronyms (`AYNA dayanacaq`, `DOST Agentliyi`). */
const SHOUTED_ALONE = 6;

/** The known names starting at a token: their lengths in words, longest first; `anyLimit` when a
 *  one-word name is found whatever the limit (a word that starts no longer name). */
interface KnownAt { anyLimit: boolean; words: number[]; names: KnownName[] }

export class SentenceScope {
  readonly toks: Token[];
  readonly lx: Lexicon;
  /** The sentence's tokens: [start, end). */
  start = 0;
  end = 0;
  /** Mentions found in the sentence so far. */
  out: Mention[] = [];
  /** Last words (lower case, as written) of the people the document has named in full so far:
   *  the surname alone stands for them later (`Ryosey Akadzava ... Akadzava Vaşinqtonda`). */
  readonly namedSurnames = new Set<string>();
  /** Given names (lower case) the document showed as such, in an official name with the father's name (`Validə Maarif
   *  qızı Abasova`: `validə`, `maarif`): a later `Validə Abasovanın` opens a person's name even where the tables lack it. */
  readonly namedGivens = new Set<string>();
  /** Per base form of such a last word: the other words of the names it closed (`andrey` for `Andrey Babişin`), by
   *  which a name run ending in that surname is told to be another person's plus this one (`Petr Pavel Babişlə`). */
  readonly namedSurnameOwners = new Map<string, Set<string>>();
  /** Per token of the document: the known names starting there (undefined: not read yet). */
  private readonly knownAt: (KnownAt | null | undefined)[];
  /** Per token: its lower-case lemma (undefined: not read yet). */
  private readonly lemmasLower: (string | undefined)[];
  /** Per token: a word in capitals read as a common word (undefined: not read yet). */
  private readonly shoutedAt: (boolean | undefined)[];

  constructor(readonly ctx: RecogniseContext) {
    this.toks = ctx.doc.tokens;
    this.lx = ctx.lx;
    this.knownAt = new Array(this.toks.length).fill(undefined);
    this.lemmasLower = new Array(this.toks.length).fill(undefined);
    this.shoutedAt = new Array(this.toks.length).fill(undefined);
  }

  push(m: Mention): void {
    this.out.push(m);
  }

  /** The longest known name starting at token i (ending before `limit`). */
  matchKnown(i: number, limit: number): { end: number; k: KnownName } | null {
    let at = this.knownAt[i];
    if (at === undefined) this.knownAt[i] = at = this.knownNamesAt(i);
    if (at === null) return null;
    if (at.anyLimit) return { end: i + at.words[0], k: at.names[0] };
    for (let x = 0; x < at.words.length; x++) if (at.words[x] <= limit - i) return { end: i + at.words[x], k: at.names[x] };
    return null;
  }

  /** `Ən böyük artım`: a word written with a capital and lower-case letters after it that spells an abbreviation known
   *  only in capitals (`ƏN`) and that the language reads as a common word of its own is that word, not the abbreviation;
   *  so is one that spells it with an ending glued on (`Arda` is no `AR-da`). */
  private abbreviationAsWord(t: Token): boolean {
    const lx = this.lx;
    if (!lx.capitalsOnly.size || t.norm.length < 2) return false;
    const stem = beforeJoiner(t.norm);
    if (stem === stem.toUpperCase()) return false;
    const bases = baseForms(t.lower, lx).filter((b) => lx.capitalsOnly.has(b));
    // (an abbreviation takes its ending after a hyphen, `AR-da`: one glued to lower-case letters is a word, `Arda`)
    if (bases.length && stem === t.norm && bases.every((b) => b.length < t.lower.length)) return true;
    return bases.length > 0 && (lx.notNames.has(t.lower) || !!this.ctx.commonRoot?.(t.lower));
  }

  /** Every known name starting at token i, longest first (read once per token: the chain and its
   *  pieces ask again and again, with different limits). */
  private knownNamesAt(i: number): KnownAt | null {
    const first = this.toks[i];
    if (!isWord(first)) return null;
    const start = knownStartOf(first.lower, this.lx), { maxWords, opensLonger } = start;
    const single = start.single && this.abbreviationAsWord(first) ? null : start.single;
    if (!opensLonger) return single ? { anyLimit: true, words: [1], names: [single] } : null;
    // the words before the last, as the prefixes of known names they must spell: past the longest
    // such prefix (or a word that cannot stand inside a name) no longer name is possible
    const most = Math.min(maxWords, this.toks.length - i);
    const prefixes = [""];
    for (let m = i; prefixes.length < most; m++) {
      const t = this.toks[m];
      // a symbol may stand inside a known name (`Johnson & Johnson`)
      if (!(isWord(t) || (m > i && t.kind === "symbol")) || (m > i && t.lineBefore)) break;
      const prefix = prefixes[prefixes.length - 1] + t.lower + " ";
      if (!this.lx.knownPrefixes.has(prefix)) break;
      prefixes.push(prefix);
    }
    const found: KnownAt = { anyLimit: false, words: [], names: [] };
    for (let n = prefixes.length; n >= 2; n--) {
      const prefix = prefixes[n - 1];
      const last = this.toks[i + n - 1];
      if (!isWord(last) || (n > 1 && last.lineBefore)) continue;
      // (else the morphology's root of a last word in a case, its softened letter restored: `Baş Prokurorluğun`)
      const a = last.analysis;
      const k = knownUnder(prefix, last.lower, this.lx) ?? (a?.case && !a.poss && a.stem !== last.lower ? this.lx.known.get(prefix + this.lx.lower(a.stem)) : undefined);
      if (k) { found.words.push(n); found.names.push(k); }
    }
    // one word: the first alone
    if (single) { found.words.push(1); found.names.push(single); }
    return found.words.length ? found : null;
  }

  /** The lower-case lemma of token i (read once per token). */
  lemmaAt(i: number): string {
    let l = this.lemmasLower[i];
    if (l === undefined) this.lemmasLower[i] = l = this.lx.lower(this.toks[i].lemma);
    return l;
  }

  isTitle(i: number): boolean {
    const t = this.toks[i];
    return !!t && t.kind === "word" && hasBase(this.lx.titles, t.lower, this.lx);
  }

  legalFormAt(i: number): boolean {
    const t = this.toks[i];
    if (!t || !(t.kind === "abbr" || t.kind === "word")) return false;
    const h = t.norm.indexOf("-");
    return this.lx.legalForms.has(h > 0 ? t.norm.slice(0, h) : t.norm);
  }

  headKind(t: Token): EntityType | null {
    return headKindOf(t.lower, startsUpper(t), this.lx);
  }

  /** A capitalised word that can be part of a name: not a Roman numeral (`III qrup`), unless a known
   *  name opens with it (`III Çarlz`) or it is a regnal number (`Papası XIV Leo`). */
  nameLike(i: number): boolean {
    const t = this.toks[i];
    // (a surname led by a particle the article named a person by before, `əs-Sisiyə` after `Əbdülfəttah əs-Sisi`)
    if (isWord(t) && !startsUpper(t) && this.namedSurnames.size && hyphenedParticle(t, this.lx.particles)) {
      return this.namedSurnames.has(t.lower) || baseForms(t.lower, this.lx).some((b) => this.namedSurnames.has(b));
    }
    if (!isWord(t) || !startsUpper(t) || this.shouted(i)) return false;
    return !isRomanNumeral(t) || !!this.matchKnown(i, this.end) || this.regnalNumber(i);
  }

  /** `Roma Papası XIV Leo`, `Kral III Çarlz`: a Roman numeral after a title and before a capitalised
   *  word (the given name it numbers) belongs to the person's name. */
  regnalNumber(i: number): boolean {
    const t = this.toks[i], next = this.toks[i + 1];
    return isRomanNumeral(t) && !t.lower.includes("-") && i - 1 >= this.start && this.isTitle(i - 1) && i + 1 < this.end
      && next.kind === "word" && startsUpper(next) && !isRomanNumeral(next) && !next.lineBefore;
  }

  /** A word written in capitals for emphasis, as headlines do (`... HÖKM OXUNDU`, `QƏZA: ...`): no
   *  known name, and the morphology reads it, lower-cased, as a common word: inflected, long, next to
   *  another such word, or closing its phrase. A short bare one before another word may be an acronym
   *  (`AYNA dayanacaq`, `DOST Agentliyində`); one with an ending written apart is (`NATO-nun`). */
  shouted(i: number): boolean {
    let s = this.shoutedAt[i];
    if (s === undefined) this.shoutedAt[i] = s = this.readShouted(i);
    return s;
  }

  private readShouted(i: number): boolean {
    const reading = this.commonCapitals(i);
    if (!reading) return this.listedBesideShouted(i);
    if (this.matchKnown(i, this.end)) return false;
    if ((i > this.start && this.commonCapitals(i - 1)) || (i + 1 < this.end && this.commonCapitals(i + 1))) return true;
    // (a given name that is a common word, `AZAD`, only among other such words)
    if (this.lx.given.has(this.toks[i].lower)) return false;
    if (reading === "inflected" || this.toks[i].norm.length >= SHOUTED_ALONE) return true;
    const next = this.toks[i + 1];
    if (i + 1 >= this.end) return true;
    // (not a name's part before a dot: `SABAH.fund`)
    return next.kind === "punct" && PHRASE_END.has(next.norm) && !(next.norm === "." && i + 2 < this.end && !this.toks[i + 2].spaceBefore);
  }

  /** A word in capitals throughout (three letters or more, no ending written apart, no Roman numeral)
   *  that the morphology reads as a common word, and how. */
  private commonCapitals(i: number): CommonReading | null {
    const t = this.toks[i];
    if (!this.inCapitals(i) || !this.ctx.commonReading) return null;
    return this.ctx.commonReading(t.lower);
  }

  private inCapitals(i: number): boolean {
    const t = this.toks[i];
    return !!t && t.kind === "word" && t.norm.length >= 3 && t.norm !== t.lower && t.norm === t.norm.toUpperCase()
      && beforeJoiner(t.norm) === t.norm && !isRomanNumeral(t);
  }

  /** `Direktor BƏRAƏT ALDI`, `Əsgər HƏLAK OLDU`: a word in capitals the word list holds, if only rarely, written
   *  right before or after a shouted verb or inflected word (`ALDI`, `OLDU`, `QALMAQALI`) is that phrase's word,
   *  no acronym; not a known name, nor one of three letters (`ASAN`, `DOST`, `AYNA` before a lower-case word stay). */
  private listedBesideShouted(i: number): boolean {
    const t = this.toks[i];
    if (!this.inCapitals(i) || t.norm.length < 4 || !this.ctx.listedWord?.(t.lower) || this.lx.given.has(t.lower) || this.matchKnown(i, this.end)) return false;
    return (i > this.start && this.commonCapitals(i - 1) === "inflected") || (i + 1 < this.end && this.commonCapitals(i + 1) === "inflected");
  }

  /** A word of a capitalised run outside quotes: also not a common noun owned by the speaker or the
   *  reader (`Xalqımız`, `Ölkəniz`), which no name outside a quoted title (`"Yolumuz ..."`) holds. */
  runWord(i: number): boolean {
    const a = this.toks[i]?.analysis;
    return this.nameLike(i) && !(a?.pos === "NOUN" && PERSONAL_OWNERS.has(a.poss ?? ""));
  }

  /** At a sentence start, or right after an opening quote or bracket there. */
  atSentenceStart(i: number): boolean {
    for (let k = i - 1; k >= this.start; k--) {
      const t = this.toks[k];
      if (t.kind !== "punct") return (isQuote(this.toks[i - 1]) && !this.toks[i].spaceBefore) || this.opensListItem(i);
    }
    return true;
  }

  /** The first word of an item of a list, whose capital is the item's, as a sentence's is: after a dash set against
   *  it (`… bilər: -Kassir -Ofisiant`), or after a dash or a number or letter with a bracket (`2) X`, `a) X`) that opens
   *  the sentence or follows a colon or semicolon (`…; – X`). */
  private opensListItem(i: number): boolean {
    const toks = this.toks, m = i - 1, mark = toks[m], t = toks[i];
    if (m < this.start || mark.kind !== "punct" || t.kind !== "word") return false;
    let before: number;
    if (mark.norm === "-") {
      if (!t.spaceBefore && mark.spaceBefore) return true;
      before = m - 1;
    } else if (mark.norm === ")" && !mark.spaceBefore && m - 1 >= this.start) {
      const n = toks[m - 1];
      if (!(n.kind === "number" && /^\d{1,3}$/.test(n.norm)) && !(n.kind === "word" && n.norm.length === 1)) return false;
      before = m - 2;
    } else return false;
    if (before < this.start) return true;
    const b = toks[before];
    return b.kind === "punct" && (b.norm === ":" || b.norm === ";");
  }

  /** Every word is a common word the morphology knows (noun, adjective, verb...), or a head. */
  commonWords(s: number, e: number): boolean {
    for (let k = s; k < e; k++) {
      const t = this.toks[k];
      if (!isCommonWord(t) && !this.headKind(t)) return false;
    }
    return true;
  }

  /** A written-out legal form from i (`Məhdud Məsuliyyətli Cəmiyyətlərinin`): the index after it, else i. */
  longLegalForm(i: number): number {
    for (const form of this.lx.legalFormsLong) {
      let k = 0;
      for (; k < form.length; k++) {
        const t = this.toks[i + k];
        if (!t || !isWord(t)) break;
        const last = k === form.length - 1;
        if (!(last ? this.spells(i + k, form[k]) : t.lower === form[k])) break;
      }
      if (k === form.length) return i + k;
    }
    return i;
  }

  /** The word is the base word, perhaps with plural, possessive or case endings (by the morphology's lemma). */
  private spells(i: number, base: string): boolean {
    const t = this.toks[i];
    return t.lower === base || this.lemmaAt(i) === base || baseForms(t.lower, this.lx).includes(base);
  }

  /** Whether a phrase of several words of the set may start at k (most words start none). */
  opensPhrase(set: Set<string>, k: number): boolean {
    const first = this.toks[k];
    return !!first && firstWordsOf(set).has(first.lower);
  }

  /** A head phrase of the set (several words, the last inflected) from k: the index after it, else k. */
  headPhrase(set: Set<string>, k: number): number {
    const first = this.toks[k];
    if (!first || !isWord(first)) return k;
    // most words start no phrase of several words: only the one-word heads are tried for them
    const starts = this.opensPhrase(set, k);
    for (let n = starts ? 3 : 1; n >= 1; n--) {
      let prefix = "";
      let ok = true;
      for (let m = k; m < k + n - 1; m++) {
        const t = this.toks[m];
        if (!t || !isWord(t)) { ok = false; break; }
        prefix += t.lower + " ";
      }
      const last = this.toks[k + n - 1];
      if (!ok || !last || !isWord(last)) continue;
      if (set.has(prefix + beforeJoiner(last.lower)) || this.hasPrefixedBase(set, prefix, last.lower)
        || set.has(prefix + this.lemmaAt(k + n - 1))) return k + n;
    }
    return k;
  }

  private hasPrefixedBase(set: Set<string>, prefix: string, lowerWord: string): boolean {
    for (const b of baseForms(lowerWord, this.lx)) if (set.has(prefix + b)) return true;
    return false;
  }

  /** The nominative of a head noun (case ending off, possessive kept): sammitində -> sammiti. */
  headBase(t: Token): string {
    for (const b of baseForms(t.lower, this.lx)) {
      if (this.lx.orgHeads.has(b) || this.lx.miscHeads.has(b) || this.lx.placeHeads.has(b) || this.lx.facilityHeads.has(b)) return t.norm.slice(0, b.length);
    }
    // (a head only capitalised names take: `"X" Dəhlizinin` -> `Dəhlizi`)
    for (const b of baseForms(t.lower, this.lx)) if (this.lx.capitalisedMiscHeads.has(b)) return t.norm.slice(0, b.length);
    return t.norm;
  }

  /** The words [s, e) with the last in its nominative (case ending off, possessive kept). */
  phraseBase(s: number, e: number): string {
    let out = "";
    for (let k = s; k < e; k++) out += (k > s ? " " : "") + (k === e - 1 ? this.headBase(this.toks[k]) : this.toks[k].norm);
    return out;
  }

  /** Whether a lower-case head carries the compound's possessive, where the language asks it of heads (no
   *  analysis: taken as carrying it). */
  possessedHead(t: Token | undefined): boolean {
    if (!t || !this.lx.possessedHeads || !t.analysis?.pos) return true;
    return !!t.analysis.poss;
  }

  /** The lower-case word at i when it is a head of this type. */
  lowerHead(i: number, type: EntityType): Token | null {
    const t = this.toks[i];
    return t && t.kind === "word" && !startsUpper(t) && this.headKind(t) === type ? t : null;
  }

  /** A word with a genitive ending (`Respublikasının`, `ABŞ-ın`). */
  genitive(t: Token): boolean {
    return endingsOf(t.lower, this.lx).some((e) => e.case === "gen");
  }

  /** An ending written after a hyphen or apostrophe (`ECO-nun`, `Bank'ın`). */
  detachedEnding(t: Token): boolean {
    return endingsOf(t.lower, this.lx).some((e) => t.lower[e.stemLength] === "-" || t.lower[e.stemLength] === "'");
  }
}

const firstWords = new WeakMap<Set<string>, Set<string>>();

/** The first words of the phrases of several words in `set`. */
function firstWordsOf(set: Set<string>): Set<string> {
  let f = firstWords.get(set);
  if (!f) {
    f = new Set();
    for (const p of set) if (p.includes(" ")) f.add(p.slice(0, p.indexOf(" ")));
    firstWords.set(set, f);
  }
  return f;
}

/** The known name `prefix` + the last word spells, by the word or a stem under its case ending; a name that takes
 *  no possessive of its own may still be written with one before the case (`Milli Məclisinin` is `Milli Məclis`). */
function knownUnder(prefix: string, lowerWord: string, lx: Lexicon): KnownName | undefined {
  for (const b of baseForms(lowerWord, lx)) {
    const k = lx.known.get(prefix + b);
    if (k) return k;
  }
  const { vowels, possVowels } = lx.endings;
  for (const len of [lowerWord.length, ...endingsOf(lowerWord, lx).map((s) => s.stemLength)]) {
    if (len < 3 || !possVowels.has(lowerWord[len - 1]) || vowels.has(lowerWord[len - 2])) continue;
    const k = lx.known.get(prefix + lowerWord.slice(0, len - 1));
    if (k) return k;
  }
  return undefined;
}
