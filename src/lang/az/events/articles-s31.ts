// Triggers from the lead's invented articles of stop 31 (test/events-articles-s31.test.ts): each names the words that make
// it an act between sides, and a look-alike of the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";
import { POLICE_OPERATORS } from "./headlines-h29.js";

const TERRITORY = ["kənd", "ərazi", "torpaq", "rayon", "şəhər"];
const ARMED_GROUPS = ["qruplaşma", "yaraqlı", "terrorçu", "üsyançı", "silahlı", "quldur"];

export const ARTICLES_S31: TriggerEntry[] = [
  // 087 RETREAT withdraw: land given back to a side (`dörd kəndin ərazisi Azərbaycana qaytarılıb`), as prisoners given back
  // are released (./paraphrase-coop2.ts); goods or money given back cede nothing
  { head: "qaytar", forms: "verb", type: "RETREAT", cameo: "087", plover_mode: "withdraw", object: ["dat"], objectTypes: ["LOC"],
    objectRequired: true, clauseNeeds: TERRITORY },
  // 190 ASSAULT: antiterror measures carried out (`Qarabağda antiterror tədbirləri həyata keçirib`), as an antiterror operation
  // (./articles-s30.ts); measures of other kinds are none
  { head: "tədbir", forms: "noun", type: "ASSAULT", cameo: "190", needs: ["həyata", "keçir", "başla"], gap: 1, clauseNeeds: ["antiterror"] },
  // 190 ASSAULT: an operation against armed groups (`Suriyada kürd qruplaşmalarına qarşı əməliyyat keçirib`), as one against
  // a named side (./headlines-v20.ts); a police or security service's is a raid (COERCE, ./headlines-h29.ts)
  { head: "əməliyyat", forms: "noun", type: "ASSAULT", cameo: "190", object: ["dat"], needs: ["keçir", "başla", "apar"], gap: 1,
    clauseNeeds: ARMED_GROUPS, clauseNot: [...POLICE_OPERATORS, "xidmət"] },
  // 061 COOPERATE economic: purchases from a state resumed or increased (`Çin ABŞ-dan soya alışını bərpa edib`), as purchases
  // stopped are a sanction (./headlines-v20.ts); a bank's currency purchases name no state
  { head: "alış", forms: "noun", type: "COOPERATE", cameo: "061", plover_mode: "economic", object: ["abl"], objectTypes: ["LOC"], objectRequired: true,
    needs: ["bərpa", "artır"], gap: 1 },
];
