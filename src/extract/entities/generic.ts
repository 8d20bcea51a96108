// Capitalised words that are no names of their own: web addresses written as a site's name, legal
// forms and abbreviations of common nouns alone, a facility's generic head.
import { endingsOf, startsUpper } from "./lexicon.js";
import type { SentenceScope } from "./scope.js";
import { beforeJoiner, isWord } from "./words.js";

/** A web address written as a name (`Example.az xəbər verir`): the site, an organisation. */
export function siteName(sc: SentenceScope, i: number): boolean {
  const t = sc.toks[i];
  if (t.kind !== "url" || !startsUpper(t) || /[/@:]/.test(t.norm)) return false;
  // an ending written after a hyphen is no part of the address (`Example.az-a`)
  const h = t.norm.lastIndexOf("-");
  const name = h > 0 && endingsOf(t.lower, sc.lx).some((e) => e.stemLength === h) ? t.norm.slice(0, h) : t.norm;
  sc.push({ tokStart: i, tokEnd: i + 1, type: "ORG", name });
  return true;
}

/** Legal forms and abbreviations of common nouns alone (`MMC-nin`, `SES-lərdə`) name nothing: the index after them. */
export function genericAt(sc: SentenceScope, i: number): number {
  const t = sc.toks[i];
  if (!t || !isWord(t) || !startsUpper(t)) return i;
  const long = sc.longLegalForm(i);
  if (long > i) return long;
  if (sc.legalFormAt(i) || sc.lx.commonAbbreviations.has(beforeJoiner(t.norm))) return i + 1;
  // a facility's generic head alone (`Biznes Mərkəzində`, after its name was given in quotes)
  // (only a head of several words counts here: a word that opens none is not looked up)
  const facility = sc.opensPhrase(sc.lx.facilityHeads, i) ? sc.headPhrase(sc.lx.facilityHeads, i) : i;
  if (facility > i + 1 && sc.commonWords(i, facility) && (facility >= sc.end || !sc.nameLike(facility))) return facility;
  return i;
}
