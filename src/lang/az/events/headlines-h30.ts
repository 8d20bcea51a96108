// Triggers from the unannotated headline pool and from invented headlines in the style of the world and politics rubrics
// at stop 30 (helper heads30, test/events-headlines-h30.test.ts): restrictions imposed on a state, counter-sanctions, an
// embargo extended, a state leaving a body written in Latin letters, peace told made with a side, support increased, a
// side armed, positions fortified at a border, readiness for a ceasefire, a concession named with its kind, an act asked
// of a side by its verbal noun, a dialogue resumed, a side called by a slur, arms given, a debt paid for a state, an
// investment into one, harsh words and a condemnation named in the verbless headline, relations normalised, a meeting put
// off, pressure increased, leaders face to face, villages taken, an army's operation begun, facilities put out of action
// and claims answered. Each names the words that make it an act between sides; a look-alike of the same words stays no
// event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Read before the entries of ../events.ts and the other tables: the side an act is asked of in the ablative, before the
 *  owner in the genitive of what the act is done to (`X Y-dən Z-in aktivlərini müsadirə etməsini istəyir`). */
export const HEADLINES_H30_FIRST: TriggerEntry[] = [
  // 100 REQUEST: an act asked of a state or a body by its verbal noun, the asked side's own (`X Y-dən Z-ə müstəqillik verməsini
  // istəyib`), as by its infinitive (./breadth-rs24.ts); the bare infinitive wanted (`Y-dən qaz almaq istəyir`) is one's own
  { head: "istə", forms: "verb", type: "REQUEST", cameo: "100", object: ["abl"], objectTypes: ["LOC", "ORG"], objectRequired: true, activeOnly: true,
    afterEndings: ["masını", "məsini", "malarını", "mələrini"] },
];

/** Nouns of arms (as ./headlines-b4.ts reads arms sent). */
const ARMS = ["haubitsa", "raket", "qırıcı", "tank", "dron", "pilotsuz", "sursat", "mərmi", "zenit", "helikopter", "zirehli", "artilleriya"];
/** Nouns by which `ver` is another act than handing over (a strike, a reply, a permission, a promise, a decision). */
const NOT_HANDED = ["zərbə", "hücum", "atəş", "cavab", "icazə", "qərar", "vəd", "söz", "zəmanət", "təminat", "yardım", "hərbçi", "qoşun", "silah"];

/** Adjectives of harsh words (`ağır sözlər`, `sərt cavab`): said to a side, they rebuke it. */
export const HARSH_WORDS = ["ağır", "sərt", "kəskin", "təhqiramiz"];

export const HEADLINES_H30: TriggerEntry[] = [
  // 163 SANCTION: restrictions imposed on a named state or widened against it (`X Y-ə qarşı yeni məhdudiyyətlər tətbiq
  // edib`, `… məhdudiyyətləri genişləndirib`), as sanctions imposed; restrictions on the public or a trade with no state
  // named in the dative (`sürücülərə məhdudiyyət tətbiq edilir`, an import ban of ./coverage-c4.ts) are none of these
  { head: "məhdudiyyət", forms: "noun", type: "SANCTION", cameo: "163", plover_mode: "discontinue", object: ["dat"], objectTypes: ["LOC"],
    objectRequired: true, needs: ["qoy", "tətbiq", "elan", "genişləndir", "sərtləşdir"], gap: 1 },
  // 163 SANCTION: counter-sanctions, the hyphenated noun (`X Y-ə qarşı əks-sanksiyalar tətbiq edəcək`), as sanctions; their
  // lifting stays the CONCEDE entry of the bare noun
  { head: "əks-sanksiya", forms: "noun", type: "SANCTION", cameo: "163", plover_mode: "discontinue", object: ["dat"],
    needs: ["tətbiq", "qoy", "elan", "genişləndir", "uzat"], gap: 1 },
  // 163 SANCTION: an embargo or sanctions extended (`X Y-ə qarşı embarqonu uzadıb`, `sanksiyaların müddətini uzadıb`), kept in
  // force as when imposed
  { head: "embarqo", forms: "noun", type: "SANCTION", cameo: "163", plover_mode: "discontinue", object: ["dat"], needs: ["uzat"], gap: 1 },
  // 161 SANCTION: leaving an international body named by its Latin abbreviation (`X UNESCO-dan çıxıb`; the Azerbaijani spelling `ÜNESKO` is the two-party table's),
  // as the alliances of ./two-party-predicates.ts; a person leaving a firm or a party names none of these
  { head: "çıx", forms: "verb", type: "SANCTION", cameo: "161", plover_mode: "withdraw", object: ["abl"], objectTypes: ["ORG"], objectRequired: true,
    activeOnly: true, clauseNeeds: ["unesco", "unesco-"] },
  // AGREE: peace told made with a side (`"Azərbaycanla sülh qurulub"`, `X ilə sülh bərqərar olub`), as peace made in
  // `headlines9/` and `headlines16/`; its making as a topic or a goal (`sülhün qurulması prosesi`, `sülh qurmaq üçün`) reads
  // no finite form of these
  { head: "sülh", forms: "noun", type: "AGREE", cameo: "030", object: ["ins"], objectRequired: true,
    needs: ["qurulub", "qurulubdur", "qurulmuşdur", "qurulacaq", "bərqərar"], gap: 1 },
  // 051 SUPPORT: support for a side increased or strengthened (`X Y-ə dəstəyi artırır`, `… dəstəyini gücləndirəcək`), as
  // support given; military support so increased (`hərbi dəstəyi artırır`) is military aid (072 AID, as arms supplied)
  { head: "dəstək", forms: "noun", type: "SUPPORT", cameo: "051", object: ["dat"], objectTypes: ["LOC", "PER", "ORG"], objectRequired: true,
    needs: ["artır", "gücləndir", "genişləndir"], gap: 1, senses: [{ stems: ["hərbi"], type: "AID", cameo: "072", plover_mode: "military" }] },
  // 062 COOPERATE: a state or a body arming another (`Fransa Ermənistanı silahlandırır`, `Qərb Kiyevi silahlandırıb`), as
  // arms supplied (house convention for supply, headlines/ and ./headlines-b4.ts); an army or forces armed (`X ordusunu yeni
  // raketlərlə silahlandırır`) are most often one's own, no other side
  { head: "silahlandır", forms: "verb", type: "COOPERATE", cameo: "062", plover_mode: "military", object: ["acc"], objectTypes: ["LOC", "ORG"], objectRequired: true,
    clauseNot: ["ordu", "qoşun", "qüvvə"] },
  // 150 MOBILIZE: positions fortified at a border or a front (`X sərhəddə mövqelərini möhkəmləndirir`), a show of military
  // power; a firm's or a currency's position strengthened (`bazarda mövqeyini möhkəmləndirib`) names no border or army
  { head: "mövqe", forms: "noun", type: "MOBILIZE", cameo: "150", plover_mode: "troops", needs: ["möhkəmləndir", "gücləndir"], gap: 0,
    clauseNeeds: ["sərhəd", "cəbhə", "hərbi", "ordu", "qoşun"] },
  // 030 AGREE: readiness for a ceasefire stated after its noun (`X ilə atəşkəsə hazırdır`, `"… atəşkəsə hazırıq"`), as
  // readiness for talks (../events.ts)
  ...["hazırdır", "hazırıq", "hazıram", "hazırdırlar"].map((head): TriggerEntry => ({ head, forms: "noun", type: "AGREE", cameo: "030", object: ["ins"],
    gap: 0, needsBefore: true, firstPerson: head === "hazırıq" || head === "hazıram", needs: ["atəşkəs"] })),
  // 080 CONCEDE: a concession named by a compound of its kind, the possessive in the dative (`ərazi güzəştinə getməyəcək`), as
  // `güzəştə getmək` and `güzəştlərinə getmək` (../events.ts)
  { head: "güzəştinə", forms: "noun", type: "CONCEDE", cameo: "080", needs: ["get"], gap: 0 },
  // 040 CONSULT: a dialogue or talks with a side resumed (`X Y ilə strateji dialoqu bərpa edir`), as talks held
  { head: "dialoq", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], objectRequired: true, needs: ["bərpa"], gap: 1 },
  // 111 ACCUSE: a side called by a name of crime or tyranny the other tables' lists of slurs lack (`X Y-in prezidentini
  // narkobaron adlandırıb`, `… kukla adlandırıb`), as one called a dictator (./breadth-ac24.ts, ./codebook-conflict.ts); a
  // thing named anything else stays none
  { head: "adlandır", forms: "verb", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["acc"], objectRequired: true,
    clauseNeeds: ["narkobaron", "narkoterrorçu", "bandit", "mafioz", "kukla", "oğru", "qaniçən", "cani", "manyak", "korrupsioner",
      "ekstremist", "despot", "tiran", "müstəmləkəçi", "imperialist", "neonasist", "qəsbkar"] },
  // 062 COOPERATE: arms given to a state (`Fransa Ermənistana "Caesar" haubitsaları verib`), as arms sent (./headlines-b4.ts,
  // house convention for supply); a strike, a reply or a permission given with arms in the clause (`raket zərbəsi verib`,
  // `raketlərdən istifadəyə icazə verib`) is another act, and `silah verib` is the `silah` entry of ../events.ts
  { head: "ver", forms: "verb", type: "COOPERATE", cameo: "062", plover_mode: "military", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    activeOnly: true, clauseNeeds: ARMS, clauseNot: NOT_HANDED },
  // 071 AID: a state's debt paid by another (`X Y-in borcunu ödəyib`), economic aid; one's own debt paid names no owner
  { head: "borc", forms: "noun", type: "AID", cameo: "071", plover_mode: "economic", object: ["gen"], objectTypes: ["LOC"], objectRequired: true,
    needs: ["ödə", "bağla"], gap: 1 },
  // 061 COOPERATE: an investment made into a named state's economy (`X Y iqtisadiyyatına 5 milyard dollar investisiya yatırıb`), as
  // headlines16/ reads a pledge into another's economy; an investment into a park, a plant or a district (`Sənaye Parkına …
  // investisiya yatırılıb`), or one told in the passive as a figure, is business
  { head: "investisiya", forms: "noun", type: "COOPERATE", cameo: "061", plover_mode: "economic", object: ["dat"], objectTypes: ["LOC"],
    objectRequired: true, needs: ["qoy", "yatır"], gap: 1, activeOnly: true, clauseNeeds: ["iqtisadiyyat"] },
  // 111 ACCUSE: harsh words or a harsh reply to a side (`Ərdoğandan Netanyahuya ağır sözlər`, `X-dən Y-ə sərt cavab`, `… sərt
  // cavab verdi`), a rebuke; a reply promised (`sərt cavab verəcək`) is the THREATEN entry of ./headlines-b4.ts, and words
  // given with no harsh adjective (`söz verib`) a promise (../events.ts)
  { head: "söz", forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["dat"], objectRequired: true,
    needs: HARSH_WORDS, gap: 0, needsBefore: true },
  { head: "cavab", forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["dat"], objectRequired: true,
    needs: HARSH_WORDS, gap: 0, needsBefore: true, assertedOnly: true },
  // 111 ACCUSE: a condemnation named by its noun in the verbless headline of who to whom (`Türkiyədən İsrailə qınaq`), as
  // `X-dən Y-ə xəbərdarlıq` (the tables' `droppedFrameVerbs`)
  { head: "qınaq", forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["dat"], objectRequired: true, needs: ["et", "ed"], gap: 0 },
  // 054 SUPPORT: relations with a side normalised (`X Y ilə münasibətləri normallaşdıracaq`, `… əlaqələr normallaşır`), as
  // diplomatic relations restored (../events.ts): the verb itself tells they are diplomatic
  ...["münasibət", "əlaqə"].map((head): TriggerEntry => ({ head, forms: "noun", type: "SUPPORT", cameo: "054", object: ["ins"], objectRequired: true,
    needs: ["normallaşdır", "normallaş"], gap: 1 })),
  // 040 CONSULT negated: a meeting or a visit put off (`X Çinə səfərini təxirə salıb`, `görüş təxirə salınıb`), as one called
  // off (`ləğv edib`, ../events.ts); a law's or a payment's date put off names no meeting
  // (and so is an exchange of prisoners put off, `Y ilə əsir mübadiləsini təxirə salıb`: the release told negated) (s31)
  { head: "təxirə", forms: "noun", type: "CONSULT", cameo: "040", needs: ["sal"], gap: 0, clauseNeeds: ["görüş", "səfər", "danışıq", "sammit", "mübadilə"],
    senses: [{ stems: ["görüş", "səfər", "danışıq", "sammit"], type: "CONSULT", cameo: "040", negates: true },
      { stems: ["mübadilə", "əsir"], type: "RETREAT", cameo: "0841", plover_mode: "release", negates: true }] },
  // 100 REQUEST: pressure on a side increased (`ABŞ-nin Venesuelaya təzyiqi artır`, `X Y-ə təzyiqi gücləndirir`), as pressure
  // exerted (`təzyiq göstərir`, ../events.ts); pressure of blood or gas (`qan təzyiqi artır`) names no side in the dative
  { head: "təzyiq", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], objectTypes: ["LOC", "PER", "ORG"], objectRequired: true,
    needs: ["artır", "gücləndir"], gap: 1 },
  // 040 CONSULT: two leaders face to face or at one table, the headline's verbless meeting (`Trampla Putin Alyaskada üz-üzə`,
  // `X Vaşinqtonda Y ilə bir masa arxasında`); a side faced with a crisis or a problem (`böhranla üz-üzə`) names no person met
  { head: "üz-üzə", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], objectTypes: ["PER"], objectRequired: true },
  { head: "arxasında", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], objectTypes: ["PER"], objectRequired: true,
    needs: ["masa"], gap: 0, needsBefore: true, clauseNeeds: ["bir"] },
  // 192 COERCE: villages or towns of a state taken, the state named as their owner in the genitive (`Rusiya Ukraynanın iki
  // kəndini nəzarətə götürüb`), as a town taken by name (./breadth-ca24.ts); a fire or prices brought under control name none
  { head: "nəzarətə", forms: "noun", type: "COERCE", cameo: "192", plover_mode: "seize", object: ["gen"], objectTypes: ["LOC"], objectRequired: true,
    needs: ["götür", "al", "keçir"], gap: 0, clauseNeeds: ["kəndini", "kəndlərini", "şəhərini", "şəhərlərini", "qəsəbəsini", "qəsəbələrini", "ərazilərini"] },
  // 190 ASSAULT: an army beginning an operation (`İsrail ordusu Cenində əməliyyata başlayıb`), as a military one (../events.ts);
  // a police operation is the COERCE entries', a surgery names no army
  { head: "əməliyyata", forms: "noun", type: "ASSAULT", cameo: "190", object: ["dat"], needs: ["başla"], gap: 0, clauseNeeds: ["ordu", "qoşun"] },
  // 190 ASSAULT: a state's facilities put out of action (`Rusiya Ukraynanın qaz infrastrukturunu sıradan çıxarıb`), a strike
  // told by its result; a player out injured (`zədə səbəbindən sıradan çıxıb`) is the intransitive and names no side acted on
  { head: "sıradan", forms: "noun", type: "ASSAULT", cameo: "190", object: ["acc", "gen"], objectTypes: ["LOC", "ORG"], objectRequired: true,
    needs: ["çıxar"], gap: 0 },
  // 120 REJECT: a side's claims or charges answered (`X XİN Ermənistanın iddialarına cavab verib`, `… ittihamlarına cavab
  // verib`), a rebuttal, as claims denied (`iddiaları təkzib edib`, ../events.ts); an answer to a question or a letter is none
  ...["iddialarına", "ittihamlarına"].map((head): TriggerEntry => ({ head, forms: "noun", type: "REJECT", cameo: "120", plover_mode: "deny",
    object: ["gen"], objectTypes: ["LOC", "PER", "ORG"], objectRequired: true, needs: ["cavab"], gap: 0 })),
];
