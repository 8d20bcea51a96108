// Azerbaijani tables of the events stage: news triggers (verbs, light-verb phrases and their
// nouns) with the case each governs, and the endings by which forms and modality are read.
// PLOVER types, modes and CAMEO codes follow the PLOVER manual and CAMEO2PLOVER table
// (openeventdata/PLOVER, CC BY-SA 4.0); see ./events/README.md.
import type { EventTables, TriggerEntry } from "../../extract/events/tables.js";
import { CLDR_TERRITORIES } from "./entities/countries.js";
import { COUNTRY_SPELLINGS } from "./entities/places.js";

/** Capitals by the ISO code of their state (facts of geography). */
const CAPITALS: [string, string][] = [
  ["Bakı", "AZ"], ["Moskva", "RU"], ["Vaşinqton", "US"], ["Tehran", "IR"], ["Ankara", "TR"], ["İrəvan", "AM"],
  ["Tbilisi", "GE"], ["Kiyev", "UA"], ["Kiyiv", "UA"], ["Minsk", "BY"], ["Astana", "KZ"], ["Daşkənd", "UZ"],
  ["Aşqabad", "TM"], ["Düşənbə", "TJ"], ["Bişkek", "KG"], ["Pekin", "CN"], ["London", "GB"], ["Paris", "FR"],
  ["Berlin", "DE"], ["Roma", "IT"], ["Madrid", "ES"], ["Varşava", "PL"], ["Budapeşt", "HU"], ["Vyana", "AT"],
  ["Praqa", "CZ"], ["Buxarest", "RO"], ["Tokio", "JP"], ["Seul", "KR"], ["Pxenyan", "KP"], ["Dehli", "IN"],
  ["Yeni Dehli", "IN"], ["İslamabad", "PK"], ["Kabil", "AF"], ["Bağdad", "IQ"], ["Dəməşq", "SY"], ["Ər-Riyad", "SA"],
  ["Qahirə", "EG"], ["Doha", "QA"], ["Əbu-Dabi", "AE"], ["Təl-Əviv", "IL"], ["Kişinyov", "MD"], ["Vilnüs", "LT"],
  ["Riqa", "LV"], ["Tallin", "EE"], ["Helsinki", "FI"], ["Stokholm", "SE"], ["Oslo", "NO"], ["Kopenhagen", "DK"],
  ["Afina", "GR"], ["Sofiya", "BG"], ["Belqrad", "RS"], ["Ottava", "CA"],
];

/** A state's canonical name as the entity stage writes it: the press spelling, else the CLDR name. */
function stateName(iso: string): string | undefined {
  return COUNTRY_SPELLINGS[iso]?.canonical ?? CLDR_TERRITORIES.find((c) => c.iso === iso)?.az;
}

const capitals: [string, string][] = CAPITALS.flatMap(([city, iso]) => {
  const state = stateName(iso);
  return state ? [[city, state] as [string, string]] : [];
});

const ET = ["et", "ed"]; // etmək: t -> d before a vowel (edib, edəcək)

const triggers: TriggerEntry[] = [
  // CONSULT: meetings, visits, calls, talks, taking part in summits
  { head: "görüş", forms: "both", type: "CONSULT", cameo: "040", object: ["ins"] },
  { head: "telefon", forms: "noun", type: "CONSULT", cameo: "041", plover_mode: "phone", object: ["ins"], needs: ["danışıq", "danışığ", "söhbət", "zəng", "əlaqə"], gap: 0 },
  { head: "zəng", forms: "noun", type: "CONSULT", cameo: "041", plover_mode: "phone", object: ["dat"], needs: ET },
  { head: "danışıq", forms: "noun", type: "CONSULT", cameo: "046", object: ["ins"] },
  { head: "səfər", forms: "noun", type: "CONSULT", cameo: "042", plover_mode: "visit", object: ["dat"], destination: true },
  { head: "ziyarət", forms: "noun", type: "CONSULT", cameo: "042", plover_mode: "visit", object: ["acc", "dat"], destination: true, needs: ET },
  { head: "qəbul", forms: "noun", type: "CONSULT", cameo: "043", plover_mode: "visit", object: ["acc"], objectRequired: true, needs: ET },
  // discussing is consulting when a partner is named (`X ilə`, `X və Y arasında`); alone it is a topic
  { head: "müzakirə", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], objectRequired: true, needs: [...ET, "apar", "ol"], gap: 2 },
  // meetings held: `X-in iclası keçirilib` (a bare `iclasda` is mostly where something else was decided)
  { head: "iclas", forms: "noun", type: "CONSULT", cameo: "040", needs: ["keçir", "topla"], gap: 1, needsBefore: true },
  { head: "toplantı", forms: "noun", type: "CONSULT", cameo: "040", needs: ["keçir", "topla"], gap: 1, needsBefore: true },
  { head: "mərasim", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], needs: ["keçir"], gap: 1, needsBefore: true },
  { head: "forum", forms: "noun", type: "CONSULT", cameo: "040", needs: ["keçir"], gap: 1, needsBefore: true },
  // talking with someone; presenting credentials to a head of state
  { head: "danış", forms: "verb", type: "CONSULT", cameo: "040", object: ["ins"], objectRequired: true },
  { head: "etimadnamə", forms: "noun", type: "CONSULT", cameo: "043", object: ["dat"], needs: ["təqdim"], gap: 1 },
  // going or coming to a country is a visit to it: `X Türkiyəyə gedib`, `Bakıya gəlib`
  { head: "get", forms: "verb", type: "CONSULT", cameo: "042", plover_mode: "visit", object: ["dat"], objectTypes: ["LOC"], objectRequired: true, destination: true },
  { head: "gəl", forms: "verb", type: "CONSULT", cameo: "042", plover_mode: "visit", object: ["dat"], objectTypes: ["LOC"], objectRequired: true, destination: true },
  { head: "məsləhətləş", forms: "both", type: "CONSULT", cameo: "040", object: ["ins"] },
  { head: "iştirak", forms: "noun", type: "CONSULT", cameo: "040", participation: true, needs: ET },
  { head: "qatıl", forms: "verb", type: "CONSULT", cameo: "040", participation: true },
  { head: "söhbət", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"] },
  { head: "qarşıla", forms: "verb", type: "CONSULT", cameo: "043", plover_mode: "visit", object: ["acc"], objectRequired: true },
  // summits and conferences: speaking at one, or holding one, is taking part
  { head: "sammit", forms: "noun", type: "CONSULT", cameo: "040" },
  { head: "konfrans", forms: "noun", type: "CONSULT", cameo: "040" },
  { head: "zirvə", forms: "noun", type: "CONSULT", cameo: "040", needs: ["görüş", "toplantı"], gap: 0 },
  // SUPPORT: congratulations, praise, condolences, support, signing
  { head: "təbrik", forms: "noun", type: "SUPPORT", cameo: "051", object: ["acc"] },
  { head: "başsağlığı", forms: "noun", type: "SUPPORT", cameo: "051", object: ["dat"], needs: ["ver"] },
  { head: "dəstək", forms: "noun", type: "SUPPORT", cameo: "051", object: ["dat"], needs: ["ver", "göstər", "ifadə", "bildir", "ol"], gap: 2 },
  { head: "dəstəklə", forms: "verb", type: "SUPPORT", cameo: "051", object: ["acc"] },
  { head: "alqışla", forms: "verb", type: "SUPPORT", cameo: "051", object: ["acc"] },
  { head: "imzala", forms: "verb", type: "SUPPORT", cameo: "057", object: ["ins"] },
  { head: "parafla", forms: "verb", type: "SUPPORT", cameo: "057", object: ["ins"] },
  { head: "tanı", forms: "verb", type: "SUPPORT", cameo: "054", object: ["acc"], objectRequired: true },
  // thanks, appreciation, satisfaction, praise (PLOVER: commend, approve)
  { head: "təşəkkür", forms: "noun", type: "SUPPORT", cameo: "051", object: ["dat"], needs: [...ET, "bildir", "çatdır", "ifadə"], gap: 1 },
  { head: "minnətdarlıq", forms: "noun", type: "SUPPORT", cameo: "051", object: ["dat"], needs: ["bildir", "çatdır", "ifadə"], gap: 1 },
  { head: "yüksək", forms: "noun", type: "SUPPORT", cameo: "051", object: ["acc"], needs: ["qiymətləndir"], gap: 0 },
  { head: "məmnunluq", forms: "noun", type: "SUPPORT", cameo: "051", needs: ["bildir", "ifadə", "doğur"], gap: 1 },
  { head: "təqdir", forms: "noun", type: "SUPPORT", cameo: "051", object: ["acc"], needs: ET, gap: 0 },
  // AGREE: agreeing, promising, offering
  { head: "razılaş", forms: "verb", type: "AGREE", cameo: "030", object: ["ins"] },
  // the noun is the agreement itself; reaching one is the act
  { head: "razılaşma", forms: "noun", type: "AGREE", cameo: "030", object: ["ins"], needs: ["əldə", "gəl"], gap: 1 },
  { head: "razılıq", forms: "noun", type: "AGREE", cameo: "030", object: ["ins"], needs: ["əldə", "ver"], gap: 1 },
  { head: "öhdəlik", forms: "noun", type: "AGREE", cameo: "030", needs: ["götür"], gap: 1 },
  { head: "vəd", forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], needs: ET },
  { head: "təklif", forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], needs: ET },
  { head: "hazır", forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], needs: ["ol"], gap: 0 },
  { head: "zəmanət", forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], needs: ["ver"], gap: 1 },
  // CONCEDE: apologies, admissions, concessions
  { head: "üzrxahlıq", forms: "noun", type: "CONCEDE", cameo: "055", object: ["dat"] },
  { head: "üzr", forms: "noun", type: "CONCEDE", cameo: "055", object: ["abl"], needs: ["istə"] },
  { head: "etiraf", forms: "noun", type: "CONCEDE", object: ["acc"], needs: ET },
  { head: "güzəşt", forms: "noun", type: "CONCEDE", cameo: "080", needs: [...ET, "get"] },
  // RETREAT: resignations, releases, ceasefires, withdrawals
  { head: "istefa", forms: "noun", type: "RETREAT", plover_mode: "resign", needs: ["ver"] },
  { head: "azad", forms: "noun", type: "RETREAT", cameo: "0841", plover_mode: "release", object: ["acc"], needs: ET },
  { head: "atəşkəs", forms: "noun", type: "RETREAT", cameo: "0871", plover_mode: "ceasefire", needs: ["elan", "razılaş", "imzala", "əldə", "bərqərar"], gap: 1 },
  { head: "geri", forms: "noun", type: "RETREAT", cameo: "0871", plover_mode: "withdraw", needs: ["çəkil", "çək"], gap: 1 },
  { head: "əfv", forms: "noun", type: "CONCEDE", cameo: "0841", object: ["acc"], needs: ET, gap: 0 },
  // AID
  { head: "yardım", forms: "noun", type: "AID", cameo: "070", object: ["dat"], needs: ["göstər", "ayır", "ver", "göndər", ...ET], gap: 2 },
  // REQUEST: demands, calls, appeals
  { head: "tələb", forms: "noun", type: "REQUEST", cameo: "100", object: ["abl", "acc"], needs: ET },
  { head: "çağır", forms: "verb", type: "REQUEST", cameo: "100", object: ["acc"], activeOnly: true }, // passive: convened
  { head: "xahiş", forms: "noun", type: "REQUEST", cameo: "100", object: ["abl"], needs: ET },
  // ACCUSE: accusations, criticism, dissatisfaction, official complaints
  { head: "ittiham", forms: "noun", type: "ACCUSE", cameo: "112", plover_mode: "allege", object: ["acc"], needs: ET, gap: 0 },
  { head: "pislə", forms: "verb", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["acc"] },
  { head: "qına", forms: "verb", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["acc"] },
  { head: "günahlandır", forms: "verb", type: "ACCUSE", cameo: "112", plover_mode: "allege", object: ["acc"] },
  { head: "şikayət", forms: "noun", type: "ACCUSE", cameo: "115", plover_mode: "allege", object: ["abl"], needs: ET, gap: 1 },
  { head: "məyus", forms: "noun", type: "ACCUSE", cameo: "110", plover_mode: "disapprove", object: ["abl"], needs: ["ol", "qal"], gap: 1 },
  { head: "istintaq", forms: "noun", type: "ACCUSE", cameo: "116", plover_mode: "investigate", needs: ["başla", "apar"], gap: 1 },
  { head: "tənqid", forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["acc"], needs: ET },
  { head: "narazılıq", forms: "noun", type: "ACCUSE", cameo: "110", plover_mode: "disapprove" },
  { head: "narahatlıq", forms: "noun", type: "ACCUSE", cameo: "110", plover_mode: "disapprove", needs: ["ifadə", "bildir"], gap: 2 },
  { head: "etiraz", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo", needs: ["aksiya", "yürüş", "mitinq"], gap: 0 },
  { head: "etiraz", forms: "noun", type: "ACCUSE", cameo: "114", plover_mode: "disapprove", object: ["dat"], needs: [...ET, "bildir"] },
  { head: "nota", forms: "noun", type: "ACCUSE", cameo: "114", plover_mode: "disapprove", object: ["dat"], needs: ["ver", "təqdim", "göndər"], gap: 1 },
  // REJECT
  { head: "rədd", forms: "noun", type: "REJECT", cameo: "120", object: ["acc"], needs: ET },
  // denials (PLOVER: all rejections and refusals)
  { head: "təkzib", forms: "noun", type: "REJECT", cameo: "120", object: ["acc"], needs: ET, gap: 0 },
  { head: "inkar", forms: "noun", type: "REJECT", cameo: "120", object: ["acc"], needs: ET, gap: 0 },
  { head: "imtina", forms: "noun", type: "REJECT", cameo: "120", object: ["abl"], needs: ET },
  // THREATEN
  { head: "hədələ", forms: "verb", type: "THREATEN", cameo: "130", object: ["acc"] },
  { head: "təhdid", forms: "noun", type: "THREATEN", cameo: "130", object: ["acc"], needs: ET },
  { head: "xəbərdarlıq", forms: "noun", type: "THREATEN", cameo: "130", object: ["acc", "dat"], needs: ET, gap: 0 },
  { head: "ultimatum", forms: "noun", type: "THREATEN", cameo: "130", object: ["dat"], needs: ["ver", "irəli"], gap: 1 },
  // PROTEST
  { head: "mitinq", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo" },
  { head: "piket", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo" },
  { head: "aclıq", forms: "noun", type: "PROTEST", cameo: "142", plover_mode: "hunger", needs: ["aksiya", "elan"], gap: 0 },
  // SANCTION
  { head: "sanksiya", forms: "noun", type: "SANCTION", cameo: "163", plover_mode: "discontinue", object: ["dat"] },
  { head: "tarif", forms: "noun", type: "SANCTION", cameo: "163", object: ["dat"], needs: ["tətbiq", "qoy", "təsdiqlə", "artır"], gap: 1 },
  { head: "rüsum", forms: "noun", type: "SANCTION", cameo: "163", object: ["dat"], needs: ["tətbiq", "qoy", "təsdiqlə", "artır"], gap: 1 },
  { head: "embarqo", forms: "noun", type: "SANCTION", cameo: "163", plover_mode: "discontinue", object: ["dat"], needs: ["tətbiq", "qoy", "elan"], gap: 1 },
  // leaving an agreement or a body; cutting or freezing ties; recalling an envoy
  { head: "çıx", forms: "verb", type: "SANCTION", cameo: "161", plover_mode: "withdraw", needs: ["saziş", "müqavilə", "razılaşma", "təşkilat", "ittifaq", "birlik"], gap: 0, needsBefore: true },
  { head: "əlaqə", forms: "noun", type: "SANCTION", cameo: "161", plover_mode: "discontinue", object: ["ins"], needs: ["kəs", "dondur"], gap: 1 },
  { head: "münasibət", forms: "noun", type: "SANCTION", cameo: "161", plover_mode: "discontinue", object: ["ins"], needs: ["kəs", "dondur"], gap: 1 },
  // MOBILIZE
  { head: "səfərbərlik", forms: "noun", type: "MOBILIZE", cameo: "154", plover_mode: "troops" },
  // COERCE: arrests, detentions, bans, deportations
  { head: "həbs", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", object: ["acc"] },
  { head: "saxla", forms: "verb", type: "COERCE", cameo: "173", plover_mode: "arrest", passiveOnly: true },
  { head: "tut", forms: "verb", type: "COERCE", cameo: "173", plover_mode: "arrest", passiveOnly: true, notAfter: ["nəzərdə", "nəzərə", "diqqətdə", "yadda"] },
  { head: "qadağa", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", needs: ["qoy", "tətbiq", ...ET], gap: 1 },
  { head: "deportasiya", forms: "noun", type: "COERCE", cameo: "174", plover_mode: "deport" },
  { head: "blokada", forms: "noun", type: "COERCE", cameo: "191", plover_mode: "restrict" },
  // depriving of rights, banning, dissolving; lifting a restriction is a concession (PLOVER CONCEDE: ease)
  { head: "məhrum", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["acc"], needs: ET, gap: 0 },
  { head: "qadağan", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["acc"], needs: [...ET, "ol"], gap: 0 },
  { head: "ləğv", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["acc"], needs: ET, gap: 0,
    senses: [{ stems: ["viza", "qadağa", "sanksiya", "məhdudiyyət", "rüsum", "tarif", "embarqo"], type: "CONCEDE", cameo: "081" }] },
  { head: "sürgün", forms: "noun", type: "COERCE", cameo: "174", plover_mode: "deport", object: ["acc"], needs: ET, gap: 0 },
  { head: "müsadirə", forms: "noun", type: "COERCE", cameo: "171", plover_mode: "seize", object: ["acc"], needs: ET, gap: 0 },
  { head: "basqın", forms: "noun", type: "COERCE", cameo: "171", plover_mode: "seize", object: ["dat"], needs: ET, gap: 0 },
  // ASSAULT: attacks, strikes, shooting, killing
  { head: "hücum", forms: "noun", type: "ASSAULT", cameo: "190", object: ["dat"] },
  { head: "vur", forms: "verb", type: "ASSAULT", cameo: "195", plover_mode: "aerial", object: ["acc"] },
  { head: "zərbə", forms: "noun", type: "ASSAULT", cameo: "195", object: ["dat"], needs: ["endir", "vur"], gap: 1 },
  { head: "bombala", forms: "verb", type: "ASSAULT", cameo: "195", plover_mode: "aerial", object: ["acc"] },
  { head: "atəş", forms: "noun", type: "ASSAULT", cameo: "193", plover_mode: "firearms", object: ["dat"], needs: ["aç", "tut"], gap: 1 },
  { head: "öldür", forms: "verb", type: "ASSAULT", cameo: "1823", object: ["acc"] },
  { head: "sui-qəsd", forms: "noun", type: "ASSAULT", cameo: "185", plover_mode: "targeted", object: ["dat"] },
  { head: "məhv", forms: "noun", type: "ASSAULT", cameo: "180", plover_mode: "destroy", object: ["acc"], needs: ET, gap: 0 },
  { head: "işğal", forms: "noun", type: "ASSAULT", cameo: "192", object: ["acc"], needs: ET, gap: 0 },
  { head: "əsir", forms: "noun", type: "ASSAULT", cameo: "181", plover_mode: "abduct", object: ["acc"], needs: ["götür", "al"], gap: 0 },
  { head: "girov", forms: "noun", type: "ASSAULT", cameo: "181", plover_mode: "abduct", object: ["acc"], needs: ["götür"], gap: 0 },
  { head: "terror", forms: "noun", type: "ASSAULT", cameo: "180", needs: ["akt", "hücum"], gap: 0 },
  // fighting that takes place: `toqquşmalar baş verib`, `baş vermiş qarşıdurma`, `döyüşlər davam edir`
  { head: "qarşıdurma", forms: "noun", type: "ASSAULT", cameo: "190", object: ["ins"], needs: ["baş", "davam", "başla", "kəskinləş"], gap: 1, needsBefore: true },
  { head: "toqquşma", forms: "noun", type: "ASSAULT", cameo: "190", object: ["ins"], needs: ["baş", "davam", "başla", "kəskinləş"], gap: 1, needsBefore: true },
  { head: "döyüş", forms: "noun", type: "ASSAULT", cameo: "190", object: ["ins"], needs: ["baş", "davam", "başla", "gedir", "kəskinləş"], gap: 1, needsBefore: true },
  { head: "partlayış", forms: "noun", type: "ASSAULT", cameo: "183", plover_mode: "explosives", needs: ["baş", "törət"], gap: 1, needsBefore: true },
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
    possibleWords: ["bilər", "bilərlər", "biləcək", "bilərdi", "mümkündür"],
    impossibleWords: ["bilməz", "bilmir", "bilməyib", "bilmədi", "bilməyəcək"],
    futureWords: ["gözlənil", "planlaşdır", "nəzərdə", "niyyətində"],
    readinessWords: ["hazır"],
    reportedWords: ["bildirilir", "iddia", "deyilir", "ehtimal", "güman"],
    concessive: ["də", "da"],
    conditionWords: ["təqdirdə", "halda", "şərtilə"],
    reportedFrames: ["söz", "iddia", "fikr", "ehtimal"],
    selfDemandEndings: V("malıyıq məliyik malıyam məliyəm"),
    demandWords: ["lazımdır", "vacibdir", "zəruridir", "gərəkdir", "şərtdir"],
    // -dıqda "when/if … does": the clause is the time or condition of another
    conditionEndings: V("dıqda dikdə duqda dükdə tıqda tikdə tuqda tükdə"),
  },
  lightVerbs: ["et", "ed", "ol", "ver", "göstər", "apar", "keçir", "qoy", "bildir", "ifadə", "tətbiq", "elan", "istə", "gəl", "get"],
  eventNouns: ["sammit", "iclas", "tədbir", "forum", "konfrans", "görüş", "mərasim", "toplantı", "sessiya", "müzakirə", "danışıq", "qurultay", "zirvə", "parad", "seminar", "yığıncaq", "ziyafət"],
  placeNouns: ["ərazi", "şəhər", "paytaxt", "bölgə", "rayon", "vilayət", "kənd", "qəsəbə", "əyalət", "region", "sərhəd"],
  between: ["arasında", "arasındakı"],
  agent: ["tərəfindən"],
  frameNouns: ["söz", "məlumat", "mövqe", "fikir", "fikr", "iddia", "açıqlama", "bəyanat", "qərar", "tələb"],
  framePostposition: ["görə", "əsasən"],
  complementisers: ["ki"],
  eventFrames: ["zamanı", "ərzində", "çərçivəsində", "sonra", "yekununda", "nəticəsində", "gedişində", "əsnasında", "kənarında"],
  topicWords: ["dair", "barədə", "haqqında", "mövzusunda", "istiqamətində", "bağlı", "əlaqədar", "üzrə"],
  topicLinks: ["ilə"],
  beforeWords: ["əvvəl", "öncə", "ərəfəsində"],
  anaphoric: ["bu", "həmin", "sözügedən", "adıçəkilən"],
  timeShift: ["sonradan", "sonra", "əvvəl", "əvvəllər", "daha", "keçmişdə"],
  groupRefs: [["hər", "iki", "ölkə"], ["iki", "ölkə"], ["hər", "iki", "tərəf"], ["tərəflər"]],
  postpositionCases: [["ilə", "ins"]],
  bodyNouns: ["hökumət", "tərəf", "rəhbərlik", "hakimiyyət", "ordu", "parlament", "nümayəndə"],
  pronouns: [["o", "nom"], ["onun", "gen"], ["ona", "dat"], ["onu", "acc"], ["onunla", "ins"], ["ondan", "abl"], ["onda", "loc"]],
  ownership: ["məxsus", "aid"],
  capitals,
};
