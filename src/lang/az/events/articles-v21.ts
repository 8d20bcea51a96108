// Triggers from the misses of invented whole articles of economic and energy diplomacy (helper inv-econ, set v21,
// test/events-articles-v21.test.ts): each names the words that make it an act between sides, and a look-alike that stays
// no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const ARTICLES_V21: TriggerEntry[] = [
  // 124 REJECT: a demand told before and then not accepted (`Şirkət isə bu tələbi qəbul etməyib`), as an invitation or an
  // offer not accepted (./codebook-cooperation.ts); the owned form (`X-in tələbini qəbul etməyib`) is read in ../events.ts.
  // Only the negated form: a demand or requirement accepted with no owner (`yeni tələbləri qəbul edib`) is no act told
  { head: "tələb", forms: "noun", type: "REJECT", cameo: "124", object: ["acc"], needs: ["qəbul"], gap: 0, negatedOnly: true },
];
