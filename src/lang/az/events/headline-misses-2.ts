// Triggers from the misses of a second headline set annotated blind (test/gold/headlines2/): phrasings of acts
// that no entry read, each checked against the PLOVER definitions and over the unlabelled pools (418 banker.az
// articles, ~2,000 oxu.az headlines), where none of them adds or loses an event outside the gold set.
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Nouns of a report or a claim: what a denial calls untrue. */
const REPORTS = ["şayiə", "xəbər", "iddia", "məlumat", "yazı", "informasiya"];

export const HEADLINE_MISSES_2: TriggerEntry[] = [
  // a military coup or a coup d'état (`hərbi çevriliş`, `dövlət çevrilişi`) seizes the state by force (PLOVER COERCE,
  // context pro_autocracy); a turn of events or a revolution in a field (`texnoloji çevriliş`) is none
  { head: "çevriliş", forms: "noun", type: "COERCE", cameo: "170", plover_mode: "seize", needs: ["hərbi", "dövlət"], gap: 0, needsBefore: true },
  // power seized (`hakimiyyəti ələ keçirib`) is a coup; a town seized is an occupation (the ASSAULT entry of `ələ`
  // before this one needs a place as its object)
  { head: "ələ", forms: "noun", type: "COERCE", cameo: "170", plover_mode: "seize", needs: ["keçir"], gap: 0, clauseNeeds: ["hakimiyyət"] },
  // reports called untrue (`… barədə şayiələr həqiqətə uyğun deyil`, `xəbərlərin həqiqətə uyğun olmadığını bildirib`) are
  // denied, as by `təkzib`; only of a report or a claim named in the clause (a project not up to standards denies nothing)
  // (`uyğun deyil` ends in the negation word itself; `uyğun olmadığını` is told negated, the refusal asserted)
  { head: "uyğun", forms: "noun", type: "REJECT", cameo: "120", plover_mode: "deny", needs: ["deyil", "deyillər"], gap: 0, clauseNeeds: REPORTS },
  { head: "uyğun", forms: "noun", type: "REJECT", cameo: "120", plover_mode: "deny", needs: ["olmadığ", "olmaması"], gap: 0, clauseNeeds: REPORTS, negatedOnly: true },
  // a side called a guarantor, a partner or an ally (`X-i regionun əsas qarantı adlandırıb`) is praised (CAMEO 051);
  // slurs are the ACCUSE entry of `adlandır` before this one
  { head: "adlandır", forms: "verb", type: "SUPPORT", cameo: "051", plover_mode: "praise", object: ["acc"], objectTypes: ["LOC", "ORG", "PER"], objectRequired: true,
    clauseNeeds: ["qarant", "tərəfdaş", "müttəfiq", "nümunə"] },
  // a side unworthy of cooperation or dialogue (`X Y ilə əməkdaşlığa layiq deyil`) is refused it (CAMEO 12)
  { head: "layiq", forms: "noun", type: "REJECT", cameo: "120", needs: ["deyil", "deyillər"], gap: 0,
    clauseNeeds: ["əməkdaşlıq", "dialoq", "danışıq"] },
  // weapons given to a side (`Y-ə raketləri verəcək`) are arms supply, military cooperation as the
  // house codes supply (CAMEO 062); the clause must name the weapons, and the receiver must be a state or a body
  { head: "ver", forms: "verb", type: "COOPERATE", cameo: "062", plover_mode: "military", object: ["dat"], objectTypes: ["LOC", "ORG"], objectRequired: true,
    clauseNeeds: ["raket", "silah", "tank", "qırıcı", "zenit", "sursat", "mərmi", "texnika", "pua", "dron"] },
  // a prison term that awaits a person (`X-i 20 il həbs cəzası gözləyir`) is sought against them: a
  // sentence that may come (CAMEO 173)
  { head: "cəzası", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", object: ["acc"], needs: ["gözlə"], gap: 0 },
  // a war called likely (`X və Y arasında müharibə ehtimalı artır`) or possible (`… müharibə mümkündür`; not `mümkün deyil`) may come
  // (ASSAULT, told as a likelihood)
  { head: "müharibə", forms: "noun", type: "ASSAULT", cameo: "190", needs: ["ehtimal", "mümkündür"], gap: 0 },
];
