// Triggers from the misses of two blind article sets and a headline set held for a day (test/gold/blind18/, blind19/,
// headlines14/; helper fx25, test/events-fresh-fx25.test.ts): domestic, business and crime news. Each entry is a general
// phrasing of news, checked over the unlabelled pools.
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Words of charity: a drive, a donation or volunteering done with a partner is a firm's charity, no act between sides. */
const CHARITY = ["aksiya", "qanvermə", "xeyriyyə", "ianə", "könüllü"];

/** Work carried out (`həyata keçirilib`, `reallaşdırılıb`, `icra olunub`): what a cooperation or a partnership must have done to
 *  be joint work (a seminar it frames, `X ilə əməkdaşlıq çərçivəsində … keçirilən seminarda`, tells none). */
const DONE = ["həyata", "reallaş", "icra"];

export const FRESH_FX25: TriggerEntry[] = [
  // 051 SUPPORT a person decorated with a state's order or medal, in the passive (`X Qazaxıstanın "Hörmət" ordeni ilə
  // təltif edildi`): the state that owns the decoration honours him (the active, `X-i ordenlə təltif edib`, is
  // coverage-c3's; a decree's passive list with no state named before the order honours citizens, no side)
  // (read from `təltif`, after coverage-c3's active entry of that head, so an active decoration stays that entry's)
  { head: "təltif", forms: "noun", type: "SUPPORT", cameo: "051", plover_mode: "praise", object: ["gen"], objectTypes: ["LOC"], objectRequired: true,
    needs: ["et", "ed", "olun"], gap: 0, passiveOnly: true, clauseNeeds: ["orden", "medal"] },
  // 060 COOPERATE work done within cooperation or partnership with a named side (`Layihə X şirkəti ilə uzunmüddətli
  // əməkdaşlıq çərçivəsində həyata keçirilib`, `X Y hökuməti ilə əməkdaşlıq çərçivəsində hesabat hazırlayıb`), or with the
  // partnership of named sides (`Layihə X və Y-in birgə tərəfdaşlığı ilə həyata keçirilib`): joint work carried out, as the
  // gold sets read it (cooperation between two sides with no partner in the comitative, `mövcud əməkdaşlıq çərçivəsində`,
  // names none; nor does a seminar or talk it frames, `… çərçivəsində … keçirilən seminarda … bildirib`)
  // (a charity drive so organised, `qanvermə aksiyası … X ilə əməkdaşlıq çərçivəsində təşkil olunub`, is a firm's charity, no
  // act between sides, as the gold sets read blood drives and donations)
  // (read from the frame's noun, `X ilə … əməkdaşlıq çərçivəsində həyata keçirilib`: the cooperation right before it, the work
  // done right after; ties widened by measures carried out, `əməkdaşlıq əlaqələrinin həyata keçiriləcək tədbirlər sayəsində`, no)
  { head: "çərçivəsində", forms: "noun", type: "COOPERATE", cameo: "060", object: ["ins"], objectRequired: true, needs: DONE, gap: 0, clauseNeeds: ["əməkdaşlıq", "tərəfdaşlıq"],
    clauseNot: [...CHARITY, "mövcud"] },
  { head: "tərəfdaşlıq", forms: "noun", type: "COOPERATE", cameo: "060", object: ["gen"], objectRequired: true, needs: DONE, gap: 1, clauseNot: CHARITY },
  // 060 COOPERATE working together with a named side, `bir yerdə` as `birlikdə` (`X ilə bir yerdə çalışırıq`, `X ilə bir
  // yerdə çalışdığımız layihədir`, `birlikdə çalışacaq`); the same place as another (`eyni yerdə işləyir`) is none
  { head: "yerdə", forms: "noun", type: "COOPERATE", cameo: "060", object: ["ins"], objectRequired: true, needs: ["çalış", "işlə"], gap: 0, notAfter: ["eyni", "həmin"] },
  { head: "birlikdə", forms: "noun", type: "COOPERATE", cameo: "060", object: ["ins"], objectRequired: true, needs: ["çalış"], gap: 0 },
];
