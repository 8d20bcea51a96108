// Triggers of regulators, courts and trade between states in economy and state news (banker.az `Digər xəbərlər`, as
// test/gold/blind13/ and blind14/ read them): an inquiry opened by a regulator or prosecutor, a binding order to named
// firms, trade between two named states (test/events-regulators-r19.test.ts). Each entry checked over the unlabelled pools.
import type { TriggerEntry } from "../../../extract/events/tables.js";
import { ET } from "./light-verbs.js";

export const REGULATORS_R19: TriggerEntry[] = [
  // 061 COOPERATE: goods exported to a named state (`Azərbaycan … Kanadaya … gübrə ixrac edib`, `Qazaxıstandan Azərbaycana …
  // taxıl ixrac olunub`): trade between states, as the gold sets read a state's exports to another; a state's exports in
  // figures with no partner named (`30 milyon ton neft ixrac edib`) are no act; only exports told done: a firm's goods that
  // are exported (`məhsullar BƏƏ-yə ixrac edilir`) or that it will export (`ixrac edəcəyik`) tell its business, no act
  { head: "ixrac", forms: "noun", type: "COOPERATE", cameo: "061", plover_mode: "economic", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    needs: ["edib", "edilib", "olunub", "etdi", "edildi", "olundu", "etmişdir", "edilmişdir", "olunmuşdur"], gap: 0 },
  // 061 COOPERATE: goods imported from a named state (`Türkiyə … Türkmənistandan qaz idxal edəcək`, `Qazaxıstandan … idxal olunub`);
  // not as a participle describing the goods a measure falls on (`ABŞ-dan idxal edilən soyaya rüsum tətbiq edib`, para31a):
  // that names the goods, no act of trade
  { head: "idxal", forms: "noun", type: "COOPERATE", cameo: "061", plover_mode: "economic", object: ["abl"], objectTypes: ["LOC"], objectRequired: true,
    needs: [...ET, "olun", "edil"], gap: 0, notAttributive: true },
  // 090 ACCUSE investigate: a named firm's doings looked into (`Agentlik X və Y şirkətlərinin fəaliyyətini araşdırıb`): only
  // with a firm or body as what is looked into (research, `araşdırmada`, and complaints looked into name none)
  // (a body of the state in its clause: advice to look into a fund, `Fondu araşdırsınlar`, is none)
  { head: "araşdır", forms: "verb", type: "ACCUSE", cameo: "090", plover_mode: "investigate", object: ["acc", "gen"], objectTypes: ["ORG"], objectRequired: true,
    clauseNeeds: ["agentlik", "agentliy", "prokurorluq", "prokurorluğ", "komissiya", "qurum", "polis", "nazirlik", "nazirliy", "xidmət", "müfəttişlik",
      "müfəttişliy", "bank", "idarə", "palata"] },
  // 090 ACCUSE investigate: inquiries begun (`… araşdırmalara başlayıb`), as `araşdırmaya başlayıb` of ../events.ts
  { head: "araşdırmalara", forms: "noun", type: "ACCUSE", cameo: "090", plover_mode: "investigate", needs: ["başla"], gap: 0 },
  // 102 REQUEST: a binding order given to named firms (`Mərkəzi Bank X, Y kredit ittifaqlarına icrası məcburi göstəriş verib`),
  // a demand made (house practice): only to a named firm or body; a president's instructions a meeting discusses are none
  { head: "göstəriş", forms: "noun", type: "REQUEST", cameo: "102", object: ["dat"], objectTypes: ["ORG"], objectRequired: true, needs: ["ver"], gap: 0 },
  // 090 ACCUSE investigate: an inquiry carried out by a prosecutor, the police or an inspectorate (`Şirvan şəhər
  // prokurorluğunda araşdırma aparılıb`, `prokurorluğu tərəfindən … araşdırma aparılıb`): only with such a body in its clause
  // (a study carried out, `Universitetin apardığı araşdırmada`, a market survey, is no inquiry)
  { head: "araşdırma", forms: "noun", type: "ACCUSE", cameo: "090", plover_mode: "investigate", needs: ["apar"], gap: 0,
    clauseNeeds: ["prokurorluq", "prokuror", "polis", "istintaq", "müfəttişlik", "müfəttiş"] },
  // 090 ACCUSE investigate: a case to be brought against a firm (`şirkət barəsində … işin qaldırılması məsələsinə baxılacaq`)
  { head: "qaldırılması", forms: "noun", type: "ACCUSE", cameo: "090", plover_mode: "investigate", needs: ["işin"], gap: 0, needsBefore: true },
];
