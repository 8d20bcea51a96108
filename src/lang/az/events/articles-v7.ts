// Triggers from the misses of invented whole articles of Western and global politics (tariffs and the courts that block
// them, sanctions lists and packages, deportations, votes of no confidence, dismissals and resignations, protests
// dispersed, border crossings closed, visas restricted), annotated before the system read them
// (test/events-articles-v7.test.ts). Each names the words that make it an act between sides; a look-alike of the same
// words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";
import { ET } from "./light-verbs.js";

export const ARTICLES_V7: TriggerEntry[] = [
  // 172 COERCE: an official dismissed by another (`X-i vəzifəsindən azad edib`), as one removed from office
  // (`vəzifəsindən uzaqlaşdırılıb`); freed from detention is a release (the entry of `../events.ts`, which this one follows),
  // and one let go at their own request (`öz ərizəsi ilə`) resigned, no act of another; one relieved and moved in one breath
  // (`vəzifədən azad edilərək, … vəzifəsinə təyin olunub`) is reassigned, and the appointing power (`təyin və vəzifədən azad
  // edilən`, `təyin və ya azad edə bilməz`) a rule
  // (active only, with its doer: a bare `X vəzifədən azad edilib` names no one acting on X, as test/events-lexicon.test.ts keeps)
  { head: "azad", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["acc"], needs: ET, gap: 0, activeOnly: true,
    notBefore: ["edilərək", "olunaraq"],
    clauseNeeds: ["vəzifəsindən", "vəzifədən", "vəzifələrindən", "postundan", "postdan"],
    clauseNot: ["ərizə", "xahiş", "istəyi", "həbs", "əsir", "girov", "təyin"] },
  // 0831 RETREAT: a resignation handed in (`istefa ərizəsini prezidentə təqdim edib`, `istefa ərizəsi yazıb`), as `istefa verib`;
  // one taken back (`istefa ərizəsini geri götürüb`) is none
  // (handed to someone, who takes it: the dative; `istefa` was read a verb and gave it before it was a noun in the stems)
  { head: "ərizə", forms: "noun", type: "RETREAT", cameo: "0831", plover_mode: "resign", object: ["dat"], needs: ["təqdim", "ver", "yaz", "göndər"], gap: 2,
    clauseNeeds: ["istefa"] },
  // 12 REJECT: a government voted out (`X hökumətinə etimadsızlıq göstərib`, `etimadsızlıq votumu verib`); a lack of trust
  // merely felt (`etimadsızlıq yaranıb`, `etimadsızlıq mühiti`) is no vote
  { head: "etimadsızlıq", forms: "noun", type: "REJECT", cameo: "12", object: ["dat"], needs: ["göstər", "votum", "ifadə", "elan"], gap: 1 },
  // 191 COERCE: border crossings closed (`sərhəddəki iki keçid məntəqəsini bağlayıb`), as a border closed (`sərhədi bağlayıb`)
  { head: "məntəqə", forms: "noun", type: "COERCE", cameo: "191", plover_mode: "restrict", object: ["ins", "dat"], needs: ["bağla"], gap: 0,
    clauseNeeds: ["keçid", "buraxılış"] },
  // 163 SANCTION: tariffs announced on a state's goods (`ABŞ mallarına 34 faizlik cavab rüsumları elan edib`), as imposed
  { head: "rüsum", forms: "noun", type: "SANCTION", cameo: "163", object: ["dat"], objectTypes: ["LOC"], objectRequired: true, needs: ["elan"], gap: 1 },
  { head: "tarif", forms: "noun", type: "SANCTION", cameo: "163", object: ["dat"], objectTypes: ["LOC"], objectRequired: true, needs: ["elan"], gap: 1 },
  // 172 COERCE: visas restricted for a state's citizens (`Belarus vətəndaşlarına viza verilməsini məhdudlaşdırmaq qərarına
  // gəlib`), as visas revoked; a bare limit (`sayı 300 ilə məhdudlaşdırılıb`) is a rule
  { head: "məhdudlaşdır", forms: "verb", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["dat", "gen"], clauseNeeds: ["viza"] },
  // 175 ASSAULT crowd-control: pepper gas or rubber bullets used on protesters (`nümayişçilərə qarşı bibər qazı … istifadə edib`),
  // as tear gas (the PLOVER manual's crowd-control weapons; a rally only dispersed is COERCE, ./codebook-conflict.ts)
  { head: "bibər", forms: "noun", type: "ASSAULT", cameo: "175", plover_mode: "crowd-control", needs: ["qaz"], gap: 0 },
  { head: "rezin", forms: "noun", type: "ASSAULT", cameo: "175", plover_mode: "crowd-control", needs: ["güllə"], gap: 0, clauseNeeds: ["etirazçı", "nümayişçi", "aksiya", "mitinq"] },
  // (told as the gas used, `bibər qazından / gözyaşardıcı qazdan istifadə edib`: the use is the act)
  { head: "istifadə", forms: "noun", type: "ASSAULT", cameo: "175", plover_mode: "crowd-control", needs: ET, gap: 0, clauseNeeds: ["bibər", "gözyaşardıcı"] },
  // 129 REJECT: a court or a body blocking a leader's tariffs or decree (`Məhkəmə Trampın idxal rüsumlarını bloklayıb`), as a
  // package vetoed; cards, accounts and sites blocked are restrictions (the entries before)
  { head: "blokla", forms: "verb", type: "REJECT", cameo: "129", object: ["gen", "acc"], activeOnly: true,
    clauseNeeds: ["rüsum", "tarif", "fərman", "sərəncam"] },
];
