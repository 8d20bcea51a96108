// Triggers from invented breadth for accusations, rejections, threats and concessions in political and world news (helper
// ac24, test/events-breadth-ac24.test.ts): phrasings of APA, Report, Trend, Oxu.az and AzərTac the tables did not read,
// each a general form of news, checked over the unlabelled pools (see ./README.md).
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Words of harm promised (`amansız cavab`, `cəhənnəm`, `qisas`): a promise of them to a side is a threat (the `vəd` entry of
 *  ../events.ts). */
export const HARM_PROMISED = ["amansız", "sarsıdıcı", "dağıdıcı", "məhvedici", "cəhənnəm", "qisas", "intiqam"];

/** Names a side is called that charge it (`X-i "müasir dövrün Hitleri" adlandırıb`, `addımlarını təhlükəli və təxribatçı`). */
const CHARGING_NAMES = ["təxribatçı", "təhlükəli", "qərəzli", "faşist", "nasist", "hitler", "diktator", "cinayətkar", "işğalçı",
  "aqressor", "təcavüzkar", "terrorçu", "terrorizm", "yalançı", "ikiüzlü", "düşmən", "absurd", "qeyri-qanuni", "russofob", "şantaj",
  "cinayət", "işğal", "soyqırım"];

export const BREADTH_AC24: TriggerEntry[] = [
  // 055 a verbless headline of an apology by who made it to whom (`X-dən Y-yə üzr`, as `X-dən Y-yə xəbərdarlıq`, its verb
  // dropped); `üzr etmək` is no phrase, so the entry reads only in that frame (`X-dən üzr istəyib` is the entry of ../events.ts)
  { head: "üzr", forms: "noun", type: "CONCEDE", cameo: "055", object: ["dat"], objectTypes: ["PER", "LOC", "ORG"], objectRequired: true, needs: ["et"], gap: 0 },
  // 091 an investigation started with the causative (`X barəsində cinayət işi başladıb`, `araşdırma başladılıb`), as `başlayıb`
  { head: "cinayət", forms: "noun", type: "ACCUSE", cameo: "091", plover_mode: "investigate", needs: ["başlat", "başlad"], gap: 1 },
  { head: "araşdırma", forms: "noun", type: "ACCUSE", cameo: "091", plover_mode: "investigate", object: ["gen"], needs: ["başlat", "başlad"], gap: 0,
    clauseNeeds: ["barəsində", "qarşı", "ilə bağlı"] },
  // 080 criminal cases closed in the active (`etirazçılara qarşı cinayət işlərini bağlayıb`, `cinayət işini dayandırıb`), as the
  // passive `cinayət işi dayandırılıb` of ../events.ts (charges dropped)
  ...["işi", "işləri"].map((head): TriggerEntry => ({ head, forms: "noun", type: "CONCEDE", cameo: "080", object: ["dat"], needs: ["bağla", "dayandır"], gap: 0,
    clauseNeeds: ["cinayət"] })),
  // 081 visa requirements or rules eased for a state's citizens (`X vətəndaşları üçün viza tələblərini sadələşdirib`), as the
  // visa regime of headlines-b4.ts
  ...["tələb", "qayda", "prosedur"].map((head): TriggerEntry => ({ head, forms: "noun", type: "CONCEDE", cameo: "081",
    needs: ["yüngülləşdir", "sadələşdir", "yumşalt"], gap: 0, clauseNeeds: ["viza", "giriş"] })),
  // 080 a veto withdrawn by its owner (`X-ə qarşı vetosunu geri götürüb`), as `vetodan imtina edib` (articles-v10.ts); a
  // parliament lifting a president's veto (`prezidentin vetosunu götürdü`) overrides it, no concession
  { head: "veto", forms: "noun", type: "CONCEDE", cameo: "080", object: ["dat"], needs: ["geri"], gap: 0 },
  // 081 an arrest laid on property lifted (`X şirkətlərinin aktivləri üzərindəki həbsi götürüb`, `əmlakı üzərindən həbs
  // götürülüb`): the restriction eased (the arrest entry of ../events.ts reads none before `götür`)
  { head: "həbs", forms: "noun", type: "CONCEDE", cameo: "081", plover_mode: "ease", object: ["gen"], needs: ["götür"], gap: 0 },
  // 138 steps against a side promised (`X Y-ə qarşı sərt addımlar atacağını bildirib`, `cavab addımları atacaq`): a threat;
  // steps taken (`addımlar atıb`) or steps with a side (`X ilə birgə addımlar`) are none; `addım adlandırıb` (called a step,
  // whose `ad-` the reader takes for a softened `at-`) and `atəş` are no steps taken
  { head: "addım", forms: "noun", type: "THREATEN", cameo: "130", object: ["dat"], objectTypes: ["PER", "LOC", "ORG"], objectRequired: true,
    needs: ["at"], gap: 0, promisedOnly: true, clauseNeeds: ["qarşı", "cavab"], notBefore: ["ad", "atəş"] },
  // 111 a side or its acts called by a name that charges it (`Netanyahunu "müasir dövrün Hitleri" adlandırıb`, `Pekinin
  // addımlarını "təhlükəli və təxribatçı" adlandırıb`), as the names of coverage-c4.ts
  { head: "adlandır", forms: "verb", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["acc"], objectRequired: true,
    clauseNeeds: CHARGING_NAMES },
  // 120 a side's claims or charges not accepted (`Yunanıstanın Egey dənizindəki iddialarını qəbul etmir`), as a dictate
  // (articles-inv22p.ts)
  { head: "qəbul", forms: "noun", type: "REJECT", cameo: "120", negatedOnly: true, needs: ["et", "ed", "olun"], gap: 0,
    clauseNeeds: ["iddia", "ittiham", "ultimatum"] },
  // 055 an apology as forgiveness asked (`X-dən bağışlanma diləyib`), as `üzr diləyib` (paraphrase-coop2.ts)
  // (forgiveness asked of God for the dead, `Allahdan rəhmət və bağışlanma diləyir`, is a prayer of condolence: pages-pga)
  { head: "bağışlanma", forms: "noun", type: "CONCEDE", cameo: "055", object: ["abl"], needs: ["dilə", "istə"], gap: 0, clauseNot: ["allah", "rəhmət", "tanrı"] },
  // 080 a fault taken upon oneself (`hökumətin səhvə yol verdiyini boynuna alıb`), as `günahını boynuna alıb`
  // (paraphrase-coop2.ts); anything else taken on (`öhdəliyi boynuna alıb`) is none
  { head: "boynuna", forms: "noun", type: "CONCEDE", cameo: "080", needs: ["al"], gap: 0, clauseNeeds: ["səhv", "xəta", "yanlış", "təqsir", "günah", "məsuliyyət"] },
  // 081 border crossings or airspace opened to a side (`X vətəndaşları üçün sərhəd keçid məntəqələrini yenidən açıb`, `X
  // aviaşirkətləri üçün hava məkanını açıb`), as `sərhədi açıb` of ../events.ts (`açıq` open and `açıqlayıb` announced are none);
  // only with the side they are opened for (`Litva keçid məntəqəsini yenidən açıb` alone is none, test/events-articles-v7.test.ts)
  { head: "məntəqə", forms: "noun", type: "CONCEDE", cameo: "081", objectTypes: ["LOC", "ORG"], objectRequired: true, needs: ["açıl", "açıb", "açacaq", "açdı"], gap: 1, clauseNeeds: ["keçid"] },
  { head: "məkan", forms: "noun", type: "CONCEDE", cameo: "081", objectTypes: ["LOC", "ORG"], objectRequired: true, needs: ["açıl", "açıb", "açacaq", "açdı"], gap: 1, clauseNeeds: ["hava"] },
  // charges and refusals said in a quotation or a headline's `X: …` (`saidOf`: the speaker acts on the side the words name;
  // said by no one they are none): a plan, an offer or a demand called unacceptable (`Kreml: "Zelenskinin planı
  // qəbuledilməzdir"`, REJECT), a side's statement or act called biased (`"Fransanın bəyanatı qərəzlidir"`, ACCUSE 112), a
  // peace process or talks held up by a side (`Hacıyev: Ermənistan sülh prosesini ləngidir`, ACCUSE 112)
  { head: "qəbuledilməzdir", forms: "noun", type: "REJECT", cameo: "120", saidOf: true,
    clauseNeeds: ["plan", "təklif", "tələb", "şərt", "ultimatum", "iddia", "layihə"] },
  { head: "qərəzlidir", forms: "noun", type: "ACCUSE", cameo: "112", plover_mode: "allege", saidOf: true },
  { head: "ləngid", forms: "verb", type: "ACCUSE", cameo: "112", plover_mode: "allege", object: ["acc"], saidOf: true,
    clauseNeeds: ["sülh", "danışıq", "proses", "saziş", "müqavilə", "delimitasiya"] },
  // 111 an act judged as one that charges it (`X-in hərəkətlərini nüvə terrorizmi kimi qiymətləndirib`), as coverage-c4.ts
  ...["qiymətləndir", "dəyərləndir"].map((head): TriggerEntry => ({ head, forms: "verb", type: "ACCUSE", cameo: "111", plover_mode: "disapprove",
    object: ["acc"], needs: ["kimi"], gap: 0, needsBefore: true, clauseNeeds: CHARGING_NAMES })),
  // 092 an inquiry started with the causative (`X-ə qarşı istintaq başladıb`), as `istintaqa başlayıb` of ../events.ts
  { head: "istintaq", forms: "noun", type: "ACCUSE", cameo: "092", plover_mode: "investigate", needs: ["başlat", "başlad"], gap: 1 },
  // 120 claims said to have no ground (`bu iddiaların heç bir əsası olmadığını bəyan edib`), as `iddialar əsassızdır`
  // (coverage-c2.ts); only told negated, and only of claims, charges or reports
  { head: "əsas", forms: "noun", type: "REJECT", cameo: "120", plover_mode: "deny", needs: ["ol"], gap: 0, negatedOnly: true,
    clauseNeeds: ["iddia", "ittiham", "xəbər", "şayiə"] },
  // 112 a side charged with unsettling another, in its speaker's words (`Sandu: "Kreml Moldovanı sabitsizləşdirməyə çalışır"`)
  { head: "sabitsizləşdir", forms: "verb", type: "ACCUSE", cameo: "112", plover_mode: "allege", object: ["acc"], saidOf: true },
];
