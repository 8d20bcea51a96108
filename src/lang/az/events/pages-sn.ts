// Triggers from real news of courts, arrests and bans read for stop 36 (test/events-pages-sn.test.ts). Each entry names the
// words that make it an act between sides; a look-alike of the same words stays no event. (The custody term and the prison
// term told by `həbs` once are the `notBefore`/`notAfter` of the `həbs` and `cəza` entries in ../events.ts.)
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const PAGES_SN: TriggerEntry[] = [
  // 172 COERCE restrict: banned by a verb of banning (`görüş və telefon danışıqları yasaqlanıb`, `X fəaliyyətini yasaqlayıb`),
  // the verb `qadağan etmək` has as one word; the noun's plural (`yasaqlar`, `yasaqları aradan qaldırıb`) is no verb and
  // stays out, as a ban lifted is a concession
  { head: "yasaqla", forms: "verb", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["acc"] },
];
