// Triggers from a second round of paraphrases of the cooperative acts (CONSULT … RETREAT) of the studied gold sets
// (helper pa-coop2, test/events-para-pa-coop2.test.ts): the other verbs, light verbs and noun phrases a journalist
// writes for the same act, each with the words that make it an act between sides, and a look-alike that stays none.
import type { TriggerEntry } from "../../../extract/events/tables.js";

const CAPTIVES = ["girov", "əsir", "məhbus", "dustaq"];
const CURRENCIES = ["dollar", "avro", "funt"];

export const PARAPHRASE_COOP2: TriggerEntry[] = [
  // 0841 RETREAT release: hostages or prisoners let go by the plain verb (`Həmas girovları buraxıb`), as `azadlığa buraxıb`
  // (../events.ts); a missile or a product let out (`raket buraxıb`, `yeni model buraxıb`) names no captive
  { head: "burax", forms: "verb", type: "RETREAT", cameo: "0841", plover_mode: "release", object: ["acc"], clauseNeeds: CAPTIVES },
  // … or given back to their side (`100 hərbi əsiri Ukraynaya qaytarıb`), as `təhvil verib` (./articles-v6.ts); goods or
  // money given back (`vəsaiti qaytarıb`) release no one
  { head: "qaytar", forms: "verb", type: "RETREAT", cameo: "0841", plover_mode: "release", object: ["dat"], objectTypes: ["LOC", "ORG"],
    objectRequired: true, clauseNeeds: [...CAPTIVES, "cəsəd", "meyit", "nəş"] },
  // 071 AID: a state financed (`Aİ Ukraynanı maliyyələşdirəcək`); a project or a programme financed is no side's aid, and
  // financing stopped is the SANCTION entry of ./codebook-conflict.ts, tried first
  { head: "maliyyələşdir", forms: "verb", type: "AID", cameo: "071", plover_mode: "economic", object: ["acc"], objectTypes: ["LOC"], objectRequired: true },
  // … foreign money allotted in the passive (`Ukraynaya Aİ Şurası tərəfindən 4 milyard avro ayrılıb`), as `ayırıb`
  // (./headlines-b5.ts); manat allotted to a town is the state's budget
  { head: "ayrıl", forms: "verb", type: "AID", cameo: "071", plover_mode: "economic", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    clauseNeeds: CURRENCIES },
  // … an aid package announced to a state (`Ukraynaya hərbi yardım paketi açıqlayıb`)
  { head: "yardım", forms: "noun", type: "AID", cameo: "070", object: ["dat"], objectTypes: ["LOC"], objectRequired: true, needs: ["açıqla", "elan"], gap: 2 },
  // 055 CONCEDE: an apology asked in the formal verb (`X-dən üzr diləyib`), as `üzr istəyib`; guilt admitted by the idiom
  // (`günahını boynuna alıb`), as `səhvini etiraf edib`
  { head: "üzr", forms: "noun", type: "CONCEDE", cameo: "055", object: ["abl"], needs: ["dilə"], gap: 0 },
  { head: "günah", forms: "noun", type: "CONCEDE", needs: ["boynuna"], gap: 0 },
  // 080 CONCEDE: acquitted in the causative passive (`X-ə bəraət qazandırılıb`), as `bəraət qazanıb` (../events.ts)
  { head: "bəraət", forms: "noun", type: "CONCEDE", cameo: "080", object: ["dat"], needs: ["qazandır"], gap: 0 },
  // 080 CONCEDE: a state's demand or condition complied with (`Ermənistan Azərbaycanın tələbini yerinə yetirib`): yielding
  // to it (CAMEO 08); not complying is the REJECT entry of ../events.ts, tried first; a law's or a body's requirement met
  // (`qanunun tələblərini yerinə yetirib`) or a duty done (`öhdəliyini`) yields to no side (`icra edəcək` is left as it
  // was: the studied headline that tells it names the sides by their capitals, which the linker reads as the states)
  { head: "yerinə", forms: "noun", type: "CONCEDE", cameo: "080", object: ["acc"], objectTypes: ["LOC"], objectRequired: true, needs: ["yetir"], gap: 0,
    clauseNeeds: ["tələb", "şərt"] },
  // 051 SUPPORT: a leader called a leader or a statesman (`X-i güclü lider adlandırıb`, `böyük dövlət xadimi adlandırıb`),
  // as a brother or a partner (./coverage-c3.ts); a slur is the ACCUSE entry of ./codebook-conflict.ts, tried first, and
  // a leader called unlawful or weak (`qeyri-legitim lider`) is praised by no one
  { head: "adlandır", forms: "verb", type: "SUPPORT", cameo: "051", plover_mode: "praise", object: ["acc"], objectTypes: ["LOC", "PER"], objectRequired: true,
    // (the noun is the name given, right before the verb: a title before the one named, `Tayvan lideri X-i "separatçı"
    // adlandırıb`, is who is called so, no praise) (inv-world)
    needs: ["lider", "xadim"], needsBefore: true, gap: 0, clauseNot: ["qeyri-legitim", "qeyri-qanuni", "legitim", "qanunsuz", "zəif", "uğursuz", "saxta", "keçmiş", "sabiq"] },
  // … support confirmed once more (`Ukraynaya dəstəyini bir daha təsdiqləyib`), as `dəstəyini bəyan edib`; a message
  // of support (`X-dən Y-yə dəstək mesajı`, `dəstək mesajı göndərib`); a statement of solidarity (`həmrəylik bəyanatı`)
  { head: "dəstək", forms: "noun", type: "SUPPORT", cameo: "051", object: ["dat"], objectRequired: true, needs: ["təsdiqlə"], gap: 2 },
  { head: "dəstək", forms: "noun", type: "SUPPORT", cameo: "051", object: ["dat"], objectRequired: true, needs: ["mesaj"], gap: 0 },
  { head: "həmrəylik", forms: "noun", type: "SUPPORT", cameo: "051", object: ["ins"], objectRequired: true, needs: ["bəyanat"], gap: 0 },
  // 030 AGREE: an understanding reached by another noun of the idiom (`X ilə anlaşmaya gəlib`),
  // as `razılığa gəlib`; interest in cooperating shown (`əməkdaşlığa maraq göstərib`), as `əməkdaşlıqda maraqlıdır`
  { head: "anlaşmaya", forms: "noun", type: "AGREE", cameo: "030", object: ["ins"], needs: ["gəl"], gap: 0 },
  { head: "əməkdaşlığa", forms: "noun", type: "AGREE", cameo: "030", object: ["ins"], needs: ["maraq"], gap: 0 },
  // 060 COOPERATE: cooperation begun in the passive (`X ilə Y arasında əməkdaşlıq başlanıb`) or gone into (`X ilə
  // əməkdaşlığa gedib`), as `əməkdaşlığa başlayıb`; working together (`birlikdə işləyəcək`). (A partnership of firms,
  // exports raised and a truce agreed by `razılıq` stay as the tests of coverage-c3, frequent-predicates and articles-v11 hold.)
  { head: "əməkdaşlıq", forms: "noun", type: "COOPERATE", cameo: "060", object: ["ins"], needs: ["başlan"], gap: 0 },
  { head: "əməkdaşlığa", forms: "noun", type: "COOPERATE", cameo: "060", object: ["ins"], needs: ["get"], gap: 0 },
  { head: "birlikdə", forms: "noun", type: "COOPERATE", cameo: "060", object: ["ins"], needs: ["işlə"], gap: 0 },
  // … joint research or production (`birgə tədqiqat aparıb`, `birgə istehsal edəcək`), as joint projects (../events.ts)
  { head: "birgə", forms: "noun", type: "COOPERATE", cameo: "060", object: ["ins"], needs: ["tədqiqat", "istehsal"], gap: 0 },
];
