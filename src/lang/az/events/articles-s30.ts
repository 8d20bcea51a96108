// Triggers from the lead's invented articles of stop 30 (test/events-articles-s30.test.ts): each names the words that make
// it an act between sides, and a look-alike of the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

const EASE = ["azalt", "endir", "aşağı"];
const MILITARY = ["hərbi", "döyüş", "quru", "antiterror"];
const POLICE = ["polis", "kiberpolis"];

export const ARTICLES_S30: TriggerEntry[] = [
  // 085 RETREAT: tariffs cut past the rates named (`rüsumları 57 faizdən 47 faizə endirəcək`), as `rüsumları azaldıb` in
  // ../events.ts; only the tariffs as the object of the cut, in the accusative, so that no other clause's verb reads them
  ...["rüsumları", "rüsumu", "tarifləri", "tarifi"].map((head): TriggerEntry => ({
    head, forms: "noun", type: "RETREAT", cameo: "085", plover_mode: "ease", object: ["dat"], needs: EASE, gap: 6 })),
  // 190 ASSAULT: military operations resumed, carried on or widened (`hərbi əməliyyatları bərpa edib`, `… davam etdirir`), and
  // begun again by the plural dative (`hərbi əməliyyatlara yenidən başlayıb`), as `əməliyyata başlayıb` in ../events.ts;
  // a police operation is no war (COERCE, ./headlines-h29.ts)
  { head: "əməliyyat", forms: "noun", type: "ASSAULT", cameo: "190", object: ["dat"], needs: ["bərpa", "davam", "genişləndir"], gap: 1,
    clauseNeeds: MILITARY, clauseNot: POLICE },
  ...["əməliyyatlara", "əməliyyatlarına"].map((head): TriggerEntry => ({
    head, forms: "noun", type: "ASSAULT", cameo: "190", object: ["dat"], needs: ["başla"], gap: 1, clauseNeeds: MILITARY, clauseNot: POLICE })),
  // 111 ACCUSE: a side called a threat (`Rusiyanı Avropanın təhlükəsizliyi üçün əsas təhdid adlandırıb`), as a side called an
  // aggressor (./breadth-ac24.ts); a named side acted on only
  { head: "adlandır", forms: "verb", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["acc"], objectRequired: true,
    clauseNeeds: ["təhdid"] },
  // 070 AID: aid to a side increased, carried on or widened (`Ukraynaya hərbi yardımı artırıb`, `yardımı davam etdirəcək`), as
  // aid given (../events.ts); aid stopped is the sanction there
  { head: "yardım", forms: "noun", type: "AID", cameo: "070", object: ["dat"], needs: ["artır", "davam", "genişləndir"], gap: 2 },
];
