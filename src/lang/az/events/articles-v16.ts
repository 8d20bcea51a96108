// Triggers from the misses of invented whole articles of rights, courts, media and domestic politics (helper inv-rights,
// set v16, test/events-articles-v16.test.ts): arrests and trials of journalists, statements of international bodies and
// Baku's answers. Each names the words that make it an act between sides, and a look-alike that stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const ARTICLES_V16: TriggerEntry[] = [
  // 161 SANCTION: a delegation called back from an assembly (`Azərbaycanın AŞPA-dakı nümayəndə heyətini geri çağırıb`), as an
  // envoy recalled (`səfirini geri çağırıb`, ../events.ts); goods called back (`avtomobilləri geri çağırıb`) stay none
  { head: "geri", forms: "noun", type: "SANCTION", cameo: "161", plover_mode: "withdraw", object: ["acc"], needs: ["çağır"], gap: 0,
    clauseNeeds: ["heyət"] },
  // 120 REJECT: a decision or a statement deemed unacceptable in the verb `saymaq` (`AŞPA-nın qərarını qəbuledilməz sayıb`), as
  // with `hesab etmək` (../events.ts)
  { head: "qəbuledilməz", forms: "noun", type: "REJECT", cameo: "120", needs: ["say"], gap: 1 },
  // 0841 RETREAT: released from detention to house arrest (`həbsdən ev dustaqlığına buraxılıb`), as `həbsdən buraxılıb` with the
  // place of the milder custody between (../events.ts); the ablative of detention is then no arrest
  { head: "həbsdən", forms: "noun", type: "RETREAT", cameo: "0841", plover_mode: "release", object: ["acc"], needs: ["burax"], gap: 2 },
  // 120 REJECT: a court leaving an appeal or a motion unsatisfied (`apellyasiya şikayətini təmin etməyib`, `vəsatəti təmin
  // edilməyib`) refuses what a side asked of it; one satisfied is told by its outcome (a release, a measure changed), and
  // `təmin etmək` of anything else provides it (`təhlükəsizliyi təmin etməyib`)
  { head: "təmin", forms: "noun", type: "REJECT", cameo: "120", object: ["gen"], needs: ["et", "ed", "olun"], gap: 0, negatedOnly: true,
    clauseNeeds: ["şikayət", "vəsatət"] },
  // 110 ACCUSE: regret over a side's decision (`qərardan təəssüfləndiyini bildirib`), displeasure as `məyus olub` (../events.ts);
  // regret over a death or a disaster (`faciədən təəssüflənib`) is sympathy, no charge
  { head: "təəssüflən", forms: "verb", type: "ACCUSE", cameo: "110", plover_mode: "disapprove", object: ["abl"],
    clauseNot: ["faciə", "ölüm", "həlak", "fəlakət", "zəlzələ", "qəza", "itki", "vəfat"] },
  // 114 ACCUSE: a complaint lodged with a named body in the bare noun (`Apellyasiya Məhkəməsinə şikayət veriləcək`), as the
  // possessed `X-in META-ya şikayəti` (article-misses-13.ts); one with no named body (`şikayət verib`) tells no act between sides
  { head: "şikayət", forms: "noun", type: "ACCUSE", cameo: "114", plover_mode: "allege", object: ["dat"], objectTypes: ["ORG"], objectRequired: true,
    needs: ["ver"], gap: 0 },
  // 142 PROTEST: a hunger strike begun or held told by the noun alone (`aclığa başlayıb`, `həbsxanada aclıq edir`), as
  // `aclıq aksiyası` and `aclıq elan edib` (../events.ts); hunger suffered (`aclıq çəkir`, `aclıqla üzləşib`) is none
  { head: "aclığa", forms: "noun", type: "PROTEST", cameo: "142", plover_mode: "hunger", needs: ["başla"], gap: 0 },
  { head: "aclıq", forms: "noun", type: "PROTEST", cameo: "142", plover_mode: "hunger", needs: ["et", "ed"], gap: 0 },
];
