// Triggers from the lead's review of real titles and invented look-alikes (stop 28, test/events-articles-l28.test.ts): each
// names the words that make it an act between sides, and a look-alike that stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const ARTICLES_L28: TriggerEntry[] = [
  // 172 COERCE restrict: a person stripped of a state's citizenship (`X Rusiya vətəndaşlığından çıxarılıb`), as deprived of it
  // (`vətəndaşlıqdan məhrum edilib`, ../events.ts); giving up one's own citizenship (`vətəndaşlıqdan çıxıb`) is no act on anyone
  // (the head is written with its ablative: a noun in an oblique case is otherwise no part of a phrase with the verb after it)
  // (only told done: a law that will strip people of it, `… şəxslər vətəndaşlığından çıxarılacaq`, is a rule, no act on a side)
  { head: "vətəndaşlığından", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", needs: ["çıxar"], gap: 0, assertedOnly: true },
  // 10 REQUEST: compensation or damages asked of a side (`X-dən kompensasiya istəyir`, `təzminat tələb edib`), as aid asked
  // (../events.ts); compensation paid or received is no demand
  ...["kompensasiya", "təzminat"].map((head): TriggerEntry => ({ head, forms: "noun", type: "REQUEST", cameo: "10", object: ["abl"],
    needs: ["istə", "tələb"], gap: 1 })),
];
