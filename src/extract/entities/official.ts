// An official person's name written surname first with the father's name: `Həsənov Anar Rasim oğlu`.
import { baseForms, startsUpper, surnameShaped } from "./lexicon.js";
import type { SentenceScope } from "./scope.js";
import { pieces } from "./pieces.js";

/** Surname, given name and father's name closing the run [i, j), then `oğlu`/`qızı`: one person,
 *  named given name + surname as the article names them afterwards. Returns the index after it, else j. */
export function officialPerson(sc: SentenceScope, i: number, j: number): number {
  const lx = sc.lx;
  const s = j - 3;
  const closer = sc.toks[j];
  if (s < i || !closer || closer.kind !== "word" || startsUpper(closer)) return j;
  if (!baseForms(closer.lower, lx).some((b) => lx.patronymics.has(b))) return j;
  // (the father's name of a patronymic is bare: one in the genitive owns the word after it, `Akademik Tofiq
  // İsmayılovun oğluna` is someone's son, no official name)
  const father = sc.toks[j - 1];
  if (father.analysis?.case === "gen") return j;
  const a = sc.toks[s], b = sc.toks[s + 1];
  // surname first (`Həsənov Anar Rasim oğlu`) or given name first (`Anar Həsənov Rasim oğlu`)
  const givenFirst = lx.given.has(a.lower) && !lx.given.has(b.lower) && surnameShaped(b.lower, lx, false);
  if (!givenFirst && !(lx.given.has(b.lower) || surnameShaped(a.lower, lx, false))) return j;
  if (s > i) pieces(sc, i, s, false);
  const [given, surname] = givenFirst ? [a, b] : [b, a];
  sc.push({ tokStart: s, tokEnd: j + 1, type: "PER", name: `${given.norm} ${surname.norm}` });
  return j + 1;
}
