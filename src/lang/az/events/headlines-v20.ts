// Triggers from 150 invented political and world headlines in the style of oxu.az, report.az and apa.az, annotated blind
// (helper inv-heads, set v20, test/events-headlines-v20.test.ts): goods exported to a state, a protest told by what it
// demands, a visa-free regime restored, a military operation against a side or on the ground, a retaliation vowed by
// `cavabsız qoymamaq`. Each names the words that make it an act between sides, and a look-alike that stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";
import { GOODS } from "./headlines-b5.js";

export const HEADLINES_V20: TriggerEntry[] = [
  // 061 COOPERATE: goods of trade exported to a state (`Azərbaycan Ermənistana benzin ixrac edəcək`), as goods sent
  // (`göndər`, ./headlines-b5.ts); a country's exports with no state they go to (`qeyri-neft ixracı artıb`) are statistics
  { head: "ixrac", forms: "noun", type: "COOPERATE", cameo: "061", plover_mode: "economic", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    needs: ["et", "ed", "olun"], gap: 0, clauseNeeds: GOODS },
  // 061 COOPERATE: exports through a state raised or begun (`Qazaxıstan Azərbaycan üzərindən neft ixracını artıracaq`), as
  // transit begun or raised (`tranzit`, `nəqli`, ./headlines-b5.ts); exports raised with no state they pass stay none
  // (the head as the other entries of `ixrac` spell it: a longer spelling would hide them, `Çinə taxıl ixracını bərpa edib`)
  { head: "ixrac", forms: "noun", type: "COOPERATE", cameo: "061", plover_mode: "economic", needs: ["başla", "bərpa", "artır"], gap: 0,
    clauseNeeds: ["üzərindən"] },
  // 141 PROTEST: a rally told by what it demands (`Paşinyanın istefasını tələb edən aksiya keçirilib`), as a peaceful rally
  // (./articles-v9.ts); a charity or planting `aksiya` demands nothing
  { head: "aksiya", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo", needs: ["keçir", "təşkil"], gap: 1,
    clauseNeeds: ["istefa", "tələb"] },
  // 081 CONCEDE: a visa-free regime restored for a state (`Rusiya Gürcüstana vizasız rejimi bərpa edir`), as one brought in
  // (./codebook-concession.ts); cancelling one restricts (../events.ts)
  { head: "vizasız", forms: "noun", type: "CONCEDE", cameo: "081", object: ["ins", "dat"], needs: ["bərpa"], gap: 1 },
  // 190 ASSAULT: a military operation on the ground (`quru əməliyyatı keçirməyə hazırlaşır`) or against a named side (`PKK-ya
  // qarşı əməliyyat keçirib`), as a military one (../events.ts); one against unnamed offenders or attacks (`kiberhücumlara
  // qarşı xüsusi əməliyyat`) is a police body's work, and a police operation stays COERCE (its sense there)
  { head: "əməliyyat", forms: "noun", type: "ASSAULT", cameo: "190", object: ["dat"], needs: ["keçir", "başla", "apar"], gap: 1,
    clauseNeeds: ["quru"], clauseNot: ["polis", "kiberpolis"] },
  { head: "əməliyyat", forms: "noun", type: "ASSAULT", cameo: "190", object: ["dat"], objectTypes: ["LOC", "ORG"], objectRequired: true,
    needs: ["keçir", "başla", "apar"], gap: 1, clauseNeeds: ["qarşı"], clauseNot: ["polis", "kiberpolis"] },
  // (begun, by its possessed dative: `Livana qarşı quru əməliyyatına başlayıb`, as `əməliyyata başlayıb` of ../events.ts)
  { head: "əməliyyatına", forms: "noun", type: "ASSAULT", cameo: "190", object: ["dat"], needs: ["başla"], gap: 0, clauseNeeds: ["quru", "hərbi", "antiterror"] },
  // 138 THREATEN: a retaliation vowed by leaving an act not unanswered (`bu təxribatı cavabsız qoymayacaq`), as `cavabsız
  // qalmayacaq` (./codebook-conflict.ts); an offer left unanswered (`təklifini cavabsız qoyub`) is REJECT (./coverage-c4.ts)
  { head: "cavabsız", forms: "noun", type: "THREATEN", cameo: "138", plover_mode: "violence",
    needs: ["qoymayacaq", "qoymayacağıq", "qoymarıq", "qoymaz"], gap: 0, negationInNeeds: true },
  // 040 CONSULT negated: a meeting or a visit called off in the passive of `olmaq` (`X ilə Y-in görüşü ləğv olunub`), as with
  // `edilmək` (the `ləğv` entry of ../events.ts, whose other senses this passive leaves alone: a firm's office or a school
  // rule `ləğv olunur` restricts no side)
  { head: "ləğv", forms: "noun", type: "CONSULT", cameo: "040", needs: ["olun"], gap: 0, clauseNeeds: ["görüş", "səfər", "danışıq", "sammit"],
    senses: [{ stems: ["görüş", "səfər", "danışıq", "sammit"], type: "CONSULT", cameo: "040", negates: true }] },
  // 163 SANCTION: purchases from a state stopped or restricted (`Çin İrandan neft alışını dayandırıb`), as imports stopped
  // (`idxalını dayandırıb`, ./codebook-conflict.ts); a bank's currency purchases stopped name no state
  { head: "alış", forms: "noun", type: "SANCTION", cameo: "163", plover_mode: "discontinue", object: ["abl", "dat"], objectTypes: ["LOC"], objectRequired: true,
    needs: ["dayandır", "məhdudlaşdır"], gap: 1 },
  // 111 ACCUSE: a resolution against a state (`Avropa Parlamenti Azərbaycan əleyhinə qətnamə qəbul edib`), as a resolution that
  // condemns; a resolution for one (`lehinə`) or on a topic is none
  { head: "əleyhinə", forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "criticize", needs: ["qətnamə"], gap: 0 },
  // 111 ACCUSE: a side likened to a tyrant or a terrorist (`Ərdoğan Netanyahunu Hitlerə bənzədib`), an insult as `terrorçu
  // adlandırıb` (../events.ts); a likeness with no such word (`şəhəri Parisə bənzədib`) is praise or a picture
  { head: "bənzət", forms: "verb", type: "ACCUSE", cameo: "111", plover_mode: "criticize", object: ["acc"], objectTypes: ["PER", "LOC", "ORG"], objectRequired: true,
    activeOnly: true, clauseNeeds: ["hitler", "nasist", "faşist", "terrorçu", "diktator"] },
  // 041 CONSULT: a call told by the reciprocal verb (`Əliyev və Tokayev zəngləşib`), as `telefonla danışıb` (../events.ts)
  { head: "zəngləş", forms: "verb", type: "CONSULT", cameo: "041", plover_mode: "phone", object: ["ins"] },
  // 043 CONSULT: a guest welcomed officially, in the passive (`Lukaşenko Bakıda rəsmi qarşılanıb`), as the active `qarşılayıb`
  // (../events.ts); a decision or a holiday met with feelings (`qərar narazılıqla qarşılanıb`) is no visit
  // (the head as `qarşıla` spells it, in the passive only: a longer stem would hide that entry, `X tərəfindən qarşılanıb`)
  { head: "qarşıla", forms: "verb", type: "CONSULT", cameo: "043", plover_mode: "visit", passiveOnly: true, clauseNeeds: ["rəsmi", "təntənəli"] },
  // 111 ACCUSE: a side insulted (`Zaxarova Bakını təhqir edib`), as a side criticised (`tənqid edib`, ../events.ts); an insult
  // with no named side (`təhqir edən şəxs saxlanılıb`) is a private quarrel
  { head: "təhqir", forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "criticize", object: ["acc"], objectTypes: ["PER", "LOC", "ORG"],
    objectRequired: true, needs: ["et", "ed"], gap: 0 },
];
