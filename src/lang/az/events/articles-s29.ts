// Triggers from the lead's invented articles of stop 29 (test/events-articles-s29.test.ts): each names the words that make
// it an act between sides, and a look-alike of the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const ARTICLES_S29: TriggerEntry[] = [
  // 112 ACCUSE: meddling charged, told as the speaker's words (`X bildirib ki, Y ölkənin daxili işlərinə qarışır`, `Y
  // seçkilərə müdaxilə edir`): the speaker accuses the subject (`saidOf`, as ./articles-v12.ts); in the narrative with no
  // one saying it, or denied, it is no event
  ...["işlərinə", "işlərimizə", "seçkilərə", "seçkilərimizə"].map((head): TriggerEntry => ({
    head, forms: "noun", type: "ACCUSE", cameo: "112", plover_mode: "allege", needs: ["qarış", "müdaxilə"], gap: 0, saidOf: true })),
];
