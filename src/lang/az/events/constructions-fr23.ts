// Constructions of political news the event stage misread (helper fr23, `test/events-constructions-fr23.test.ts`): grammar,
// not vocabulary, so each entry is narrow and was checked over the unlabelled pools.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const CONSTRUCTIONS_FR23: TriggerEntry[] = [
  // 043 CONSULT host: a guest received in the passive with no agent, where the text names the host by the place
  // (`Türkiyə nümayəndə heyəti Kremldə qəbul edilib`, `X-in baş naziri Ağ Evdə qəbul olunub`, `… Bakıda qəbul edilib`): the
  // place in the locative stands for its owner, a city for its state, as the locative of `Bakıda səfərdə olub` does. Only a
  // guest titled or sent (`nümayəndə heyəti`, `naziri`, `prezidenti`); a document adopted (`Bəyannamə Bakıda qəbul edilib`),
  // people admitted or applications taken (`universitetdə qəbul olunub`, `ərizələr … qəbul edilir`) receive no guest.
  // (With no place named, or a place whose owner no name gives, `Prezident Sarayında`, there is no host to read: none.)
  { head: "qəbul", forms: "noun", type: "CONSULT", cameo: "043", plover_mode: "visit", object: ["loc"], objectTypes: ["LOC", "ORG"], objectRequired: true,
    destination: true, passiveOnly: true, needs: ["olun", "edil"], gap: 0,
    clauseNeeds: ["nümayəndə", "heyət", "nazir", "prezident", "səfir", "sədr", "başçı", "spiker", "kansler", "kral", "emir", "lider", "katib"],
    clauseNot: ["bəyannamə", "qanun", "qərar", "qətnamə", "sənəd", "layihə", "kommünike", "ərizə", "müraciət", "saziş", "proqram", "plan",
      "vəzifə", "universitet", "məktəb", "üzv", "kurs", "təhsil", "tələbə", "abituriyent", "şagird"],
    notAfter: ["işə", "xidmətə", "üzvlüyə", "universitetə", "məktəbə"] },
  // 030 AGREE / 057 SUPPORT: a verbless headline naming an agreement between two sides (`X ilə Y arasında razılaşma`, `X və Y
  // arasında tarixi saziş`): the agreement reached (AGREE, as `razılaşma əldə olunub`) or the treaty signed (SUPPORT 057, as
  // `saziş imzalandı` in the gold sets); only closing its sentence with no verb (`… razılaşmaya əsasən`, `razılaşma yoxdur`
  // are read as before)
  { head: "razılaşma", forms: "noun", type: "AGREE", cameo: "030", object: ["ins"], objectRequired: true, verblessBetween: true },
  { head: "anlaşma", forms: "noun", type: "AGREE", cameo: "030", object: ["ins"], objectRequired: true, verblessBetween: true },
  { head: "saziş", forms: "noun", type: "SUPPORT", cameo: "057", object: ["ins"], objectRequired: true, verblessBetween: true },
  { head: "müqavilə", forms: "noun", type: "SUPPORT", cameo: "057", object: ["ins"], objectRequired: true, verblessBetween: true },
  { head: "memorandum", forms: "noun", type: "SUPPORT", cameo: "057", object: ["ins"], objectRequired: true, verblessBetween: true },
  // 081 CONCEDE (PLOVER "ease", CAMEO 08 yield): permission given to a named side for an act told right before it by an
  // infinitive or a verbal noun in the dative (`X Y-ə raketlərdən istifadə etməyə icazə verib`, `X Y təyyarələrinə hava
  // məkanından keçməyə icazə verməyib`, told negated), a restriction eased for it, as the airspace entry of
  // `article-misses-10.ts`; an act of another kind permitted right before it (`silahların Y-ə tədarükünə icazə verib`) is that
  // act under the consent convention, with no concession of its own; permission to no named side (`abituriyentlərə … icazə
  // verilib`), or naming nothing permitted (`X Y-ə icazə verib`), is none. (The noun `istifadəyə icazə` stays the airspace
  // entry's alone: other uses so told, `hərbi bazalardan istifadəyə`, are none, as `article-misses-10.ts` decided.)
  { head: "icazə", forms: "noun", type: "CONCEDE", cameo: "081", plover_mode: "ease", object: ["dat"], objectTypes: ["PER", "LOC", "ORG"], objectRequired: true,
    needs: ["ver"], gap: 0, consentWord: true },
];
