// A capital at a sentence start is no evidence of a name: whether the first word of a run there
// belongs to the name or is a common word opening the sentence.
import type { EntityType, Token } from "../../text/doc.js";
import { endingsOf, endsWithAny, hasBase, isCommonWord, startsUpper, surnameShaped } from "./lexicon.js";
import type { SentenceScope } from "./scope.js";
import { isAcronym, isInitialWord, isQuote } from "./words.js";
import { givenNameAtStart, knownSurname, namedSurname, personStart } from "./people.js";
import { commonWordAlone } from "./pieces.js";

/** `Layihəni Sənaye Nazirliyi hazırlayıb`: a first word in an object case is not part of the name. */
export function commonAtStart(sc: SentenceScope, i: number, j: number): boolean {
  const t = sc.toks[i];
  if (sc.matchKnown(i, j)) return false;
  if (sc.lx.notNames.has(t.lower)) return true;
  if (compoundOpener(sc, i, j)) return false;
  if (sc.ctx.lowerSeen.has(t.lower)) return true;
  if (openerNoName(sc, i, j)) return true;
  // `Məlumatı X İdarəsindən alıblar`: a word that begins no name, with an ending (-ı: its object or its possessive)
  if (isCommonWord(t) && sc.lemmaAt(i) !== t.lower && sc.lx.notNames.has(sc.lemmaAt(i))) return true;
  if (nounBeforePossessor(sc, i)) return true;
  // `Görüş İqtisadi Əməkdaşlıq Təşkilatının …`, `Danışıqlar Türkiyə XİN-in …`: a common noun before a name the
  // gazetteer knows (the body, or the state owning it) opens the sentence; a known name has no such word in front
  // (so a word the morphology reads common only lower-cased, `İmtahanlar Qarabağ Universitetində`)
  if ((t.analysis?.pos === "NOUN" || commonWordAlone(sc, i, i + 1)) && sc.matchKnown(i + 1, j)) return true;
  if (nounBeforeForeignName(sc, i, j)) return true;
  const c = t.analysis?.case;
  if (c && c !== "gen") return true;
  // `Tədbir Heydər Əliyev Mərkəzində`: a common noun before a person's name the body is named after
  if (isCommonWord(t) && personStart(sc, i + 1, j)) return true;
  // a common noun in the genitive opens a clause (`Qərarın Federal ... Xidməti tərəfindən verildiyi`)
  if (c === "gen" && isCommonWord(t)) return true;
  return endingsOf(t.lower, sc.lx).some((e) => e.case !== "gen" && t.lower.length - e.stemLength >= 2);
}

/** `Peşə Təhsili üzrə Dövlət Agentliyindən …`, `Əmək Bazarı Xidməti …`: a bare common noun opening the sentence before a
 *  word with the compound's possessive (right after it, or after one more bare noun: `Təhsil Tələbə Krediti Fondu`), in a
 *  run a body's head closes, is the first part of the body's name, though the article writes the noun in lower case too
 *  (`peşə təhsili`). Not a title, a plural or a word in a case (`Otellər Avropa Məhkəməsinin`), nor before a head itself. */
function compoundOpener(sc: SentenceScope, i: number, j: number): boolean {
  const { toks, lx } = sc;
  const t = toks[i], a = t.analysis;
  if (j - i < 3 || a?.pos !== "NOUN" || a.case || a.poss || a.plural || sc.isTitle(i) || sc.headKind(t)) return false;
  if (sc.headKind(toks[j - 1]) !== "ORG") return false;
  const possessed = (k: number) => {
    const w = toks[k];
    return k < j - 1 && w.kind === "word" && startsUpper(w) && !sc.headKind(w) && !sc.isTitle(k) && w.analysis?.poss === "3" && !w.analysis.case && !w.analysis.plural;
  };
  const bare = (k: number) => {
    const w = toks[k], b = w.analysis;
    return w.kind === "word" && startsUpper(w) && b?.pos === "NOUN" && !b.case && !b.poss && !b.plural && !sc.headKind(w) && !sc.isTitle(k);
  };
  return possessed(i + 1) || (bare(i + 1) && possessed(i + 2));
}

/** `Tədbir Nevada Universitetində`, `Konfrans Mançester Universitetində`: a common noun in the nominative (no word that
 *  opens names of bodies, `Milli`, `Dövlət`, no title, an event's head at most) opening the sentence before a word the
 *  morphology knows no common word of, no head itself, in a run a head closes: the sentence's subject before a name that
 *  opens with a foreign word (a name's own common first word comes before common words: `Dövlət Neft Fondu`). */
function nounBeforeForeignName(sc: SentenceScope, i: number, j: number): boolean {
  const { toks, lx } = sc;
  const t = toks[i], next = toks[i + 1], a = t.analysis;
  if (j - i < 3 || !next || next.kind !== "word" || !startsUpper(next)) return false;
  if (!(a?.pos === "NOUN" || commonWordAlone(sc, i, i + 1)) || a?.case || a?.poss || a?.plural || sc.isTitle(i)) return false;
  const own = sc.headKind(t);
  if ((own && own !== "MISC") || lx.nameAdjectives.has(t.lower) || hasBase(lx.stateWords, t.lower, lx) || lx.given.has(t.lower)) return false;
  if (isCommonWord(next) || commonWordAlone(sc, i + 1, i + 2) || sc.headKind(next) || sc.isTitle(i + 1) || isInitialWord(next)) return false;
  return !!sc.headKind(toks[j - 1]) && sc.headKind(toks[j - 1]) !== own;
}

/** `Görüş APEC sammiti çərçivəsində …`, `Toplantı OPEC+ …`: a common noun in the nominative (no head of a body's name, no
 *  title, no word that opens names) opening the sentence right before an acronym: the sentence's subject, the acronym a
 *  name of its own (a body's name puts its acronym first or its head noun: `Bank VTB`). */
export function nounBeforeAcronym(sc: SentenceScope, i: number): boolean {
  const { toks, lx } = sc;
  const t = toks[i], next = toks[i + 1], a = t.analysis;
  if (!next || (next.kind !== "word" && next.kind !== "abbr") || !isCommonWord(t) || a?.pos !== "NOUN" || a.case || a.poss || a.plural || sc.isTitle(i)) return false;
  if (sc.headKind(t) === "ORG" || lx.nameAdjectives.has(t.lower) || hasBase(lx.stateWords, t.lower, lx)) return false;
  return isAcronym(next);
}

/** A capitalised first word of a sentence that is a name by itself. */
export function trustedAtStart(sc: SentenceScope, i: number, j: number): boolean {
  const { toks, lx } = sc;
  const t = toks[i];
  if (t.kind === "abbr" || isInitialWord(t)) return true;
  if (t.norm.length > 1 && t.norm === t.norm.toUpperCase()) return true;
  // (so is one with a case ending written apart, as the word in capitals is anywhere else: `JMMC-nin növbəti iclası …`)
  // (letters only before the ending: `DÇ-2026-nın` names a tournament by its year)
  const stem = t.norm.split(/[-'’]/)[0];
  if (stem.length > 1 && stem !== t.norm && stem === stem.toUpperCase() && /^[-'’\p{L}]+$/u.test(t.norm) && sc.detachedEnding(t)
    && !sc.lx.commonAbbreviations.has(stem)) return true;
  // (a quoted title may open with a surname, `"X marşrutu"`; a quote opened by a colon, `Y: "X …"`, is speech)
  if (sc.matchKnown(i, j) || ((knownSurname(sc, i) || namedSurname(sc, i)) && (!isQuote(toks[i - 1]) || speechAfterColon(sc, i - 1)))) return true;
  if (openerNoName(sc, i, j)) return false;
  // `Çelyabinsk vilayətində ...`: a place's head after the word, with the possessive of the compound it makes with the
  // name (`Daimi ştatda` is an adjective before a common noun: a permanent post)
  // (or bare before a noun with one, `Məmmədli kənd sakini`, where the word is no common word: `Bəzi kənd məktəbləri`)
  if (j - i === 1 && toks[j]?.kind === "word" && !startsUpper(toks[j]) && hasBase(lx.placeHeads, toks[j].lower, lx)
    && (toks[j].analysis?.poss || (!toks[j].analysis?.case && !!toks[j + 1]?.analysis?.poss && !lx.notNames.has(t.lower)
      && !isCommonWord(t)))) return true;
  if ((lx.given.has(t.lower) && j - i > 1) || givenNameAtStart(sc, i, i, j)) return true;
  if (surnameShaped(t.lower, lx, true)) return true;
  // `Müqaviləni X Y imzalayıb`: a common noun in an object case opens the sentence, not the name
  const c = t.analysis?.case;
  if (j - i > 1 && isCommonWord(t) && c && c !== "gen" && c !== "nom") return false;
  if (nounBeforePossessor(sc, i)) return false;
  // `Jurnalistlər X Y ilə görüşüb`: a plural common noun opens the sentence, no name
  // (the morphology reads a capitalised word a proper noun: one common lower-cased counts, `Mütəxəssislər X Y ilə …`)
  if (j - i > 1 && (t.analysis?.pos === "NOUN" || (t.analysis?.pos === "PROPN" && commonWordAlone(sc, i, i + 1))) && t.analysis.plural && !sc.headKind(t)) return false;
  // `Məhkəmə Xoştariyanı … məhrum edib`: a common word opening the sentence before one name word in the accusative or
  // dative is the subject, the name its object (a name's inner words take no case ending, and its head none either)
  const second = toks[i + 1], sc2 = second?.analysis?.case;
  if (j - i === 2 && isCommonWord(t) && !t.analysis?.case && !sc.headKind(second) && (sc2 === "acc" || sc2 === "dat")) return false;
  // `Tədbirə İ.Əliyev`: a common word before a name is not part of it
  if (j - i > 1 && !lx.notNames.has(t.lower) && !sc.ctx.lowerSeen.has(t.lower)) {
    // (a given name before another is the first word's surname: `Ceyk Pol Mayk Tayson`)
    return !(sc.matchKnown(i + 1, j) || (personStart(sc, i + 1, j) && !(i + 3 < j && lx.given.has(toks[i + 2].lower))) || isInitialWord(toks[i + 1]) || sc.isTitle(i + 1));
  }
  return false;
}

/** A capitalised first word of a sentence that, by evidence, begins no name though the words after it may be one:
 *  - a converb (`Ardınca Nazirlər Kabineti …`: then, the Cabinet …): no name opens with one;
 *  - an occupation noun before a name (`Polis Maxaçevin …`, `Bloger X saxlanılıb`), no given name itself;
 *  - a common noun before two or more words the document names apart elsewhere, capitalised, without it
 *    (`Sənəd Ali Radanın … iclasında` after `Ali Radanın saytında`): the sentence's subject before the name. */
function openerNoName(sc: SentenceScope, i: number, j: number): boolean {
  const t = sc.toks[i], a = t.analysis;
  if (a?.pos === "VERB" && a.verbForm === "conv" && sc.ctx.commonReading?.(t.lower)) return true;
  if (j - i < 2 || sc.lx.given.has(t.lower)) return false;
  if (!a?.case && !a?.plural && hasBase(sc.lx.occupations, t.lower, sc.lx) && !sc.headKind(sc.toks[i + 1])) return true;
  return j - i > 2 && a?.pos === "NOUN" && !a.case && !a.poss && !a.plural && !sc.headKind(t) && !sc.headKind(sc.toks[i + 1])
    && !sc.isTitle(i) && sc.ctx.commonReading?.(t.lower) === "bare" && namedApart(sc, i + 1, j);
}

/** The words [s, e) (two or more, capitalised) stand elsewhere in the document, capitalised, after another word
 *  than the one before s (or opening their sentence): a name of their own. The last word may take another ending. */
function namedApart(sc: SentenceScope, s: number, e: number): boolean {
  const toks = sc.ctx.doc.tokens, n = e - s;
  for (let k = s; k < e; k++) if (toks[k].kind !== "word" || !startsUpper(toks[k])) return false;
  const before = toks[s - 1].lower;
  // (the answer depends on the words alone: asked again for the same words, it is the document's memo, so that a long
  // text of like sentences is not scanned once per sentence)
  let memo = apartByDoc.get(toks);
  if (!memo) apartByDoc.set(toks, (memo = new Map()));
  const key = toks.slice(s - 1, e).map((x) => x.lower).join(" ");
  let known = memo.get(key);
  if (known === undefined) memo.set(key, (known = scanApart(toks, s, n, before)));
  return known;
}

const apartByDoc = new WeakMap<readonly Token[], Map<string, boolean>>();

function scanApart(toks: readonly Token[], s: number, n: number, before: string): boolean {
  for (let k = 0; k + n <= toks.length; k++) {
    if (k === s || toks[k].lower !== toks[s].lower || (k > 0 && toks[k - 1].lower === before)) continue;
    let same = true;
    for (let x = 1; x < n && same; x++) {
      const a = toks[k + x], b = toks[s + x];
      same = a.kind === "word" && startsUpper(a) && (x < n - 1 ? a.lower === b.lower : sameWordInflected(a, b));
    }
    if (same) return true;
  }
  return false;
}

/** Two tokens are one word, inflected alike or not (`Rada`, `Radanın`): one stem, or one written form opening the other. */
function sameWordInflected(a: Token, b: Token): boolean {
  const [x, y] = a.lower.length <= b.lower.length ? [a, b] : [b, a];
  return a.stem === b.stem || (x.lower.length >= 3 && y.lower.startsWith(x.lower));
}

/** The opening quote at q follows a colon (`Y: "…"`): it opens direct speech, no quoted title. */
function speechAfterColon(sc: SentenceScope, q: number): boolean {
  const c = sc.toks[q - 1];
  return q - 1 >= sc.start && c.kind === "punct" && c.norm === ":";
}

/** `Hökm Dodikin ...`, `Qərarı Nazirliyin ...`: a common noun (no head) before a word in the genitive.
 *  Inside a name a genitive comes first and owns what follows it, so a noun before one opens the
 *  sentence on its own. */
function nounBeforePossessor(sc: SentenceScope, i: number): boolean {
  const t = sc.toks[i], next = sc.toks[i + 1];
  return t.analysis?.pos === "NOUN" && !t.analysis.case && !sc.headKind(t) && sc.nameLike(i + 1) && next.analysis?.case === "gen";
}

/** A capitalised word opening a sentence that is a name by itself, with its type: one the morphology
 *  knows no common word of (neither in its lexicon nor, inflected, in its word list) naming the speaker
 *  of a quote (`Yermak: "..."`) or the subject acting in a place (`X Ankarada ... görüşüb`): a person;
 *  in the locative, the place the sentence opens with (`Honkonqda ... baş verən`). Else null. */
export function nameByItselfAtStart(sc: SentenceScope, i: number): EntityType | null {
  const t = sc.toks[i];
  if (t.kind !== "word" || !startsUpper(t) || isCommonWord(t) || sc.lx.notNames.has(t.lower) || sc.ctx.lowerSeen.has(t.lower)
    || sc.ctx.attested?.(sc.lemmaAt(i))) return null;
  const a = t.analysis;
  if (!a?.case && !a?.poss && (speakerBeforeQuote(sc, i + 1) || subjectBeforePlace(sc, i + 1))) return "PER";
  if (a?.case === "loc" && !a.poss && !a.plural && endingsOf(t.lower, sc.lx).some((e) => e.case === "loc")
    && !endsWithAny(sc.lemmaAt(i), sc.lx.abstractNouns)) return "LOC";
  return null;
}

/** `X Ankarada ... görüşlər keçirib`: a known place in the locative right after the sentence's first
 *  word, which is then its subject, acting there: a person. */
function subjectBeforePlace(sc: SentenceScope, k: number): boolean {
  const t = sc.toks[k];
  if (!t || t.kind !== "word" || !startsUpper(t) || t.analysis?.case !== "loc") return false;
  const known = sc.matchKnown(k, k + 1);
  return !!known && known.k.type === "LOC" && endingsOf(t.lower, sc.lx).some((e) => e.case === "loc");
}

/** A colon and an opening quote at k: the words before it name the quote's speaker (`X Y: "..."`). */
export function speakerBeforeQuote(sc: SentenceScope, k: number): boolean {
  const colon = sc.toks[k];
  return !!colon && colon.kind === "punct" && colon.norm === ":" && isQuote(sc.toks[k + 1]);
}

/** `… – 30 yer Kimya müəllimliyi – 30 yer …` beside the line `Kimya müəllimliyi – 30 yer`: the words from i (three
 *  tokens) open a line of the document elsewhere (after a list's mark at most), though here they follow a word with no
 *  stop between: that line run into a paragraph (a list or a table flattened, a copy of the text joined), whose first
 *  capital is the line's, as a sentence's is. */
export function opensLineElsewhere(sc: SentenceScope, i: number): boolean {
  const toks = sc.ctx.doc.tokens;
  // (a word or number before it, no punctuation: a line closes on none; nor a title, which a name follows anywhere)
  const prev = toks[i - 1];
  if (toks[i].lineBefore || i + 2 >= toks.length || !prev || (prev.kind !== "word" && prev.kind !== "number") || sc.isTitle(i - 1)) return false;
  let starts = lineStartsByDoc.get(toks);
  if (!starts) {
    starts = new Set();
    for (let k = 0; k + 2 < toks.length; k++) {
      const opens = toks[k].lineBefore || (k > 0 && toks[k - 1].lineBefore && toks[k - 1].kind === "punct" && !/^["'(]/.test(toks[k - 1].norm));
      if (opens && toks[k].kind === "word") starts.add(lineKey(toks, k));
    }
    lineStartsByDoc.set(toks, starts);
  }
  return starts.has(lineKey(toks, i));
}

const lineStartsByDoc = new WeakMap<readonly Token[], Set<string>>();

function lineKey(toks: readonly Token[], k: number): string {
  return `${toks[k].norm} ${toks[k + 1].lower} ${toks[k + 2].lower}`;
}
