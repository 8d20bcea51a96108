// Triggers from real news of war and security read for stop 33 (helper sa, test/events-pages-sa.test.ts): drone and missile
// strikes, truces broken, exercises, prisoner exchanges, terror attacks, arms and military support, army operations. Each
// entry names the words that make it an act between sides; a look-alike of the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";
import { POLICE_OPERATORS } from "./headlines-h29.js";

/** Read before the entries of the same heads in ../events.ts (military support before support of any kind). */
export const PAGES_SA_FIRST: TriggerEntry[] = [
  // 072 AID military: military support given to a side (`İranın Rusiyaya hərbi dəstək verdiyi məlum olub`), arms and troops
  // lent, as military aid is (`hərbi yardım`); support with no `hərbi` before it stays SUPPORT 051 (../events.ts), and
  // military support only voiced (`hərbi dəstəyini bəyan edib`) is no giving
  { head: "dəstək", forms: "noun", type: "AID", cameo: "072", plover_mode: "military", object: ["dat"], objectRequired: true,
    needs: ["ver", "göstər"], gap: 1, clauseNeeds: ["hərbi"] },
];

export const PAGES_SA: TriggerEntry[] = [
  // 112 ACCUSE: a side said to bear the responsibility for acts (`Bəyanatda qeyd olunur ki, Rusiya bu eskalasiyaya səbəb olan
  // hərəkətlərə görə tam məsuliyyət daşıyır`): the blame of whoever says so, as responsibility laid on a side (`məsuliyyəti
  // X-in üzərinə qoyub`, ../events.ts); liability in law (`cinayət məsuliyyəti daşıyır`) or a duty to clients or to one's
  // children, with nothing it is for (`müştərilər qarşısında məsuliyyət daşıyır`), blames no one
  { head: "məsuliyyət", forms: "noun", type: "ACCUSE", cameo: "112", plover_mode: "allege", needs: ["daşı"], gap: 0, clauseNeeds: ["görə"],
    clauseNot: ["qanun", "cinayət", "inzibati", "maddi", "intizam", "müqavilə", "valideyn", "müştəri", "vətəndaş"] },
  // 0841 RETREAT release: an exchange of prisoners or of soldiers told by what is exchanged in the genitive (`Ukrayna ilə
  // Rusiya arasında əsirlərin mübadiləsi keçirilib`, `hərbi və mülki heyətin mübadiləsini elan edib`), as `əsir mübadiləsi`
  // (../events.ts); views, experience, data or students exchanged (`fikir mübadiləsi`, `hərbçilərin təcrübə mübadiləsi`)
  // free no one
  { head: "mübadilə", forms: "noun", type: "RETREAT", cameo: "0841", plover_mode: "release", object: ["ins"],
    clauseNeeds: ["əsir", "məhbus", "girov", "hərbçi", "heyət", "əsgər"],
    notAfter: ["fikir", "fikirlər", "təcrübə", "təcrübəsi", "məlumat", "məlumatlar", "kəşfiyyat", "bilik", "tələbə", "mədəni", "mütəxəssis", "nümayəndə", "heyəti", "heyətləri"] },
  // 190 ASSAULT: an army's or an attack operation carried out, begun or launched (`Rusiya ordusu Xarkovda hücum əməliyyatı
  // keçirib`, `… əməliyyatına start verib`), as a military one (../events.ts); a police body's stays a raid (COERCE, its
  // sense there), and a surgery or a bank's operation names no army or attack
  { head: "əməliyyat", forms: "noun", type: "ASSAULT", cameo: "190", object: ["dat"], needs: ["keçir", "başla", "apar", "start"], gap: 1,
    clauseNeeds: ["hücum", "ordu", "qoşun"], clauseNot: [...POLICE_OPERATORS, "xidmət"] },
  { head: "əməliyyata", forms: "noun", type: "ASSAULT", cameo: "190", object: ["dat"], needs: ["başla"], gap: 0, clauseNeeds: ["silahlı"],
    clauseNot: [...POLICE_OPERATORS, "xidmət"] },
  // 190 ASSAULT: antiterror measures launched (`lokal xarakterli antiterror tədbirlərinə start verib`), as ones carried out
  // (./articles-s31.ts); measures of other kinds (`tədbirlərə start verilib`, a festival's) are none
  // (in the dative the noun is read by its own form, as `əməliyyata başlayıb` is in ../events.ts)
  { head: "tədbirlərinə", forms: "noun", type: "ASSAULT", cameo: "190", needs: ["start", "başla"], gap: 0, clauseNeeds: ["antiterror"] },
  { head: "əməliyyatına", forms: "noun", type: "ASSAULT", cameo: "190", object: ["dat"], needs: ["start"], gap: 0,
    clauseNeeds: ["antiterror", "hərbi", "quru", "hücum"], clauseNot: [...POLICE_OPERATORS, "xidmət"] },
  // 190 ASSAULT: an operation launched against a side, told by the participle of its launching before it (`silahlı
  // müxalifətin X rejiminə qarşı başlatdığı əməliyyat davam edir`); one launched against no side named (`başlatdığı
  // əməliyyat`, an inquiry's or a bank's) is none, and a police body's stays a raid
  { head: "əməliyyat", forms: "noun", type: "ASSAULT", cameo: "190", object: ["dat"], objectRequired: true,
    needs: ["başlat"], needsBefore: true, gap: 0, clauseNeeds: ["qarşı"], clauseNot: [...POLICE_OPERATORS, "xidmət"] },
];
