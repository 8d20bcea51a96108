// A run of capitalised words split into names: known names, people (given name or initial first),
// titles, unknown words; then a piece closed by a head takes in the pieces that describe it
// (`Azərbaycan Prezidentinin Mətbuat xidməti`), and each name is typed and emitted.
import type { EntityType, Token } from "../../text/doc.js";
import type { KnownName } from "./tables.js";
import { baseForms, endingsOf, endsWithAny, hasBase, isCommonWord, startsUpper, surnameShaped } from "./lexicon.js";
import type { SentenceScope } from "./scope.js";
import { beforeJoiner, hyphenedParticle, isAcronym, isInitialWord, isLetterAbbreviation, isRomanNumeral, isWord } from "./words.js";
import { givenNameAtStart, initialNameInCase, knownPersonAt, knownPersonsFirstName, knownPlaceInCase, knownSurname, nameWordInCase, namedSurname, nextNameAfterComplete, otherNamedSurnameLast, personStart, placeCaseWord, variantFirstName } from "./people.js";
import { documentTitle, modelCode, productAfter, typeFromContext } from "./context.js";

/** A piece of a capitalised chain: a known name, a person, a title, or unknown words. */
interface Piece { s: number; e: number; type: EntityType | null; known?: KnownName; title?: boolean }

/** Splits the chain [a, j) into names and emits them. */
export function pieces(sc: SentenceScope, a: number, j: number, closedByForm: boolean): void {
  const { toks, lx } = sc;
  const ps: Piece[] = [];
  const next = toks[j];
  const placeHeadAfter = j < sc.end && next.kind === "word" && !startsUpper(next) && hasBase(lx.placeHeads, next.lower, lx);
  let p = a;
  while (p < j) {
    const known = sc.matchKnown(p, j);
    if (known && (known.end - p > 1 || !(personStart(sc, p, j) || titledGivenName(sc, p, a, j)))) {
      // `İsrail Dövlətinin`: the country's state written in full is still the country
      if (known.k.iso && known.end === j - 1 && toks[known.end].kind === "word"
        && hasBase(lx.stateWords, toks[known.end].lower, lx)) known.end++;
      // `Suriya Ərəb Respublikasının`, `Nigeriya Federativ Respublikası`: the official form, a word
      // or two describing the state, then the state word with its possessive, is the country too
      else if (known.k.iso) known.end = officialStateForm(sc, known.end, j) ?? known.end;
      ps.push({ s: p, e: known.end, type: known.k.type, known: known.k });
      p = known.k.type === "PER" ? placeAfterName(sc, ps, p, known.end, j) : known.end;
      continue;
    }
    // right after a title, an unknown word before a given name is the first part of a foreign name
    // (`naziri Xavaca Asif`): a name's parts before its last take no case ending
    const foreignFirst = p === a && sc.isTitle(p - 1) && !sc.isTitle(p) && !known && personStart(sc, p + 1, j);
    // `Papası XIV Leo`: a regnal number opens the name it numbers
    const regnal = !known && p + 1 < j && sc.regnalNumber(p);
    if (personStart(sc, p, j) || foreignFirst || regnal || titledGivenName(sc, p, a, j) || givenNameAtStart(sc, p, a, j)) {
      let q = p + 1;
      // name particles (`bin`, `Əl`) do not count towards the length of a name
      let words = 1;
      if (secondInitial(sc, p, q, j)) q++;
      // (an initial glued to its surname, `A.Əraqçi`, is a name of two words already: a known place in the genitive after
      // it is the next phrase's owner, `A.Əraqçi Azərbaycanın xarici işlər naziri ilə`)
      const glued = toks[p].kind !== "initial" && isInitialWord(toks[p]) ? 1 : 0;
      while (q < j && words < 4 + (foreignFirst ? 1 : 0) && !sc.isTitle(q) && !lx.known.has(toks[q].lower) && !knownPlaceInCase(sc, q, words + glued) && !sc.headKind(toks[q]) && !isAcronym(toks[q])
        && !(q - 1 > p && closedBySurname(sc, q, j)) && !knownPersonAt(sc, p, q, j) && !knownNameAt(sc, q, j) && !(q - 1 > p && surnameInCase(sc, q - 1)) && !knownPersonThenSurname(sc, p, q)
        // a name's inner words take no case ending; a complete name ends before another (`Con Smit Pol Ceksona`)
        && !(q - 1 > p && nameWordInCase(sc, q - 1)) && !(q - 1 === p && initialNameInCase(sc, p)) && !nextNameAfterComplete(sc, p, q, j)) {
        if (!lx.particles.has(toks[q].lower)) words++;
        q++;
      }
      if (lx.particles.has(toks[q - 1]?.lower)) q--;
      ps.push({ s: p, e: q, type: "PER" });
      p = placeAfterName(sc, ps, p, q, j);
      continue;
    }
    // a title before more words that open no head, or closing a chain it does not open
    if (sc.isTitle(p) && (p + 1 < j ? !sc.headKind(toks[p + 1]) : p > a)) {
      ps.push({ s: p, e: p + 1, type: null, title: true });
      p++;
      continue;
    }
    // an unknown word right before a known person's surname may be their first name spelt another way
    if (p + 1 < j && !known && !isAcronym(toks[p]) && variantFirstName(sc, p)) {
      ps.push({ s: p, e: p + 2, type: "PER" });
      p += 2;
      continue;
    }
    // the surname of a known person, or of one the article named, stands for them
    // (`Tramp ABŞ-Körfəz ... sammitində`)
    if ((knownSurname(sc, p) && !commonWordInEventName(sc, p, j)) || namedSurname(sc, p)) {
      ps.push({ s: p, e: p + 1, type: "PER" });
      p++;
      continue;
    }
    let q = p + 1;
    // a surname closes a person's name: `Əliyev Putini` are two people; not before a place's head,
    // where the words are one place's name (`Çasov Yar şəhəri`)
    // (a given name right after the first word and before another given name is its surname: `Ceyk Pol Mayk Tayson`)
    while (q < j && !sc.matchKnown(q, j) && !(personStart(sc, q, j) && !(q === p + 1 && q + 2 < j && lx.given.has(toks[q + 1].lower))) && !(sc.isTitle(q) && !sc.headKind(toks[q]) && !(q + 1 < j && sc.headKind(toks[q + 1])))
      && !(knownSurname(sc, q) && !commonWordInEventName(sc, q, j)) && !otherNamedSurnameLast(sc, p, q, j) && !(surnameShaped(toks[q - 1].lower, lx, true) && !placeHeadAfter && !surnameBeforeHead(sc, q))
      // a word with a case ending ends the name (`Makronla Con`), and so does a group's name in the plural
      // before a common word that heads nothing (`Husilər Qırmızı dənizdə`); after two name words a
      // place in the locative or ablative is a name of its own (`Rodriqo Duterte Manilada`)
      && !nameWordInCase(sc, q - 1) && !pluralNameBeforeWord(sc, q - 1)
      // a run's first word in the locative before a word that is no head is the place the sentence puts
      // the next name in (`Sibirdə Tiksinski körfəzi`); the parts of one name before its last take no case
      && !(q === p + 1 && placeBeforeName(sc, p, j, placeHeadAfter)) && !(q - p >= 2 && !isCommonWord(toks[q - 1]) && !isCommonWord(toks[q - 2])
        && !sc.headKind(toks[q - 1]) && !sc.headKind(toks[q - 2]) && placeCaseWord(sc, q))
      // a body's head closes its name: the words after it name someone else (`… Bürosu Timur Mindiçi`), unless
      // they close a name of their own with a head (`… Fondunun Müşahidə Şurası`, joined below)
      && !(q - 1 > p && closingHead(sc, q - 1) && !sc.headKind(toks[q]) && !headAhead(sc, q, j))
      // a body's acronym before a person's name is a name of its own (`AFFA Frank De Bleker ilə …`)
      && !(q === p + 1 && acronymBeforePerson(sc, p, j))) q++;
    // `İran-İsrail müharibəsi`: a pair of names joined by a hyphen is neither of them
    // (but one opening a body's name that runs to a head closing the run is that body's: `Şirvan-Salyan Regional Təhsil
    // İdarəsi`, a regional office named by the pair of places it serves)
    if (q === p + 1 && pairOfNames(sc, p)) {
      if (q < j && sc.headKind(toks[j - 1]) === "ORG" && !sc.matchKnown(q, j)) {
        let k = q;
        while (k < j && !sc.headKind(toks[k]) && !sc.lx.known.has(toks[k].lower)) k++;
        if (k === j - 1 && k > q) { ps.push({ s: p, e: j, type: "ORG" }); p = j; continue; }
      }
      p = q;
      continue;
    }
    if (q === p + 1 && q < j && acronymBeforePerson(sc, p, j)) {
      ps.push({ s: p, e: q, type: null }, { s: q, e: j, type: "PER" });
      p = j;
      continue;
    }
    ps.push({ s: p, e: q, type: q === p + 1 && placeBeforeName(sc, p, j, placeHeadAfter) ? "LOC" : null });
    p = placeAfterName(sc, ps, p, q, j);
  }
  if (ps.length === 0) return;
  // a piece closed by a head (or a national body's known name) takes in the pieces before it
  // that describe it: the outermost name (`Azərbaycan Prezidentinin Mətbuat xidməti`)
  for (let x = ps.length - 1; x >= 0; x--) {
    const closer = ps[x];
    const type = closingType(sc, closer, x === ps.length - 1 && closer.e === j && closedByForm, ps[x - 1]);
    if (!type) continue;
    let k = x;
    // a place in the genitive opens the name it owns: pieces before it are names of their own
    // (`BBC ABŞ-nin Daxili Təhlikəsizlik Xidməti`)
    // (a state's name right before another's that opens the body's name is a name of its own: `ABŞ Ukrayna Müdafiə
    // Nazirliyinə` is the United States and Ukraine's ministry)
    // (and a known person before a known name that opens the event's own, `İlham Əliyev Davos Forumunda`, is someone there,
    // not the name's: `Heydər Əliyev Beynəlxalq Hava Limanı` is named after the person)
    while (k > 0 && joinsName(sc, ps[k - 1], closer, type) && !stateBeforeState(sc, ps[k - 1], ps[k]) && !namesBeforeAcronym(sc, ps[k - 1], ps[k])
      && !nameBeforeState(sc, ps[k - 1], ps[k], k < x) && !(k < x && ps[k - 1].known?.type === "PER" && !!ps[k].known)) if (opensOwnedName(sc, ps[--k])) break;
    if (k === x && closer.known) continue;
    ps.splice(k, x - k + 1, { s: ps[k].s, e: closer.e, type });
    x = k;
  }
  for (let x = 0; x < ps.length; x++) {
    const pc = ps[x];
    // a lower-case head left alone once the names before it stood apart (`Polşanın Bakıdakı səfirliyində`)
    // (a person's surname led by a particle stays: `əs-Sisiyə` after `Əbdülfəttah əs-Sisi`)
    if (pc.title || (!startsUpper(toks[pc.s]) && !(pc.type === "PER" && hyphenedParticle(toks[pc.s], lx.particles)))) continue;
    // `ABŞ-Körfəz Əməkdaşlıq Şurasının sammitində`: an event head after a name makes it the event's
    // (a head without the compound's possessive is none: `Liqasında həftənin oyunçusu`)
    const eventHead = pc.e === j && (!pc.known || pc.known.type === "ORG") && pc.type !== "PER" && sc.possessedHead(toks[j]) ? sc.lowerHead(j, "MISC") : null;
    if (eventHead) {
      // (no name is a document's title before it, `Konstitusiya Qanunu layihəsi`, nor one capitalised common word
      // before a document's head, `Məxfilik müqaviləsi`, or in a case, `Agentliyin əməliyyat fəaliyyəti`)
      // (the word may be read common by its lower-case reading too, or, before a document's head, by an abstract noun's
      // ending: `Məxfilik müqaviləsi`)
      const docHead = hasBase(lx.documentHeads, toks[j].lower, lx);
      if (!pc.known && (documentTitle(sc, pc.s, pc.e) || (pc.e - pc.s === 1
        && (sc.commonWords(pc.s, pc.e) || commonWordAlone(sc, pc.s, pc.e) || (docHead && endsWithAny(sc.lemmaAt(pc.s), lx.abstractNouns)))
        && (docHead || !!toks[pc.s].analysis?.case)))) continue;
      sc.push({ tokStart: pc.s, tokEnd: pc.e, type: "MISC", nameTail: " " + sc.headBase(eventHead) });
      continue;
    }
    // (nor is a common noun's abbreviation after a name, `Azərbaycana PUA-ları`, as it is alone: `genericAt`)
    if (!pc.known && pc.e - pc.s === 1 && lx.commonAbbreviations.has(beforeJoiner(toks[pc.s].norm))) continue;
    // titles of documents are no names; names inside them are (`Paris Sazişi` -> `Paris`)
    if (!pc.known && pc.type !== "PER" && documentTitle(sc, pc.s, pc.e)) continue;
    // `HIMARS sistemləri`, `Boeing 747-8 təyyarəsi`, `Airbus A321 Neo təyyarəsi`: a product, no entity (a
    // known name needs the model code: `Rusiya raketləri`, `AZAL təyyarəsi` are the country's and the airline's)
    // (a known place or a name with a case ending is no brand: `Rusiya 5 raket atıb`, `Ukraynaya 5 raket` count
    // rockets fired by or at a country)
    const model = modelCode(toks[pc.e]) && pc.known?.type !== "LOC" && sc.lemmaAt(pc.e - 1) === toks[pc.e - 1].lower;
    const cased = !!toks[pc.e - 1].analysis?.case && toks[pc.e - 1].analysis?.case !== "nom";
    if ((pc.e === j || model) && pc.type !== "PER" && !cased && productAfter(sc, pc.e) && (!pc.known || model)) continue;
    const type = pc.type ?? typeFromContext(sc, pc.s, pc.e, j);
    // `İmam Xomeyni hava limanı`: a place named after a person keeps the title written in the name
    const prevPiece = ps[x - 1];
    if (type === "LOC" && prevPiece?.title && prevPiece.e === pc.s && !pc.known) {
      sc.push({ tokStart: prevPiece.s, tokEnd: pc.e, type });
      continue;
    }
    // a lone head noun (`Hökumət`, `Saziş`) or common nouns alone name nothing by themselves
    // (so is one capitalised word the language reads, lower-cased, as a common word of its own: `Keyfiyyət
    // informasiya sistemi`, `Tibb ixtisası`; another mention of the same name may still type it)
    // (and so is an adjective that opens names of bodies, alone before a lower-case word: `Ali nümayəndəsi`, a title)
    const weak = !type && !pc.known && (sc.commonWords(pc.s, pc.e) || commonWordAlone(sc, pc.s, pc.e) || nameAdjectiveAlone(sc, pc.s, pc.e));
    sc.push({ tokStart: pc.s, tokEnd: pc.e, type, known: pc.known, weak: weak || undefined });
  }
}

/** `Ümumdünya Qan Donoru Günü`: a known person's surname that the language reads as a bare common word (`Qan`, blood),
 *  inside a run an event's head closes after it, is a word of the event's name, no person (`Tsin Qan` named in full
 *  stays the person). */
function commonWordInEventName(sc: SentenceScope, q: number, j: number): boolean {
  const t = sc.toks[q];
  if (!(q + 1 < j && sc.headKind(sc.toks[j - 1]) === "MISC" && !t.analysis?.case && !t.analysis?.poss && sc.ctx.commonReading?.(t.lower) === "bare")) return false;
  // (only the event's own head after it: a head between closes another name first, `X Qan Mərkəzində Y Günü`)
  for (let k = q + 1; k < j - 1; k++) if (sc.headKind(sc.toks[k])) return false;
  return true;
}

/** `naziri Sahil Babayev`, `səfiri Alim Bayel`, `məsləhətçisi Aidə Əsgərli`: right after a title, a bare
 *  capitalised word the tables do not hold as a given name (it may be a common noun or a title: `sahil`,
 *  `alim`; or read as a name with an ending: `Ai-də`) before a surname is a given name. The surname has
 *  a surname's shape or is a known person's, or is an unknown word closing the run. */
export function titledGivenName(sc: SentenceScope, p: number, a: number, j: number): boolean {
  const { toks, lx } = sc;
  const t = toks[p], surname = toks[p + 1];
  if (p !== a || p + 1 >= j || !sc.isTitle(p - 1) || t.kind !== "word" || lx.known.has(t.lower) || isAcronym(t)) return false;
  const c = t.analysis?.case;
  if ((c && c !== "nom") || t.analysis?.poss) return false;
  // (a known person's surname is no given name: `Prezident Əliyev Tokayevi` names two people, the second the object)
  if (knownSurname(sc, p) && !knownPersonsFirstName(sc, p)) return false;
  if (surname.kind !== "word" || isAcronym(surname) || sc.isTitle(p + 1) || sc.headKind(surname) || isCommonWord(surname)) return false;
  // a known person's surname: theirs, or anyone's when it has a surname's strong shape (`Babayev`)
  if (knownSurname(sc, p + 1)) return knownPersonsFirstName(sc, p) || surnameShaped(surname.lower, lx, true);
  if (sc.matchKnown(p + 1, j)) return false;
  return surnameShaped(surname.lower, lx, false) || j === p + 2;
}

/** `Emin Əmrullayev Respublika ...`, `İbrahim İbrahimli İlqar İsmayılov`: a person's name named in
 *  full by its given name and a surname ends with the surname at q - 1; the capitalised words after it
 *  open another name. A surname of a distinctive shape ends it before any word, a weaker one before
 *  another person's given name. Not before the father's name of an official form (`Anar Əliyev Rasim
 *  oğlu`), where a patronymic follows the next word. */
function closedBySurname(sc: SentenceScope, q: number, j: number): boolean {
  const { toks, lx } = sc;
  const after = toks[q + 1];
  if (after?.kind === "word" && baseForms(after.lower, lx).some((b) => lx.patronymics.has(b))) return false;
  const surname = toks[q - 1].lower;
  return surnameShaped(surname, lx, true) || (surnameShaped(surname, lx, false) && personStart(sc, q, j));
}

/** The type a piece gives the name it closes: its head noun's, or ORG for a national body. */
function closingType(sc: SentenceScope, pc: Piece, endsOrg: boolean, prev?: Piece): EntityType | null {
  if (pc.title || pc.type === "PER") return null;
  if (endsOrg) return "ORG";
  if (pc.known) return pc.known.type === "ORG" && !pc.known.international ? "ORG" : null;
  const last = sc.toks[pc.e - 1];
  if (!startsUpper(last) || hasBase(sc.lx.documentHeads, last.lower, sc.lx)) return null;
  const head = sc.headKind(last);
  // a head alone is a common noun (`Hökumətin`), not a name, unless a known place in the nominative
  // names the body or the facility (`Fələstin Administrasiyası`, `Xəzər Universiteti`, `Xəzər Oteli`)
  // or a person it is named after (`Heydər Əliyev Mərkəzi`); a place's own head stays apart (`Bakı Şəhəri`)
  // (or a named event the body serves: a pilgrimage's ministry)
  // (or a known national body whose office it is: `Dövlət Yol Polisi İdarəsi`)
  const namedBefore = !!prev && prev.e === pc.s && (((prev.known?.type === "LOC" || ((prev.known?.type === "MISC" || (prev.known?.type === "ORG" && !prev.known.international)) && head === "ORG")) && nominative(sc, prev)) || prev.type === "PER");
  // (and a gathering named after a city or a region, `Mərkəzi Asiya Sammiti`, `Qəbələ Forumu`; not after a country, see joinsName)
  const namesBody = head === "ORG" || (head === "LOC" && hasBase(sc.lx.facilityHeads, last.lower, sc.lx)) || (head === "MISC" && prev?.known?.type === "LOC" && !prev.known.iso);
  // `Azərbaycanın İsraildəki Səfirliyi`, `… Bakıdakı Nümayəndəliyi`: a known place as an attribute in the
  // locative before a capitalised body's head names the body placed there (a country's mission abroad)
  const placedBody = head === "ORG" && !!prev && prev.e === pc.s && prev.known?.type === "LOC" && attributivePlace(sc, sc.toks[prev.e - 1]);
  return head && (pc.e - pc.s > 1 || (namedBefore && namesBody) || placedBody) ? head : null;
}

/** Whether a piece right before a closing piece is part of its name. */
/** `Mateuş Koxalski UEFA Çempionlar Liqasında`, `Con Smit FIFA Şurasına`: an unknown run of two or more proper words
 *  (no common word, no head, no case on its inner words) right before a body known by its acronym, which opens the
 *  name after it, is a name of its own (a body's name opens with its acronym or a place, not with names after it). */
function namesBeforeAcronym(sc: SentenceScope, prev: Piece, next: Piece): boolean {
  if (prev.known || prev.title || prev.e - prev.s < 2 || prev.e !== next.s) return false;
  if (next.known?.type !== "ORG" || next.e - next.s !== 1 || !isAcronym(sc.toks[next.s])) return false;
  for (let k = prev.s; k < prev.e; k++) {
    const t = sc.toks[k];
    if (!isWord(t) || !startsUpper(t) || isAcronym(t) || isCommonWord(t) || sc.headKind(t) || sc.isTitle(k) || sc.lx.known.has(t.lower)) return false;
    if (k < prev.e - 1 && t.analysis?.case) return false;
  }
  return true;
}

function joinsName(sc: SentenceScope, prev: Piece, closer: Piece, type: EntityType): boolean {
  // (but not a title with its possessive before a body known by its acronym: `Prezidenti FED rəhbərini`
  // is the president, then the body)
  if (prev.title) return !(closer.known?.type === "ORG" && closer.e - closer.s === 1 && isAcronym(sc.toks[closer.s])
    && !!sc.toks[prev.e - 1].analysis?.poss && prev.e === closer.s);
  // (a district's name that is a given name too, before a name opening with a district's head, is the district's:
  // `Nəsimi Rayon Məhkəməsi`, `Nizami Rayon İcra Hakimiyyəti`)
  if (prev.type === "PER") return (closer.e - closer.s === 1 && !closer.known) || (prev.e - prev.s === 1 &&
    sc.lx.known.get(sc.toks[prev.s].lower)?.type === "LOC" && sc.headKind(sc.toks[closer.s]) === "LOC");
  // an unknown piece closed by its own head is a name of its own (`... Hava Limanında`);
  // a given name alone is a person's (`Asif Pakistan Silahlı Qüvvələrinin ...`)
  // and a surname is a person's before a body known by itself (`Zeynalova Azercell-in`)
  // a body owned by the body before it, which stands bare with its possessive (`Ali Məclisi Senatı`)
  if (!prev.known && ownedBody(sc, prev, closer)) return true;
  // (and so are the words right after a title before a body known by itself: `vəkili Pyotr Volokovıx Xarici İşlər
  // Nazirliyinə` is the person titled, then the ministry)
  // (only words that could be a name: no body's head among them and no case on the last, `Prezidentinin İşlər İdarəsinin …
  // Arxivində Milli Məclisin` is left to the rules below)
  if (!prev.known && closer.known && closer.e - closer.s > 1 && prev.s > sc.start && sc.isTitle(prev.s - 1) &&
    !sc.toks[prev.e - 1].analysis?.case && !sc.toks.slice(prev.s, prev.e).some((tk) => sc.headKind(tk))) return false;
  if (!prev.known) {
    return !closingType(sc, prev, false) && !(prev.e - prev.s === 1 && sc.lx.given.has(sc.toks[prev.s].lower))
      && !(closer.known && surnameShaped(sc.toks[prev.e - 1].lower, sc.lx, true));
  }
  if (prev.known.type === "LOC") {
    // a city before an event's name is part of it (`Qəbələ Qlobal Gənclər Forumu`), a country is not
    if (type === "MISC") return nominative(sc, prev) && !prev.known.iso;
    // a place in the genitive owns a body known by itself (`Litvanın Nazirlər Kabineti`): two names;
    // an official name spells its country (`X Respublikasının Silahlı Qüvvələri`,
    // `Azərbaycan Respublikasının Elm və Təhsil Nazirliyi`), even one known by itself
    const last = sc.toks[prev.e - 1];
    // (the place a body of one word is in: `İsraildəki Səfirliyi`, see closingType)
    if (type === "ORG" && !closer.known && closer.e - closer.s === 1 && attributivePlace(sc, last)) return true;
    return nominative(sc, prev) || (type === "ORG" && sc.genitive(last) && (!closer.known || hasBase(sc.lx.stateWords, last.lower, sc.lx)));
  }
  // a named event in the nominative before a body's head names the body (`X Nazirliyi` for a pilgrimage's
  // ministry, `X Təşkilat Komitəsi`)
  if (prev.known.type === "MISC") return type === "ORG" && !closer.known && nominative(sc, prev);
  // a body known by itself after another is a second name (`Müdafiə Nazirliyi Lockheed Martin ilə`),
  // unless the first owns it (`Maliyyə Nazirliyinin Xarici Aktivlərə Nəzarət İdarəsi`)
  return prev.known.type === "ORG" && (!closer.known || sc.genitive(sc.toks[prev.e - 1]));
}

/** A known body of one word written with its possessive, after an organisation's name whose last
 *  word has its possessive and no case: the body's own part (`Ali Məclisi Senatı`). */
function ownedBody(sc: SentenceScope, prev: Piece, closer: Piece): boolean {
  if (closer.known?.type !== "ORG" || closer.e - closer.s !== 1 || closingType(sc, prev, false) !== "ORG") return false;
  const own = sc.toks[prev.e - 1].analysis, part = sc.toks[closer.s].analysis;
  return !!own?.poss && !own.case && !!part?.poss;
}

/** One capitalised word, bare, that the tables hold as an adjective opening names of bodies (`Ali`, `Milli`), before a
 *  lower-case word: an adjective of a common phrase or a title (`Aİ-nin Ali nümayəndəsi`), no name by itself. */
function nameAdjectiveAlone(sc: SentenceScope, s: number, e: number): boolean {
  const t = sc.toks[s], next = sc.toks[e];
  return e - s === 1 && t.kind === "word" && sc.lx.nameAdjectives.has(t.lower) && !!next && next.kind === "word" && !startsUpper(next);
}

/** Two states' names in a row, the first in the nominative, the second opening a name (`ABŞ Ukrayna …`). */
function stateBeforeState(sc: SentenceScope, prev: Piece, pc: Piece): boolean {
  return !!prev.known?.iso && prev.known.type === "LOC" && !!pc.known?.iso && pc.known.type === "LOC" && prev.e === pc.s && nominative(sc, prev);
}

/** A person's name or a known body's, then a state's name opening the body's name after it: two names
 *  (`XİN Fransa Senatının qətnaməsini`, `Mehriban Əliyeva Fransa Senatının sədrini`: the person or the body acts on
 *  the state's body). */
function nameBeforeState(sc: SentenceScope, prev: Piece, pc: Piece, opensMore: boolean): boolean {
  if (!opensMore || prev.e !== pc.s || !pc.known?.iso || pc.known.type !== "LOC" || !nominative(sc, pc)) return false;
  return (prev.type === "PER" || prev.known?.type === "ORG") && !sc.toks[prev.e - 1].analysis?.case;
}

/** A known place in the genitive: the possessor that opens a body's name (`ABŞ-nin ... Xidməti`). */
function opensOwnedName(sc: SentenceScope, pc: Piece): boolean {
  // (and an international body so, its genitive written apart: `BMT-nin X Agentliyi`)
  const owner = pc.known?.type === "LOC" || (pc.known?.type === "ORG" && !!pc.known.international && /[-'’]/.test(sc.toks[pc.e - 1].norm));
  return owner && !nominative(sc, pc) && sc.genitive(sc.toks[pc.e - 1]);
}

/** The end of a state's official form after its country's name at k: one or two capitalised words
 *  that describe a state (`Ərəb`, `Xalq Demokratik`), then a state word with its possessive. */
function officialStateForm(sc: SentenceScope, k: number, j: number): number | null {
  const { toks, lx } = sc;
  for (let q = k; q < j && q <= k + 2; q++) {
    const t = toks[q];
    if (t.kind !== "word" || !startsUpper(t)) return null;
    if (q > k && hasBase(lx.stateWords, t.lower, lx)) return sc.lemmaAt(q) !== t.lower ? q + 1 : null;
    if (q === k + 2 || !lx.stateDescriptors.has(t.lower)) return null;
  }
  return null;
}

/** A word with a locative ending that makes it an attribute (`İsraildəki`, `Bakıdakı`). */
export function attributivePlace(sc: SentenceScope, t: Token): boolean {
  return sc.lx.attributiveEndings.size > 0 && endingsOf(t.lower, sc.lx).some((e) => sc.lx.attributiveEndings.has(t.lower.slice(e.stemLength)));
}

/** A known name written in its nominative form. */
function nominative(sc: SentenceScope, pc: Piece): boolean {
  let key = "";
  for (let k = pc.s; k < pc.e; k++) key += (k > pc.s ? " " : "") + sc.toks[k].lower;
  return sc.lx.known.has(key);
}

/** A hyphenated word whose parts are all known names, two or three (`İran-İsrail`, `Türkiyə-Finlandiya-İsveç`). */
function pairOfNames(sc: SentenceScope, i: number): boolean {
  const t = sc.toks[i];
  const parts = t.lower.split("-");
  if (parts.length < 2 || parts.length > 3 || parts.some((x) => !x) || sc.lx.known.has(t.lower)) return false;
  const last = baseForms(parts[parts.length - 1], sc.lx), first = parts.slice(0, -1);
  // (three only of states or bodies: three cities name a route, `Bakı-Tbilisi-Qars` dəmir yolu)
  const side = (x: string) => sc.lx.known.has(x) && (parts.length === 2 || !!sc.lx.known.get(x)!.iso || sc.lx.known.get(x)!.type === "ORG");
  if (first.every(side) && last.some(side)) return true;
  // two known persons' surnames (`Əliyev-Paşinyan görüşü`): a pair of people, neither one's name
  return first.every((x) => sc.lx.knownSurnames.has(x)) && last.some((b) => sc.lx.knownSurnames.has(b));
}

/** A known person's surname with a case ending (`İlon Maskı Leonardo`): it closes the name it ends. */
function surnameInCase(sc: SentenceScope, k: number): boolean {
  const t = sc.toks[k];
  if (sc.lx.knownSurnames.has(t.lower)) return false;
  return endingsOf(t.lower, sc.lx).some((e) => e.case !== "nom" && sc.lx.knownSurnames.has(t.lower.slice(0, e.stemLength)));
}

/** A known place or body of two words or more starts at q (`… bin Salman Ağ Evdə`): the person's name ends before it. */
function knownNameAt(sc: SentenceScope, q: number, j: number): boolean {
  const k = sc.matchKnown(q, j);
  return !!k && k.k.type !== "PER" && k.end - q >= 2;
}

/** `Si Cinpin Putinə`: the words [p, q) are a known person's whole name and a known person's surname
 *  follows: a second person (a known name does not go on). */
function knownPersonThenSurname(sc: SentenceScope, p: number, q: number): boolean {
  if (q - p < 2 || !knownSurname(sc, q)) return false;
  const k = sc.matchKnown(p, q);
  return !!k && k.k.type === "PER" && k.end === q;
}

/** A name in the plural (a group's: `Husilər`) with no possessive or case, before a common word that is
 *  no head: the plural is no inner word of a name, and the word after it opens another
 *  (`Veteranlar Təşkilatı` stays one name). */
function pluralNameBeforeWord(sc: SentenceScope, k: number): boolean {
  const a = sc.toks[k].analysis, next = sc.toks[k + 1];
  return !!a?.plural && a.pos === "PROPN" && !a.poss && !a.case && !!next && isCommonWord(next) && !sc.headKind(next);
}

/** `Alberto Fernandes Limada danışıb`, `Mahmud Abbas Ramallahda`: an unknown word in the locative right
 *  after a name of two words or more [p, q) is a place (the context would read it as the person's);
 *  pushed as one, the index after it is returned, else q. */
function placeAfterName(sc: SentenceScope, ps: Piece[], p: number, q: number, j: number): number {
  if (q >= j || q - p < 2 || !placeCaseWord(sc, q, true) || knownSurname(sc, q) || namedSurname(sc, q) || sc.matchKnown(q, j)) return q;
  ps.push({ s: q, e: q + 1, type: "LOC" });
  return q + 1;
}

/** Token k is a body's head with an ending of its own (`Bürosu`, `Şurasına`): a bare one (`Bank`, `Group`) may
 *  go on in a foreign name (`Ziraat Bank International`). */
function closingHead(sc: SentenceScope, k: number): boolean {
  const a = sc.toks[k].analysis;
  return sc.headKind(sc.toks[k]) === "ORG" && (a?.poss !== undefined || a?.case !== undefined);
}

/** A head word among tokens [q, j) of the chain: the words from q close a name of their own. */
function headAhead(sc: SentenceScope, q: number, j: number): boolean {
  for (let k = q; k < j; k++) if (sc.headKind(sc.toks[k])) return true;
  return false;
}

/** `K.P. Şarma Oli`: a one-letter abbreviation right after the initial opening a name is its second initial. */
function secondInitial(sc: SentenceScope, p: number, q: number, j: number): boolean {
  const one = (t: Token) => isLetterAbbreviation(t) || (t.kind === "initial" && /^\p{Lu}\.$/u.test(t.norm));
  return q === p + 1 && q + 1 < j && one(sc.toks[p]) && one(sc.toks[q]) && startsUpper(sc.toks[q + 1]);
}

/** `AFFA Əliyar Ağayevin …`, `AFFA Frank De Bleker …`: an acronym (no Roman numeral) before words that make a
 *  person's name (a given name first; or two or more words, with a name particle or a distinctive surname ending
 *  last) and hold no head or other acronym: the body's name and the person's are two names. */
function acronymBeforePerson(sc: SentenceScope, p: number, j: number): boolean {
  const { toks, lx } = sc;
  if (!isAcronym(toks[p]) || isRomanNumeral(toks[p]) || toks[p].kind === "initial") return false;
  for (let k = p + 1; k < j; k++) if (isAcronym(toks[k]) || sc.headKind(toks[k]) || sc.isTitle(k)) return false;
  if (personStart(sc, p + 1, j)) return true;
  if (j - p < 3) return false;
  for (let k = p + 2; k < j - 1; k++) if (lx.particles.has(toks[k].lower)) return true;
  return surnameShaped(toks[j - 1].lower, lx, true);
}

/** `Yakutiyanın Tiksinski rayonunda`: the first of a run's two words in the genitive, before a lower-case place head
 *  after the run: the place that owns the place the head names, a name of its own (a body's name owned so ends in a
 *  capitalised head: `Rusiyanın Elmlər Akademiyası`). Not a common word, a head, a known name as written, nor a
 *  genitive on a possessive (`Liqasının`). */
function placeOwner(sc: SentenceScope, p: number, j: number, placeHeadAfter: boolean): boolean {
  const t = sc.toks[p], lx = sc.lx;
  if (!placeHeadAfter || j !== p + 2 || !startsUpper(t) || isAcronym(t) || isCommonWord(t) || sc.headKind(t) || lx.known.has(t.lower) || lx.given.has(t.lower)) return false;
  const ends = endingsOf(t.lower, lx);
  return !ends.some((e) => e.afterPoss) && ends.some((e) => e.case === "gen" && t.lower.length - e.stemLength >= 2);
}

/** The run's word at p, before another name word that is no head nor title, is a place of its own: in the locative
 *  (`Sibirdə Tiksinski körfəzi`), or owning the place a lower-case head after the run names. */
function placeBeforeName(sc: SentenceScope, p: number, j: number, placeHeadAfter: boolean): boolean {
  const q = p + 1;
  return q < j && (placeCaseWord(sc, p, true) || placeOwner(sc, p, j, placeHeadAfter)) && !sc.headKind(sc.toks[q]) && !sc.isTitle(q);
}

/** One capitalised word, written in lower case but for its capital, that the morphology reads lower-cased as a common
 *  noun or adjective of the language (see commonRoot), or one the document also writes in lower case: a common word capitalised in a
 *  heading, a list or a title, no evidence of a name by itself. Not a given name (`Azad`, `Qurban`). */
export function commonWordAlone(sc: SentenceScope, s: number, e: number): boolean {
  const t = sc.toks[s];
  if (e - s !== 1 || t.kind !== "word" || !startsUpper(t) || t.norm.slice(1) !== t.norm.slice(1).toLowerCase() || isAcronym(t)) return false;
  if (sc.lx.given.has(t.lower) || baseForms(t.lower, sc.lx).some((b) => sc.lx.given.has(b))) return false;
  // (the word list holds names too, `Ronaldunun`: a root it holds only bare or with a case needs the document to
  // write the word in lower case as well)
  return !!sc.ctx.commonRoot?.(t.lower) || sc.ctx.lowerSeen.has(t.lower);
}

/** A word of a surname's shape right before a body's head (with the compound's possessive) names the body (`Bakı Slavyan
 *  Universiteti`), where it does not already end a person's full name (a given name before it). */
function surnameBeforeHead(sc: SentenceScope, q: number): boolean {
  const t = sc.toks[q];
  if (!t || !isWord(t) || !startsUpper(t) || sc.headKind(t) !== "ORG" || !sc.possessedHead(t)) return false;
  const before = sc.toks[q - 2];
  return !(before && isWord(before) && sc.lx.given.has(before.lower));
}
