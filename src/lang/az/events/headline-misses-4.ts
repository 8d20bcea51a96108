// Triggers from the misses of a fourth blind headline set (test/gold/headlines4/): phrasings of acts between
// sides that no entry read, each checked against the PLOVER definitions and over the unlabelled pools.
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Slurs for a person or a body: calling one so (`deputatı yalançı adlandırıb`) denounces it (CAMEO 111). */
const SLURS = ["səfeh", "axmaq", "yalançı", "terrorçu", "cinayətkar", "diktator", "faşist", "qatil", "alçaq", "xain", "quldur", "nasist"];

/** Goods of state-level trade bought from a state (`Rusiyadan qaz alır`). */
const TRADED = ["qaz", "neft", "taxıl", "buğda", "kömür"];

export const HEADLINE_MISSES_4: TriggerEntry[] = [
  // 111 name-calling of someone the text does not name (`ona sual verən deputatı yalançı adlandırıb`): the caller's act all the
  // same (the verb entry `adlandır` needs a named object, as most namings are neutral: `küçəni X adlandırıb`)
  ...SLURS.map((head): TriggerEntry => ({ head, forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["acc"], needs: ["adlandır"], gap: 1 })),
  // 061 a state buying goods of trade from another (`Norveç Fransadan qaz almağa davam edəcək`, `neft alır`); from no state
  // named (`bazardan taxıl alır`) it is no act between sides. The buying is told by a finite verb or an infinitive; its
  // verbal noun (`Norveçin Fransadan neft almasını tənqid edib`), which the morphology reads as a noun, is what
  // another verb of another subject speaks of, so the needed forms are listed
  ...TRADED.map((head): TriggerEntry => ({ head, forms: "noun", type: "COOPERATE", cameo: "061", plover_mode: "economic", object: ["abl"], objectTypes: ["LOC"], objectRequired: true,
    needs: ["alır", "alıb", "alacaq", "aldı", "almağa", "almaqda", "alın"], gap: 0 })),
  // 100 conditions made known for an act (`X ilə danışıqlar üçün şərtini açıqlayıb`, `atəşkəs üçün şərtlərini irəli sürüb`) demand
  // it be met; the terms of a contract disclosed (`müqavilənin şərtlərini açıqlayıb`) are no demand, so a purpose must stand before
  { head: "şərt", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], needs: ["açıqla", "irəli", "səsləndir", "elan"], gap: 1, clauseNeeds: ["üçün"] },
];
