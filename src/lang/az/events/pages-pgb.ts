// Triggers from real news of conflict and security read for stop 32 (test/events-pages-pgb.test.ts): front-line reports,
// prisoner exchanges, exercises, arms aid and diplomats expelled. Each entry names the words that make it an act between
// sides; a look-alike of the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Read before the entries of the same heads in ../events.ts (an exercise held with a partner before one held alone). */
export const PAGES_PGB_FIRST: TriggerEntry[] = [
  // 062 COOPERATE military: exercises held with a named partner (`Türkiyə ilə Azərbaycan hərbi təlimlər keçirəcək`,
  // `X Y ilə təlim keçirib`), as joint ones (`birgə`) are; held alone they show force (MOBILIZE, ../events.ts), and so do
  // ones at the border with a state (`Finlandiya Rusiya ilə sərhəddə hərbi təlimlərə başlayıb`: the comitative is the border's)
  { head: "hərbi", forms: "noun", type: "COOPERATE", cameo: "062", plover_mode: "military", object: ["ins"], objectTypes: ["LOC", "ORG"],
    objectRequired: true, needs: ["təlim", "manevr"], gap: 0, clauseNot: ["sərhəd", "həmsərhəd"] },
  { head: "təlim", forms: "noun", type: "COOPERATE", cameo: "062", plover_mode: "military", object: ["ins"], objectTypes: ["LOC", "ORG"],
    objectRequired: true, needs: ["keçir", "başla"], gap: 2, clauseNeeds: ["hərbi", "ordu", "qoşun", "silahlı", "hərbçi", "döyüş"],
    clauseNot: ["sərhəd", "həmsərhəd"] },
];

export const PAGES_PGB: TriggerEntry[] = [
  // 190 ASSAULT: a war begun against a side (`Rusiya Ukraynaya qarşı genişmiqyaslı müharibəyə başlayıb`): the dative is the
  // head's (a noun in an oblique case makes no phrase with the words after it otherwise); a war as the start of a span
  // (`müharibə başlayandan bəri`) is a bound of time, no act, and one against no side, a freedom or a vice (`söz azadlığına qarşı
  // müharibəyə başlayıb`), a figure of speech
  { head: "müharibəyə", forms: "noun", type: "ASSAULT", cameo: "190", object: ["dat"], objectTypes: ["LOC", "ORG"], objectRequired: true, needs: ["başla"], gap: 0, notBefore: ["başlayandan", "başlayalı"],
    notAfter: ["ticarət", "tarif", "informasiya", "hibrid", "kiber", "soyuq", "qiymət"] },
  // 190 ASSAULT: a counter-offensive carried out or begun (`ordu əks-hücum əməliyyatı həyata keçirib`, `əks-hücuma keçib`):
  // always an army's act of force, against the side that attacked
  { head: "əks-hücum", forms: "noun", type: "ASSAULT", cameo: "190", object: ["dat"], needs: ["həyata", "keçir", "başla", "apar", "keç"], gap: 2 },
];
