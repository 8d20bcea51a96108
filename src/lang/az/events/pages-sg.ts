// Triggers and guards from real news of cooperation between states and of domestic politics read for stop 34
// (test/events-pages-sg.test.ts): programmes of cooperation approved, parliaments' and cabinets' own sittings.
// Each entry names the words that make it an act between sides; a look-alike of the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Owners of a sitting that is a body's own routine, no meeting between sides (the `clauseNot` of the sitting and speech
 *  entries of ../events.ts): a plenary sitting (`plenar iclasında`), a parliament's or a cabinet's sitting named by its owner
 *  in the genitive (`parlamentin … iclasında`, `Milli Məclisin iclası`, `Nazirlər Kabinetinin iclası`). A parliament as the
 *  place of a guest's speech (`Böyük Millət Məclisində çıxış edib`) and a joint body between parliaments
 *  (`parlamentlərarası komissiyanın iclası`) keep their meeting; a party's faction is its own (`AK Partiyanın parlament
 *  fraksiyasının toplantısında çıxışı zamanı`): a leader speaking to his own party's deputies meets no other side. */
export const OWN_SITTINGS = ["plenar", "parlamentin", "məclisin", "kabinetin", "fraksiya"];

export const PAGES_SG: TriggerEntry[] = [
  // 057 SUPPORT: a programme of cooperation with a named side approved (`X Nazirlər Şurası Y ilə əməkdaşlıq proqramının
  // layihəsini təsdiqləyib`), as an agreement approved is (`sazişi təsdiqləyib`, ../events.ts): CAMEO 057 signs or ratifies.
  // A state's own programme approved (`Dövlət Proqramını təsdiqləyib`) names no partner and stays none
  { head: "təsdiqlə", forms: "verb", type: "SUPPORT", cameo: "057", object: ["ins"], objectTypes: ["LOC", "ORG"], objectRequired: true,
    needs: ["proqram"], gap: 1, needsBefore: true, clauseNeeds: ["əməkdaşlıq"] },
];
