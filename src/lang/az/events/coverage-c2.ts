// Triggers from a walk of the conflictual PLOVER types (REQUEST … ASSAULT) phrasing by phrasing: the ways
// Azerbaijani news writes each act, listed from knowledge of the language, each kept only where unlabelled news
// (banker.az articles, oxu.az headlines) uses it for an act between named sides.
import type { TriggerEntry } from "../../../extract/events/tables.js";
import { ET } from "./light-verbs.js";

export const COVERAGE_C2: TriggerEntry[] = [
  // 120 REJECT deny: claims called baseless (`iddiaları əsassız adlandırıb`, `iddialar əsassızdır`)
  { head: "əsassız", forms: "noun", type: "REJECT", cameo: "120", plover_mode: "deny", object: ["acc"], needs: ["hesab", "adlandır"], gap: 1 },
  // (said by a speaker, `X: "Bu iddialar əsassızdır"`, `X bildirib ki, … yalandır`, the speaker denies: `saidOf`, the one
  // whose claim it is, if named, the other side; told by no one, it is none)
  { head: "əsassızdır", forms: "noun", type: "REJECT", cameo: "120", plover_mode: "deny", clauseNeeds: ["iddia", "ittiham", "xəbər"], saidOf: true, saidAlone: true },
  { head: "yalandır", forms: "noun", type: "REJECT", cameo: "120", plover_mode: "deny", clauseNeeds: ["iddia", "ittiham", "xəbər"], saidOf: true, saidAlone: true },
  // 163 SANCTION: restrictive measures against a state (`Rusiyaya qarşı məhdudlaşdırıcı tədbirlər tətbiq edib`, the EU's
  // word for sanctions); 162 grants frozen or stopped (`Harvarda federal qrantları dondurub`)
  { head: "tədbir", forms: "noun", type: "SANCTION", cameo: "163", plover_mode: "discontinue", object: ["dat"], needs: ["tətbiq", "qəbul"], gap: 1,
    clauseNeeds: ["məhdudlaşdırıcı"] },
  { head: "qrant", forms: "noun", type: "SANCTION", cameo: "162", plover_mode: "discontinue", object: ["dat"], needs: ["dondur", "dayandır", "kəs", "ləğv"], gap: 1 },
  // 172 COERCE: entry to a state banned (`Onun Rusiyaya girişi qadağan olunub`): the state is the side that bans (entry to
  // ports or a building names no such side: the phrase is read as the bare ban)
  { head: "giriş", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["dat"], objectTypes: ["LOC"],
    needs: ["qadağan"], gap: 1 },
  // 171 COERCE seize: a robbery (`X-in evi qarət olundu`, `evi qarət etdi`; `qarət təhlükəsi`, a danger of one, is none);
  // a crime by its nature: with no victim named, a house robbed in a country (`X-də … evi qarət edildi`) is no state's act
  { head: "qarət", forms: "noun", type: "COERCE", cameo: "171", plover_mode: "seize", object: ["acc"], needs: [...ET, "olun"], gap: 0,
    crime: true },
  // 151 MOBILIZE: a leader's guard or a border's protection reinforced (`Maduro şəxsi mühafizəsini gücləndirdi`); the
  // protection of the environment or of rights is no force
  { head: "mühafizə", forms: "noun", type: "MOBILIZE", cameo: "151", plover_mode: "police", needs: ["gücləndir"], gap: 1,
    clauseNeeds: ["şəxsi", "sərhəd", "hərbi"] },
  // 182 ASSAULT beat: axed (`baltalandı`, `baltalanaraq öldürülüb`; not `balta` an axe), violence or torture suffered
  // (`zorakılığa məruz qalıb`)
  ...["baltalan", "baltalay", "baltalad"].map((head): TriggerEntry =>
    ({ head, forms: "verb", type: "ASSAULT", cameo: "182", plover_mode: "beat", object: ["acc"] })),
  { head: "zorakılığa", forms: "noun", type: "ASSAULT", cameo: "182", plover_mode: "beat", needs: ["məruz"], gap: 0 },
  { head: "işgəncəyə", forms: "noun", type: "ASSAULT", cameo: "1822", plover_mode: "torture", needs: ["məruz"], gap: 0 },
];
