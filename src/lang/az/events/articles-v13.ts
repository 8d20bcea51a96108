// Triggers from the misses of invented whole articles of the domestic politics of neighbouring and regional states
// (Armenia, Georgia, Russia, Ukraine, Iran, Turkey: arrests of clergy and opposition leaders, protests dispersed, foreign
// agents listed), annotated before the system read them (test/events-articles-v13.test.ts). Each names the words that
// make it an act between sides, and a look-alike of the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Labels of domestic repression a side puts on an arrest, a verdict or a law (`həbsi siyasi təqib adlandırıb`,
 *  `qərarı "siyasi çevriliş" adlandıraraq`, `bəyanatı daxili işlərə müdaxilə kimi qiymətləndirib`). */
const REPRESSION_LABELS = ["təqib", "repressiya", "çevriliş", "müdaxilə", "qarışma", "senzura", "susdurma", "haqsızlıq", "qarışmaq",
  "ədalətsiz", "sifariş", "diktatura"];

export const ARTICLES_V13: TriggerEntry[] = [
  // 111 ACCUSE: an arrest, a verdict, a law or a statement called persecution, a coup or meddling (`həbsi siyasi təqib
  // adlandırıb`, `qərarı "siyasi çevriliş" adlandıraraq`), as an act called unlawful (./articles-v2.ts); a thing named
  // anything else (`sənədi "yol xəritəsi" adlandırıb`) is none
  { head: "adlandır", forms: "verb", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["acc"],
    clauseNeeds: REPRESSION_LABELS },
  // 111 ACCUSE: the same judged as one (`Brüsselin bəyanatını suveren işlərə qarışmaq cəhdi kimi qiymətləndirib`,
  // `qanunu müstəqil səsləri susdurmağa yönəlmiş addım kimi dəyərləndirib`), as an act judged hostile (./coverage-c4.ts);
  // a step judged a success (`addımı uğur kimi qiymətləndirib`) is none
  ...["qiymətləndir", "dəyərləndir"].map((head): TriggerEntry => ({ head, forms: "verb", type: "ACCUSE", cameo: "111",
    plover_mode: "disapprove", object: ["acc"], needs: ["kimi"], gap: 0, needsBefore: true,
    clauseNeeds: [...REPRESSION_LABELS, "susdurmağa"] })),
];
