// Triggers from invented world-news articles (stop 30, helper arts30, test/events-articles-a30.test.ts): each names the
// words that make it an act between sides, and a look-alike of the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";
import { ET } from "./light-verbs.js";

/** Stems in a clause that make a stoppage of work a strike, not a holiday (`yay tətili`): its workers, their unions, its
 *  reach across a country (as the workers of ./codebook-conflict.ts). */
const STRIKERS = ["işçi", "həmkarlar", "fəhlə", "sürücü", "müəllim", "həkim", "pilot", "dokçu", "əməkdaş", "maaş", "əmək", "ümummilli"];

/** Stems of a match played or its result (`qarşılaşacaq`, `üz-üzə gələcək`, `qalib gəlib`, `uduzub`): a team's trip told
 *  with them (`səfərdə X ilə qarşılaşıb`) is an away game, no visit, and one it hosts (`X klubunu qəbul edəcək`) no guest. */
export const MATCH_WORDS = ["qarşılaş", "üz-üzə", "qalib", "uduz", "məğlub", "heç-heçə", "qələbə", "qol"];
/** Nouns of a match, after `səfər` (`səfər oyununda`): an away game. */
export const MATCH_NOUNS = ["oyun", "matç", "qarşılaşma"];
/** Words of a team hosted (`doğma meydanda X klubunu qəbul edəcək`): a game, no guest received. */
export const TEAM_HOSTED = ["klubunu", "komandasını", "yığmasını", "doğma"];

export const ARTICLES_A30: TriggerEntry[] = [
  // 143 PROTEST: a strike held (`ümummilli tətil keçirilib`, `həmkarlar ittifaqları tətil keçirib`), as one declared or begun
  // (`tətil edib`, `tətilə başlayıb`, ./codebook-conflict.ts); a holiday spent (`yay tətilini keçirib`) names no workers
  { head: "tətil", forms: "noun", type: "PROTEST", cameo: "143", plover_mode: "boycott", needs: ["keçir"], gap: 0, clauseNeeds: STRIKERS },
  // 125 REJECT: cooperation, talks or a coalition with a side ruled out (`X ilə əməkdaşlığı istisna edib`); not ruled out
  // (`görüşü istisna etmir`) leaves it open, and other things excluded (`hərbi müdaxiləni istisna edib`) reject no side
  { head: "istisna", forms: "noun", type: "REJECT", cameo: "125", plover_mode: "meet", object: ["ins"], needs: ET, gap: 0, assertedOnly: true,
    clauseNeeds: ["əməkdaşlığ", "əməkdaşlıq", "danışıq", "görüş", "koalisiya", "dialoq", "ittifaq"] },
  // 161 SANCTION: a decision to close another state's embassy or consulate (`X-in Y-dəki konsulluğunun bağlanması barədə
  // qərar verib`), as the mission closed (`səfirliyini bağlayıb`, ../events.ts); a closure asked of another is that demand's
  ...["səfirliyinin", "konsulluğunun", "nümayəndəliyinin"].map((head): TriggerEntry => ({ head, forms: "noun", type: "SANCTION", cameo: "161",
    plover_mode: "withdraw", object: ["gen"], needs: ["bağlanması"], gap: 0 })),
  // 063 COOPERATE: an extradition permitted or consented to (`X-in ABŞ-a ekstradisiyasına icazə verib`), the act consented to
  // as the consent convention reads it (`tədarükünə icazə verib`); the extradition done is ./breadth-co24.ts's
  { head: "ekstradisiyasına", forms: "noun", type: "COOPERATE", cameo: "063", plover_mode: "legal", object: ["dat"], needs: ["icazə", "razılıq"], gap: 0 },
  // 141 PROTEST: a crowd gathered before a seat of power (`parlament binası qarşısına toplaşıb`), as a rally held there
  // (`qarşısında aksiya keçirib`, ./coverage-c4.ts); gathered before a stage or a stadium is no protest
  ...["qarşısına", "qarşısında"].map((head): TriggerEntry => ({ head, forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo",
    needs: ["toplaş", "yığış"], gap: 0,
    clauseNeeds: ["parlament", "səfirliy", "səfirlik", "konsulluğ", "konsulluq", "hökumət", "nazirliy", "saray", "bələdiyyə", "məhkəmə", "iqamətgah"] })),
  // 192 COERCE: a city or a settlement taken (`X şəhərini ələ keçirib`, `iki yaşayış məntəqəsini ələ keçirib`), as villages
  // taken (./coverage-c4.ts), by the side named its subject (told in the passive, `X şəhərinin ələ keçirildiyini bildirib`, it
  // names none); drugs or arms seized there are no place taken
  { head: "ələ", forms: "noun", type: "COERCE", cameo: "192", plover_mode: "seize", object: ["acc"], needs: ["keçir"], gap: 0,
    clauseNeeds: ["şəhərini", "şəhərləri", "məntəqəsini", "məntəqələrini"], activeOnly: true,
    clauseNot: ["narkotik", "silah", "sursat", "qaçaqmal", "heroin", "kokain", "marixuana", "pul", "vəsait"] },
  // 191 COERCE: crossings on a border closed (`X ilə sərhəddəki keçid məntəqələrini müvəqqəti olaraq bağlayıb`), as the border closed
  // (`X ilə sərhədi bağlayıb`, ../events.ts); a level crossing closed for repairs is on no border
  { head: "keçid", forms: "noun", type: "COERCE", cameo: "191", plover_mode: "restrict", object: ["ins"], needs: ["bağla"], gap: 3, clauseNeeds: ["sərhəd"] },
  // 114 ACCUSE: a complaint addressed or sent to a named body (`Ümumdünya Ticarət Təşkilatına şikayət ünvanlayıb`), as one
  // lodged (`şikayət verib`, ./articles-v16.ts); with no named body it tells no act between sides
  { head: "şikayət", forms: "noun", type: "ACCUSE", cameo: "114", plover_mode: "allege", object: ["dat"], objectTypes: ["ORG"], objectRequired: true,
    needs: ["ünvanla", "göndər"], gap: 0 },
];
