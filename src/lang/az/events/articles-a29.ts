// Triggers from the errors of the studied real article sets (stop 29, helper arts29, test/events-articles-a29.test.ts): each
// names the words that make it an act between sides, and a look-alike that stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";
import { ET } from "./light-verbs.js";

export const ARTICLES_A29: TriggerEntry[] = [
  // 130 THREATEN: a side resolved to hold someone to account (`günahkarları məsuliyyətə cəlb etməkdə qərarlıyıq`), a vow of
  // punishment still to come; held to account (`məsuliyyətə cəlb olunub`, COERCE in ../events.ts) is the act done, and resolve
  // to do one's own duty (`vəzifəni yerinə yetirməkdə qərarlıyıq`) threatens no one
  // (the head is written with its dative: a noun in an oblique case is otherwise no part of a phrase with the verb after it;
  // the first person of the predicate, `qərarlıyıq`, is written out: the morphology reads no personal ending on the adjective)
  { head: "məsuliyyətə", forms: "noun", type: "THREATEN", cameo: "130", object: ["acc"], needs: ["qərarlı", "qərarlıyıq", "qərarlıyam"], gap: 2 },
  // 060 COOPERATE: a thing organised together with a named partner (`X Y ilə birlikdə müsabiqə təşkil edib`, `Y ilə birgə
  // forum təşkil edəcək`): joint work carried out or planned, as a joint project (../events.ts); organised alone, or with
  // no side named in the comitative (`birgə tədbir təşkil edilib`), it is no act between sides
  { head: "təşkil", forms: "noun", type: "COOPERATE", cameo: "060", object: ["ins"], objectTypes: ["LOC", "ORG"], objectRequired: true,
    needs: ET, gap: 0, clauseNeeds: ["birlikdə", "birgə"] },
  // 115 ACCUSE allege: a lawsuit against a side joined (`X-ə qarşı kollektiv iddiaya qoşulub`), as one brought (`iddia
  // qaldırıb`, ../events.ts); a claim joined with no side it is against or no court (`bu iddiaya qoşuluram`, agreeing with
  // what was said) is none
  { head: "iddiaya", forms: "noun", type: "ACCUSE", cameo: "115", plover_mode: "allege", needs: ["qoşul"], gap: 0, clauseNeeds: ["qarşı", "məhkəmə"] },
];
