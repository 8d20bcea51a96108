// Triggers from a walk of the standard phrasings of political and world news for the conflictual PLOVER types
// (REQUEST … ASSAULT): acts between states, leaders, ministers and international bodies as APA, Report, Trend or
// AzərTac write them, listed from knowledge of the language. The unlabelled pools (economy articles, local headlines)
// rarely use them, so each entry is kept narrow (a specific head and complement, a side or a clause word required) and
// was checked only not to fire wrongly there (see ./README.md).
import type { TriggerEntry } from "../../../extract/events/tables.js";
import { ET } from "./light-verbs.js";

const SIDES: TriggerEntry["objectTypes"] = ["PER", "LOC", "ORG"];

export const COVERAGE_C4: TriggerEntry[] = [
  // 10 REQUEST
  // 100 call on a side to act (`X-i atəşkəsə əməl etməyə səsləyib`); only the forms with the glide or the past (`səsləyib`,
  // `səslədi`): `səsləndirib` voiced and `səslənib` sounded are other verbs
  ...["səsləy", "səsləd"].map((head): TriggerEntry => ({ head, forms: "verb", type: "REQUEST", cameo: "100", object: ["acc"], activeOnly: true })),
  // 100 an explanation or guarantees demanded of a side (`X-dən izahat istəyib`, `ABŞ-dan təminat tələb edir`); a bank's
  // collateral (`müştəridən təminat tələb edir`) asks no state or person
  { head: "izahat", forms: "noun", type: "REQUEST", cameo: "100", object: ["abl"], objectTypes: SIDES, objectRequired: true, needs: ["istə", "tələb"], gap: 0 },
  { head: "təminat", forms: "noun", type: "REQUEST", cameo: "100", object: ["abl"], objectTypes: ["PER", "LOC"], objectRequired: true, needs: ["istə", "tələb"], gap: 0 },
  // 103 arms asked of a state or an alliance (`Ukrayna ABŞ-dan "Patriot" sistemləri istəyib`); only with weapons in the clause
  // (`Bakıdan getmək istəyir` is a wish, no request)
  { head: "istə", forms: "verb", type: "REQUEST", cameo: "103", object: ["abl"], objectTypes: ["LOC", "ORG"], objectRequired: true, activeOnly: true,
    clauseNeeds: ["silah", "raket", "sursat", "qırıcı", "patriot", "hücumundan", "zenit", "texnika"] },
  // 100 an appeal addressed to a side (`X-ə müraciət ünvanlayıb`); to a gathering's participants it is an address (CONSULT, before)
  { head: "müraciət", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], objectTypes: SIDES, objectRequired: true, needs: ["ünvanla"], gap: 0 },

  // 11 ACCUSE
  // 111 reproach (`X-i … görə məzəmmət edib`)
  { head: "məzəmmət", forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["acc"], needs: ET, gap: 0 },
  // 111 under a barrage of criticism (`X-i sərt tənqid atəşinə tutub`), before the shelling entry below
  { head: "tənqid", forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["acc"], needs: ["atəş"], gap: 0 },
  // 111 an act named or judged a hostile one (`addımlarını qeyri-dost addım adlandırıb`, `Netanyahunu "Qəzza qəssabı"
  // adlandırıb`, `hərəkətlərini soyqırımı kimi qiymətləndirib`); naming or judging anything else is none
  { head: "adlandır", forms: "verb", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["acc"], objectRequired: true,
    clauseNeeds: ["qeyri-dost", "düşmənçilik", "təxribat", "provokasiya", "qəssab", "ikiüzlü", "soyqırım", "təcavüz"] },
  ...["qiymətləndir", "dəyərləndir"].map((head): TriggerEntry => ({ head, forms: "verb", type: "ACCUSE", cameo: "111", plover_mode: "disapprove",
    object: ["acc"], needs: ["kimi"], gap: 0, needsBefore: true,
    clauseNeeds: ["qeyri-dost", "düşmənçilik", "təxribat", "provokasiya", "soyqırım", "təcavüz", "terror", "müharibə cinayəti", "etnik təmizləmə"] })),

  // 12 REJECT
  // 120 deny (`ittihamlarını yalanlayıb`), claims called lies (`bəyanatını yalan adlandırıb`), or false news (`videoları yalan
  // məlumat adlandırıb`, a noun of report between)
  { head: "yalanla", forms: "verb", type: "REJECT", cameo: "120", plover_mode: "deny", object: ["acc"] },
  { head: "yalan", forms: "noun", type: "REJECT", cameo: "120", plover_mode: "deny", object: ["acc"], needs: ["adlandır", "hesab"], gap: 1 },
  // 120 ignored (`təklifinə məhəl qoymayıb`), evaded (`görüşməkdən boyun qaçırıb`), answered no (`təklifinə mənfi cavab verib`),
  // left unanswered (`təklifini cavabsız qoyub`; a customer's complaint left so is no act between sides)
  { head: "məhəl", forms: "noun", type: "REJECT", cameo: "120", object: ["dat"], needs: ["qoy"], gap: 0, negatedOnly: true },
  { head: "boyun", forms: "noun", type: "REJECT", cameo: "120", object: ["abl"], needs: ["qaçır"], gap: 0 },
  { head: "mənfi", forms: "noun", type: "REJECT", cameo: "120", object: ["dat"], needs: ["cavab"], gap: 0, clauseNeeds: ["təklif", "tələb", "çağırış", "müraciət", "dəvət"] },
  { head: "cavabsız", forms: "noun", type: "REJECT", cameo: "120", object: ["acc"], needs: ["qoy"], gap: 0, clauseNeeds: ["təklif", "tələb", "çağırış", "nota", "ultimatum"] },

  // 13 THREATEN
  // 130 `X-ə nüvə silahı ilə hədə gəlib` (as `hədə-qorxu gəlib`)
  { head: "hədə", forms: "noun", type: "THREATEN", cameo: "130", object: ["dat"], needs: ["gəl"], gap: 0 },
  // 138 a heavy reply promised (`İsrailə ağır cavab verəcək`), as `ciddi cavab verəcək` (a reply given is none)
  { head: "cavab", forms: "noun", type: "THREATEN", cameo: "138", plover_mode: "violence", object: ["dat"], needs: ["ver"], gap: 0, promisedOnly: true,
    clauseNeeds: ["ağır", "sarsıdıcı", "dağıdıcı", "amansız", "məhvedici"] },
  // 139 an ultimatum by a deadline given to a named leader or state (`Tramp Putinə 50 gün vaxt verib`); a body or people given
  // time is none, nor is one told by a pronoun (`Prezident ona … iki həftə vaxt vermişdi`, a premier's time to decide at home)
  { head: "vaxt", forms: "noun", type: "THREATEN", cameo: "139", object: ["dat"], objectTypes: ["PER", "LOC"], objectRequired: true, needs: ["ver"], gap: 0,
    clauseNeeds: ["gün", "saat", "həftə"], clauseNot: ["ona", "onlara"] },

  // 14 PROTEST
  // 141 protests begun or joined (`etirazlara başlayıb`; the plural dative is the idiom's own case)
  { head: "etirazlara", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo", needs: ["başla", "qoşul", "çıx"], gap: 0 },
  // 141 a rally before a mission or a parliament (`səfirliyi qarşısında aksiya keçiriblər`)
  { head: "qarşısında", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo", needs: ["aksiya", "piket", "etiraz"], gap: 0,
    clauseNeeds: ["səfirliy", "səfirlik", "konsulluğ", "konsulluq", "parlament"] },

  // 16 SANCTION
  // 163 imports or exports restricted (`Ermənistandan gül idxalına məhdudiyyət qoyub`), as an import ban
  { head: "məhdudiyyət", forms: "noun", type: "SANCTION", cameo: "163", plover_mode: "discontinue", object: ["dat"], needs: ["qoy", "tətbiq"], gap: 1,
    clauseNeeds: ["idxal", "ixrac", "tranzit"] },
  // 161 participation in a body frozen or stopped (`KTMT-də iştirakını dondurub`); a firm's in a tender names no body
  { head: "iştirak", forms: "noun", type: "SANCTION", cameo: "161", plover_mode: "withdraw", object: ["loc"], objectTypes: ["ORG"], objectRequired: true,
    needs: ["dondur", "dayandır"], gap: 1 },
  // 161 leaving ECOWAS (the alliances of the two-party table)
  { head: "çıx", forms: "verb", type: "SANCTION", cameo: "161", plover_mode: "withdraw", object: ["abl"], objectTypes: ["ORG"], objectRequired: true, activeOnly: true,
    clauseNeeds: ["ecowas", "ecowas-", "ekovas", "ekovas-"] },

  // 15 MOBILIZE
  // 154 military presence raised (`regionda hərbi mövcudluğunu artırıb`); a firm's presence on a market is none
  { head: "mövcudluq", forms: "noun", type: "MOBILIZE", cameo: "154", plover_mode: "troops", needs: ["artır", "gücləndir", "genişləndir"], gap: 1,
    clauseNeeds: ["hərbi"] },
  // 154 warships or troops sent to a place (`Karib dənizinə hərbi gəmilər yönəldib`); funds directed are none
  ...["yönəlt", "yönəld"].map((head): TriggerEntry => ({ head, forms: "verb", type: "MOBILIZE", cameo: "154", plover_mode: "troops", object: ["dat"],
    needs: ["gəmi", "qoşun", "təyyarədaşıyan", "esminets", "hərbçi", "qırıcı"], gap: 0, needsBefore: true,
    clauseNeeds: ["hərbi", "döyüş", "təyyarədaşıyan", "esminets", "qoşun", "hərbçi", "qırıcı"] })),

  // 17 COERCE
  // 171 a ship seized (`tankerini ələ keçirib`, `flotiliyanı ələ keçirib`); 192 villages taken (`daha iki kəndini ələ keçirib`);
  // drugs seized from a ship (`gəmidən narkotik ələ keçirilib`) are neither
  { head: "ələ", forms: "noun", type: "COERCE", cameo: "1711", plover_mode: "seize", object: ["acc"], needs: ["keçir"], gap: 0,
    clauseNeeds: ["tanker", "flotiliya", "gəmisini", "gəmini", "gəmiləri"] },
  { head: "ələ", forms: "noun", type: "COERCE", cameo: "192", plover_mode: "seize", object: ["acc"], needs: ["keçir"], gap: 0,
    clauseNeeds: ["kəndi", "kəndini", "kəndləri", "kəndlərini", "qəsəbəni", "qəsəbəsini", "qəsəbələri"] },
  // (an active `saxlamaq` detain, even narrowed to a state's police, is left out, as in the two stops before: its pool
  // events had wrong sides and it fires on custody and keeping; the passive `saxlanılıb` entries read detentions)

  // 18-19 ASSAULT
  // 194 shelled with rockets or artillery (`Odessanı raket atəşinə tutub`); the possessive dative is the idiom's own case
  // (`tənqid atəşinə tutub` is criticism, above)
  { head: "atəşinə", forms: "noun", type: "ASSAULT", cameo: "194", object: ["acc"], needs: ["tut"], gap: 0, notAfter: ["tənqid"] },
];
