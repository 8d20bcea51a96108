// Triggers from real news of statements, denials and diplomatic protests read for stop 33 (test/events-pages-sd.test.ts):
// a side called on to act in the passive, contact kept, statements called unacceptable, regret over a side's act, rallies
// organised and reports called fake. Each entry names the words that make it an act between sides; a look-alike of the
// same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const PAGES_SD: TriggerEntry[] = [
  // 100 REQUEST: a side called on to act, in the passive (`Görüşdə Y tərəfi … tədbirlər görməyə çağırılıb`): only right after
  // the infinitive of the act asked, so an envoy summoned (`səfir XİN-ə çağırılıb`, ACCUSE 114 of ../events.ts) and a person
  // called up or summoned to a place (`millisinə çağırılıb`) stay what they were
  { head: "çağır", forms: "verb", type: "REQUEST", cameo: "100", passiveOnly: true, afterEndings: ["mağa", "məyə"] },
  // 040 CONSULT: contact kept with a side, told by the predicate itself (`X tərəfi ilə təmasdayıq`, `X və Y … daim
  // təmasdadırlar`, as `təmasda olub` of ./codebook-cooperation.ts); the first person is the speaker's own act. Contact with
  // no side named (`Biz təmasdayıq`) and a person in contact with the sick (`xəstə ilə təmasda`) are none
  ...["təmasdayıq", "təmasdayam"].map((head): TriggerEntry => ({ head, forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"],
    objectTypes: ["PER", "LOC", "ORG"], objectRequired: true, firstPerson: true })),
  ...["təmasdadır", "təmasdadırlar"].map((head): TriggerEntry => ({ head, forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"],
    clauseNot: ["xəstə", "virus", "infeksiya", "yoluxmuş"] })),
  // 111 ACCUSE: a side's words called unacceptable (`açıqlamaların qəbuledilməz olduğunu bildirib`, `səfirin söylədikləri
  // qəbuledilməzdir`): criticism of what was said, as a plan or a demand so called is refused (REJECT, ./breadth-ac24.ts);
  // the copula form only in its speaker's words (`saidOf`); an act of harm so called is ./articles-v15.ts
  { head: "qəbuledilməz", forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", needs: ["ol"], gap: 0,
    clauseNeeds: ["açıqlama", "bəyanat", "ifadə", "söylədik", "dedik", "fikir", "şərh", "çıxış"] },
  { head: "qəbuledilməzdir", forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", saidOf: true,
    clauseNeeds: ["açıqlama", "bəyanat", "ifadə", "söylədik", "dedik", "fikir", "şərh", "çıxış"] },
  // 110 ACCUSE: regret over what a side did (`kontingentinin müraciətlərə məhəl qoymamasına təəssüf edirik`), as
  // `təəssüflə qarşılayıb` (./articles-v15.ts); regret over a death, a disaster or a loss is sympathy, no charge
  { head: "təəssüf", forms: "noun", type: "ACCUSE", cameo: "110", plover_mode: "disapprove", object: ["dat"], complementCase: "dat", needs: ["et", "edir"], gap: 0,
    clauseNot: ["faciə", "ölüm", "həlak", "qəza", "zəlzələ", "itki", "vəfat", "daşqın", "yanğın", "xəstə"] },
  // 141 PROTEST: a rally organised (`meydanında böyük nümayiş təşkil edəcəyik`), as `nümayiş keçirib` of ../events.ts; a
  // screening of a film or a show (`filmin nümayişi təşkil olunub`) is none
  { head: "nümayiş", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo", needs: ["təşkil"], gap: 0,
    clauseNot: ["film", "kino", "sərgi", "tamaşa", "kolleksiya", "moda", "musiqi", "konsert", "festival"] },
  // 120 REJECT deny: a report called fake or made up in its speaker's words (`X: "Bu xəbər saxtadır"`), as `yalandır` of
  // ./coverage-c2.ts; a fake thing seized (`saxta sənəd`) is no such predicate
  ...["saxtadır", "uydurmadır"].map((head): TriggerEntry => ({ head, forms: "noun", type: "REJECT", cameo: "120", plover_mode: "deny",
    clauseNeeds: ["iddia", "ittiham", "xəbər", "məlumat"], saidOf: true, saidAlone: true })),
  // 120 REJECT deny: a fake report exposed (`ermənilərin "vurulmuş qırıcı" barədə saxta xəbərini ifşa edib`): denying it; the
  // police uncovering a gang, fake credit sellers too (`Kiberpolis saxta kredit verən dəstəni ifşa etdi`), is ./headlines-r28.ts,
  // and a journalist exposing a wrong with no fake named stays none
  { head: "ifşa", forms: "noun", type: "REJECT", cameo: "120", plover_mode: "deny", needs: ["et"], gap: 0,
    clauseNeeds: ["saxta", "yalan", "uydurma", "dezinformasiya", "feyk"],
    clauseNot: ["polis", "kiberpolis", "dtx", "prokurorluq", "prokurorluğ", "dəstə", "şəbəkə", "dələduz", "cinayətkar"] },
];
