// Triggers from paraphrases of the conflictual acts (REQUEST … MOBILIZE) of the studied gold sets (helper pa-conf,
// test/events-para-pa-conf.test.ts): the other verbs and light verbs a journalist writes for the same act, each with the
// words that make it an act between sides, and a look-alike of the same words that stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";
import { ET } from "./light-verbs.js";

export const PARAPHRASE_CONF: TriggerEntry[] = [
  // 173 COERCE: sentenced in the passive of `olunmaq` (`14 il müddətinə məhkum olunub`), as `məhkum edilib` in ../events.ts
  { head: "məhkum", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", object: ["acc"], needs: ["olun"], gap: 0 },
  // 173 COERCE: a person put on the wanted list by its noun (`X barəsində axtarış elan olunub`); a search for the missing
  // (`itkin düşən … axtarışı`) is told by other verbs
  { head: "axtarış", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", needs: ["elan"], gap: 0, clauseNot: ["itkin", "xilasedici"] },
  // 173 COERCE: taken into custody by the police (`polis X-i nəzarət altına alıb`); the army's ground taken is in ../events.ts
  { head: "nəzarət", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", object: ["acc"], objectTypes: ["PER"], objectRequired: true,
    needs: ["altına"], gap: 0, clauseNeeds: ["polis"] },
  // (112 ACCUSE, the blame laid on a side, `məsuliyyətini X-in üzərinə qoyub`: the `məsuliyyət` entry of ../events.ts)
  // 100 REQUEST: a side talked round (`X Y-i … verməməyə razı salıb`)
  { head: "razı", forms: "noun", type: "REQUEST", cameo: "100", object: ["acc"], objectTypes: ["PER", "LOC", "ORG"], objectRequired: true,
    needs: ["sal"], gap: 0 },
  // 100 REQUEST: a recommendation to a named state or body (`Komissiya Aİ ölkələrinə … tövsiyə edib`); advice to the public
  // (`həkimlər vətəndaşlara tövsiyə edir`) names no side
  // (tariffs or sanctions recommended, `X mallarına rüsumlar tətbiq etməyi tövsiyə edib`, ask nothing of their target)
  { head: "tövsiyə", forms: "noun", type: "REQUEST", cameo: "100", object: ["dat"], objectTypes: ["LOC", "ORG"], objectRequired: true,
    needs: ET, gap: 0, clauseNot: ["rüsum", "tarif", "sanksiya"] },
  // 100 REQUEST: a demand set before a side (`X Y qarşısında … tələbini qoyub`)
  { head: "tələb", forms: "noun", type: "REQUEST", cameo: "100", needs: ["qoy"], gap: 0, clauseNeeds: ["qarşısında"] },
  // 120 REJECT: a no said to an act or an offer (`danışıqlara yox deyib`)
  { head: "yox", forms: "noun", type: "REJECT", cameo: "120", object: ["dat"], needs: ["de"], gap: 0, notAfter: ["nə", "heç", "şey"] },
  // 150 MOBILIZE: manoeuvres held by an army (`ordusu sərhəddə manevrlər keçirib`); a political manoeuvre is not held
  { head: "manevr", forms: "noun", type: "MOBILIZE", cameo: "150", plover_mode: "troops", needs: ["keçir", "başla"], gap: 1,
    clauseNeeds: ["ordu", "qoşun", "hərbi", "sərhəd", "donanma", "silahlı"] },
  // 150 MOBILIZE: exercises held by a state at a border (`X Rusiya sərhədi yaxınlığında genişmiqyaslı təlimlər keçirir`)
  { head: "təlim", forms: "noun", type: "MOBILIZE", cameo: "150", plover_mode: "troops", needs: ["keçir", "başla"], gap: 1, clauseNeeds: ["sərhəd"] },
  // 141 PROTEST: out to demonstrate (`İsrail əleyhinə nümayişə çıxıb`), roads blocked in protest (`etiraz olaraq yolları bağlayıblar`)
  { head: "nümayişə", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo", needs: ["çıx"], gap: 0 },
  { head: "yolları", forms: "noun", type: "PROTEST", cameo: "144", plover_mode: "obstruct", needs: ["bağla"], gap: 0, clauseNeeds: ["etiraz", "etirazçı", "nümayişçi"] },
  // 190 ASSAULT: an onslaught by drones or missiles (`Rus dronları X-ə həmlə edib`), as by an army (./codebook-conflict.ts)
  { head: "həmlə", forms: "noun", type: "ASSAULT", cameo: "190", object: ["dat"], needs: ET, gap: 0, clauseNeeds: ["dron", "pua", "raket"] },
  // 120 REJECT: a plan's points, quotas or an offer not accepted (`sülh planının bəndlərini qəbul etmir`), as a dictate
  // (./articles-inv22p.ts); accepted they are no act told here
  { head: "qəbul", forms: "noun", type: "REJECT", cameo: "120", negatedOnly: true, needs: ["et", "ed", "olun"], gap: 0,
    clauseNeeds: ["bənd", "kvota", "plan", "təklif"] },
  // 110 ACCUSE: dissatisfaction with a side (`X-in mövqeyindən narazı qalıb`); people unhappy with no side named are none
  { head: "narazı", forms: "noun", type: "ACCUSE", cameo: "110", plover_mode: "disapprove", object: ["abl"], objectTypes: ["PER", "LOC", "ORG"],
    objectRequired: true, needs: ["qal"], gap: 0 },
  // (173 COERCE, caught by the police in the active, `X polisi … şübhəlini tutub`: the `tut` entry of ./headlines-hl.ts)
  // 192 COERCE: a named place taken by an army (`Rusiya ordusu X-i tutub`), as `ələ keçirib` (a position held, `mövqe tutub`, is none)
  { head: "tut", forms: "verb", type: "COERCE", cameo: "192", plover_mode: "seize", object: ["acc"], objectTypes: ["LOC"], objectRequired: true,
    activeOnly: true, clauseNeeds: ["ordu", "qoşun"], notAfter: ["mövqe", "yer", "nəzarətdə", "mühasirədə", "yağışına", "atəşinə", "atəşə"] },
  // 1663 SANCTION: a state's mission closed or an agreement left by ending it (`X-in konsulluğunun fəaliyyətinə xitam verib`,
  // `sazişdə iştirakına xitam verib`); a firm's licence or a labour contract ended is none
  { head: "xitam", forms: "noun", type: "SANCTION", cameo: "166", plover_mode: "relations", needs: ["ver"], gap: 0,
    clauseNeeds: ["konsulluğ", "səfirliy", "nümayəndəliy", "sazişdə", "sazişin", "sazişə"], clauseNot: ["əmək", "kollektiv"] },
  // 170 COERCE: a leader or a government overthrown (`hərbçilər prezidenti devirib`, `hökumət devrilib`), as a coup
  // (./headline-misses-2.ts); trees or a car overturned are none
  ...["devir", "devril"].map((head): TriggerEntry => ({ head, forms: "verb", type: "COERCE", cameo: "170", plover_mode: "seize",
    clauseNeeds: ["prezident", "hökumət", "hakimiyyət", "rejim", "baş nazir"] })),
  // acts told by their noun with the side they are aimed at (`Hindistanın Pakistana qarşı ittihamları`, `Durovun Aİ-yə qarşı
  // sərt tənqidi`, `Çinin ABŞ-a xəbərdarlığı`), as calls and strikes by their noun
  // (./coverage-b1.ts); the phrases with their light verbs are tried first, and a charge a thing is done on (`ittihamı ilə`,
  // `tənqidinə görə`) names no side (a demand by its bare noun is left out: `tələblər` are mostly a rule's requirements,
  // `Vergi Məcəlləsinin tələbləri`)
  // (only the possessed noun, whose owner is the doer: a bare `X-dən Y-yə ittiham` is a headline's label before a colon)
  ...([["ittihamı", "ACCUSE", "112"], ["ittihamları", "ACCUSE", "112"], ["tənqidi", "ACCUSE", "111"], ["tənqidləri", "ACCUSE", "111"],
    ["xəbərdarlığı", "THREATEN", "130"], ["xəbərdarlıqları", "THREATEN", "130"]] as const)
    .map(([head, type, cameo]): TriggerEntry => ({ head, forms: "noun", type, cameo, object: ["dat"], objectTypes: ["PER", "LOC", "ORG"],
      objectRequired: true, notBefore: ["ilə", "görə", "əsasında", "uyğun", "cavab", "aktı", "əsasən", "olun", "edil", "et", "ed"] })),
];
