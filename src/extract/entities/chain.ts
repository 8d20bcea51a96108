// A run of capitalised words: where it ends (an ending written apart, a lower-case head, a legal
// form, a body attached to it), whether its first word is a name at a sentence start, and then its
// split into names (pieces.ts).
import type { Token } from "../../text/doc.js";
import { hasBase, startsUpper } from "./lexicon.js";
import { hyphenedParticle } from "./words.js";
import type { SentenceScope } from "./scope.js";
import { attachedBody, countryOwnsBody, joinConnected } from "./bodies.js";
import { officialPerson, patronymicInside, patronymicLast } from "./official.js";
import { attributivePlace, pieces } from "./pieces.js";
import { commonAtStart, nameByItselfAtStart, nounBeforeAcronym, opensLineElsewhere, trustedAtStart } from "./sentence-start.js";

/** A run of capitalised words from i: split into names, returns the index after it. */
export function chain(sc: SentenceScope, i: number): number {
  const { toks, lx } = sc;
  let j = runEnd(sc, i + 1);
  // `Həsənov Anar Rasim oğlu`: an official name, surname first, closed by the patronymic
  const official = officialPerson(sc, i, j);
  if (official > j) return official;
  // `Ağayeva Səbinə Abbasovna`: surname, given name and a patronymic of one word
  const patronymic = patronymicLast(sc, i, j);
  if (patronymic > i) return patronymic;
  // `Cəlil Abbas oğlu Rüstəmov`: given name, father's name, the patronymic and the surname
  const inside = patronymicInside(sc, i, j);
  if (inside > j) return inside;
  // `Marşal adalarından`, `Vətən müharibəsi`: a country's or an event's name may go on in lower case
  // (a place's head stays outside: `Qəzza zolağında`), and the run on after it (`Bosniya və
  // Herseqovinanın Mərkəzi Seçki Komissiyası`)
  // (a known name may also open with the whole run: `İkinci Dünya müharibəsi`)
  const goesOn = (k: number) => {
    const m = sc.matchKnown(k, sc.end);
    return m && m.end > j && (m.k.iso || m.k.type !== "LOC") ? m : null;
  };
  const country = goesOn(j - 1) ?? (j - 1 > i ? goesOn(i) : null);
  if (country) j = runEnd(sc, country.end);
  // `Meliorasiya və Su Təsərrüfatı ASC`: a connector joins two runs when the whole ends as an organisation
  // (but a known name before it is a name of its own: `Rusiya və Ukrayna Xarici İşlər Nazirlikləri`)
  const whole = sc.matchKnown(i, j);
  if (!(whole && whole.end === j)) j = joinConnected(sc, j);
  // `Baş prokuror yanında X İdarəsi`: a body attached to an office or another body is one name
  const attached = attachedBody(sc, i, j);
  if (attached > j) {
    // (not a function word opening the sentence: `Bunu X Nazirliyi yanında ...`, nor a common noun there in a case
    // other than the genitive: `Gəlirlərdə X Nazirliyi yanında ...`)
    const c = toks[i].analysis?.case;
    const first = sc.atSentenceStart(i) && (lx.notNames.has(toks[i].lower)
      || (c && c !== "gen" && !sc.matchKnown(i, attached) && !!sc.ctx.commonReading?.(toks[i].lower))) ? i + 1 : i;
    sc.push({ tokStart: first, tokEnd: attached, type: "ORG" });
    return attached;
  }
  // a lower-case head can close a capitalised organisation name: `Mətbuat xidmətinin`
  let headLower = false;
  // (not after a country: `Departamentinin ABŞ səfirliyinin` is a body and a country; but a country where the
  // body is, `Azərbaycanın İsraildəki səfirliyi`, names it: see attributivePlace)
  if (j < sc.end && j - i >= 2 && toks[j].kind === "word" && !startsUpper(toks[j])
    && hasBase(lx.orgHeadsLower, toks[j].lower, lx) && (!sc.matchKnown(j - 1, j)?.k.iso || attributivePlace(sc, toks[j - 1]))) {
    j++;
    headLower = true;
  }
  const legal = sc.legalFormAt(j);
  if (legal) j++;
  const closedByForm = headLower || legal || sc.legalFormAt(j - 1);
  const lastHead = sc.headKind(toks[j - 1]);
  const endsOrg = closedByForm || lastHead === "ORG";

  let a = i;
  const endsHead = endsOrg || lastHead === "MISC";
  // (after a colon a capital opens a clause too, `KİV: Sabiq nazir …`; there only a word the morphology knows
  // as a common word is doubted, `Luvr` stays a name)
  // (so after a dash set apart by spaces, which joins two clauses of a headline, a capitalised word standing alone:
  // `… BIÇAQLANDI - Şübhəli bilinən …`; a longer run there stays a name, `- Qurban Qurbanovun …`, `- Media Forumda`)
  // (and a lone word opening a line of the document that runs into a paragraph here: `… – 30 yer Kimya müəllimliyi …`)
  // (there an abstract noun the language derives from a common word counts as one, though the morphology lists no such
  // noun: `… BAŞLANILIR - Sıxlıq aradan qaldırılacaq`)
  const opening = sc.atSentenceStart(i) || (i > sc.start && (toks[i - 1].norm === ":" || (spacedDash(toks, i - 1) && j - i === 1)) &&
    (lx.notNames.has(toks[i].lower) || !!sc.ctx.commonReading?.(toks[i].lower) || (toks[i - 1].norm !== ":" && abstractOfCommonWord(sc, i))))
    || (j - i === 1 && opensLineElsewhere(sc, i));
  if (opening && endsHead && j - i > 2 && commonAtStart(sc, i, j)) a = i + 1;
  else if (opening && !endsOrg && !trustedAtStart(sc, i, j)) {
    // `Yermak: "..."`, `Honkonqda ... baş verən`, `X Ankarada ...`: a word the morphology knows no
    // common word of, naming a quote's speaker, the place the sentence opens with or its subject
    // acting in a place, is a name by itself
    const own = nameByItselfAtStart(sc, i);
    if (j - i === 1) {
      sc.push(own ? { tokStart: i, tokEnd: j, type: own } : { tokStart: i, tokEnd: j, type: null, weak: true });
      return j;
    }
    if (own) sc.push({ tokStart: i, tokEnd: i + 1, type: own });
    a = i + 1;
  }
  // (a common noun opening the sentence before an acronym is its subject: `Görüş APEC sammiti çərçivəsində …`)
  if (opening && a === i && j - i > 1 && nounBeforeAcronym(sc, i)) a = i + 1;
  pieces(sc, a, j, closedByForm);
  return j;
}

/** The end of the capitalised words going on from j (the run's words before j taken). */
function runEnd(sc: SentenceScope, j: number): number {
  const { toks, lx } = sc;
  while (j < sc.end) {
    const t = toks[j];
    if (t.lineBefore) break;
    // an ending written apart (`ECO-nun`, `Bank'ın`) closes the name it is on
    // (but a country in the genitive owns the body it names: `ABŞ-ın Mənzil Departamenti`)
    if (sc.detachedEnding(toks[j - 1]) && !countryOwnsBody(sc, j - 1)) break;
    if (sc.runWord(j)) { j++; continue; }
    // fon der Lyayen, bin Salman: particles between parts of one person's name
    // (two in a row too: `fon der`)
    const two = j + 1 < sc.end && lx.particles.has(toks[j + 1].lower) ? 1 : 0;
    if (lx.particles.has(t.lower) && sc.runWord(j + 1 + two) && !toks[j + 1 + two].lineBefore) { j += 2 + two; continue; }
    // a particle joined by a hyphen to the next part (`Macid əl-Ənsari`): one word of the name, after a name part
    if (j > 0 && sc.runWord(j - 1) && hyphenedParticle(t, lx.particles)) { j++; continue; }
    break;
  }
  return j;
}

/** `Sıxlıq`: a word with no other ending than an abstract noun's, made of a common word of the language (`sıx`). */
function abstractOfCommonWord(sc: SentenceScope, i: number): boolean {
  const w = sc.toks[i].lower;
  return sc.lx.abstractNouns.some((x) => w.endsWith(x) && w.length - x.length >= 2 && sc.ctx.commonReading?.(w.slice(0, -x.length)) === "bare");
}

/** A dash set apart by spaces on both sides joins two clauses (not a hyphen inside a word or a range); the
 *  normaliser writes every dash as `-`. */
function spacedDash(toks: readonly Token[], k: number): boolean {
  const t = toks[k], next = toks[k + 1];
  return t.kind === "punct" && t.norm === "-" && !!t.spaceBefore && !!next?.spaceBefore;
}

