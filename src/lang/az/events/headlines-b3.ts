// Triggers from 250 invented headlines in the style of world and politics news (test/events-headlines-b3.test.ts): the
// phrasings a headline writer uses that no entry read. A trip planned told in the present (`X sabah Pekinə yollanır`, `X Bakıya gəlir`),
// a supply cut off to a state (`X-ə qaz tədarükünü dayandırıb`), a shoot-out between two named sides told by its noun
// alone (`X ilə Y arasında sərhəddə atışma`), a state's membership blocked (`X-in Aİ-yə üzvlüyünü bloklayır`). (The verbless `X-dən Y-yə N` headline and a label's own side are read by
// the engine: `droppedFrameVerbs` in ../events.ts.)
import type { TriggerEntry } from "../../../extract/events/tables.js";
import { NOT_VISITORS } from "./coverage-c3.js";

export const HEADLINES_B3: TriggerEntry[] = [
  // 042 CONSULT: a trip told in the present, as plans are in headlines (`Merts sabah Pekinə yollanır`); finite forms only,
  // as in ./coverage-c3.ts (`yük Bakıya yollanır` is cargo sent, kept out by NOT_VISITORS)
  ...["yollanır", "yollanırlar"].map((head): TriggerEntry => ({ head, forms: "verb", type: "CONSULT", cameo: "042",
    plover_mode: "visit", object: ["dat"], objectTypes: ["LOC"], objectRequired: true, destination: true, clauseNot: NOT_VISITORS })),
  // (`X Bakıya gəlir` comes to Baku: the morphology reads the word as the noun `gəlir` income; only before no noun of
  // money, `Bakıya gəlir gətirir`, and with a named state or city its destination)
  { head: "gəlir", forms: "verb", type: "CONSULT", cameo: "042", plover_mode: "visit", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    destination: true, clauseNot: NOT_VISITORS, notBefore: ["gətir", "vergi", "əldə", "yarad", "mənbə", "sahə", "artım", "və", "əld"] },
  // 163 SANCTION: supplies to a state cut off (`Rusiya Ermənistana qaz tədarükünü dayandırıb`), as a trade ban; supplies
  // resumed or a supplier's own halt with no state named are none
  { head: "tədarük", forms: "noun", type: "SANCTION", cameo: "163", plover_mode: "embargo", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    needs: ["dayandır", "kəs"], gap: 1 },
  // 193 ASSAULT: a shoot-out between two named sides told by its noun alone (`Pakistan ilə Əfqanıstan arasında sərhəddə
  // atışma`); the phrase with its verb (`atışma baş verib`) is ../events/codebook-conflict.ts, tried first
  { head: "atışma", forms: "noun", type: "ASSAULT", cameo: "193", plover_mode: "firearms", object: ["ins"], objectTypes: ["LOC"], objectRequired: true },
  // 129 REJECT: a state's membership or accession blocked (`Macarıstan Ukraynanın Aİ-yə üzvlüyünü bloklayır`), as a package
  // vetoed (./coverage-b1.ts); sites or accounts blocked restrict (./codebook-conflict.ts, tried first)
  { head: "blokla", forms: "verb", type: "REJECT", cameo: "129", object: ["acc"], activeOnly: true,
    clauseNeeds: ["üzvlük", "qoşulma", "inteqrasiya"] },
];
