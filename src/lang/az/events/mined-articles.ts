// Triggers from a count of known trigger heads in unlabelled articles whose sentence told no event (the head with the
// word after it, ranked by frequency): the frequent phrasings of a known act that no entry read, each checked against
// the PLOVER definitions and over the unlabelled pools.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const MINED_ARTICLES: TriggerEntry[] = [
  // 042 a stay on a visit in a place (`X Azərbaycanda səfərdə olacaq`, `Bakıda səfərdə olan X`): the locative is the host,
  // as the dative of `Azərbaycana səfər edəcək` is; the bare `səfər` entry reads only the dative. (Not as the frame of
  // another act, `Azərbaycanda səfərdə olan X Füzuliyə gedib`, `səfərdə olarkən`: the annotators tell that visit once,
  // by its act, so the bare entry reads it as before)
  { head: "səfərdə", forms: "noun", type: "CONSULT", cameo: "042", plover_mode: "visit", object: ["loc"], objectTypes: ["LOC"], destination: true,
    needs: ["ol"], gap: 0, notBefore: ["olan", "olarkən", "olduğ"] },
  // (and with the copula, `Türkiyədə rəsmi səfərdədir`)
  { head: "səfərdədir", forms: "noun", type: "CONSULT", cameo: "042", plover_mode: "visit", object: ["loc"], objectTypes: ["LOC"], destination: true },
];
