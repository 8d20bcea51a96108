// Triggers from the misses of invented whole articles of world news outside the earlier rounds (Gulf and Middle East
// mediation, the Sahel and Sudan, Latin America, East and South Asia), annotated before the system read them
// (test/events-articles-v11.test.ts). Each names the words that make it an act between sides, and a look-alike of the same
// words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const ARTICLES_V11: TriggerEntry[] = [
  // 110 ACCUSE: concern conveyed to a side (`Yaponiya Çin tərəfinə narahatlığını çatdırıb`), as concern expressed
  // (`narahatlığını ifadə edib`, ../events.ts); goods delivered (`yükü çatdırıb`) are another head
  { head: "narahatlıq", forms: "noun", type: "ACCUSE", cameo: "110", plover_mode: "disapprove", object: ["dat"], needs: ["çatdır"], gap: 1 },
  // 192 COERCE: ground or a building retaken by an army (`ordu sarayı yaraqlılardan geri alıb`), as ground taken
  // (`nəzarətə götürüb`); a decision or money taken back (`qərarını geri alıb`, `vəsaiti geri alıb`) names no force
  { head: "geri", forms: "noun", type: "COERCE", cameo: "192", plover_mode: "seize", object: ["abl", "acc"], needs: ["al"], gap: 0,
    clauseNeeds: ["ordu", "qoşun", "hərbçi", "silahlı", "yaraqlı", "hərbi", "döyüş"] },
  // 0872 RETREAT: troops leaving a country (`fransız hərbçiləri ölkəni tərk edib`); the `tərk` entry of ../events.ts needs
  // the place named, this one the troops; a person leaving a post or a building is no withdrawal
  { head: "tərk", forms: "noun", type: "RETREAT", cameo: "0872", plover_mode: "withdraw", needs: ["et", "ed"], gap: 0,
    clauseNeeds: ["hərbçi", "qoşun", "əsgər", "kontingent", "hərbi"] },
];
