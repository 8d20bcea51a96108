// Triggers from real world-power news (USA, China, EU, UK, Japan, the Koreas, Venezuela, India: tariffs, sanctions,
// expulsions, calls, missile launches) read for stop 36 (test/events-pages-sq.test.ts). Each entry names the words that
// make it an act between sides; a look-alike of the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

const FIRED = ["at"];
// a noun the missile names (`raket gəmisindən atılıb`, fired from a missile ship; `raket kompleksi`): no missile fired
const CARRIERS = ["gəmi", "kompleks", "sistem", "qurğu", "daşıyıcı", "zavod"];

/** Read before the entries of the same heads in ../events.ts (a missile fired at a place before one fired at none). */
export const PAGES_SQ_FIRST: TriggerEntry[] = [
  // 195 ASSAULT: a missile fired at a place (`İran İsrailə ballistik raketlər atıb`), as in ./codebook-conflict.ts; a sea it
  // flies toward (`Yapon dənizinə doğru … raket atıb`) is no target: the next entry reads that
  { head: "raket", forms: "noun", type: "ASSAULT", cameo: "195", plover_mode: "aerial", object: ["dat"], objectTypes: ["LOC"],
    objectRequired: true, needs: FIRED, gap: 1, clauseNot: ["dəniz", "okean", "körfəz"], notBefore: CARRIERS },
  // 150 MOBILIZE: a ballistic or cruise missile fired at no one (`Şimali Koreya Yapon dənizi istiqamətində ballistik raketlər
  // atıb`): a launch, a show of force, as `ballistik raket buraxıb` (./headlines-b5.ts); a missile fired unnamed by its
  // kind (`ikinci raket atılıb`) stays the strike the entries of ./codebook-conflict.ts read
  { head: "raket", forms: "noun", type: "MOBILIZE", cameo: "150", plover_mode: "weapons", needs: FIRED, gap: 1,
    clauseNeeds: ["ballistik", "qitələrarası", "qanadlı"], notBefore: CARRIERS },
];

export const PAGES_SQ: TriggerEntry[] = [
  // 166 SANCTION expel: a diplomat declared persona non grata in the spellings the press uses besides the spaced one
  // (`persona non grata`, ./codebook-conflict.ts): `persona non-qrata`, `persona-non qrata`, `persona-non-qrata`, each a
  // different run of tokens (the morphology reads `persona` as a dative and `non-qrata` as one word)
  { head: "persona", forms: "noun", type: "SANCTION", cameo: "166", plover_mode: "expel", object: ["acc"],
    needs: ["non-qrat", "non-grat"], gap: 0 },
  { head: "persona-non", forms: "noun", type: "SANCTION", cameo: "166", plover_mode: "expel", object: ["acc"],
    needs: ["qrat", "grat"], gap: 0 },
  ...["persona-non-qrata", "persona-non-grata"].map((head): TriggerEntry => ({
    head, forms: "noun", type: "SANCTION", cameo: "166", plover_mode: "expel", object: ["acc"], needs: ["elan"], gap: 0 })),
];
