// Triggers from the errors of the studied real headline sets at stop 29 (helper heads29,
// test/events-headlines-h29.test.ts): a police body's operation, and relations between states told developing. Each names
// the words that make it an act between sides; a look-alike of the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Bodies whose operation is one of law enforcement, by the stems of their names (`Kiberpolis`, `DİN`, `DTX`), their
 *  abbreviations also with a case ending after a hyphen (`DİN-in`). */
export const POLICE_OPERATORS = ["polis", "kiberpolis", "din", "din-", "dtx", "dtx-"];

/** Read before the military operation of ../events.ts, whose police sense looks only past the last participle. */
export const HEADLINES_H29_FIRST: TriggerEntry[] = [
  // 173 COERCE: an operation carried out by a police body named before it in its clause (`DİN … bilet satan şəxslərə qarşı
  // əməliyyat keçirib`, `Kiberpolis … əməliyyat aparıb`), a raid: the body is the side, whatever the participles between
  // tell of the people it acts on. A military operation (`hərbi`, `quru`, `antiterror`, `döyüş` before it) is the entry of
  // ../events.ts, even where a police post is its target.
  { head: "əməliyyat", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", object: ["dat"], needs: ["keçir", "apar"], gap: 1,
    clauseNeeds: POLICE_OPERATORS, clauseNot: ["hərbi", "quru", "antiterror", "döyüş"] },
];

export const HEADLINES_H29: TriggerEntry[] = [
  // 173 COERCE: a police body's operation named by its noun alone before a colon (`Kiberpolisdən ƏMƏLİYYAT: … saxlanıldı`,
  // `DİN-dən əməliyyat: …`), the headline's shape for a raid, its verb dropped (`etmək`, the tables' `droppedLightVerbs`);
  // the verb written (`əməliyyat keçirib`) is the entry of ../events.ts. A clinic's operation (`xəstəni əməliyyat edib`)
  // names no police body and stays none.
  { head: "əməliyyat", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", needs: ["et"], gap: 0,
    clauseNeeds: POLICE_OPERATORS },
  // 173 COERCE: a named defendant before the judge, the headline's verbless shape of a trial opening (`X hakim qarşısında`,
  // `X hakim qarşısında ifadə verdi`), as one brought before the judge (`hakim qarşısına çıxarılıb`, ./two-party-predicates.ts);
  // a court building's front (`məhkəmə binası qarşısında aksiya`) is no judge
  { head: "qarşısında", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", needs: ["hakim"], gap: 0, needsBefore: true },
  // 111 ACCUSE: a resolution against a side (`X Y-ə qarşı qətnamə qəbul edib`), as one `əleyhinə` (./headlines-v20.ts); a
  // resolution on a topic (`münaqişəyə dair qətnamə`) names no side against
  { head: "qarşı", forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "criticize", object: ["dat"], objectRequired: true, needs: ["qətnamə"], gap: 1 },
  // 060 COOPERATE: relations between sides told developing, in the present or the past, intransitive or passive (`X-Y
  // münasibətləri sabit inkişaf edir`, `X ilə Y arasında əlaqələr inkişaf etdirilir`), as cooperation developing
  // (./breadth-co24.ts); the plural of the noun only (`münasibətilə`, on the occasion of, is no relation), and a developing
  // that is a topic or a wish (`münasibətlərin inkişafı müzakirə edilib`, `… inkişaf edəcək`) reads no verb of these
  { head: "inkişaf", forms: "noun", type: "COOPERATE", cameo: "060", needs: ["edir", "edib", "etdirilir", "etdirilib"], gap: 0,
    clauseNeeds: ["münasibətlər", "əlaqələr"], clauseNot: ["müzakirə", "məsələ", "perspektiv", "yollar"] },
];
