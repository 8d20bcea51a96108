// Triggers from a walk of the most frequent predicates of unlabelled news (verbs and light-verb phrases
// that no entry read): each checked against the PLOVER definitions, kept only where its uses are acts.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const FREQUENT_PREDICATES: TriggerEntry[] = [
  // 030 AGREE: a guarantee given (`bizə qarantiya verməlidirlər`), the loanword of `zəmanət verib`
  { head: "qarantiya", forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], needs: ["ver"], gap: 1 },
  // 163 SANCTION: buying from or trading with a side stopped (`idxalını dondurub`; purchases, `alışını dayandırıb`, need
  // their seller named: ./two-party-predicates.ts); stopping one's own activity (`fəaliyyətini dayandırıb`) names no such trade
  ...["alğı", "idxal", "ixrac"].map((head): TriggerEntry => ({ head, forms: "noun", type: "SANCTION", cameo: "163", plover_mode: "discontinue",
    object: ["abl", "dat"], needs: ["dayandır", "dondur"], gap: 1 })),
  // 120 REJECT: a step called impermissible (`yolverilməz hesab edib`), as `qəbuledilməz hesab edib`; the bare copula
  // (`… gizlədilməsi yolverilməzdir`) mostly judges a domestic practice, no side's step
  { head: "yolverilməz", forms: "noun", type: "REJECT", cameo: "120", needs: ["hesab", "adlandır"], gap: 1 },
];
