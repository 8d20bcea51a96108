// Triggers from a second pass over the political phrasings of ./coverage-c3.ts and ./coverage-c4.ts: the cases those
// walks left failing, and the same acts told by their noun in a headline or a phrase (`X-in Y-ə zərbələri`, `X-in Y-ə
// çağırışı`, `X-in vasitəçilik təklifi`). Each entry names its side's case and type so that a look-alike of the same
// words stays no event (see ./README.md and test/events-coverage-b1.test.ts).
import type { TriggerEntry } from "../../../extract/events/tables.js";
import { TIES_NOUNS } from "./articles-v15.js";

export const COVERAGE_B1: TriggerEntry[] = [
  // 039 AGREE: mediation offered (`Qətərin vasitəçilik təklifi`, `vasitəçilik təklif edib`): the offerer's own act
  { head: "vasitəçilik", forms: "noun", type: "AGREE", cameo: "039", object: ["ins"], needs: ["təklif"], gap: 0 },
  // 100 REQUEST: a call on a side told by its noun (`Zelenskinin Qərbə çağırışı`); a call-up to service (`hərbi xidmətə
  // çağırış`) names no side, nor do calls a charge is for (`dövlət əleyhinə çağırışlara görə`)
  { head: "çağırış", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], objectTypes: ["PER", "LOC"], objectRequired: true, notBefore: ["görə"] },
  // 030 AGREE: a side's offer or initiative accepted, told in the passive (`Ermənistanın təklifi Azərbaycan tərəfindən qəbul
  // edilib`), as `X-in təklifini qəbul edib`; the owner must be a person or a state (a deputy's or a ministry's proposal
  // accepted, `Nazirliyin təklifi qəbul edilib`, is a domestic decision)
  { head: "qəbul", forms: "noun", type: "AGREE", cameo: "030", object: ["gen"], objectTypes: ["PER", "LOC"], objectRequired: true, needs: ["ed", "et", "olun"],
    gap: 0, passiveOnly: true, clauseNeeds: ["təklif", "təşəbbüs"], refusedAs: { type: "REJECT", cameo: "120" },
    // (a decision or a bill adopted on someone's proposal, `X-in təklifi ilə … qərar qəbul edilib`, accepts no offer)
    clauseNot: ["qərar", "qanun", "layihə", "sənəd", "dəyişiklik", "büdcə", "proqram", "qətnamə", "bəyannamə", "gündəlik"] },
  // 070 AID: aid delivered (`Türkiyənin Suriyaya humanitar yardımı çatdırılıb`), as aid sent
  { head: "yardım", forms: "noun", type: "AID", cameo: "070", object: ["dat"], needs: ["çatdır"], gap: 1 },
  // 129 REJECT: a package, a resolution or a decision of a body vetoed (`sanksiya paketini bloklayıb`); sites blocked
  // restrict (./codebook-conflict.ts, tried first)
  { head: "blokla", forms: "verb", type: "REJECT", cameo: "129", object: ["acc"], activeOnly: true, clauseNeeds: ["paket", "qətnamə", "qərar"] },
  // 195 ASSAULT: strikes on a state told by their noun (`İsrailin Qəzzaya zərbələri davam edir`, a headline's `İsrailin
  // Livana zərbələri: …`); a blow to an economy or a market (`iqtisadiyyata zərbə`) has no place as its side
  // (the same stem as the phrase `zərbə endirib`, which is tried first)
  // (strikes a decision or a talk is about, `Venesuelaya zərbələrlə bağlı qərarını açıqladı`, are none)
  // (nor a blow to a state's budget or economy, `X-in büdcəsinə zərbədir`, whose owner the place is, nor to the ties between
  // two states, `iki ölkə arasındakı münasibətlərə ciddi zərbədir`) (inv-ru)
  { head: "zərbə", forms: "noun", type: "ASSAULT", cameo: "195", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    notBefore: ["bağlı", "barədə", "dair", "haqqında"], clauseNot: ["iqtisadiyyat", "büdcə", "bazar", "nüfuz", "imic", "reputasiya", "valyuta", "maliyyə", ...TIES_NOUNS] },
];
