// Triggers from a second round of paraphrases of the conflictual acts (REQUEST … MOBILIZE) of the studied gold sets (helper
// pa-conf2, test/events-para-pa-conf2.test.ts): other verbs and light verbs than the first round's (./paraphrase-conf.ts),
// each with the words that make it an act between sides, and a look-alike of the same words that stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";
import { ET } from "./light-verbs.js";

export const PARAPHRASE_CONF2: TriggerEntry[] = [
  // 141 PROTEST: a rally that took place (`hökumət əleyhinə aksiya baş tutub`); a sale or a tree-planting campaign
  // (`endirim aksiyası baş tutub`) names no protest
  { head: "aksiya", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo", needs: ["baş"], gap: 0,
    clauseNeeds: ["etiraz", "əleyhinə", "nümayişçi", "istefa"] },
  // 141 PROTEST: a march made (`fermerlər Berlinə yürüş ediblər`); a climbers' or an army's march is none
  { head: "yürüş", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo", needs: ET, gap: 0,
    clauseNot: ["alpinist", "turist", "dağ", "xeyriyyə", "ordu", "qoşun", "tarix"] },
  // 141 PROTEST: crowds pouring into the streets (`minlərlə nəfər küçələrə axışıb`), as `küçələrə çıxıb` in ../events.ts
  { head: "küçələrə", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo", needs: ["axış", "tökül"], gap: 0 },
  // 144 PROTEST: an avenue, a street or a bridge blocked by protesters (`etirazçılar Rustaveli prospektini bağlayıblar`),
  // as roads (./paraphrase-conf.ts); closed for repairs they are none
  ...["prospekt", "küçəni", "küçələri", "körpünü", "magistral"].map((head): TriggerEntry => ({ head, forms: "noun", type: "PROTEST",
    cameo: "144", plover_mode: "obstruct", needs: ["bağla"], gap: 0, clauseNeeds: ["etiraz", "etirazçı", "nümayişçi"] })),
  // 100 REQUEST: a call repeated (`tərəflərə təmkinli olmaq çağırışını təkrarlayıb`)
  { head: "çağırış", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], needs: ["təkrarla", "yenilə"], gap: 0 },
  // 111 ACCUSE: condemned (`İsrailin hərəkətlərini lənətləyib`), as `pisləyib`, `qınayıb`
  { head: "lənətlə", forms: "verb", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["acc"] },
  // 114 ACCUSE: a protest conveyed to a side (`Rusiya tərəfinə kəskin etirazını çatdırıb`), as `etirazını bildirib`
  { head: "etiraz", forms: "noun", type: "ACCUSE", cameo: "114", plover_mode: "disapprove", object: ["dat"], needs: ["çatdır"], gap: 0 },
  // 111 ACCUSE: criticism met by its target (`X Y-in sərt tənqidinə tuş gəlib`): the subject is the one criticised
  { head: "tənqidinə", forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", needs: ["tuş"], gap: 0, undergone: true },
  // 110 ACCUSE: dissatisfaction not hidden (`X-ə qarşı narazılığını gizlətməyib`): the negation is the idiom's own
  { head: "narazılıq", forms: "noun", type: "ACCUSE", cameo: "110", plover_mode: "disapprove", object: ["dat", "abl"], needs: ["gizlət"], gap: 0,
    negationInNeeds: true },
  // 130 THREATEN: threats by their possessed noun with the side they are aimed at (`İranın İsrailə qarşı hədələri`,
  // `Hindistanın Pakistana qarşı … təhdidi`), as charges and warnings (./paraphrase-conf.ts); a threat to health or
  // security (`təhlükəsizliyə təhdid`) is a danger, named by no owner, and one in the background of another act (`X-in … rüsum
  // tətbiq etmək təhdidi fonunda baş verib`) is told elsewhere or not at all
  ...["hədələri", "təhdidi", "təhdidləri"].map((head): TriggerEntry => ({ head, forms: "noun", type: "THREATEN", cameo: "130", object: ["dat"],
    objectTypes: ["PER", "LOC", "ORG"], objectRequired: true,
    notBefore: ["ilə", "görə", "əsasında", "uyğun", "cavab", "olun", "edil", "et", "ed", "altında", "fonunda"] })),
  // 139 THREATEN: a deadline given to a named leader or state (`Tramp Kremlə iki həftəlik möhlət verib`), as `vaxt verib`
  // (./coverage-c4.ts); a respite for a debtor or a firm is no side's
  { head: "möhlət", forms: "noun", type: "THREATEN", cameo: "139", object: ["dat"], objectTypes: ["PER", "LOC"], objectRequired: true, needs: ["ver"],
    gap: 0, clauseNeeds: ["gün", "saat", "həftə"], clauseNot: ["ona", "onlara", "borc", "kredit", "vergi"] },
  // 120 REJECT: claims deemed baseless (`iddiaları əsassız sayıb`), as `əsassız hesab edib` (./coverage-c2.ts)
  { head: "əsassız", forms: "noun", type: "REJECT", cameo: "120", plover_mode: "deny", object: ["acc"], needs: ["say"], gap: 0,
    clauseNeeds: ["iddia", "ittiham", "xəbər", "məlumat"] },
  // 172 COERCE: a licence recalled (`X-in lisenziyasını geri çağırıb`), as revoked (`ləğv edib`); one given back by its
  // holder is none
  { head: "lisenziya", forms: "noun", type: "COERCE", cameo: "172", needs: ["geri"], gap: 0, clauseNot: ["qaytar", "təhvil"] },
  // 173 COERCE: thrown into prison (`zindana atılıb`, `zindana salıb`)
  { head: "zindana", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", object: ["acc"], needs: ["at", "sal"], gap: 0 },
  // 173 COERCE: a person taken into custody by the police (`polisi X-i nəzarətə götürüb`); ground taken by an army is
  // the entry of ../events.ts
  { head: "nəzarətə", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", object: ["acc"], objectTypes: ["PER"], objectRequired: true,
    needs: ["götür", "al"], gap: 0, clauseNeeds: ["polis", "hüquq-mühafizə"] },
  // 192 COERCE: a place come under an army's control (`X Rusiya ordusunun nəzarətinə keçib`): the subject is the place taken
  { head: "nəzarətinə", forms: "noun", type: "COERCE", cameo: "192", plover_mode: "seize", needs: ["keç"], gap: 0, undergone: true,
    clauseNeeds: ["ordu", "qoşun", "silahlı", "hərbçi", "döyüşçü"] },
  // 154 MOBILIZE: fighters, carriers or soldiers moved to a region (`Karib hövzəsinə əlavə qırıcılar yeridib`,
  // `təyyarədaşıyanını yönləndirib`), as troops and ships in ../events.ts; forces redirected (`yönləndirib`, `cəlb edib`)
  ...["qırıcı", "təyyarədaşıyan", "əsgər"].map((head): TriggerEntry => ({ head, forms: "noun", type: "MOBILIZE", cameo: "154", plover_mode: "troops",
    needs: ["yerləşdir", "yerit", "göndər", "yönləndir", "cəmləşdir"], gap: 2 })),
  ...["qoşun", "hərbçi", "gəmi"].map((head): TriggerEntry => ({ head, forms: "noun", type: "MOBILIZE", cameo: "154", plover_mode: "troops",
    needs: ["yönləndir"], gap: 2 })),
  { head: "hərbçi", forms: "noun", type: "MOBILIZE", cameo: "154", plover_mode: "troops", needs: ["cəlb"], gap: 1, clauseNeeds: ["sərhəd"] },
  // 100 REQUEST: an instruction given to a named leader or state (`Tramp Netanyahuya … dayandırmaq barədə göstəriş verib`), as
  // to a body (./regulators-r19.ts)
  { head: "göstəriş", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], objectTypes: ["PER", "LOC"], objectRequired: true,
    needs: ["ver"], gap: 0 },
  // 111 ACCUSE: reproaches by their possessed noun with the side they are aimed at (`Əliyevin Almaniyaya iradları`), as
  // charges and criticism (./paraphrase-conf.ts)
  ...["iradı", "iradları"].map((head): TriggerEntry => ({ head, forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "disapprove",
    object: ["dat"], objectTypes: ["PER", "LOC", "ORG"], objectRequired: true,
    notBefore: ["ilə", "görə", "əsasında", "uyğun", "cavab", "olun", "edil", "et", "ed", "tut", "bildir", "səsləndir"] })),
  // 111 ACCUSE: a side's acts judged a violation, hostile or a provocation (`X-in hərəkətlərini beynəlxalq hüququn kobud
  // pozuntusu kimi qiymətləndirib`, `addımını düşməncəsinə hərəkət kimi dəyərləndirib`), as judged persecution
  // (./articles-v13.ts); a step judged a success is none
  ...["qiymətləndir", "dəyərləndir"].map((head): TriggerEntry => ({ head, forms: "verb", type: "ACCUSE", cameo: "111",
    plover_mode: "disapprove", object: ["acc"], needs: ["kimi"], gap: 0, needsBefore: true, activeOnly: true,
    clauseNeeds: ["pozuntu", "düşmən", "düşməncəsinə", "təxribat", "provokasiya", "təcavüz"] })),
  // 130 THREATEN: a warning sent or addressed to a side (`X-ə … barədə xəbərdarlıq göndərib`), as `xəbərdarlıq edib`
  { head: "xəbərdarlıq", forms: "noun", type: "THREATEN", cameo: "130", object: ["dat"], needs: ["göndər", "ünvanla"], gap: 0, clauseNot: ["təhlükə"] },
  // 120 REJECT: reports said not to reflect the truth (`xəbərlərin həqiqəti əks etdirmədiyini bildirib`); reports that do
  // are no act
  { head: "həqiqəti", forms: "noun", type: "REJECT", cameo: "120", plover_mode: "deny", negatedOnly: true, needs: ["əks"], gap: 0,
    clauseNeeds: ["xəbər", "iddia", "məlumat", "açıqlama"] },
  // 141 PROTEST: protests that spread (`tələbələrin etirazları … şəhərlərinə də yayılıb`), as protests that go on
  ...["etiraz", "nümayiş"].map((head): TriggerEntry => ({ head, forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo",
    needs: ["yayıl"], gap: 3 })),
  // 195 ASSAULT: a place showered with shells or missiles (`X-i mərmi yağışına tutub`), as shelled (`atəşə tutub`)
  { head: "yağışına", forms: "noun", type: "ASSAULT", cameo: "195", object: ["acc"], needs: ["tut"], gap: 0,
    clauseNeeds: ["mərmi", "raket", "bomba", "güllə", "dron"] },
  // 163 SANCTION: restrictive measures widened or tightened (`Rusiyaya qarşı məhdudlaşdırıcı tədbirlərini genişləndirib`), as
  // imposed (./coverage-c2.ts)
  { head: "tədbir", forms: "noun", type: "SANCTION", cameo: "163", plover_mode: "discontinue", object: ["dat"],
    needs: ["genişləndir", "sərtləşdir", "uzat"], gap: 0, clauseNeeds: ["məhdudlaşdırıcı"] },
  // 161 SANCTION: ties with a named state suspended (`Rusiya ilə parlamentlərarası əlaqələri dayandırıb`), as diplomatic ties
  // (./codebook-conflict.ts)
  { head: "əlaqə", forms: "noun", type: "SANCTION", cameo: "161", plover_mode: "withdraw", object: ["ins"], objectTypes: ["LOC", "ORG"],
    objectRequired: true, needs: ["dayandır"], gap: 0, clauseNeeds: ["parlamentlərarası", "mədəni", "hərbi", "iqtisadi", "ticarət"] },
  // 100 REQUEST: an act asked of a side named in the genitive, its subject (`Rəsmi Bakı Moskvanın hadisəni araşdırmasını
  // istəyir`), as one asked of a side in the ablative (./coverage-c4.ts); a thing of that side wanted (`Y-in təcrübəsini
  // öyrənmək istəyir`) or a state of it wished (`Y-in güclü olmasını istəyirik`) is none
  { head: "istə", forms: "verb", type: "REQUEST", cameo: "100", object: ["gen"], objectTypes: ["PER", "LOC", "ORG"], objectRequired: true,
    activeOnly: true, complementCase: "acc", afterAskedAct: true, notAfter: ["olmasını", "olmalarını", "qalmasını", "qalmalarını"] },
];
