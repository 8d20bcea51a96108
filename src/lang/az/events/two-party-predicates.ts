// Triggers from a walk of news sentences that name two or more parties yet told no event: the predicates
// of acts between them that no entry read, each checked against the PLOVER definitions.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const TWO_PARTY_PREDICATES: TriggerEntry[] = [
];
