// Recognition of names in one sentence: known names (gazetteers), capitalised chains split into
// pieces (people, places, organisations, events) by context: titles before a name, given names,
// surname shapes, head nouns (ministry, city, summit), legal forms, quotation marks.
// Works on tokens only; every word it knows comes from the language's tables.
import type { Doc, EntityType, Sentence, Token } from "../../text/doc.js";
import type { KnownName } from "./tables.js";
import { baseForms, endingsOf, hasBase, headKindOf, isCommonWord, knownStartOf, startsUpper, surnameShaped, type Lexicon } from "./lexicon.js";

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
}

/** The known names starting at a token: their lengths in words, longest first; `anyLimit` when a
 *  one-word name is found whatever the limit (a word that starts no longer name). */
interface KnownAt { anyLimit: boolean; words: number[]; names: KnownName[] }

/** A piece of a capitalised chain: a known name, a person, a title, or unknown words. */
interface Piece { s: number; e: number; type: EntityType | null; known?: KnownName; title?: boolean }

export type SentenceMode = "normal" | "caps" | "lower";

export interface RecogniseContext {
  doc: Doc;
  lx: Lexicon;
  /** Lower-case forms of words the document writes in lower case (common words). */
  lowerSeen: Set<string>;
}

const isWord = (t: Token | undefined) => !!t && (t.kind === "word" || t.kind === "abbr" || t.kind === "initial");
/** `ECO`, `ECO-nun`: an acronym, which ends a person's name rather than continuing it. */
export function isAcronym(t: Token): boolean {
  const head = beforeJoiner(t.norm);
  return t.kind === "abbr" || (head.length >= 2 && head === head.toUpperCase() && head !== head.toLowerCase());
}
const isQuote = (t: Token | undefined) => !!t && t.kind === "punct" && t.norm === '"';

/** An initial written with the name (V.Putin) or alone (V.). */
function isInitialWord(t: Token): boolean {
  return t.kind === "initial" || (t.norm.length > 2 && t.norm[1] === "." && startsUpper(t));
}

/** Per UTF-16 unit, filled as met: 2 when upper-casing changes the unit (a lower-case letter), else 1. */
const upperChanges = new Uint8Array(0x10000);

/** The word's first unit changes in upper case, so the word is not all capitals: most words, told
 *  apart without upper-casing the whole word. */
function opensLowerCase(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (upperChanges[c] === 0) {
    const ch = w[0];
    upperChanges[c] = ch.toUpperCase()[0] !== ch ? 2 : 1;
  }
  return upperChanges[c] === 2;
}

export function sentenceMode(doc: Doc, s: Sentence): SentenceMode {
  let words = 0, caps = 0;
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const t = doc.tokens[i];
    if (t.kind !== "word" || t.norm.length < 2) continue;
    words++;
    if (!opensLowerCase(t.norm) && t.norm === t.norm.toUpperCase() && t.norm !== t.norm.toLowerCase()) caps++;
  }
  return words >= 3 && caps >= words * 0.7 ? "caps" : "normal";
}

export class SentenceRecogniser {
  private readonly toks: Token[];
  private readonly lx: Lexicon;
  private start = 0;
  private end = 0;
  /** Per token of the document: the known names starting there (undefined: not read yet). */
  private readonly knownAt: (KnownAt | null | undefined)[];
  /** Per token: its lower-case lemma (undefined: not read yet). */
  private readonly lemmasLower: (string | undefined)[];
  out: Mention[] = [];

  constructor(private readonly ctx: RecogniseContext) {
    this.toks = ctx.doc.tokens;
    this.lx = ctx.lx;
    this.knownAt = new Array(this.toks.length).fill(undefined);
    this.lemmasLower = new Array(this.toks.length).fill(undefined);
  }

  run(s: Sentence, mode: SentenceMode): Mention[] {
    this.out = [];
    this.start = s.tokStart;
    this.end = s.tokEnd;
    if (mode === "normal") this.normal();
    else this.byLexicon(mode);
    return this.out;
  }

  // ---- shared lookups -------------------------------------------------------------------

  /** The longest known name starting at token i (ending before `limit`). */
  private matchKnown(i: number, limit: number): { end: number; k: KnownName } | null {
    let at = this.knownAt[i];
    if (at === undefined) this.knownAt[i] = at = this.knownNamesAt(i);
    if (at === null) return null;
    if (at.anyLimit) return { end: i + at.words[0], k: at.names[0] };
    for (let x = 0; x < at.words.length; x++) if (at.words[x] <= limit - i) return { end: i + at.words[x], k: at.names[x] };
    return null;
  }

  /** Every known name starting at token i, longest first (read once per token: the chain and its
   *  pieces ask again and again, with different limits). */
  private knownNamesAt(i: number): KnownAt | null {
    const first = this.toks[i];
    if (!isWord(first)) return null;
    const { maxWords, opensLonger, single } = knownStartOf(first.lower, this.lx);
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
      for (const b of baseForms(last.lower, this.lx)) {
        const k = this.lx.known.get(prefix + b);
        if (k) { found.words.push(n); found.names.push(k); break; }
      }
    }
    // one word: the first alone
    if (single) { found.words.push(1); found.names.push(single); }
    return found.words.length ? found : null;
  }

  private isTitle(i: number): boolean {
    const t = this.toks[i];
    return !!t && t.kind === "word" && hasBase(this.lx.titles, t.lower, this.lx);
  }

  private legalFormAt(i: number): boolean {
    const t = this.toks[i];
    if (!t || !(t.kind === "abbr" || t.kind === "word")) return false;
    const h = t.norm.indexOf("-");
    return this.lx.legalForms.has(h > 0 ? t.norm.slice(0, h) : t.norm);
  }

  private headKind(t: Token): EntityType | null {
    return headKindOf(t.lower, startsUpper(t), this.lx);
  }

  /** The lower-case lemma of token i (read once per token). */
  private lemmaAt(i: number): string {
    let l = this.lemmasLower[i];
    if (l === undefined) this.lemmasLower[i] = l = this.lx.lower(this.toks[i].lemma);
    return l;
  }

  /** A model number (`747-8`) perhaps, then a lower-case product noun from k. */
  private productAfter(k: number): boolean {
    while (k < this.end && (this.toks[k].kind === "number" || (this.toks[k].norm === "-" && !this.toks[k].spaceBefore))) k++;
    const t = this.toks[k];
    if (!t || t.kind !== "word" || startsUpper(t)) return false;
    return hasBase(this.lx.productHeads, t.lower, this.lx) || this.lx.productHeads.has(this.lemmaAt(k));
  }

  /** A lower-case place head at k, singular or plural (`kəndi`, `kəndlərinin`). */
  private placeHeadAt(k: number): boolean {
    const t = this.toks[k];
    if (!t || t.kind !== "word" || startsUpper(t)) return false;
    return hasBase(this.lx.placeHeads, t.lower, this.lx) || this.lx.placeHeads.has(this.lemmaAt(k));
  }

  /** A document's title (`Əməkdaşlıq Proqramı`, `Əsasnaməyə`): common words closed by a document head. */
  private documentTitle(s: number, e: number): boolean {
    for (let k = e - 1; k >= s; k--) if (this.headPhrase(this.lx.documentHeads, k) === e && this.commonWords(s, k)) return true;
    return false;
  }

  /** At a sentence start, or right after an opening quote or bracket there. */
  private atSentenceStart(i: number): boolean {
    for (let k = i - 1; k >= this.start; k--) {
      const t = this.toks[k];
      if (t.kind !== "punct") return isQuote(this.toks[i - 1]) && !this.toks[i].spaceBefore;
    }
    return true;
  }

  private nameLike(i: number): boolean {
    const t = this.toks[i];
    return isWord(t) && startsUpper(t);
  }

  private push(m: Mention): void {
    this.out.push(m);
  }

  // ---- running text ---------------------------------------------------------------------

  private normal(): void {
    let i = this.start;
    while (i < this.end) {
      if (isQuote(this.toks[i])) {
        const q = this.quotedNames(i);
        if (q > i) { i = q; continue; }
      }
      if (this.siteName(i)) { i++; continue; }
      const generic = this.genericAt(i);
      if (generic > i) { i = generic; continue; }
      if (!this.nameLike(i)) { i++; continue; }
      i = this.chain(i);
    }
  }

  /** A web address written as a name (`Example.az xəbər verir`): the site, an organisation. */
  private siteName(i: number): boolean {
    const t = this.toks[i];
    if (t.kind !== "url" || !startsUpper(t) || /[/@:]/.test(t.norm)) return false;
    // an ending written after a hyphen is no part of the address (`Example.az-a`)
    const h = t.norm.lastIndexOf("-");
    const name = h > 0 && endingsOf(t.lower, this.lx).some((e) => e.stemLength === h) ? t.norm.slice(0, h) : t.norm;
    this.push({ tokStart: i, tokEnd: i + 1, type: "ORG", name });
    return true;
  }

  /** Legal forms and abbreviations of common nouns alone (`MMC-nin`, `SES-lərdə`) name nothing: the index after them. */
  private genericAt(i: number): number {
    const t = this.toks[i];
    if (!t || !isWord(t) || !startsUpper(t)) return i;
    const long = this.longLegalForm(i);
    if (long > i) return long;
    if (this.legalFormAt(i) || this.lx.commonAbbreviations.has(beforeJoiner(t.norm))) return i + 1;
    // a facility's generic head alone (`Biznes Mərkəzində`, after its name was given in quotes)
    const facility = this.headPhrase(this.lx.facilityHeads, i);
    if (facility > i + 1 && this.commonWords(i, facility) && (facility >= this.end || !this.nameLike(facility))) return facility;
    return i;
  }

  /** A written-out legal form from i (`Məhdud Məsuliyyətli Cəmiyyətlərinin`): the index after it, else i. */
  private longLegalForm(i: number): number {
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

  /** A head phrase of the set (several words, the last inflected) from k: the index after it, else k. */
  private headPhrase(set: Set<string>, k: number): number {
    const first = this.toks[k];
    if (!first || !isWord(first)) return k;
    // most words start no phrase of several words: only the one-word heads are tried for them
    const starts = firstWordsOf(set).has(first.lower);
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

  /** The closing quote of a name in quotes opening at q (`"777SERVIS"`, `"Bulud Cafe & Lounge"`), else -1. */
  private quotedSpan(q: number): number {
    const first = this.toks[q + 1];
    if (!first || first.spaceBefore) return -1;
    // a name may open with digits written together with its first word
    const opener = first.kind === "number" ? q + 2 : q + 1;
    if (opener !== q + 1 && (this.toks[opener]?.spaceBefore || !isWord(this.toks[opener]))) return -1;
    if (!this.nameLike(opener)) return -1;
    let c = q + 1;
    while (c < this.end && c - q <= 12 && !isQuote(this.toks[c])) {
      const t = this.toks[c];
      const joiner = c > q + 1 && this.lx.connectors.has(t.lower) && this.nameLike(c + 1);
      if (!(isWord(t) || t.kind === "number" || joiner)) return -1;
      c++;
    }
    return isQuote(this.toks[c]) && c > q + 1 ? c : -1;
  }

  /**
   * Names in quotes typed by the head after them: `"Azərenerji" ASC`, `"Mərkəzi Asiya-Rusiya"
   * sammitində`, `"Qala" Mehmanxana Kompleksinə`; a list (`"A", "B" və "C" MMC-lər`) shares the head
   * after its last name. Returns the index after the head, or q when no name was found.
   */
  private quotedNames(q: number): number {
    const spans: [number, number][] = [];
    let at = q;
    for (;;) {
      const c = this.quotedSpan(at);
      if (c < 0) break;
      spans.push([at + 1, c]);
      const sep = this.toks[c + 1];
      if (!sep || !(sep.norm === "," || this.lx.connectors.has(sep.lower)) || !isQuote(this.toks[c + 2])) { at = c; break; }
      at = c + 2;
    }
    if (!spans.length) return q;
    const close = spans[spans.length - 1][1];
    const head = this.headAfterQuote(close + 1);
    if (!head) return q;
    // the marks keep the name as it is named: any case ending goes after them (`"X"-in`)
    const text = this.ctx.doc.text;
    for (const [s, e] of spans) {
      this.push({ tokStart: s, tokEnd: e, type: head.type, name: text.slice(this.toks[s].start, this.toks[e - 1].end) + head.tail });
    }
    return head.end;
  }

  /** The head right after a closing quote: its type, the words it adds to the name, the index after it. */
  private headAfterQuote(h: number): { type: EntityType; tail: string; end: number } | null {
    const head = this.toks[h];
    if (!head || !isWord(head)) return null;
    // a legal form is no part of the company's name
    const long = this.longLegalForm(h);
    if (long > h) return { type: "ORG", tail: "", end: long };
    if (this.legalFormAt(h)) return { type: "ORG", tail: "", end: h + 1 };
    // a facility's head is part of its name (`"Qala" Mehmanxana Kompleksi`)
    const facility = this.headPhrase(this.lx.facilityHeads, h);
    if (facility > h) {
      // a plural head (`"A" və "B" stansiyaları`) gives no one name's head
      const base = this.phraseBase(h, facility);
      return { type: "LOC", tail: this.lx.facilityHeads.has(this.lx.lower(base)) ? " " + base : "", end: facility };
    }
    if (startsUpper(head)) {
      // capitalised common words closed by a head describe the name before them (`"X" Biznes Şirkəti`)
      let k = h;
      while (k < this.end && k - h < 3 && this.nameLike(k) && !this.headKind(this.toks[k])
        && (isCommonWord(this.toks[k]) || !(this.matchKnown(k, this.end) || this.lx.given.has(this.toks[k].lower)))) k++;
      const type = k < this.end && this.nameLike(k) ? this.headKind(this.toks[k]) : null;
      return type && type !== "LOC" ? { type, tail: type === "MISC" ? " " + this.phraseBase(h, k + 1) : "", end: k + 1 } : null;
    }
    // a plural head (`"A" və "B" klubları`) by its lemma
    let type = this.headKind(head) ?? (this.lx.orgHeads.has(this.lx.lower(head.lemma)) ? "ORG" : null);
    if (type === "LOC") type = null; // `"Qarabağ" stadionu` is not a place's name
    // an event's head is part of its name (`"Yaşıl Keçid" forumu`); a body's is a descriptor (`"Politico" qəzeti`)
    return type ? { type, tail: type === "MISC" ? " " + this.headBase(head) : "", end: h + 1 } : null;
  }

  /** The words [s, e) with the last in its nominative (case ending off, possessive kept). */
  private phraseBase(s: number, e: number): string {
    let out = "";
    for (let k = s; k < e; k++) out += (k > s ? " " : "") + (k === e - 1 ? this.headBase(this.toks[k]) : this.toks[k].norm);
    return out;
  }

  /** The nominative of a head noun (case ending off, possessive kept): sammitində -> sammiti. */
  private headBase(t: Token): string {
    for (const b of baseForms(t.lower, this.lx)) {
      if (this.lx.orgHeads.has(b) || this.lx.miscHeads.has(b) || this.lx.placeHeads.has(b) || this.lx.facilityHeads.has(b)) return t.norm.slice(0, b.length);
    }
    return t.norm;
  }

  /** A run of capitalised words from i: split into names, returns the index after it. */
  private chain(i: number): number {
    let j = i + 1;
    while (j < this.end) {
      const t = this.toks[j];
      if (t.lineBefore) break;
      // an ending written apart (`ECO-nun`, `Bank'ın`) closes the name it is on
      // (but a country in the genitive owns the body it names: `ABŞ-ın Mənzil Departamenti`)
      if (this.detachedEnding(this.toks[j - 1]) && !this.countryOwnsBody(j - 1)) break;
      if (this.nameLike(j)) { j++; continue; }
      // fon der Lyayen, bin Salman: particles between parts of one person's name
      if (this.lx.particles.has(t.lower) && this.nameLike(j + 1) && !this.toks[j + 1].lineBefore) { j += 2; continue; }
      break;
    }
    // `Həsənov Anar Rasim oğlu`: an official name, surname first, closed by the patronymic
    const official = this.officialPerson(i, j);
    if (official > j) return official;
    // `Marşal adalarından`, `Vətən müharibəsi`: a country's or an event's name may go on in lower case
    // (a place's head stays outside: `Qəzza zolağında`)
    const country = this.matchKnown(j - 1, this.end);
    if (country && country.end > j && (country.k.iso || country.k.type !== "LOC")) j = country.end;
    // `Meliorasiya və Su Təsərrüfatı ASC`: a connector joins two runs when the whole ends as an organisation
    // (but a known name before it is a name of its own: `Rusiya və Ukrayna Xarici İşlər Nazirlikləri`)
    const whole = this.matchKnown(i, j);
    if (!(whole && whole.end === j)) j = this.joinConnected(j);
    // `Baş prokuror yanında X İdarəsi`: a body attached to an office or another body is one name
    const attached = this.attachedBody(i, j);
    if (attached > j) {
      this.push({ tokStart: i, tokEnd: attached, type: "ORG" });
      return attached;
    }
    // a lower-case head can close a capitalised organisation name: `Mətbuat xidmətinin`
    let headLower = false;
    // (not after a country: `Departamentinin ABŞ səfirliyinin` is a body and a country)
    if (j < this.end && j - i >= 2 && this.toks[j].kind === "word" && !startsUpper(this.toks[j])
      && hasBase(this.lx.orgHeadsLower, this.toks[j].lower, this.lx) && !this.matchKnown(j - 1, j)?.k.iso) {
      j++;
      headLower = true;
    }
    const legal = this.legalFormAt(j);
    if (legal) j++;
    const closedByForm = headLower || legal || this.legalFormAt(j - 1);
    const endsOrg = closedByForm || this.headKind(this.toks[j - 1]) === "ORG";

    let a = i;
    const endsHead = endsOrg || this.headKind(this.toks[j - 1]) === "MISC";
    if (this.atSentenceStart(i) && endsHead && j - i > 2 && this.commonAtStart(i, j)) a = i + 1;
    else if (this.atSentenceStart(i) && !endsOrg && !this.trustedAtStart(i, j)) {
      if (j - i === 1) {
        this.push({ tokStart: i, tokEnd: j, type: null, weak: true });
        return j;
      }
      a = i + 1;
    }
    this.pieces(a, j, closedByForm);
    return j;
  }

  /** Surname, given name and father's name closing the run [i, j), then `oğlu`/`qızı`: one person,
   *  named given name + surname as the article names them afterwards. Returns the index after it, else j. */
  private officialPerson(i: number, j: number): number {
    const s = j - 3;
    const closer = this.toks[j];
    if (s < i || !closer || closer.kind !== "word" || startsUpper(closer)) return j;
    if (!baseForms(closer.lower, this.lx).some((b) => this.lx.patronymics.has(b))) return j;
    const a = this.toks[s], b = this.toks[s + 1];
    // surname first (`Həsənov Anar Rasim oğlu`) or given name first (`Anar Həsənov Rasim oğlu`)
    const givenFirst = this.lx.given.has(a.lower) && !this.lx.given.has(b.lower) && surnameShaped(b.lower, this.lx, false);
    if (!givenFirst && !(this.lx.given.has(b.lower) || surnameShaped(a.lower, this.lx, false))) return j;
    if (s > i) this.pieces(i, s, false);
    const [given, surname] = givenFirst ? [a, b] : [b, a];
    this.push({ tokStart: s, tokEnd: j + 1, type: "PER", name: `${given.norm} ${surname.norm}` });
    return j + 1;
  }

  /** A country with a genitive ending written apart (`ABŞ-ın`), then an unknown body's name. */
  private countryOwnsBody(c: number): boolean {
    const t = this.toks[c];
    const h = t.norm.search(/[-'’]/);
    if (h <= 0 || !this.lx.known.get(t.lower.slice(0, h))?.iso) return false;
    if (!endingsOf(t.lower, this.lx).some((e) => e.case === "gen" && e.stemLength === h)) return false;
    let e = c + 1;
    while (e < this.end && this.nameLike(e) && !this.toks[e].lineBefore && (e === c + 1 || !this.detachedEnding(this.toks[e - 1]))) e++;
    e = this.joinConnected(e);
    if (e - c < 3 || this.headKind(this.toks[e - 1]) !== "ORG") return false;
    const known = this.matchKnown(c + 1, e);
    return !(known && known.end === e);
  }

  /** Runs joined by connectors from j, when the whole ends as an organisation: the index after them. */
  private joinConnected(j: number): number {
    while (j + 1 < this.end && this.lx.connectors.has(this.toks[j].lower) && this.nameLike(j + 1)) {
      let k = j + 2;
      while (k < this.end && this.nameLike(k) && !this.toks[k].lineBefore) k++;
      const last = this.toks[k - 1];
      if (this.headKind(last) === "ORG" || this.legalFormAt(k)) j = k;
      else break;
    }
    return j;
  }

  /** After the run [i, j): lower-case title words (`prokuror`), an attachment word, then a body's name. */
  private attachedBody(i: number, j: number): number {
    let k = j;
    while (k < this.end && k - j < 2 && this.toks[k].kind === "word" && !startsUpper(this.toks[k]) && this.isTitle(k)) k++;
    if (!this.lx.attachment.has(this.toks[k]?.lower ?? "") || !this.nameLike(k + 1)) return j;
    // the office or body the name is attached to is a title or ends in a head (`Nazirlər Kabineti yanında`)
    if (k === j && !this.isTitle(j - 1) && !this.headKind(this.toks[j - 1]) && !this.matchKnown(i, j)) return j;
    let e = k + 1;
    while (e < this.end && this.nameLike(e) && !this.toks[e].lineBefore) e++;
    e = this.joinConnected(e);
    return this.headKind(this.toks[e - 1]) === "ORG" ? e : j;
  }

  private detachedEnding(t: Token): boolean {
    return endingsOf(t.lower, this.lx).some((e) => t.lower[e.stemLength] === "-" || t.lower[e.stemLength] === "'");
  }

  /** A known place or body in a case other than the genitive (`Asif Hindistanla`): it ends a person's
   *  name. In the genitive it may be a surname that spells a place (`Luis Monteneqronun`). */
  private knownPlaceInCase(q: number): boolean {
    const t = this.toks[q];
    return endingsOf(t.lower, this.lx).some((e) => {
      if (e.case === "gen" || e.case === "nom") return false;
      const k = this.lx.known.get(t.lower.slice(0, e.stemLength));
      return !!k && k.type !== "PER";
    });
  }

  /** `Layihəni Sənaye Nazirliyi hazırlayıb`: a first word in an object case is not part of the name. */
  private commonAtStart(i: number, j: number): boolean {
    const t = this.toks[i];
    if (this.matchKnown(i, j)) return false;
    if (this.lx.notNames.has(t.lower) || this.ctx.lowerSeen.has(t.lower)) return true;
    const c = t.analysis?.case;
    if (c && c !== "gen") return true;
    // `Tədbir Heydər Əliyev Mərkəzində`: a common noun before a person's name the body is named after
    if (isCommonWord(t) && this.personStart(i + 1, j)) return true;
    // a common noun in the genitive opens a clause (`Qərarın Federal ... Xidməti tərəfindən verildiyi`)
    if (c === "gen" && isCommonWord(t)) return true;
    return endingsOf(t.lower, this.lx).some((e) => e.case !== "gen" && t.lower.length - e.stemLength >= 2);
  }

  /** A capitalised first word of a sentence that is a name by itself. */
  private trustedAtStart(i: number, j: number): boolean {
    const t = this.toks[i];
    if (t.kind === "abbr" || isInitialWord(t)) return true;
    if (t.norm.length > 1 && t.norm === t.norm.toUpperCase()) return true;
    if (this.matchKnown(i, j) || (this.knownSurname(i) && !isQuote(this.toks[i - 1]))) return true;
    // `Çelyabinsk vilayətində ...`: a place's head after the word
    if (j - i === 1 && this.toks[j]?.kind === "word" && !startsUpper(this.toks[j]) && hasBase(this.lx.placeHeads, this.toks[j].lower, this.lx)) return true;
    if (this.lx.given.has(t.lower) && j - i > 1) return true;
    if (surnameShaped(t.lower, this.lx, true)) return true;
    // `Müqaviləni X Y imzalayıb`: a common noun in an object case opens the sentence, not the name
    const c = t.analysis?.case;
    if (j - i > 1 && isCommonWord(t) && c && c !== "gen" && c !== "nom") return false;
    // `Tədbirə İ.Əliyev`: a common word before a name is not part of it
    if (j - i > 1 && !this.lx.notNames.has(t.lower) && !this.ctx.lowerSeen.has(t.lower)) {
      return !(this.matchKnown(i + 1, j) || this.personStart(i + 1, j) || isInitialWord(this.toks[i + 1]) || this.isTitle(i + 1));
    }
    return false;
  }

  private personStart(p: number, j: number): boolean {
    const t = this.toks[p];
    if (isInitialWord(t)) return t.kind !== "initial" || p + 1 < j;
    // `Ş.Şərif`: a one-letter abbreviation glued to a capitalised word is an initial
    const next = this.toks[p + 1];
    if (t.kind === "abbr" && /^\p{Lu}\.$/u.test(t.norm) && p + 1 < j && !next.spaceBefore && startsUpper(next)) return true;
    return this.lx.given.has(t.lower) && p + 1 < j && !this.lx.known.has(this.toks[p + 1].lower);
  }

  /** Splits the chain [a, j) into names and emits them. */
  private pieces(a: number, j: number, closedByForm: boolean): void {
    const ps: Piece[] = [];
    let p = a;
    while (p < j) {
      const known = this.matchKnown(p, j);
      if (known && (known.end - p > 1 || !this.personStart(p, j))) {
        // `İsrail Dövlətinin`: the country's state written in full is still the country
        if (known.k.iso && known.end === j - 1 && this.toks[known.end].kind === "word"
          && hasBase(this.lx.stateWords, this.toks[known.end].lower, this.lx)) known.end++;
        ps.push({ s: p, e: known.end, type: known.k.type, known: known.k });
        p = known.end;
        continue;
      }
      // right after a title, an unknown word before a given name is the first part of a foreign name
      // (`naziri Xavaca Asif`): a name's parts before its last take no case ending
      const foreignFirst = p === a && this.isTitle(p - 1) && !this.isTitle(p) && !known && this.personStart(p + 1, j);
      if (this.personStart(p, j) || foreignFirst) {
        let q = p + 1;
        // name particles (`bin`, `Əl`) do not count towards the length of a name
        let words = 1;
        while (q < j && words < 4 + (foreignFirst ? 1 : 0) && !this.isTitle(q) && !this.lx.known.has(this.toks[q].lower) && !this.knownPlaceInCase(q) && !this.headKind(this.toks[q]) && !isAcronym(this.toks[q])) {
          if (!this.lx.particles.has(this.toks[q].lower)) words++;
          q++;
        }
        if (this.lx.particles.has(this.toks[q - 1]?.lower)) q--;
        ps.push({ s: p, e: q, type: "PER" });
        p = q;
        continue;
      }
      if (this.isTitle(p) && p + 1 < j && !this.headKind(this.toks[p + 1])) {
        ps.push({ s: p, e: p + 1, type: null, title: true });
        p++;
        continue;
      }
      if (this.isTitle(p) && p + 1 === j && p > a) { ps.push({ s: p, e: p + 1, type: null, title: true }); p++; continue; }
      // the surname of a known person stands for them (`Tramp ABŞ-Körfəz ... sammitində`)
      if (this.knownSurname(p)) {
        ps.push({ s: p, e: p + 1, type: "PER" });
        p++;
        continue;
      }
      let q = p + 1;
      // a surname closes a person's name: `Əliyev Putini` are two people
      while (q < j && !this.matchKnown(q, j) && !this.personStart(q, j) && !(this.isTitle(q) && !this.headKind(this.toks[q]) && !(q + 1 < j && this.headKind(this.toks[q + 1])))
        && !this.knownSurname(q) && !surnameShaped(this.toks[q - 1].lower, this.lx, true)) q++;
      // `İran-İsrail müharibəsi`: a pair of names joined by a hyphen is neither of them
      if (q === p + 1 && this.pairOfNames(this.toks[p])) { p = q; continue; }
      ps.push({ s: p, e: q, type: null });
      p = q;
    }
    if (ps.length === 0) return;
    // a piece closed by a head (or a national body's known name) takes in the pieces before it
    // that describe it: the outermost name (`Azərbaycan Prezidentinin Mətbuat xidməti`)
    for (let x = ps.length - 1; x >= 0; x--) {
      const closer = ps[x];
      const type = this.closingType(closer, x === ps.length - 1 && closer.e === j && closedByForm, ps[x - 1]);
      if (!type) continue;
      let k = x;
      while (k > 0 && this.joinsName(ps[k - 1], closer, type)) k--;
      if (k === x && closer.known) continue;
      ps.splice(k, x - k + 1, { s: ps[k].s, e: closer.e, type });
      x = k;
    }
    for (const pc of ps) {
      if (pc.title) continue;
      // `ABŞ-Körfəz Əməkdaşlıq Şurasının sammitində`: an event head after a name makes it the event's
      const eventHead = pc.e === j && (!pc.known || pc.known.type === "ORG") && pc.type !== "PER" ? this.lowerHead(j, "MISC") : null;
      if (eventHead) {
        this.push({ tokStart: pc.s, tokEnd: pc.e, type: "MISC", nameTail: " " + this.headBase(eventHead) });
        continue;
      }
      // titles of documents are no names; names inside them are (`Paris Sazişi` -> `Paris`)
      if (!pc.known && pc.type !== "PER" && this.documentTitle(pc.s, pc.e)) continue;
      // `HIMARS sistemləri`, `Boeing 747-8 təyyarəsi`: a product, no entity (a known name needs the model
      // number: `Rusiya raketləri`, `AZAL təyyarəsi` are the country's and the airline's)
      if (pc.e === j && pc.type !== "PER" && this.productAfter(j) && (!pc.known || this.toks[j]?.kind === "number")) continue;
      const type = pc.type ?? this.typeFromContext(pc.s, pc.e, j);
      // `İmam Xomeyni hava limanı`: a place named after a person keeps the title written in the name
      const prevPiece = ps[ps.indexOf(pc) - 1];
      if (type === "LOC" && prevPiece?.title && prevPiece.e === pc.s && !pc.known) {
        this.push({ tokStart: prevPiece.s, tokEnd: pc.e, type });
        continue;
      }
      // a lone head noun (`Hökumət`, `Saziş`) or common nouns alone name nothing by themselves
      const weak = !type && !pc.known && this.commonWords(pc.s, pc.e);
      this.push({ tokStart: pc.s, tokEnd: pc.e, type, known: pc.known, weak: weak || undefined });
    }
  }

  /** The type a piece gives the name it closes: its head noun's, or ORG for a national body. */
  private closingType(pc: Piece, endsOrg: boolean, prev?: Piece): EntityType | null {
    if (pc.title || pc.type === "PER") return null;
    if (endsOrg) return "ORG";
    if (pc.known) return pc.known.type === "ORG" && !pc.known.international ? "ORG" : null;
    const last = this.toks[pc.e - 1];
    if (!startsUpper(last) || hasBase(this.lx.documentHeads, last.lower, this.lx)) return null;
    const head = this.headKind(last);
    // a head alone is a common noun (`Hökumətin`), not a name, unless a country in the nominative names
    // the body (`Fələstin Administrasiyası`)
    // or a person it is named after (`Heydər Əliyev Mərkəzi`)
    const namedBefore = !!prev && prev.e === pc.s && ((!!prev.known?.iso && this.nominative(prev)) || prev.type === "PER");
    return head && (pc.e - pc.s > 1 || (namedBefore && head === "ORG")) ? head : null;
  }

  /** The lower-case word at i when it is a head of this type. */
  private lowerHead(i: number, type: EntityType): Token | null {
    const t = this.toks[i];
    return t && t.kind === "word" && !startsUpper(t) && this.headKind(t) === type ? t : null;
  }

  /** A word that is the surname of a known person (and no known name itself). */
  private knownSurname(i: number): boolean {
    const t = this.toks[i];
    if (!isWord(t) || !startsUpper(t)) return false;
    for (const b of baseForms(t.lower, this.lx)) if (this.lx.knownSurnames.has(b)) return !this.lx.known.has(b);
    return false;
  }

  /** A hyphenated word whose parts are both known names. */
  private pairOfNames(t: Token): boolean {
    const h = t.lower.indexOf("-");
    if (h <= 0 || this.lx.known.has(t.lower)) return false;
    const right = t.lower.slice(h + 1);
    return this.lx.known.has(t.lower.slice(0, h)) && baseForms(right, this.lx).some((b) => this.lx.known.has(b));
  }

  /** Whether a piece right before a closing piece is part of its name. */
  private joinsName(prev: Piece, closer: Piece, type: EntityType): boolean {
    if (prev.title) return true;
    if (prev.type === "PER") return closer.e - closer.s === 1 && !closer.known;
    // an unknown piece closed by its own head is a name of its own (`... Hava Limanında`);
    // a given name alone is a person's (`Asif Pakistan Silahlı Qüvvələrinin ...`)
    if (!prev.known) return !this.closingType(prev, false) && !(prev.e - prev.s === 1 && this.lx.given.has(this.toks[prev.s].lower));
    if (prev.known.type === "LOC") {
      // a city before an event's name is part of it (`Qəbələ Qlobal Gənclər Forumu`), a country is not
      if (type === "MISC") return this.nominative(prev) && !prev.known.iso;
      // a place in the genitive owns a body known by itself (`Litvanın Nazirlər Kabineti`): two names;
      // an official name spells its country (`X Respublikasının Silahlı Qüvvələri`)
      return this.nominative(prev) || (type === "ORG" && !closer.known && this.genitive(this.toks[prev.e - 1]));
    }
    return prev.known.type === "ORG";
  }

  /** A word with a genitive ending (`Respublikasının`, `ABŞ-ın`). */
  private genitive(t: Token): boolean {
    return endingsOf(t.lower, this.lx).some((e) => e.case === "gen");
  }

  /** A known name written in its nominative form. */
  private nominative(pc: Piece): boolean {
    let key = "";
    for (let k = pc.s; k < pc.e; k++) key += (k > pc.s ? " " : "") + this.toks[k].lower;
    return this.lx.known.has(key);
  }

  /** Every word is a common word the morphology knows (noun, adjective, verb...), or a head. */
  private commonWords(s: number, e: number): boolean {
    for (let k = s; k < e; k++) {
      const t = this.toks[k];
      if (!isCommonWord(t) && !this.headKind(t)) return false;
    }
    return true;
  }

  /** The type of an unknown name from the words around it. */
  private typeFromContext(s: number, e: number, chainEnd: number): EntityType | null {
    const type = this.typeByNeighbours(s, e, chainEnd);
    // an unknown acronym is a body (`ECO-nun`), never a person, whatever title stands before it
    return type === "PER" && e - s === 1 && isAcronym(this.toks[s]) ? "ORG" : type;
  }

  private typeByNeighbours(s: number, e: number, chainEnd: number): EntityType | null {
    const next = this.toks[e];
    if (e === chainEnd && next && next.kind === "word" && !startsUpper(next)) {
      // `X hava limanına`: a place's or facility's head, of one word or several
      if (hasBase(this.lx.placeHeads, next.lower, this.lx)) return "LOC";
      const placeHead = this.headPhrase(this.lx.placeHeads, e) > e || this.headPhrase(this.lx.facilityHeads, e) > e;
      if (placeHead && !this.commonWords(s, e)) return "LOC";
      // `X şirkəti`, `X agentliyi`: a body's head after a name nothing else explains
      if (hasBase(this.lx.orgHeads, next.lower, this.lx) && !this.commonWords(s, e)) return "ORG";
      // `Yuxarı Kənd və Çaylı kəndlərinin`: names joined before a plural head share it
      if (this.lx.connectors.has(next.lower) && this.nameLike(e + 1) && !this.nameLike(e + 2) && this.placeHeadAt(e + 2)) return "LOC";
      if (this.lx.personAfter.has(next.lower)) return "PER";
    }
    const prev = this.toks[s - 1];
    if (prev && s - 1 >= this.start && this.isTitle(s - 1) && !this.commonWords(s, e)) return "PER";
    // a word the lexicon knows as a common one (`Təyin`, `Məsləhətinin`) is no surname
    const last = this.toks[e - 1];
    // (a surname's shape alone is weak evidence: the document may name the same words a place elsewhere)
    if (!isCommonWord(last) && surnameShaped(last.lower, this.lx, e - s > 1 ? false : true) && !this.namedElsewhere(s, e)) return "PER";
    return null;
  }

  /** The words [s, e) are written in quotes elsewhere in the document (`"Aşağı Kənd" stansiyası`). */
  private namedElsewhere(s: number, e: number): boolean {
    const text = this.ctx.doc.text;
    const words = text.slice(this.toks[s].start, this.toks[e - 1].end);
    return e - s > 1 && (text.includes(`“${words}”`) || text.includes(`"${words}"`) || text.includes(`«${words}»`));
  }

  // ---- text in capitals or lower case: only what the tables know --------------------------

  private byLexicon(mode: SentenceMode): void {
    let i = this.start;
    while (i < this.end) {
      const t = this.toks[i];
      if (!isWord(t)) { i++; continue; }
      const known = this.matchKnown(i, this.end);
      if (known && !(known.end - i === 1 && (this.lx.notNames.has(t.lower) || (mode === "lower" && known.k.type === "ORG")))) {
        this.push({ tokStart: i, tokEnd: known.end, type: known.k.type, known: known.k, recase: true });
        i = known.end;
        continue;
      }
      const next = this.toks[i + 1];
      if (this.lx.given.has(t.lower) && isWord(next) && surnameShaped(next.lower, this.lx, false)) {
        this.push({ tokStart: i, tokEnd: i + 2, type: "PER", recase: true });
        i += 2;
        continue;
      }
      if (mode === "caps" && surnameShaped(t.lower, this.lx, true)) {
        this.push({ tokStart: i, tokEnd: i + 1, type: "PER", recase: true });
      }
      i++;
    }
  }
}

/** The word up to its first hyphen or apostrophe (`MMC-nin` -> `MMC`): what `split(/[-'’]/)[0]` gives. */
function beforeJoiner(w: string): string {
  for (let x = 0; x < w.length; x++) {
    const c = w[x];
    if (c === "-" || c === "'" || c === "’") return w.slice(0, x);
  }
  return w;
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
