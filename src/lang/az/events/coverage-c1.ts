// Triggers from a walk of the ways news writes the acts of the cooperative half of PLOVER (CONSULT, SUPPORT, AGREE,
// COOPERATE, AID, CONCEDE, RETREAT): phrasings listed from knowledge of the language, each kept only where unlabelled
// news uses it for an act between sides and the events it adds there are mostly right (see ./README.md).
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Agreements between sides: approving one (`Memorandumu təsdiq edib`) puts it in force. */
const AGREEMENTS = ["saziş", "müqavilə", "konvensiya", "memorandum", "protokol"];

export const COVERAGE_C1: TriggerEntry[] = [
  // 0831 RETREAT: leaving one's post (`vəzifəsindən ayrılıb`), as `vəzifəsindən gedib`; finite forms and the infinitive of a
  // decision only: the participle (`vəzifəsindən ayrılan X`) names the one who left, the act told again
  ...["ayrılıb", "ayrıldı", "ayrılacaq", "ayrılır", "ayrılmaq"].map((head): TriggerEntry => ({ head, forms: "verb", type: "RETREAT", plover_mode: "resign",
    needs: ["vəzifə", "post"], gap: 1, needsBefore: true })),
  // 057 SUPPORT: an agreement approved (`… Anlaşma Memorandumu təsdiq edilib`), as `sazişi təsdiqləyib`
  { head: "təsdiq", forms: "noun", type: "SUPPORT", cameo: "057", object: ["ins"], needs: AGREEMENTS, gap: 0, needsBefore: true },
  // 080 CONCEDE: an acquittal (`X-ə bəraət verilib`, `bəraət alıb`), as criminal charges dropped (`cinayət işinə xitam verilib`);
  // justifying a thing (`terrorizmə bəraət qazandırmaq`) is none
  { head: "bəraət", forms: "noun", type: "CONCEDE", cameo: "080", object: ["dat"], needs: ["ver", "al"], gap: 0 },
];
