// Triggers from invented breadth for demands, appeals and sanctions between states in political and world news (helper
// rs24, test/events-breadth-rs24.test.ts): the studied sets and the pools are mostly domestic and business news, so these
// phrasings were written from the language first, then checked over the unlabelled pools.
import type { TriggerEntry } from "../../../extract/events/tables.js";
import type { EntityType } from "../../../text/doc.js";
import { ET } from "./light-verbs.js";

const SIDES: EntityType[] = ["PER", "LOC", "ORG"];
/** The public a state's name may qualify (`Azərbaycan vətəndaşlarını … faydalanmağa dəvət edir`): a bank's or an office's
 *  invitation to them asks no state. */
/** Infinitives in the accusative of leaving a place or buying from a side: the ablative before them is their own. */
const OWN_MOVES = ["getməyi", "çıxmağı", "köçməyi", "qaçmağı", "qayıtmağı", "ayrılmağı", "uzaqlaşmağı", "almağı"];
const PUBLIC = ["vətəndaş", "sakin", "əhali", "investor", "müştəri", "istehlakçı", "tələbə", "gənc", "sahibkar", "ictimaiyyət", "iştirakçı", "turist"];

export const BREADTH_RS24: TriggerEntry[] = [
  // 10 REQUEST: an act asked of a side in the ablative by its infinitive in the accusative (`Gürcüstan Rusiyadan bazasını
  // bağlamağı istəyib`, `X NATO-dan patrulu gücləndirməyi istəyib`); a bare infinitive wants an act of one's own
  // (`Çindən qaz almaq istəyir`, `Bakıdan getmək istəyir`: the entries of ./codebook-cooperation.ts and ./coverage-c4.ts), and
  // so does one whose own ablative the name is, leaving or buying (`Rusiyadan köçməyi istəyib`, `ABŞ-dan silah almağı`)
  { head: "istə", forms: "verb", type: "REQUEST", cameo: "100", object: ["abl"], objectTypes: SIDES, objectRequired: true, activeOnly: true,
    afterEndings: ["mağı", "məyi"], notAfter: OWN_MOVES },
  // 10 REQUEST: permission asked of a side (`Türkiyə ABŞ-dan … icazə istəyib`); permission given is ./constructions-fr23.ts's
  { head: "icazə", forms: "noun", type: "REQUEST", cameo: "100", object: ["abl"], objectTypes: SIDES, objectRequired: true, needs: ["istə", "tələb"], gap: 0 },
  // 10 REQUEST: a state or a body invited to act (`Qətər HƏMAS-ı və İsraili danışıqlar masasına qayıtmağa dəvət edib`,
  // `X Ukraynanı danışıqlara başlamağa dəvət edib`), as one called on to act; a person invited (to visit, to talks) is
  // AGREE 036 (./codebook-cooperation.ts, read first), with nothing one is invited to the verb names no act, and the public
  // a state's name qualifies is no state invited
  { head: "dəvət", forms: "noun", type: "REQUEST", cameo: "106", object: ["acc"], objectTypes: ["LOC", "ORG"], objectRequired: true, needs: ET, gap: 0,
    activeOnly: true, complementCase: "dat", complementActs: ["danışıq", "danışığ", "müzakirə", "dialoq", "sülh"], clauseNot: PUBLIC },
  // 036 AGREE: a state or a body invited to a gathering, a thing and no act (`Özbəkistanı sammitə dəvət edib`,
  // `X tərəfini forumda iştiraka dəvət edib`), is asked to meet, as a person is (inv-region, test/events-articles-v19.test.ts)
  { head: "dəvət", forms: "noun", type: "AGREE", cameo: "036", object: ["acc"], objectTypes: ["LOC", "ORG"], objectRequired: true, needs: ET, gap: 0,
    activeOnly: true, complementCase: "dat", clauseNot: PUBLIC },

  // 154 MOBILIZE: soldiers of the reserve called up to a muster (`ehtiyatda olan hərbçiləri toplanışa çağırıb`), as called
  // up with nothing between (./probe-pr-coe.ts)
  { head: "hərbçi", forms: "noun", type: "MOBILIZE", cameo: "154", plover_mode: "troops", needs: ["çağır"], gap: 1, clauseNeeds: ["ehtiyat"] },

  // 16 SANCTION: aid frozen or cut back (`X-ə maliyyə yardımını dondurub`, `… azaldacaq`), as aid stopped (../events.ts)
  { head: "yardım", forms: "noun", type: "SANCTION", cameo: "162", plover_mode: "discontinue", object: ["dat"], needs: ["dondur", "azalt", "ixtisar"], gap: 2 },
  // 161 relations downgraded (`X Y ilə diplomatik münasibətlərin səviyyəsini aşağı salıb`)
  { head: "səviyyə", forms: "noun", type: "SANCTION", cameo: "161", plover_mode: "withdraw", object: ["ins"], needs: ["aşağı", "endir"], gap: 0,
    clauseNeeds: ["münasibət", "əlaqə"] },
  // 161 an agreement with a named side suspended (`X Y ilə … sazişini dayandırıb`, `… müqaviləsinin icrasını dondurub`), as
  // one cancelled (../events.ts); a contract with no state or body (`əmək müqaviləsi dayandırılıb`) is no sanction
  ...["saziş", "müqavilə"].map((head): TriggerEntry => ({ head, forms: "noun", type: "SANCTION", cameo: "161", plover_mode: "withdraw",
    object: ["ins"], objectTypes: ["LOC", "ORG"], objectRequired: true, needs: ["dayandır", "dondur"], gap: 1 })),
  // 161 a state's own embassy or consulate stopped working in a named state (`X Y-dəki səfirliyinin işini dayandırıb`); the
  // work of another's body stopped is COERCE (./probe-pr-coe.ts)
  ...["fəaliyyət"].map((head): TriggerEntry => ({ head, forms: "noun", type: "SANCTION", cameo: "161", plover_mode: "withdraw",
    object: ["loc", "dat"], objectTypes: ["LOC"], objectRequired: true, needs: ["dayandır", "dondur"], gap: 0, clauseNeeds: ["səfirliy", "konsulluğ"] })),
  // 16 a delegation's powers suspended by a body (`AŞPA X nümayəndə heyətinin səlahiyyətlərini dayandırıb`)
  { head: "səlahiyyət", forms: "noun", type: "SANCTION", cameo: "16", plover_mode: "withdraw", object: ["gen"], needs: ["dayandır", "dondur"], gap: 0,
    clauseNeeds: ["nümayəndə"] },
];

/** Phrases of heads whose bare entry in ../events.ts would tell another act first (a meeting held, sanctions imposed): spread
 *  at the head of the table, so that the phrase is read before the bare head. */
export const BREADTH_RS24_FIRST: TriggerEntry[] = [
  // 106 REQUEST: a meeting asked of a named side (`X Y ilə görüş istəyib`, `… görüş tələb edir`); a wish to meet told by the
  // verb (`görüşmək istəyib`) stays none, as the gold sets tell it
  { head: "görüş", forms: "noun", type: "REQUEST", cameo: "106", object: ["ins"], objectTypes: SIDES, objectRequired: true, needs: ["istə", "tələb"], gap: 0 },
  // 081 CONCEDE: sanctions lifted in the verb of raising (`X-ə qarşı sanksiyaları qaldırıb`, `… qaldırmayacaq`), as by the
  // verbs of ../events.ts; only right before it (`sanksiyalar məsələsini qaldırıb` raises a question)
  { head: "sanksiya", forms: "noun", type: "CONCEDE", cameo: "081", object: ["dat"], needs: ["qaldır"], gap: 0 },
];
