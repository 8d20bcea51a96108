// Triggers from the misses of invented whole articles on acts told inside speech: briefings, interviews and statements of
// officials and spokespeople, denials, reported claims (test/events-articles-v12.test.ts). Each names the words that make
// it an act between sides, and a look-alike of the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const ARTICLES_V12: TriggerEntry[] = [
  // 112 ACCUSE: a wrong the speaker charges another with, told as the speaker's words (`"Fransa sülhə mane olur"`,
  // `Onun sözlərinə görə, X regionda sabitliyi pozur`, `X beynəlxalq hüququ pozur`): the speaker accuses the subject
  // (`saidOf`); the same words in the narrative with no one saying them stay no event
  { head: "mane", forms: "noun", type: "ACCUSE", cameo: "112", plover_mode: "allege", object: ["dat"], needs: ["ol"], gap: 0, saidOf: true },
  ...["sabitliyi", "hüququ", "hüquqlarını", "normalarını", "suverenliyini"].map((head): TriggerEntry => ({
    // (a manner between the right and its breaking, `beynəlxalq hüququ açıq şəkildə pozduğunu`: sd)
    head, forms: "noun", type: "ACCUSE", cameo: "112", plover_mode: "allege", needs: ["poz"], gap: 2, saidOf: true })),
  // disinformation charged (`"X-in yaydığı məlumat dezinformasiyadır"`, `X dezinformasiya yayır`)
  { head: "dezinformasiya", forms: "noun", type: "ACCUSE", cameo: "112", plover_mode: "allege", needs: ["yay"], gap: 0, saidOf: true },
  { head: "dezinformasiyadır", forms: "noun", type: "ACCUSE", cameo: "112", plover_mode: "allege", saidOf: true },
  // 130 THREATEN: an ultimatum, a consequence announced in the sentence right after a demand (`"Y … geri götürməlidir. Əks
  // halda bütün nəticələrə görə məsuliyyət Y-in üzərinə düşəcək"`): the one who demands threatens the one asked
  // (`ultimatum`); with no demand before, or told done, it is none
  { head: "əks", forms: "noun", type: "THREATEN", cameo: "130", needs: ["hal"], gap: 0, ultimatum: true },
  // 120 REJECT: a decision, an outcome or a vote refused recognition (`heç bir qərarı tanımayacaqlarını bəyan edib`,
  // `seçkilərin nəticələrini tanımır`): only told negated (`negatedOnly`), the refusal; recognising one is no act between sides
  { head: "tanı", forms: "verb", type: "REJECT", cameo: "120", negatedOnly: true, clauseNeeds: ["qərar", "nəticə", "seçki", "referendum"] },
  // 030 AGREE: readiness for relations (`"Biz X ilə normal münasibətlərə hazırıq"`), as the readiness entries of ../events.ts
  ...["hazırdır", "hazırıq", "hazırdırlar"].map((head): TriggerEntry => ({ head, forms: "noun", type: "AGREE", cameo: "030", object: ["ins", "dat"], gap: 0,
    needsBefore: true, firstPerson: head === "hazırıq", needs: ["münasibət"] })),
];
