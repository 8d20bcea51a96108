// Triggers from the misses of invented whole articles on Azerbaijan's own foreign relations as the Baku agencies tell them
// (Russia, Armenia, the President's receptions, letters and state visits), annotated before the system read them
// (test/events-articles-v5.test.ts). Each names the words that make it an act between sides; a look-alike of the same
// words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";
import { ET } from "./light-verbs.js";

const SIDES: TriggerEntry["objectTypes"] = ["PER", "LOC", "ORG"];

export const ARTICLES_V5: TriggerEntry[] = [
  // 100 REQUEST: an explanation awaited from a state (`Rusiya tərəfindən izahat gözləyirik`, `Moskvadan izahat gözləyir`), as
  // one asked (./coverage-c4.ts); an explanation awaited with no one named (`izahat gözlənilir`) asks no side
  { head: "izahat", forms: "noun", type: "REQUEST", cameo: "100", object: ["abl"], objectTypes: SIDES, objectRequired: true, needs: ["gözlə"], gap: 0 },
  // 100 REQUEST: a demand conveyed to an envoy (`Səfirə … azad edilməsi tələbi çatdırılıb`); the one it is conveyed to is asked
  { head: "tələb", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], objectTypes: SIDES, needs: ["çatdır"], gap: 1 },
  // 043 CONSULT: a gathering of leaders chaired (`Ali Dövlətlərarası Şuranın iclasına sədrlik ediblər`), attendance at its
  // head; chairing a committee or an organisation for a term (`təşkilata sədrlik edir`) is no gathering
  { head: "sədrlik", forms: "noun", type: "CONSULT", cameo: "043", object: ["dat"], needs: ET, gap: 0,
    clauseNeeds: ["iclas", "sammit", "toplantı", "sessiya", "konfrans", "zirvə"] },
];
