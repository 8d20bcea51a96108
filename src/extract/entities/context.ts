// The type of a name the tables do not know, from the words around it: a head after it (city,
// company), a title before it, a surname's shape; and the runs that are no names (products,
// titles of documents).
import type { EntityType, Token } from "../../text/doc.js";
import { endingsOf, hasBase, isCommonWord, startsUpper, surnameShaped } from "./lexicon.js";
import type { SentenceScope } from "./scope.js";
import { isAcronym, isQuote } from "./words.js";
import { speakerBeforeQuote } from "./sentence-start.js";

/** The type of an unknown name from the words around it. */
export function typeFromContext(sc: SentenceScope, s: number, e: number, chainEnd: number): EntityType | null {
  const type = typeByNeighbours(sc, s, e, chainEnd);
  // a body's head alone (`Assambleyanın bəzi üzvləri`, `Assambleyadakı fəaliyyəti`) is the short name of a body told before,
  // a common noun capitalised, neither a person nor a place by its neighbours (before a place's head it names the place:
  // `Parlament prospektində`)
  if (e - s === 1 && !isAcronym(sc.toks[s]) && sc.headKind(sc.toks[s]) === "ORG") {
    const next = sc.toks[e];
    return next?.kind === "word" && !startsUpper(next) && hasBase(sc.lx.placeHeads, next.lower, sc.lx) ? type : null;
  }
  // an unknown acronym is a body (`ECO-nun`), never a person, whatever title stands before it
  return type === "PER" && e - s === 1 && isAcronym(sc.toks[s]) ? "ORG" : type;
}

function typeByNeighbours(sc: SentenceScope, s: number, e: number, chainEnd: number): EntityType | null {
  const { toks, lx } = sc;
  const next = toks[e];
  // `Ömer Kocaman: "..."`: a few words the morphology knows as no common words, opening the sentence
  // before a colon and a quote, name the quote's speaker
  if (e === chainEnd && e - s >= 2 && e - s <= 4 && sc.atSentenceStart(s) && speakerBeforeQuote(sc, e) && noCommonWord(sc, s, e)) return "PER";
  // `Bloger X-i …`: an occupation noun opening the sentence right before the name calls a person so
  const o = toks[s - 1];
  if (s - 1 >= sc.start && sc.atSentenceStart(s - 1) && o.kind === "word" && startsUpper(o) && !o.analysis?.case && hasBase(lx.occupations, o.lower, lx)
    && !sc.commonWords(s, e) && !isAcronym(toks[s])) return "PER";
  if (e === chainEnd && next && next.kind === "word" && !startsUpper(next)) {
    // `X hava limanına`: a place's or facility's head, of one word or several
    if (hasBase(lx.placeHeads, next.lower, lx)) return "LOC";
    // (a facility's head with no ending before another lower-case word qualifies that word, no name: `X mehmanxana
    // biznes assosiasiyası` is a hotel business association)
    const facility = sc.headPhrase(lx.facilityHeads, e);
    const facilityHead = facility > e && !modifierHead(sc, facility);
    const placeHead = sc.headPhrase(lx.placeHeads, e) > e || facilityHead;
    if (placeHead && !sc.commonWords(s, e)) return "LOC";
    // `X şirkəti`, `X agentliyi`: a body's head after a name nothing else explains
    // (with the compound's possessive: `X xəstəxanaya yerləşdirilib` takes X to a hospital)
    if (hasBase(lx.orgHeads, next.lower, lx) && sc.possessedHead(next) && !sc.commonWords(s, e)) return "ORG";
    // `Yuxarı Kənd və Çaylı kəndlərinin`: names joined before a plural head share it
    if (lx.connectors.has(next.lower) && sc.nameLike(e + 1) && !sc.nameLike(e + 2) && placeHeadAt(sc, e + 2)) return "LOC";
    if (lx.personAfter.has(next.lower)) return "PER";
  }
  // `"Real"ın qapıçısı Kurtua …`, `hücumçu X`: one unknown word right after a lower-case occupation noun (bare or with its
  // possessive, in no case) names the one so called, if it stands in no case itself (`boksçu X-da`, `boksçusu X-in qalibi`
  // may be a place or an event)
  if (e - s === 1 && s - 1 >= sc.start && o.kind === "word" && !startsUpper(o) && !o.analysis?.case && (hasBase(lx.occupations, o.lower, lx) || lx.occupations.has(sc.lemmaAt(s - 1)))
    && !sc.commonWords(s, e) && !isAcronym(toks[s]) && !toks[s].analysis?.case) return "PER";
  // `Serb Respublikası`: a name closed by a word for a state (with its possessive) is a state's, a place
  if (e - s > 1 && stateWordClosing(sc, e - 1)) return "LOC";
  const prev = toks[s - 1];
  if (prev && s - 1 >= sc.start && sc.isTitle(s - 1) && !sc.commonWords(s, e)) return "PER";
  // a word the lexicon knows as a common one (`Təyin`, `Məsləhətinin`) is no surname
  const last = toks[e - 1];
  // `Tiksinskidəki binalar`: a locative that makes the name an attribute (the ones in X) names a place, though
  // the stem ends as surnames do
  if (e - s === 1 && !isAcronym(last) && !/\d/.test(last.norm) && lx.attributiveEndings.size && endingsOf(last.lower, lx).some((x) => lx.attributiveEndings.has(last.lower.slice(x.stemLength)))) return "LOC";
  // (a surname's shape alone is weak evidence: the document may name the same words a place elsewhere)
  if (!isCommonWord(last) && surnameShaped(last.lower, lx, e - s === 1) && !namedElsewhere(sc, s, e)) return "PER";
  return null;
}

/** The head phrase closing before h ends in a bare word (no possessive, case or plural) with a lower-case word after it. */
function modifierHead(sc: SentenceScope, h: number): boolean {
  const head = sc.toks[h - 1], after = sc.toks[h], a = head.analysis;
  return !a?.poss && !a?.case && !a?.plural && !!after && after.kind === "word" && !startsUpper(after);
}

/** No word of [s, e) is a common word, a head or a known name, and the last has no case ending
 *  (the parts of a name before its last take none: an ending read on them is the name's own). */
function noCommonWord(sc: SentenceScope, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const t = sc.toks[k];
    if (t.kind !== "word" || !startsUpper(t) || isCommonWord(t) || sc.headKind(t) || sc.matchKnown(k, e) || isAcronym(t)) return false;
  }
  return !sc.toks[e - 1].analysis?.case;
}

/** The words [s, e) are written in quotes elsewhere in the document (`"Aşağı Kənd" stansiyası`). */
function namedElsewhere(sc: SentenceScope, s: number, e: number): boolean {
  const text = sc.ctx.doc.text;
  const words = text.slice(sc.toks[s].start, sc.toks[e - 1].end);
  return e - s > 1 && (text.includes(`“${words}”`) || text.includes(`"${words}"`) || text.includes(`«${words}»`));
}

/** A lower-case place head at k, singular or plural (`kəndi`, `kəndlərinin`). */
function placeHeadAt(sc: SentenceScope, k: number): boolean {
  const t = sc.toks[k];
  if (!t || t.kind !== "word" || startsUpper(t)) return false;
  return hasBase(sc.lx.placeHeads, t.lower, sc.lx) || sc.lx.placeHeads.has(sc.lemmaAt(k));
}

/** A model number (`747-8`, `737 Max`, `A321`) perhaps, a closing quote, then a lower-case product noun from
 *  k; after a quoted name, a few describing words may come before the noun (`"X" çoxsaylı buraxılış
 *  raket sistemləri`). */
export function productAfter(sc: SentenceScope, k: number): boolean {
  const toks = sc.toks;
  let number = false, quoted = false;
  for (; k < sc.end; k++) {
    const t = toks[k];
    if (modelCode(t)) number = true;
    else if (t.norm === "-" && !t.spaceBefore) continue;
    // a model's name after its number (`737 Max`)
    else if (number && t.kind === "word" && startsUpper(t)) continue;
    else if (isQuote(t) && !t.spaceBefore && !quoted) quoted = true;
    else break;
  }
  for (let words = 0; k < sc.end; k++, words++) {
    const t = toks[k];
    if (!t || t.kind !== "word" || startsUpper(t)) return false;
    if (hasBase(sc.lx.productHeads, t.lower, sc.lx) || sc.lx.productHeads.has(sc.lemmaAt(k))) return true;
    if (!quoted || words === 2 || sc.headKind(t) || !isCommonWord(t)) return false;
  }
  return false;
}

/** A document's title (`Əməkdaşlıq Proqramı`, `Əsasnaməyə`): common words closed by a document head. */
export function documentTitle(sc: SentenceScope, s: number, e: number): boolean {
  for (let k = e - 1; k >= s; k--) if (sc.headPhrase(sc.lx.documentHeads, k) === e && sc.commonWords(s, k)) return true;
  return false;
}

/** A state word written with its possessive, as it closes a state's name (`Respublikası`, not `Dövlət`). */
function stateWordClosing(sc: SentenceScope, k: number): boolean {
  const t = sc.toks[k];
  return sc.lemmaAt(k) !== t.lower && hasBase(sc.lx.stateWords, t.lower, sc.lx);
}

/** A number or a model's code (`747`, `A321`, `Su-35`). */
export function modelCode(t: Token | undefined): boolean {
  return !!t && (t.kind === "number" || /\d/.test(t.norm));
}
