// Triggers from the remaining misses of the studied real headline sets (helper realh28, test/events-headlines-r28.test.ts):
// a police or security body named as the doer acting on people it names by what they do (a participle as a noun,
// `X satanları`), and a march attempted. Each names the words that make it an act between sides; a look-alike of the
// same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Bodies whose detaining is an act of law enforcement (the cyber police too, `Kiberpolis`). */
const POLICE = ["polis", "kiberpolis", "təhlükəsizlik", "dtx", "dtx-", "din", "din-", "prokurorluq", "istintaq", "jandarm"];
/** What one keeps or holds on to, never a detention (as the `saxla` entries of ./articles-v9.ts keep out). */
const KEPT = ["həbsxana", "türmə", "əsirlik", "hüquq", "əlaqə", "təmas", "avtomobil", "maşın", "nəqliyyat", "yük", "sirr", "məlumat", "işdə"];

export const HEADLINES_R28: TriggerEntry[] = [
  // 173 COERCE: people named by what they did, a participle as a plural noun in the accusative right before the verb
  // (`Kiberpolis narkotik satanları saxladı`, `Polis … dələduzluq edənləri saxlayıb`), detained in the active by a police
  // body; the body named is the side. Plans or ports kept (`planları`, `limanları saxlayıb`) are nouns,
  // no participles, and a bare count or
  // suspects stay with ./breadth-ca24.ts and ./articles-v9.ts.
  { head: "saxla", forms: "verb", type: "COERCE", cameo: "173", plover_mode: "arrest", activeOnly: true,
    afterEndings: ["anları", "ənləri"], afterParticiple: true, clauseNeeds: POLICE, clauseNot: KEPT },
  // 173 COERCE: people or a gang uncovered in the active by a police or security body named as the doer (`Kiberpolis … iki
  // dəstəni ifşa etdi`); a journalist's or a party's exposing of a wrong (`jurnalist korrupsiyanı ifşa edib`) names no such
  // body and stays none (`X tərəfindən … ifşa olunub`, with `olunmaq`, is left out: its long clauses gave the pool wrong sides)
  { head: "ifşa", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", needs: ["et"], gap: 0,
    clauseNeeds: POLICE },
  // 141 PROTEST: a march attempted (`X bayraqla yürüşə cəhd edib`), told negated as an attempt is; a march's own verbs are
  // in ../events.ts, and a march planned or called for (`yürüşə çağırıb`) is none of this entry's
  { head: "yürüşə", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo", needs: ["cəhd"], gap: 0 },
];
