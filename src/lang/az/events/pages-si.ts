// Triggers from real news of Azerbaijan's ties with Central Asia, the Organization of Turkic States, Turkey, Pakistan,
// China and the EU read for stop 35 (test/events-pages-si.test.ts): solidarity stated, aid sent, invitations. Each entry
// names the words that make it an act between sides; a look-alike of the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Words of always, of hard times or of brotherhood with which standing by a side is solidarity, not a place beside it. */
const STANDING_BY = ["həmişə", "daim", "hər", "çətin", "ağır", "imkan", "qardaş", "həmrəy"];

export const PAGES_SI: TriggerEntry[] = [
  // 051 SUPPORT: standing by a side told by the predicate itself (`Türkiyə hər zaman Azərbaycanın yanındadır`, `Biz bu
  // çətin günlərdə Ukrayna xalqının yanındayıq`), as `yanında olduğunu bildirib` (./coverage-c3.ts); the first person is the
  // speaker's own solidarity; a building beside a park or a person sitting beside another (`Muzey parkın yanındadır`) tells
  // a place, so a word of always, of hard times or of brotherhood must stand just before it (`needsBefore`: the
  // copula carries no verb the phrase could need after it)
  ...["yanındadır", "yanındadırlar"].map((head): TriggerEntry => ({ head, forms: "noun", type: "SUPPORT", cameo: "051", object: ["gen"],
    objectTypes: ["PER", "LOC"], objectRequired: true, needs: STANDING_BY, needsBefore: true, gap: 3, partnerOwns: true })),
  ...["yanındayıq", "yanındayam"].map((head): TriggerEntry => ({ head, forms: "noun", type: "SUPPORT", cameo: "051", object: ["gen"],
    objectTypes: ["PER", "LOC"], objectRequired: true, needs: STANDING_BY, needsBefore: true, gap: 3, firstPerson: true, partnerOwns: true })),
];
