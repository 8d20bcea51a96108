// Recognition of names in one sentence: known names (gazetteers), capitalised chains split into
// pieces (people, places, organisations, events) by context: titles before a name, given names,
// surname shapes, head nouns (ministry, city, summit), legal forms, quotation marks.
// Works on tokens only; every word it knows comes from the language's tables.
import type { Doc, EntityType, Sentence, Token } from "../../text/doc.js";
import { isUpperChar } from "../../text/chars.js";
import type { KnownName } from "./tables.js";
import { baseForms, endingsOf, hasBase, isCommonWord, surnameShaped, type Lexicon } from "./lexicon.js";

export interface Mention {
  tokStart: number;
  tokEnd: number;
  /** null: a name whose type the sentence does not show (decided over the whole document). */
  type: EntityType | null;
  known?: KnownName;
  /** Words the canonical name adds after the span (a head outside quotes: ` sammiti`). */
  nameTail?: string;
  /** Written in capitals or lower case only: the name is re-cased. */
  recase?: boolean;
  /** Only kept when the document names it elsewhere (a capital at a sentence start). */
  weak?: boolean;
}

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
const startsUpper = (t: Token) => isUpperChar(t.norm[0]);
/** `ECO`, `ECO-nun`: an acronym, which ends a person's name rather than continuing it. */
export function isAcronym(t: Token): boolean {
  const head = t.norm.split(/[-'’]/)[0];
  return t.kind === "abbr" || (head.length >= 2 && head === head.toUpperCase() && head !== head.toLowerCase());
}
const isQuote = (t: Token | undefined) => !!t && t.kind === "punct" && t.norm === '"';

/** An initial written with the name (V.Putin) or alone (V.). */
function isInitialWord(t: Token): boolean {
  return t.kind === "initial" || (t.norm.length > 2 && t.norm[1] === "." && isUpperChar(t.norm[0]));
}

export function sentenceMode(doc: Doc, s: Sentence): SentenceMode {
  let words = 0, caps = 0;
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const t = doc.tokens[i];
    if (t.kind !== "word" || t.norm.length < 2) continue;
    words++;
    if (t.norm === t.norm.toUpperCase() && t.norm !== t.norm.toLowerCase()) caps++;
  }
  return words >= 3 && caps >= words * 0.7 ? "caps" : "normal";
}

export class SentenceRecogniser {
  private readonly toks: Token[];
  private readonly lx: Lexicon;
  private start = 0;
  private end = 0;
  out: Mention[] = [];

  constructor(private readonly ctx: RecogniseContext) {
    this.toks = ctx.doc.tokens;
    this.lx = ctx.lx;
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
    const first = this.toks[i];
    if (!isWord(first)) return null;
    const firstBases = baseForms(first.lower, this.lx);
    let maxWords = 1;
    for (const b of firstBases) maxWords = Math.max(maxWords, this.lx.knownFirst.get(b) ?? 0);
    if (!this.lx.knownFirst.has(first.lower) && maxWords === 1) {
      for (const b of firstBases) { const k = this.lx.known.get(b); if (k) return { end: i + 1, k }; }
      return null;
    }
    for (let n = Math.min(maxWords, limit - i); n >= 1; n--) {
      let prefix = "";
      let ok = true;
      for (let m = i; m < i + n - 1; m++) {
        const t = this.toks[m];
        if (!isWord(t) || (m > i && t.lineBefore)) { ok = false; break; }
        prefix += t.lower + " ";
      }
      if (!ok) continue;
      const last = this.toks[i + n - 1];
      if (!isWord(last) || (n > 1 && last.lineBefore)) continue;
      for (const b of baseForms(last.lower, this.lx)) {
        const k = this.lx.known.get(prefix + b);
        if (k) return { end: i + n, k };
      }
    }
    return null;
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
    if (hasBase(this.lx.orgHeads, t.lower, this.lx)) return "ORG";
    if (hasBase(this.lx.miscHeads, t.lower, this.lx)) return "MISC";
    if (hasBase(this.lx.placeHeads, t.lower, this.lx)) return "LOC";
    return null;
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
        const q = this.quotedName(i);
        if (q > i) { i = q; continue; }
      }
      if (!this.nameLike(i)) { i++; continue; }
      i = this.chain(i);
    }
  }

  /** `"Azərenerji" ASC`, `"Mərkəzi Asiya-Rusiya" sammitində`: the name inside, typed by the head after. */
  private quotedName(q: number): number {
    const first = this.toks[q + 1];
    if (!first || first.spaceBefore || !this.nameLike(q + 1)) return q;
    let c = q + 1;
    while (c < this.end && c - q <= 8 && !isQuote(this.toks[c])) {
      const t = this.toks[c];
      if (!(isWord(t) || t.kind === "number")) return q;
      c++;
    }
    if (!isQuote(this.toks[c]) || c === q + 1) return q;
    const head = this.toks[c + 1];
    if (!head || !isWord(head)) return q;
    let type: EntityType | null = null;
    let tail = "";
    if (this.legalFormAt(c + 1)) {
      type = "ORG";
      const h = head.norm.indexOf("-");
      tail = " " + (h > 0 ? head.norm.slice(0, h) : head.norm);
    } else if (!startsUpper(head)) {
      type = this.headKind(head);
      if (type === "LOC") type = null; // `"Qarabağ" stadionu` is not a place's name
      // an event's head is part of its name (`"Yaşıl Keçid" forumu`); a body's is a descriptor (`"Politico" qəzeti`)
      if (type === "MISC") tail = " " + this.headBase(head);
    }
    if (!type) return q;
    this.push({ tokStart: q + 1, tokEnd: c, type, nameTail: tail });
    return c + 2;
  }

  /** The nominative of a head noun (case ending off, possessive kept): sammitində -> sammiti. */
  private headBase(t: Token): string {
    for (const b of baseForms(t.lower, this.lx)) {
      if (this.lx.orgHeads.has(b) || this.lx.miscHeads.has(b) || this.lx.placeHeads.has(b)) return t.norm.slice(0, b.length);
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
      if (this.detachedEnding(this.toks[j - 1])) break;
      if (this.nameLike(j)) { j++; continue; }
      // fon der Lyayen, bin Salman: particles between parts of one person's name
      if (this.lx.particles.has(t.lower) && this.nameLike(j + 1) && !this.toks[j + 1].lineBefore) { j += 2; continue; }
      break;
    }
    // `Marşal adalarından`: a country's name may go on in lower case
    const country = this.matchKnown(j - 1, this.end);
    if (country && country.end > j && country.k.iso) j = country.end;
    // `Meliorasiya və Su Təsərrüfatı ASC`: a connector joins two runs when the whole ends as an organisation
    while (j + 1 < this.end && this.lx.connectors.has(this.toks[j].lower) && this.nameLike(j + 1)) {
      let k = j + 2;
      while (k < this.end && this.nameLike(k) && !this.toks[k].lineBefore) k++;
      const last = this.toks[k - 1];
      if (this.headKind(last) === "ORG" || this.legalFormAt(k)) j = k;
      else break;
    }
    // a lower-case head can close a capitalised organisation name: `Mətbuat xidmətinin`
    let headLower = false;
    if (j < this.end && j - i >= 2 && this.toks[j].kind === "word" && !startsUpper(this.toks[j])
      && hasBase(this.lx.orgHeadsLower, this.toks[j].lower, this.lx)) {
      j++;
      headLower = true;
    }
    const legal = this.legalFormAt(j);
    if (legal) j++;
    const closedByForm = headLower || legal || this.legalFormAt(j - 1);
    const endsOrg = closedByForm || this.headKind(this.toks[j - 1]) === "ORG";

    let a = i;
    if (this.atSentenceStart(i) && endsOrg && j - i > 2 && this.commonAtStart(i, j)) a = i + 1;
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
    return endingsOf(t.lower, this.lx).some((e) => e.case !== "gen" && t.lower.length - e.stemLength >= 2);
  }

  /** A capitalised first word of a sentence that is a name by itself. */
  private trustedAtStart(i: number, j: number): boolean {
    const t = this.toks[i];
    if (t.kind === "abbr" || isInitialWord(t)) return true;
    if (t.norm.length > 1 && t.norm === t.norm.toUpperCase()) return true;
    if (this.matchKnown(i, j)) return true;
    if (this.lx.given.has(t.lower) && j - i > 1) return true;
    if (surnameShaped(t.lower, this.lx, true)) return true;
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
        ps.push({ s: p, e: known.end, type: known.k.type, known: known.k });
        p = known.end;
        continue;
      }
      if (this.personStart(p, j)) {
        let q = p + 1;
        while (q < j && q - p < 4 && !this.isTitle(q) && !this.lx.known.has(this.toks[q].lower) && !this.knownPlaceInCase(q) && !this.headKind(this.toks[q]) && !isAcronym(this.toks[q])) q++;
        if (this.lx.particles.has(this.toks[q - 1]?.lower)) q--;
        ps.push({ s: p, e: q, type: "PER" });
        p = q;
        continue;
      }
      if (this.isTitle(p) && p + 1 < j) {
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
      while (q < j && !this.matchKnown(q, j) && !this.personStart(q, j) && !(this.isTitle(q) && !this.headKind(this.toks[q]))
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
      const type = this.closingType(closer, x === ps.length - 1 && closer.e === j && closedByForm);
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
      const eventHead = pc.e === j && !pc.known && pc.type !== "PER" ? this.lowerHead(j, "MISC") : null;
      if (eventHead) {
        this.push({ tokStart: pc.s, tokEnd: pc.e, type: "MISC", nameTail: " " + this.headBase(eventHead) });
        continue;
      }
      const type = pc.type ?? this.typeFromContext(pc.s, pc.e, j);
      // a lone head noun (`Hökumət`, `Saziş`) or common nouns alone name nothing by themselves
      const weak = !type && !pc.known && this.commonWords(pc.s, pc.e);
      this.push({ tokStart: pc.s, tokEnd: pc.e, type, known: pc.known, weak: weak || undefined });
    }
  }

  /** The type a piece gives the name it closes: its head noun's, or ORG for a national body. */
  private closingType(pc: Piece, endsOrg: boolean): EntityType | null {
    if (pc.title || pc.type === "PER") return null;
    if (endsOrg) return "ORG";
    if (pc.known) return pc.known.type === "ORG" && !pc.known.international ? "ORG" : null;
    const last = this.toks[pc.e - 1];
    if (!startsUpper(last)) return null;
    const head = this.headKind(last);
    // a head alone is a common noun (`Hökumətin`), not a name
    return head && pc.e - pc.s > 1 ? head : null;
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
    // an unknown piece closed by its own head is a name of its own (`... Hava Limanında`)
    if (!prev.known) return !this.closingType(prev, false);
    // a place in the genitive owns the body (`Litvanın Nazirlər Kabineti`): two names
    if (prev.known.type === "LOC") return type !== "MISC" && this.nominative(prev);
    return prev.known.type === "ORG";
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
      if (hasBase(this.lx.placeHeads, next.lower, this.lx)) return "LOC";
      if (this.lx.personAfter.has(next.lower)) return "PER";
    }
    const prev = this.toks[s - 1];
    if (prev && s - 1 >= this.start && this.isTitle(s - 1) && !this.commonWords(s, e)) return "PER";
    // a word the lexicon knows as a common one (`Təyin`, `Məsləhətinin`) is no surname
    const last = this.toks[e - 1];
    if (!isCommonWord(last) && surnameShaped(last.lower, this.lx, e - s > 1 ? false : true)) return "PER";
    return null;
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
