// Triggers from a walk of the ways news writes the acts of the cooperative half of PLOVER (CONSULT, SUPPORT, AGREE,
// COOPERATE, AID, CONCEDE, RETREAT): phrasings listed from knowledge of the language, each kept only where unlabelled
// news uses it for an act between sides and the events it adds there are mostly right (see ./README.md).
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** The first words of a company's boards (`Direktorlar Şurası`, `Müşahidə Şurası`): a seat there left is no act between sides. */
export const CORPORATE_BOARDS = ["direktorlar", "müşahidə"];

/** A company's or a public institution's own boards and heads (`X Kollecinin direktoru vəzifəsindən gedib`, `"X" şirkətinin
 *  baş direktoru istefa verib`): a head of a school, a hospital, a theatre or a firm leaving is a change within it, as
 *  appointments there are, no act between sides (a minister, a head of state or of a state body keeps it). */
export const OWN_POSTS = [...CORPORATE_BOARDS, "kollec", "məktəb", "lisey", "gimnaziya", "bağça", "xəstəxana", "klinika", "poliklinika",
  "teatr", "muzey", "filarmoniya", "şirkət", "mmc", "asc", "qsc"];

/** Agreements between sides: approving one (`Memorandumu təsdiq edib`) puts it in force. */
const AGREEMENTS = ["saziş", "müqavilə", "konvensiya", "memorandum", "protokol"];

export const COVERAGE_C1: TriggerEntry[] = [
  // 0831 RETREAT: leaving one's post (`vəzifəsindən ayrılıb`), as `vəzifəsindən gedib`; finite forms and the infinitive of a
  // decision only: the participle (`vəzifəsindən ayrılan X`) names the one who left, the act told again
  // (a member of a company's board of directors or supervisory board leaving, `X ASC-nin Direktorlar Şurasının üzvlərindən
  // biri vəzifəsindən ayrılıb`, is a firm's own change, as board appointments are: `CORPORATE_BOARDS`, helper f23)
  ...["ayrılıb", "ayrıldı", "ayrılacaq", "ayrılır", "ayrılmaq"].map((head): TriggerEntry => ({ head, forms: "verb", type: "RETREAT", plover_mode: "resign",
    needs: ["vəzifə", "post"], gap: 1, needsBefore: true, clauseNot: OWN_POSTS })),
  // 057 SUPPORT: an agreement approved (`… Anlaşma Memorandumu təsdiq edilib`), as `sazişi təsdiqləyib`
  { head: "təsdiq", forms: "noun", type: "SUPPORT", cameo: "057", object: ["ins"], needs: AGREEMENTS, gap: 0, needsBefore: true },
  // 080 CONCEDE: an acquittal (`X-ə bəraət verilib`, `bəraət alıb`), as criminal charges dropped (`cinayət işinə xitam verilib`);
  // justifying a thing (`terrorizmə bəraət qazandırmaq`) is none
  { head: "bəraət", forms: "noun", type: "CONCEDE", cameo: "080", object: ["dat"], needs: ["ver", "al"], gap: 0 },
];
