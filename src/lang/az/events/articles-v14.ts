// Triggers from the misses of invented whole articles of the South Caucasus peace process and regional security (border
// commissions, the TRIPP route, mediators' visits, mines and demining, prisoners, consular cases, energy diplomacy),
// annotated before the system read them (test/events-articles-v14.test.ts). Each names the words that make it an act
// between sides, and a look-alike of the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const ARTICLES_V14: TriggerEntry[] = [
  // 064 COOPERATE intelligence: minefield maps handed to a side (`Ermənistan Azərbaycana mina xəritələrini təqdim edib`,
  // `… xəritələri ötürülüb`), as intelligence shared (./codebook-concession.ts); a map shown with no mines or to no side
  // (`xəritəni jurnalistlərə təqdim edib`) is none
  { head: "xəritə", forms: "noun", type: "COOPERATE", cameo: "064", plover_mode: "intelligence", object: ["dat"], objectTypes: ["LOC", "ORG"],
    objectRequired: true, needs: ["təqdim", "ötür", "təhvil", "ver"], gap: 2, clauseNeeds: ["mina"] },
];
