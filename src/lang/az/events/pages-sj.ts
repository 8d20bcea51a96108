// Triggers from real news of the Russia–Ukraine war and Russia–West relations read for stop 35
// (test/events-pages-sj.test.ts). Each entry names the words that make it an act between sides; a look-alike of the same
// words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const PAGES_SJ: TriggerEntry[] = [
  // 051 SUPPORT: a step welcomed with satisfaction (`X Y-in yeni silah dəstəyini məmnuniyyətlə qarşılayıb`), the commoner
  // word for `məmnunluqla qarşılayıb` (./codebook-cooperation.ts); a guest met (`X-i hava limanında qarşılayıb`) stays CONSULT
  // 043 (../events.ts), and satisfaction with no verb of meeting (`məmnuniyyətlə bildirib`) is a manner of speaking, no act
  { head: "məmnuniyyətlə", forms: "noun", type: "SUPPORT", cameo: "051", object: ["acc"], needs: ["qarşıla"], gap: 0 },
];
