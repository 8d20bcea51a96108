// Triggers from invented breadth for the cooperative material acts (COOPERATE, AID) in political and world news
// (helper co24, test/events-breadth-co24.test.ts): about 170 invented items in the style of APA, Report, Trend, Oxu.az and
// AzərTac, written and tagged before the tables were read, with look-alikes that tell no act (domestic budgets and
// projects, firms' commerce, cooperation praised, proposed or discussed as a topic).
import type { TriggerEntry } from "../../../extract/events/tables.js";

// qualifiers that make a body set up a body of two or more sides (as the `komissiya` entry of ../events.ts)
const JOINT = ["ikitərəfli", "üçtərəfli", "çoxtərəfli", "birgə", "müştərək", "hökumətlərarası", "dövlətlərarası", "arasında"];
// finite forms of becoming (not `olmaq üçün`, an aim, nor `olmasını`, a wish)
const BECAME = ["olub", "olublar", "oldu", "olmuşdur", "olmuşdu", "olacaq", "olacaqlar", "olur"];

export const BREADTH_CO24: TriggerEntry[] = [
  // 060 COOPERATE: a state joining an organisation or alliance (`Finlandiya NATO-ya qoşulub`, `Macarıstan Türk Dövlətləri
  // Təşkilatına müşahidəçi kimi qoşulub`): only a named body as what is joined; a meeting, a rally or a call joined
  // (`tədbirə qoşulub`, `aksiyaya qoşulub`) is attendance or protest, a club, team or party joined (`"Şimal" klubuna qoşulub`) a membership of no state, one held possible (`qoşulmasının mümkün olduğunu`) no act, and an agreement acceded to is the SUPPORT entry of ../events.ts
  { head: "qoşul", forms: "verb", type: "COOPERATE", cameo: "060", object: ["dat"], objectTypes: ["ORG"], objectRequired: true,
    notBefore: ["mümkün", "ehtimal", "perspektiv", "imkan", "məsələ", "planlaşdır", "niyyət"],
    clauseNot: ["iclas", "tədbir", "sammit", "forum", "konfrans", "müzakirə", "aksiya", "etiraz", "çağırış", "bəyanat", "kampaniya", "yarış", "çempionat", "turnir",
      "klub", "komanda", "partiya"] },
  // … becoming a member (`Azərbaycan Asiya İnfrastruktur İnvestisiya Bankına üzv olub`, `İsveç NATO-nun 32-ci üzvü olub`);
  // applying to become one (`üzv olmaq üçün müraciət edib`) is no membership
  { head: "üzv", forms: "noun", type: "COOPERATE", cameo: "060", object: ["dat", "gen"], objectTypes: ["ORG"], objectRequired: true, needs: BECAME, gap: 0 },
  // … joining a joint project, initiative or corridor of named states (`X, Y və Z arasında "yaşıl enerji" dəhlizi layihəsinə
  // Tacikistan da qoşulub`)
  { head: "qoşul", forms: "verb", type: "COOPERATE", cameo: "060", object: ["ins"], gap: 0, needsBefore: true,
    needs: ["layihə", "təşəbbüs", "koalisiya", "ittifaq", "dəhliz"], clauseNeeds: ["arasında", "birgə"] },
  // 060 COOPERATE: cooperation developing, strengthened or going on, intransitive or passive (`X ilə Y arasında əməkdaşlıq inkişaf
  // edir`, `… əməkdaşlıq möhkəmləndiriləcək`, `… əməkdaşlıq davam etdirilir`), as cooperation widening (./headlines-b5.ts); the
  // verbal noun of its developing (`əməkdaşlığın inkişaf etdirilməsi yolları`) is a topic, and its intransitive future a wish of
  // letters and speeches (`İnanıram ki, … əməkdaşlığımız … inkişaf edəcək və möhkəmlənəcək`), none; the passive future is planned
  { head: "əməkdaşlıq", forms: "noun", type: "COOPERATE", cameo: "060",
    needs: ["möhkəmlənir", "möhkəmlənib", "möhkəmləndirilir", "möhkəmləndirilib", "möhkəmləndiriləcək",
      "güclənir", "güclənib", "gücləndirilir", "gücləndirilib", "gücləndiriləcək", "genişləndirilir", "genişləndirilib", "genişləndiriləcək",
      "dərinləşdirilir", "dərinləşdirilib", "dərinləşdiriləcək"], gap: 0 },
  ...["inkişaf", "davam"].map((head): TriggerEntry => ({ head, forms: "noun", type: "COOPERATE", cameo: "060",
    needs: ["edir", "edib", "etdirilir", "etdirilib", "etdiriləcək"], gap: 0, clauseNeeds: ["əməkdaşlıq"],
    clauseNot: ["müzakirə", "məsələ", "perspektiv", "yollar"] })),
  // 064 COOPERATE: intelligence or data shared between sides (`X və Y kəşfiyyat xidmətləri məlumat mübadiləsi aparıb`, `X Y tərəfi
  // ilə kəşfiyyat məlumatlarını bölüşüb`); views exchanged (`fikir mübadiləsi`) are talks, the CONSULT entries
  { head: "mübadilə", forms: "noun", type: "COOPERATE", cameo: "064", plover_mode: "intelligence", object: ["ins"],
    needs: ["apar", "başla", "həyata", "genişlən", "genişləndir", "bərpa"], gap: 1, clauseNeeds: ["kəşfiyyat", "məlumat"], clauseNot: ["fikir"] },
  { head: "bölüş", forms: "verb", type: "COOPERATE", cameo: "064", plover_mode: "intelligence", object: ["ins"], objectTypes: ["LOC", "ORG"],
    objectRequired: true, clauseNeeds: ["kəşfiyyat"] },
  // 060 COOPERATE: joint work carried out, begun or planned between sides: something built, opened or worked jointly, a joint
  // firm, fund or council set up (`X və Y birgə avtomobil zavodu tikəcək`, `X Y ilə birgə körpü tikir`, `birgə universitet açıb`,
  // `yatağı birgə işləyəcək`, `birgə layihəyə başlayıb`, `birgə logistika şirkəti yaradıb`), a joint investigation (`X və Y birgə istintaq aparır`, CAMEO 0631 by
  // its code's kind), as joint projects carried out (../events.ts)
  { head: "birgə", forms: "noun", type: "COOPERATE", cameo: "060", object: ["ins"],
    needs: ["tikir", "tikib", "tikəcək", "tikdi", "inşa", "işləyir", "işləyib", "işləyəcək", "açıb", "açacaq", "açdı", "yarat", "yarad", "təsis", "başla",
      "istintaq", "araşdırma"], gap: 3 },
  // … a body set up by sides (`iki ölkə arasında Ali Dövlətlərarası Şura təsis edilib`, `birgə investisiya fondu təsis olunub`), as
  // joint commissions and working groups (../events.ts); a council or fund a state sets up at home names no second side
  ...["şura", "fond", "qərargah", "platforma"].map((head): TriggerEntry => ({ head, forms: "noun", type: "COOPERATE", cameo: "060",
    object: ["ins"], needs: ["yarat", "təsis"], gap: 1, clauseNeeds: JOINT })),
  // 063 COOPERATE: extradited in the passive of `olunmaq` (`Gürcüstandan Azərbaycana ekstradisiya olunub`), as `ekstradisiya edilib`
  { head: "ekstradisiya", forms: "noun", type: "COOPERATE", cameo: "063", plover_mode: "legal", object: ["acc"], needs: ["olun"], gap: 0 },
  // 062 COOPERATE: military equipment or drones bought from a state (`Azərbaycan İsraildən hərbi texnika alıb`, `Türkiyədən 20
  // "Bayraktar" pilotsuz uçuş aparatı alacaq`), as the arms of ./headlines-b4.ts; machinery bought for farms is trade of no state
  ...["texnika", "aparat"].map((head): TriggerEntry => ({ head, forms: "noun", type: "COOPERATE", cameo: "062", plover_mode: "military",
    object: ["abl"], objectTypes: ["LOC"], objectRequired: true, needs: ["alır", "alıb", "alacaq", "aldı", "almağa", "almaqda", "alın"], gap: 0,
    clauseNeeds: head === "texnika" ? ["hərbi", "zirehli", "döyüş"] : ["pilotsuz", "uçuş"] })),
  // 075 AID: refugees or migrants taken in from a state (`Türkiyə Suriyadan 3 milyon qaçqın qəbul edib`), as asylum given (../events.ts);
  // the noun right before the verb: a quota of migrants not accepted (`miqrant kvotalarını qəbul etmir`) is a refusal of its own entry
  ...["qaçqın", "miqrant"].map((head): TriggerEntry => ({ head, forms: "noun", type: "AID", cameo: "075", plover_mode: "asylum",
    object: ["abl"], objectTypes: ["LOC"], objectRequired: true, needs: ["qəbul"], gap: 0 })),
  // 071 AID: money in a foreign currency allotted for a named state's need (`Azərbaycan Ukraynanın enerji infrastrukturunun bərpası üçün
  // 1 milyon dollar ayırıb`), as money allotted to a state (./headlines-b5.ts); manat for a region is the state's own budget
  { head: "ayır", forms: "verb", type: "AID", cameo: "071", plover_mode: "economic", object: ["gen"], objectTypes: ["LOC"], objectRequired: true,
    activeOnly: true, clauseNeeds: ["dollar", "avro", "funt"], clauseNot: ["manat"] },
  // 070 AID: aid to a state allotted, sent or given in the passive with its giver between (`Ukraynaya maliyyə yardımı Aİ tərəfindən
  // ayrılıb`), as the passive of ./headlines-b4.ts with the noun and verb side by side
  { head: "yardım", forms: "noun", type: "AID", cameo: "070", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    needs: ["ayrıl", "göndəril", "veril", "çatdırıl"], gap: 5 },
  // 061 COOPERATE: exports to or imports from a named state begun, told by the possessed dative (`Azərbaycan Suriyaya qaz ixracına
  // başlayıb`, `Türkiyədən … idxalına başlayıb`): a noun in a case makes no phrase with the words after it, so the case is part of the head,
  // as `tədarükünə` (./headlines-b4.ts); freight between named sides begun or resumed (`X və Y arasında … yükdaşımalar başlayıb`)
  { head: "ixracına", forms: "noun", type: "COOPERATE", cameo: "061", plover_mode: "economic", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    needs: ["başla"], gap: 0 },
  { head: "idxalına", forms: "noun", type: "COOPERATE", cameo: "061", plover_mode: "economic", object: ["abl"], objectTypes: ["LOC"], objectRequired: true,
    needs: ["başla"], gap: 0 },
  { head: "yükdaşıma", forms: "noun", type: "COOPERATE", cameo: "061", plover_mode: "economic", needs: ["başla", "bərpa"], gap: 0, clauseNeeds: ["arasında"] },
];
