// Triggers from invented whole articles of wars and crises (strikes, truces, tariffs, sanctions, trials abroad), written
// in the style of the agencies and annotated before the system read them: the phrasings of those articles that no entry
// read, each kept narrow and checked over the unlabelled pools (see ./README.md and test/events-articles-v2.test.ts).
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const ARTICLES_V2: TriggerEntry[] = [
  // 138 THREATEN: a reply promised to an attack, a strike or a killing (`komandirinin qətlinə cavab verəcəyini bəyan edib`,
  // `İsrailin hücumuna cavab verəcək`), as a harsh reply promised (`ciddi cavab verəcək`); a reply to questions, letters,
  // calls or charges (`hücumla bağlı suallara cavab verəcək`) answers, and a reply given (`cavab verib`) is no threat
  { head: "cavab", forms: "noun", type: "THREATEN", cameo: "138", plover_mode: "violence", object: ["dat"], needs: ["ver"], gap: 0, promisedOnly: true,
    clauseNeeds: ["hücum", "zərbə", "qətl", "sui-qəsd", "təcavüz", "bombardman"],
    clauseNot: ["sual", "sorğu", "müraciət", "məktub", "tələb", "çağırış", "ittiham", "iddia", "tənqid"] },
  // 111 ACCUSE: an act or a measure called unlawful or reckless (`Kreml yeni sanksiyaları qanunsuz adlandırıb`, `seçkiləri
  // qeyri-legitim adlandırıb`, `Rusiyanın hərəkətlərini "ehtiyatsız" adlandırıb`), as one called hostile (`qeyri-dost addım
  // adlandırıb`)
  { head: "adlandır", forms: "verb", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["acc"],
    clauseNeeds: ["qanunsuz", "qeyri-qanuni", "qeyri-legitim", "legitimsiz", "ehtiyatsız", "məsuliyyətsiz"] },
  // 057 SUPPORT: a deal between sides approved (`HƏMAS ilə … razılaşmanı təsdiqləyib`), as `sazişi təsdiqləyib`
  { head: "təsdiqlə", forms: "verb", type: "SUPPORT", cameo: "057", object: ["ins"], gap: 0, needsBefore: true,
    needs: ["razılaşma", "anlaşma", "sövdələşmə"] },
  // 0872 RETREAT withdraw: an army's troops pulled out (`Qəzzanın bəzi hissələrindən qoşunlarını çəkəcək`), as `qoşunlarını
  // çıxarıb`; troops moved to a border or a front (`sərhədə qoşun çəkib`) are massed there, no withdrawal
  { head: "qoşun", forms: "noun", type: "RETREAT", cameo: "0872", plover_mode: "withdraw", object: ["abl"], needs: ["çək"], gap: 1,
    notBefore: ["sərhəd", "cəbhə", "bölgəy", "ərazisinə"], clauseNot: ["sərhəd", "cəbhə"] },
];
