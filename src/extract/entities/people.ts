// Cues that a person's name starts or goes on: initials, given names, surnames of known people,
// and the known places that end a name rather than continue it.
import { baseForms, endingsOf, endsWithAny, isCommonWord, startsUpper, surnameShaped } from "./lexicon.js";
import type { SentenceScope } from "./scope.js";
import { hyphenedParticle, isAcronym, isInitialWord, isLetterAbbreviation, isWord } from "./words.js";

/** A person's name starts at p (and goes on before j): an initial, or a given name. */
export function personStart(sc: SentenceScope, p: number, j: number): boolean {
  if (p >= j) return false;
  const t = sc.toks[p];
  if (isInitialWord(t)) return t.kind !== "initial" || p + 1 < j;
  // `Ş.Şərif`, `Ş. Şərif`: a one-letter abbreviation before a capitalised word is an initial
  if (isLetterAbbreviation(t) && p + 1 < j && startsUpper(sc.toks[p + 1])) return true;
  return (sc.lx.given.has(t.lower) || sc.namedGivens.has(t.lower)) && p + 1 < j && !sc.lx.known.has(sc.toks[p + 1].lower);
}

/** A word that is the surname of a known person (and no known name itself). */
export function knownSurname(sc: SentenceScope, i: number): boolean {
  return knownSurnameInitials(sc, i) !== null;
}

/** The last word of a person the article has already named in full, as written there or inflected
 *  (no known name itself): it stands for them alone (`Akadzava Vaşinqtonda`). */
export function namedSurname(sc: SentenceScope, i: number): boolean {
  const t = sc.toks[i];
  if (!sc.namedSurnames.size || !isWord(t) || !(startsUpper(t) || hyphenedParticle(t, sc.lx.particles)) || sc.lx.known.has(t.lower)) return false;
  return sc.namedSurnames.has(t.lower) || baseForms(t.lower, sc.lx).some((b) => sc.namedSurnames.has(b) && !sc.lx.known.has(b));
}

/** The first letters of the first names of the known people whose surname is the word at i, else null. */
function knownSurnameInitials(sc: SentenceScope, i: number): Set<string> | null {
  const t = sc.toks[i];
  if (!isWord(t) || !startsUpper(t)) return null;
  for (const b of baseForms(t.lower, sc.lx)) {
    const initials = sc.lx.knownSurnames.get(b);
    if (initials) return sc.lx.known.has(b) ? null : initials;
  }
  return null;
}

/** An unknown word before a known person's surname, spelling their first name another way
 *  (`Keir Starmer` for a known `Kir Starmer`): it opens with the same letter and takes no ending
 *  (a name's parts before its last never do). Another first letter is another person's name
 *  (`nümayəndəsi Uitkoff Putin`). */
export function variantFirstName(sc: SentenceScope, p: number): boolean {
  const t = sc.toks[p];
  if (isCommonWord(t) || endingsOf(t.lower, sc.lx).length) return false;
  return knownPersonsFirstName(sc, p);
}

/** A known person's surname at p + 1, and the word at p opens with the first letter of their first name:
 *  their given name (another letter is another person's name: `nümayəndəsi Uitkoff Putin`). */
export function knownPersonsFirstName(sc: SentenceScope, p: number): boolean {
  return !!knownSurnameInitials(sc, p + 1)?.has(sc.toks[p].lower[0]);
}

/** A known place or body in a case other than the genitive (`Asif Hindistanla`): it ends a person's
 *  name of `words` words so far. In the genitive it may be a surname that spells a place (`Luis
 *  Monteneqronun`), but not after a given name and a surname (`Abbas Araqçı İranın`). */
export function knownPlaceInCase(sc: SentenceScope, q: number, words: number): boolean {
  const t = sc.toks[q];
  return endingsOf(t.lower, sc.lx).some((e) => {
    // (nor after a known person's surname: `Nazir Fidan Misirin naziri` is the person and the state whose minister is met)
    if ((e.case === "gen" && words < 2 && !(words === 1 && knownSurname(sc, q - 1))) || e.case === "nom") return false;
    const k = sc.lx.known.get(t.lower.slice(0, e.stemLength));
    return !!k && k.type !== "PER";
  });
}

/** `Asif Əli Zərdari İlham Əliyevi`: a known person's full name (two words or more) starts at q, so
 *  the name begun at p (a given name and a surname at least) ends there. */
export function knownPersonAt(sc: SentenceScope, p: number, q: number, j: number): boolean {
  // (not after a given name alone: `Məhəmməd Şahbaz Şərif` is one person's name)
  if (q - p < 2 || sc.lx.given.has(sc.toks[q - 1].lower)) return false;
  const k = sc.matchKnown(q, j);
  return !!k && k.k.type === "PER" && k.end - q >= 2;
}

/** `Sahil Babayev: ...`: a sentence opening with two capitalised words, the second a surname of a
 *  strong shape: the first is the person's given name, though a common word too (`sahil`, a coast, and
 *  so missing from the given names, or a place's head); not a title, and with no ending of its own. */
export function givenNameAtStart(sc: SentenceScope, p: number, a: number, j: number): boolean {
  const t = sc.toks[p], a2 = t.analysis;
  if (p !== a || j - p !== 2 || t.kind !== "word" || !sc.atSentenceStart(p) || sc.isTitle(p)) return false;
  if (a2?.case || a2?.poss || a2?.plural || a2?.pos === "ADJ" || sc.lx.notNames.has(t.lower) || sc.lx.known.has(t.lower) || sc.ctx.lowerSeen.has(t.lower)) return false;
  // (not a known person's surname itself, nor before one in a case whose first name opens with another letter:
  // `Tramp Əliyevi`, `Putin Tokayevi` are two people, the second the object)
  if (knownSurname(sc, p) || (knownSurname(sc, p + 1) && !sc.lx.knownSurnames.has(sc.toks[p + 1].lower) && !knownPersonsFirstName(sc, p))) return false;
  const surname = sc.toks[p + 1];
  // (the surname in the nominative: before a genitive the first word is a common noun it owns, `Qərar X-in`)
  return surname.kind === "word" && !isCommonWord(surname) && !isAcronym(surname) && !surname.analysis?.case && surnameShaped(surname.lower, sc.lx, true) && !sc.matchKnown(p + 1, j);
}

/** The word at k carries a case ending a name's inner words never take: it ends the name it is in
 *  (`Makronla`, `Vensin`). Read so only when the stem is a known name or a known surname (a given
 *  name's is not: `Nərminə`, `Xalidə`; nor an unknown word's: `Mandela`, `Mariya`). Not a given name,
 *  a known name or surname as written, a common word or an acronym. */
export function nameWordInCase(sc: SentenceScope, k: number): boolean {
  const t = sc.toks[k], lx = sc.lx;
  if (!isWord(t) || !startsUpper(t) || isAcronym(t) || lx.given.has(t.lower) || lx.known.has(t.lower) || lx.knownSurnames.has(t.lower) || isCommonWord(t)) return false;
  const w = t.lower;
  return endingsOf(w, lx).some((e) => {
    if (e.case === "nom") return false;
    const stem = w.slice(0, e.stemLength);
    return lx.known.has(stem) || lx.knownSurnames.has(stem);
  });
}

/** An initial written with its surname (`N.Abdullayevaya`, `Ə.Məmmədovun`) whose surname, shaped as one, carries a case
 *  ending of two letters or more: a complete name in a case, which ends the name (`N.Abdullayevaya Cinayət Məcəlləsinin …`
 *  is a person and a code). One letter is left out: a woman's surname ends as a man's would in the dative (`Əliyeva`). */
export function initialNameInCase(sc: SentenceScope, k: number): boolean {
  const t = sc.toks[k];
  if (!isInitialWord(t) || t.norm.length <= 3 || t.norm[1] !== ".") return false;
  const w = t.lower.slice(2);
  return endingsOf(w, sc.lx).some((e) => e.case !== "nom" && w.length - e.stemLength >= 2 &&
    endsWithAny(w.slice(0, e.stemLength), sc.lx.strongSurnames));
}

/** The word at q is in the locative or the ablative (an ending of two letters or more: `Manilada`,
 *  `Çikaqodan`), no common word, given name or known name as written: after a person's complete name
 *  it is the place the sentence puts them in, a name of its own (in the ablative it may be a person
 *  asked or heard from: `locativeOnly` asks for the locative alone, where it is a place). */
export function placeCaseWord(sc: SentenceScope, q: number, locativeOnly = false): boolean {
  const t = sc.toks[q], lx = sc.lx;
  if (!isWord(t) || !startsUpper(t) || isAcronym(t) || lx.given.has(t.lower) || lx.known.has(t.lower) || lx.knownSurnames.has(t.lower) || isCommonWord(t)) return false;
  // (not a head, nor a word with its possessive before the ending: `Liqasında`, `Mərkəzindən`)
  const ends = endingsOf(t.lower, lx);
  if (sc.headKind(t) || ends.some((e) => e.afterPoss)) return false;
  return ends.some((e) => (e.case === "loc" || (e.case === "abl" && !locativeOnly)) && t.lower.length - e.stemLength >= 2);
}

/** The words [p, q) are a person's complete name (a given name or initial and a word after it that is
 *  no given name nor a particle) and the word at q opens another name: a known person's surname, another
 *  person's given name, or a place in the locative or ablative (`Con Smit Pol Ceksona`, `Fridrix Merz
 *  Makronla`, `Rodriqo Duterte Manilada`). Not before the father's name of an official form (`Anar
 *  Əliyev Rasim oğlu`). */
export function nextNameAfterComplete(sc: SentenceScope, p: number, q: number, j: number): boolean {
  const { toks, lx } = sc;
  if (otherNamedSurnameLast(sc, p, q, j)) return true;
  const last = toks[q - 1];
  if (q - p < 2 || !startsUpper(last) || lx.given.has(last.lower) || lx.particles.has(last.lower)) return false;
  const after = toks[q + 1];
  if (after?.kind === "word" && baseForms(after.lower, lx).some((b) => lx.patronymics.has(b))) return false;
  return knownSurname(sc, q) || personStart(sc, q, j) || placeCaseWord(sc, q) || secondFullName(sc, p, q, j);
}

/** `Nazir X Yli Z W-lə görüşüb`: a given name and a surname-shaped word, then two capitalised words closing the run, the
 *  last with a case ending, neither a common word nor a head: a second person named in full, its given name one the
 *  tables do not know. */
function secondFullName(sc: SentenceScope, p: number, q: number, j: number): boolean {
  const { toks, lx } = sc;
  if (q - p !== 2 || j - q !== 2 || !lx.given.has(toks[p].lower) || !surnameShaped(toks[q - 1].lower, lx, false)) return false;
  const [x, y] = [toks[q], toks[q + 1]];
  if (!isWord(x) || !isWord(y) || !startsUpper(x) || !startsUpper(y) || isCommonWord(x) || isCommonWord(y) || sc.headKind(x) || sc.headKind(y)) return false;
  return endingsOf(y.lower, lx).some((e) => !!e.case && e.case !== "nom" && e.case !== "gen" && e.stemLength >= 3);
}

/** The word at q closes the run in a case (`Prezident Petr Pavel Babişlə`, `Yair Lapid Hersoqu`) and is the surname
 *  of a person the article named before with other words (`Andrey Babiş`, `İsaak Hersoq`): the words [p, q), two at
 *  least, are another person's name. (Not when they hold that person's own first name: `Məhəmməd Şahbaz Şərifə` after
 *  `Şahbaz Şərif` is one name.) */
export function otherNamedSurnameLast(sc: SentenceScope, p: number, q: number, j: number): boolean {
  const t = sc.toks[q];
  if (q !== j - 1 || q - p < 2 || !isWord(t) || !(startsUpper(t) || hyphenedParticle(t, sc.lx.particles)) || !sc.namedSurnameOwners.size) return false;
  const words = sc.toks.slice(p, q).map((x) => x.lower);
  return endingsOf(t.lower, sc.lx).some((e) => {
    if (!e.case || e.case === "nom") return false;
    const owners = sc.namedSurnameOwners.get(t.lower.slice(0, e.stemLength));
    return !!owners && !words.some((w) => owners.has(w));
  });
}
