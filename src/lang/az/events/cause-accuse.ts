// Cause stop 37 (accuse): a charge word in someone's speech is that speaker's charge against the side the clause names
// (test/events-cause-accuse.test.ts). Criticism in the news is mostly voiced, not told by a verb of criticising: a speaker
// (of a quotation, of `X bildirib ki, …`, of a headline's `X: "…"`) calls a side's words or acts slander, provocation,
// disinformation, biased, aggressive (`"Ermənistan işğalçıdır"`, `X bildirib ki, Y-in təxribat xarakterli şərhləri …`,
// `Y-in böhtan dolu açıqlamaları`). One table of charge stems serves every inflection; the speaker accuses the side the
// clause names before the word (`saidOf`). The same words in the narrative with no one saying them, of no named side, of
// the speaker alone, denied (`təxribat deyil`) or still to come stay none; a charge word heading a phrase of its own
// (`təxribat törədib`, ASSAULT) is read by that phrase.
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Stems of words that charge a side (nouns of slander, provocation, lies; adjectives of bias and aggression). */
export const CHARGE_STEMS = ["böhtan", "təxribat", "təxribatçı", "provokasiya", "provokativ", "provokasion", "iftira",
  "dezinformasiya", "qərəzli", "işğalçı", "təcavüzkar", "qarayaxma", "ikiüzlü", "riyakar", "saxtakar", "riyakarlıq", "ikiüzlülük", "saxtakarlıq",
  "qəbuledilməz", "yolverilməz", "uydurma", "təhrif", "şantaj", "yalan"];

/** Nouns of a side's stance or acts a word of hostility is charged on (`düşmənçilik siyasəti`): hostilities between two sides
 *  (`X-Y düşmənçiliyi`) are fighting, no charge. */
const STANCE = ["siyasət", "mahiyyət", "xarakter", "mövqe", "ritorika", "kampaniya", "addım", "bəyanat", "açıqlama"];

export const CAUSE_ACCUSE: TriggerEntry[] = [
  // 112 ACCUSE: a charge word in a speaker's words, against the side the clause names
  ...CHARGE_STEMS.map((head): TriggerEntry => ({ head, forms: "noun", type: "ACCUSE", cameo: "112", plover_mode: "allege", saidOf: true, chargeWord: true })),
  { head: "düşmənçilik", forms: "noun", type: "ACCUSE", cameo: "112", plover_mode: "allege", saidOf: true, chargeWord: true,
    needs: STANCE, gap: 0 },
];
