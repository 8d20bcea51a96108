// Triggers from 250 invented headlines of domestic politics and law, the South Caucasus, the Middle East, Asia, Africa, Latin
// America, energy, trade and military news (test/events-headlines-b4.test.ts): the phrasings a headline writer uses that no
// entry read. A reply promised to a named state (`X İsrailə cavab verəcəyini bildirib`, THREATEN), arms sent to or bought
// from a state (`Ermənistana haubitsalar göndərib`, `İsraildən müdafiə sistemləri alıb`, COOPERATE 062), supplies or exports
// to a state begun (`Suriyaya qaz tədarükünə başlayıb`), water cannon used on protesters (ASSAULT 175), a body declared
// terrorist (`X-i terror təşkilatı elan edib`, COERCE 172), an opposition's rally, military forces raised or massed and a base
// reinforced (MOBILIZE), a visa regime eased (CONCEDE), mediation resumed, aid allotted in the passive, readiness to
// normalise ties, cooperation begun. (A delegation received, `X nümayəndə heyətini qəbul edib`, is
// the `heyət` entry of ../events.ts with its state read as the guest, `heyət` an organ noun.)
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Arms and military goods: a clause naming one makes a shipment or a purchase between states military cooperation. */
const ARMS = ["haubitsa", "raket", "qırıcı", "təyyarə", "tank", "dron", "pilotsuz", "sursat", "mərmi", "zenit", "helikopter", "zirehli", "artilleriya"];

export const HEADLINES_B4: TriggerEntry[] = [
  // 138 THREATEN: a reply promised to a named state (`Hizbullah İsrailə cavab verəcəyini bildirib`, `İran ABŞ-a cavab
  // verəcək`), as the heavy reply of ./coverage-c4.ts; a reply given is an answer, and one to a body, a question or a
  // request (`Nazirlik sorğuya cavab verəcək`, `Avropa Parlamentinə cavab verəcək`) is none
  { head: "cavab", forms: "noun", type: "THREATEN", cameo: "138", plover_mode: "violence", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    needs: ["ver"], gap: 0, promisedOnly: true },
  // 062 COOPERATE: arms sent to a state (`Fransa Ermənistana haubitsalar göndərib`), as arms sold (./codebook-concession.ts);
  // aid, troops or peacekeepers sent are AID and MOBILIZE, and `silah göndərib` is the `silah` entry of ../events.ts
  { head: "göndər", forms: "verb", type: "COOPERATE", cameo: "062", plover_mode: "military", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    activeOnly: true, clauseNeeds: ARMS, clauseNot: ["yardım", "hərbçi", "qoşun", "əsgər", "sülhməramlı", "silah", "heyət"] },
  // 062 COOPERATE: arms bought from a state (`Azərbaycan Pakistandan 40 qırıcı alacaq`, `İsraildən müdafiə sistemləri alıb`),
  // as goods of trade bought (./headline-misses-4.ts): from no state named (`bazardan`) it is no act between sides
  ...[...ARMS, "sistem", "silah"].map((head): TriggerEntry => ({ head, forms: "noun", type: "COOPERATE", cameo: "062", plover_mode: "military",
    object: ["abl"], objectTypes: ["LOC"], objectRequired: true, needs: ["alır", "alıb", "alacaq", "aldı", "almağa", "almaqda", "alın"], gap: 0,
    ...(head === "sistem" ? { clauseNeeds: ["müdafiə", "raket", "zenit", "hərbi"] } : {}) })),
  // 061 COOPERATE: supplies or exports to a state begun or resumed (`SOCAR Suriyaya qaz tədarükünə başlayıb`, `Ermənistana
  // benzin ixrac etməyə başlayıb`); exports told as a quarter's figures are statistics and name no start
  ...["tədarük", "ixrac"].map((head): TriggerEntry => ({ head, forms: "noun", type: "COOPERATE", cameo: "061", plover_mode: "economic",
    object: ["dat"], objectTypes: ["LOC"], objectRequired: true, needs: ["başla", "bərpa"], gap: 1 })),
  { head: "tədarükünə", forms: "noun", type: "COOPERATE", cameo: "061", plover_mode: "economic", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    needs: ["başla"], gap: 0 },
  // 175 ASSAULT crowd-control: water cannon or rubber bullets used on people (`polis etirazçılara qarşı su şırnağından istifadə
  // edib`), as pepper gas (./articles-v7.ts; a rally only dispersed is COERCE, ./codebook-conflict.ts)
  { head: "istifadə", forms: "noun", type: "ASSAULT", cameo: "175", plover_mode: "crowd-control", needs: ["et", "ed", "olun"], gap: 0, clauseNeeds: ["şırnaq", "şırnağ", "rezin"] },
  // 172 COERCE: a body declared terrorist (`Britaniya X-i terror təşkilatı elan edib`), as one so recognised (`tanı`,
  // ../events.ts); a state of emergency or a truce declared is no listing
  { head: "elan", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["acc"], objectRequired: true, needs: ["et", "ed", "olun"], gap: 0,
    clauseNeeds: ["terror", "terrorçu", "ekstremist"] },
  // 141 PROTEST: a rally held by an opposition (`Keniyada müxalifət tərəfdarları aksiya keçirib`), as one held against someone
  // (./codebook-conflict.ts); a shop's or a campaign's `aksiya` names no opposition
  { head: "aksiya", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo", needs: ["keçir", "təşkil", "başla"], gap: 1, needsBefore: true,
    clauseNeeds: ["müxalifət", "müxalifətçi", "qərar"] },
  // 061 COOPERATE: cooperation begun between named sides (`X və Y Xəzərdə birgə yataq üzrə əməkdaşlığa başlayıb`), as ties
  // established (`əməkdaşlıq qurub`, ../events.ts)
  { head: "əməkdaşlığa", forms: "noun", type: "COOPERATE", cameo: "061", object: ["ins"], needs: ["başla"], gap: 0 },
  // 154 MOBILIZE: military forces raised or massed (`Şimali Koreya sərhəddə hərbi qüvvələrini artırıb`, `sərhədə qoşun
  // yığır`) and a military base reinforced (`Ermənistandakı hərbi bazasını gücləndirir`), as military presence raised
  // (./coverage-c4.ts)
  { head: "qüvvə", forms: "noun", type: "MOBILIZE", cameo: "154", plover_mode: "troops", needs: ["artır", "gücləndir", "cəmləşdir", "yığ"], gap: 1,
    clauseNeeds: ["hərbi", "silahlı"] },
  { head: "qoşun", forms: "noun", type: "MOBILIZE", cameo: "154", plover_mode: "troops", needs: ["yığ", "topla", "artır"], gap: 1 },
  { head: "baza", forms: "noun", type: "MOBILIZE", cameo: "154", plover_mode: "troops", needs: ["gücləndir", "genişləndir"], gap: 0, clauseNeeds: ["hərbi"] },
  // 045 CONSULT: mediation resumed or going on (`Qətər X ilə Y arasında vasitəçiliyi bərpa edib`), as mediation carried out
  // (./codebook-cooperation.ts); one stopped is ./codebook-conflict.ts, one offered ./coverage-b1.ts
  { head: "vasitəçilik", forms: "noun", type: "CONSULT", cameo: "045", object: ["ins"], needs: ["bərpa", "davam"], gap: 0 },
  // 070 AID: aid allotted to a state, told in the passive with no giver (`Ukraynaya hərbi yardım ayrılıb`), as `yardım ayırıb`
  { head: "yardım", forms: "noun", type: "AID", cameo: "070", object: ["dat"], objectTypes: ["LOC"], objectRequired: true, needs: ["ayrıl"], gap: 0 },
  // 030 AGREE: readiness to normalise or restore ties (`X Y ilə münasibətləri normallaşdırmağa hazırdır`), as the readiness
  // entries of ../events.ts
  ...["hazırdır", "hazırdırlar"].map((head): TriggerEntry => ({ head, forms: "noun", type: "AGREE", cameo: "030", object: ["ins", "dat"], gap: 0,
    needsBefore: true, needs: ["normallaşdır", "bərpa"] })),
  // 081 CONCEDE: a visa regime eased for a state's citizens (`Gürcüstan Rusiya vətəndaşları üçün viza rejimini
  // yüngülləşdirib`), as one lifted (../events.ts)
  { head: "rejim", forms: "noun", type: "CONCEDE", cameo: "081", needs: ["yüngülləşdir", "sadələşdir", "yumşalt"], gap: 0, clauseNeeds: ["viza"] },
];
