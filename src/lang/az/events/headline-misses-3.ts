// Triggers from the misses of a third blind headline set (test/gold/headlines3): phrasings of acts between sides that
// no entry read, each checked against the PLOVER definitions and over unlabelled news (see ./README.md).
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Words of belief or hope opening a clause of what is to come (`Əminəm ki`, `İnanıram ki`, `Ümid edirəm ki`). */
export const BELIEF_WORDS = ["əminəm", "əminik", "əmindir", "əmin", "əminliy", "inanıram", "inanırıq", "ümid"];

/** Nouns of the ties between sides whose deepening is cooperation carried out. */
const TIES = ["əməkdaşlıq", "əməkdaşlığ", "münasibət", "tərəfdaşlıq", "tərəfdaşlığ", "əlaqə"];

export const HEADLINE_MISSES_3: TriggerEntry[] = [
  // ties deepened (`X ilə əlaqələr dərinləşir`, `X ilə tərəfdaşlığımızı dərinləşdirəcəyik`) are cooperation carried out
  // (CAMEO 060), as relations normalised; a crisis or a gap that deepens (`böhran dərinləşir`) is no tie, so the clause must
  // name one; the passive verbal noun of an aim (`əlaqələrin dərinləşdirilməsi üçün səfər`) tells the meeting, not
  // the deepening, so only active forms count
  // (ties that will deepen after a word of belief or hope, `Əminəm ki, … əlaqələri … dərinləşəcəkdir`, close a letter or a
  // speech as a wish, no act: `BELIEF_WORDS`, test/events-pages-si.test.ts)
  ...["dərinləş", "dərinləşdir"].map((head): TriggerEntry => ({ head, forms: "verb", type: "COOPERATE", cameo: "060", object: ["ins"],
    clauseNeeds: TIES, activeOnly: true, sentenceNot: BELIEF_WORDS })),
  // criminal cases against a side dropped (`X-ə qarşı cinayət işinə xitam verilib`) ease the pressure on it, as an acquittal
  // (CONCEDE); a contract or a licence ended (`əmək müqaviləsinə xitam verilib`, `fəaliyyətinə xitam verilib`) is no such act,
  // so the clause must name a criminal case or a charge
  { head: "xitam", forms: "noun", type: "CONCEDE", cameo: "080", object: ["dat"], needs: ["veril", "ver"], gap: 0,
    clauseNeeds: ["cinayət", "ittiham"] },
  // two sides appearing before the press together (`X və Y mətbuata bəyanatla çıxış ediblər`, the close of talks between
  // leaders) met (CAMEO 040); one speaker's statement (`X mətbuata bəyanatla çıxış edib`) is a speech act of its own, so
  // the clause must join two sides
  // (the instrumental is part of the idiom: an oblique noun makes no phrase with the verb after it)
  ...["bəyanatla", "bəyanatlarla"].map((head): TriggerEntry => ({ head, forms: "noun", type: "CONSULT", cameo: "040", needs: ["çıxış"], gap: 0,
    clauseNeeds: ["və", "prezidentlər", "liderlər", "tərəflər"] })),
];
