// Triggers from the misses of invented whole articles of world news as Azerbaijani agencies tell it (helper inv-world,
// set v18, test/events-articles-v18.test.ts): strikes, tariffs, sanctions and arms for Taiwan. Each names the words that
// make it an act between sides, and a look-alike that stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const ARTICLES_V18: TriggerEntry[] = [
  // 111 ACCUSE: an act or a decision called a blow or a violation right before the verb (`ABŞ-ın qərarını dünya
  // iqtisadiyyatına ağır zərbə adlandırıb`, `hücumu beynəlxalq hüququn kobud şəkildə pozulması adlandırıb`), as the names
  // of ./articles-v2.ts; strikes named something else with a blow earlier in the clause (`zərbələri özünümüdafiə
  // adlandırıb`) stay none
  { head: "adlandır", forms: "verb", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["acc"],
    needs: ["zərbə", "pozulma", "pozuntu"], needsBefore: true, gap: 0 },
  // 072 AID: the sale of arms to a state approved (`ABŞ Tayvana 2 milyard dollarlıq silah satışını təsdiqləyib`), as arms
  // sent (../events.ts); a sale of other goods approved (`neft satışını təsdiqləyib`) or arms sales as a trade (`Tayvana silah
  // satışı ilə məşğuldur`) stay none
  { head: "satış", forms: "noun", type: "AID", cameo: "072", plover_mode: "military", object: ["dat"], objectRequired: true,
    needs: ["təsdiqlə"], gap: 0, clauseNeeds: ["silah"] },
];
