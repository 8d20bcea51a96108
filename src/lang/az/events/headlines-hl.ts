// Triggers from paraphrases of studied headline events into the shapes news sites write headlines in (helper hl,
// test/events-para-hl.test.ts): each names the words that make it an act between sides, and a look-alike of the same
// words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

const HELD_NOT = ["həbsxana", "türmə", "əsirlik", "hüquq", "əlaqə", "təmas", "avtomobil", "maşın", "nəqliyyat", "yük", "sirr", "məlumat"];
// people a state's police or army detains in world news, besides those of ./probe-pr-coe.ts (activists, journalists, ships)
// (suspects are not among them: `Polis … şübhəliləri saxlayıb` names no side but another, as ./articles-v9.ts keeps)
const DETAINED = ["turist", "əcnəbi", "diplomat", "bloqer", "müxalifətçi"];

export const HEADLINES_HL: TriggerEntry[] = [
  // 173 COERCE: tourists, foreigners, diplomats or bloggers detained in the active (`İran avropalı turistləri saxlayır`), as
  // activists are in ./probe-pr-coe.ts; what one keeps (`turizm sektorunda qiymətləri saxlayıb`) names none of them
  { head: "saxla", forms: "verb", type: "COERCE", cameo: "173", plover_mode: "arrest", activeOnly: true, object: ["acc"],
    clauseNeeds: DETAINED, clauseNot: HELD_NOT },
  // 173 COERCE: people caught by the police or detained in the active with `tutmaq` (`X polisi müxalifət fəallarını tutub`);
  // a stance or a place held (`mövqe tutub`), fire opened (`atəşə tutub`), a way blocked, a fast kept or a hand held is none,
  // nor is a thing that took place (`cəhdimiz baş tutmayıb`, `aksiya baş tutub`)
  { head: "tut", forms: "verb", type: "COERCE", cameo: "173", plover_mode: "arrest", activeOnly: true, object: ["acc"],
    clauseNeeds: ["polis", "fəal", "etirazçı", "nümayişçi", "jurnalist", ...DETAINED],
    notAfter: ["baş", "nəzərdə", "nəzərə", "diqqətdə", "yadda", "atəşə", "atəşinə", "mühasirəyə", "girov", "əsir", "yer", "mövqe", "yolunu", "yolu", "qarşısını", "nəzarətdə"],
    clauseNot: ["oruc", "yas", "tərəfini", "əlindən", "əlini", "hüquq", "qərar"] },
  // 173 COERCE: a person taken into custody (`Türkiyədə jurnalist nəzarətə götürülüb`), as ground is taken in ../events.ts
  // (whose clause names an army); a fire or a situation brought under control names none of these people
  // (a named person taken by the police, `polisi X-i nəzarətə götürüb`: the entry of ./paraphrase-conf2.ts)
  { head: "nəzarətə", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", needs: ["götür"], gap: 0,
    clauseNeeds: ["jurnalist", "fəal", "etirazçı", "nümayişçi", ...DETAINED] },
  // 061 COOPERATE: exports or supplies to a named state begun or resumed (`Qazaxıstan Çinə taxıl ixracını bərpa edib`, `qaz tədarükünə başlayıb`), as
  // transit and shipments are in ./headlines-b5.ts; exports raised (`Kanada Braziliyaya ixracı artırıb`) are figures, no
  // act, as test/events-frequent-predicates.test.ts keeps
  ...["ixrac", "tədarük"].map((head): TriggerEntry => ({ head, forms: "noun", type: "COOPERATE", cameo: "061", plover_mode: "economic",
    object: ["dat"], objectTypes: ["LOC"], objectRequired: true, needs: ["başla", "bərpa"], gap: 0 })),
  // 103 REQUEST: troops asked of a state or an alliance (`Polşa NATO-dan əlavə qoşun istəyir`), as arms are in
  // ./coverage-c4.ts; a wish to leave a place (`Bakıdan getmək istəyir`) names no troops
  { head: "istə", forms: "verb", type: "REQUEST", cameo: "103", object: ["abl"], objectTypes: ["LOC", "ORG"], objectRequired: true, activeOnly: true,
    clauseNeeds: ["qoşun", "kontingent", "sülhməramlı"] },
  // 0831 RETREAT resign: a verbless headline naming the resignation by whose it is (`Ukraynanın ədliyyə nazirinin istefası`,
  // `X Baş nazirinin istefası: …`, `ownerHeadline`); a resignation demanded or told with its verb is read by ../events.ts
  { head: "istefa", forms: "noun", type: "RETREAT", cameo: "0831", plover_mode: "resign", needs: [], gap: 0, ownerHeadline: true,
    clauseNot: ["tələb", "çağırış", "şayiə"] },
  // 112 ACCUSE: a conflict or tension stirred up, charged by whoever says it (`Lavrov: "Qərb münaqişəni qızışdırır"`,
  // `saidOf`, as ./articles-v12.ts); the words with no one saying them are none
  ...["münaqişəni", "gərginliyi", "müharibəni", "nifrəti", "düşmənçiliyi"].map((head): TriggerEntry => ({
    head, forms: "noun", type: "ACCUSE", cameo: "112", plover_mode: "allege", needs: ["qızışdır"], gap: 0, saidOf: true })),
];
