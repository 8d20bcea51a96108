// Triggers from real diplomacy news read for stop 33 (test/events-pages-sb.test.ts): visits and receptions, signings,
// complaints about a leader's words. Each entry names the words that make it an act between sides; a look-alike of the
// same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const PAGES_SB: TriggerEntry[] = [
  // 111 ACCUSE: words voiced against a side (`Makronun Azərbaycan əleyhinə səsləndirdiyi fikirlər`, `X əleyhinə bəyanatlar
  // səsləndirib`): criticism of it; a vote against (`əleyhinə səs verib`, REJECT in ../events.ts) is another verb, and a
  // side merely opposed (`əleyhinə çıxıb`) stays REJECT
  { head: "əleyhinə", forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "criticize", needs: ["səsləndir"], gap: 2 },
];
