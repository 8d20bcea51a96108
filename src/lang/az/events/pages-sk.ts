// Triggers from real news of Georgian and Armenian politics read for stop 35 (test/events-pages-sk.test.ts): sanctions and
// aid cut off by the West, protests and arrests. Each entry names the words that make it an act between sides; a
// look-alike of the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Read before the entries of the same heads in ../events.ts (support cut off before support given). */
export const PAGES_SK_FIRST: TriggerEntry[] = [
  // 162 SANCTION discontinue: support stopped or cut off to a side (`Aİ Macarıstana maliyyə dəstəyini dayandırıb`,
  // `Ukraynaya hərbi dəstək dayandırılıb`), as aid stopped is (`yardımı dayandırıb`, ../events.ts); support given or
  // expressed (`dəstəyini ifadə edib`) names no stopping verb and stays SUPPORT or AID
  { head: "dəstək", forms: "noun", type: "SANCTION", cameo: "162", plover_mode: "discontinue", object: ["dat"], needs: ["dayandır", "kəs"], gap: 1 },
  // (money's, `maliyyə dəstəyini dayandırıb`, read from its first word, before the AID entry of money given)
  { head: "maliyyə", forms: "noun", type: "SANCTION", cameo: "162", plover_mode: "discontinue", object: ["dat"], objectTypes: ["LOC", "ORG"], objectRequired: true,
    needs: ["dayandır", "kəs"], gap: 1 },
];
