// Triggers from real news of criticism, condemnation and rebuttal read for stop 36 (test/events-pages-so.test.ts): a side's
// words or acts judged in someone's speech (`X bildirib ki, Y-in bəyanatı yolverilməzdir`, `"… açıqlaması təəssüf doğurur"`)
// and harsh words voiced against a side (`X Y-ə qarşı yolverilməz fikirlər səsləndirib`). One table of verdict words serves
// every shape; a verdict with no side named (`Bu, yolverilməzdir`, `tədbir keçirilməsi yolverilməzdir`) stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** What a side says or does that a verdict is passed on (its words, its stance, its steps). */
const JUDGED = ["açıqlama", "bəyanat", "ifadə", "fikir", "söz", "şərh", "çıxış", "müsahibə", "iddia", "ittiham", "ritorika",
  "mövqe", "addım", "hərəkət", "davranış", "paylaşım", "məktub", "hesabat", "qətnamə", "qərar", "siyasət", "səfər", "əməl",
  "söylədik", "dedik", "yazdıq", "səsləndirdik"];

/** Verdicts that condemn what a side said or did, told as the predicate with its copula (`… yolverilməzdir`): a charge,
 *  not a denial of facts (`yalandır`, `əsassızdır`, `saxtadır` deny: REJECT, ./coverage-c2.ts, ./pages-sd.ts). */
const VERDICTS = ["yolverilməzdir", "böhtandır", "iftiradır", "təxribatdır", "riyakarlıqdır", "ikiüzlülükdür", "həyasızlıqdır",
  "absurddur", "təhqiramizdir", "təhqirdir", "qeyri-obyektivdir", "birtərəflidir", "qərəzlidirlər"];

/** The same verdicts owned by the side they charge (`Bu, Ermənistanın növbəti təxribatıdır`, `… yalanıdır`): the owner is
 *  the side, so no noun of words need stand in the clause. */
const OWNED_VERDICTS = ["təxribatıdır", "böhtanıdır", "yalanıdır", "iftirasıdır", "uydurmasıdır", "riyakarlığıdır",
  "provokasiyasıdır", "ikiüzlülüyüdür"];

/** Feelings a side's words or acts stir in the one who speaks (`… açıqlaması ciddi təəssüf doğurur`). */
const STIRRED = ["təəssüf", "təəccüb", "məyusluq", "narazılıq", "qəzəb", "hiddət", "etiraz"];

/** Words that make speech voiced against a side a charge (`yolverilməz fikirlər`, `təhqiramiz ifadələr`). */
const HARSH = ["yolverilməz", "qəbuledilməz", "təhqiramiz", "təhqiredici", "təxribat", "böhtan", "iftira", "qərəzli",
  "aqressiv", "kobud", "nifrət", "düşmənçilik", "revanşist", "ərazi iddia"];

/** Nouns of speech voiced (`fikirlər səsləndirib`, `ifadələr işlədib`, `bəyanat verib`). */
const SPEECH = ["ifadə", "fikir", "söz", "bəyanat", "açıqlama", "şərh", "çıxış", "ritorika", "mesaj", "paylaşım"];

/** Claims and charges by the noun that owns them (plural or singular, in the accusative or the nominative and its cases). */
const CLAIMS = ["iddiaları", "ittihamları", "iddiasını", "ittihamını"];

export const PAGES_SO: TriggerEntry[] = [
  // 112 ACCUSE: claims or charges a named side made, told where another denies or answers them (`X Y-in iddialarını rədd
  // edib`, `Y-in Z-ə qarşı ittihamlarının yalan olduğunu deyib`): the claim was made whatever the refusal says of it
  // (`saidIfRefused`), by the side that owns it, against the one it is against. Claims owned by no named side (`Bu iddiaları
  // rədd edirik`), claims to land (`ərazi iddiaları`), a source of news (`X-in iddialarına görə`) and criminal charges a
  // person is held or sought on (`korrupsiya ittihamları ilə saxlanılıb`, COERCE) stay none
  ...CLAIMS.map((head): TriggerEntry => ({ head, forms: "noun", type: "ACCUSE", cameo: "112", plover_mode: "allege", object: ["dat"],
    saidIfRefused: true, notAfter: ["ərazi", "torpaq", "sərhəd"], notBefore: ["görə", "əsasən", "istinad", "ilə", "irəli", "üzrə"] })),
  // 110 ACCUSE: an act that caused a side's displeasure or protest (`ABŞ-ın açıqlaması rəsmi Bakının etirazına səbəb olub`,
  // `… Azərbaycan tərəfinin ciddi narazılığına səbəb olub`): the side displeased charges the one who acted; people of no
  // named side displeased (`sakinlərin narazılığına səbəb olub`) stay none
  ...["narazılığına", "etirazına", "narahatlığına", "narahatçılığına", "qəzəbinə", "hiddətinə"].map((head): TriggerEntry => ({ head, forms: "noun",
    type: "ACCUSE", cameo: "110", plover_mode: "disapprove", object: ["gen"], objectTypes: ["LOC", "ORG", "PER"], objectRequired: true, needs: ["səbəb"], gap: 0 })),
  // 111 ACCUSE: a side's words or acts condemned in someone's speech (`Zaxarova bəyan edib ki, ABŞ-ın açıqlaması
  // cəfəngiyyatdır` is a denial; `… bəyanatı yolverilməzdir`, `"X-in açıqlaması böhtandır"`): the speaker of the quotation or
  // of the reporting clause accuses the side the clause names (`saidOf`); said by no one (the reporter's own words) or of
  // no named side (`Vakant yerlərin gizlədilməsi yolverilməzdir`) it is none
  ...VERDICTS.map((head): TriggerEntry => ({ head, forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", saidOf: true,
    clauseNeeds: JUDGED })),
  ...OWNED_VERDICTS.map((head): TriggerEntry => ({ head, forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", saidOf: true })),
  // (a verdict told by its kind, `böhtan xarakterlidir`, `təxribat xarakteri daşıyır`, `təxribat xarakterli olduğunu qeyd edib`)
  { head: "xarakterlidir", forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", saidOf: true,
    clauseNeeds: ["təxribat", "böhtan", "iftira", "təhqir", "provokasiya"] },
  ...["xarakteri", "mahiyyəti"].map((head): TriggerEntry => ({ head, forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "disapprove",
    saidOf: true, needs: ["daşı"], gap: 0, clauseNeeds: ["təxribat", "böhtan", "iftira", "təhqir", "provokasiya"] })),
  // 110 ACCUSE: regret, surprise or displeasure a side's words or acts stir (`ABŞ səfirinin açıqlaması təəssüf doğurur`),
  // in its speaker's words; stirred by no named side (`qiymətlər narazılıq doğurur`) it is none
  ...STIRRED.map((head): TriggerEntry => ({ head, forms: "noun", type: "ACCUSE", cameo: "110", plover_mode: "disapprove", saidOf: true,
    needs: ["doğur"], gap: 0, clauseNeeds: JUDGED })),
  // 111 ACCUSE: harsh words voiced against a side (`o, Azərbaycana qarşı yolverilməz fikirlər səsləndirib`, `X-in Y-ə qarşı
  // qəbuledilməz ifadələr işlətməsi`): the one who voices them accuses the side they are against; words voiced of no side
  // (`yolverilməz ifadələr işlədib`) and praise (`dəyərli fikirlər səsləndirib`) stay none
  ...SPEECH.map((head): TriggerEntry => ({ head, forms: "noun", type: "ACCUSE", cameo: "111", plover_mode: "disapprove", object: ["dat"],
    objectTypes: ["LOC", "ORG", "PER"], objectRequired: true, needs: ["səsləndir", "işlət", "işləd", "ver", "yay"], gap: 0, clauseNeeds: HARSH })),
];
