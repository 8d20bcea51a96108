// Triggers from the misses of invented whole articles on economic politics between states and companies (tariffs and
// trade wars, OPEC+ decisions, sanctions on companies and banks, regulators fining firms, IMF and World Bank loans,
// nationalisations), annotated before the system read them (test/events-articles-v10.test.ts). Each names the words
// that make it an act between sides, and a look-alike of the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const ARTICLES_V10: TriggerEntry[] = [
  // 171 COERCE: property nationalised (`Niger hökuməti "Orano"ya məxsus mədəni milliləşdirib`), seized by the state; the
  // verb alone, no noun of it (`milliləşdirmə siyasəti` names a policy)
  { head: "milliləşdir", forms: "verb", type: "COERCE", cameo: "171", plover_mode: "seize", object: ["acc"] },
  // 080 CONCEDE: a veto given up (`Slovakiya vetodan imtina edib`), a block lifted; a refusal of anything else stays REJECT
  // (the `imtina` entry of ../events.ts reads no veto before it)
  { head: "vetodan", forms: "noun", type: "CONCEDE", cameo: "080", needs: ["imtina"], gap: 0 },
];
