// Triggers from invented whole articles of diplomacy and regional politics (visits, receptions, summons, condolences),
// read whole as the hidden sets are: phrasings a news writer uses often that no entry read, each kept narrow with a
// look-alike in test/events-articles-v1.test.ts.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const ARTICLES_V1: TriggerEntry[] = [
  // 043 CONSULT host: a guest received, told in the passive of `olunmaq` with its host as the agent (`X Prezident Y
  // tərəfindən qəbul olunub`), as `qəbul edilib` of `../events.ts`; a person only, and not one hired or admitted
  // (`işə qəbul olunub`, `universitetə qəbul olunub`), nor a law or a decision adopted (no person is the object)
  { head: "qəbul", forms: "noun", type: "CONSULT", cameo: "043", plover_mode: "visit", object: ["acc"], objectTypes: ["PER"], objectRequired: true,
    needs: ["olun"], gap: 0, clauseNeeds: ["tərəfindən"], clauseNot: ["iş", "vəzifə", "universitet", "məktəb", "üzv", "kurs", "təhsil", "xidmət"] },
  // 040 CONSULT: a press conference given together with a partner (`X Y ilə birgə mətbuat konfransında bildirib`, `Y ilə
  // birlikdə keçirdiyi mətbuat konfransında`, ./pages-sf.ts); one given alone (`X mətbuat konfransında bildirib`) meets no
  // one, and `../events.ts` reads it no more
  { head: "konfrans", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], objectTypes: ["PER", "LOC"], objectRequired: true,
    clauseNeeds: ["birgə", "birlikdə"] },
  // 130 THREATEN: countermeasures promised or held out (`Moskva cavab tədbirləri görə bilər`, `… cavab tədbirləri
  // görüləcək`): a threat of retaliation, as a harsh reply promised (`ciddi cavab verəcək`, `../events.ts`); measures
  // taken (`cavab tədbirləri görüb`) threaten nothing, and stay with the measure the article names
  { head: "cavab", forms: "noun", type: "THREATEN", cameo: "130", object: ["dat"], needs: ["tədbir"], gap: 0, promisedOnly: true },
];
