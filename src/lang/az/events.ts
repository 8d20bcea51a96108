// Azerbaijani tables of the events stage: news triggers (verbs, light-verb phrases and their
// nouns) with the case each governs, and the endings by which forms and modality are read.
// PLOVER types, modes and CAMEO codes follow the PLOVER manual and CAMEO2PLOVER table
// (openeventdata/PLOVER, CC BY-SA 4.0); see ./events/README.md.
import type { EventTables, TriggerEntry } from "../../extract/events/tables.js";
import { CLDR_TERRITORIES } from "./entities/countries.js";
import { COUNTRY_SPELLINGS } from "./entities/places.js";
import { NAMED_GATHERINGS } from "./entities/organisations.js";
import { CODEBOOK_COOPERATION } from "./events/codebook-cooperation.js";
import { CODEBOOK_CONCESSION } from "./events/codebook-concession.js";
import { CODEBOOK_CONFLICT } from "./events/codebook-conflict.js";
import { FREQUENT_PREDICATES } from "./events/frequent-predicates.js";
import { TWO_PARTY_PREDICATES } from "./events/two-party-predicates.js";
import { HEADLINE_MISSES_2 } from "./events/headline-misses-2.js";
import { HEADLINE_MISSES_3 } from "./events/headline-misses-3.js";
import { HEADLINE_MISSES_4 } from "./events/headline-misses-4.js";
import { ARTICLE_MISSES_10 } from "./events/article-misses-10.js";
import { HEADLINE_MISSES_5 } from "./events/headline-misses-5.js";
import { MINED_ARTICLES } from "./events/mined-articles.js";
import { COVERAGE_C2 } from "./events/coverage-c2.js";
import { COVERAGE_C1, OWN_POSTS } from "./events/coverage-c1.js";
import { COVERAGE_C3 } from "./events/coverage-c3.js";
import { ARTICLES_V1 } from "./events/articles-v1.js";
import { ARTICLE_MISSES_13 } from "./events/article-misses-13.js";
import { COVERAGE_C4 } from "./events/coverage-c4.js";
import { COVERAGE_B1 } from "./events/coverage-b1.js";
import { ARTICLES_V2 } from "./events/articles-v2.js";
import { HEADLINES_B3 } from "./events/headlines-b3.js";
import { HEADLINES_B4 } from "./events/headlines-b4.js";
import { HEADLINES_B5 } from "./events/headlines-b5.js";
import { HEADLINES_V20 } from "./events/headlines-v20.js";
import { ARTICLES_V4 } from "./events/articles-v4.js";
import { ARTICLES_V5 } from "./events/articles-v5.js";
import { ARTICLES_V7 } from "./events/articles-v7.js";
import { ARTICLES_V6 } from "./events/articles-v6.js";
import { ARTICLES_V8 } from "./events/articles-v8.js";
import { ARTICLES_V10 } from "./events/articles-v10.js";
import { ARTICLES_V11 } from "./events/articles-v11.js";
import { ARTICLES_V12 } from "./events/articles-v12.js";
import { ARTICLES_V13 } from "./events/articles-v13.js";
import { ARTICLES_V14 } from "./events/articles-v14.js";
import { ARTICLES_V15, ARTICLES_V15_FIRST, HARM_DONE_NOUNS, TIES_NOUNS } from "./events/articles-v15.js";
import { ARTICLES_INV22P } from "./events/articles-inv22p.js";
import { ARTICLES_V21 } from "./events/articles-v21.js";
import { ARTICLES_L28 } from "./events/articles-l28.js";
import { ARTICLES_S29 } from "./events/articles-s29.js";
import { ARTICLES_S30 } from "./events/articles-s30.js";
import { ARTICLES_S31 } from "./events/articles-s31.js";
import { ARTICLES_A29 } from "./events/articles-a29.js";
import { ARTICLES_A30, MATCH_NOUNS, MATCH_WORDS, TEAM_HOSTED } from "./events/articles-a30.js";
import { PERSON_SUBJECT_NOUNS, SCENE_ATTRIBUTE, VENUE_NOUNS } from "./events/articles-a31.js";
import { ARTICLES_A32 } from "./events/articles-a32.js";
import { PAGES_PGB, PAGES_PGB_FIRST } from "./events/pages-pgb.js";
import { PAGES_SK_FIRST } from "./events/pages-sk.js";
import { ARTICLES_V16 } from "./events/articles-v16.js";
import { ARTICLES_V18 } from "./events/articles-v18.js";
import { PROBE_PR_COE } from "./events/probe-pr-coe.js";
import { PARAPHRASE_CONF } from "./events/paraphrase-conf.js";
import { HEADLINES_HL } from "./events/headlines-hl.js";
import { PARAPHRASE_CONF2 } from "./events/paraphrase-conf2.js";
import { PARAPHRASE_COOP2 } from "./events/paraphrase-coop2.js";
import { PARA_P31A } from "./events/para-p31a.js";
import { BREADTH_CO24 } from "./events/breadth-co24.js";
import { ARTICLES_V9 } from "./events/articles-v9.js";
import { PARADIGMS_B2 } from "./events/paradigms-b2.js";
import { WARS_W19 } from "./events/wars-w19.js";
import { REGULATORS_R19 } from "./events/regulators-r19.js";
import { FRESH_F23 } from "./events/fresh-f23.js";
import { FRESH_FX25 } from "./events/fresh-fx25.js";
import { HEADLINES_R28 } from "./events/headlines-r28.js";
import { HEADLINES_H29, HEADLINES_H29_FIRST } from "./events/headlines-h29.js";
import { HARSH_WORDS, HEADLINES_H30, HEADLINES_H30_FIRST } from "./events/headlines-h30.js";
import { PARA_P31H } from "./events/para-p31h.js";
import { PAGES_PGC } from "./events/pages-pgc.js";
import { PAGES_S32 } from "./events/pages-s32.js";
import { PAGES_SN } from "./events/pages-sn.js";
import { PAGES_SH } from "./events/pages-sh.js";
import { PAGES_SI } from "./events/pages-si.js";
import { PAGES_SE } from "./events/pages-se.js";
import { PAGES_SF } from "./events/pages-sf.js";
import { OWN_SITTINGS, PAGES_SG } from "./events/pages-sg.js";
import { PAGES_SD } from "./events/pages-sd.js";
import { PAGES_SA, PAGES_SA_FIRST } from "./events/pages-sa.js";
import { PAGES_SC, PAGES_SC_FIRST } from "./events/pages-sc.js";
import { PAGES_SB } from "./events/pages-sb.js";
import { PAGES_SJ } from "./events/pages-sj.js";
import { PAGES_SL } from "./events/pages-sl.js";
import { PAGES_SQ, PAGES_SQ_FIRST } from "./events/pages-sq.js";
import { CAUSE_REJECT } from "./events/cause-reject.js";
import { PAGES_SO } from "./events/pages-so.js";
import { CAUSE_ACCUSE } from "./events/cause-accuse.js";
import { CONSTRUCTIONS_FR23 } from "./events/constructions-fr23.js";
import { BREADTH_RS24, BREADTH_RS24_FIRST } from "./events/breadth-rs24.js";
import { BREADTH_CA24, BREADTH_CA24_FIRST } from "./events/breadth-ca24.js";
import { BREADTH_AC24, HARM_PROMISED } from "./events/breadth-ac24.js";
import { HARM_ACTS } from "./events/pages-s35.js";
import { ET } from "./events/light-verbs.js";

/** Capitals by the ISO code of their state (facts of geography). */
const CAPITALS: [string, string][] = [
  ["Bakı", "AZ"], ["Moskva", "RU"], ["Vaşinqton", "US"], ["Tehran", "IR"], ["Ankara", "TR"], ["İrəvan", "AM"], ["Yerevan", "AM"],
  ["Tbilisi", "GE"], ["Kiyev", "UA"], ["Kiyiv", "UA"], ["Minsk", "BY"], ["Astana", "KZ"], ["Daşkənd", "UZ"],
  ["Aşqabad", "TM"], ["Düşənbə", "TJ"], ["Bişkek", "KG"], ["Pekin", "CN"], ["London", "GB"], ["Paris", "FR"],
  ["Berlin", "DE"], ["Roma", "IT"], ["Madrid", "ES"], ["Varşava", "PL"], ["Budapeşt", "HU"], ["Vyana", "AT"],
  ["Praqa", "CZ"], ["Buxarest", "RO"], ["Tokio", "JP"], ["Seul", "KR"], ["Pxenyan", "KP"], ["Dehli", "IN"],
  ["Yeni Dehli", "IN"], ["İslamabad", "PK"], ["Kabil", "AF"], ["Bağdad", "IQ"], ["Dəməşq", "SY"], ["Ər-Riyad", "SA"],
  ["Qahirə", "EG"], ["Doha", "QA"], ["Əbu-Dabi", "AE"], ["Təl-Əviv", "IL"], ["Kişinyov", "MD"], ["Vilnüs", "LT"],
  ["Riqa", "LV"], ["Tallin", "EE"], ["Helsinki", "FI"], ["Stokholm", "SE"], ["Oslo", "NO"], ["Kopenhagen", "DK"],
  ["Afina", "GR"], ["Sofiya", "BG"], ["Belqrad", "RS"], ["Ottava", "CA"],
  // (and of the states of world news in Africa, Asia and the Americas; Karakas and Beyrut stay the cities their tests name)
  ["Boqota", "CO"], ["Havana", "CU"], ["Brazilia", "BR"], ["Mexiko", "MX"], ["Lima", "PE"],
  ["Kinşasa", "CD"], ["Kiqali", "RW"], ["Xartum", "SD"], ["Niamey", "NE"], ["Bamako", "ML"], ["Uaqaduqu", "BF"],
  ["Nayrobi", "KE"], ["Addis-Əbəba", "ET"], ["Abuca", "NG"], ["Rabat", "MA"], ["Əmman", "JO"],
  ["Kabul", "AF"], ["Manila", "PH"], ["Cakarta", "ID"], ["Hanoy", "VN"], ["Banqkok", "TH"],
];

/** A state's canonical name as the entity stage writes it: the press spelling, else the CLDR name. */
function stateName(iso: string): string | undefined {
  return COUNTRY_SPELLINGS[iso]?.canonical ?? CLDR_TERRITORIES.find((c) => c.iso === iso)?.az;
}

const capitals: [string, string][] = CAPITALS.flatMap(([city, iso]) => {
  const state = stateName(iso);
  return state ? [[city, state] as [string, string]] : [];
});

// the acts one may be displeased with (`X-in qərarından narazıdır`): displeasure with prices or a service accuses no side
const DISPLEASED_ACTS = ["əməliyyat", "hücum", "zərbə", "addım", "hərəkət", "bəyanat", "qərar", "mövqe", "siyasət", "açıqlama", "atəş",
  "sanksiya", "tarif", "rüsum", "qadağa", "ittiham"];

/** A ban whose clause names trade (`idxalına qadağa`, `ticarət müharibəsi çərçivəsində … qadağan edib`) is an embargo. */
/** Verbs that cut or stop a measure (`azaldılması`, `aşağı salınması`, `dayandırmaq`). */
const EASE = ["azalt", "azald", "endir", "aşağı", "dayandır"];
/** Nouns of the idioms "come to a decision / conclusion" (`qərarına gəlib`, `nəticəyə gəlib`): no journey; nor the other
 *  idioms of `gəlmək` that go nowhere (`X-ə qalib gəlib` defeated X, `üz-üzə gələcək` will face). */
const ARRIVED_AT = ["qərarına", "qərara", "nəticəyə", "qənaətə", "qalib", "üz-üzə",
  // (a plane, a ship or a convoy come with cargo, `Ukraynaya silah daşıyan 45 təyyarə gəlib`, is a delivery, no visit of a side)
  "təyyarə", "təyyarəsi", "gəmi", "gəmisi", "qatar", "qatarı", "konvoy", "konvoyu", "karvan", "karvanı", "yük", "yükü",
  // (a thing that fits or does not fit a frame, `X-ə səfəri … çərçivəsinə uyğun gəlmir`, comes nowhere)
  "uyğun"];
/** Nouns of the service a tariff is the price of (`çatdırılma tarifləri`): a price list, no trade barrier. */
const PRICE_LISTS = ["çatdırılma", "daşınma", "gediş", "kommunal", "tibbi", "sığorta"];
/** Adjectives of a price (`2 milyon manatlıq`): a contract told by its price is a purchase. */
const PRICED = ["manatlıq", "dollarlıq", "avroluq"];
/** Adjectives of talk that is idle (`boş söhbət`): a verdict on words, no conversation. */
const IDLE_TALK = ["boş"];
/** Nouns of cultural and festive events (`festival`, `sərgi`, `konsert`, `yubiley`): their ceremonies are no meeting of sides. */
const CULTURAL_EVENTS = ["festival", "sərgi", "konsert", "yubiley", "tamaşa", "müsabiqə"];
const TAX_FINE = ["maliyyə"]; // `maliyyə sanksiyası`: the Tax Code's fine on a taxpayer
// (and a ban on a state's goods, `Rusiyadan Avropa mallarına qadağa`, `X məhsullarına qadağa qoyub`: ./events/headlines-h30.ts)
const TRADE_BAN = { stems: ["idxal", "ixrac", "ticarət", "tranzit", "mallar", "məhsul"], type: "SANCTION" as const, cameo: "163", plover_mode: "discontinue" };

const triggers: TriggerEntry[] = [
  // (phrases read before the bare head of their noun below: a meeting asked for, sanctions lifted by raising them;
  // ./events/breadth-rs24.ts)
  ...BREADTH_RS24_FIRST,
  // (visas of people revoked before a visa requirement lifted, people of a named kind deported before a state's envoys
  // expelled: ./events/breadth-ca24.ts)
  ...BREADTH_CA24_FIRST,
  // (a state's days of culture called off before a ban: ./events/articles-v15.ts)
  ...ARTICLES_V15_FIRST,
  // (a police body's operation before the bare noun of a military one: ./events/headlines-h29.ts)
  ...HEADLINES_H29_FIRST,
  // (an act asked of a side in the ablative by its verbal noun, before the genitive owner of its object: ./events/headlines-h30.ts)
  ...HEADLINES_H30_FIRST,
  // (an exercise held with a named partner before one held alone: ./events/pages-pgb.ts)
  ...PAGES_PGB_FIRST,
  ...PAGES_SK_FIRST,
  // (a missile fired at a place before one fired at none: ./events/pages-sq.ts)
  ...PAGES_SQ_FIRST,
  // (military support given before support of any kind: ./events/pages-sa.ts)
  ...PAGES_SA_FIRST,
  // (a rally permitted or refused before a rally held: ./events/pages-sc.ts)
  ...PAGES_SC_FIRST,
  // CONSULT: meetings, visits, calls, talks, taking part in summits
  { head: "görüş", forms: "both", type: "CONSULT", cameo: "040", object: ["ins"] },
  { head: "telefon", forms: "noun", type: "CONSULT", cameo: "041", plover_mode: "phone", object: ["ins"], needs: ["danışıq", "danışığ", "söhbət", "zəng", "əlaqə"], gap: 0 },
  // a call to a person or a state (`Putinə zəng edib`); a number or a call centre (`144 nömrəsinə zəng edin`) is no talk
  { head: "zəng", forms: "noun", type: "CONSULT", cameo: "041", plover_mode: "phone", object: ["dat"], objectTypes: ["PER", "LOC"], objectRequired: true, needs: [...ET, "vur"] },
  // halting talks (CAMEO 164); before the bare noun of talks held, which would take the phrase
  { head: "danışıq", forms: "noun", type: "SANCTION", cameo: "164", plover_mode: "withdraw", object: ["ins"], needs: ["dayandır", "kəs", "dondur"], gap: 1 },
  { head: "danışıq", forms: "noun", type: "CONSULT", cameo: "046", object: ["ins"] },
  // (a team's away game, `səfərdə X ilə qarşılaşıb`, `səfər oyununda`, is no visit: ./events/articles-a30.ts)
  // (nor is a travel ban, `səfər qadağaları tətbiq edib`: a sanction on the people banned)
  { head: "səfər", forms: "noun", type: "CONSULT", cameo: "042", plover_mode: "visit", object: ["dat"], destination: true,
    notBefore: [...MATCH_NOUNS, "qadağa"], clauseNotAfter: MATCH_WORDS },
  // (a pilgrimage, `Həcc ziyarəti`, visits no one)
  { head: "ziyarət", forms: "noun", type: "CONSULT", cameo: "042", plover_mode: "visit", object: ["acc", "dat"], destination: true, needs: ET, notAfter: ["həcc", "ümrə",
    // a grave, an alley of honour or a memorial visited (`Heydər Əliyevin məzarını ziyarət edib`, `Şəhidlər xiyabanını ziyarət
    // edib`): homage paid within a visit, no host met (the visit to the country is told on its own)
    "məzarını", "məzarlarını", "məzarı", "qəbrini", "qəbirlərini", "xiyabanını", "xiyabanı", "abidəsini", "abidəni",
    "məqbərəsini", "türbəsini", "memorialını",
    // a show, a fair or a farm toured (`Festivalını ziyarət edib`, `sərgini ziyarət ediblər`, `bağlarını ziyarət ediblər`):
    // a place seen, no host met
    "festivalı", "festivalını", "festivalları", "festivallarını", "sərgini", "sərgisini", "sərgiləri", "sərgilərini",
    "yarmarkanı", "yarmarkasını", "bağını", "bağlarını", "bağları", "fermanı", "fermaları", "fermalarını",
    "təsərrüfatını", "təsərrüfatlarını"] },
  // (a named document or programme adopted, `Konsepsiyanı qəbul edib`, is no guest)
  // (a side's demands or conditions accepted, `X-in tələblərini qəbul edib`, is yielding to them; its plan or proposal
  // accepted is agreeing: the side owns the object, no guest is received)
  // (taken on or admitted, `işə qəbul edilib`, `universitetə qəbul olunub`, is no guest received)
  { head: "qəbul", forms: "noun", type: "CONSULT", cameo: "043", plover_mode: "visit", object: ["acc"], objectTypes: ["PER", "ORG", "LOC"], objectRequired: true, needs: ET,
    // (nor a decision adopted, `yardım göstərmək barədə qərar qəbul ediblər`: the decision is the object, no guest)
    notAfter: ["işə", "xidmətə", "üzvlüyə", "universitetə", "məktəbə", "qərar", "qərarlar"],
    // (a bill, a law or a resolution adopted, `qanun layihəsini səsverməyə çıxarıb və qəbul ediblər`, receives no guest)
    clauseNot: ["layihəsini", "layihələrini", "qanunu", "qanunları", "qanununu", "dəyişiklikləri", "dəyişikliyi", "qətnaməni", "büdcəni", "büdcəsini",
      // (and one told with no ending, `səlahiyyətlərini məhdudlaşdıran qanun qəbul etmişdi`)
      "qanun", "qətnamə",
      // (nor a concept, a strategy or a charter a body adopts, `Korporativ Könüllülük Konsepsiyasını qəbul edib`)
      "konsepsiya", "konsepsiyasını", "strategiya", "strategiyasını", "nizamnamə", "nizamnaməsini",
      // (nor a side's protest or note taken note of, `Y-in etirazını qəbul edib`: its owner is no guest; nor its apology
      // accepted, `Y-in üzrxahlığını qəbul edib`, the apology Y's act)
      "etirazını", "etirazlarını", "notasını", "notanı", "üzrünü", "üzrlərini", "üzrxahlığını", "üzrxahlıqlarını",
      // (nor a complaint or a motion a court accepts or turns down, `X-in vəsatətini qəbul etməyib`: ./events/pages-pgc.ts)
      "şikayətini", "şikayətlərini", "vəsatətini", "vəsatətlərini",
      // (nor a team hosted in a game, `doğma meydanda X klubunu qəbul edəcək`)
      ...TEAM_HOSTED],
    // (not accepted, they are refused: `şərtlərini qəbul etmir`, `təklifini qəbul etməyib`, `çağırışlarını qəbul etməyib` REJECT)
    senses: [{ stems: ["tələb", "şərt", "ultimatum", "çağırış"], type: "CONCEDE", cameo: "08", refusedAs: { type: "REJECT", cameo: "124" } },
      { stems: ["təklif", "plan", "təşəbbüs", "kvota", "bənd"], type: "AGREE", cameo: "030", refusedAs: { type: "REJECT", cameo: "120" } }] },
  // discussing is consulting when a partner is named (`X ilə`, `X və Y arasında`); alone it is a topic
  { head: "müzakirə", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], objectRequired: true, needs: [...ET, "apar", "ol"], gap: 2 },
  // meetings held: `X-in iclası keçirilib` (a bare `iclasda` is mostly where something else was decided)
  // (a sitting of a parliament or a cabinet, `parlamentin … plenar iclası`, `Milli Məclisin iclası`, `Nazirlər Kabinetinin
  // iclası`, is a body's own routine, no meeting between sides: `OWN_SITTINGS`, pages-sg.ts)
  { head: "iclas", forms: "noun", type: "CONSULT", cameo: "040", needs: ["keçir", "topla"], gap: 1, needsBefore: true, notAfter: ["plenar"],
    clauseNot: OWN_SITTINGS },
  { head: "toplantı", forms: "noun", type: "CONSULT", cameo: "040", needs: ["keçir", "topla"], gap: 1, needsBefore: true },
  // (a ceremony of a festival, a show or a jubilee, `Festivalının açılış mərasimi keçirilib`, is a cultural event, no meeting of sides)
  { head: "mərasim", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], needs: ["keçir"], gap: 1, needsBefore: true, clauseNot: CULTURAL_EVENTS },
  { head: "forum", forms: "noun", type: "CONSULT", cameo: "040", needs: ["keçir"], gap: 1, needsBefore: true },
  // talking with someone; presenting credentials to a head of state
  { head: "danış", forms: "verb", type: "CONSULT", cameo: "040", object: ["ins"], objectRequired: true },
  { head: "etimadnamə", forms: "noun", type: "CONSULT", cameo: "043", object: ["dat"], needs: ["təqdim"], gap: 1 },
  // going or coming to a country is a visit to it: `X Türkiyəyə gedib`, `Bakıya gəlib`
  // (coming to a decision or a conclusion, `… Beyruta uçuşları bərpa etmək qərarına gəlib`, goes nowhere)
  { head: "get", forms: "verb", type: "CONSULT", cameo: "042", plover_mode: "visit", object: ["dat"], objectTypes: ["LOC"], objectRequired: true, destination: true, notAfter: ARRIVED_AT },
  { head: "gəl", forms: "verb", type: "CONSULT", cameo: "042", plover_mode: "visit", object: ["dat"], objectTypes: ["LOC"], objectRequired: true, destination: true, notAfter: ARRIVED_AT },
  // (an envoy called back for consultations, `səfirini məsləhətləşmələr üçün geri çağırıb`, is recalled: no talks told)
  { head: "məsləhətləş", forms: "both", type: "CONSULT", cameo: "040", object: ["ins"], clauseNotAfter: ["geri"] },
  // `X ilə bir araya gəlib` met (the dative noun is part of the idiom)
  { head: "araya", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], needs: ["gəl"], gap: 0 },
  { head: "iştirak", forms: "noun", type: "CONSULT", cameo: "040", participation: true, needs: ET },
  // speaking at a gathering is taking part in it (`sammitdə çıxış edib`, `Forumda çıxışı zamanı bildirib`); with no
  // gathering named in the clause it is no event (`bazarlara çıxış imkanı`, `… kimi çıxış edir` acts as). Not a
  // participation entry: a gathering with its own partner (`X ilə keçirilən mərasimdə`) keeps that partner.
  { head: "çıxış", forms: "noun", type: "CONSULT", cameo: "040", needs: [...ET, "zaman"], gap: 0,
    clauseNeeds: ["sammit", "iclas", "tədbir", "forum", "konfrans", "görüş", "mərasim", "toplantı", "sessiya", "qurultay", "zirvə", "seminar", "yığıncaq", "açılış"],
    // (a deputy speaking at the sitting of their parliament, `parlamentin plenar iclasında çıxışı zamanı`, meets no one)
    clauseNot: OWN_SITTINGS },
  // hosting a summit or conference (`konfransa ev sahibliyi edib`) is taking part in it
  { head: "sahibliy", forms: "noun", type: "CONSULT", cameo: "040", participation: true, needs: ET, gap: 0 },
  { head: "qatıl", forms: "verb", type: "CONSULT", cameo: "040", participation: true },
  // a talk held (`X ilə söhbət edib`), before the idiom `söhbət … gedir` "it is about …", no talk (no clause
  // word makes it an event), which would take `söhbət edib … gedib`
  // (`boş söhbət`, idle talk, is a verdict on words, no conversation: `"Boş söhbətdir"`)
  { head: "söhbət", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], needs: ET, gap: 0, notAfter: IDLE_TALK },
  { head: "söhbət", forms: "noun", type: "CONSULT", cameo: "040", needs: ["ged", "get"], gap: 2, clauseNeeds: [], notAfter: IDLE_TALK },
  { head: "söhbət", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], notAfter: IDLE_TALK },
  // a delegation received (`nümayəndə heyətini qəbul edib`): the body named before it is the guest
  { head: "heyət", forms: "noun", type: "CONSULT", cameo: "043", plover_mode: "visit", object: ["acc", "gen"], needs: ["qəbul"], gap: 0 },
  // letters exchanged between leaders (`məktub mübadiləsi ediblər`)
  { head: "məktub", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], needs: ["mübadilə"], gap: 0 },
  // a letter sent to a leader or a state (`Trampa məktub göndərib`; a letter of thanks or congratulation is that act)
  { head: "məktub", forms: "noun", type: "CONSULT", cameo: "040", object: ["dat"], objectTypes: ["PER", "LOC", "ORG"], objectRequired: true,
    needs: ["göndər", "ünvanla", "yolla"], gap: 1, notAfter: ["təbrik", "təşəkkür", "başsağlığı"] },
  { head: "qarşıla", forms: "verb", type: "CONSULT", cameo: "043", plover_mode: "visit", object: ["acc"], objectRequired: true },
  // summits and conferences: speaking at one, or holding one, is taking part
  { head: "sammit", forms: "noun", type: "CONSULT", cameo: "040" },
  // (a press conference given alone is no gathering of sides, `mətbuat konfransında bildirib`; a joint one is, ./events/articles-v1.ts)
  { head: "konfrans", forms: "noun", type: "CONSULT", cameo: "040", notAfter: ["mətbuat"] },
  { head: "zirvə", forms: "noun", type: "CONSULT", cameo: "040", needs: ["görüş", "toplantı"], gap: 0 },
  { head: "videokonfrans", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], needs: [...ET, "keçir", "vasitəsilə"], gap: 1, needsBefore: true },
  // SUPPORT: congratulations, praise, condolences, support, signing
  { head: "təbrik", forms: "noun", type: "SUPPORT", cameo: "051", object: ["acc"] },
  { head: "başsağlığı", forms: "noun", type: "SUPPORT", cameo: "051", object: ["dat"], needs: ["ver", "bildir", "çatdır", "ifadə", "ünvanla"] },
  // greetings conveyed from one leader to another (`X-in salamlarını Y-ə çatdırıb`), past the one greeted
  { head: "salam", forms: "noun", type: "SUPPORT", cameo: "051", object: ["dat"], needs: ["çatdır", "yetir"], gap: 4 },
  // support given to a side (`Ukraynaya dəstək verib`); to a thing or an aim (`bizneslərin inkişafına dəstək olur`,
  // `mədəni layihələrə dəstək verib`) it is a service or sponsorship, no act toward a side
  { head: "dəstək", forms: "noun", type: "SUPPORT", cameo: "051", object: ["dat"], objectRequired: true, needs: ["ver", "göstər", "ifadə", "bildir", "ol"], gap: 2 },
  // (not as the object participle naming a group, `İranın dəstəklədiyi husilər`: a standing tie, no act)
  { head: "dəstəklə", forms: "verb", type: "SUPPORT", cameo: "051", object: ["acc"], notObjectRelative: true },
  { head: "alqışla", forms: "verb", type: "SUPPORT", cameo: "051", object: ["acc"] },
  // signing one's own decree, order or law is a domestic act, not an agreement between sides (CAMEO 057)
  // (nor a contract told by its price, `2 milyon manatlıq müqavilə imzalanıb`: a purchase, as with `bağla` below)
  { head: "imzala", forms: "verb", type: "SUPPORT", cameo: "057", object: ["ins"], clauseNot: PRICED,
    notAfter: ["sərəncam", "sərəncamı", "sərəncamlar", "sərəncamları", "fərman", "fərmanı", "fərmanlar", "fərmanları", "qanun", "qanunu", "qanunlar", "qanunları", "qərar", "qərarı", "qərarlar", "qərarları"] },
  { head: "parafla", forms: "verb", type: "SUPPORT", cameo: "057", object: ["ins"] },
  // (designating a body a terrorist one, `X-i terror təşkilatı kimi tanıyıb`, is a coercive listing, no recognition)
  // (nor a person one does not know, `tanımadığı adama`, `tanıdığı şəxs`: a stranger or an acquaintance, no recognition)
  // (nor a person known as someone of a calling, `X-i böyük alim kimi tanıyır`: a reputation, no recognition; a state
  // recognised as one, `Fələstini dövlət kimi tanıyacaq`, stays)
  { head: "tanı", forms: "verb", type: "SUPPORT", cameo: "054", object: ["acc"], objectRequired: true,
    notBefore: ["adam", "şəxs", "insan", "kimsə", "qadın", "kişi", "uşaq"],
    clauseNot: ["alim", "iqtisadçı", "təşkilatçı", "ziyalı", "mütəxəssis", "yazıçı", "şair", "sənətkar", "pedaqoq", "müğənni", "aktyor", "idmançı"],
    senses: [{ stems: ["terror", "terrorizm", "terrorçu", "ekstremist"], type: "COERCE", cameo: "172", plover_mode: "restrict" },
      // a decision, an order or a pact not recognised (`X-in sərəncamlarını tanımadığını bəyan edib`) is refused (REJECT)
      { stems: ["sərəncam", "qərar", "pakt", "hökm", "nəticə", "seçki", "referendum", "legitim", "qətnamə", "saziş", "müqavilə", "iddia"], type: "SUPPORT", cameo: "054",
        refusedAs: { type: "REJECT", cameo: "120" } }] },
  // thanks, appreciation, satisfaction, praise (PLOVER: commend, approve)
  { head: "təşəkkür", forms: "noun", type: "SUPPORT", cameo: "051", object: ["dat"], needs: [...ET, "bildir", "çatdır", "ifadə", "ünvanla"], gap: 1 },
  // (as `təşəkkür edib`: `X-ə minnətdarlıq edib`)
  { head: "minnətdarlıq", forms: "noun", type: "SUPPORT", cameo: "051", object: ["dat"], needs: [...ET, "bildir", "çatdır", "ifadə", "ünvanla"], gap: 1 },
  { head: "yüksək", forms: "noun", type: "SUPPORT", cameo: "051", object: ["acc"], needs: ["qiymətləndir"], gap: 0 },
  { head: "müsbət", forms: "noun", type: "SUPPORT", cameo: "051", object: ["acc"], needs: ["qiymətləndir"], gap: 0 },
  { head: "təriflə", forms: "verb", type: "SUPPORT", cameo: "051", object: ["acc"] },
  // concluding an agreement (`saziş bağlamaq`) is signing it (CAMEO 057); a contract concluded with a limited company
  // (`"X" MMC ilə müqavilə bağlayıb`) or told by its price (`2 milyon manatlıq müqavilə bağlayıb`) is a purchase or a
  // tender, no agreement between sides (as the gold sets leave tenders and procurement out)
  { head: "müqavilə", forms: "noun", type: "SUPPORT", cameo: "057", object: ["ins"], needs: ["bağla"], gap: 1,
    clauseNot: ["mmc"], notAfter: PRICED },
  { head: "saziş", forms: "noun", type: "SUPPORT", cameo: "057", object: ["ins"], needs: ["bağla"], gap: 1 },
  { head: "məmnunluq", forms: "noun", type: "SUPPORT", cameo: "051", needs: ["bildir", "ifadə", "doğur"], gap: 1 },
  { head: "təqdir", forms: "noun", type: "SUPPORT", cameo: "051", object: ["acc"], needs: ET, gap: 0 },
  { head: "həmrəylik", forms: "noun", type: "SUPPORT", cameo: "051", object: ["ins"], needs: ["bildir", "ifadə", "nümayiş"], gap: 1 },
  // ratifying an agreement is signing it into force (CAMEO 057)
  { head: "ratifikasiya", forms: "noun", type: "SUPPORT", cameo: "057", object: ["acc"], needs: ET, gap: 0 },
  // an agreement approved (`sazişi təsdiqləyib`) or acceded to (`konvensiyaya qoşulub`) is signed into force (CAMEO 057)
  { head: "təsdiqlə", forms: "verb", type: "SUPPORT", cameo: "057", object: ["ins"], gap: 0, needsBefore: true,
    needs: ["saziş", "müqavilə", "konvensiya", "memorandum", "protokol"] },
  { head: "qoşul", forms: "verb", type: "SUPPORT", cameo: "057", object: ["ins"], gap: 0, needsBefore: true,
    needs: ["saziş", "müqavilə", "konvensiya", "memorandum", "protokol", "razılaşma", "bəyannamə"] },
  // (a vote for someone's resignation or removal, `nazirin istefasının lehinə səs verib`, supports no one)
  { head: "lehinə", forms: "noun", type: "SUPPORT", cameo: "051", needs: ["səs"], gap: 0,
    clauseNot: ["istefasının", "istefasına", "istefa", "impiçmentinin", "impiçment", "uzaqlaşdırılmasının", "etimadsızlıq"] },
  // diplomatic relations established or restored (CAMEO 054); cutting them is SANCTION below
  { head: "münasibət", forms: "noun", type: "SUPPORT", cameo: "054", object: ["ins"], needs: ["qur", "bərpa"], gap: 1, clauseNeeds: ["diplomatik"] },
  { head: "əlaqə", forms: "noun", type: "SUPPORT", cameo: "054", object: ["ins"], needs: ["qur", "bərpa"], gap: 1, clauseNeeds: ["diplomatik"] },
  // AGREE: agreeing, promising, offering
  // (not agreeing with a decision, a verdict or a stance, `bu qərarla razılaşmır`, refuses it: REJECT, ./events/pages-pgc.ts)
  { head: "razılaş", forms: "verb", type: "AGREE", cameo: "030", object: ["ins"],
    senses: [{ stems: ["qərar", "hökm", "mövqe"], type: "AGREE", cameo: "030", refusedAs: { type: "REJECT", cameo: "120" } }] },
  // the noun is the agreement itself; reaching one is the act
  // (a date may stand between the noun and its verb: `razılaşma ötən ilin oktyabrında əldə olunub`)
  { head: "razılaşma", forms: "noun", type: "AGREE", cameo: "030", object: ["ins"], needs: ["əldə", "gəl"], gap: 3 },
  { head: "razılıq", forms: "noun", type: "AGREE", cameo: "030", object: ["ins"], needs: ["əldə", "ver"], gap: 1 },
  { head: "öhdəlik", forms: "noun", type: "AGREE", cameo: "030", needs: ["götür"], gap: 1 },
  // (harm promised, `Seula "amansız cavab" vəd edib`, `Həmasa "cəhənnəm" vəd edib`, threatens: ./events/breadth-ac24.ts)
  // (so is harm promised as the act of the object clause, `X-i cəzalandıracağına söz verib`)
  { head: "vəd", forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], needs: ET,
    senses: [{ stems: HARM_PROMISED, type: "THREATEN", cameo: "138" }, { stems: HARM_ACTS, promised: true, type: "THREATEN", cameo: "138" }] },
  // `söz verib` promised (the passive `söz verilib` gives the floor to a speaker)
  // (harsh words, `ağır sözlər`, rebuke: ./events/headlines-h30.ts)
  { head: "söz", forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], needs: ["ver"], gap: 0, activeOnly: true, notAfter: HARSH_WORDS,
    senses: [{ stems: HARM_ACTS, promised: true, type: "THREATEN", cameo: "138" }] },
  // offering goods, services or conditions (`müştərilərə xidmət təklif edir`) is trade, not a promise; a passive
  // is mostly a proposed domestic bill (`qanuna təklif edilən dəyişiklik`), not an offer between sides
  // (the light verb right after the noun: `təklifi rədd edib` rejects an offer, `təklifi qəbul edib` accepts one)
  { head: "təklif", forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], needs: [...ET, "ver"], gap: 0, activeOnly: true,
    notAfter: ["mühit", "xidmət", "xidmətlər", "xidmətlərini", "məhsul", "məhsullar", "məhsullarını", "şərait", "imkan", "imkanlar", "qiymət", "endirim", "endirimlər", "kredit", "kampaniya"],
    // proposing that others act (`… qadağan etməyi / qaldırılmasını təklif edib`) is asking them to
    // (but mediation offered is the offerer's own act: `vasitəçilik etməyi təklif edib`, AGREE, CAMEO 039)
    // (and so is a joint act offered, talks or taking part together: `danışıqlar masasına qayıtmağı`, `layihədə iştirak
    // etməyi təklif edib`, AGREE: the offerer takes part in it too)
    senses: [{ stems: ["vasitəçilik"], type: "AGREE", cameo: "039" }, { stems: ["danışıq", "iştirak", "əməkdaşlıq", "dialoq"], objectEndings: ["mağı", "məyi"], type: "AGREE", cameo: "030" }, { objectEndings: ["mağı", "məyi", "masını", "məsini"], type: "REQUEST", cameo: "10" }] },
  // (a thing ready for use, `istismara hazır olan stansiya`, promises nothing)
  // (nor does a thing's completion asked after, `körpünün nə vaxt hazır olacağı`)
  { head: "hazır", forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], needs: ["ol"], gap: 0, notAfter: ["istismara", "istifadəyə", "satışa", "vaxt"] },
  { head: "zəmanət", forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], needs: ["ver"], gap: 1 },
  // `X etməyə / artırmağa / əməkdaşlığa hazırdır`: readiness stated after the act or its noun
  // (the speaker's own readiness in the first person, `"Biz … görüşməyə hazırıq"`, and that of several, `hazırdırlar`)
  ...["hazırdır", "hazırıq", "hazıram", "hazırdırlar"].map((head): TriggerEntry => ({ head, forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], gap: 0, needsBefore: true,
    firstPerson: head === "hazırıq" || head === "hazıram",
    needs: [...ET, "ver", "göstər", "aç", "artır", "genişləndir", "gücləndir", "davam", "əməkdaşlıq", "dialoq", "danışıq", "müzakirə",
      "kömək", "yardım", "dəstək", "töhfə", "vasitəçilik", "imzala", "həll", "görüş", "sülh"] })),
  // `razılığa gəlmək` reach agreement (the dative noun is part of the idiom)
  { head: "razılığa", forms: "noun", type: "AGREE", cameo: "030", object: ["ins"], needs: ["gəl"], gap: 0 },
  // an understanding reached (`anlaşma əldə olunub`), common ground found (`ortaq məxrəcə gəliblər`)
  { head: "anlaşma", forms: "noun", type: "AGREE", cameo: "030", object: ["ins"], needs: ["əldə"], gap: 3 },
  { head: "məxrəcə", forms: "noun", type: "AGREE", cameo: "030", object: ["ins"], needs: ["gəl"], gap: 0 },
  // CONCEDE: apologies, admissions, concessions
  // (an apology demanded or awaited, `X-dən üzrxahlıq tələb edib`, `… üzrxahlıq gözləyir`, is not given)
  { head: "üzrxahlıq", forms: "noun", type: "CONCEDE", cameo: "055", object: ["dat"], notBefore: ["tələb", "gözlə"] },
  { head: "üzr", forms: "noun", type: "CONCEDE", cameo: "055", object: ["abl"], needs: ["istə"] },
  // (a confession of one's secrets, feelings or love, or of how or what one lived through, `sirlərini etiraf edib`, `sevgisini
  // etiraf edib`, `necə yaşadığını etiraf edib`, is personal news that concedes nothing to a side: admitting an act or its
  // harm, `zərbələrin ziyana yol açdığını etiraf edib`, stays) (cp25b)
  { head: "etiraf", forms: "noun", type: "CONCEDE", object: ["acc"], needs: ET, clauseNot: ["sirr", "sir", "sevgi", "hiss", "necə"] },
  { head: "güzəşt", forms: "noun", type: "CONCEDE", cameo: "080", needs: [...ET, "get"] },
  { head: "güzəştə", forms: "noun", type: "CONCEDE", cameo: "080", needs: ["get"], gap: 0 },
  { head: "güzəştlərə", forms: "noun", type: "CONCEDE", cameo: "080", needs: ["get"], gap: 0 },
  { head: "güzəştlərinə", forms: "noun", type: "CONCEDE", cameo: "080", needs: ["get"], gap: 0 },
  // a ban lifted (`qadağasını aradan qaldırıb`, `qadağa ləğv olunub`) eases a restriction
  { head: "qadağa", forms: "noun", type: "CONCEDE", cameo: "081", object: ["dat"], needs: ["qaldır", "götür", "ləğv"], gap: 1 },
  { head: "istisnalara", forms: "noun", type: "CONCEDE", cameo: "081", needs: ["yol"], gap: 0 },
  // a state's citizens exempted from visas (`X vətəndaşlarını vizadan azad edib`) or a visa requirement removed (`viza tələbi
  // aradan qaldırılıb`) ease a restriction, as `viza rejimini ləğv edib` (not a release from detention)
  { head: "vizadan", forms: "noun", type: "CONCEDE", cameo: "081", object: ["acc"], needs: ["azad"], gap: 0 },
  // (by the requirement or the regime, not by `aradan`, whose own phrase would take the verb from the noun before it; a visa-free
  // regime removed restricts)
  ...["tələb", "rejim"].map((head): TriggerEntry => ({ head, forms: "noun", type: "CONCEDE", cameo: "081", needs: ["qaldır"], gap: 1,
    clauseNeeds: ["viza"], clauseNot: ["vizasız"] })),
  // criminal charges dropped in other words (`X bəraət qazanıb`, `X-ə qarşı cinayət işi dayandırılıb / bağlanıb`), as
  // `cinayət işinə xitam verilib` (CAMEO 080); a case opened or a probe halted for a time is not
  { head: "bəraət", forms: "noun", type: "CONCEDE", cameo: "080", needs: ["qazanıb", "qazandı", "qazanacaq", "qazanmış"], gap: 0 },
  { head: "işi", forms: "noun", type: "CONCEDE", cameo: "080", object: ["dat", "gen"], needs: ["dayandırıl", "bağlan"], gap: 0, clauseNeeds: ["cinayət"] },
  // easing a restriction (PLOVER CONCEDE: ease administrative sanctions)
  // (words softened, `ritorikasını yumşaltdı`, `tonunu yumşaldıb`, ease no restriction: a manner of speaking, no act conceded)
  { head: "yumşalt", forms: "verb", type: "CONCEDE", cameo: "081", object: ["acc"], clauseNot: ["ritorika", "ton", "ifadə", "söz"] },
  // a border opened (`sərhəd açıla bilər`, `sərhədi açıb`); not `açıq` open, nor `açıqlayıb` announced
  { head: "sərhəd", forms: "noun", type: "CONCEDE", cameo: "081", needs: ["açıl", "açıb", "açacaq", "açdı"], gap: 1 },
  // RETREAT: resignations, releases, ceasefires, withdrawals
  { head: "istefa", forms: "noun", type: "RETREAT", plover_mode: "resign", needs: ["ver"], clauseNot: OWN_POSTS },
  // the same told by `etmək` or announced (`istefa edib`, `istefasını elan edib`); asked for (`istefa tələb edib`) is none
  { head: "istefa", forms: "noun", type: "RETREAT", plover_mode: "resign", needs: [...ET, "elan"], gap: 0, clauseNot: OWN_POSTS },
  // leaving one's post (`vəzifəsindən gedib`, `sədri postundan getmək qərarına gəlib`)
  { head: "get", forms: "verb", type: "RETREAT", plover_mode: "resign", needs: ["vəzifə", "post"], gap: 1, needsBefore: true, clauseNot: OWN_POSTS },
  // (`işğaldan azad edilməsi` is the liberation of 2020 named as a time, `vəzifədən azad edilib` a dismissal)
  { head: "azad", forms: "noun", type: "RETREAT", cameo: "0841", plover_mode: "release", object: ["acc"], needs: ET,
    notAfter: ["işğaldan", "vəzifədən", "vəzifəsindən", "işdən"] },
  { head: "sərbəst", forms: "noun", type: "RETREAT", cameo: "0841", plover_mode: "release", object: ["acc"], needs: ["burax"], gap: 0 },
  { head: "azadlığa", forms: "noun", type: "RETREAT", cameo: "0841", plover_mode: "release", object: ["acc"], needs: ["burax", "çıx"], gap: 0 },
  // (let out of a cell to house arrest, `ev dustaqlığına buraxılıb`: custody eased, told as the release; a book or a song
  // let out by one under house arrest, `ev dustaqlığında … kitab buraxıb`, is none)
  { head: "dustaqlığına", forms: "noun", type: "RETREAT", cameo: "0841", plover_mode: "release", object: ["acc"], needs: ["burax"], gap: 0 },
  { head: "əsir", forms: "noun", type: "RETREAT", cameo: "0841", plover_mode: "release", object: ["ins"], needs: ["mübadilə", "dəyiş"], gap: 0 },
  { head: "girov", forms: "noun", type: "RETREAT", cameo: "0841", plover_mode: "release", object: ["ins"], needs: ["mübadilə", "dəyiş"], gap: 0 },
  // breaking a truce is fighting (CAMEO 196), its agreement or regime too (`atəşkəs razılaşmasını pozub`): read before
  // the truce reached, which the agreement's noun would match
  { head: "atəşkəs", forms: "noun", type: "ASSAULT", cameo: "196", object: ["acc"], needs: ["poz"], gap: 2 },
  // (the agreement's noun itself, `atəşkəs razılaşmasını alqışlayıb`, is no truce reached: the word after it must say so,
  // `atəşkəs razılaşması əldə olunub`; the verb `razılaş` is read in ./events/pages-sl.ts)
  { head: "atəşkəs", forms: "noun", type: "RETREAT", cameo: "0871", plover_mode: "ceasefire", needs: ["elan", "imzala", "əldə", "bərqərar", "qüvvə", "qəbul"], gap: 1 },
  // a truce that began (`atəşkəs başlayıb`, `atəşkəsin başladığını elan edib`): right before its verb, not talks on it begun
  { head: "atəşkəs", forms: "noun", type: "RETREAT", cameo: "0871", plover_mode: "ceasefire", needs: ["başla"], gap: 0 },
  { head: "atəşkəsin", forms: "noun", type: "RETREAT", cameo: "0871", plover_mode: "ceasefire", needs: ["başla"], gap: 0 },
  // fighting that ended in a truce (`münaqişə atəşkəslə başa çatıb`, `… atəşkəslə nəticələnib`)
  { head: "atəşkəslə", forms: "noun", type: "RETREAT", cameo: "0871", plover_mode: "ceasefire", needs: ["başa", "nəticələn", "bit", "yekunlaş"], gap: 0 },
  // a truce agreed to or reached by its dative (`atəşkəsə razılaşıblar`, `atəşkəsə nail olublar`), as `atəşkəs əldə olunub`
  { head: "atəşkəsə", forms: "noun", type: "RETREAT", cameo: "0871", plover_mode: "ceasefire", needs: ["razılaş", "nail"], gap: 0 },
  // (an armed man, a suspect or a killer giving himself up to the police, `silahlı şəxs təslim olub`, is a crime's end,
  // no side's forces surrendering)
  { head: "təslim", forms: "noun", type: "RETREAT", cameo: "0874", plover_mode: "disarm", needs: ["ol"], gap: 0,
    clauseNot: ["şəxs", "cinayətkar", "şübhəli", "qatil", "quldur"] },
  { head: "qoşun", forms: "noun", type: "RETREAT", cameo: "0872", plover_mode: "withdraw", object: ["abl"], needs: ["çıxar", "geri"], gap: 2 },
  // leaving a country (`İraqı tərk etmək`); leaving an agreement or a body reduces relations (SANCTION)
  // (only a named place or body: `ölkə ərazisini tərk edərkən` is anyone's journey; and only a side's own people:
  // people counted leaving a country, `100 min insan Ukraynanı tərk edib`, are migration, no withdrawal)
  { head: "tərk", forms: "noun", type: "RETREAT", cameo: "0872", plover_mode: "withdraw", object: ["acc"], objectTypes: ["LOC", "ORG"], objectRequired: true, needs: ET, gap: 0,
    clauseNot: ["insan", "adam", "nəfər", "sakin", "qaçqın", "miqrant", "mühacir", "turist",
      // (nor an embassy's staff leaving once declared persona non grata, `persona non qrata elan edilən əməkdaşları X-ı tərk
      // edib`: the expulsion is the act, their going no withdrawal of a side; staff their own state calls home, `səfirliyin
      // əməkdaşlarına İraqı tərk etmələri barədə göstəriş verib`, are withdrawn)
      "persona", "arzuolunmaz"],
    senses: [{ stems: ["saziş", "müqavilə", "razılaşma", "təşkilat", "ittifaq", "birlik", "şura", "danışıq"], type: "SANCTION", cameo: "161", plover_mode: "withdraw" }] },
  { head: "geri", forms: "noun", type: "RETREAT", cameo: "0871", plover_mode: "withdraw", needs: ["çəkil", "çək"], gap: 1 },
  // an envoy called back (`Fransadakı səfirini geri çağırıb`) is recalled (CAMEO 161); goods called back
  // (`avtomobilləri geri çağırıb`, a product recall) are no act toward a side
  { head: "geri", forms: "noun", type: "SANCTION", cameo: "161", plover_mode: "withdraw", object: ["acc"], needs: ["çağır"], gap: 0, clauseNeeds: ["səfir", "diplomat"] },
  // laying down arms (`silahı yerə qoyub`, CAMEO 0874)
  { head: "silah", forms: "noun", type: "RETREAT", cameo: "0874", plover_mode: "disarm", needs: ["yerə"], gap: 0 },
  // (and its passive with `olunmaq`, `X əfv olunub`)
  { head: "əfv", forms: "noun", type: "CONCEDE", cameo: "0841", object: ["acc"], needs: [...ET, "olun"], gap: 0 },
  // AID
  // COOPERATE: joint exercises and operations, judicial cooperation (PLOVER: mutual material cooperation)
  { head: "birgə", forms: "noun", type: "COOPERATE", cameo: "062", plover_mode: "military", object: ["ins"], needs: ["təlim", "hərbi", "əməliyyat", "patrul"], gap: 1 },
  // problems solved together with a named side (`X ilə … çətinlikləri birlikdə həll edirik`): joint work carried out (CAMEO 060)
  { head: "birlikdə", forms: "noun", type: "COOPERATE", cameo: "060", object: ["ins"], objectTypes: ["LOC", "ORG"], objectRequired: true, needs: ["həll"], gap: 0 },
  // setting up joint bodies to carry out an agreement (`ikitərəfli komissiyalar yaradacaq`); a commission a body sets up
  // within itself (`X İnstitutunda müvafiq komissiya yaradılıb`, to look into a matter) is a domestic act, no joint body
  { head: "komissiya", forms: "noun", type: "COOPERATE", cameo: "060", object: ["ins"], needs: ["yarat", "təsis"], gap: 1,
    clauseNeeds: ["ikitərəfli", "birgə", "müştərək", "hökumətlərarası", "dövlətlərarası", "arasında"] },
  // joint work carried out or planned (`X və Y … birgə fəaliyyət göstərəcək`, `X ilə birgə layihələr həyata keçirəcək`), and a
  // joint working group set up between sides (`birgə işçi qrupu yaradıb`), as the joint commissions above
  // (a joint venture at work, `X-in birgə müəssisəsi Bakıda fəaliyyət göstərir`, is no act)
  { head: "fəaliyyət", forms: "noun", type: "COOPERATE", cameo: "060", object: ["ins"], needs: ["göstər"], gap: 0, clauseNeeds: ["birgə"],
    clauseNot: ["müəssisə", "şirkət"] },
  { head: "layihə", forms: "noun", type: "COOPERATE", cameo: "060", object: ["ins"], needs: ["həyata", "reallaşdır", "icra"], gap: 0, clauseNeeds: ["birgə"] },
  { head: "qrup", forms: "noun", type: "COOPERATE", cameo: "060", object: ["ins"], needs: ["yarat", "təsis"], gap: 1,
    clauseNeeds: ["ikitərəfli", "birgə", "müştərək", "hökumətlərarası", "dövlətlərarası", "arasında"] },
  { head: "ekstradisiya", forms: "noun", type: "COOPERATE", cameo: "063", plover_mode: "legal", object: ["acc"], needs: ET, gap: 0 },
  // cooperating, setting cooperation up; stopping or freezing it reduces relations (SANCTION)
  { head: "əməkdaşlıq", forms: "noun", type: "SANCTION", cameo: "160", object: ["ins"], needs: ["dayandır", "dondur", "kəs"], gap: 1 },
  { head: "əməkdaşlıq", forms: "noun", type: "COOPERATE", cameo: "060", object: ["ins"], needs: [...ET, "qur", "yarat"], gap: 0 },
  // AID: help, aid sent or allotted, arms supplied; stopping aid is SANCTION (CAMEO 162)
  // aid or asylum asked for (`X-dən hərbi yardım istəyir`, `sığınacaq almaq istəyir`) is a REQUEST (CAMEO 103)
  { head: "yardım", forms: "noun", type: "REQUEST", cameo: "103", object: ["abl"], needs: ["istə", "tələb", "xahiş"], gap: 1 },
  { head: "kömək", forms: "noun", type: "REQUEST", cameo: "103", object: ["abl"], needs: ["istə", "tələb", "xahiş"], gap: 1 },
  { head: "sığınacaq", forms: "noun", type: "REQUEST", cameo: "103", object: ["abl"], needs: ["istə"], gap: 1 },
  // support asked of a side (`NATO müttəfiqlərindən dəstək istəyib`, `X-dən hərbi dəstək tələb edir`), as aid is (pr-req)
  { head: "dəstək", forms: "noun", type: "REQUEST", cameo: "103", object: ["abl"], needs: ["istə", "tələb", "xahiş"], gap: 0 },
  // arms sales or supplies stopped (CAMEO 1622); before the AID entry of arms supplied
  { head: "silah", forms: "noun", type: "SANCTION", cameo: "1622", plover_mode: "discontinue", object: ["dat"], needs: ["dayandır"], gap: 1 },
  // a tranche of aid approved or allotted (`Ukraynaya … tranşı təsdiqləyib`)
  { head: "tranş", forms: "noun", type: "AID", cameo: "071", plover_mode: "economic", object: ["dat"], needs: ["təsdiqlə", "ayır", "ver", "köçür"], gap: 1 },
  { head: "yardım", forms: "noun", type: "SANCTION", cameo: "162", plover_mode: "discontinue", object: ["dat"], needs: ["dayandır", "kəs"], gap: 2 },
  { head: "kömək", forms: "noun", type: "AID", cameo: "070", object: ["dat"], objectRequired: true, needs: [...ET, "göstər"], gap: 1 },
  { head: "silah", forms: "noun", type: "AID", cameo: "072", object: ["dat"], objectRequired: true, needs: ["göndər", "tədarük", "ver"], gap: 1 },
  // (an aid convoy attacked, `yardım karvanına hücum edib`, is a strike on it: the `edib` is the attack's)
  // (sent off, `yardım yola salıb`, as sent)
  { head: "yardım", forms: "noun", type: "AID", cameo: "070", object: ["dat"], needs: ["göstər", "ayır", "ver", "göndər", "yola", ...ET], gap: 2,
    notBefore: ["karvanına", "karvanlarına", "konvoyuna", "konvoylarına"] },
  { head: "kredit", forms: "noun", type: "AID", cameo: "071", plover_mode: "economic", object: ["dat"], needs: ["ayır", "ver"], gap: 1 },
  { head: "qrant", forms: "noun", type: "AID", cameo: "071", plover_mode: "economic", object: ["dat"], needs: ["ayır", "ver"], gap: 1 },
  { head: "humanitar", forms: "noun", type: "AID", cameo: "073", object: ["dat"], needs: ["yük"], gap: 0 },
  // a gift between states or to a leader, given to someone or received from someone (`X-dən hədiyyə olaraq qəbul etmək`);
  // the giver and the one given to may stand between the noun and the verb (`hədiyyə X tərəfindən Y-ə verilib`)
  { head: "hədiyyə", forms: "noun", type: "AID", cameo: "070", object: ["dat", "abl"], objectRequired: true, needs: ["ver", "qəbul"], gap: 8 },
  { head: "sığınacaq", forms: "noun", type: "AID", cameo: "075", plover_mode: "asylum", object: ["dat"], needs: ["ver"], gap: 1 },
  // peacekeepers sent (CAMEO 074)
  { head: "sülhməramlı", forms: "noun", type: "AID", cameo: "074", object: ["dat"], needs: ["göndər", "yerləşdir"], gap: 2 },
  // REQUEST: demands, calls, appeals
  // (a requirement applied, `yeni tələb tətbiq etməyə hazırlaşır`, is a rule imposed, no demand on anyone)
  // (nor what a work or a job needs, `məhdud sayda mütəxəssis tələb edir`, `çox vaxt tələb edir`: "require", no demand)
  { head: "tələb", forms: "noun", type: "REQUEST", cameo: "100", object: ["abl", "acc"], needs: ET, notBefore: ["tətbiq"],
    notAfter: ["mütəxəssis", "mütəxəssislər", "kadr", "kadrlar", "işçi", "işçilər", "vaxt", "zaman", "vəsait", "diqqət", "səy", "xərc"] },
  // (passive: convened); calling an envoy back is recalling them, calling one in is summoning them to protest
  // (`geri çağırıb` called back: an envoy recalled, see `geri` below; goods recalled, `avtomobilləri geri çağırıb`, ask no one)
  // (called to nothing, `O, bizi çağırdı və dedi ki`, one is summoned: `complementCase`)
  { head: "çağır", forms: "verb", type: "REQUEST", cameo: "100", object: ["acc"], activeOnly: true, notAfter: ["geri"], complementCase: "dat",
    senses: [
      // (called on to do something by its infinitive, `Səfir X Y-i … çıxarmağa çağırıb`, is a request whoever calls)
      { objectEndings: ["mağa", "məyə"], type: "REQUEST", cameo: "100" },
      // (not `səfirlik`: an embassy calling on its citizens is mostly the subject, not one summoned)
      { stems: ["səfir", "diplomat"], type: "ACCUSE", cameo: "114", plover_mode: "allege" },
    ] },
  // (and its passive with `olunmaq`, `… xahiş olunur`: see `passiveAsks` below)
  // (not a letter's formula asking to accept one's wishes or respect, `ən xoş arzularımı qəbul etməyinizi xahiş edirəm`)
  { head: "xahiş", forms: "noun", type: "REQUEST", cameo: "100", object: ["abl"], needs: [...ET, "olun"], clauseNot: ["arzu", "ehtiram"] },
  { head: "təzyiq", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], needs: [...ET, "göstər"], gap: 0 },
  { head: "israr", forms: "noun", type: "REQUEST", cameo: "100", needs: ET, gap: 0 },
  { head: "təkid", forms: "noun", type: "REQUEST", cameo: "100", needs: ET, gap: 0 },
  // advice to a named person to act (`Tramp Zelenskiyə planı qəbul etməyi tövsiyə edib`); advice to the public or to
  // patients (`həkimlər … tövsiyə edir`) names no side, and a state in the dative is mostly the owner of what the
  // recommended act touches (`Kanada mallarına rüsum tətbiq etməyi tövsiyə edib`: that act, planned) (pr-req)
  // (and to a named state or body, `Komissiya Aİ ölkələrinə … tövsiyə edib`: the `tövsiyə` entry of ./events/paraphrase-conf.ts)
  { head: "tövsiyə", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], objectTypes: ["PER"], objectRequired: true, needs: ET, gap: 0,
    assertedOnly: true },
  { head: "çağırış", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], needs: [...ET, "ver"], gap: 1 },
  // `çağırışla çıxış edib` appealed; demands put forward (`tələblərini irəli sürüb`)
  { head: "çağırışla", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], needs: ["çıxış"], gap: 0 },
  { head: "tələb", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], needs: ["irəli"], gap: 1 },
  // an appeal to an international body named as the addressee (`X BMT-yə müraciət edib`; to a court it is a suit, ACCUSE
  // 115 of the `məhkəməsinə` entries); a person or state is the entry of codebook-cooperation.ts, and an application one may
  // file (`Xidmətə müraciət edə bilərlər`, `müraciət etməlidirlər`) or one made by a citizen names no side (pr-req)
  { head: "müraciət", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], objectTypes: ["ORG"], objectRequired: true, needs: ET, gap: 0,
    assertedOnly: true, clauseNot: ["məhkəmə", "arbitraj"] },
  // ACCUSE: accusations, criticism, dissatisfaction, official complaints
  // (not a charge describing the person after it, `casusluqda ittiham edilən jurnalist`: who the person is)
  { head: "ittiham", forms: "noun", type: "ACCUSE", cameo: "112", plover_mode: "allege", object: ["acc"], needs: ET, gap: 0, notAttributive: true },
  // charges brought: `ittiham elan edilib`, `ittiham irəli sürülüb`; `cinayət məsuliyyətinə cəlb edilib` (a bare
  // `məsuliyyətə cəlb edilməli` is mostly a demand to hold someone to account, which the demand reading takes)
  { head: "ittiham", forms: "noun", type: "ACCUSE", cameo: "1121", plover_mode: "allege", object: ["dat"], needs: ["elan", "sür"], gap: 1 },
  // accusations and criticism voiced (`ittihamlar səsləndirib`, `tənqidlər səsləndirib`)
  { head: "ittiham", forms: "noun", type: "ACCUSE", cameo: "112", plover_mode: "allege", object: ["dat"], needs: ["səsləndir"], gap: 1 },
  { head: "tənqid", forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["dat"], needs: ["səsləndir"], gap: 1 },
  { head: "məsuliyyətinə", forms: "noun", type: "ACCUSE", cameo: "1121", plover_mode: "allege", object: ["acc"], needs: ["cəlb"], gap: 0 },
  // investigations opened (PLOVER: investigating is ACCUSE): criminal cases, proceedings, inquiries
  { head: "cinayət", forms: "noun", type: "ACCUSE", cameo: "091", plover_mode: "investigate", needs: ["başla", "aç", "qaldır"], gap: 1 },
  { head: "icraat", forms: "noun", type: "ACCUSE", cameo: "091", plover_mode: "investigate", needs: ["başla"], gap: 1 },
  { head: "icraata", forms: "noun", type: "ACCUSE", cameo: "091", plover_mode: "investigate", needs: ["başla"], gap: 0 },
  { head: "araşdırmaya", forms: "noun", type: "ACCUSE", cameo: "091", plover_mode: "investigate", needs: ["başla"], gap: 0 },
  { head: "araşdırma", forms: "noun", type: "ACCUSE", cameo: "091", plover_mode: "investigate", needs: ["başlat", "başla"], gap: 1 },
  { head: "təhqiqat", forms: "noun", type: "ACCUSE", cameo: "091", plover_mode: "investigate", needs: ["başla", "apar"], gap: 1 },
  // put on trial (CAMEO 115: legal action against)
  { head: "mühakimə", forms: "noun", type: "ACCUSE", cameo: "115", plover_mode: "allege", object: ["acc"], needs: [...ET, "ol"], gap: 0 },
  { head: "pislə", forms: "verb", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["acc"] },
  { head: "qına", forms: "verb", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["acc"] },
  { head: "günahlandır", forms: "verb", type: "ACCUSE", cameo: "112", plover_mode: "allege", object: ["acc"] },
  // (the participle before `şəxs`, `Təqsirləndirilən şəxslər`, is the trial's name for the defendants, no charge laid)
  { head: "təqsirləndir", forms: "verb", type: "ACCUSE", cameo: "112", plover_mode: "allege", object: ["acc"], notBefore: ["şəxs"], notAttributive: true },
  // found guilty (CAMEO 116)
  { head: "təqsirli", forms: "noun", type: "ACCUSE", cameo: "116", plover_mode: "disapprove", object: ["acc"], needs: ["bil", "hesab"], gap: 0 },
  // an envoy summoned (`X-in səfiri Y XİN-ə çağırılıb`: Y summons X, to protest); called back, recalled
  // (a chargé d'affaires too, `müvəqqəti işlər vəkili X XİN-ə çağırılıb`: inv-ru)
  { head: "çağır", forms: "verb", type: "ACCUSE", cameo: "114", plover_mode: "allege", object: ["dat"], passiveOnly: true, clauseNeeds: ["səfir", "diplomat", "müvəqqəti"],
    senses: [{ stems: ["geri"], type: "SANCTION", cameo: "161", plover_mode: "withdraw" }] },
  // (a person summoned to a prosecutor, investigator or the police, `X Baş Prokurorluğa çağırılıb`: questioned, CAMEO 09;
  // one called up to a team or a post, `millisinə çağırılıb`, is none)
  { head: "çağır", forms: "verb", type: "ACCUSE", cameo: "090", plover_mode: "investigate", object: ["dat"], passiveOnly: true,
    clauseNeeds: ["prokurorluq", "prokurorluğ", "istintaq", "polis"],
    // (an envoy summoned over a police act, `X-in səfiri … polisinin order verməsi ilə bağlı XİN-ə çağırılıb`, is the complaint above)
    clauseNot: ["səfir", "diplomat"] },
  { head: "şikayət", forms: "noun", type: "ACCUSE", cameo: "115", plover_mode: "allege", object: ["abl"], needs: ET, gap: 1 },
  { head: "məyus", forms: "noun", type: "ACCUSE", cameo: "110", plover_mode: "disapprove", object: ["abl"], needs: ["ol", "qal"], gap: 1 },
  { head: "istintaq", forms: "noun", type: "ACCUSE", cameo: "116", plover_mode: "investigate", needs: ["başla", "apar"], gap: 1 },
  { head: "tənqid", forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["acc"], needs: ET },
  // going to court against someone (CAMEO 115 bring lawsuit)
  { head: "məhkəməyə", forms: "noun", type: "ACCUSE", cameo: "115", plover_mode: "allege", needs: ["ver", "müraciət"], gap: 0 },
  { head: "iddia", forms: "noun", type: "ACCUSE", cameo: "115", plover_mode: "allege", needs: ["qaldır"], gap: 1 },
  // (as `narazı` below, the clause must name an act: students' displeasure with the food of a canteen, `qidaların
  // keyfiyyətindən narazılıq edirlər`, is a grievance with a service, no side accused) (cp25b)
  { head: "narazılıq", forms: "noun", type: "ACCUSE", cameo: "110", plover_mode: "disapprove", clauseNeeds: DISPLEASED_ACTS },
  // blame laid on a side (`hücumun məsuliyyətini X-in üzərinə qoyub`, `… X-in üstünə atıb`); taken on oneself
  // (`məsuliyyəti öz üzərinə götürüb`) is a claim, no accusation (pr-req)
  { head: "məsuliyyət", forms: "noun", type: "ACCUSE", cameo: "112", plover_mode: "allege", needs: ["qoy", "at", "yüklə"], gap: 3,
    clauseNot: ["götür"] },
  // displeasure with a side's act (`X Y-in qərarından narazıdır`, `narazı olduğunu bildirib`): as `narahat`, the clause must
  // name an act (displeasure with prices or a bus service accuses no side) (pr-req)
  { head: "narazı", forms: "noun", type: "ACCUSE", cameo: "110", plover_mode: "disapprove", object: ["abl"],
    clauseNeeds: DISPLEASED_ACTS },
  // concern stated over what a side did (`X-in hərbi əməliyyatlarından narahatdır`, in the first person `narahatıq`,
  // `narahatam`); not `narahat olma` "don't worry", nor a concern over no act (`qiymətlərdən narahatdır`: the clause must name one)
  ...["narahat", "narahatıq", "narahatam"].map((head): TriggerEntry => ({ head, forms: "noun", type: "ACCUSE", cameo: "110", plover_mode: "disapprove",
    object: ["abl"], firstPerson: head !== "narahat",
    clauseNeeds: ["əməliyyat", "hücum", "zərbə", "addım", "hərəkət", "bəyanat", "qərar", "atəş", "eskalasiya", "gərginl"] })),
  // (a concern over the dangers of nature, climate change, a disaster or an epidemic, `iqlim dəyişikliyi ilə əlaqədar … təhlükələrlə
  // bağlı narahatlığı ifadə edib`, blames no side) (cp25b)
  { head: "narahatlıq", forms: "noun", type: "ACCUSE", cameo: "110", plover_mode: "disapprove", needs: ["ifadə", "bildir", "duy"], gap: 2,
    clauseNot: ["iqlim", "pandemiya", "epidemiya", "fəlakət", "zəlzələ", "daşqın", "quraqlıq"] },
  { head: "etiraz", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo", needs: ["aksiya", "yürüş", "mitinq"], gap: 0 },
  // protests going on (`etirazlar davam edir`); before the ACCUSE entry, whose `et` would take `davam edir`
  { head: "etiraz", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo", needs: ["davam", "başla", "keçiril"], gap: 1 },
  // (a crowd's protest, `minlərlə insan … hökumətinə qarşı etiraz edib`, `aksiya iştirakçıları … etiraz ediblər`, is a demonstration)
  { head: "etiraz", forms: "noun", type: "ACCUSE", cameo: "114", plover_mode: "disapprove", object: ["dat"], needs: [...ET, "bildir"],
    senses: [{ stems: ["minlərlə", "yüzlərlə", "onminlərlə", "etirazçı", "nümayişçi", "aksiya", "mitinq", "piket"], type: "PROTEST", cameo: "141", plover_mode: "demo" }] },
  { head: "nota", forms: "noun", type: "ACCUSE", cameo: "114", plover_mode: "disapprove", object: ["dat"], needs: ["ver", "təqdim", "göndər"], gap: 1 },
  // REJECT
  { head: "rədd", forms: "noun", type: "REJECT", cameo: "120", object: ["acc"], needs: [...ET, "cavab"] }, // `rədd cavabı verib`
  // denials (PLOVER: all rejections and refusals)
  { head: "təkzib", forms: "noun", type: "REJECT", cameo: "120", object: ["acc"], needs: ET, gap: 0 },
  { head: "inkar", forms: "noun", type: "REJECT", cameo: "120", object: ["acc"], needs: ET, gap: 0 },
  // (declining to comment, `hökmə münasibət bildirməkdən imtina edib`, `şərh verməkdən`, `açıqlama verməkdən imtina edib`, is CAMEO 011, a
  // statement, no refusal of anything a side asked)
  // (territory or claims given up, `ərazilərdən imtina etməyəcək`, `iddialarından imtina edib`, concede: a refusal to give
  // them up stays a negated CONCEDE, as `güzəştə getməyəcək`)
  // (a defendant dismissing his own lawyer, `vəkilindən imtina edib`, is a step of his trial, as testimony is, no refusal of
  // a side) (cp25b)
  { head: "imtina", forms: "noun", type: "REJECT", cameo: "120", object: ["abl"], needs: ET,
    // (nor is refusing food, `qida qəbulundan imtina edir`: a hunger strike told again, `aclıq` below, no refusal of a side)
    notAfter: ["bildirməkdən", "vetodan", "vəkilindən", "vəkillərindən", "vəkildən", "müdafiəçisindən", "müdafiəçilərindən"], clauseNot: ["şərh", "qida", "yemək", "açıqlama"],
    // (a deputy giving up the seat, `mandatından imtina edib`, resigns: RETREAT, as `istefa verib`)
    senses: [{ stems: ["ərazi", "torpaq", "iddia"], type: "CONCEDE", cameo: "080" }, { stems: ["mandat"], type: "RETREAT", plover_mode: "resign" }] },
  { head: "veto", forms: "noun", type: "REJECT", cameo: "129", object: ["dat"], needs: ["qoy", "tətbiq"], gap: 1 },
  // `X Y-in qərarını veto edib`: the decision's owner is the side rejected
  { head: "veto", forms: "noun", type: "REJECT", cameo: "129", object: ["acc"], needs: ET, gap: 0 },
  // (a vote, `səs`; not words voiced against a side, `əleyhinə səsləndirilmiş fikirlər`, criticism in ./events/pages-sb.ts)
  { head: "əleyhinə", forms: "noun", type: "REJECT", cameo: "120", needs: ["səs"], gap: 0, notBefore: ["səsləndir"] },
  // not ruling out force or any step against a side (`Karakasa qarşı heç bir addımı istisna etmir`, `hərbi variantı istisna
  // etmir`) threatens it (CAMEO 138); a likelihood not ruled out (`görüş ehtimalını istisna etmir`) is no threat
  { head: "istisna", forms: "noun", type: "THREATEN", cameo: "138", plover_mode: "violence", object: ["dat"], needs: ET, gap: 0, negatedOnly: true,
    clauseNeeds: ["addım", "hərbi", "güc", "zərbə", "hücum", "müdaxilə"] },
  // ruling a course out (`X ehtimalını istisna edib`); not `istisna olmaqla` except, nor a rule's exceptions
  // (not ruled out, `görüş ehtimalını istisna etmir`, it stays open: no rejection, `assertedOnly`)
  { head: "istisna", forms: "noun", type: "REJECT", cameo: "120", object: ["acc"], needs: ET, gap: 0, assertedOnly: true,
    clauseNeeds: ["fikr", "fikir", "ehtimal", "imkan", "variant", "seçim", "mümkünlüy", "addım", "təklif", "plan", "görüş", "danışıq"] },
  // calling a step unacceptable (`qəbuledilməz hesab edib`) rejects it; an incident of harm so called (`bu hadisəni
  // qəbuledilməz adlandırıb`) is condemned (ACCUSE, ./events/articles-v15.ts)
  { head: "qəbuledilməz", forms: "noun", type: "REJECT", cameo: "120", needs: ["hesab", "adlandır"], gap: 1, clauseNot: HARM_DONE_NOUNS },
  // not complying with an order or a duty (`sərəncamlarını yerinə yetirməyib`, `tələbini icra etməyib`) is refusing it (CAMEO 120)
  { head: "yerinə", forms: "noun", type: "REJECT", cameo: "120", object: ["acc"], needs: ["yetir"], gap: 0, negatedOnly: true },
  // (a body's own function or budget not carried out, `investisiya cəlbi funksiyası icra edilməyib`, is an audit's finding)
  { head: "icra", forms: "noun", type: "REJECT", cameo: "120", object: ["acc"], needs: ET, gap: 0, negatedOnly: true, clauseNot: ["funksiya", "büdcə"] },
  // a mission of another state closed (`X-in baş konsulluğunu bağladı`) reduces diplomatic relations
  { head: "bağla", forms: "verb", type: "SANCTION", cameo: "161", plover_mode: "withdraw", object: ["acc"], activeOnly: true,
    clauseNeeds: ["konsulluq", "konsulluğ", "səfirlik", "səfirliy", "nümayəndəlik", "nümayəndəliy"] },
  // not agreeing to something (`planla razı olmadığını bildirib`) rejects it
  { head: "razı", forms: "noun", type: "REJECT", cameo: "120", object: ["ins", "dat"], needs: ["ol"], gap: 0, negatedOnly: true },
  // THREATEN
  { head: "hədələ", forms: "verb", type: "THREATEN", cameo: "130", object: ["acc"] },
  // (a side held to be a threat, `X-i təhdid hesab edir`, `təhdid hesab etdiyi qruplar`, is a view of it, no threat made)
  { head: "təhdid", forms: "noun", type: "THREATEN", cameo: "130", object: ["acc"], needs: ET, notBefore: ["hesab"] },
  // (a warning of a danger, `daşqın təhlükəsi ilə bağlı xəbərdarlıq edib`, `yanğın təhlükəsi barədə`, alerts; it threatens no one)
  { head: "xəbərdarlıq", forms: "noun", type: "THREATEN", cameo: "130", object: ["acc", "dat"], needs: ET, gap: 0, clauseNot: ["təhlükə"] },
  { head: "ultimatum", forms: "noun", type: "THREATEN", cameo: "130", object: ["dat"], needs: ["ver", "irəli"], gap: 1 },
  // a harsh reply promised (`zərər vurularsa, buna ciddi cavab verəcək`) threatens retaliation; one given is a
  // reply, and a plain `cavab verəcək` answers a question or meets a standard (`meyarlara cavab verəcək`)
  { head: "cavab", forms: "noun", type: "THREATEN", cameo: "130", object: ["dat"], needs: ["ver"], gap: 0, promisedOnly: true,
    clauseNeeds: ["ciddi", "sərt", "adekvat", "layiqli", "tutarlı", "qətiyyətli", "güclü", "simmetrik"] },
  // a plan prepared by an army or to strike (`ordu … plan hazırlayır`, `hücum planı hazırlayır`); any other plan is no threat
  { head: "plan", forms: "noun", type: "THREATEN", cameo: "138", plover_mode: "violence", object: ["dat"], needs: ["hazırla"], gap: 1,
    clauseNeeds: ["ordu", "hücum", "zərbə", "hərbi", "müharibə", "münaqişə", "işğal", "bombala"] },
  // PROTEST
  { head: "mitinq", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo" },
  { head: "piket", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo" },
  { head: "nümayiş", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo", needs: ["keçir"], gap: 1 }, // not `nümayiş etdirmək` show
  { head: "tətil", forms: "noun", type: "PROTEST", cameo: "143", plover_mode: "boycott", needs: ["elan", "başla"], gap: 1, // not a holiday: declared
    // (nor days off told by their count, `dördgünlük tətil başladı`, nor a holiday's or a school's break)
    notAfter: ["ikigünlük", "üçgünlük", "dördgünlük", "beşgünlük", "altıgünlük", "yeddigünlük", "doqquzgünlük", "ongünlük", "bayram", "yay", "qış", "məktəb"] },
  { head: "boykot", forms: "noun", type: "PROTEST", cameo: "143", plover_mode: "boycott", object: ["acc"], needs: ET, gap: 0 },
  { head: "aclıq", forms: "noun", type: "PROTEST", cameo: "142", plover_mode: "hunger", needs: ["aksiya", "elan"], gap: 0 },
  { head: "yürüş", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo", needs: ["keçir", "təşkil"], gap: 1,
    // a military march (`hərbi yürüşlər keçiriləcək`) is troops on show, no protest
    senses: [{ stems: ["hərbi"], type: "MOBILIZE", cameo: "150", plover_mode: "troops" }] },
  // taking to the streets (`tətilə çıxmaq` is no strike here: a parliament goes on recess, pupils on holiday)
  { head: "küçələrə", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo", needs: ["çıx"], gap: 0 },
  // SANCTION
  // lifting sanctions is easing them (CONCEDE, as `ləğv` below); before the bare noun, which would take the phrase
  // (`maliyyə sanksiyası` is the Tax Code's name of a fine on a taxpayer, `400 manat məbləğində maliyyə sanksiyası
  // tətbiq ediləcək`: no sanction between parties; a fine is told by `cərimə`)
  { head: "sanksiya", forms: "noun", type: "CONCEDE", cameo: "081", object: ["dat"], needs: ["götür", "aradan", "yumşalt", "ləğv", "dayandır"], gap: 2, notAfter: TAX_FINE },
  // sanctions imposed (`sanksiyaların tətbiq ediləcəyi`): the light verb carries the tense, as for tariffs
  { head: "sanksiya", forms: "noun", type: "SANCTION", cameo: "163", plover_mode: "discontinue", object: ["dat"], needs: ["tətbiq"], gap: 1, notAfter: TAX_FINE },
  // (nor their lifting in a genitive phrase, `sanksiyaların ləğvini gözləyir`: sanctions lifted, or not yet, none imposed;
  // nor calls for them, `Azərbaycana qarşı sanksiya çağırışları`: asked for, none imposed)
  { head: "sanksiya", forms: "noun", type: "SANCTION", cameo: "163", plover_mode: "discontinue", object: ["dat"], notAfter: TAX_FINE,
    notBefore: ["təhdid", "hədələ", "ləğv", "aradan", "yumşaldıl", "götürül", "çağırış"] },
  // tariffs cut, stopped or given up (`tariflərin azaldılması`, `rüsumların tətbiqini dayandırmaq`): easing an
  // economic sanction is a RETREAT (CAMEO 085); first, so that the phrase wins over the imposing senses below
  { head: "tarif", forms: "noun", type: "RETREAT", cameo: "085", plover_mode: "ease", object: ["dat"], needs: EASE, gap: 2 },
  { head: "rüsum", forms: "noun", type: "RETREAT", cameo: "085", plover_mode: "ease", object: ["dat"], needs: EASE, gap: 2 },
  // tariffs put off, past the time they are put off for (`rüsumları bir ay müddətinə təxirə salıb`)
  { head: "tarif", forms: "noun", type: "RETREAT", cameo: "085", plover_mode: "ease", object: ["dat"], needs: ["təxirə"], gap: 4 },
  { head: "rüsum", forms: "noun", type: "RETREAT", cameo: "085", plover_mode: "ease", object: ["dat"], needs: ["təxirə"], gap: 4 },
  { head: "tətbiq", forms: "noun", type: "RETREAT", cameo: "085", plover_mode: "ease", object: ["dat"], needs: ["dayandır", "imtina"], gap: 0,
    clauseNeeds: ["rüsum", "tarif", "embarqo"] },
  // (and their application put off, past the time it is put off for: `rüsumların tətbiqini 90 gün müddətinə təxirə salıb`)
  // (not the imposing participle before the tariffs, `tətbiq ediləcək rüsumları … təxirə salıb`: the tariffs' entry reads that)
  { head: "tətbiq", forms: "noun", type: "RETREAT", cameo: "085", plover_mode: "ease", object: ["dat", "acc"], needs: ["təxirə"], gap: 4,
    clauseNeeds: ["rüsum", "tarif", "embarqo"], notBefore: ["ed", "et", "olun"] },
  // tariffs imposed, decided, or coming into force (`tarif qərarı`, `rüsumlar qüvvəyə minəcək`)
  // (a price list, `çatdırılma tarifləri tətbiq olunur`, is no trade barrier; nor is a state's own tariff policy, `tarif
  // siyasətini təsdiqləyib`, set at home)
  { head: "tarif", forms: "noun", type: "SANCTION", cameo: "163", object: ["dat"], needs: ["tətbiq", "qoy", "təsdiqlə", "artır", "qərar", "fərman", "qüvvə"], gap: 1,
    notAfter: PRICE_LISTS, notBefore: ["siyasət"] },
  { head: "rüsum", forms: "noun", type: "SANCTION", cameo: "163", object: ["dat"], needs: ["tətbiq", "qoy", "təsdiqlə", "artır", "qərar", "qüvvə"], gap: 1 },
  // tariffs raised past the figures: `rüsumları 84 %-dən 125 %-ə qaldırıb` (raising them is no concession)
  { head: "tarif", forms: "noun", type: "SANCTION", cameo: "163", object: ["dat"], needs: ["artır", "qaldır"], gap: 8 },
  { head: "rüsum", forms: "noun", type: "SANCTION", cameo: "163", object: ["dat"], needs: ["artır", "qaldır"], gap: 8 },
  // `rüsumunun tətbiq ediləcəyini`: the genitive noun before the act is its object
  // (and a price list read from the imposing verb, `çatdırılma tarifləri tətbiq olunur`, is none either)
  // (past the rate named between, `tətbiq etdiyi 145 faiz tarif dərəcəsini`)
  { head: "tətbiq", forms: "noun", type: "SANCTION", cameo: "163", object: ["dat"], needs: ["rüsum", "tarif", "embarqo"], gap: 3, needsBefore: true,
    clauseNot: PRICE_LISTS },
  // flights to or from a country halted or banned (`aviaşirkətlərin ölkəyə uçuşunu dayandırıb`)
  { head: "uçuş", forms: "noun", type: "SANCTION", cameo: "163", plover_mode: "discontinue", object: ["dat"], needs: ["dayandır", "qadağan"], gap: 1 },
  // declaring a diplomat persona non grata (CAMEO 166 expel)
  { head: "arzuolunmaz", forms: "noun", type: "SANCTION", cameo: "166", plover_mode: "expel", object: ["acc"], needs: ["şəxs"], gap: 0 },
  { head: "embarqo", forms: "noun", type: "SANCTION", cameo: "163", plover_mode: "discontinue", object: ["dat"], needs: ["tətbiq", "qoy", "elan"], gap: 1 },
  // assets frozen (CAMEO 163); put on a blacklist (`qara siyahıya salınıb`)
  { head: "aktiv", forms: "noun", type: "SANCTION", cameo: "163", plover_mode: "discontinue", object: ["dat"], needs: ["dondur"], gap: 1 },
  { head: "siyahıya", forms: "noun", type: "SANCTION", cameo: "163", plover_mode: "discontinue", needs: ["qara"], gap: 0, needsBefore: true },
  { head: "siyahısına", forms: "noun", type: "SANCTION", cameo: "163", plover_mode: "discontinue", needs: ["qara"], gap: 0, needsBefore: true },
  // leaving an agreement or a body; cutting or freezing ties; recalling an envoy
  { head: "çıx", forms: "verb", type: "SANCTION", cameo: "161", plover_mode: "withdraw", needs: ["saziş", "müqavilə", "razılaşma", "təşkilat", "ittifaq", "birlik"], gap: 0, needsBefore: true },
  { head: "əlaqə", forms: "noun", type: "SANCTION", cameo: "161", plover_mode: "discontinue", object: ["ins"], needs: ["kəs", "dondur"], gap: 1 },
  { head: "münasibət", forms: "noun", type: "SANCTION", cameo: "161", plover_mode: "discontinue", object: ["ins"], needs: ["kəs", "dondur"], gap: 1 },
  // closing one's embassy (CAMEO 161)
  { head: "səfirlik", forms: "noun", type: "SANCTION", cameo: "161", plover_mode: "withdraw", needs: ["bağla"], gap: 1 },
  // (foreigners, migrants or another state's citizens sent out, `bütün əcnəbiləri ölkədən çıxaracaq`, are deported: CAMEO 174)
  { head: "ölkədən", forms: "noun", type: "SANCTION", cameo: "166", plover_mode: "expel", object: ["acc"], needs: ["çıxar", "qovul", "qov"], gap: 0,
    senses: [{ stems: ["əcnəbi", "miqrant", "qaçqın", "mühacir", "vətəndaş"], type: "COERCE", cameo: "174", plover_mode: "deport" }] },
  // MOBILIZE
  { head: "səfərbərlik", forms: "noun", type: "MOBILIZE", cameo: "154", plover_mode: "troops" },
  // military exercises of one side (joint ones are COOPERATE); troops moved up
  { head: "hərbi", forms: "noun", type: "MOBILIZE", cameo: "150", plover_mode: "troops", needs: ["təlim", "manevr"], gap: 0,
    senses: [{ stems: ["birgə"], type: "COOPERATE", cameo: "062", plover_mode: "military" }] },
  // weapons tests show military power (CAMEO 150)
  { head: "raket", forms: "noun", type: "MOBILIZE", cameo: "150", plover_mode: "weapons", needs: ["sınaq", "sınağ"], gap: 1 },
  { head: "nüvə", forms: "noun", type: "MOBILIZE", cameo: "150", plover_mode: "weapons", needs: ["sınaq", "sınağ"], gap: 0 },
  // forces put on alert (`döyüş hazırlığı vəziyyətinə gətirilib`, CAMEO 152)
  { head: "hazırlıq", forms: "noun", type: "MOBILIZE", cameo: "152", plover_mode: "troops", needs: ["vəziyyət"], gap: 0 },
  { head: "qoşun", forms: "noun", type: "MOBILIZE", cameo: "154", plover_mode: "troops", needs: ["yerləşdir", "cəmləşdir", "yerit", "göndər"], gap: 2 },
  { head: "hərbçi", forms: "noun", type: "MOBILIZE", cameo: "154", plover_mode: "troops", needs: ["yerləşdir", "cəmləşdir", "yerit", "göndər"], gap: 2 },
  { head: "əsgər", forms: "noun", type: "MOBILIZE", cameo: "154", plover_mode: "troops", needs: ["yerləşdir", "cəmləşdir", "yerit", "göndər"], gap: 2 },
  { head: "kontingent", forms: "noun", type: "MOBILIZE", cameo: "154", plover_mode: "troops", needs: ["yerləşdir", "cəmləşdir", "yerit", "göndər", "artır"], gap: 2 },
  { head: "texnika", forms: "noun", type: "MOBILIZE", cameo: "154", plover_mode: "troops", needs: ["yerləşdir", "cəmləşdir", "yerit"], gap: 2, clauseNeeds: ["hərbi"] },
  // an exercise held by an army (`"X-2025" hərbi təlimi keçirilib`, `hərbi vəzifəlilərlə təlim toplanışı keçirilib`,
  // `NATO təlimləri başladı`); a bank's or a school's training names no army (joint ones are COOPERATE)
  { head: "təlim", forms: "noun", type: "MOBILIZE", cameo: "150", plover_mode: "troops", needs: ["keçir", "başla"], gap: 2, needsBefore: true,
    clauseNeeds: ["hərbi", "ordu", "qoşun", "silahlı", "nato", "səfərbərlik", "hərbçi", "döyüş"],
    senses: [{ stems: ["birgə"], type: "COOPERATE", cameo: "062", plover_mode: "military" }] },
  // a military parade held shows armed power (PLOVER MOBILIZE: a demonstration of military capabilities)
  { head: "parad", forms: "noun", type: "MOBILIZE", cameo: "150", plover_mode: "troops", needs: ["keçir"], gap: 1, needsBefore: true, clauseNeeds: ["hərbi", "zəfər"] },
  // COERCE: arrests, detentions, bans, deportations
  // (an arrest laid on property lifted, `aktivləri üzərindəki həbsi götürüb`, eases: ./events/breadth-ac24.ts)
  // (a prison term as the owner of its length or its part served, `həbs cəzasının yarısını çəkib`, tells no sentence passed)
  // (a custody term, `həbs müddətini 3 ay uzadıb`, is the extension the term's own entry reads (./events/pages-sc.ts), or an
  // ended term, no second arrest)
  { head: "həbs", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", object: ["acc"], notBefore: ["götür", "cəzasının", "müddət"] },
  // freed from detention (`həbsdən azad edilib`, `həbsdən buraxılıb`) is a release, not an arrest
  { head: "həbsdən", forms: "noun", type: "RETREAT", cameo: "0841", plover_mode: "release", object: ["acc"], needs: ["azad", "burax", "çıx"], gap: 1 },
  // (held in a prison or captivity, `həbsxanalarında saxlanılan məhbuslar`, is custody, no arrest)
  // (and so is one held in a pre-trial detention centre, `istintaq təcridxanasında saxlanılan vəkil`; sent to one,
  // `təcridxanasına`, stays an arrest)
  // (and so are the captives the verb describes, `X tərəfindən Qəzzada saxlanılan girovlar azad ediləcək`: held, the
  // release the act; pages-sf)
  { head: "saxla", forms: "verb", type: "COERCE", cameo: "173", plover_mode: "arrest", passiveOnly: true,
    clauseNot: ["həbsxana", "türmə", "əsirlik", "təcridxanasında", "təcridxanada", "təcridxanalarında"],
    clauseNotAfter: ["girov", "əsir", "məhbus"] },
  { head: "tut", forms: "verb", type: "COERCE", cameo: "173", plover_mode: "arrest", passiveOnly: true, notAfter: ["nəzərdə", "nəzərə", "diqqətdə", "yadda"] },
  // a ban on imports, exports or trade is an economic sanction (CAMEO 163 embargo), not a domestic restriction
  { head: "qadağa", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", needs: ["qoy", "tətbiq", ...ET], gap: 1, senses: [TRADE_BAN] },
  { head: "deportasiya", forms: "noun", type: "COERCE", cameo: "174", plover_mode: "deport" },
  { head: "deport", forms: "noun", type: "COERCE", cameo: "174", plover_mode: "deport", object: ["acc"], needs: ET, gap: 0 },
  // sentenced, put on the wanted list, restraint measures, police supervision (CAMEO 173)
  // (a side's acts condemned, `İsrailin Qəzzadakı hərəkətlərini məhkum edib`, is disapproval: ACCUSE)
  { head: "məhkum", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", object: ["acc"], needs: ET, gap: 0,
    senses: [{ stems: ["hərəkət", "addım", "bəyanat", "təxribat", "zorakılıq", "siyasət"], type: "ACCUSE", cameo: "111", plover_mode: "disapprove" }] },
  // a court's sentence (`X-ə hökm oxunub`, `… il həbs cəzası verilib`, `ölüm cəzası verilib`): PLOVER codes court
  // sentences as COERCE arrest (with ACCUSE convict); the one sentenced is the dative
  { head: "hökm", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", object: ["dat"], needs: ["oxu", "çıxar"], gap: 1 },
  // (a prison term passed, `5 il həbs cəzası verilib`, is read once, by `həbs`)
  { head: "cəza", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", object: ["dat"], needs: ["ver", "təyin", "kəs"], gap: 1, notAfter: ["həbs"] },
  { head: "axtarışa", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", object: ["acc"], needs: ["ver"], gap: 0 },
  // (a measure already chosen, changed or annulled, `qətimkan tədbirini dəyişib`, is a ruling on custody told before: a release to
  // house arrest is told by its own verb; a measure chosen with `həbs` is read by that word)
  { head: "qətimkan", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", needs: ["tədbir"], gap: 0, notBefore: ["tədbirini"], notAfter: ["həbs"] },
  { head: "polisin", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", needs: ["nəzarət"], gap: 0 },
  // removed from office by another (`vəzifəsindən uzaqlaşdırılıb`); a resignation is RETREAT
  { head: "uzaqlaşdır", forms: "verb", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["acc"], needs: ["vəzifə"], gap: 1, needsBefore: true },
  // fines (administrative sanctions, CAMEO 172)
  { head: "cərimələ", forms: "verb", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["acc"] },
  { head: "cərimə", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["acc"], needs: [...ET, "tətbiq", "kəs"], gap: 1 },
  // a state of emergency or martial law declared (`fövqəladə vəziyyət elan edib`), a curfew (CAMEO 1724, 1723)
  { head: "vəziyyət", forms: "noun", type: "COERCE", cameo: "1724", plover_mode: "martial-law", needs: ["elan"], gap: 1 },
  { head: "komendant", forms: "noun", type: "COERCE", cameo: "1723", plover_mode: "curfew", needs: ["saat"], gap: 0 },
  { head: "blokada", forms: "noun", type: "COERCE", cameo: "191", plover_mode: "restrict" },
  { head: "mühasirəyə", forms: "noun", type: "COERCE", cameo: "191", plover_mode: "restrict", object: ["acc"], needs: ["al"], gap: 0 },
  // depriving of rights, banning, dissolving; lifting a restriction is a concession (PLOVER CONCEDE: ease)
  // (a means or a tool one's own state keeps or gives up, `ölkəni bu vasitədən məhrum edə bilmərik`, is a policy choice,
  // no restriction of a side: deprivation of citizenship, freedom, a mandate or a licence stays)
  { head: "məhrum", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["acc"], needs: ET, gap: 0,
    notAfter: ["vasitədən", "vasitələrdən", "vasitəsindən", "vasitələrindən", "alətdən", "alətlərdən", "alətindən", "alətlərindən"] },
  { head: "qadağan", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["acc"], needs: [...ET, "ol"], gap: 0, senses: [TRADE_BAN] },
  // (done at the request of the one it touches, `şirkətin müraciəti əsasında … ləğv edilib`, or of charges a seller
  // drops, `çatdırılma xərclərini ləğv edib`, it restricts no one; nor does a labour contract ended, `X ilə bağlanmış əmək
  // müqaviləsi ləğv edilib`, an employer's act; nor a ruling or decision annulled, `məhkəmə … qərarı ləğv etdi`, a court
  // overturning it, which restricts no side; nor a flight a carrier cancels, `texniki səbəblərə görə Bakı reysini ləğv edib`)
  { head: "ləğv", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["acc"], needs: ET, gap: 0, clauseNot: ["müraciət", "xərc", "əmək", "reys"],
    notAfter: ["qərarı", "qərarını", "qərarlarını", "qərarları", "hökmü", "hökmünü", "qərardadı", "qərardadını", "qətnaməni", "qətnaməsini"],
    // a visa regime or requirement lifted is a concession; visas revoked (`viza verilməsini ləğv edib`) restrict
    // (a visa-free regime cancelled, `vizasız rejimi ləğv edir`, restricts: the first sense that fits wins)
    // (a meeting or visit called off, `görüşü ləğv edib`, is that meeting, negated)
    senses: [{ stems: ["vizasız"], type: "COERCE", cameo: "172", plover_mode: "restrict" },
      { stems: ["görüş", "səfər", "danışıq", "sammit", "iclas", "toplantı", "konfrans"], type: "CONSULT", cameo: "040", negates: true },
      { stems: ["rejim", "tələb", "qadağa", "sanksiya", "məhdudiyyət", "rüsum", "tarif", "embarqo"], type: "CONCEDE", cameo: "081" },
      // (an agreement with a side cancelled, `X ilə müdafiə sazişini ləğv edib`, leaves it: SANCTION, as `sazişdən çıxıb`)
      // (not a contract, `əmək müqaviləsi ləğv edilib`, which ends a job)
      { stems: ["saziş", "memorandum"], type: "SANCTION", cameo: "161", plover_mode: "withdraw" }] },
  { head: "sürgün", forms: "noun", type: "COERCE", cameo: "174", plover_mode: "deport", object: ["acc"], needs: ET, gap: 0 },
  // sent to prison; punished (`cəzalandırılıb`)
  { head: "həbsxanaya", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", object: ["acc"], needs: ["sal", "göndər", "qaytar"], gap: 0 },
  { head: "cəzalandır", forms: "verb", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["acc"] },
  { head: "müsadirə", forms: "noun", type: "COERCE", cameo: "171", plover_mode: "seize", object: ["acc"], needs: ET, gap: 0 },
  { head: "basqın", forms: "noun", type: "COERCE", cameo: "171", plover_mode: "seize", object: ["dat"], needs: ET, gap: 0 },
  // searches of premises (`X-in ofisində axtarışlar aparılıb`; a search for the missing names no premises)
  { head: "axtarış", forms: "noun", type: "COERCE", cameo: "171", plover_mode: "seize", needs: ["apar", "keçir"], gap: 1,
    clauseNeeds: ["ofis", "ev", "mənzil", "iqamətgah", "qərargah", "redaksiya", "bina"] },
  // access restricted (`sosial şəbəkələrə giriş məhdudlaşdırılıb`)
  { head: "giriş", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", needs: ["məhdudlaşdır"], gap: 0 },
  // held liable, as punished (`X-də dörd nəfər məsuliyyətə cəlb olunub`): only the past forms past `cəlb` tell the
  // act; `cəlb edilməli` and `cəlb edilməsini tələb edir` are a demand, which the demand reading takes
  // (charges, `cinayət məsuliyyətinə cəlb edilib`, are ACCUSE above)
  { head: "məsuliyyətə", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["acc"], gap: 1,
    needs: ["olundu", "olunub", "olunmuş", "edildi", "edilib", "edilmiş", "etdi", "edib", "etmiş"] },
  // nationals sent back by readmission (`X vətəndaşı Y-dən readmissiya edilib`); raids held
  { head: "readmissiya", forms: "noun", type: "COERCE", cameo: "174", plover_mode: "deport", object: ["acc"], needs: ET, gap: 0 },
  { head: "reyd", forms: "noun", type: "COERCE", cameo: "171", plover_mode: "seize", needs: ["keçir", "apar"], gap: 1, needsBefore: true },
  // refused entry to a country (`X-ə buraxılmayan`, `X-ə buraxılmadı`): not letting in is the act told
  { head: "burax", forms: "verb", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["dat"], objectTypes: ["LOC"], objectRequired: true, negatedOnly: true },
  // ASSAULT: attacks, strikes, shooting, killing
  // (`hava hücumundan müdafiə sistemi`, `dron hücumlarından qorunmaq`: defence against attacks, none made)
  { head: "hücum", forms: "noun", type: "ASSAULT", cameo: "190", object: ["dat"], notBefore: ["müdafiə", "qorun"] },
  // (`missiyasını başa vurub` finished it; `zərər vurmuş` caused damage)
  // (a vehicle that hits a pedestrian, `piyadanı avtomobil vurub`, `motosikletçini vurdu`, is a road accident)
  // (a goal scored, `iki qol vurub`, is sport; `zəng vurub` phoned, a call)
  { head: "vur", forms: "verb", type: "ASSAULT", cameo: "195", plover_mode: "aerial", object: ["acc"], notAfter: ["başa", "zərər", "ziyan", "xələl", "zərərlər", "ziyanlar",
    "qol", "qolu", "qollar", "qolları", "het-trik", "zəng", "maşın", "maşını", "avtomobil", "avtomobili", "avtobus", "avtobusu", "qatar", "qatarı", "piyadanı", "piyadaları", "motosikletçini", "velosipedçini"],
    // (nor goals told before their scorers, `Qolları X və Y vurub`)
    clauseNot: ["qol", "het-trik", "penalti"] },
  // (a blow dealt to an economy or a standing, `iqtisadiyyatına zərbə vuracaq`, is no strike; nor one to the ties between
  // sides, `iki ölkə arasındakı münasibətlərə ağır zərbə vurur`, a way of saying they suffer; nor one to democracy, a
  // freedom or stability, `həbs demokratiyaya vurulan zərbədir`) (inv-ru)
  { head: "zərbə", forms: "noun", type: "ASSAULT", cameo: "195", object: ["dat"], needs: ["endir", "vur"], gap: 1, needsBefore: true,
    clauseNot: ["iqtisadiyyat", "nüfuz", "imic", "reputasiya", "büdcə", "demokratiya", "azadlıq", "sabitliy", "etimad", "maraqlar", "proses", ...TIES_NOUNS] },
  { head: "aviazərbə", forms: "noun", type: "ASSAULT", cameo: "195", plover_mode: "aerial", object: ["dat"], needs: ["endir", "vur"], gap: 1 },
  { head: "bombala", forms: "verb", type: "ASSAULT", cameo: "195", plover_mode: "aerial", object: ["acc"] },
  { head: "atəş", forms: "noun", type: "ASSAULT", cameo: "193", plover_mode: "firearms", object: ["dat"], needs: ["aç", "tut"], gap: 1 },
  // `atəşə tutmaq` shell, `qətlə yetirmək` kill: the dative noun is part of the idiom
  { head: "atəşə", forms: "noun", type: "ASSAULT", cameo: "193", plover_mode: "firearms", object: ["acc"], needs: ["tut"], gap: 0 },
  { head: "qətlə", forms: "noun", type: "ASSAULT", cameo: "1823", object: ["acc"], needs: ["yetir"], gap: 0, crime: true },
  { head: "bombardman", forms: "noun", type: "ASSAULT", cameo: "195", plover_mode: "aerial", object: ["acc"] },
  { head: "partlat", forms: "verb", type: "ASSAULT", cameo: "183", plover_mode: "explosives", object: ["acc"] },
  { head: "güllələ", forms: "verb", type: "ASSAULT", cameo: "193", plover_mode: "firearms", object: ["acc"] },
  { head: "öldür", forms: "verb", type: "ASSAULT", cameo: "1823", object: ["acc"], crime: true },
  // executions (PLOVER ASSAULT targeted: "assassinations and executions")
  { head: "edam", forms: "noun", type: "ASSAULT", cameo: "1823", plover_mode: "targeted", object: ["acc"], needs: [...ET, "ol"], gap: 0 },
  { head: "sui-qəsd", forms: "noun", type: "ASSAULT", cameo: "185", plover_mode: "targeted", object: ["dat"] },
  // destroying goods or property (seized produce, drugs) is COERCE (CAMEO 171: seize or damage property)
  { head: "məhv", forms: "noun", type: "ASSAULT", cameo: "180", plover_mode: "destroy", object: ["acc"], needs: ET, gap: 0,
    senses: [{ stems: ["məhsul", "mal", "meyvə", "tərəvəz", "ərzaq", "ton", "yük", "narkotik", "əmlak", "partiya", "kiloqram", "pendir", "qida", "ət", "içki", "dərman", "siqaret", "qaçaqmal"], type: "COERCE", cameo: "171", plover_mode: "seize" }] },
  // (occupying or annexing territory is COERCE seize by the CAMEO-to-PLOVER table, CAMEO 192, as ground taken, `nəzarətə götürüb`)
  { head: "işğal", forms: "noun", type: "COERCE", cameo: "192", plover_mode: "seize", object: ["acc"], needs: ET, gap: 0 },
  { head: "ilhaq", forms: "noun", type: "COERCE", cameo: "192", plover_mode: "seize", object: ["acc"], needs: ET, gap: 0 },
  // a military operation launched (joint ones are COOPERATE)
  { head: "əməliyyat", forms: "noun", type: "ASSAULT", cameo: "190", object: ["dat"], needs: ["keçir", "başla", "apar"], gap: 1,
    // (a police operation, `polis … əməliyyat keçirib`, raids and detains: COERCE)
    clauseNeeds: ["hərbi", "antiterror", "döyüş", "polis", "kiberpolis"], senses: [{ stems: ["birgə"], type: "COOPERATE", cameo: "062", plover_mode: "military" },
      { stems: ["polis", "kiberpolis"], type: "COERCE", cameo: "171", plover_mode: "seize" }] },
  { head: "əməliyyata", forms: "noun", type: "ASSAULT", cameo: "190", object: ["dat"], needs: ["başla"], gap: 0, clauseNeeds: ["hərbi", "antiterror", "döyüş"] },
  // a military intervention (`hərbi müdaxilə edib`); torture; wounding a named person
  { head: "müdaxilə", forms: "noun", type: "ASSAULT", cameo: "190", object: ["dat"], needs: ET, gap: 0, clauseNeeds: ["hərbi", "silahlı"] },
  { head: "işgəncə", forms: "noun", type: "ASSAULT", cameo: "1822", plover_mode: "torture", object: ["dat"], needs: ["ver"], gap: 0 },
  { head: "yarala", forms: "verb", type: "ASSAULT", cameo: "182", plover_mode: "beat", object: ["acc"], objectRequired: true, activeOnly: true },
  // war declared or begun; hijacking, kidnapping a person
  // (since the war began, `müharibə başlayandan bəri`, `müharibə başlayalı`, bounds the time of another act: inv-ru)
  { head: "müharibə", forms: "noun", type: "ASSAULT", cameo: "190", object: ["dat"], needs: ["elan", "başla"], gap: 1, notBefore: ["başlayandan", "başlayalı"] },
  { head: "qaçır", forms: "verb", type: "ASSAULT", cameo: "181", plover_mode: "abduct", object: ["acc"], objectTypes: ["PER"], objectRequired: true },
  // taking a place (`şəhəri ələ keçirib`); seized goods (`narkotik ələ keçirilib`) are no place. Occupying territory is
  // COERCE by the CAMEO-to-PLOVER table (192: COERCE, seize), however much fighting went before it
  { head: "ələ", forms: "noun", type: "COERCE", cameo: "192", plover_mode: "seize", object: ["acc"], objectTypes: ["LOC"], objectRequired: true, needs: ["keçir"], gap: 0 },
  // ground taken by an army (`yaşayış məntəqəsini nəzarətə götürüb`, `nəzarət altına alıb`); a fire brought under
  // control is no place taken, so the clause must name an army or a settlement
  { head: "nəzarətə", forms: "noun", type: "COERCE", cameo: "192", plover_mode: "seize", object: ["acc"], needs: ["götür", "al", "keçir"], gap: 0,
    clauseNeeds: ["ordu", "qoşun", "silahlı", "məntəqə", "hərbçi", "döyüşçü"] },
  { head: "nəzarət", forms: "noun", type: "COERCE", cameo: "192", plover_mode: "seize", object: ["acc"], needs: ["altına"], gap: 0,
    clauseNeeds: ["ordu", "qoşun", "silahlı", "məntəqə", "hərbçi", "döyüşçü"] },
  // (a passive participle describing the people, `əsir götürülən 150 əsgər … təhvil verilib`, tells who they are, no capture)
  { head: "əsir", forms: "noun", type: "ASSAULT", cameo: "181", plover_mode: "abduct", object: ["acc"], needs: ["götür", "al"], gap: 0, notAttributive: true },
  { head: "girov", forms: "noun", type: "ASSAULT", cameo: "181", plover_mode: "abduct", object: ["acc"], needs: ["götür"], gap: 0 },
  { head: "terror", forms: "noun", type: "ASSAULT", cameo: "180", needs: ["akt", "hücum"], gap: 0 },
  // fighting that takes place: `toqquşmalar baş verib`, `baş vermiş qarşıdurma`, `döyüşlər davam edir`
  { head: "qarşıdurma", forms: "noun", type: "ASSAULT", cameo: "190", object: ["ins"], needs: ["baş", "davam", "başla", "kəskinləş"], gap: 1, needsBefore: true },
  { head: "toqquşma", forms: "noun", type: "ASSAULT", cameo: "190", object: ["ins"], needs: ["baş", "davam", "başla", "kəskinləş"], gap: 1, needsBefore: true },
  { head: "münaqişə", forms: "noun", type: "ASSAULT", cameo: "190", object: ["ins"], needs: ["baş", "davam", "başla", "kəskinləş"], gap: 1, needsBefore: true },
  // (and fighting resumed: `döyüşləri bərpa edib`)
  { head: "döyüş", forms: "noun", type: "ASSAULT", cameo: "190", object: ["ins"], needs: ["baş", "davam", "başla", "gedir", "kəskinləş", "bərpa"], gap: 1, needsBefore: true },
  // (an explosion that merely happens, `restoranda partlayış baş verib`, is mostly gas or a factory: an attack only
  // when the clause names one; one set off, `partlayış törədib`, is)
  { head: "partlayış", forms: "noun", type: "ASSAULT", cameo: "183", plover_mode: "explosives", needs: ["törət"], gap: 1, needsBefore: true },
  { head: "partlayış", forms: "noun", type: "ASSAULT", cameo: "183", plover_mode: "explosives", needs: ["baş"], gap: 1, needsBefore: true,
    clauseNeeds: ["terror", "bomba", "partlayıcı", "intihar", "dron", "raket", "hücum", "mina", "silahlı"] },
  // the phrasings of each CAMEO code, from a walk of the codebook (./events/codebook-*.ts)
  ...CODEBOOK_COOPERATION, ...CODEBOOK_CONCESSION, ...CODEBOOK_CONFLICT,
  // and of the most frequent predicates of unlabelled news (./events/frequent-predicates.ts)
  ...FREQUENT_PREDICATES,
  // and of news sentences naming two parties that told no event (./events/two-party-predicates.ts)
  ...TWO_PARTY_PREDICATES,
  // and of the misses of a second blind headline set (./events/headline-misses-2.ts)
  ...HEADLINE_MISSES_2,
  // and of the misses of a third blind headline set (./events/headline-misses-3.ts)
  ...HEADLINE_MISSES_3,
  // and of a fourth blind headline set's misses (./events/headline-misses-4.ts)
  ...HEADLINE_MISSES_4,
  // and of two blind article sets' misses (./events/article-misses-10.ts)
  ...ARTICLE_MISSES_10,
  // and of a fifth and a sixth headline set's (./events/headline-misses-5.ts)
  ...HEADLINE_MISSES_5,
  // and of known heads that told no event in unlabelled articles, ranked by frequency (./events/mined-articles.ts)
  ...MINED_ARTICLES,
  // and of a walk of the conflictual types phrasing by phrasing, checked over unlabelled news (./events/coverage-c2.ts)
  ...COVERAGE_C2,
  // and of a walk of the phrasings of the cooperative acts, checked over unlabelled news (./events/coverage-c1.ts)
  ...COVERAGE_C1,
  // and of two more blind article sets (./events/article-misses-13.ts)
  ...ARTICLE_MISSES_13,
  // and of a walk of the standard phrasings of political and world news for the conflictual types (./events/coverage-c4.ts)
  ...COVERAGE_C4,
  ...COVERAGE_B1,
  // and of a paradigm check of the common triggers in every form news writes (./events/paradigms-b2.ts)
  ...PARADIGMS_B2,
  // and of a walk of the standard political phrasings of the cooperative acts the pools seldom write (./events/coverage-c3.ts)
  ...COVERAGE_C3,
  // and of invented whole articles of diplomacy read as the hidden sets are (./events/articles-v1.ts)
  ...ARTICLES_V1,
  // and of invented whole articles of wars and crises, read against the gold written for them (./events/articles-v2.ts)
  ...ARTICLES_V2,
  // and of 250 invented world and politics headlines: a trip told in the present, supplies cut off, a shoot-out by its noun
  // (./events/headlines-b3.ts)
  ...HEADLINES_B3,
  // and of invented whole articles of international bodies and summits (./events/articles-v4.ts)
  ...ARTICLES_V4,
  // and of invented whole articles of Azerbaijan's own foreign relations (./events/articles-v5.ts)
  ...ARTICLES_V5,
  // and of invented whole articles of Western and global politics: dismissals, no-confidence votes, crossings closed,
  // visas restricted, tariffs announced or blocked by a court (./events/articles-v7.ts)
  ...ARTICLES_V7,
  // and of invented whole articles of wars and security in world news (./events/articles-v6.ts)
  ...ARTICLES_V6,
  // and of invented whole articles of Turkey, Iran, Central Asia and multilateral formats (./events/articles-v8.ts)
  ...ARTICLES_V8,
  // and of 250 invented headlines of domestic, regional, energy and military news: a reply promised to a state, arms sent or
  // bought, supplies begun, water cannon, a body declared terrorist, forces massed, a visa regime eased (./events/headlines-b4.ts)
  ...HEADLINES_B4,
  // and of invented whole articles of economic politics: a nationalisation, a veto withdrawn (./events/articles-v10.ts)
  ...ARTICLES_V10,
  // and of invented whole articles of Azerbaijani state news: pardons by decree, detentions in the active, peaceful
  // actions (./events/articles-v9.ts)
  ...ARTICLES_V9,
  // and of wars, fighting and exercises told as nouns in the background of world news (./events/wars-w19.ts)
  ...WARS_W19,
  // and of regulators, courts and trade between states in economy and state news (./events/regulators-r19.ts)
  ...REGULATORS_R19,
  // and of two blind sets of domestic, business and crime news: sentences eased, the wanted caught, ships bought
  // (./events/fresh-f23.ts)
  ...FRESH_F23,
  // and of two more blind article sets and a headline set of that news: a state's order conferred, work done within a named
  // side's cooperation or partnership, working together (./events/fresh-fx25.ts)
  ...FRESH_FX25,
  // and constructions of political news: a guest received in the passive at a place naming the host
  // (./events/constructions-fr23.ts)
  ...CONSTRUCTIONS_FR23,
  // and of invented whole articles of the Gulf, Africa, Latin America and Asia: concern conveyed, ground retaken, troops
  // leaving a country (./events/articles-v11.ts)
  ...ARTICLES_V11,
  // and of invented whole articles of acts told inside speech: a wrong charged by whoever says it (./events/articles-v12.ts)
  ...ARTICLES_V12,
  // and of 281 invented world and regional headlines: money allotted to a state, troops called back, opposition, goods and
  // transit between states, cooperation ended or widening, a carrier sent, a ballistic missile launched (./events/headlines-b5.ts)
  ...HEADLINES_B5,
  // and of 150 invented political and world headlines: goods exported to a state, a protest by what it demands, a visa-free
  // regime restored, an operation against a side, a retaliation vowed (./events/headlines-v20.ts)
  ...HEADLINES_V20,
  // and of invented whole articles of the domestic politics of neighbouring states: arrests and verdicts called persecution,
  // a coup or meddling (./events/articles-v13.ts)
  ...ARTICLES_V13,
  // and of invented whole articles of the South Caucasus peace process: minefield maps handed over (./events/articles-v14.ts)
  ...ARTICLES_V14,
  // and of invented whole articles of Russia–Azerbaijan relations (./events/articles-v15.ts)
  ...ARTICLES_V15,
  // and of the odd invented article sets of world politics: forces' readiness raised, protests broken out, a dictate
  // refused, foreign agents listed (./events/articles-inv22p.ts)
  ...ARTICLES_INV22P,
  // and of invented whole articles of rights, courts and media: a delegation recalled from an assembly (./events/articles-v16.ts)
  ...ARTICLES_V16,
  // and of invented whole articles of world news: acts called a blow or a violation, arms sales approved (./events/articles-v18.ts)
  ...ARTICLES_V18,
  // and of invented whole articles of economic and energy diplomacy: a demand told before not accepted (./events/articles-v21.ts)
  ...ARTICLES_V21,
  // and of the lead's review of real titles (stop 28): citizenship stripped, compensation asked (./events/articles-l28.ts)
  ...ARTICLES_L28,
  // and of the lead's invented articles (stop 29): meddling charged (./events/articles-s29.ts)
  ...ARTICLES_S29,
  // and of the lead's invented articles (stop 30): tariffs cut past the rates named (./events/articles-s30.ts)
  ...ARTICLES_S30,
  // (stop 31): land given back, antiterror measures (./events/articles-s31.ts)
  ...ARTICLES_S31,
  // and of the errors of the studied real article sets (stop 29): a vow to hold to account (./events/articles-a29.ts)
  ...ARTICLES_A29,
  // and of invented world-news articles (stop 30): a strike held, cooperation ruled out, a mission closed by decision, an
  // extradition permitted (./events/articles-a30.ts)
  ...ARTICLES_A30,
  ...ARTICLES_A32,
  // real news of conflict and security: a counter-offensive (./events/pages-pgb.ts)
  ...PAGES_PGB,
  // and of other outlets' news read by the lead: support noted, pride in a side, talks ended (./events/pages-s32.ts)
  ...PAGES_S32,
  // and of court and arrest news: a ban told by its own verb (./events/pages-sn.ts)
  ...PAGES_SN,
  // and of South Caucasus news: a report called a lie (./events/pages-se.ts)
  ...PAGES_SE,
  // and of world news: strikes suffered, acts asked by their passive verbal noun (./events/pages-sf.ts)
  ...PAGES_SF,
  // and of cooperation and domestic politics: programmes approved with a side, damage that is no strike (./events/pages-sg.ts)
  ...PAGES_SG,
  ...PAGES_SD,
  // and of real diplomacy news: words voiced against a side (./events/pages-sb.ts)
  ...PAGES_SB,
  // and of real news of diplomatic disputes: replies to a side or its words, notes addressed (./events/pages-sh.ts)
  ...PAGES_SH,
  // and of news of ties with Central Asia, Turkey, Pakistan and the EU: standing by a side (./events/pages-si.ts)
  ...PAGES_SI,
  // and of real news of the Russia–Ukraine war: a step welcomed with satisfaction (./events/pages-sj.ts)
  ...PAGES_SJ,
  // and of real news of the Middle East: a truce agreed by its verb (./events/pages-sl.ts)
  ...PAGES_SL,
  // and of real world-power news: diplomats declared persona non grata in the hyphenated spellings (./events/pages-sq.ts)
  ...PAGES_SQ,
  // and of denials and refusals missed across the studied page sets: claims called false, permission refused, a stance
  // not accepted (./events/cause-reject.ts)
  ...CAUSE_REJECT,
  // and of real news of criticism and rebuttal: verdicts on a side's words in someone's speech, harsh words voiced against
  // a side (./events/pages-so.ts)
  ...PAGES_SO,
  // and of the charge words a speaker voices against a named side (cause stop 37, ./events/cause-accuse.ts)
  ...CAUSE_ACCUSE,
  // and of a probe of the material-conflict types on real and invented world news: activists or ships detained in the
  // active, bodies declared undesirable or closed, fire suffered, readiness regimes, militia mobilised (./events/probe-pr-coe.ts)
  ...PROBE_PR_COE,
  // and of paraphrases of the conflictual acts of the studied gold sets: sentenced with `olunmaq`, put on the wanted list,
  // taken into custody by the police, blame laid on a side, talked round, a recommendation or a demand set before a side,
  // a no said, manoeuvres and exercises at a border, a demonstration, an onslaught of drones (./events/paraphrase-conf.ts)
  ...PARAPHRASE_CONF,
  // and of paraphrases of studied headline events into headline shapes: tourists or foreigners detained, people caught by
  // the police, a person taken into custody (./events/headlines-hl.ts)
  ...HEADLINES_HL,
  // and of a second round of them: other verbs, light verbs and nouns of the same acts (./events/paraphrase-conf2.ts)
  ...PARAPHRASE_CONF2,
  // second-round paraphrases of the cooperative acts: hostages let go, a state financed, an apology in the formal verb, a
  // state's demand complied with, partnerships begun, an understanding reached (./events/paraphrase-coop2.ts)
  ...PARAPHRASE_COOP2,
  // and of paraphrases of studied article events (stop 31): relief goods sent, an aid package approved (./events/para-p31a.ts)
  ...PARA_P31A,
  // and invented breadth of political and world news: acts asked of a side by an infinitive, invitations to act, aid frozen,
  // relations downgraded, agreements and embassies suspended (./events/breadth-rs24.ts)
  ...BREADTH_RS24,
  // and invented breadth of force in world news: counted people detained by a force, protests dispersed, drones' hits,
  // clashes of armed forces, ships sunk, control seized, foreign agents declared (./events/breadth-ca24.ts)
  ...BREADTH_CA24,
  // and of invented breadth of cooperation and aid in political and world news: joining an organisation, cooperation
  // developing, intelligence shared, joint building and bodies, refugees taken in (./events/breadth-co24.ts)
  ...BREADTH_CO24,
  // and of invented breadth for accusations, rejections, threats and concessions in political and world news: threats and
  // apologies in verbless headlines (./events/breadth-ac24.ts)
  ...BREADTH_AC24,
  // and of the remaining misses of the studied real headline sets: people named by what they did detained by a police
  // body (./events/headlines-r28.ts)
  ...HEADLINES_R28,
  // and of the studied headline sets' errors of stop 29: a police body's operation told by its noun before a colon
  // (./events/headlines-h29.ts)
  ...HEADLINES_H29,
  // and of the unannotated headline pool and invented world headlines of stop 30: restrictions and counter-sanctions on a
  // state, an embargo extended, a body in Latin letters left, peace made with a side (./events/headlines-h30.ts)
  ...HEADLINES_H30,
  // and of invented paraphrases of the studied headline events at stop 31: a summons to the police by its acronym, one put
  // into custody, mediation or a loan asked of a side (./events/para-p31h.ts)
  ...PARA_P31H,
  // and of real news of law, order and domestic politics read at stop 32: reports denied as not reflecting reality, a
  // complaint or a motion not accepted, a decision disagreed with (./events/pages-pgc.ts)
  ...PAGES_PGC,
  // and of real news of war and security read at stop 33: prisoners exchanged by their genitive, army and attack operations,
  // antiterror measures launched, an operation launched against a side (./events/pages-sa.ts)
  ...PAGES_SA,
  // and of real news of courts, arrests, rallies and hunger strikes read at stop 33 (./events/pages-sc.ts)
  ...PAGES_SC,
];

const V = (s: string) => s.split(" ");

export const events: EventTables = {
  triggers,
  suffixes: {
    verb: V(
      "il ıl ul ül yil yıl yul yül in ın un ün n l ma mə m " +
        "ıb ib ub üb yıb yib yub yüb dı di du dü tı ti tu tü mış miş muş müş ydı ydi ymış ymiş " +
        "acaq əcək yacaq yəcək acağ əcəy yacağ yəcəy ır ir ur ür yır yir yur yür ar ər az əz " +
        "malı məli sa sə ya yə a ə araq ərək yaraq yərək arkən ərkən yarkən yərkən " +
        "an ən yan yən dığ diy duğ düy dıq dik duq dük tığ tiy tuğ tüy tıq tik " +
        "maq mək mağ məy ış iş uş üş " +
        "lar lər dır dir dur dür tır tir tur tür am əm ıq ik uq ük q k san sən sınız siniz sız siz " +
        "sı si su sü ı i u ü ın in un ün nı ni nu nü na nə da də dan dən nda ndə ndan ndən la lə yla ylə " +
        "mız miz muz müz nız niz nuz nüz ki",
    ),
    noun: V(
      "lar lər ı i u ü sı si su sü yı yi yu yü ın in un ün nın nin nun nün a ə ya yə na nə da də nda ndə " +
        "dan dən ndan ndən la lə yla ylə nı ni nu nü m mız miz muz müz n nız niz nuz nüz " +
        "dır dir dur dür dakı dəki ndakı ndəki ki dı di du dü",
    ),
    alternations: [["q", "ğ"], ["k", "y"], ["t", "d"]],
    future: V("acaq əcək yacaq yəcək acağ əcəy yacağ yəcəy"),
    necessitative: V("malı məli"),
    conditional: V("sa sə"),
    negative: V("mayıb məyib madı mədi mayacaq məyəcək mayacağ məyəcəy mır mir mur mür maz məz mamış məmiş mamalı məməli masa məsə mayaraq məyərək mayan məyən"),
    passive: V("il ıl ul ül in ın un ün n"),
    infinitive: V("maq mək"),
    clauseFinal: V("ıb ib ub üb ıblar iblər ublar üblər dı di du dü dılar dilər dular dülər acaq əcək acaqlar əcəklər malıdır məlidir araq ərək arkən ərkən dır dir dur dür"),
    cases: [
      ["ndan", "abl"], ["ndən", "abl"], ["dan", "abl"], ["dən", "abl"], ["tan", "abl"], ["tən", "abl"],
      ["nda", "loc"], ["ndə", "loc"], ["da", "loc"], ["də", "loc"], ["ta", "loc"], ["tə", "loc"],
      ["yla", "ins"], ["ylə", "ins"], ["ilə", "ins"], ["la", "ins"], ["lə", "ins"],
      ["nın", "gen"], ["nin", "gen"], ["nun", "gen"], ["nün", "gen"], ["ın", "gen"], ["in", "gen"], ["un", "gen"], ["ün", "gen"],
      ["na", "dat"], ["nə", "dat"], ["ya", "dat"], ["yə", "dat"], ["a", "dat"], ["ə", "dat"],
      ["nı", "acc"], ["ni", "acc"], ["nu", "acc"], ["nü", "acc"], ["ı", "acc"], ["i", "acc"], ["u", "acc"], ["ü", "acc"],
    ],
    safeCases: [
      ["ndan", "abl"], ["ndən", "abl"], ["nda", "loc"], ["ndə", "loc"], ["yla", "ins"], ["ylə", "ins"],
      ["nın", "gen"], ["nin", "gen"], ["nun", "gen"], ["nün", "gen"], ["nı", "acc"], ["ni", "acc"], ["nu", "acc"], ["nü", "acc"],
    ],
  },
  modes: {
    negWords: ["deyil", "yox"],
    // `O, nə həbs olunub, nə də saxlanılıb`: neither arrested nor detained (a lone `nə` asks "what")
    neitherWords: ["nə"],
    possibleWords: ["bilər", "bilərlər", "biləcək", "biləcəklər", "bilərdi", "bilərik", "bilərəm", "mümkündür", "realdır",
      // the same in a reported clause: `hücum edə biləcəyini bildirib`, `keçirilə bilməsi`
      "biləcəyi", "biləcəyini", "biləcəkləri", "biləcəklərini", "bilməsi", "bilmələri"],
    impossibleWords: ["bilməz", "bilməzlər", "bilmərik", "bilmərəm", "bilmir", "bilmirlər", "bilməyib", "bilməyiblər",
      "bilmədi", "bilmədilər", "bilməyəcək", "bilməyəcəklər",
      // past tenses of the story told before (`Bakıya gələ bilməmişdi`, `iştirak edə bilmirdi`)
      "bilməmişdi", "bilməmişdilər", "bilmirdi", "bilmirdilər", "bilmədik", "bilmədim",
      "bilmədiyi", "bilmədiyini", "bilmədikləri", "bilmədiklərini", "bilməyəcəyi", "bilməyəcəyini", "bilməməsi"],
    futureWords: ["gözlənil", "planlaşdır", "nəzərdə"],
    upcomingWords: ["qarşıdakı"],
    // `2023-cü ildə həbs edilmiş sakinlər`, `hücuma başladığı ildən bəri`: participles of an act done describing a noun
    doneParticiples: { relative: ["dığ", "diğ", "duğ", "düğ", "tığ", "tiğ", "tuğ", "tüğ"], perfect: ["mış", "miş", "muş", "müş"] },
    // `görüşün vaxtı müəyyənləşib`, `səfərin tarixi açıqlanıb`: the act's time fixed, the act to come
    scheduleWords: ["vaxtı", "tarixi"],
    // `rüsumlar tətbiq etməyi tövsiyə edib` recommends imposing them
    proposalWords: ["tövsiyə"],
    // `X-ə … bildiriş göndərmək həvalə olunub`, `… tapşırılsın`: a body tasked with the act (an order's formula)
    taskWords: ["həvalə", "tapşırıl", "tapşırıb", "tapşırır", "tapşırsın"],
    // `… adekvat cavab verməyə məcbur olacağıq`: compelled to act, still to come (`məcbur olub`, had to, tells what happened)
    compelledWords: ["məcbur"],
    compelledCopulas: ["olacaq", "olacaqlar", "olacağıq", "olacağam", "qalacaq", "qalacaqlar", "qalacağıq"],
    // `geri çəkilmək məcburiyyətində qalıb`, `istefa verməyə məcbur olub`: compelled, and so done (not `məcbur edib`, compelled another)
    compelledDoneVerbs: ["ol", "qal"],
    // stated intent is readiness too (guidelines: intent to cooperate is AGREE, asserted): `… etmək niyyətindədir`,
    // `… görüşmək istəyir` (a past `istəyib` tells an attempt or a wish that passed: no intent stated)
    readinessWords: ["hazır", "niyyətində", "istəyir", "istəyirlər", "istədiyini", "istədiklərini",
      // `… görüşmək istərdi(m)` would like to: the wish stated now; `əməkdaşlığı genişləndirməkdə maraqlıdır`: interest stated
      "istərdi", "maraqlı"],
    // `istefa verməyə hazırlaşır` prepares to resign (planned), unlike `istefa verməyə hazırdır` (ready: an offer)
    preparingWords: ["hazırlaş"],
    // `Prezidentə təşəkkürümü bildirmək istərdim`, `Sizi təbrik etmək istəyirəm`: thanks or praise said by the speaker
    performWishWords: ["istəyirəm", "istəyirik", "istərdim", "istərdik"],
    // `… təxribatdan başqa bir şey deyil`: nothing but a provocation, a charge asserted
    nothingButWords: ["başqa", "savayı", "özgə"],
    decisionWords: ["qərarına", "qərara"],
    decisionAfterTopic: ["qərar"],
    continueWords: ["davam"],
    // `qoşunlarını çıxarmağa başlayıb`, `hücum etməyə başlayıblar`: begun, as told by the verb of beginning (not `başlanğıc`)
    beginWords: ["başlay", "başlad", "başlam"],
    // `X-i öldürməyə cəhd edib` tried to kill X; `X-i öldürmək istəyiblər` wanted to (a past wish to strike or to seize)
    attemptWords: ["cəhd"],
    wishedWords: ["istəyib", "istəyiblər", "istədi", "istədilər"],
    attemptTypes: ["ASSAULT", "COERCE"],
    reportedWords: ["bildirilir", "iddia", "deyilir", "ehtimal", "güman"],
    claimWords: ["iddia", "ehtimal", "güman"],
    concessive: ["də", "da"],
    conditionWords: ["təqdirdə", "halda", "halında", "şərtilə"], // `əməl olunmaması halında` in case it is not kept
    reportedFrames: ["söz", "iddia", "fikr", "ehtimal"],
    // `KİV: …` "media: …" opens a line of what the press reports (and `İddia: …` "claim: …" a line of what someone claims)
    // (and `Media: …`, the press at large)
    mediaLabels: ["kiv", "iddia", "media"],
    // `X Y ilə gizli görüşübmüş`, `… təklif edibmiş`: the perfect with `-miş` after it is hearsay
    hearsayEndings: ["ıbmış", "ibmiş", "ubmuş", "übmüş", "ıblarmış", "iblərmiş", "ublarmış", "üblərmiş"],
    // `Nəşrin yazdığına görə` "as the outlet wrote", `yaydığı məlumata görə` "by the news it spread"
    pressVerbs: ["yaz", "yay"],
    // `“Turan” yazır ki, …`, `X.az xəbər verir ki, …`: an outlet's lead line, its subject no doer in the clause after it
    outletLeads: ["xəbər", "yaz"],
    // `görüş baş tutmayacaq`, `sammit keçirilməyəcək`, `görüş olmayacaq`: the event does not take place
    happenWords: ["baş", "keçiril", "olmayacaq", "olmayıb", "olmadı", "reallaş", "gerçəkləş", "getmə"],
    questionParticles: ["mı", "mi", "mu", "mü"],
    // a question told in reported words (`… aparılacaqmı sualına cavab verib`, ./events/pages-sf.ts)
    questionNouns: ["sual"],
    // `X Y-i niyə vurdu?`, `nə vaxt görüşəcək?`: asked why, when or how, the act is given (a pair is one string)
    presupposingQuestionWords: ["niyə", "nəyə görə", "nə üçün", "nə vaxt", "necə", "harada", "haraya"],
    // `X-in qarşısı alınıb` "X was prevented"
    preventWords: ["qarşısı", "qarşısını"],
    // `X-dən … dayandırmasını istəyib` asked X to stop …
    // (and in the nominative, the subject of a passive of asking: `diplomatların ölkəni tərk etməsi tələb edilib`)
    askedActEndings: ["masını", "məsini", "malarını", "mələrini", "ması", "məsi", "maları", "mələri"],
    askWords: ["istə", "xahiş", "tələb"],
    // `… etiraf etməsini, … cəzalandırılmasını və … ödənilməsini tələb edib`: each act of the list is asked
    askedActLinks: [",", "və"],
    // `prezidentlər səviyyəsində görüş təklif edib`: a meeting offered is no meeting
    offerWords: ["təklif"],
    // `cavab zərbəsi endirəcəyini bəyan edib` a counter-strike announced: a threat
    retaliationWords: ["cavab"],
    announceWords: ["bəyan", "bildir", "açıqla", "xəbərdarlıq", "elan", "vəd"],
    selfDemandEndings: V("malıyıq məliyik malıyam məliyəm"),
    // `"Cəbhəçiləri azad edin"`, `"X hücumları dayandırsın"`: a demand in the speaker's words (not `edim`, `edək`, one's own)
    demandImperatives: V("in ın un ün yin yın yun yün iniz ınız unuz ünüz yiniz yınız yunuz yünüz sın sin sun sün sınlar sinlər sunlar sünlər"),
    // `"İcazə verin, Sizi … təbrik edim"`, `"… təbriklərimi qəbul edin"`: formulas of a letter, no demand
    courtesyImperatives: ["icazə verin", "icazə veriniz", "qəbul edin", "qəbul ediniz", "qəbul buyurun"],
    // `"Ola bilər ki, müəllim akademiyanı bitirsin"`: the third person after `ki` wishes or supposes, asks no one
    embeddedImperatives: V("sın sin sun sün sınlar sinlər sunlar sünlər"),
    embeddingWords: ["ki"],
    // `"… bayramınız mübarək olsun"`, `"gözünüz yolda olsun"`: a wish of being
    wishStems: ["ol"],
    // (only the future: `getməli olub` "had to go" tells what happened)
    demandCopulas: V("olacaq olacaqlar"),
    // `yüksək olmalıdır`, `bu birmənalı şəkildə olmalıdır` "should be …": a norm, no act asked of anyone
    normCopulas: ["olmalı", "olmalıdır", "olmalıdırlar", "olmalıdı"],
    demandWords: ["lazımdır", "vacibdir", "zəruridir", "gərəkdir", "şərtdir"],
    // -dıqda "when/if … does": the clause is the time or condition of another
    conditionEndings: V("dıqda dikdə duqda dükdə tıqda tikdə tuqda tükdə"),
    // `X-in uzaqlaşdırılmasını nəzərdən keçirir` considers an act, which may or may not follow
    // `X-in öldürülməsi ehtimalından danışıb` speaks of a likelihood: the act may or may not come
    considerWords: ["nəzərdən", "ehtimalı", "ehtimalını", "ehtimalından", "ehtimalına", "ehtimalının",
      // `X-i vəzifəsindən uzaqlaşdırmağı düşünür` thinks of doing it: the act weighed, not done
      "düşünür", "düşünürlər", "düşünürük", "düşünürəm", "düşündüyünü", "düşündüklərini", "düşündüyü", "düşünüb", "düşünüblər"],
    // -ma/-mə as a noun (`imzalanma mərasimi`, `razılaşdırılma mərhələsi`), not `imzalamadı`
    shortVerbalNouns: ["ma", "mə"],
    // `sammitdə iştirak etmək üçün gəlib`: the summit taken part in is what the trip is for, still to come
    purposeWords: ["üçün", "məqsədilə"],
  },
  // (`endir` as in `zərbə endirdiyini`, whose verbal noun is spelt like a noun's endings)
  lightVerbs: ["et", "ed", "ol", "ver", "göstər", "apar", "keçir", "qoy", "bildir", "ifadə", "tətbiq", "elan", "istə", "gəl", "get", "endir"],
  // `baş verib` happened; `başa çatıb` ended, `başa düşüb` understood
  bareNeeds: ["baş"],
  // `Ermənistana yük tranzitinə icazə verib`, `jurnalistlərin Qəzzaya girişinə icazə verib`: passage let through
  passageNouns: ["tranzit", "giriş", "daşınma", "keçid", "uçuş", "ixrac", "idxal"],
  // `münasibətlər kəskin pisləşib` sharply worsened: no ties cut
  ownWords: ["kəskin"],
  partitiveNouns: ["hissə", "qism", "əksəriyyət"],
  // `etmək` only: nouns held (`iclas keçirilib`), carried out or given take verbs a headline keeps
  droppedLightVerbs: ["et"],
  // `X-dən Y-yə xəbərdarlıq`, `X-dən Y-yə başsağlığı`, `X-dən Y-yə məktub`, `X-in Y-yə zəngi`: who did it to whom, no verb
  droppedFrameVerbs: ["et", "ver", "göndər", "ünvanla", "bildir", "göstər", "vur", "tətbiq"],
  // `olunmaq`, the passive of `olmaq`, stands for `edilmək` (`tənqid olunub`, `azad olunub`, `qəbul olunub`)
  passiveLightVerbs: [["ol", "et"]],
  namedGatherings: NAMED_GATHERINGS.map(([name]) => name),
  ceremonyNouns: ["açılış"],
  // `X-in tələblərinə boyun əyməyəcəyik`, `təslim olmayacaq`, `silahlarımızı yerə qoymayacağıq`: a refusal to yield
  yieldWords: ["boyun", "təslim", "silah"],
  eventNouns: ["sammit", "iclas", "tədbir", "forum", "konfrans", "görüş", "mərasim", "toplantı", "sessiya", "müzakirə", "danışıq", "qurultay", "zirvə", "parad", "seminar", "yığıncaq", "ziyafət", "açılış"],
  // `Tailand-Kamboca sərhədində atışma olub`: a clash at the border of a pair is between the pair (./events/para-p31h.ts)
  borderNouns: ["sərhəd"],
  // `2014-cü il sentyabr 18 tarixli qətnaməsi`: a date made a document's attribute dates that document
  dateAttributes: ["tarixli"],
  placeNouns: ["ərazi", "şəhər", "paytaxt", "bölgə", "rayon", "vilayət", "kənd", "qəsəbə", "əyalət", "region", "sərhəd", "zolaq"],
  // (and a street's, an avenue's, a square's or a centre's, `X küçəsində`, `X meydanında`, `X-in mərkəzində`: a name
  // there, a person's too, is an address, no side)
  vicinityNouns: ["yaxınlıq", "ətraf", "küçə", "prospekt", "meydan", "mərkəz", ...VENUE_NOUNS],
  // `Rustaveli prospektində etirazçılar saxlanılıb`: a street's name is an address, not the state acting or protesting there
  // (the city or country named with it is; `Tbilisi küçələrində`, plural, are the city's streets)
  addressNouns: ["küçə", "prospekt", "meydan", "bulvar", "xiyaban"],
  // `Şəmkir sakini … evini qarət etdi`, `X sakinləri … təşəkkür edib`: people living there, the place no side
  residentNouns: ["sakin"],
  privateNouns: ["vətəndaş", "turist"],
  // `İranda millət vəkili … ittiham etdi`, `Rusiyada deputatlar … tələb edib`: one holding a public role there acts for the state
  // (possessed, only as the head of a compound: `millət vəkili`, `xarici işlər naziri`; not `X-in vəkili`)
  // `ABŞ qoşunlarını Suriyadan çıxaracaq`, `Fransa hərbçilərini Nigerdən çıxarıb`: its own forces withdrawn or sent
  forceNouns: ["qoşun", "hərbçi", "əsgər", "ordu", "kontingent", "sülhməramlı", "qüvvə"],
  // `Tbilisidə hüquq-mühafizə orqanları həbslərə başlayıb`, `xüsusi təyinatlılar aksiyanı dağıdıb`: the police's force
  // (compounds as `modifier head`; an opposition's or a rebels' forces are no police: none of those here)
  enforcerNouns: ["hüquq-mühafizə orqan", "təhlükəsizlik qüvvə", "təhlükəsizlik orqan", "hökumət qüvvə", "təyinatlı"],
  // `Etirazçılar … tələb edirlər`, `Müxalifət … tələb edir`, `mitinq iştirakçıları … tələb ediblər`: a crowd asks, no one named
  crowdAskers: ["müxalifət", "müxalifətçi", "etirazçı", "nümayişçi", "aksiyaçı", "mitinq", "aksiya", "piket"],
  // `Tbilisidə aksiyada 20 nəfər saxlanılıb`, `Mitinqlər zamanı xeyli etirazçı saxlanılıb`: detentions at a protest, the
  // police's, so the state's where it is held (the page gold sets); suspects held in a town with no protest name no side
  unrestNouns: ["aksiya", "etiraz", "etirazçı", "mitinq", "nümayiş", "nümayişçi", "piket", "yürüş", "iğtişaş"],
  placeRoleNouns: ["deputat", "nazir", "senator", "spiker", "parlamentari", "konqresmen", "vəkil", "sədr", "sözçü"],
  // `forumun açılış sessiyasında çıxış edib`: at the opening of a gathering held over days, on its first day
  openingWords: ["açılış"],
  // `dekabrda baş vermiş faciəyə görə üzr istəyib`: the date of the cause, not of the apology
  causeWords: ["görə"],
  // `Xəbər.az X ilə əlaqə saxlayıb`: an outlet asking for comment, no meeting (the country's own domain only: a firm's
  // `.com`, `Booking.com`, is a side of suits and demands)
  outletDomains: [".az"],
  // `"Report"un məlumatına görə, nazir … nəzərə almalı olduqlarını deyib`, `TASS … tələb edirlər`: the agency that tells
  // or is told, no side of the act (the outlet's own words, `Report sorğu göndərib`, tell no act between sides)
  outletNames: ["Report", "APA", "Trend", "AZƏRTAC", "Turan", "TASS", "RİA Novosti", "İnterfaks", "Reuters", "Bloomberg",
    "AFP", "Associated Press", "Anadolu Agentliyi", "İTV", "AzTV", "ARB", "KİV"],
  // `1989-cu il təvəllüdlü X saxlanılıb`, `1980-ci ildə anadan olmuş X`: a birth date, never the act's
  birthWords: ["təvəllüd", "anadan"],
  // `X Y-i Z-dən neft almağa görə tənqid edib`: Y bought the oil
  blameVerbs: ["tənqid", "pislə", "qına", "ittiham", "günahlandır", "məzəmmət", "təşəkkür", "təbrik", "təriflə", "cəzalandır", "alqışla", "hədələ"],
  between: ["arasında", "arasındakı"],
  // a background war's target, what ends it and what makes a side end it (`Y-yə qarşı`, `X-i … dayandırmağa məcbur`)
  warSides: { against: ["qarşı"], ends: ["dayandır", "bitir", "başa", "sona", "son"], causes: ["məcbur", "vadar"] },
  agent: ["tərəfindən"],
  frameNouns: ["söz", "xəbər", "məlumat", "mövqe", "fikir", "fikr", "iddia", "açıqlama", "bəyanat", "qərar", "tələb"],
  framePostposition: ["görə", "əsasən"],
  // `X-in NTV telekanalına istinadən verdiyi məlumata görə`, `APA-ya istinadən`: the outlet cites another, still no side
  citingWords: ["istinadən"],
  complementisers: ["ki"],
  timeOfEventNouns: ["gün", "saat", "həftə"],
  eventFrames: ["zamanı", "ərzində", "çərçivəsində", "sonra", "yekununda", "nəticəsində", "gedişində", "əsnasında", "kənarında"],
  withinFrames: ["zamanı", "çərçivəsində", "gedişində", "əsnasında", "kənarında"],
  sharedFrames: ["zamanı", "ərzində", "sonra", "əsnasında", "gedişində"],
  // `… paraflanıb. Mərasimdə …`, `… basqın edib. Əməliyyat zamanı …`: the occasion the dated sentence told
  occasionNouns: ["mərasim", "tədbir", "əməliyyat", "görüş", "iclas", "toplantı", "danışıq", "söhbət", "sammit", "basqın", "çıxış",
    // (and the protests, clashes, votes and searches of domestic news: `… aksiyanı dağıdıb. İğtişaşlar zamanı …`)
    "aksiya", "iğtişaş", "toqquşma", "səsvermə", "axtarış", "reyd", "mitinq", "nümayiş", "yürüş"],
  // `X … cərimələyib. Qərar çərşənbə günü … elan edilib`: the decision or document the act made, dated in the next sentence
  decisionNouns: ["qərar", "paket", "sənəd", "saziş", "razılaşma", "müqavilə", "memorandum", "qətnamə"],
  // (and of time: `X gecə ərzində Y-ə … buraxıb`, X is the subject, no owner of a night)
  postpositionNouns: ["müqabilində", "qarşılığında", "əvəzində", "ərzində", "müddətində"],
  // (and what a gathering or a work is dedicated to, `Memorandumun imzalanmasına həsr olunmuş tədbirdə`: the act told before,
  // or a theme, no act of the gathering's)
  topicWords: ["dair", "barədə", "haqqında", "mövzusunda", "istiqamətində", "bağlı", "əlaqədar", "üzrə", "məsələsində", "məsələsinə", "həsr"],
  issueNouns: ["məsələ"],
  // (`Diviziyanın X ilə birlikdə açılışı barədə danışdı`: X opened it with the division, and is no partner of the talk)
  togetherWords: ["birlikdə", "bərabər"],
  // (`Bu barədə X-dən məlumat verilib. … Zərurət olmadıqda … daxil olunmaması xahiş olunur`: X asks the public)
  passiveAsks: ["xahiş"],
  orderNouns: ["göstəriş", "əmr", "sərəncam", "fərman", "qərar"],
  topicLinks: ["ilə"],
  coordinators: ["və", "həmçinin", "eləcə"],
  ownStateNouns: ["ölkə"],
  beforeWords: ["əvvəl", "öncə", "ərəfəsində"],
  anaphoric: ["bu", "həmin", "sözügedən", "adıçəkilən"],
  timeShift: ["sonradan", "sonra", "əvvəl", "əvvəllər", "daha", "keçmişdə"],
  // `yanvarın sonuna qədər uzadılıb`, `mayın 1-dək uzadılıb`: the end of a span, no date of the act told done; `2022-ci
  // ilin fevralından bəri ən böyük paketdir`: the start of a span up to now, no date of an act not told done (one told done
  // since then, `2022-ci ilin fevralından bəri 17 paket qəbul edib`, is the background of those years, dated by it)
  // `Füzuli rayonunun kəndlərini atəşə tutub`, `Xarkov vilayətinin yaşayış məntəqələrini`: done to the place
  placeUnitNouns: ["rayon", "vilayət", "bölgə", "əyalət", "qəza", "diyar", "region"],
  placeUnitParts: ["kənd", "yaşayış", "ərazi", "məntəqə", "mövqe", "şəhər", "qəsəbə", "obyekt", "infrastruktur", "ev", "bina", "yol", "sərhəd", "mərkəz"],
  // a village, a settlement or a district by the bare name heading it (`Şıxlar kəndi yaxınlığında`, `Çinarlı, Muğancıq kəndləri
  // istiqamətində`, `X, Y yaşayış məntəqələri`): ground, no doer
  groundNouns: ["kənd", "qəsəbə", "rayon", "məntəqə"],
  untilWords: ["qədər"],
  untilEndings: ["dək", "dəkki"],
  sinceWords: ["bəri"],
  // (and `Qeyd edək ki, …`, "let us note", read by its second word: `qeyd olunub ki` is a report, no background)
  backgroundWords: ["xatırladaq", "xatırladım", "xatırlatma", "xatırladılır", "edək"],
  groupRefs: [
    ["hər", "iki", "ölkə"], ["iki", "ölkə"], ["hər", "iki", "tərəf"], ["tərəflər"], ["hər", "iki", "dövlət"], ["iki", "dövlət"],
    ["iki", "*", "ölkə"], ["iki", "*", "dövlət"], ["iki", "qonşu"], ["ölkələr", "arasında"],
  ],
  // (a state told as where a thing is, `Yəməndəki münaqişə`, is none of them: ./events/articles-a31.ts)
  groupSceneAttribute: SCENE_ATTRIBUTE,
  // (`84 yaşlı siyasətçi …` after a state's act on a named person: that person, ./events/articles-a31.ts)
  personSubjectNouns: PERSON_SUBJECT_NOUNS,
  // (the two leaders just told: `İki lider … görüşəcəklərini razılaşdırıblar`)
  // (and the two bodies or firms just told: `X və Y arasında memorandum imzalanıb. İki qurum … razılığa gəlib`)
  leaderGroupRefs: [["hər", "iki", "lider"], ["iki", "lider"], ["hər", "iki", "qurum"], ["iki", "qurum"], ["hər", "iki", "şirkət"], ["iki", "şirkət"], ["hər", "iki", "təşkilat"], ["iki", "təşkilat"]],
  // `Bayramov Lavrovla danışıb. Nazirlər … müzakirə ediblər`, `İki lider …`, `dövlət başçıları`, `hər iki ölkənin liderləri`
  peopleGroups: { nouns: ["nazir", "lider", "başçı", "prezident", "həmsədr", "rəhbər"], counts: ["iki", "üç", "dörd"] },
  // (a court's measure or a case about a named person, `X barəsində həbs qətimkan tədbiri seçilib`, `X barəsində cinayət işi
  // başlanılıb`, is done to X: the name stands as the object)
  postpositionCases: [["ilə", "ins"], ["barəsində", "acc"]],
  namingVerbs: ["adlandır"],
  // `tərəflər ABŞ-ın vasitəçiliyi ilə razılaşıb`: the mediator helped, the sides agreed with each other
  // (and adverbs of "so far" that stand there alike: `təklifi hələlik qəbul etməyib`; and of manner or time, `neftin alışını
  // müvəqqəti dayandırıb`, `sanksiyaları tamamilə ləğv edib`, `münasibətləri rəsmən kəsib`)
  focusParticles: ["da", "də", "hələlik", "hələ", "müvəqqəti", "tamamilə", "rəsmən", "dərhal", "qismən", "birdəfəlik", "bütünlüklə", "faktiki", "yenidən"],
  contrastParticles: ["isə"],
  meansNouns: ["vasitəçilik", "dəstək", "kömək", "təşəbbüs", "köməklik"],
  // `X-in nəzarətində olan ərazilərə`, `X-də yerləşən bazaya hücum`: the clause tells whose the target is, its names sides
  relativeStatives: ["ol", "yerləş"],
  // (a participle of lying somewhere after a date, `yanvarın 11-də … kəndində yerləşən mövqelərindən`, leaves the date to the act)
  locatedVerbs: ["yerləş"],
  // (a date opening a report's topic, `Sentyabrın 14-ü … atəşə tutulması barədə yayılan məlumat yalandır`, is the topic's)
  reportNouns: ["məlumat", "xəbər", "iddia", "şayiə"],
  // (a quoted verb of the first person, `"X-in töhfəsini yüksək qiymətləndiririk"`, is the speaker's act)
  firstPersonEndings: ["am", "əm", "yam", "yəm", "ıq", "ik", "uq", "ük", "yıq", "yik", "yuq", "yük"],
  // `Milli Məclis … . Parlament …`: the parliament told before by its own name
  bodyHeadsAlike: { parlament: ["məclis", "duma", "rada", "seym", "knesset", "senat", "konqres", "assambleya"] },
  bodyNouns: ["hökumət", "dövlət", "tərəf", "rəhbərlik", "hakimiyyət", "ordu", "parlament", "nümayəndə", "vətəndaş", "səfir", "səfirlik", "diplomat",
    // people and organs of a body or state: `X-in rəsmi şəxsləri ilə`, `X rəsmiləri ilə` (a meeting with X),
    // `X liderləri`, `X ölkələri ilə`, `X polisi`, `X məhkəməsi`
    "şəxs", "rəsmi", "lider", "ölkə", "polis", "məhkəmə",
    // a state's firms and banks (`iki Çin bankını qara siyahıya salıb`, `ABŞ şirkətlərinə`)
    "şirkət", "bank",
    // a state's government called its regime in Iranian and partisan wording (`İsrail rejiminin cinayətlərini pisləyib`,
    // `İran rejimi`): the state acts or is acted on
    "rejim"],
  settingNouns: ["bəyanat", "müsahibə", "çıxış", "açıqlama", "məktub", "müraciət", "paylaşım", "mesaj", "danışıq", "söhbət", "brifinq", "şərh"],
  organNouns: ["hökumət", "hakimiyyət", "rəhbərlik", "ordu", "qoşun", "parlament", "polis", "məhkəmə", "prokurorluq", "səfirlik", "nazirlik", "heyət"],
  // a delegation led by a person (`X-in başçılığı ilə nümayəndə heyəti … səfər edəcək`, `X-in rəhbərlik etdiyi heyət`): X acts
  leaderNouns: ["başçılıq", "rəhbərlik"],
  memberBodies: [
    ["deputatlar", ["parlament", "məclis", "assambleya", "duma", "rada", "palata", "seym", "bundestaq", "knesset", "konqres"]],
    ["parlamentarilər", ["parlament", "məclis", "assambleya", "duma", "rada", "palata", "seym", "bundestaq", "knesset"]],
    ["senatorlar", ["senat"]],
    ["konqresmenlər", ["konqres", "palata"]],
  ],
  interviewers: ["jurnalist", "jurnalisti", "müxbir", "müxbiri", "aparıcı", "aparıcısı", "bloger", "telejurnalist"],
  // `-arkən` "while" and `-araq` "by doing": `Forumda çıxış edərkən X bildirib`, X spoke there
  sharedSubjectConverbs: V("arkən ərkən yarkən yərkən araq ərək yaraq yərək"),
  pronouns: [["o", "nom"], ["onun", "gen"], ["ona", "dat"], ["onu", "acc"], ["onunla", "ins"], ["ondan", "abl"], ["onda", "loc"]],
  ownership: ["məxsus", "aid"],
  reflexives: ["öz"],
  capitals,
  vetoes: {
    // `zəng edin`, `ziyarət edin`, `müraciət ediniz`: the reader is told what to do
    readerImperatives: V("in ın un ün yin yın yun yün iniz ınız unuz ünüz yiniz yınız yunuz yünüz"),
    // `Azərbaycana gələn turistlər`, `depozit tələb edən proqram`
    subjectParticiples: V("an ən yan yən"),
    // `gələcək seçkilərə`, `əməkdaşlıq edə biləcək ölkələrə`: the future participle before its noun
    futureParticiples: V("acaq əcək yacaq yəcək"),
    // `tələb edirik`, `çağırıram`
    speakerPersons: V("am əm yam yəm ıq ik uq ük yıq yik yuq yük san sən sınız siniz sunuz sünüz"),
    // a parliament's sitting (`Milli Məclisin iclasında`) is its own routine, no meeting between sides
    // `Norveç parlamentinin sədri … xəbərdarlıq edib`: the speaker of a parliament warns, no thing of Norway threatens
    officeNouns: ["sədr", "spiker", "vitse-spiker", "nazir", "prezident", "vitse-prezident", "rəhbər", "başçı", "sözçü", "katib", "müavin",
      "deputat", "səfir", "nümayəndə", "kansler", "lider", "müşavir", "komandan", "komandir", "rəis"],
    // `müharibə başlayan il`, `görüş keçirilən gün`: the time something else happened
    timeNouns: ["il", "gün", "ay", "həftə", "gecə", "səhər", "axşam", "dövr"],
    // (and so is a court's hearing, `Apellyasiya Məhkəməsi … keçirilən iclasda`: a sitting of its own, no meeting)
    legislatures: ["məclis", "parlament", "seym", "duma", "konqres", "senat", "rada", "knesset", "bundestaq", "məhkəmə"],
    // `Prezidentin imzaladığı Sərəncam`, `qanunu … imzalayıb`, `əmrlər imzalayıb`; but `sazişin ratifikasiyası haqqında qanunu`
    ownActs: {
      cameo: "057",
      acts: ["sərəncam", "fərman", "qanun", "qərar", "əmr"],
      agreements: ["saziş", "müqavilə", "memorandum", "konvensiya", "protokol", "bəyannamə", "ratifikasiya", "sənəd", "razılaşma", "anlaşma"],
    },
    // `X-in çıxmasını tələb edən qətnamə qəbul edib`, `sanksiyaları pisləyən bəyanat yayıb`: the issuer's act, told as content
    statementNouns: ["bəyanat", "bəyannamə", "qətnamə", "müraciət", "məktub", "kommünike"],
    // `heç kim … həbs olunmayıb`, `heç kəsə təzyiq edilmir`: an act denied of no one denies a kind of act
    nobody: { word: "heç", stems: ["kim", "kəs"] },
    // `həbsdə olan jurnalist`, `həbsdə qalır`: in custody, no arrest (`həbsdə saxladı`, kept in custody, is one)
    stateVerbs: ["ol", "qal"],
    // `Türkiyə hücumu qınayıb`, `X həbsi siyasi təqib adlandırıb`: the act judged is not the judge's
    judgingWords: ["qına", "pislə", "tənqid", "adlandır", "qiymətləndir", "dəyərləndir", "etiraz"],
    // `X və Y istiqamətində səfər edə bilərlər`: trips toward places, no visit of a side
    areaNouns: ["istiqamət"],
    // `müştərilər müqavilələri imzalayacaqlar`, `bank müştərilərinə həllər təklif edir`
    clientNouns: ["müştəri", "istifadəçi", "abunəçi"],
    // `sürücülərə xəbərdarlıq edib`, `vergi ödəyicilərinin … əməl etməsi ilə bağlı xəbərdarlıq edib`: a rule or a danger told
    // to the public or a trade, no side threatened (`X-in vətəndaşlarına`, a state's people with the state named, keeps it)
    publicNouns: ["vətəndaş", "sürücü", "valideyn", "sakin", "ödəyici", "podratçı", "sahibkar", "istehlakçı", "turist",
      "şəxs", "əhali", "müştəri", "istifadəçi", "abunəçi", "sərnişin", "piyada", "tələbə", "işəgötürən"],
    // `Nazirlik Y-dən … tələb edib`, `Müxalifət … keçirilməsini tələb edir`, `Etirazçılar … tələb edirlər`, `alyans Y-dən
    // … tələb edib`: a body or a group asks, no thing
    askerNouns: ["nazirlik", "müxalifət", "müxalifətçi", "etirazçı", "nümayişçi", "aksiyaçı", "alyans", "təşkilat", "qurum",
      "partiya", "hərəkat", "komitə", "şura", "idarə", "agentlik", "səfirlik", "administrasiya", "hökumət", "rəhbərlik",
      "hakimiyyət", "diplomat", "redaktor", "jurnalist", "fəal", "tərəf", "ittifaq", "blok", "koalisiya"],
    // `müharibə başlayanda X nefti cəbhəni təmin edirdi`: when the war began, no side of it named
    whenConverbs: ["anda", "əndə", "yanda", "yəndə"],
    // `müqaviləni imzalama səlahiyyətinə malik şəxs`, `sazişi imzalamaq hüququ`: a power to act, no act
    // (and a stage a procedure is in, `razılaşdırılma mərhələsindədir`: the act still under way, none done)
    capacityNouns: ["səlahiyyət", "hüquq", "mərhələ"],
    // `qəsdən adam öldürmə ittihamı ilə axtarışa verilib`: the crime a charge or a suspicion names, no act done
    chargeNouns: ["ittiham", "şübhə", "maddə", "cinayət"],
    // `jurnalistlərin azad edilməsi tələbi çatdırılıb`, `atəşin dayandırılması çağırışı`: what is asked, no act done
    // (and what is proposed or refused, `qüvvələrin yerləşdirilməsi ideyasına qarşı çıxıb`, `raketlərin verilməsindən imtina
    // edib`: no act done)
    askedNouns: ["tələbi", "tələbin", "tələbl", "çağırış", "xahiş", "ideya", "təklif", "imtina"],
    // `Qrinerin azad edilməsi üçün çalışan`, `bəyanatın imzalanmasından sonra`, `sərhədin açılmasına müsbət yanaşır`: a
    // release, a signing, a protest or cooperation named by its possessed verbal noun is an aim, a condition or a time; the
    // page gold of 21 sets lists 2 of 22 such (the finite `azad edilib`, `imzalanıb` stays)
    nominalOnlyTypes: ["RETREAT", "SUPPORT", "PROTEST", "COOPERATE"],
    // `qeydiyyatdan keçməməsi … imtina etməsi kimi qiymətləndiriləcək`, `müharibəyə qoşulması kimi qəbul ediləcək`: what
    // something is counted as, no act done (a noun judged, `soyqırımı kimi qiymətləndirib`, is no verbal noun and stays)
    deemed: { like: ["kimi"], judging: ["qiymətləndir", "dəyərləndir", "hesab", "sayıl", "qəbul"] },
    // sport news: `Premyer Liqa: "A" - "B" görüşündə …` (a match), `"A" səfərdə qalib gəldi` (an away game), `oyunçusu …
    // Bakıya gəlməyəcək`, `beş klubu cərimələndi`, `futbolçu cəzalandırıldı`; words of play only (not `idman`, whose
    // minister meets people, nor `qol`, as in `qol çəkmək` to sign, nor `klub`, as the Valdai club one meets)
    play: {
      // (a league only by its sport's name: `Ərəb Dövlətləri Liqası`, `Avami Liqa` are no sport)
      words: ["futbol", "futzal", "voleybol", "basketbol", "həndbol", "oyunçu", "matç", "azarkeş", "çempionat", "turnir",
        "millisi", "məşqçi", "stadion", "qapıçı", "hücumçu", "kubok", "superkubok", "güləşçi", "boksçu", "şahmatçı", "penalti",
        "heç-heçə", "uduz", "affa", "pfl", "premyer liqa", "çempionlar liqa", "konfrans liqa", "avropa liqa", "birinci liqa",
        "millətlər liqa", "gənclər liqa", "dç-", "seçmə mərhələ"],
      // (and a coach or an official a sport body dismisses, `AFFA X-i vəzifəsindən azad etdi`: no act between sides)
      // (and athletes or a team congratulated or praised, `güləşçiləri təbrik edib`, `azarkeşlərə görə X-i tərifləyib`: sport
      // news, no support between sides)
      // (and an offer turned down, an attack, a threat or criticism in a game, `şahmatçı … heç-heçə təklifini rədd edib`)
      acts: ["görüş", "səfər", "qəbul", "gəl", "konfrans", "cərimə", "cərimələ", "cəza", "cəzalandır", "xəbərdarlıq", "azad",
        "təbrik", "təriflə", "rədd", "imtina", "hücum", "hədələ", "tənqid"],
      // `"X" klubuna xəbərdarlıq edildi`, `klubu cərimələnib`: a club disciplined is a team (a club met, `Valday klubu ilə
      // görüş`, is none: `klub` tells play before these acts only)
      clubWords: ["klub"],
      clubActs: ["cərimə", "cərimələ", "cəza", "cəzalandır", "xəbərdarlıq"],
    },
  },
};
