// Denials and refusals: one cause of misses measured over all 21 studied page sets at stop 37 (helper reject,
// test/events-cause-reject.test.ts). Each table covers a family of phrasings, not one page's words; a look-alike of the
// same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Nouns of words said or spread (reports, claims, statements, posts) whose being called false is a denial. */
const CLAIMS = ["iddia", "ittiham", "xəbər", "məlumat", "bəyanat", "açıqlama", "paylaşım", "şayiə", "görüntü", "videogörüntü"];

/** Copula predicates calling a claim false (`… barədə yayılan xəbərlər feykdir`). */
const FALSE_PREDICATES = ["yalandır", "əsassızdır", "feykdir", "saxtadır", "uydurmadır", "böhtandır", "qondarmadır",
  "dezinformasiyadır"];

/** The adjectives of those predicates, for a claim reported called so (`… yalan olduğunu deyib`). */
const FALSE_ADJECTIVES = ["yalan", "əsassız", "feyk", "saxta", "uydurma", "qondarma", "böhtan"];

export const CAUSE_REJECT: TriggerEntry[] = [
  // 120 REJECT deny: a report, a claim or a statement called false, fake, baseless or made up by whoever says so
  // (`X: … barədə xəbərlər feykdir`, `X bildirib ki, … yayılan məlumatlar saxtadır`): the speaker denies (`saidOf`), and
  // with no speaker found the sides the phrase names stay (`saidAlone`, as ./coverage-c2.ts, ./pages-se.ts read `yalandır`
  // and `əsassızdır` with fewer nouns); a plan, a fear or an opinion so called (`bu yanaşma yanlışdır`) is no report denied
  ...FALSE_PREDICATES.map((head): TriggerEntry => ({ head, forms: "noun", type: "REJECT", cameo: "120", plover_mode: "deny",
    clauseNeeds: CLAIMS, saidOf: true, saidAlone: true })),
  // 120 REJECT deny: the same called untrue (`… ilə bağlı bəyanatlar doğru deyil`), as `həqiqətə uyğun deyil`
  // (./headline-misses-2.ts); a way or a step called wrong (`bu yanaşma doğru deyil`) names no claim and stays none
  { head: "doğru", forms: "noun", type: "REJECT", cameo: "120", plover_mode: "deny", needs: ["deyil", "deyillər"], gap: 0,
    clauseNeeds: CLAIMS, saidOf: true, saidAlone: true },
  // 12 REJECT: permission refused (`hakim buna icazə verməyib`, `yürüşə icazə verilməyib`, `X-in görüşməsinə icazə
  // verməyib`): the refusal is the act, as a rally refused (./pages-sc.ts, REJECT 1242); permission refused to a named side
  // for an act of its own (`Y-ə … keçməyə icazə verməyib`) stays the concession told negated (./constructions-fr23.ts), and
  // permission given is no refusal
  { head: "icazə", forms: "noun", type: "REJECT", cameo: "12", negatedOnly: true, needs: ["ver"], gap: 0 },
  // 120 REJECT deny: the same told in a reported clause (`X Y-in ittihamlarının yalan olduğunu deyib`, `… iddiaların
  // əsassız olduğunu bildirib`): the subject of the saying verb denies, as `əsası olmadığını` (./breadth-ac24.ts); a
  // decision or a plan so called (`qərarın əsassız olduğunu`) is a complaint of it, no claim denied
  ...FALSE_ADJECTIVES.map((head): TriggerEntry => ({ head, forms: "noun", type: "REJECT", cameo: "120", plover_mode: "deny",
    needs: ["olduğ"], gap: 0, clauseNeeds: CLAIMS })),
  // 120 REJECT: a claim, a demand, a motion or a complaint deemed baseless by the one it is put to (`məhkəmə bu tələbi
  // əsassız hesab edib`, `X iddiaları əsassız hesab edir`); a fear or a price deemed so names no one's words
  { head: "əsassız", forms: "noun", type: "REJECT", cameo: "120", needs: ["hesab"], gap: 0,
    clauseNeeds: [...CLAIMS, "tələb", "vəsatət", "şikayət"] },
  // 120 REJECT: a charge, a claim, a stance, or a demand not accepted (`ittihamları qəbul etmirlər`, `X-in
  // mövqeyini qəbul edə bilməyəcəyini`, `tələblərini … qəbul etmədiyini`),
  // as complaints and motions turned down (./pages-pgc.ts) and offers (`refusedAs`); accepted, they are no act told here; a
  // law, a decision or a resolution not adopted (`qanun qəbul edilməyib`) names nothing refused, so those nouns are no part
  // of the list; saying one cannot accept it (`qəbul edə bilmərik`) refuses it (`unableRefuses`)
  { head: "qəbul", forms: "noun", type: "REJECT", cameo: "120", negatedOnly: true, unableRefuses: true, needs: ["et", "ed", "olun"], gap: 0,
    clauseNeeds: ["ittiham", "iddia", "mövqe", "tələb", "ultimatum", "nəticə"] },
  // 040 CONSULT: dialogue entered with a named side (`X Y ilə dialoqa gedib`), as talks held; told negated in the future
  // by its side (`Y ilə dialoqa getməyəcəyini deyib`) the engine reads it as talks refused (REJECT 125, hit-events.ts)
  { head: "dialoqa", forms: "noun", type: "CONSULT", cameo: "040", object: ["ins"], objectRequired: true, needs: ["get"], gap: 0 },
];
