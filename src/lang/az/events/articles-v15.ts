// Triggers from the misses of invented whole articles of Russia–Azerbaijan relations (summits and meetings on their sidelines,
// the 2024 airliner crash and its aftermath, raids and detentions, summoned envoys, cancelled ties, Georgia's regions, the war in
// Ukraine told from Baku), annotated before the system read them (test/events-articles-v15.test.ts). Each names the words that
// make it an act between sides, and a look-alike of the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Nouns of the ties between sides: a blow dealt to them (`münasibətlərə ağır zərbə vurur`) says they suffer, no strike. */
export const TIES_NOUNS = ["münasibət", "əlaqə"];

/** Nouns of harm done that a judge calls unacceptable (`bu hadisəni qəbuledilməz adlandırıb`): a condemnation, no step
 *  proposed and turned down. */
export const HARM_DONE_NOUNS = ["hadisə", "zorakılıq", "hücum", "qətl", "ölüm", "həlak", "insident", "basqın", "reyd"];

/** Read before the entries of `../events.ts` they would lose to (spread at the head of its table). */
export const ARTICLES_V15_FIRST: TriggerEntry[] = [
  // 160 SANCTION: a state's days or week of culture called off (`Rusiya mədəniyyət günlərini ləğv edib`), ties of culture cut
  // back, not a ban (`ləğv`, COERCE 172); a festival or a concert called off (`festivalı ləğv edib`) stays as before
  { head: "ləğv", forms: "noun", type: "SANCTION", cameo: "160", plover_mode: "withdraw", object: ["acc"], needs: ["et", "ed", "olun", "edil"], gap: 0,
    clauseNeeds: ["günlərini", "günləri", "həftəsini", "həftəsi"], objectTypes: ["LOC"] },
];

export const ARTICLES_V15: TriggerEntry[] = [
  // 161 SANCTION: contacts with a named state or body stopped or frozen (`Rusiya Dövlət Duması ilə bütün təmasları dayandırıb`),
  // as ties cut (`əlaqələri kəsib`, ../events.ts); contacts with a person (a patient's, a suspect's) are none
  { head: "təmas", forms: "noun", type: "SANCTION", cameo: "161", plover_mode: "withdraw", object: ["ins"], objectTypes: ["LOC", "ORG"], objectRequired: true,
    needs: ["dayandır", "kəs", "dondur"], gap: 1 },
  // 111 ACCUSE: an incident of harm called unacceptable (`soydaşımızın həlak olmasını pisləyib və bu hadisəni qəbuledilməz
  // adlandırıb`); a step or a plan so called stays REJECT (../events.ts)
  { head: "qəbuledilməz", forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", needs: ["hesab", "adlandır"], gap: 1,
    clauseNeeds: HARM_DONE_NOUNS },
  // 036 AGREE: an invitation accepted with a word of manner between (`dəvət məmnunluqla qəbul olunub`, `dəvəti məmnuniyyətlə
  // qəbul edib`), as `dəvəti qəbul edib` (./codebook-cooperation.ts); not a guest received (`qəbul olunub`, CONSULT 043)
  { head: "dəvət", forms: "noun", type: "AGREE", cameo: "036", object: ["acc"], needs: ["qəbul"], gap: 1 },
  // 110 ACCUSE: a step met with regret, displeasure or protest (`Bakının addımını təəssüflə qarşılayıb`), the other side of
  // `müsbət / məmnunluqla qarşılayıb` (SUPPORT, ./codebook-cooperation.ts); a guest met (`X-i hava limanında qarşılayıb`) stays CONSULT
  ...["təəssüflə", "narazılıqla", "etirazla", "qəzəblə", "hiddətlə"].map((head): TriggerEntry => ({ head, forms: "noun", type: "ACCUSE", cameo: "110",
    plover_mode: "disapprove", object: ["acc"], needs: ["qarşıla"], gap: 0 })),
];
