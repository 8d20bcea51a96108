// Triggers from real world news as Azerbaijani outlets tell it, read for stop 34 (test/events-pages-sf.test.ts): strikes
// suffered in the Middle East and Ukraine, and sanctions or steps asked of a side by the passive verbal noun of the act.
// Each entry names the words that make it an act between sides; a look-alike of the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Strikes suffered by their inflected noun: the case ending is written into the head, as `atəşinə` is (./probe-pr-coe.ts),
 *  since a bare `zərbə` in the dative makes no phrase with the word after it. */
const STRUCK = ["zərbəyə", "zərbələrə", "zərbəsinə", "zərbələrinə"];

export const PAGES_SF: TriggerEntry[] = [
  // 195 ASSAULT: strikes suffered (`Xarkov Rusiyanın raket zərbəsinə məruz qalıb`, `250 məntəqənin hava zərbələrinə məruz
  // qaldığını bildirib`): the one struck is the subject, the one who struck the genitive; a blow to an economy or a market
  // suffered (`iqtisadiyyat ağır zərbəyə məruz qalıb`) strikes no one, as the bare noun's entry keeps it (./coverage-b1.ts)
  ...STRUCK.map((head): TriggerEntry => ({ head, forms: "noun", type: "ASSAULT", cameo: "195", needs: ["məruz"], gap: 0,
    notAfter: ["iqtisadi", "ağır", "ciddi", "böyük"],
    clauseNot: ["iqtisadiyyat", "büdcə", "bazar", "nüfuz", "imic", "reputasiya", "valyuta", "maliyyə", "sağlamlıq"] })),
  // 150 MOBILIZE: an exercise an army organises (`Çin ordusu Tayvan ətrafında təlimlər təşkil edib`), as one it holds
  // (`təlim keçirib`, ../events.ts); a training a bank or a school organises (`bank işçiləri üçün təlim təşkil edib`) names
  // no army, and one held with a partner is COOPERATE (the base entry's sense)
  { head: "təlim", forms: "noun", type: "MOBILIZE", cameo: "150", plover_mode: "troops", needs: ["təşkil"], gap: 2,
    clauseNeeds: ["hərbi", "ordu", "qoşun", "silahlı", "nato", "hərbçi", "döyüş"],
    senses: [{ stems: ["birgə"], type: "COOPERATE", cameo: "062", plover_mode: "military" }] },
  // 100 REQUEST: an act asked by its passive verbal noun, its doer unnamed (`deputatlar sanksiyalar paketinin tezliklə qəbul
  // edilməsini istəyiblər`, `X girovların azad olunmasını tələb edir` is read by `tələb`): the subject asks it; a state of
  // things wished (`məsələnin həll olunmasını istəyirik` in the first person, a wish of the speaker's) stays the entry's of
  // the genitive (./paraphrase-conf2.ts), and the same noun before a verb of wanting in the negative, `istəmir`, asks nothing
  { head: "istə", forms: "verb", type: "REQUEST", cameo: "100", activeOnly: true,
    afterEndings: ["ilməsini", "ılmasını", "ulmasını", "ülməsini", "ilmələrini", "ılmalarını", "ulmalarını", "ülmələrini",
      "unmasını", "ünməsini", "inməsini", "ınmasını"],
    clauseNeeds: ["sanksiya", "paket", "qətnamə", "qərar", "atəşkəs", "girov", "əsir", "məhbus", "qoşun", "embarqo", "saziş"] },
];
