// Triggers from real news of the South Caucasus read for study at stop 34 (helper se, set pages-se,
// test/events-pages-se.test.ts): defence ministries denying the other side's reports, border provocations answered with
// warnings. Each entry names the words that make it an act between sides; a look-alike stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const PAGES_SE: TriggerEntry[] = [
  // 120 REJECT deny: a report (`məlumat`) called a lie by its speaker (`… barədə yayılan məlumat tamamilə yalandır`), as claims
  // and news so called (./coverage-c2.ts) and reports called baseless (./pages-pgc.ts); said by no one it is none
  { head: "yalandır", forms: "noun", type: "REJECT", cameo: "120", plover_mode: "deny", clauseNeeds: ["məlumat"], saidOf: true, saidAlone: true },
  // 120 REJECT deny: reports or claims said to have no ground (`bu tip məlumatların heç bir əsası yoxdur`), as ones said to have
  // none in a reported clause (`… əsası olmadığını`, ./breadth-ac24.ts); a plan or a fear with no ground is no report denied
  { head: "əsası", forms: "noun", type: "REJECT", cameo: "120", plover_mode: "deny", needs: ["yoxdur"], gap: 0,
    clauseNeeds: ["məlumat", "iddia", "xəbər", "ittiham"], saidOf: true, saidAlone: true },
];
