// Triggers from a walk of the standard phrasings of political and diplomatic news (APA, Report, Trend, AzərTac style)
// for the acts of the cooperative half of PLOVER (CONSULT, SUPPORT, AGREE, COOPERATE, AID, CONCEDE, RETREAT) that the
// unlabelled pools, mostly economy articles and local headlines, seldom or never write: each kept narrow (a specific
// head and light verb, a side that must be a person or a state), with a look-alike of the same words that stays no
// event (see ./README.md and test/events-coverage-c3.test.ts).
import type { TriggerEntry } from "../../../extract/events/tables.js";
import { ET } from "./light-verbs.js";
import { BELIEF_WORDS } from "./headline-misses-3.js";

/** Nouns of the ties between sides. */
const TIES = ["əməkdaşlıq", "əməkdaşlığ", "münasibət", "tərəfdaşlıq", "tərəfdaşlığ", "əlaqə", "dostluq", "müttəfiqlik"];
/** Travellers and vehicles whose journey is no visit (`Turistlər Antalyaya yola düşüb`, `Təyyarə Bakıya uçub`). */
export const NOT_VISITORS = ["turist", "sərnişin", "zəvvar", "azarkeş", "komanda", "yığma", "idmançı", "futbolçu", "təyyarə", "reys",
  "qatar", "gəmi", "avtobus", "helikopter", "dron", "raket", "miqrant", "qaçqın", "yük", "yardım", "məktub", "sənəd", "tələbə", "şagird"];
/** Words of a commercial partnership (`Bank Visa ilə əməkdaşlığı genişləndirib`): ties of trade, not between sides. */
const COMMERCIAL = ["bank", "şirkət", "müştəri", "sığorta", "holdinq", "brend", "kart", "mağaza", "kredit", "lizinq"];

export const COVERAGE_C3: TriggerEntry[] = [
  // 042 CONSULT visit: setting off, flying or heading to a state (`Moskvaya yola düşüb`, `Vaşinqtona uçub`, `Ankaraya
  // yollanıb`), as `Türkiyəyə gedib`; the place must be named, and a traveller or a vehicle of no side is no visitor.
  // Finite forms only: `uçub` also means collapsed (`bina uçub`), and `yollanıb` is also the passive of sending (`yük
  // Bakıya yollanıb`), kept out by the words of NOT_VISITORS
  { head: "yola", forms: "noun", type: "CONSULT", cameo: "042", plover_mode: "visit", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    destination: true, needs: ["düş"], gap: 0, clauseNot: NOT_VISITORS },
  ...["uçub", "uçdu", "uçacaq", "yollanıb", "yollandı", "yollanacaq"].map((head): TriggerEntry => ({ head, forms: "verb", type: "CONSULT", cameo: "042",
    plover_mode: "visit", object: ["dat"], objectTypes: ["LOC"], objectRequired: true, destination: true, clauseNot: NOT_VISITORS })),
  // honouring a state with one's visit (`Bakıya təşrif gətirib`, `təşrif buyurub`)
  { head: "təşrif", forms: "noun", type: "CONSULT", cameo: "042", plover_mode: "visit", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    destination: true, needs: ["gətir", "buyur"], gap: 0 },
  // 043 CONSULT host: a leader hosting another (`X-i Ağ Evdə qonaq edib`, `X-ə ev sahibliyi edib`); guests of no named
  // side (`qonaqları qonaq edib`) are a household's. Hosting a gathering is the participation entry of `sahibliy`
  { head: "qonaq", forms: "noun", type: "CONSULT", cameo: "043", plover_mode: "visit", object: ["acc"], objectTypes: ["PER", "LOC"], objectRequired: true,
    needs: ET, gap: 0 },
  { head: "sahibliy", forms: "noun", type: "CONSULT", cameo: "043", plover_mode: "visit", object: ["dat"], objectTypes: ["PER"], objectRequired: true,
    needs: ET, gap: 0 },
  // 042 CONSULT visit: being a leader's guest (`Ağ Evdə Trampın qonağı olub`); a studio's or a programme's guest (`X
  // TV-nin qonağı olub`, an ORG) is an interview, so only a person or a state hosts
  { head: "qonağı", forms: "noun", type: "CONSULT", cameo: "042", plover_mode: "visit", object: ["gen"], objectTypes: ["PER", "LOC"], objectRequired: true,
    needs: ["ol"], gap: 0 },
  // 040 CONSULT: talking with someone (`Lavrovla həmsöhbət olub`); with a medium (an ORG) it is an interview
  // (nor an outlet's talk with an expert, `Elm eksperti X ilə həmsöhbət olub`, told with no subject)
  { head: "həmsöhbət", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], objectTypes: ["PER", "LOC"], objectRequired: true,
    needs: ["ol"], gap: 0, clauseNot: ["ekspert", "analitik", "politoloq", "iqtisadçı", "mütəxəssis", "professor", "hüquqşünas", "psixoloq", "həkim", "alim"] },
  // meeting face to face (`Paşinyanla üz-üzə gəlib`); facing a thing (`böhranla üz-üzə gəlib`) meets no one
  { head: "üz-üzə", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], objectTypes: ["PER"], objectRequired: true, needs: ["gəl"], gap: 0 },

  // 030 AGREE: an offer sent to a leader or a state (`Putinə yeni təklif göndərib`); 036 an invitation sent
  // (`Putinə dəvət göndərib`); an offer to customers (`müştərilərinə … təklif göndərib`) names no side
  { head: "təklif", forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], objectTypes: ["PER", "LOC"], objectRequired: true,
    needs: ["göndər", "ünvanla", "yolla", "çatdır"], gap: 1 },
  { head: "dəvət", forms: "noun", type: "AGREE", cameo: "036", object: ["dat"], objectTypes: ["PER", "LOC"], objectRequired: true,
    needs: ["göndər", "ünvanla", "yolla", "çatdır"], gap: 1 },
  // a commitment taken on toward a side (`Ukraynanın … bərpasını öhdəsinə götürüb`, `Ukraynaya … verməyi öhdəsinə
  // götürüb`); a body's domestic task (`məktəblərin təmirini öhdəsinə götürüb`) names no other side
  { head: "öhdəsinə", forms: "noun", type: "AGREE", cameo: "030", object: ["gen", "dat"], objectTypes: ["PER", "LOC"], objectRequired: true,
    needs: ["götür"], gap: 0 },
  // an offer or an invitation answered yes (`X-in təklifinə müsbət cavab verib`): accepted, as `təklifini qəbul edib`;
  // a survey's answers (`60%-i müsbət cavab verib`) answer no offer
  // (not answered yes, `təklifinə müsbət cavab verməyib`, it is refused: REJECT, as `təklifini qəbul etməyib`)
  { head: "müsbət", forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], needs: ["cavab"], gap: 0,
    clauseNeeds: ["təklif", "dəvət", "təşəbbüs"], refusedAs: { type: "REJECT", cameo: "120" } },
  // common ground found (`ümumi dil tapıblar`, `ortaq mövqeyə gəliblər`, `konsensusa gəliblər`), as `ortaq məxrəcə gəliblər`
  { head: "dil", forms: "noun", type: "AGREE", cameo: "030", object: ["ins"], needs: ["tap"], gap: 0, clauseNeeds: ["ümumi", "ortaq"] },
  { head: "mövqeyə", forms: "noun", type: "AGREE", cameo: "030", object: ["ins"], needs: ["gəl"], gap: 0, clauseNeeds: ["ümumi", "ortaq", "vahid"] },
  ...["konsensusa", "konsensus"].map((head): TriggerEntry => ({ head, forms: "noun", type: "AGREE", cameo: "030", object: ["ins"],
    needs: head === "konsensus" ? ["əldə"] : ["gəl", "nail"], gap: 0 })),
  // an agreement reached (`razılaşmaya nail olub`)
  { head: "razılaşmaya", forms: "noun", type: "AGREE", cameo: "030", object: ["ins"], needs: ["nail", "gəl"], gap: 0 },
  // came to an understanding (`ABŞ ilə anlaşıb`), as `razılaşıb`; finite forms only (`anlaşılır` is "it is understood")
  ...["anlaşıb", "anlaşdı", "anlaşacaq"].map((head): TriggerEntry => ({ head, forms: "verb", type: "AGREE", cameo: "030", object: ["ins"] })),
  // interested in widening ties (`əməkdaşlığı genişləndirməkdə maraqlıdır`): intent to cooperate, as `əməkdaşlıqda maraqlıdır`
  ...["maraqlıdır", "maraqlıdırlar", "maraqlıyıq"].map((head): TriggerEntry => ({ head, forms: "noun", type: "AGREE", cameo: "030", object: ["ins"],
    gap: 0, needsBefore: true, firstPerson: head === "maraqlıyıq", clauseNeeds: TIES, objectTypes: ["LOC", "PER", "ORG"], objectRequired: true, clauseNot: COMMERCIAL,
    needs: [...ET, "genişləndir", "gücləndir", "dərinləşdir", "möhkəmləndir", "davam", "inkişaf"] })),

  // 060 COOPERATE: ties widened or strengthened with a side (`Çinlə əməkdaşlığı gücləndirir`, `Özbəkistanla strateji
  // tərəfdaşlığı genişləndirəcək`), as ties deepened (`dərinləşdirib`, ./headline-misses-3.ts); a portfolio widened
  // (`kredit portfelini genişləndirib`) is no tie, and a firm's ties with a firm or its customers are trade
  // (transitive only: ties that will strengthen, `əlaqələr … möhkəmlənəcəkdir`, close a letter as a hope, no act)
  ...["genişləndir", "gücləndir", "möhkəmləndir"].map((head): TriggerEntry => ({ head, forms: "verb", type: "COOPERATE",
    cameo: "060", object: ["ins"], objectTypes: ["LOC", "PER", "ORG"], clauseNeeds: TIES, clauseNot: COMMERCIAL, sentenceNot: BELIEF_WORDS, activeOnly: true })),
  // a partnership set up with a state (`Səudiyyə Ərəbistanı ilə strateji tərəfdaşlıq qurub`), as `əməkdaşlıq qurub`;
  // a firm's partnership with a firm is trade, so the partner must be a state
  { head: "tərəfdaşlıq", forms: "noun", type: "COOPERATE", cameo: "060", object: ["ins"], objectTypes: ["LOC"], objectRequired: true,
    needs: ["qur", "yarat"], gap: 0 },

  // 057 SUPPORT: a memorandum or a protocol concluded (`əməkdaşlıq memorandumu bağlanıb`), as `saziş bağlanıb`
  ...["memorandum", "protokol"].map((head): TriggerEntry => ({ head, forms: "noun", type: "SUPPORT", cameo: "057", object: ["ins"], needs: ["bağla"], gap: 1,
    clauseNot: COMMERCIAL })),
  // 054 SUPPORT: diplomatic relations set up (`Tayvanla diplomatik münasibətlər yaradıb`), as `qurub`
  { head: "münasibət", forms: "noun", type: "SUPPORT", cameo: "054", object: ["ins"], needs: ["yarat"], gap: 1, clauseNeeds: ["diplomatik"] },
  { head: "əlaqə", forms: "noun", type: "SUPPORT", cameo: "054", object: ["ins"], needs: ["yarat"], gap: 1, clauseNeeds: ["diplomatik"] },
  // 051 SUPPORT: a leader decorated (`X-i "Dostluq" ordeni ilə təltif edib`, `X-ə ordeni təqdim edib`); active only: the
  // passive lists of a decree (`… medalı ilə təltif ediliblər`) honour citizens, no side
  { head: "təltif", forms: "noun", type: "SUPPORT", cameo: "051", plover_mode: "praise", object: ["acc"], objectTypes: ["PER", "LOC"], objectRequired: true,
    needs: ET, gap: 0, activeOnly: true },
  { head: "orden", forms: "noun", type: "SUPPORT", cameo: "051", plover_mode: "praise", object: ["dat"], objectTypes: ["PER", "LOC"], objectRequired: true,
    needs: ["təqdim", "ver"], gap: 1, activeOnly: true },
  // condolences offered (`X-ə təziyə verib`, `təziyələrini çatdırıb`), as `başsağlığı verib`; a wake held (`təziyə
  // mərasimi`, `təziyəsi verilib`) has no one condoled in the dative
  { head: "təziyə", forms: "noun", type: "SUPPORT", cameo: "051", object: ["dat"], objectTypes: ["PER", "LOC"], objectRequired: true,
    needs: ["ver", "bildir", "çatdır", "ifadə"], gap: 1, activeOnly: true },
  // thankful to a side (`ABŞ-a minnətdar olduğunu bildirib`, `"Türkiyəyə minnətdarıq"`), as `minnətdarlığını bildirib`
  { head: "minnətdar", forms: "noun", type: "SUPPORT", cameo: "051", object: ["dat"], objectTypes: ["PER", "LOC", "ORG"], objectRequired: true,
    needs: ["ol"], gap: 0 },
  ...["minnətdarıq", "minnətdaram"].map((head): TriggerEntry => ({ head, forms: "noun", type: "SUPPORT", cameo: "051", object: ["dat"],
    objectTypes: ["PER", "LOC", "ORG"], objectRequired: true, firstPerson: true })),
  // success, health or peace wished to a leader or a state (`Tokayevə uğurlar arzulayıb`, `şəfa diləyib`), the close
  // of a letter of congratulation or a call; wishes to no named side (`şagirdlərə uğurlar arzulayıb`) are none
  // (third person only: `… uğurlar arzulayırıq` is a firm or an outlet wishing its people well; and no wish for one's work or
  // life, `fəaliyyətində uğurlar`, `uzun ömür`, which closes a greeting to an appointee or a jubilee)
  ...["arzulayıb", "arzuladı", "arzulayır", "diləyib", "dilədi"].map((head): TriggerEntry => ({ head, forms: "verb", type: "SUPPORT", cameo: "051", object: ["dat"],
    objectTypes: ["PER", "LOC"], objectRequired: true, clauseNot: ["fəaliyyət", "ömür", "yaradıcılıq", "vəzifə", "işində", "işlərində"], clauseNeeds: ["uğur", "cansağlığ", "cansağlı", "şəfa", "firavanlıq", "rifah", "tərəqqi", "sülh", "əmin-amanlıq"] })),
  // a state called a brother or a friend (`Türkiyəni qardaş ölkə adlandırıb`), as a partner or an ally
  // (./headline-misses-2.ts)
  { head: "adlandır", forms: "verb", type: "SUPPORT", cameo: "051", plover_mode: "praise", object: ["acc"], objectTypes: ["LOC", "PER"], objectRequired: true,
    clauseNeeds: ["qardaş", "dost", "etibarlı"] },
  // standing by a side (`hər zaman Azərbaycanın yanında olduğunu bildirib`); only with a word of always or of hard times,
  // as one's place beside someone (`Putinin yanında oturub`) is none
  { head: "yanında", forms: "noun", type: "SUPPORT", cameo: "051", object: ["gen"], objectTypes: ["PER", "LOC"], objectRequired: true,
    needs: ["ol", "dayan"], gap: 0, clauseNeeds: ["həmişə", "daim", "hər", "çətin"] },
  // in solidarity with a side (`Azərbaycanla həmrəy olduğunu bildirib`), as `həmrəylik bildirib`
  { head: "həmrəy", forms: "noun", type: "SUPPORT", cameo: "051", object: ["ins"], objectTypes: ["PER", "LOC"], objectRequired: true, needs: ["ol"], gap: 0 },

  // 070 AID: a gift made to a leader or a state (`Putinə xalça hədiyyə edib`, `hədiyyəsi təqdim edib`), as `hədiyyə verib`;
  // a gift among people of no side (`komanda yoldaşlarına saatlar hədiyyə edib`) names none
  // (active only: `liderlərinə … hədiyyə edilib` tells gifts in general; and a player's shirt, `formasını hədiyyə etdi`, is sport)
  { head: "hədiyyə", forms: "noun", type: "AID", cameo: "070", object: ["dat"], objectTypes: ["PER", "LOC"], objectRequired: true,
    needs: [...ET, "təqdim"], gap: 1, activeOnly: true, clauseNot: ["forma", "köynək", "millisi", "klub", "komanda", "futbol", "azarkeş"] },
  // goods donated to a state (`Ukraynaya avadanlıq bağışlayıb`); finite forms only (`bağışla` is also "forgive", whose
  // object is accusative)
  ...["bağışlayıb", "bağışladı", "bağışlayacaq"].map((head): TriggerEntry => ({ head, forms: "verb", type: "AID", cameo: "070", object: ["dat"],
    objectTypes: ["LOC"], objectRequired: true })),

  // 085 RETREAT: tariffs or duties withdrawn (`tariflərin əksəriyyətini geri götürüblər`), as tariffs lowered (`endirib`);
  // taking back anything else (`sifarişini geri götürüb`) is none, and tariffs brought back (`geri qaytarıb`) impose
  { head: "geri", forms: "noun", type: "RETREAT", cameo: "085", plover_mode: "ease", needs: ["götür"], gap: 0, clauseNeeds: ["tarif", "rüsum", "embarqo"] },
  // 0871 RETREAT: a truce declared or reached (`90 günlük barışıq elan ediblər`, `barışıq əldə olunub`), as `atəşkəs elan edib`
  { head: "barışıq", forms: "noun", type: "RETREAT", cameo: "0871", plover_mode: "ceasefire", needs: ["elan", "əldə", "razılaş", "imzala", "bərqərar", "qüvvə"], gap: 1 },
  // 0872 RETREAT: an army pulled out of a place (`İsrail ordusu Qəzzadan çəkilib`), as `geri çəkilib`; a driver or a
  // candidate stepping aside (`yoldan çəkilib`, `seçkidən çəkilib`) is none: the clause must name forces, the place a LOC
  { head: "çəkil", forms: "verb", type: "RETREAT", cameo: "0872", plover_mode: "withdraw", object: ["abl"], objectTypes: ["LOC"], objectRequired: true,
    clauseNeeds: ["ordu", "qoşun", "hərbçi", "əsgər", "qüvvə", "kontingent", "hərbi"] },
  // 0831 RETREAT: a post left (`postunu tərk edib`, `vəzifəsini tərk edib`), as `vəzifəsindən gedib`; after the `tərk`
  // entry of a place or a body left
  { head: "tərk", forms: "noun", type: "RETREAT", cameo: "0831", plover_mode: "resign", needs: ET, gap: 0, clauseNeeds: ["vəzifə", "post"] },
];
