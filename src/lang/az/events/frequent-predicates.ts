// Triggers from a walk of the most frequent predicates of unlabelled news (verbs and light-verb phrases
// that no entry read): each checked against the PLOVER definitions, kept only where its uses are acts.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const FREQUENT_PREDICATES: TriggerEntry[] = [
];
