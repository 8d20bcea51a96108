// Triggers from the misses of two blind article sets (test/gold/blind10/, blind11/: banker.az world news): phrasings
// of acts between sides that no entry read, each checked against the PLOVER definitions and over the unlabelled pools.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const ARTICLE_MISSES_10: TriggerEntry[] = [
  // 163 tariffs named after the participle of their imposing (`X tərəfindən tətbiq olunan ticarət rüsumları`, `tətbiq
  // edilən tariflər`): the imposing told as a relative clause of the noun; after the entries of `../events.ts`, which
  // read the phrase the other way round (`rüsum tətbiq edib`); a price list is kept out as there
  { head: "tarif", forms: "noun", type: "SANCTION", cameo: "163", object: ["dat"], needs: ["tətbiq"], gap: 1, needsBefore: true,
    notAfter: ["çatdırılma", "daşınma", "gediş", "kommunal", "tibbi", "sığorta"] },
  { head: "rüsum", forms: "noun", type: "SANCTION", cameo: "163", object: ["dat"], needs: ["tətbiq"], gap: 1, needsBefore: true },
  // called to a body (`X-in səfiri Y XİN-ə dəvət olunub`, `şirkətin rəsmiləri Ticarət Nazirliyinə dəvət olunub`): the body
  // that calls them in acts; an envoy so called is summoned, as `çağırılıb` in `../events.ts` (ACCUSE 114), anyone
  // else called in is met (CONSULT 040). Only the passive, and only to a named body: invited to a person, a place or
  // an event (`foruma dəvət olunub`) is no act of the host told here
  { head: "dəvət", forms: "noun", type: "ACCUSE", cameo: "114", plover_mode: "allege", object: ["dat"], objectTypes: ["ORG"], objectRequired: true,
    needs: ["olun", "edil"], gap: 0, clauseNeeds: ["səfir", "diplomat", "müvəqqəti"] },
  { head: "dəvət", forms: "noun", type: "CONSULT", cameo: "040", object: ["dat"], objectTypes: ["ORG"], objectRequired: true, needs: ["olun", "edil"], gap: 0 },
  // 081 a state's airspace let be used (`öz hava məkanından istifadəyə icazə verib`, for a leader's plane, for flights
  // of a state): easing a restriction on the one it lets, the inverse of airspace closed to someone (SANCTION in
  // ./codebook-conflict.ts); the case ending is part of the head, as the phrase is an idiom
  { head: "istifadəyə", forms: "noun", type: "CONCEDE", cameo: "081", plover_mode: "ease", object: ["dat"], needs: ["icazə"], gap: 0, clauseNeeds: ["məkan"] },
];
