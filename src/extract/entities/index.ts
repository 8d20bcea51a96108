// The entity stage: names of people, places, organisations and events, with their canonical
// (nominative) form. Sentences are read one by one (recognise.ts); then the document decides
// what a sentence alone could not: the type of a bare name and the stem of an inflected one.
import type { Stage } from "../../pipeline.js";
import type { Doc, Entity, EntityType, Token } from "../../text/doc.js";
import type { Language } from "../../lang/types.js";
import { lexicon, baseForms, endingsOf, endsWithAny, hasBase, headKindOf, isCommonWord, startsUpper, surnameShaped, type Lexicon } from "./lexicon.js";
import { beforeJoiner, isInitialWord, isLetterAbbreviation, isQuote, isWord } from "./words.js";
import { isAcronym, SentenceRecogniser, sentenceMode, type Mention, type SentenceMode } from "./recognise.js";
import type { Case, KnownName } from "./tables.js";
import { compile } from "../../morph/compile.js";
import { analyzeWord } from "../../morph/index.js";
import { countBefore } from "../../text/ordered.js";
import type { CommonReading } from "./scope.js";

export const entityStage: Stage = {
  name: "entities",
  run(doc, lang) {
    if (!lang.entities) return;
    doc.entities = findEntities(doc, lang);
  },
};

export function findEntities(doc: Doc, lang: Language): Entity[] {
  const lx = lexicon(lang.entities!, lang.lower);
  const lowerSeen = new Set<string>();
  let words = 0, capitalised = 0;
  for (const t of doc.tokens) {
    // (an abbreviation in capitals shows the text keeps its capitals: `TDT çərçivəsində …` is no lower-cased text)
    if (t.kind === "abbr" && startsUpper(t)) capitalised++;
    if (t.kind !== "word") continue;
    words++;
    if (startsUpper(t)) capitalised++;
    else lowerSeen.add(t.lower);
  }
  const lowerDoc = words >= 8 && capitalised < words * 0.02;
  const common = commonReaders(lang);
  const rec = new SentenceRecogniser({ doc, lx, lowerSeen, attested: attestedRoots(lang), commonReading: common?.reading, commonRoot: common?.root, listedWord: listedWords(lang) });
  const mentions: Mention[] = [];
  for (const s of doc.sentences) {
    const mode: SentenceMode = lowerDoc ? "lower" : sentenceMode(doc, s);
    mentions.push(...rec.run(s, mode));
  }
  cityBeforeDistrictBody(doc, lx, mentions);
  amountUnits(doc, lang, mentions);
  namedAfterPerson(doc, lang, mentions);
  listBeforePlaceHead(doc, lx, mentions);
  personBeforeBody(doc, lx, mentions);
  personBeforeNamedBody(doc, lx, mentions);
  titledPersonBeforeBody(doc, lx, mentions);
  return new DocumentNames(doc, lx, lang, mentions, lowerSeen).entities();
}

/** `Həmid Qasımov Mərkəzi Aran Regional Təhsil İdarəsinin müdiri`: a known given name and a surname of a surname's shape
 *  opening a body's name whose third word is a head (`Mərkəzi`, central, also the head centre) with three or more words
 *  after it, the last a head: the person, then the body (a list of appointees, each before the body they head). A body
 *  named after the person ends at that head (`X Y Mərkəzi`). */
function personBeforeBody(doc: Doc, lx: Lexicon, mentions: Mention[]): void {
  const toks = doc.tokens;
  for (let x = mentions.length - 1; x >= 0; x--) {
    let m = mentions[x];
    const s = m.tokStart, next = mentions[x + 1];
    // (the head may have closed a body of its own, the rest another: `Nəzim Həsənov Mərkəzi` + `Muğan … İdarəsinin`)
    const joined = m.type === "ORG" && !m.known && m.tokEnd - s === 3 && next?.type === "ORG" && next.tokStart === m.tokEnd && !next.known;
    if (joined) m = { ...next, tokStart: s };
    if (m.type !== "ORG" || m.known || m.tokEnd - s < 6) continue;
    const [g, f, h] = [toks[s], toks[s + 1], toks[s + 2]];
    if (!givenNameShaped(g, lx) || !surnameShaped(f.lower, lx, true) || f.analysis?.case || !startsUpper(h)) continue;
    if (!headKindOf(h.lower, true, lx) || headKindOf(toks[m.tokEnd - 1].lower, true, lx) !== "ORG") continue;
    if ([g, f, h].some((t) => t.kind !== "word") || lx.known.has(`${g.lower} ${f.lower}`) && lx.known.get(`${g.lower} ${f.lower}`)!.type !== "PER") continue;
    mentions.splice(x, joined ? 2 : 1, { tokStart: s, tokEnd: s + 2, type: "PER" }, { ...m, tokStart: s + 2, name: undefined });
  }
}

/** A known given name, or a bare proper name of no surname's shape that is no known name or head. */
function givenNameShaped(g: Token, lx: Lexicon): boolean {
  return lx.given.has(g.lower) || (g.analysis?.pos === "PROPN" && !g.analysis.case && !surnameShaped(g.lower, lx, false) && !lx.known.has(g.lower) && !headKindOf(g.lower, true, lx));
}

/** `Natiq Cəfərli Real TV-də`: a known given name and a surname the document names as a person elsewhere (`N. Cəfərliyə`),
 *  opening a body's name of a proper name and a head: the person, then the body (a guest, then the channel). A body named
 *  after a person has its head or an adjective right after the name (`X Y Fondu`, `X Y Beynəlxalq Mərkəzi`). */
function personBeforeNamedBody(doc: Doc, lx: Lexicon, mentions: Mention[]): void {
  const toks = doc.tokens;
  for (let x = mentions.length - 1; x >= 0; x--) {
    const m = mentions[x], s = m.tokStart;
    if (m.type !== "ORG" || m.known || m.tokEnd - s < 4) continue;
    const [g, f, h] = [toks[s], toks[s + 1], toks[s + 2]];
    if ([g, f, h].some((t) => t.kind !== "word") || !givenNameShaped(g, lx) || !surnameShaped(f.lower, lx, false) || f.analysis?.case) continue;
    if (h.analysis?.pos !== "PROPN" || headKindOf(h.lower, true, lx) || headKindOf(toks[m.tokEnd - 1].lower, true, lx) !== "ORG") continue;
    const surname = f.analysis?.stem ?? f.lower;
    const named = mentions.some((o) => o !== m && o.type === "PER" && (toks[o.tokEnd - 1].analysis?.stem ?? toks[o.tokEnd - 1].lower) === surname);
    if (!named) continue;
    mentions.splice(x, 1, { tokStart: s, tokEnd: s + 2, type: "PER" }, { ...m, tokStart: s + 2, name: undefined });
  }
}

/** `… rəsmi nümayəndəsi Naser Kənani Azərbaycan XİN-in …`, `… komissarı Dan Yorgensen Cənub Qaz Dəhlizi … Şurasının`: a title
 *  noun, then a given name and a bare proper name opening a body's name that ends in a head: the title's holder, then the
 *  body. A title names a person after it, and a body named after a person has its head or an adjective right after the
 *  name, a proper name after it is another name's. */
function titledPersonBeforeBody(doc: Doc, lx: Lexicon, mentions: Mention[]): void {
  const toks = doc.tokens;
  for (let x = mentions.length - 1; x >= 0; x--) {
    const m = mentions[x], s = m.tokStart, title = toks[s - 1];
    if (m.type !== "ORG" || m.known || m.tokEnd - s < 3 || !title || title.kind !== "word" || startsUpper(title) || !hasBase(lx.titles, title.lower, lx)) continue;
    const [g, f, h] = [toks[s], toks[s + 1], toks[s + 2]];
    if ([g, f, h].some((t) => t.kind !== "word") || !givenNameShaped(g, lx) || f.analysis?.case || headKindOf(f.lower, true, lx)) continue;
    // (the head may be an abbreviation, `Azərbaycan XİN-in`; or the body one known name with its ending after a hyphen,
    // `… katibi X Y Turan-ın sualını`)
    const last = toks[m.tokEnd - 1];
    const knownBody = m.tokEnd - s === 3 && lx.known.get(beforeJoiner(h.lower))?.type === "ORG" && h.lower !== beforeJoiner(h.lower);
    if (!knownBody && (m.tokEnd - s < 4 || !startsUpper(h) || (headKindOf(h.lower, true, lx) && !lx.known.has(h.lower)) || (headKindOf(last.lower, true, lx) !== "ORG" && !isAcronym(last)))) continue;
    mentions.splice(x, 1, { tokStart: s, tokEnd: s + 2, type: "PER" }, { ...m, tokStart: s + 2, name: undefined });
  }
}

/** `Calut, Mollalı, Yemişanlı və Tərkeş kəndləri`: one-word names listed with commas and a coordinator before a
 *  lower-case place head they share are all places, whatever a name's own shape says (a surname's `-lı`). */
function listBeforePlaceHead(doc: Doc, lx: Lexicon, mentions: Mention[]): void {
  const toks = doc.tokens;
  const sep = (k: number) => toks[k]?.norm === "," || lx.coordinators.has(toks[k]?.lower ?? "");
  for (let x = mentions.length - 1; x > 0; x--) {
    const last = mentions[x], head = toks[last.tokEnd];
    if (last.tokEnd - last.tokStart !== 1 || !head || head.kind !== "word" || startsUpper(head) || !head.analysis?.plural) continue;
    if (!hasBase(lx.placeHeads, head.lower, lx) && !lx.placeHeads.has(head.analysis.stem)) continue;
    let y = x;
    while (y > 0 && mentions[y - 1].tokEnd === mentions[y].tokStart - 1 && mentions[y - 1].tokEnd - mentions[y - 1].tokStart === 1 && sep(mentions[y].tokStart - 1)) y--;
    if (x - y < 2) continue;
    for (let z = y; z <= x; z++) {
      const m = mentions[z];
      if (m.type !== "LOC" && m.known?.type !== "PER" && !lx.given.has(toks[m.tokStart].lower)) mentions[z] = { ...m, type: "LOC", known: m.type === "ORG" ? undefined : m.known };
    }
    x = y;
  }
}

/** `Heydər Əliyev adına Neft Emalı Zavodunun`: a person's name, the word that names after, then a body's capitalised name
 *  (no lower-case descriptor: `X adına hava limanı` stays the person's name): one body from the person on. */
function namedAfterPerson(doc: Doc, lang: Language, mentions: Mention[]): void {
  const words = new Set(lang.entities!.namedAfter ?? []);
  if (!words.size) return;
  const toks = doc.tokens;
  for (let x = mentions.length - 2; x >= 0; x--) {
    const per = mentions[x], body = mentions[x + 1], link = toks[per.tokEnd];
    if (per.type !== "PER" || body.type !== "ORG" || body.tokStart !== per.tokEnd + 1 || !link || !words.has(link.lower)) continue;
    if (toks[per.tokEnd - 1].analysis?.case) continue;
    mentions.splice(x, 2, { ...body, tokStart: per.tokStart, known: undefined, name: undefined });
  }
}

/** A currency code after an amount (`200 AZN`, `5 mln USD`): a unit, no entity. */
function amountUnits(doc: Doc, lang: Language, mentions: Mention[]): void {
  const codes = new Set(lang.entities!.currencyCodes ?? []);
  if (!codes.size) return;
  const toks = doc.tokens;
  const amount = (k: number) => k >= 0 && (toks[k].kind === "number" || /^[0-9]/.test(toks[k].norm)
    || (k > 0 && /^[0-9]/.test(toks[k - 1].norm) && toks[k].norm.length <= 4 && !startsUpper(toks[k])));
  for (let x = mentions.length - 1; x >= 0; x--) {
    const m = mentions[x];
    if (m.tokEnd - m.tokStart === 1 && codes.has(toks[m.tokStart].norm) && amount(m.tokStart - 1)) mentions.splice(x, 1);
  }
}

/** `Bakı şəhəri Xətai Rayon Məhkəməsi`: a city, its lower-case head in the nominative, then a district's body (its
 *  second word a capitalised place head, `Rayon`): one body from the city on, as the body's full official name. */
function cityBeforeDistrictBody(doc: Doc, lx: Lexicon, mentions: Mention[]): void {
  const toks = doc.tokens, heads = lx.placeHeads;
  for (let x = mentions.length - 2; x >= 0; x--) {
    const city = mentions[x], body = mentions[x + 1], head = toks[city.tokEnd];
    if (city.type !== "LOC" || body.type !== "ORG" || body.tokStart !== city.tokEnd + 1 || body.tokEnd - body.tokStart < 3) continue;
    if (!head || head.kind !== "word" || startsUpper(head) || !heads.has(head.lower) || (head.analysis?.case && head.analysis.case !== "acc")) continue;
    const second = toks[body.tokStart + 1], last = toks[city.tokEnd - 1];
    // (the city in the nominative: no case, or written as the tables know it, `Gəncə` read as a dative of `gənc`)
    if (!startsUpper(second) || !heads.has(second.lower) || (last.analysis?.case && !lx.known.has(last.lower))) continue;
    mentions.splice(x, 2, { ...body, tokStart: city.tokStart, known: undefined, name: undefined });
  }
}

/** Whether the language's list of real words holds a root together with its inflections (a common
 *  word, `korrupsiya`, `korrupsiyanın`), not only as written once (a name, `orban`); undefined when
 *  the language gives no such list. */
function attestedRoots(lang: Language): ((lowerRoot: string) => boolean) | undefined {
  const att = lang.morph?.attested ? compile(lang.morph).attestation : null;
  if (!att) return undefined;
  // the score of a root found bare and with one of its probe suffixes
  const common = lang.morph!.attested!.weights.N[2] ?? Infinity;
  return (w) => att.score(w, "N") >= common;
}

/** Whether the language's word list holds a word (lower case) or its stem at all, if only bare; undefined when the
 *  language gives no such list. */
function listedWords(lang: Language): ((lowerWord: string) => boolean) | undefined {
  const att = lang.morph?.attested ? compile(lang.morph).attestation : null;
  if (!att) return undefined;
  const listed = lang.morph!.attested!.weights.N[1] ?? Infinity;
  return (w) => {
    const a = analyzeWord(w, w, lang);
    if (!a.pos || a.pos === "PROPN" || a.pos === "NUM") return false;
    return att.score(a.stem, a.pos === "VERB" ? "V" : "N") >= listed;
  };
}

/** What the morphology says of a word (lower case: one written in capitals) as a common word of the language. */
interface CommonReaders {
  /** How it reads the word as a common word: a root its lexicon knows, or that the word list holds with its
   *  inflections, or a closed-class word. */
  reading: (lowerWord: string) => CommonReading | null;
  /** Whether the word is a common noun or adjective of a root the lexicon holds, or one the word list holds bare and
   *  with each probe ending (the highest score). */
  root: (lowerWord: string) => boolean;
}

const readers = new WeakMap<Language, CommonReaders>();

/** The language's common-word readers (one compiled morphology for both); undefined when it has no morphology. */
function commonReaders(lang: Language): CommonReaders | undefined {
  if (!lang.morph) return undefined;
  let r = readers.get(lang);
  if (r) return r;
  const c = compile(lang.morph);
  const att = lang.morph.attested ? c.attestation : null;
  const weights = lang.morph.attested?.weights.N ?? [];
  const common = weights[2] ?? Infinity;
  const top = weights.length ? weights[weights.length - 1] : Infinity;
  const nominal = (root: string) => c.known.N.has(root) || c.known.adj.has(root);
  r = {
    reading: (w) => {
      const a = analyzeWord(w, w, lang);
      if (!a.pos || a.pos === "PROPN" || a.pos === "NUM") return null;
      const root = a.stem, verb = a.pos === "VERB";
      const known = a.pos === "OTHER" || (verb ? c.known.V.has(root) : nominal(root))
        || (!!att && att.score(root, verb ? "V" : "N") >= common)
        // a finite verb the morphology builds with a tense on a derived or voiced stem (`cərimə-lən-di`): no
        // name is read so, though its derived stem is in no list (`FALÇI CƏRİMƏLƏNDİ` is a headline's verb)
        || (verb && a.verbForm === "fin" && !!a.tense && (a.suffixes?.length ?? 0) >= 2);
      if (!known) return null;
      return a.case || a.poss || a.plural || a.tense || a.verbForm ? "inflected" : "bare";
    },
    root: (w) => {
      const a = analyzeWord(w, w, lang);
      if (a.pos !== "NOUN" && a.pos !== "ADJ") return false;
      return nominal(a.stem) || (!!att && att.score(a.stem, "N") >= top);
    },
  };
  readers.set(lang, r);
  return r;
}

interface Stem {
  length: number;
  case?: Case;
}

/** Decisions over the whole document: types of bare names, stems of inflected ones, entities. */
class DocumentNames {
  private readonly toks: Token[];
  /** How many mentions allow each stem of their last word (lower case). */
  private readonly stemVotes = new Map<string, number>();
  /** Known names the article writes in full (not only as an abbreviation). */
  private readonly spelledOut = new Set<KnownName>();
  /** Women's surnames the article writes after a woman's given name (lower case, nominative). */
  private readonly feminine = new Set<string>();
  /** Last words (lower case) of people's names that stand as the subject of their sentence: written
   *  in the nominative, whatever ending they seem to have (`Metsola` is no dative of `Metsol`). */
  private readonly subjectWords = new Set<string>();
  /** Last words of people's names written after an initial (`Ş. Hüseyni`): surnames, so a stem that is
   *  a given name (`Hüseyn`) is no reading of them. */
  private readonly initialled = new Set<Token>();
  /** The same words (lower case): the article's own surname wherever it writes it after a person's given name
   *  (`Şəmsəddin Hüseyni` beside `Ş. Hüseyni` is no accusative of `Hüseyn`), so short and full forms link. */
  private readonly initialledWords = new Set<string>();
  /** Last words of people's names of more than one word (a given name before them). */
  private readonly fullNameLast = new Set<Token>();
  /** Last words of names written before a head noun with its possessive (`Nevada səhrasında`): in the
   *  nominative or the genitive, never in another case. */
  private readonly beforeHead = new Set<Token>();
  /** Chosen stems per token, for a person's name and for any other. */
  private readonly personStems = new Map<Token, Stem>();
  private readonly otherStems = new Map<Token, Stem>();

  constructor(private readonly doc: Doc, private readonly lx: Lexicon, private readonly lang: Language, private readonly mentions: Mention[],
    /** Words the document writes in lower case somewhere. */
    private readonly lowerSeen: ReadonlySet<string>) {
    this.toks = doc.tokens;
    for (const m of mentions) {
      if (m.known) continue;
      for (const c of this.candidates(this.toks[m.tokEnd - 1])) {
        const k = this.stemKey(this.toks[m.tokEnd - 1], c);
        this.stemVotes.set(k, (this.stemVotes.get(k) ?? 0) + 1);
      }
    }
    this.findFeminineSurnames();
    this.findSubjectNames();
    this.findNominativeNames();
    this.findInitialledSurnames();
    this.findNamesBeforeHeads();
  }

  /** `Nevada səhrasında`, `Taiti adasında`, `X və Y kəndlərinə`: a name before a lower-case head noun
   *  that carries its possessive is the first part of a compound (nominative) or owns the head
   *  (genitive); a dative or accusative read on it is the name's own last letters. */
  private findNamesBeforeHeads(): void {
    for (const m of this.mentions) {
      let k = m.tokEnd;
      // over the names joined to this one before a head they share (`X və Y kəndlərinə`)
      while (k + 1 < this.toks.length && this.lx.coordinators.has(this.toks[k].lower) && this.toks[k + 1].kind === "word" && startsUpper(this.toks[k + 1])) k += 2;
      if (this.possessiveHead(k)) this.beforeHead.add(this.toks[m.tokEnd - 1]);
    }
  }

  /** A lower-case head noun (place, facility, event or body) at k written with its possessive. */
  private possessiveHead(k: number): boolean {
    const t = this.toks[k];
    if (!t || t.kind !== "word" || startsUpper(t)) return false;
    const lx = this.lx, lemma = this.lang.lower(t.lemma);
    for (const set of [lx.placeHeads, lx.facilityHeads, lx.miscHeads, lx.orgHeads]) {
      if (t.analysis?.poss === "3" && set.has(lemma)) return true;
      // the head's possessive form as the tables list it beside its bare form (`adası`, `kəndi`), not
      // the bare form (`kənd`, `kəndə`) nor a head that ends like a possessive (`birlik`)
      for (const b of baseForms(t.lower, lx)) if (set.has(b) && (set.has(b.slice(0, -1)) || set.has(b.slice(0, -2)))) return true;
    }
    return false;
  }

  private findInitialledSurnames(): void {
    for (const m of this.mentions) {
      const first = this.toks[m.tokStart];
      if (m.type !== "PER" || m.tokEnd - m.tokStart < 2) continue;
      if (isInitialWord(first) || isLetterAbbreviation(first)) {
        this.initialled.add(this.toks[m.tokEnd - 1]);
        this.initialledWords.add(this.toks[m.tokEnd - 1].lower);
      } else this.fullNameLast.add(this.toks[m.tokEnd - 1]);
    }
  }

  /** `Parlamentin sədri Roberta Metsola Çin ...`: a person's name that opens its sentence, with only
   *  the title phrase before it, is the sentence's subject, so in the nominative; a final vowel that
   *  reads as a dative or accusative is the name's own. Not where the stem without it is a name by
   *  its shape (`Baş naziri Oljas Bektenovu` is an object put first), nor where other mentions
   *  show the shorter stem more often (`Makronun`). */
  private findSubjectNames(): void {
    for (const m of this.mentions) {
      if (m.type !== "PER" || m.known || !this.opensSentence(m)) continue;
      const last = this.toks[m.tokEnd - 1];
      if (this.lx.personAfter.has(last.lower) || this.caseOnlyFinal(last)) continue;
      const [whole, ...stripped] = this.candidates(last);
      // only a lone vowel reads as a case ending here: longer endings are what they seem; but a name
      // right before a colon names the speaker of what follows, in the nominative (`Kristina Qayovişin:`)
      const speaker = this.toks[m.tokEnd]?.kind === "punct" && this.toks[m.tokEnd].norm === ":";
      if (!stripped.length || (!speaker && stripped.some((c) => last.norm.length - c.length > 1 || (c.case !== "dat" && c.case !== "acc")))) continue;
      const votes = (c: Stem) => this.stemVotes.get(this.stemKey(last, c)) ?? 0;
      if (stripped.some((c) => {
        const b = this.stemKey(last, c);
        // (nor where the stem is a known person's surname: `X Prezidenti Trampa` writes to Tramp)
        return this.lx.known.has(b) || this.lx.given.has(b) || this.lx.knownSurnames.has(b) || endsWithAny(b, this.lx.strongSurnames) || votes(c) > votes(whole);
      })) continue;
      this.subjectWords.add(last.lower);
    }
  }

  /** `X Y üçün`, `X Y kimi`, `X Y bildirib`: a person's name right before a postposition that takes the nominative, or
   *  before a word of saying (whose subject it is, or its dative addressee: `X-ə deyib`), is in the nominative; its last
   *  letters are the name's own, here and wherever the article writes the word again. Not where a stripped stem is a
   *  name the tables know (`Trampa kimi` stays open to `Tramp`). */
  private findNominativeNames(): void {
    const { nominativePostpositions: post, speakerWords: say, addressedSpeakerWords: sayTo } = this.lx;
    if (!post.size && !say.size && !sayTo.size) return;
    for (const m of this.mentions) {
      if (m.type !== "PER" || m.known) continue;
      const last = this.toks[m.tokEnd - 1], next = this.toks[m.tokEnd];
      if (!next || next.kind !== "word" || startsUpper(next) || this.lx.personAfter.has(last.lower)) continue;
      const [, ...stripped] = this.candidates(last);
      if (!stripped.length) continue;
      // (the word of saying itself, not a noun made from it: `X-in dedikləri`, `X-in açıqlaması`)
      const lemma = next.analysis?.case || next.analysis?.poss ? "" : this.lang.lower(next.lemma);
      if (!post.has(next.lower) && !say.has(lemma) && !(sayTo.has(lemma) && stripped.every((c) => c.case !== "dat"))) continue;
      if (stripped.some((c) => {
        const b = this.bareStem(last, c);
        return this.lx.known.has(b) || this.lx.given.has(b) || this.lx.knownSurnames.has(b);
      })) continue;
      this.subjectWords.add(last.lower);
    }
  }

  /** Only the person's title phrase stands between the sentence's start and the mention: names,
   *  titles and owners in the genitive (`Cənubi Afrika Respublikasının Prezidenti`); no other person
   *  (`Prezident X Y Prezidenti Z Hersoqa ...` puts its subject first) and no common word in another
   *  case (`Tədbirdə X Smitə mükafat verilib`). */
  private opensSentence(m: Mention): boolean {
    const start = this.doc.sentences[this.toks[m.tokStart].sent].tokStart;
    if (this.mentions.some((o) => o.type === "PER" && o.tokStart >= start && o.tokEnd <= m.tokStart)) return false;
    // (a body's name in the genitive may hold common words, `Beynəlxalq Türk Akademiyasının prezidenti X`; one in the
    // nominative is the subject itself, `X Bürosu Y-i axtarışa verdi`)
    let bodies: Mention[] | undefined;
    const inBody = (k: number) => (bodies ??= this.mentions.filter((o) => o !== m && o.type !== "PER" && o.tokStart >= start && o.tokEnd <= m.tokStart &&
      this.toks[o.tokEnd - 1].analysis?.case === "gen")).some((o) => o.tokStart <= k && k < o.tokEnd);
    for (let k = start; k < m.tokStart; k++) {
      const t = this.toks[k];
      // (a capitalised common word in no case belongs to an office's name before the title: `Daxili İşlər naziri`)
      // (not in a body's or place's name in the nominative: that is the subject itself, `X Xidməti deputat Y-i həbs edib`)
      const officeWord = startsUpper(t) && (!isCommonWord(t) || (k > start && (!t.analysis?.case || t.analysis.case === "nom")
        && !this.mentions.some((o) => o.type && o.type !== "PER" && o.tokStart <= k && k < o.tokEnd)));
      const titlePhrase = hasBase(this.lx.titles, t.lower, this.lx) || t.analysis?.case === "gen" || officeWord || inBody(k);
      if (!isWord(t) || !titlePhrase) return false;
    }
    return true;
  }

  /** `Günay Əkbərova`: after a woman's given name a surname's feminine ending is no dative, here and
   *  wherever the article writes the surname again (`Əkbərova bildirib`). */
  private findFeminineSurnames(): void {
    const { femaleGiven, feminineSurnames } = this.lx;
    if (!femaleGiven.size) return;
    for (const m of this.mentions) {
      if (m.tokEnd - m.tokStart < 2 || !femaleGiven.has(this.toks[m.tokStart].lower)) continue;
      const last = this.toks[m.tokEnd - 1];
      for (const c of this.candidates(last)) {
        const stem = this.stemKey(last, c);
        if (feminineSurnames.some((f) => stem.endsWith(f))) { this.feminine.add(stem); break; }
      }
    }
  }

  entities(): Entity[] {
    this.resolveTypes();
    this.mergeQuotedRuns();
    // an abbreviation names its entity by the full name only where the article spells it out
    for (const m of this.mentions) if (m.known && m.type && !this.abbreviated(m)) this.spelledOut.add(m.known);
    const out: Entity[] = [];
    for (const m of this.mentions) {
      if (!m.type) continue;
      // a person's name or a known name written in capitals for emphasis (`ƏRDOĞAN`, `BAKIDA`) is no
      // abbreviation: re-cased; a known name spelt so is one, as written (`NATO`, `ABŞ`)
      if (this.inCapitals(m)) {
        if (m.known && this.spelledAsWritten(m)) m.recase = false;
        else if (m.type === "PER" || m.known) m.recase = true;
      }
      const first = this.toks[m.tokStart], last = this.toks[m.tokEnd - 1];
      const { name, case: c } = this.canonical(m);
      const e: Entity = {
        start: first.start, end: last.end, text: this.doc.text.slice(first.start, last.end),
        type: m.type, name, tokStart: m.tokStart, tokEnd: m.tokEnd,
      };
      if (c) e.case = c === "acc" && this.compoundPossessive(m) ? "nom" : c;
      out.push(e);
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** `"Rusiya Dəmir Yolları"nın`: capitalised names filling quotation marks with no head after them, one of which the
   *  document has typed a body, are that one body (as the sentence merges them where it types the body itself). */
  private mergeQuotedRuns(): void {
    for (let x = 0; x < this.mentions.length; x++) {
      const c = this.mentions[x].quotedRun;
      if (c === undefined) continue;
      let y = x;
      while (y + 1 < this.mentions.length && this.mentions[y].tokEnd < c && this.mentions[y + 1].tokStart === this.mentions[y].tokEnd) y++;
      const run = this.mentions.slice(x, y + 1);
      if (this.mentions[y].tokEnd !== c || run.length < 2 || !run.some((m) => m.type === "ORG") || run.some((m) => !m.type)) continue;
      const s = this.mentions[x].tokStart;
      this.mentions.splice(x, run.length, { tokStart: s, tokEnd: c, type: "ORG", name: this.doc.text.slice(this.toks[s].start, this.toks[c - 1].end) });
    }
  }

  /** Bare names take the type of another mention of the same name; weak ones need one. */
  private resolveTypes(): void {
    const perWords = new Set<string>();
    const typed = new Map<string, EntityType>();
    for (const m of this.mentions) {
      if (!m.type || m.weak) continue;
      if (m.type === "PER") {
        for (let k = m.tokStart; k < m.tokEnd; k++) perWords.add(this.stemKey(this.toks[k], this.chooseStem(this.toks[k], "PER")));
        // a person's full name types its bare mentions (`deyə Kristi Noem bildirib`)
        if (m.tokEnd - m.tokStart > 1) typed.set(this.lang.lower(this.canonical(m).name), "PER");
      } else {
        typed.set(this.lang.lower(this.canonical(m).name), m.type);
        // a name whose canonical form adds a head (`"X" stansiyası`) also types its bare words
        if (m.name || m.nameTail) {
          const words = this.lang.lower(this.doc.text.slice(this.toks[m.tokStart].start, this.toks[m.tokEnd - 1].end));
          if (!typed.has(words)) typed.set(words, m.type);
        }
      }
    }
    for (const m of this.mentions) {
      if (m.type && !m.weak) continue;
      const last = this.toks[m.tokEnd - 1];
      let type: EntityType | null = null;
      if (m.tokEnd - m.tokStart === 1) {
        for (const c of this.candidates(last)) if (perWords.has(this.stemKey(last, c))) { type = "PER"; break; }
      }
      if (!type) {
        m.type = "ORG";
        type = typed.get(this.lang.lower(this.canonical(m).name)) ?? null;
      }
      if (!type && !m.weak) type = this.defaultType(m);
      m.type = type;
    }
  }

  /** A capitalised name nothing else explains. */
  private defaultType(m: Mention): EntityType {
    const last = this.toks[m.tokEnd - 1];
    // an acronym first: `ƏDV-nin` ends like a surname (-in) but names no person
    if (isAcronym(last) || last.norm === last.norm.toUpperCase()) return "ORG";
    // (a lone unknown word in the locative is where something is, though it ends as surnames do: `Tyanjində`, `Krakovda`)
    if (m.tokEnd - m.tokStart === 1 && !this.givenNameWord(last) && this.chooseStem(last, null).case === "loc") return "LOC";
    if (!isCommonWord(last) && surnameShaped(last.lower, this.lx, false)) return "PER";
    if (m.tokEnd - m.tokStart === 1 && (this.givenNameWord(last) || this.joinedToPerson(m) || this.partnerOfPerson(m))) return "PER";
    if (this.subjectOfPersonWord(m)) return "PER";
    // a single word with a capital inside it is a body's short or trade name (`AzTU`, `OeKB`, `TikTok`), no place
    // (one in a place's case stays a place: `NyuYorkda`)
    if (m.tokEnd - m.tokStart === 1 && innerCapital(last) && !["loc", "abl"].includes(this.chooseStem(last, null).case ?? "")) return "ORG";
    // a single unknown word is most often a place (the more so in a place's case); longer runs, bodies
    if (m.tokEnd - m.tokStart === 1) return "LOC";
    const c = this.chooseStem(last, null).case;
    if (c === "loc" || c === "abl") return "LOC";
    if (!this.respeltPair(m)) return "ORG";
    // (one opening its sentence is its subject, in the nominative: `Keti Perri … tələb edir` is no accusative)
    if (this.opensSentence(m)) this.subjectWords.add(last.lower);
    return "PER";
  }

  /** `Dolf Lundqren özünü …`, `Sergen Yalçın əməliyyat olundu`: two proper words outside quotes, nothing else typing
   *  them (no head, no acronym, no legal form, no common word, the first bare), spelt as the language respells foreign
   *  names, are a person's given name and surname; a body outside quotes has a head, and a foreign firm keeps its own
   *  spelling (`Lockheed Martin`, `State Street`). */
  private respeltPair(m: Mention): boolean {
    const foreign = this.lx.t.foreignSpellings;
    if (!foreign?.length || m.tokEnd - m.tokStart !== 2 || m.name || m.nameTail) return false;
    const before = this.toks[m.tokStart - 1], after = this.toks[m.tokEnd];
    // (marks are folded to `"` and `'` by normalisation)
    const mark = (x: Token | undefined) => isQuote(x) || (!!x && x.kind === "punct" && x.norm === "'");
    if (mark(before) || mark(after)) return false;
    const common = commonReaders(this.lang);
    for (let k = m.tokStart; k < m.tokEnd; k++) {
      const t = this.toks[k];
      if (!isWord(t) || !startsUpper(t) || isAcronym(t) || t.norm === t.norm.toUpperCase() || isCommonWord(t) || /[-'.]/.test(t.norm)) return false;
      if (headKindOf(t.lower, true, this.lx) || this.lx.known.has(t.lower) || this.lx.titles.has(t.lower) || common?.root(t.lower)) return false;
      if (foreign.some((f) => t.lower.includes(f))) return false;
      if (this.lowerSeen.has(t.lower)) return false;
    }
    return !this.toks[m.tokStart].analysis?.case;
  }

  /** The word ends in a letter no foreign name ends in after a consonant, and is no Azerbaijani name
   *  (a given name, a surname's shape: `Abbaszadə`). */
  private caseOnlyFinal(t: Token): boolean {
    const w = t.lower, whole = this.bareStem(t, { length: w.length });
    return w.length > 3 && this.lx.caseOnlyFinals.has(w[w.length - 1]) && !this.lx.endings.vowels.has(w[w.length - 2])
      && !this.lx.given.has(whole) && !surnameShaped(whole, this.lx, false);
  }

  /** A given name alone (of four letters or more: `Van`, `Kim` are other words too), as written or
   *  with an ending other than the locative (`Nizamidə` is a district). */
  private givenNameWord(t: Token): boolean {
    for (const c of this.candidates(t)) {
      if (c.case === "loc" || c.length < 4) continue;
      if (this.lx.given.has(this.bareStem(t, c))) return true;
    }
    return false;
  }

  /** `Merzə zəng edib`, `Öcalanla görüşəcək`, `Rutte ilə görüşüb`: in the dative or instrumental before a word for
   *  calling or meeting someone; `Uitkoffu qəbul edib`: in the accusative before one for receiving someone. */
  private partnerOfPerson(m: Mention): boolean {
    let next = this.toks[m.tokEnd];
    const last = this.toks[m.tokEnd - 1];
    const post = !!next && this.lx.partnerPostpositions.has(next.lower);
    if (post) next = this.toks[m.tokEnd + 1];
    if (!next || next.kind !== "word") return false;
    const word = this.lang.lower(next.lemma);
    if (post) return this.lx.personPartnerWords.has(word);
    if (this.lx.personPartnerWords.has(word)) return this.candidates(last).some((c) => c.case === "dat" || c.case === "ins");
    return this.lx.personObjectWords.has(word) && this.candidates(last).some((c) => c.case === "acc");
  }

  /** `X Y vəfat edib`, `X Y xəstəxanaya yerləşdirilib`: in the nominative right before a word only a person is
   *  the subject of. */
  private subjectOfPersonWord(m: Mention): boolean {
    const next = this.toks[m.tokEnd], last = this.toks[m.tokEnd - 1];
    if (!next || next.kind !== "word" || startsUpper(next) || !this.lx.personSubjectWords.has(this.lang.lower(next.lemma))) return false;
    const c = last.analysis?.case;
    if (c && c !== "nom") return false;
    // the subject's last word is in the nominative, whatever ending it seems to have (`Abacı`)
    this.subjectWords.add(last.lower);
    return true;
  }

  /** `Mindiç və Sukermana`, `Ronaldu ilə Trampı`: joined as an equal to a person's name. */
  private joinedToPerson(m: Mention): boolean {
    const before = this.toks[m.tokStart - 1], after = this.toks[m.tokEnd];
    const isPer = (o: Mention) => o !== m && o.type === "PER" && !o.weak;
    // (a word before a possessed head names a kind, not a person: `X və Memarlıq fakültəsi`)
    if (after?.kind === "word" && !startsUpper(after) && after.analysis?.poss === "3") return false;
    if (before && this.lx.coordinators.has(before.lower) && this.mentions.some((o) => isPer(o) && o.tokEnd === m.tokStart - 1)) return true;
    return !!after && this.lx.coordinators.has(after.lower) && this.mentions.some((o) => isPer(o) && o.tokStart === m.tokEnd + 1);
  }

  // ---- canonical names --------------------------------------------------------------------

  private candidates(t: Token): Stem[] {
    const out: Stem[] = [{ length: t.norm.length }];
    for (const s of endingsOf(t.lower, this.lx)) out.push({ length: s.stemLength, case: s.case });
    return out;
  }

  private stemKey(t: Token, s: Stem): string {
    return t.lower.slice(0, s.length);
  }

  /** The nominative of the last word of a name (read once per token: names are asked for again and again). */
  private chooseStem(t: Token, type: EntityType | null): Stem {
    const memo = type === "PER" ? this.personStems : this.otherStems;
    let stem = memo.get(t);
    if (!stem) memo.set(t, (stem = this.readStem(t, type)));
    return stem;
  }

  /** The stem key without an initial glued before it (`ş.hüseyni` -> `hüseyni`). */
  private bareStem(t: Token, c: Stem): string {
    const k = this.stemKey(t, c);
    return k.slice(k.lastIndexOf(".") + 1);
  }

  private readStem(t: Token, type: EntityType | null): Stem {
    let cands = this.candidates(t);
    if (this.initialled.has(t) || (t.kind === "initial" && t.norm.length > 2) || (this.fullNameLast.has(t) && this.initialledWords.has(t.lower))) {
      // `Ş. Hüseyni`, `Ş.Hüseyni`: a surname, whose final vowel is no ending left on a given name
      const surname = cands.filter((c) => !this.lx.given.has(this.bareStem(t, c)));
      if (surname.length) cands = surname;
    }
    if (this.beforeHead.has(t)) cands = cands.filter((c) => !c.case || c.case === "gen");
    // a person's surname after their given name is no stem of two letters with an ending (`Zaya` is no
    // dative of `Za`), unless the tables know that short name (`Li`)
    if (type === "PER" && this.fullNameLast.has(t)) {
      const b = (c: Stem) => this.bareStem(t, c);
      const long = cands.filter((c) => !c.case || b(c).length >= 3 || this.lx.given.has(b(c)) || this.lx.known.has(b(c)) || this.lx.knownSurnames.has(b(c)));
      if (long.length) cands = long;
    }
    if (cands.length === 1) return cands[0];
    // the longest stem that is a known name or a head: a head keeps its possessive (`Qərargahının` -> `Qərargahı`)
    let named: Stem | null = null;
    for (const c of cands) {
      const b = this.stemKey(t, c);
      // (an abbreviation known only in capitals is no stem of a word written in lower case: `Arda` is no `AR`)
      if (this.lx.capitalsOnly.has(b) && beforeJoiner(t.norm) !== this.lang.upper(beforeJoiner(t.norm))) continue;
      if ((this.lx.known.has(b) || this.lx.orgHeads.has(b) || this.lx.placeHeads.has(b) || this.lx.miscHeads.has(b)
        || this.lx.capitalisedMiscHeads.has(b) || this.lx.facilityHeads.has(b) || this.lx.stateWords.has(b))
        && (!named || c.length > named.length)) named = c;
    }
    if (named) return named;
    // a name ending in a vowel in a list beside names written bare (`Adhampur, Ambala, Amritsar`) is bare too: its last vowel is
    // no dative or accusative (`Rusiyaya, Çinə və Hindistana` carry theirs on every name)
    // (nor any other ending: `Mingəçevir, Balaxanı, Ağdam` holds no `Balaxa` in the accusative)
    if (type !== "PER" && this.lx.endings.vowels.has(t.lower[t.lower.length - 1]) && this.amongBareNames(t)) return cands[0];
    // a woman's surname the article gives (an initial on it counts for nothing: `G.Zeynalova`)
    const woman = cands.find((c) => this.feminine.has(this.bareStem(t, c)));
    if (woman) return woman;
    if (type === "PER" && this.subjectWords.has(t.lower)) return cands[0];
    // a person's word that is a known person's surname once its ending is off (`Maska` -> `Mask`)
    if (type === "PER" && !this.lx.knownSurnames.has(this.bareStem(t, cands[0])) && !this.lx.given.has(this.bareStem(t, cands[0]))) {
      // (only on the longest ending: `Pauellə` is `Pauel` with `-lə`, though `Pauell` is a known surname)
      if (cands.length > 1 && this.lx.knownSurnames.has(this.bareStem(t, cands[1]))) return cands[1];
    }
    // a word in capitals (no case shown by the morphology) that is a known person's surname with an
    // ending (`PUTİNLƏ` -> `Putin`)
    if (type === "PER" && t.norm.length > 2 && t.norm === this.lang.upper(t.norm)) {
      const surname = cands.find((c) => this.lx.knownSurnames.has(this.stemKey(t, c)));
      if (surname) return surname;
    }
    // a person's word that is a given name as written or once its ending is off (`Zərifə`, `Anara`)
    const given = type === "PER" || type === null ? cands.find((c) => this.lx.given.has(this.stemKey(t, c))) : undefined;
    return given ?? this.byVotes(t, cands, type);
  }

  /** The stem most mentions in the article allow, then the morphology's lemma, then a person's shape. */
  private byVotes(t: Token, cands: Stem[], type: EntityType | null): Stem {
    let best = 0;
    for (const c of cands) best = Math.max(best, this.stemVotes.get(this.stemKey(t, c)) ?? 0);
    const top = cands.filter((c) => (this.stemVotes.get(this.stemKey(t, c)) ?? 0) === best);
    if (top.length === 1) return top[0];
    // a final letter no foreign name ends in after a consonant is a case ending on a person's name
    // (`Merzə` -> `Merz`), not on an Azerbaijani one (`Abbaszadə`, a given name)
    if (type === "PER" && top[0].length === t.norm.length && top.length > 1 && this.caseOnlyFinal(t)) {
      // (the longest ending: `Əzizlə` is `Əziz` in the instrumental, not `Əzizl` in the dative)
      return top[1];
    }
    // a person's word of which one reading alone ends as surnames do (`Tsarukyanın` -> `Tsarukyan`, not
    // `Tsarukya` with `-nın`): that reading, whatever lemma the morphology guessed for an unknown word
    // (not a common word the morphology knows, capitalised: `Kateqoriyanın`, `Qvardiyanın`)
    if (type === "PER" && !isCommonWord(t) && !commonReaders(this.lang)?.reading(t.lower)) {
      const strong = top.filter((c) => endsWithAny(this.stemKey(t, c), this.lx.strongSurnames));
      if (strong.length === 1) return strong[0];
    }
    // a person's word before a noun with its possessive owns it, in the genitive, where the stem without
    // the genitive ends as surnames do (`Aleksandr Vuçiçin açıqlaması` -> `Vuçiç`), though the whole word
    // ends so too (`-in`) and the morphology reads no ending on it; not a known person's surname or a given
    // name as written (`Putin`)
    if (type === "PER" && top.length > 1 && top[0].length === t.norm.length && t.lemma === t.norm && this.ownsNext(t)) {
      const whole = this.bareStem(t, top[0]);
      const gen = top.find((c) => c.case === "gen" && surnameShaped(this.bareStem(t, c), this.lx, false));
      if (gen && !this.lx.knownSurnames.has(whole) && !this.lx.given.has(whole)) return gen;
    }
    // a person's word that ends as surnames do by an ending of three letters or more, where no shorter
    // reading does (`Medinski` is no `Medinsk` in the accusative); and one that ends as surnames do where
    // the genitive reading owns nothing, a finite verb after it (`Viktor Xrenin deyib`, no `Xren`)
    if (type === "PER" && top.length > 1 && top[0].length === t.norm.length) {
      const whole = this.bareStem(t, top[0]), rest = top.slice(1);
      const plain = rest.every((c) => { const b = this.bareStem(t, c); return !this.lx.given.has(b) && !surnameShaped(b, this.lx, false); });
      const long = this.lx.surnames.some((e) => e.length >= 3 && whole.endsWith(e));
      const verbNext = this.ownsNothing(t) && rest.some((c) => c.case === "gen");
      if (plain && surnameShaped(whole, this.lx, false) && (long || verbNext)) return top[0];
    }
    // a person's word the morphology read whole, as it reads any unknown name, whose whole does not end as
    // surnames do but whose stem without a case ending does (`Vuçiçə` -> `Vuçiç`, `Tsviyanoviçi`,
    // `Kobaxidzeyə`): the ending is the case (not `Meloni`, `Mariya`, whose stems end as no surname)
    if (type === "PER" && t.lemma === t.norm && top.length > 1 && top[0].length === t.norm.length
      && !endsWithAny(this.bareStem(t, top[0]), this.lx.surnames)) {
      const cased = top.find((c) => c.case && c.case !== "nom" && endsWithAny(this.bareStem(t, c), this.lx.surnames));
      if (cased) return cased;
    }
    // a person's unknown word whose one reading with an ending strips a single vowel after a doubled consonant: the
    // vowel is the case, names end in the consonant (`Horlemannı`, `Uitkoffu`; a given or surname shape read above)
    if (type === "PER" && top.length === 2 && top[0].length === t.norm.length && t.norm.length - top[1].length === 1 && !isCommonWord(t)) {
      const n = top[1].length, lw = t.lower;
      // (not `-ll`, whose `-lli` is a word of the language's own: `milli`, `Ümummilli`)
      if (n >= 4 && lw[n - 1] === lw[n - 2] && lw[n - 1] !== "l" && !this.lx.endings.vowels.has(lw[n - 1])) return top[1];
    }
    // a place's or a body's word with an ending that makes it an attribute (`Tomskdakı`: the one in Tomsk), which the
    // morphology may read as a possessive on an unknown stem (`Tomskdak-ı`)
    // (not where the ending may follow a possessive: `İrs Siyahısındakı` is the list's, no `Siyahısın`)
    if (type !== "PER" && !endingsOf(t.lower, this.lx).some((e) => e.afterPoss)) {
      const attributive = top.find((c) => c.length < t.norm.length && this.lx.attributiveEndings.has(t.lower.slice(c.length)));
      if (attributive) return attributive;
    }
    // the morphology stage's lemma, when it ran and agrees with one of the readings
    if (t.analysis?.pos && t.norm.startsWith(t.lemma)) {
      const byLemma = top.find((c) => c.length === t.lemma.length);
      if (byLemma) return { length: byLemma.length, case: byLemma.case ?? t.analysis.case };
    }
    if (type === "PER") {
      const shaped = top.filter((c) => {
        const b = this.stemKey(t, c);
        return this.lx.given.has(b) || surnameShaped(b, this.lx, false);
      });
      if (shaped.length) return shaped[shaped.length - 1];
      // a one-letter ending on an unknown name is as likely part of it (Zelenski, Meloni)
      const stripped = top.filter((c) => c.length < t.norm.length);
      if (stripped.every((c) => t.norm.length - c.length === 1) && top[0].length === t.norm.length) return top[0];
    }
    return top[top.length - 1];
  }

  /** t is listed (after a comma or bracket, before a comma or connector, or the other way round) beside a
   *  capitalised name written bare: ending in a consonant, which no dative or accusative leaves. */
  private amongBareNames(t: Token): boolean {
    const k = countBefore(this.toks, (x) => x.start < t.start);
    if (this.toks[k] !== t) return false;
    const sep = (x: Token | undefined) => !!x && (x.norm === "," || this.lx.connectors.has(x.lower));
    const bare = (x: Token | undefined) => !!x && x.kind === "word" && startsUpper(x) && x.sent === t.sent
      && !this.lx.endings.vowels.has(x.lower[x.lower.length - 1]) && (!x.analysis?.case || x.analysis.case === "nom");
    const before = this.toks[k - 1], after = this.toks[k + 1];
    // (nothing after t that could govern its case: a comma, a closing bracket, a connector)
    if (!(sep(after) || after?.norm === ")")) return false;
    return ((sep(before) || before?.norm === "(") && bare(this.toks[k - 2])) || (!!after && after.norm !== ")" && bare(this.toks[k + 2]));
  }

  /** The word after t is a lower-case noun (or verbal noun) with the third person's possessive (what t owns). */
  /** The clause goes on from t to its finite verb with no possessed noun for a genitive on t to own
   *  (`Viktor Xrenin deyib`, `Ongun Tekin Bakıda həbs edilib`): t is no genitive. */
  private ownsNothing(t: Token): boolean {
    const n = countBefore(this.toks, (x) => x.start <= t.start);
    for (let k = n; k < this.toks.length && k < n + 5; k++) {
      const a = this.toks[k].analysis;
      if (this.toks[k].kind !== "word" || !a || a.poss) return false;
      if (a.verbForm === "fin" || (a.pos === "VERB" && !a.verbForm && !a.case)) return true;
    }
    return false;
  }

  private ownsNext(t: Token): boolean {
    const next = this.toks[countBefore(this.toks, (x) => x.start <= t.start)];
    return !!next && next.kind === "word" && !startsUpper(next) && next.analysis?.poss === "3" && next.analysis.verbForm !== "fin";
  }

  /** A name of two words or more closed by an abbreviation with a possessive ending after a hyphen (`Rusiya XİN-i`). */
  private compoundPossessive(m: Mention): boolean {
    if (m.tokEnd - m.tokStart < 2) return false;
    const w = this.toks[m.tokEnd - 1].norm, dash = w.lastIndexOf("-");
    return dash > 1 && isAcronym({ ...this.toks[m.tokEnd - 1], norm: w.slice(0, dash) } as Token) && !!this.lx.compoundPossessives?.has(this.lang.lower(w.slice(dash + 1)));
  }

  private canonical(m: Mention): { name: string; case?: Case } {
    const last = this.toks[m.tokEnd - 1];
    if (m.name) return { name: m.name, case: this.chooseStem(last, m.type).case };
    let stem: Stem;
    if (m.known && (this.spelledOut.has(m.known) || !this.abbreviated(m) || m.recase)) {
      stem = this.knownStem(m);
      if (m.recase || (m.known.type === "LOC" && m.known.iso)) return { name: m.known.name, case: stem.case };
    } else stem = m.known ? this.knownStem(m) : this.knownTailStem(m) ?? this.ownedStem(m) ?? this.chooseStem(last, m.type);
    let name = "";
    for (let k = m.tokStart; k < m.tokEnd; k++) {
      const t = this.toks[k];
      if (k > m.tokStart && t.spaceBefore) name += " ";
      let w = k === m.tokEnd - 1 ? this.unalternated(t, t.norm.slice(0, stem.length)) : t.norm;
      if (m.recase) w = this.lang.upper(w[0]) + this.lang.lower(w.slice(1));
      name += w;
    }
    if (m.known?.type === "LOC" && this.spelledOut.has(m.known)) name = m.known.name;
    // a known name with a word written in lower case (`Ağ evin` for `Ağ Ev`) takes the tables' capital on it
    // (a brand's own capitals as written stay: `Lukoil`)
    else if (m.known && name !== m.known.name && this.lang.lower(name) === this.lang.lower(m.known.name)) {
      const ws = name.split(" "), ks = m.known.name.split(" ");
      if (ws.length === ks.length && ws.every((w, x) => w === ks[x] || (w[0] !== ks[x][0] && w.slice(1) === ks[x].slice(1) && w[0] === this.lang.lower(w[0])))) name = m.known.name;
    }
    return { name: name + (m.nameTail ?? ""), case: stem.case };
  }

  /** A stem cut before a vowel ending whose last letter the language softens there (`Krallığa` -> `Krallığ`)
   *  takes back its base letter (`Krallıq`) where the morphology's root is the stem so altered, by the
   *  language's alternations of nouns (so `Qarabağa`, whose root keeps its `ğ`, stays `Qarabağ`). */
  private unalternated(t: Token, w: string): string {
    const root = t.analysis?.stem, alts = this.lang.morph?.alternations;
    if (!root || !alts || w.length === t.norm.length || root.length !== w.length || w.length < 2) return w;
    const low = this.lang.lower(w), last = low[low.length - 1], base = root[root.length - 1];
    if (root.slice(0, -1) !== low.slice(0, -1) || !alts.some((a) => a.classes.includes("N") && a.surface === last && a.base === base)) return w;
    const upper = w[w.length - 1] !== last;
    return w.slice(0, -1) + (upper ? this.lang.upper(base) : base);
  }

  /** Every word of the mention is a word in capitals of three letters or more (no initial, no abbreviation). */
  private inCapitals(m: Mention): boolean {
    for (let k = m.tokStart; k < m.tokEnd; k++) {
      const t = this.toks[k], head = beforeJoiner(t.norm);
      if (t.kind !== "word" || head.length < 3 || head === this.lang.lower(head) || head !== this.lang.upper(head)) return false;
    }
    return true;
  }

  /** The known name has a spelling written as the mention writes it, capitals and all (`NATO`, `ABŞ`). */
  private spelledAsWritten(m: Mention): boolean {
    const k = m.known!;
    const stem = this.knownStem(m), last = this.toks[m.tokEnd - 1];
    let written = "";
    for (let x = m.tokStart; x < m.tokEnd; x++) written += (x > m.tokStart ? " " : "") + (x === m.tokEnd - 1 ? beforeJoiner(last.norm.slice(0, stem.length)) : this.toks[x].norm);
    return k.name === written || !!k.aliases?.includes(written);
  }

  /** A name written in capitals only (`BMT`, `ŞKTC-nin`). */
  private abbreviated(m: Mention): boolean {
    for (let k = m.tokStart; k < m.tokEnd; k++) {
      const t = this.toks[k];
      if (t.kind !== "abbr" && !(t.norm.length > 1 && t.norm === this.lang.upper(t.norm))) return false;
    }
    return true;
  }

  /** The stem that makes the name end in a known one (`Türkmənistan Xalq Məsləhətinin` -> `... Məsləhəti`);
   *  none after an owner, in the genitive or not, whose body keeps its possessive (`X-ın Mərkəzi Bankı`,
   *  `Azərbaycan Respublikası Milli Məclisi`, `Yaponiya Mərkəzi Bankı`). */
  private knownTailStem(m: Mention): Stem | null {
    if (m.tokEnd - m.tokStart < 2) return null;
    const last = this.toks[m.tokEnd - 1];
    for (const c of this.candidates(last)) {
      let key = this.stemKey(last, c);
      for (let k = m.tokEnd - 2; k >= m.tokStart; k--) {
        key = this.toks[k].lower + " " + key;
        if (this.lx.known.has(key)) return k > m.tokStart && (this.ownerBefore(k) || this.compoundBefore(k, m.tokStart)) ? null : c;
      }
    }
    return null;
  }

  /** The word before k owns the body from k: a genitive, or a noun with its possessive in a chain
   *  of owners (`Respublikası` in `X Respublikası Milli Məclisi`). */
  private ownerBefore(k: number): boolean {
    const t = this.toks[k - 1];
    return t.analysis?.case === "gen" || (!!t.analysis?.poss && !t.analysis.case);
  }

  /** The word before k is a bare common noun or name: the two make a compound whose second noun carries
   *  the compound's possessive, no case (`Hava Yolları`, `Dəmir Yolları`); "name" when a name makes it. */
  private compoundBefore(k: number, start: number): "noun" | "name" | false {
    // (over adjectives, which take no possessive after them: `Yaponiya Mərkəzi Bankı`, but `Milli Məclisi`
    // and `Ali Məclisi` are accusatives; the tables list them, as the morphology may read one as a name)
    let j = k - 1;
    while (j > start && this.lx.nameAdjectives.has(this.toks[j].lower)) j--;
    const t = this.toks[j], a = t.analysis;
    if (!a || a.case || a.poss || t.kind !== "word" || this.lx.nameAdjectives.has(t.lower)) return false;
    // so does a bare name or plural (`Afrika İttifaqı`, `Həmkarlar İttifaqı`): an accusative after one is `-InI`
    // (a word the lexicon lists as a noun too, `Dövlət Teatrı`, counts as one; the adjectives of names are listed)
    const noun = a.pos === "NOUN" || (a.pos === "ADJ" && !!this.lang.morph && compile(this.lang.morph).known.N.has(this.lang.lower(a.lemma)));
    return noun ? "noun" : a.pos === "PROPN" ? "name" : false;
  }

  /** A body after its owner keeps its possessive, only the case ending comes off
   *  (`X Ali Məclisi Senatının` -> `... Senatı`, though `Senat` alone is a known name). */
  private ownedStem(m: Mention): Stem | null {
    if (m.type === "PER" || m.tokEnd - m.tokStart < 2) return null;
    const head = this.toks[m.tokEnd - 1], a = head.analysis;
    const compound = this.ownerBefore(m.tokEnd - 1) ? "noun" : this.compoundBefore(m.tokEnd - 1, m.tokStart);
    // (after a name, only a head that is a common noun: `Lukas Ferresi` is a person's name in the accusative)
    if (!compound || !a?.poss || (compound === "name" && !commonReaders(this.lang)?.reading(head.lower))) return null;
    const cands = this.candidates(head);
    // the case ending comes off, and so does the copula (`Bayraq Günüdür`)
    const last = a.suffixes?.length ? a.suffixes[a.suffixes.length - 1].length : 0;
    const copula = !a.case && cands.find((c) => c.case === "nom" && c.length === head.norm.length - last);
    if (copula) return copula;
    const length = head.norm.length - (a.case ? last : 0);
    return cands.find((c) => c.length === length) ?? null;
  }

  /** The stem of the last word that spells the known name. */
  private knownStem(m: Mention): Stem {
    let prefix = "";
    for (let k = m.tokStart; k < m.tokEnd - 1; k++) prefix += this.toks[k].lower + " ";
    const last = this.toks[m.tokEnd - 1];
    const cands = this.candidates(last);
    for (const c of cands) if (this.lx.known.get(prefix + this.stemKey(last, c)) === m.known) return c;
    // (a stem whose last letter softened before the ending: `Baş Prokurorluğun` of `Baş Prokurorluq`)
    for (const c of cands) if (this.lx.known.get(prefix + this.lang.lower(this.unalternated(last, last.norm.slice(0, c.length)))) === m.known) return c;
    // (a name that takes no possessive of its own written with one before its case: `Milli Məclisinin`)
    for (const c of cands) {
      const bare = { length: c.length - 1, case: c.case };
      if (this.lx.known.get(prefix + this.stemKey(last, bare)) === m.known) return bare;
    }
    return { length: last.norm.length };
  }
}

/** A word (before any joiner) with a capital letter after a lower-case one (`AzTU`, `OeKB`, `TikTok`, not `ABŞ`, `Bakı`). */
function innerCapital(t: Token): boolean {
  const w = beforeJoiner(t.norm);
  for (let k = 1; k < w.length; k++) {
    const c = w[k], p = w[k - 1];
    if (c !== c.toLowerCase() && c === c.toUpperCase() && p !== p.toUpperCase()) return true;
  }
  return false;
}
