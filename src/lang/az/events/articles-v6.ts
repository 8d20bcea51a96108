// Triggers from invented whole articles of wars and security as world-news columns report them (strikes on cities,
// prisoner and hostage exchanges, talks, terror attacks, exercises, arms supplied, diplomats expelled, border clashes),
// written in the style of the agencies and annotated before the system read them: the phrasings of those articles that
// no entry read, each kept narrow and checked over the unlabelled pools (see ./README.md and test/events-articles-v6.test.ts).
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const ARTICLES_V6: TriggerEntry[] = [
  // 0841 RETREAT release: hostages, prisoners or the bodies of the dead handed over to a body or a person (`girovları
  // Qırmızı Xaç Komitəsinə təhvil verib`), as the sense of `codebook-concession.ts` reads them handed to a state; a
  // wanted person or a park handed over stays that entry's
  { head: "təhvil", forms: "noun", type: "RETREAT", cameo: "0841", plover_mode: "release", object: ["dat"], objectRequired: true, needs: ["ver"], gap: 0,
    clauseNeeds: ["girov", "əsir", "məhbus", "cəsəd", "meyit", "nəş"] },
  // 072 AID military: air defence systems, tanks or shells sent to a state (`Ukraynaya Patriot sistemləri göndərəcək`,
  // `sistemlərinin göndəriləcəyini`), as `silah göndərib`; a system of no arms (`ödəniş sistemi`) is none; weapons given
  // (`tankları verəcək`) stay the supply of `headline-misses-2.ts` (COOPERATE 062)
  { head: "sistem", forms: "noun", type: "AID", cameo: "072", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    needs: ["göndər", "tədarük", "çatdır"], gap: 1, clauseNeeds: ["müdafiə", "patriot", "raket", "zenit", "hərbi", "silah"] },
  ...["tank", "mərmi", "sursat"].map((head): TriggerEntry => ({ head, forms: "noun", type: "AID", cameo: "072",
    object: ["dat"], objectTypes: ["LOC"], objectRequired: true, needs: ["göndər", "tədarük", "çatdır"], gap: 1 })),
  // 193 ASSAULT: an exchange of fire between sides that goes on or breaks out (`tərəflər arasında artilleriya atışması davam
  // edib`), as `toqquşmalar davam edir`; a shoot-out by its noun alone keeps the entries that need the sides named
  { head: "atışma", forms: "noun", type: "ASSAULT", cameo: "193", plover_mode: "firearms", object: ["ins"], needs: ["davam", "başla"], gap: 1,
    needsBefore: true, clauseNeeds: ["tərəf", "artilleriya", "sərhəd", "cəbhə", "xətt", "ordu", "qoşun"] },
  // 111 ACCUSE: an act named a terror act or an act of war (`hücumu terror aktı adlandırıb`, `müharibə aktı adlandırıb`), a side
  // named terrorists (`terrorçu adlandırıb`), as one named hostile (`qeyri-dost addım adlandırıb`); no side need be named
  // as its object (the act judged is told before)
  { head: "adlandır", forms: "verb", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["acc"],
    clauseNeeds: ["terror", "terrorçu", "müharibə"] },
];
