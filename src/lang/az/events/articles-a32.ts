// Triggers from invented world-news articles (stop 31, helper arts32, test/events-articles-a32.test.ts): each names the
// words that make it an act between sides, and a look-alike of the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";
import { OWN_SITTINGS } from "./pages-sg.js";

export const ARTICLES_A32: TriggerEntry[] = [
  // COERCE (PLOVER mode `cyber`): a cyber attack suffered (`X-in saytları kiberhücuma məruz qalıb`), as fire suffered
  // (`atəşə məruz qalıb`, ./probe-pr-coe.ts); a talk of defending against such attacks (`kiberhücumlardan qorunma`) is none
  ...["kiberhücuma", "kiberhücumuna", "kiberhücumlara", "kiberhücumlarına"].map((head): TriggerEntry =>
    ({ head, forms: "noun", type: "COERCE", plover_mode: "cyber", needs: ["məruz"], gap: 0 })),
  // 040 CONSULT: a sitting planned with its date and place between (`növbəti iclasının dekabrda Bakıda keçirilməsi
  // planlaşdırılır`): the genitive of the sitting owns the verbal noun of holding it, as `iclas keçiriləcək` (../events.ts);
  // a rule a bill or a law sets (`layihədə … iclasının keçirilə bilməsi nəzərdə tutulur`) holds no sitting
  ...["iclasın", "iclasının"].map((head): TriggerEntry => ({ head, forms: "noun", type: "CONSULT", cameo: "040", needs: ["keçirilməs"], gap: 3,
    // (nor does a cabinet's or a parliament's own sitting, `Nazirlər Kabinetinin fövqəladə iclasının keçirilməsi`: OWN_SITTINGS)
    clauseNot: ["layihə", "qanun", "məcəllə", "maddə", "qayda", "nizamnamə", ...OWN_SITTINGS] })),
  // 073 AID: rescuers sent to a disaster's place (`X zəlzələ bölgəsinə axtarış-xilasetmə qrupları göndərib`, `xilasedicilər
  // göndərib`): relief given, as `humanitar yardım göndərib`; rescuers working at home (`qruplar ərazidə işləyir`) send nothing
  { head: "axtarış-xilasetmə", forms: "noun", type: "AID", cameo: "073", plover_mode: "humanitarian", needs: ["göndər"], gap: 1 },
  { head: "xilasedici", forms: "noun", type: "AID", cameo: "073", plover_mode: "humanitarian", needs: ["göndər"], gap: 1 },
  // 161 SANCTION: the carrying out of an agreement with a named side suspended (`X Y ilə … müqavilənin icrasını dayandırıb`),
  // as the agreement itself (`Y ilə sazişi dayandırıb`, ./breadth-rs24.ts); carrying one out (`icrasını davam etdirir`) is none
  { head: "icrasını", forms: "noun", type: "SANCTION", cameo: "161", plover_mode: "withdraw", object: ["ins"], objectTypes: ["LOC", "ORG"],
    objectRequired: true, needs: ["dayandır", "dondur"], gap: 0, clauseNeeds: ["müqavilə", "saziş"] },
  // 0841 RETREAT: prisoners exchanged (`X və Y arasında məhbus mübadiləsi aparılıb`), as prisoners of war and hostages are
  // (`əsir mübadiləsi`, ../events.ts)
  { head: "məhbus", forms: "noun", type: "RETREAT", cameo: "0841", plover_mode: "release", object: ["ins"], needs: ["mübadilə", "dəyiş"], gap: 0 },
];
