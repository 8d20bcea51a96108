// Triggers from the misses of a fifth and a sixth blind headline set (test/gold/headlines5/, headlines6/): phrasings of
// acts between sides that no entry read, each checked against the PLOVER definitions and over the unlabelled pools.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const HEADLINE_MISSES_5: TriggerEntry[] = [
  // 040 a leader's address to the participants of a gathering (`X Forumunun iştirakçılarına müraciət ünvanlayıb`, the
  // formula of official news) is taking part in it from afar, as a letter to it is; an address to a people or the
  // public (`xalqa müraciət ünvanlayıb`) meets no one, so the participants must be named in the clause
  { head: "müraciət", forms: "noun", type: "CONSULT", cameo: "040", object: ["dat"], needs: ["ünvanla"], gap: 0, clauseNeeds: ["iştirakçı"] },
];
