// Triggers from real news of diplomatic disputes read for stop 35 (test/events-pages-sh.test.ts): replies given to a
// side or to what it said, reactions to its words and notes addressed to it. Each entry names the words that make it an
// act between sides; a look-alike of the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** What a side said, in the dative a reply answers (`bəyanatına cavab verib`, `paylaşımına reaksiya verib`). */
const SAID_DATIVES = ["bəyanatına", "bəyanatlarına", "açıqlamasına", "açıqlamalarına", "fikirlərinə", "sözlərinə", "paylaşımına",
  "paylaşımlarına", "çıxışına", "şərhinə", "ifadələrinə"];

export const PAGES_SH: TriggerEntry[] = [
  // 111 ACCUSE: a reply given to a named side (`Azərbaycan XİN Fransaya cavab verib`, `X Almaniya XİN başçısına cavab verdi`):
  // in news of states a retort, as a harsh one is (./headlines-h30.ts). An answer to a question, a letter or an appeal has no
  // side in the dative (`jurnalistin sualına cavab verib`) and stays none; a reply given with force (`hücuma cavab verib`,
  // `zərbə ilə cavab verib`) is no word of blame; a positive or negative answer is AGREE or REJECT (../events.ts,
  // ./coverage-c4.ts); a reply promised (`cavab verəcək`) is the THREATEN entries
  { head: "cavab", forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["dat"], objectTypes: ["LOC", "ORG", "PER"],
    objectRequired: true, needs: ["ver"], gap: 0, assertedOnly: true, notAfter: ["müsbət", "mənfi", "rədd"],
    clauseNot: ["hücum", "zərbə", "atəş", "raket", "dron", "sual", "sorğu", "müraciət", "məktub"] },
  // 111 ACCUSE: a reply or a reaction to what a named side said (`Ermənistan XİN-in bəyanatına cavab verib`, `Mirzoyanın
  // fikirlərinə cavab olaraq yazıb`, `Paşinyanın paylaşımına reaksiya verib`), a rebuttal of it, as claims answered are
  // denied (./headlines-h30.ts); words owned by no side (`bu fikirlərə cavab olaraq`) and a reply to a question stay none
  ...SAID_DATIVES.map((head): TriggerEntry => ({ head, forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["gen"],
    objectTypes: ["LOC", "PER", "ORG"], objectRequired: true, needs: ["cavab", "reaksiya"], gap: 0 })),
  // 114 ACCUSE: a note addressed to a side (`Səfirlik Rusiya XİN-ə rəsmi nota ünvanlayıb`), as one given or sent (../events.ts)
  { head: "nota", forms: "noun", type: "ACCUSE", cameo: "114", plover_mode: "disapprove", object: ["dat"], needs: ["ünvanla"], gap: 0 },
];
