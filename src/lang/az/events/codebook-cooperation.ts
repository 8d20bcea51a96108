// Triggers from a walk of the CAMEO codebook (../../../../shared/plover/CAMEO2PLOVER-2021.txt), cooperation codes:
// the news phrasings of each code, top-down from the ontology rather than from one article's wording.
import type { TriggerEntry } from "../../../extract/events/tables.js";
import { ET } from "./light-verbs.js";

export const CODEBOOK_COOPERATION: TriggerEntry[] = [
  // 03 AGREE: intent, consent, deals reached
  // an offer or an invitation accepted (`X-in təklifini qəbul edib`, `dəvəti qəbul edib`): the owner of the offer is the partner
  // (before the CONSULT reading of `qəbul edib`, a guest received, which the phrase takes)
  // (an invitation not accepted, `Moskva dəvəti qəbul etməyib`, is refused: REJECT, CAMEO 120, read first, so the negated
  // form takes no AGREE; an offer not accepted is refused by the offer's own entry, `refusedAs`)
  { head: "dəvət", forms: "noun", type: "REJECT", cameo: "120", object: ["acc"], needs: ["qəbul"], gap: 0, negatedOnly: true },
  { head: "təklif", forms: "noun", type: "AGREE", cameo: "030", object: ["acc"], needs: ["qəbul"], gap: 0, refusedAs: { type: "REJECT", cameo: "120" } },
  // (the time of the visit accepted, `2026-cı ildə Çinə səfər dəvətini qəbul edib`, dates no acceptance: visitDated)
  { head: "dəvət", forms: "noun", type: "AGREE", cameo: "036", object: ["acc"], needs: ["qəbul"], gap: 0, visitDated: true },
  // a proposal put forward (`X-ə ev sahibliyi etmək təklifini irəli sürüb`) offers it; proposing that others act
  // (`… qadağan etməyi / qaldırılmasını təklif kimi irəli sürüb`) asks them to, as for `təklif edib`
  { head: "təklif", forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], needs: ["sür"], gap: 2,
    senses: [{ objectEndings: ["mağı", "məyi", "masını", "məsini"], type: "REQUEST", cameo: "100" }] },
  // an invitation to a person (`Putin Əliyevi Moskvaya dəvət edib`, CAMEO 036 intent to meet); an invitation to
  // customers or to a country's citizens (`Azərbaycan vətəndaşlarını … dəvət edir`) names no side; the passive names the guest, not the host
  { head: "dəvət", forms: "noun", type: "AGREE", cameo: "036", object: ["acc"], objectTypes: ["PER"], objectRequired: true, needs: ET, gap: 0, activeOnly: true },
  // invited on a visit (`X-i Y-yə səfərə dəvət edib`): the visit is to come, the invitation the act (before `səfər` CONSULT 042)
  // (a date before the destination, `X-i aprel ayında Pekinə səfərə dəvət edib`, is the visit's: visitDated)
  { head: "səfərə", forms: "noun", type: "AGREE", cameo: "036", object: ["acc"], needs: ["dəvət"], gap: 0, activeOnly: true, visitDated: true },
  // assurances given (`təminat verib`), as guarantees
  { head: "təminat", forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], needs: ["ver"], gap: 1 },
  // a deal reached (`sövdələşməyə nail olublar`, `sövdələşmə əldə olunub`); one concluded or signed is signing (CAMEO 057)
  { head: "sövdələşmə", forms: "noun", type: "AGREE", cameo: "030", object: ["ins"], needs: ["əldə", "nail", "gəl"], gap: 2 },
  { head: "sövdələşməyə", forms: "noun", type: "AGREE", cameo: "030", object: ["ins"], needs: ["nail", "gəl"], gap: 0 },
  { head: "sövdələşmə", forms: "noun", type: "SUPPORT", cameo: "057", object: ["ins"], needs: ["bağla", "imzala"], gap: 1 },
  // a compromise reached (`uzlaşma əldə olunub`, `uzlaşıblar`); only past and future forms: the present is mostly "is
  // consistent with" (`qanunla uzlaşmır`), and `uzlaşdırılıb` is coordinated at home
  { head: "uzlaşma", forms: "noun", type: "AGREE", cameo: "030", object: ["ins"], needs: ["əldə", "gəl", "nail"], gap: 2 },
  ...["uzlaşıb", "uzlaşdı", "uzlaşacaq"].map((head): TriggerEntry => ({ head, forms: "verb", type: "AGREE", cameo: "030", object: ["ins"] })),
  // talks or dialogue agreed to, open to, or ready for (`danışıqlara razıdır`, `dialoqa açıqdır`, `danışıqlara hazırdır`): intent
  // to negotiate (CAMEO 036), not talks held; told negated (`danışıqlara hazır deyil`, `görüşə razı deyil`) it declines
  // them (REJECT 125)
  ...["danışıqlara", "dialoqa", "görüşə"].map((head): TriggerEntry => ({ head, forms: "noun", type: "AGREE", cameo: "036", object: ["ins"], needs: ["razı", "razılıq", "razılığ", "açıq", "hazır", "hazırlıq", "hazırlığ"], gap: 0,
    refusedAs: { type: "REJECT", cameo: "125" } })),
  { head: "əməkdaşlığa", forms: "noun", type: "AGREE", cameo: "030", object: ["ins"], needs: ["razı", "razılıq", "razılığ", "açıq"], gap: 0 },
  // (an intent, `X etmək niyyətindədir`, is read by the mode tables as the act of the infinitive planned: no entry of its own)
  // a promise given (`vəd verib`, as `vəd edib`; false promises, `yalan vədlər verərək`, are a fraud); a commitment restated (`öhdəliyini təsdiqləyib`), readiness or consent
  // stated (`hazırlığını bildirib`, `razılığını bildirib`)
  { head: "vəd", forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], needs: ["ver"], gap: 0, notAfter: ["yalan", "boş", "saxta"] },
  { head: "öhdəlik", forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], needs: ["təsdiqlə", "bəyan", "ifadə"], gap: 1 },
  { head: "hazırlıq", forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], needs: ["bildir", "ifadə", "bəyan"], gap: 1 },
  { head: "razılıq", forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], needs: ["bildir", "ifadə"], gap: 1 },
  // true to a commitment (`öhdəliklərinə sadiq olduğunu bildirib`); a loyal customer (`sadiq müştəri`) is no pledge
  { head: "sadiq", forms: "noun", type: "AGREE", cameo: "030", needs: ["öhdəlik", "saziş", "razılaşma", "müqavilə", "əməkdaşlıq", "sülh", "tərəfdaşlıq"],
    gap: 0, needsBefore: true },
  // interested in cooperating (`əməkdaşlıqda maraqlıdır`), an intent to cooperate
  { head: "əməkdaşlıqda", forms: "noun", type: "AGREE", cameo: "030", object: ["ins"], needs: ["maraqlı"], gap: 0 },
  // an initiative or a proposal put forward (`təşəbbüslə çıxış edib`, `təkliflə çıxış edib`): an offer
  { head: "təşəbbüslə", forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], needs: ["çıxış"], gap: 0 },
  { head: "təkliflə", forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], needs: ["çıxış"], gap: 0 },
  // 04 CONSULT
  // views exchanged (`X Y ilə fikir mübadiləsi aparıb`, `X və Y fikir mübadiləsi ediblər`): a consultation; told after a meeting
  // or a call it is that act again (one event), and with no side named none
  { head: "fikir", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], needs: ["mübadilə"], gap: 0 },
  // mediation accepted (`X-in vasitəçiliyini qəbul edib`, CAMEO 038); before mediation carried out
  ...["vasitəçilik", "vasitəçiliy", "vasitəçiliyi"].map((head): TriggerEntry => ({ head, forms: "noun", type: "AGREE", cameo: "038", object: ["acc"], needs: ["qəbul"], gap: 0 })),
  // mediation between sides (`X ilə Y arasında vasitəçilik edib`, CAMEO 045)
  { head: "vasitəçilik", forms: "noun", type: "CONSULT", cameo: "045", object: ["ins"], needs: ET, gap: 0 },
  // getting in touch with a person or a state (`Lavrovla əlaqə saxlayıb`); a number to call is no partner
  { head: "əlaqə", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], objectTypes: ["PER", "LOC", "ORG"], objectRequired: true, needs: ["saxla"], gap: 0 },
  { head: "təmasda", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], objectTypes: ["PER", "LOC", "ORG"], objectRequired: true, needs: ["ol"], gap: 0 },
  // received by a host (`Prezidentin qəbulunda olub`, CAMEO 043); a bill's adoption (`layihələrin qəbulunda`) is no visit
  { head: "qəbulunda", forms: "noun", type: "CONSULT", cameo: "043", plover_mode: "visit", object: ["gen"], objectTypes: ["PER", "ORG", "LOC"], objectRequired: true, needs: ["ol"], gap: 0 },
  // contact set up (`X ilə təmas qurub`)
  { head: "təmas", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], objectTypes: ["PER", "LOC", "ORG"], objectRequired: true, needs: ["qur", "saxla"], gap: 1 },
  // consultations held (`X ilə konsultasiyalar keçirilib`); a lawyer's consultation (`hüquqi konsultasiya`) holds none
  { head: "konsultasiya", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], needs: ["keçir", "apar"], gap: 1, needsBefore: true },
  // a dialogue held with a side (`X ilə dialoq aparır`)
  { head: "dialoq", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], objectRequired: true, needs: ["apar", "keçir"], gap: 1 },
  // 05 SUPPORT
  // a step welcomed (`qərarı məmnunluqla qarşılayıb`): praise, not a guest received (`qarşılayıb` alone is CONSULT 043)
  ...["məmnunluqla", "rəğbətlə", "razılıqla", "müsbət"].map((head): TriggerEntry => ({ head, forms: "noun", type: "SUPPORT", cameo: "051", object: ["acc"], needs: ["qarşıla"], gap: 0 })),
  // valued highly (`yüksək dəyərləndirib`), as `yüksək qiymətləndirib`
  { head: "yüksək", forms: "noun", type: "SUPPORT", cameo: "051", object: ["acc"], needs: ["dəyərləndir"], gap: 0 },
  { head: "müsbət", forms: "noun", type: "SUPPORT", cameo: "051", object: ["acc"], needs: ["dəyərləndir"], gap: 0 },
  // support declared (`dəstəyini bəyan edib`, `dəstəyini nümayiş etdirib`, past `bir daha`, once more)
  { head: "dəstək", forms: "noun", type: "SUPPORT", cameo: "051", object: ["dat"], needs: ["bəyan", "nümayiş"], gap: 2 },
  // support for a named side's cause (`Azərbaycanın ərazi bütövlüyünə dəstəyini ifadə edib`, `X-in mövqeyinə dəstək verib`):
  // the genitive owning the noun supported is the side, as the owner of what `dəstəkləyib` takes (read only when no side
  // stands in the dative itself, by the entries before; a person's or a firm's, `X-in yubileyinə dəstək`, is sponsorship)
  { head: "dəstək", forms: "noun", type: "SUPPORT", cameo: "051", object: ["gen"], objectTypes: ["LOC"], objectRequired: true,
    needs: ["ver", "göstər", "ifadə", "bildir", "bəyan", "nümayiş"], gap: 1 },
  // an agreement signed (`sazişə imza atıblar`); `ilkə imza atıb` (set a first) signs nothing
  { head: "imza", forms: "noun", type: "SUPPORT", cameo: "057", object: ["ins"], needs: ["at"], gap: 1,
    clauseNeeds: ["saziş", "müqavilə", "memorandum", "bəyannamə", "protokol", "razılaşma", "sövdələşmə", "konvensiya"] },
  // an embassy or a consulate opened (CAMEO 054, as relations set up; closing one is SANCTION); not `açıqlayıb` announced
  ...["səfirlik", "səfirliy", "konsulluq", "konsulluğ"].map((head): TriggerEntry => ({ head, forms: "noun", type: "SUPPORT", cameo: "054", object: ["dat"],
    needs: ["açıl", "açıb", "açacaq", "açdı", "açmağ", "açma"], gap: 1 })),
  // a letter of thanks sent to someone (`X-ə təşəkkür məktubu göndərib`) is the thanks (the letter entry leaves it out)
  { head: "təşəkkür", forms: "noun", type: "SUPPORT", cameo: "051", object: ["dat"], needs: ["məktub"], gap: 0 },
  // so is a letter or telegram of condolence (`X-ə başsağlığı məktubu / teleqramı göndərib`)
  { head: "başsağlığı", forms: "noun", type: "SUPPORT", cameo: "051", object: ["dat"], needs: ["məktub", "teleqram"], gap: 0 },
  // cooperation made formal (`X ilə əməkdaşlığı rəsmiləşdirib`): an agreement signed (CAMEO 057)
  { head: "əməkdaşlıq", forms: "noun", type: "SUPPORT", cameo: "057", object: ["ins"], needs: ["rəsmiləşdir"], gap: 0 },
  // a joint statement or a declaration adopted (`birgə bəyanat qəbul edilib`) is signed between the sides (CAMEO 057)
  { head: "bəyanat", forms: "noun", type: "SUPPORT", cameo: "057", object: ["ins"], needs: ["qəbul", "imzala"], gap: 1, clauseNeeds: ["birgə"] },
  { head: "bəyannamə", forms: "noun", type: "SUPPORT", cameo: "057", object: ["ins"], needs: ["qəbul"], gap: 1 },
  // a communiqué adopted at a meeting (`kommünike qəbul olunub`), as a joint statement
  { head: "kommünike", forms: "noun", type: "SUPPORT", cameo: "057", object: ["ins"], needs: ["qəbul", "imzala"], gap: 1 },
  // reconciled (`X ilə barışdı`, `barışıblar`): finite forms only, as the stem also makes nouns of no act (`barış prosesi`,
  // a truce `barışıq`, read as a verb form of the first person)
  ...["barışdı", "barışıb", "barışacaq", "barışmış"].map((head): TriggerEntry => ({ head, forms: "verb", type: "SUPPORT", cameo: "050", object: ["ins"] })),
  // a side's stance defended (`X-in mövqeyini müdafiə edib`, CAMEO 052); a country, a border or a thesis defended is no
  // verbal support
  { head: "müdafiə", forms: "noun", type: "SUPPORT", cameo: "052", object: ["acc"], needs: ET, gap: 0, clauseNeeds: ["mövqe"] },
  // praised (`yüksək qiymət verib`); a legal assessment (`hüquqi qiymət verilməsi`) praises no one
  { head: "qiymət", forms: "noun", type: "SUPPORT", cameo: "051", object: ["dat"], needs: ["ver"], gap: 0, clauseNeeds: ["yüksək", "layiqli", "müsbət"] },
  // 10 REQUEST
  // asked of a person (`Trampdan silah istəyib`, `X-dən vaxt istəyən`); from a state it is mostly a purchase wanted
  // (`Çindən qaz almaq istəyir`)
  { head: "istə", forms: "verb", type: "REQUEST", cameo: "100", object: ["abl"], objectTypes: ["PER"], objectRequired: true, activeOnly: true },
  // (an act asked of a side named as its doer in the genitive, `Aİ Rusiyanın hücumları dayandırmasını istəyir`: the entry of
  // ./paraphrase-conf2.ts)
  // persuading a side to act or not to (`Trampı … verməməyə inandırıb`): urging it (CAMEO 10)
  { head: "inandır", forms: "verb", type: "REQUEST", cameo: "100", object: ["acc"], objectTypes: ["PER", "LOC", "ORG"], objectRequired: true },
  // a condition set (`atəşkəs üçün şərt qoyub`) demands it; a request conveyed (`xahişini çatdırıb`)
  { head: "şərt", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], needs: ["qoy"], gap: 1 },
  { head: "xahiş", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], needs: ["çatdır", "bildir", "ünvanla"], gap: 1 },
  // a request sent to a body or a state (`İnterpola sorğu göndərib`); a poll (`sorğu keçirilib`) asks no side
  { head: "sorğu", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], objectTypes: ["PER", "LOC", "ORG"], objectRequired: true, needs: ["göndər", "ünvanla"], gap: 1 },
  // a demand voiced (`tələbini səsləndirib`)
  { head: "tələb", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], needs: ["səsləndir", "ünvanla", "bəyan"], gap: 1 },
  // applied to join a body (`X-ə qoşulmaq üçün müraciət edib`, `üzvlük üçün müraciət edib`): asking to be let in (CAMEO 102)
  { head: "müraciət", forms: "noun", type: "REQUEST", cameo: "102", object: ["dat"], needs: ["qoşul", "üzv"], gap: 1, needsBefore: true },
  // a draft resolution sent to a body (`qətnamə layihəsini BMT TŞ-yə göndərib`): asking it to act; one a body put forward
  // with no addressee (`Avropa Parlamenti … qətnaməni təqdim edib`) asks no one (test/events-pages-si.test.ts)
  { head: "qətnamə", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], objectRequired: true, needs: ["göndər", "təqdim"], gap: 3 },
  // an appeal to a leader or a state (`Si Cinpinə xahişlə müraciət etdi`); to the people or to drivers it names no side,
  // and to a body (`komissiyaya müraciət edə bilərlər`) it is mostly an application
  { head: "müraciət", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], objectTypes: ["PER", "LOC"], objectRequired: true, needs: ET, gap: 1,
    // (a state's people addressed, `Suriya xalqına müraciət edib`, is an address to the nation, no side asked)
    clauseNot: ["xalq", "millət", "ictimaiyyət"] },
  { head: "rica", forms: "noun", type: "REQUEST", cameo: "100", object: ["abl"], needs: ET, gap: 0 },
  // calls voiced or addressed (`çağırışlar səsləndirib`)
  { head: "çağırış", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], needs: ["səsləndir", "ünvanla"], gap: 1 },
  // came out with a demand (`X-in tələbi ilə çıxış edib`)
  { head: "tələbi", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], needs: ["çıxış"], gap: 1 },
  { head: "tələbləri", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], needs: ["çıxış"], gap: 1 },
];
