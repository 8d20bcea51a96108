// Triggers from paraphrases of studied article events (helper para31a, test/events-para-p31a.test.ts): aid told by the goods
// sent rather than by the word `yardım`, and an aid package approved, each with a look-alike of the same words that is no aid.
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Words of a sale or purchase in the clause before the goods: the shipment is trade, no aid. */
const TRADE = ["ixrac", "idxal", "satış", "sat", "müqavilə", "sifariş", "bazar", "tədarükçü"];

export const PARA_P31A: TriggerEntry[] = [
  // 073 AID humanitarian: relief goods sent to a state or a region (`Suriyaya 10 ton ərzaq göndərib`, `Livana dərman və
  // çadır yola salıb`), as `humanitar yardım göndərib`; goods exported or sold (`Rusiyaya ərzaq ixrac edib`) are trade, and
  // goods sent to no named side (`rayonlara ərzaq göndərilib`) tell no act between sides
  ...["ərzaq", "dərman", "çadır", "generator"].map((head): TriggerEntry => ({ head, forms: "noun", type: "AID", cameo: "073",
    object: ["dat"], objectTypes: ["LOC", "ORG"], objectRequired: true, needs: ["göndər", "çatdır", "yola", "yolla"], gap: 2, clauseNot: TRADE })),
  // 071 AID: an aid package or aid approved for a side (`Ukraynaya hərbi yardım paketini təsdiqləyib`), as a tranche approved
  // (../events.ts); aid approved with no side to receive it (`yardım proqramı təsdiqlənib`) names none
  { head: "yardım", forms: "noun", type: "AID", cameo: "071", object: ["dat"], objectRequired: true, needs: ["təsdiqlə"], gap: 1 },
  // 060 COOPERATE: cooperation with a side carried on (`Misirlə əməkdaşlığı davam etdirəcək`), as widened or strengthened
  // (./coverage-c3.ts); a firm's cooperation with its clients or a bank is trade
  { head: "əməkdaşlığı", forms: "noun", type: "COOPERATE", cameo: "060", object: ["ins"], objectTypes: ["LOC", "PER", "ORG"], objectRequired: true,
    needs: ["davam"], gap: 0, clauseNot: ["bank", "şirkət", "müştəri", "sığorta", "holdinq", "brend", "kart", "mağaza", "kredit", "lizinq"] },
  // 163 SANCTION: counter-tariffs imposed on a side's goods (`ABŞ polad məhsullarına əks-rüsumlar tətbiq edib`), the hyphened
  // compound the head `rüsum` of ../events.ts cannot reach (a head matches at a word's start)
  { head: "əks-rüsum", forms: "noun", type: "SANCTION", cameo: "163", object: ["dat"], needs: ["tətbiq", "qoy", "təsdiqlə"], gap: 1 },
  // 061 COOPERATE: a joint project launched (`X və Y birgə layihəyə start veriblər`); a launch with nothing joint (`istehsalına
  // start verilib`) is one side's business
  { head: "start", forms: "noun", type: "COOPERATE", cameo: "061", needs: ["ver"], gap: 0, clauseNeeds: ["birgə"] },
];
