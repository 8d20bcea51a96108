// Triggers from a paradigm check of the most common gold triggers: each head written in the forms a news writer uses
// (passive, participle, verbal noun, future and plan, negation, ability and necessity, converbs, reported forms,
// headline nouns, plural subjects) and kept where one head failed in one form (see ./README.md and
// test/events-paradigms-b2.test.ts). The forms that failed across heads were mended in the engine and the tables:
// `olunub` for `edilib` (`passiveLightVerbs`) and a headline's `X-dan Y-yə N` (`droppedLightVerbs`).
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const PARADIGMS_B2: TriggerEntry[] = [
  // 043 CONSULT: credentials presented to a head of state with the one given them between (`etimadnaməsini X-ə təqdim
  // edib`), as `etimadnaməsini təqdim edib`
  { head: "etimadnamə", forms: "noun", type: "CONSULT", cameo: "043", object: ["dat"], objectTypes: ["PER"], objectRequired: true, needs: ["təqdim"], gap: 2 },
  // 040 CONSULT: a leader's letter handed over (`X-in məktubu Y-ə çatdırılıb`), as one sent
  { head: "məktub", forms: "noun", type: "CONSULT", cameo: "040", object: ["dat"], objectTypes: ["PER", "LOC"], objectRequired: true,
    needs: ["çatdır", "təqdim"], gap: 3, notAfter: ["təbrik", "təşəkkür", "başsağlığı"] },
  // 030 AGREE: an agreement told by the participle of its reaching before it (`əldə olunan razılaşma`, `əldə edilmiş
  // razılaşmalar`), between two named sides
  { head: "razılaşma", forms: "noun", type: "AGREE", cameo: "030", object: ["ins"], objectRequired: true, needs: ["əldə"], gap: 1, needsBefore: true },
];
