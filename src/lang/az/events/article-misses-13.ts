// Triggers from the misses of two blind article sets (test/gold/blind13/, blind14/: banker.az `Digər xəbərlər`, acts
// between parties in economy and state news): phrasings of acts no entry read, each checked against the PLOVER
// definitions and over the unlabelled pools.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const ARTICLE_MISSES_13: TriggerEntry[] = [
  // 114 a complaint named by its possessed noun, its maker in the genitive and the body it went to in the dative
  // (`X-in META-ya şikayəti əsasında`, `Nazirliyin platformaya şikayətindən sonra`): the complaint made, told as the
  // ground of what followed; after `../events.ts`, whose `şikayət etmək` reads the verb; only to a named body (a
  // complaint to a person or place, or one with no addressee, `şikayətlər daxil olub`, tells no act between sides)
  ...["şikayəti", "şikayətinə", "şikayətindən", "şikayətini"].map((head): TriggerEntry => ({ head, forms: "noun", type: "ACCUSE", cameo: "114",
    plover_mode: "allege", object: ["dat"], objectTypes: ["ORG"], objectRequired: true })),
  // 040 talks in the passive within a visit (`Səfər zamanı ikitərəfli əlaqələr müzakirə olunacaq`, `Səfər çərçivəsində …
  // müzakirə olunub`): the talks of the visit's sides, another act than the visit (as the gold sets count a state visit
  // and its talks); the bare passive elsewhere names no side and stays with the entry of `../events.ts`, which needs a
  // partner
  { head: "müzakirə", forms: "noun", type: "CONSULT", cameo: "040", needs: ["olun", "edil"], gap: 0, passiveOnly: true, clauseNeeds: ["səfər"] },
];
