// Triggers from the misses of two blind sets of domestic, business and crime news (test/gold/blind16/, headlines12/;
// helper f23, test/events-fresh-f23.test.ts). Each entry is a general phrasing of news, checked over the unlabelled pools.
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Goods of state-level trade beside those of `headline-misses-4.ts`: vessels, aircraft and power bought from a state. */
const TRADED = ["gəmi", "təyyarə", "helikopter", "elektrik"];

export const FRESH_F23: TriggerEntry[] = [
  // 081 CONCEDE a sentence reduced or eased (`X-in cəzası azaldıldı`, `cəza müddəti yüngülləşdirilib`): a court eases the
  // restriction it set (CAMEO 081, as the gold sets read it); with no one named, in a city, it names no side
  { head: "cəza", forms: "noun", type: "CONCEDE", cameo: "081", plover_mode: "ease", needs: ["azald", "yüngülləşdir"], gap: 1 },
  // 173 COERCE a wanted person caught (`Türkiyədə … cinayətkar ələ keçib`, `X ələ keçdi`): the intransitive of `ələ keçirmək`,
  // told of the one caught, is read as the passive (`undergone`: abroad the state of the place acts, in a city no one
  // named); seizing a place stays the entry of `../events.ts` (`şəhəri ələ keçirib`)
  { head: "ələ", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", needs: ["keç"], notBefore: ["keçir"], gap: 0, undergone: true },
  // 040 CONSULT a letter written to a leader, a state or a body (`X-ə məktub yazıb`, `X-ə yazdığı məktub`), as one sent
  // (`../events.ts`); letters of thanks or congratulation are those acts
  { head: "məktub", forms: "noun", type: "CONSULT", cameo: "040", object: ["dat"], objectTypes: ["PER", "LOC", "ORG"], objectRequired: true,
    needs: ["yaz"], gap: 1, needsBefore: true, notAfter: ["təbrik", "təşəkkür", "başsağlığı"] },
  // 040 CONSULT a notification sent to a state or its government (`X Respublikası Hökumətinə bildiriş göndərsin`, the
  // formula of an order approving an agreement), as a letter; notices to taxpayers or clients name no side
  { head: "bildiriş", forms: "noun", type: "CONSULT", cameo: "040", object: ["dat"], objectTypes: ["LOC", "ORG"], objectRequired: true,
    needs: ["göndər", "ünvanla"], gap: 1 },
  // 061 COOPERATE a state buying ships, planes or power from another (`X Y-dən iki konteyner gəmisi alacaq`), as gas or
  // grain in `headline-misses-4.ts`; bought from no state named it is none
  ...TRADED.map((head): TriggerEntry => ({ head, forms: "noun", type: "COOPERATE", cameo: "061", plover_mode: "economic", object: ["abl"], objectTypes: ["LOC"], objectRequired: true,
    needs: ["alır", "alıb", "alacaq", "aldı", "almağa", "almaqda", "alın"], gap: 0 })),
];
