// Triggers from the misses of invented whole articles on Turkey, Iran, Central Asia and multilateral formats (visits,
// summits of the Organization of Turkic States, intergovernmental commissions, aid after disasters, Iran's nuclear
// talks), annotated before the system read them (test/events-articles-v8.test.ts). Each names the words that make it an
// act between sides, and a look-alike of the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";
import { ET } from "./light-verbs.js";

export const ARTICLES_V8: TriggerEntry[] = [
  // 040 CONSULT: a person representing a state at a gathering (`ölkəni sammitdə X təmsil edib`), attendance through one's
  // envoys, as `iştirak edib`; represented in no gathering (`şirkət bazarda təmsil olunur`) is none (the passive, whose
  // nominative is the one represented, is not read: `Türkmənistan tədbirdə təmsil olunub` names no subject)
  { head: "təmsil", forms: "noun", type: "CONSULT", cameo: "040", participation: true, needs: ET, gap: 0 },
  // 073 AID: rescuers sent to a stricken state (`Türkiyə Qırğızıstana xilasedici qruplar göndərib`), as humanitarian aid;
  // a rescue team sent to a fire at home (`yanğın yerinə xilasedici qrup göndərilib`) names no state and stays none
  { head: "xilasedici", forms: "noun", type: "AID", cameo: "073", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    needs: ["göndər", "yolla", "ezam"], gap: 2 },
  // 120 REJECT: claims called something (`İran bu iddiaları siyasi motivli adlandırıb`), a denial, as claims called
  // baseless (./coverage-c2.ts); a thing called by a name of praise or blame with no claim is read by the other entries
  { head: "adlandır", forms: "verb", type: "REJECT", cameo: "120", plover_mode: "deny", activeOnly: true,
    clauseNeeds: ["iddia", "ittiham"] },
];
