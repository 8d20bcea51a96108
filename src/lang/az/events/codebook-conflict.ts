// Triggers from a walk of the CAMEO codebook (../../../../shared/plover/CAMEO2PLOVER-2021.txt), conflict codes:
// the news phrasings of each code, top-down from the ontology rather than from one article's wording.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const CODEBOOK_CONFLICT: TriggerEntry[] = [
];
