// Triggers from a probe of the material-conflict types (COERCE, SANCTION, ASSAULT, MOBILIZE) as world news writes them
// (helper pr-coe, test/events-probe-pr-coe.test.ts): the phrasings listed from the language before the tables were read,
// checked on real sentences of the pools and on invented headlines; each names the words that make it an act between
// sides, and a look-alike of the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";
import { ET } from "./light-verbs.js";

export const PROBE_PR_COE: TriggerEntry[] = [
  // 173 COERCE: activists, protesters, journalists or migrants detained, or a ship or flotilla stopped, in the active by a
  // state, its army or its police (`İsrail flotiliyadakı fəalları saxlayıb`, `Gürcüstanda polis etirazçıları saxlayıb`), as
  // the passive `saxlanılıb` of ../events.ts; what one keeps (`mövqeyini saxlayıb`, `əlaqə saxlayıb`) names none of them
  { head: "saxla", forms: "verb", type: "COERCE", cameo: "173", plover_mode: "arrest", activeOnly: true, object: ["acc"],
    clauseNeeds: ["fəallar", "fəalı", "fəalını", "etirazçı", "nümayişçi", "aksiyaçı", "jurnalist", "miqrant", "flotiliya", "tanker", "gəmisini", "gəmini", "gəmiləri", "gəmilərini"],
    clauseNot: ["həbsxana", "türmə", "əsirlik", "hüquq", "əlaqə", "təmas", "avtomobil", "maşın", "nəqliyyat", "yük", "sirr", "məlumat"] },
  // 172 COERCE restrict: a body declared undesirable (`X-i arzuolunmaz təşkilat elan edib`), as a person declared
  // undesirable is expelled (the SANCTION entry of ../events.ts, `arzuolunmaz şəxs`)
  { head: "arzuolunmaz", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["acc"], needs: ["təşkilat"], gap: 0 },
  // 172 COERCE restrict: a named body's work stopped or restricted, or its office closed (`"X"-in fəaliyyətini dayandırıb`,
  // `X-in ofisini bağlayıb`); a firm stopping its own work (`şirkət fəaliyyətini dayandırıb`) or an airport's work stopped
  // names no body acted on (a ban, `fəaliyyətini qadağan edib`, is the `qadağan` entry's: a phrase of this head would take
  // its words, `fəaliyyəti qadağan etməyib`, and make nothing where no body is named)
  { head: "fəaliyyət", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["gen"], objectTypes: ["ORG"],
    objectRequired: true, needs: ["dayandır", "məhdudlaşdır"], gap: 1 },
  { head: "ofis", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["gen"], objectTypes: ["ORG"],
    objectRequired: true, needs: ["bağla"], gap: 1 },
  // 193-195 ASSAULT: fire or strikes suffered (`Kiyev raket atəşinə məruz qalıb`, `mövqeləri atəşə məruz qalıb`), as an
  // attack suffered (`hücumuna məruz qalıb`, read by the `hücum` entry)
  { head: "atəşə", forms: "noun", type: "ASSAULT", cameo: "193", plover_mode: "firearms", needs: ["məruz"], gap: 0 },
  { head: "atəşinə", forms: "noun", type: "ASSAULT", cameo: "194", needs: ["məruz"], gap: 0 },
  { head: "zərbə", forms: "noun", type: "ASSAULT", cameo: "195", needs: ["məruz"], gap: 0, notAfter: ["iqtisadi"] },
  // 152 MOBILIZE: an army put on high readiness told by `rejim` (`ordu yüksək hazırlıq rejiminə keçirilib`), as by `vəziyyət`
  // (../events.ts); a rescue service's or a city's readiness regime names no armed force
  { head: "hazırlıq", forms: "noun", type: "MOBILIZE", cameo: "152", plover_mode: "troops", needs: ["rejim"], gap: 0,
    clauseNeeds: ["ordu", "qoşun", "hərbi", "silahlı", "nüvə", "hərbçi", "hücumundan"] },
  // 154 MOBILIZE: militia mobilised (`4 milyon milis səfərbər edəcək`), as reservists are (./codebook-conflict.ts)
  { head: "səfərbər", forms: "noun", type: "MOBILIZE", cameo: "154", plover_mode: "troops", needs: [...ET, "olun"], gap: 0,
    clauseNeeds: ["milis"] },
  // 154 MOBILIZE: soldiers of the reserve called up (`ehtiyatda olan 60 min hərbçini çağırıb`), as reservists are
  // (`ehtiyatçıları çağırıb`, ./codebook-conflict.ts); soldiers called on to do something (`hərbçiləri … çağırıb`) are asked
  { head: "hərbçi", forms: "noun", type: "MOBILIZE", cameo: "154", plover_mode: "troops", needs: ["çağır"], gap: 0, clauseNeeds: ["ehtiyat"] },
  // 150 MOBILIZE: exercises begun told by the dative (`ordu Tayvan ətrafında təlimlərə başlayıb`), which the `təlim` entry of
  // ../events.ts cannot read (a noun in an oblique case makes no phrase with the verb after it); an army or the ground of
  // a state's forces named (`ətrafında`, `boğaz`), as there; a school's or a bank's training names neither
  ...["təlimə", "təlimlərə"].map((head): TriggerEntry => ({ head, forms: "noun", type: "MOBILIZE", cameo: "150", plover_mode: "troops",
    needs: ["başla"], gap: 0, clauseNeeds: ["hərbi", "ordu", "qoşun", "silahlı", "nato", "hərbçi", "döyüş", "donanma", "ətrafında", "boğaz"],
    senses: [{ stems: ["birgə"], type: "COOPERATE", cameo: "062", plover_mode: "military" }] })),
  // 154 MOBILIZE: units sent or stationed (`Litvaya briqada yerləşdirəcək`), as troops are (`qoşun`, ../events.ts)
  ...["briqada", "batalyon", "diviziya"].map((head): TriggerEntry => ({ head, forms: "noun", type: "MOBILIZE", cameo: "154",
    plover_mode: "troops", needs: ["yerləşdir", "cəmləşdir", "yerit", "göndər"], gap: 2,
    // (a medical or rescue unit sent, `tibb briqadası göndərib`, is aid, CAMEO 073: helper co24)
    senses: [{ stems: ["tibb", "tibbi", "xilasedici", "həkim"], type: "AID", cameo: "073" }] })),
  // 190 ASSAULT: a shoot-out that took place (`sərhəddə atışma olub`), as one that broke out (`atışma baş verib`)
  { head: "atışma", forms: "noun", type: "ASSAULT", cameo: "190", object: ["ins"], needs: ["ol"], gap: 0 },
  // 172 COERCE: a visa-free regime suspended for a state's citizens (`vizasız rejimi dayandıra bilər`), as visas stopped
  // (./headlines-b5.ts); a visa-free regime brought in is a concession (../events.ts)
  { head: "rejim", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["acc"], needs: ["dayandır", "dondur"], gap: 1,
    clauseNeeds: ["vizasız"] },
];
