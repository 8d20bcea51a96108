// Triggers from the misses of invented whole articles on international bodies and summits (the UN Security Council,
// the EU, NATO, the SCO, COP talks, OPEC+, Gulf mediation), annotated before the system read them
// (test/events-articles-v4.test.ts). Each names the words that make it an act between sides, and a look-alike of the
// same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";
import { ET } from "./light-verbs.js";

export const ARTICLES_V4: TriggerEntry[] = [
  // 129 REJECT: a veto cast, told as the right used (`ABŞ veto hüququndan istifadə edib`), as `veto qoyub`; the right
  // only held (`beş daimi üzvün veto hüququ var`) or discussed is no act
  { head: "istifadə", forms: "noun", type: "REJECT", cameo: "129", needs: ET, gap: 0, clauseNeeds: ["veto"] },
  // 129 REJECT: a state's membership or candidacy in a body blocked (`Hindistan Azərbaycanın üzvlüyünü bloklayıb`), as a
  // package or a resolution vetoed (./coverage-b1.ts); a card or an account blocked is none
  { head: "blokla", forms: "verb", type: "REJECT", cameo: "129", object: ["gen", "acc"], activeOnly: true,
    clauseNeeds: ["üzvlü", "namizədli", "qoşulma", "qəbulu"] },
  // 044 CONSULT: a delegation sent to a gathering or a state (`ABŞ konfransa nümayəndə heyəti göndərməyib`), attendance
  // by one's envoys; a rescue or a medical team sent (`xilasedici heyət göndərib`) is no delegation
  { head: "heyət", forms: "noun", type: "CONSULT", cameo: "044", object: ["dat"], needs: ["göndər", "yolla"], gap: 0,
    clauseNeeds: ["nümayəndə"] },
];
