// Triggers from a walk of the CAMEO codebook (../../../../shared/plover/CAMEO2PLOVER-2021.txt), concession codes:
// the news phrasings of each code, top-down from the ontology rather than from one article's wording.
import type { TriggerEntry } from "../../../extract/events/tables.js";
import { ET } from "./light-verbs.js";

// a state body in the locative, as written right before a noun (`Nazirliyində`, `Komitəsində`, `Agentliyində`)
const STATE_BODY_LOCATIVES = ["nazirliyində", "nazirlikdə", "komitəsində", "komitədə", "agentliyində", "agentlikdə", "xidmətində",
  "idarəsində", "palatasında", "aparatında", "hakimiyyətində"];

export const CODEBOOK_CONCESSION: TriggerEntry[] = [
  // 061/062 COOPERATE: goods supplied to a side (`Türkiyəyə qaz tədarük edirik`, `Ər-Riyada F-35 tədarük edəcək`):
  // trade between sides is economic cooperation, arms supplied military; a supply named with no side is no event
  { head: "tədarük", forms: "noun", type: "COOPERATE", cameo: "061", plover_mode: "economic", object: ["dat"], objectTypes: ["LOC", "ORG"],
    objectRequired: true, needs: ET, gap: 0,
    senses: [{ stems: ["silah", "raket", "qırıcı", "təyyarə", "tank", "dron", "pilotsuz", "hərbi", "sursat", "mərmi", "zenit", "hava"],
      type: "COOPERATE", cameo: "062", plover_mode: "military" }] },
  // 063 COOPERATE legal: mutual legal assistance (`cinayət işləri üzrə qarşılıqlı hüquqi yardım göstərəcək`)
  { head: "hüquqi", forms: "noun", type: "COOPERATE", cameo: "063", plover_mode: "legal", object: ["ins"], needs: ["yardım"], gap: 0, clauseNeeds: ["qarşılıqlı"] },
  // 064 COOPERATE intelligence: intelligence shared or exchanged (`kəşfiyyat məlumatlarını paylaşıb`, `… mübadiləsi aparılıb`)
  { head: "kəşfiyyat", forms: "noun", type: "COOPERATE", cameo: "064", plover_mode: "intelligence", object: ["ins", "dat"], needs: ["paylaş", "mübadilə", "ötür"], gap: 1 },
  // 07 AID: money given to a side (`maliyyə dəstəyi verəcək`: financial aid, no mere support), donations
  // (support stopped, `maliyyə dəstəyini dayandırıb`, is cut off: SANCTION, ./pages-sk.ts)
  { head: "maliyyə", forms: "noun", type: "AID", cameo: "071", plover_mode: "economic", object: ["dat"], objectRequired: true, needs: ["dəstək", "dəstəy"], gap: 0,
    clauseNotAfter: ["dayandır", "kəs"] },
  { head: "ianə", forms: "noun", type: "AID", cameo: "070", object: ["dat"], objectTypes: ["LOC", "ORG"], objectRequired: true, needs: [...ET, "ver", "ayır", "köçür"], gap: 1 },
  // 081 CONCEDE: restrictions lifted or eased (`hərbi əməkdaşlığa qoyulan məhdudiyyətləri aradan qaldırır`)
  { head: "məhdudiyyət", forms: "noun", type: "CONCEDE", cameo: "081", object: ["dat"], needs: ["götür", "qaldır", "yumşalt"], gap: 1 },
  // a visa-free regime brought in (`vizasız rejim tətbiq edəcək`); cancelling one restricts (the `ləğv` entry)
  { head: "vizasız", forms: "noun", type: "CONCEDE", cameo: "081", object: ["ins", "dat"], needs: ["tətbiq", "qüvvə", "başla"], gap: 1 },
  // 080 CONCEDE: stepping back, giving in (`geri addım atıb`, `təzyiqlərə boyun əyib`)
  { head: "geri", forms: "noun", type: "CONCEDE", cameo: "080", needs: ["addım"], gap: 0 },
  { head: "boyun", forms: "noun", type: "CONCEDE", cameo: "080", object: ["dat"], needs: ["əy"], gap: 0 },
  // 085 RETREAT: an embargo lifted (imposing one is SANCTION)
  { head: "embarqo", forms: "noun", type: "RETREAT", cameo: "085", plover_mode: "ease", object: ["dat"], needs: ["götür", "qaldır", "yumşalt"], gap: 1 },
  // 0871 RETREAT: fire ceased (`atəşi dayandırıb`), fighting halted (`döyüş əməliyyatlarını dayandırıb`)
  { head: "atəş", forms: "noun", type: "RETREAT", cameo: "0871", plover_mode: "ceasefire", object: ["dat"], needs: ["dayandır", "kəs"], gap: 1 },
  { head: "döyüş", forms: "noun", type: "RETREAT", cameo: "087", plover_mode: "ceasefire", needs: ["dayandır"], gap: 1 },
  { head: "əməliyyat", forms: "noun", type: "RETREAT", cameo: "087", plover_mode: "ceasefire", object: ["dat"], needs: ["dayandır"], gap: 1, clauseNeeds: ["hərbi", "döyüş"] },
  // 0872 RETREAT: troops pulled out (`hərbçilərini ölkədən çıxarıb`, `kontingentini çıxarır`)
  // (people brought out onto the streets or a square, `küçələrə qüvvə çıxara biləcək partiya`, are a crowd raised, no withdrawal)
  ...["hərbçi", "əsgər", "kontingent", "qüvvə"].map((head): TriggerEntry => ({ head, forms: "noun", type: "RETREAT", cameo: "0872", plover_mode: "withdraw",
    object: ["abl"], needs: ["çıxar"], gap: 2, clauseNot: ["küçə", "meydan"] })),
  // 09 ACCUSE investigate: an inquiry opened (the dative noun is no part of a phrase: `istintaqa başlanılıb`)
  ...["istintaqa", "təhqiqata", "araşdırmalara"].map((head): TriggerEntry => ({ head, forms: "noun", type: "ACCUSE", cameo: "091", plover_mode: "investigate",
    needs: ["başla"], gap: 0 })),
  // 12 REJECT: turning down (`təklifi geri çevirib`), opposing (`planın əleyhinə çıxıb`)
  { head: "geri", forms: "noun", type: "REJECT", cameo: "120", object: ["acc"], needs: ["çevir"], gap: 0 },
  // (being against, `… əleyhinə olduğunu bildirib`, is a view, no act)
  { head: "əleyhinə", forms: "noun", type: "REJECT", cameo: "120", needs: ["çıx"], gap: 0 },
  // 061 COOPERATE: goods sold, delivered, bought, imported or exported between sides, money invested in a side
  // (`Səudiyyə Ərəbistanına qırıcılar satacaq`, `ABŞ nefti Pakistana çatdırılıb`);
  // only with a state as the other side: a sale at auction (`hərracda … dollara satılıb`) is no act between sides;
  // exports and imports told as a firm's or a quarter's figures (`ilk rübdə Kanadaya … ton ixrac edib`) are trade
  // statistics, no event, and investment received (`Parka … investisiya yatırılıb`) is a figure too (active only)
  { head: "sat", forms: "verb", type: "COOPERATE", cameo: "061", plover_mode: "economic", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    senses: [{ stems: ["silah", "raket", "qırıcı", "təyyarə", "tank", "dron", "pilotsuz", "hərbi", "sursat", "mərmi", "zenit"],
      type: "COOPERATE", cameo: "062", plover_mode: "military" }] },
  { head: "çatdır", forms: "verb", type: "COOPERATE", cameo: "061", plover_mode: "economic", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    notAfter: ["başa", "sona", "diqqətə", "nəzərə"],
    clauseNeeds: ["neft", "qaz", "buğda", "taxıl", "yanacaq", "elektrik", "enerji", "yük", "silah", "sursat"] },
  ...["sərmayə", "investisiya"].map((head): TriggerEntry => ({ head, forms: "noun", type: "COOPERATE", cameo: "061", plover_mode: "economic",
    object: ["dat"], objectTypes: ["LOC"], objectRequired: true, needs: ["yatır", "qoy"], gap: 1, activeOnly: true })),
  // 063 COOPERATE legal: a wanted person handed over to a state (`Rusiyaya təhvil verilib`); prisoners or the bodies
  // of the dead handed over are a release or return (RETREAT 0841); a park handed to a body is no act between sides
  { head: "təhvil", forms: "noun", type: "COOPERATE", cameo: "063", plover_mode: "legal", object: ["dat"], objectTypes: ["LOC"], objectRequired: true, needs: ["ver"], gap: 0,
    senses: [{ stems: ["cəsəd", "meyit", "nəş", "əsir", "girov", "hərbçi", "əsgər"], type: "RETREAT", cameo: "0841", plover_mode: "release" }] },
  // 0831 RETREAT: a resignation accepted (`istefasını qəbul edib`), sent into retirement (`istefaya göndərilib`)
  // (the resigner named as the owner: a resignation accepted with no owner, `istefanı qəbul edəcəyini`, is the one told
  // before, and whoever accepts it does not resign)
  { head: "istefa", forms: "noun", type: "RETREAT", cameo: "0831", plover_mode: "resign", needs: ["qəbul"], gap: 0, object: ["gen"], objectTypes: ["PER"], objectRequired: true },
  // (someone sent into retirement by a named doer, `X Y-i istefaya göndərib`, is dismissed: COERCE 172, as `vəzifəsindən azad edib`
  // in ./articles-v7.ts; with no one named in the accusative it is the resignation below)
  { head: "istefaya", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", needs: ["göndər"], gap: 0, activeOnly: true,
    object: ["acc"], objectTypes: ["PER"], objectRequired: true },
  { head: "istefaya", forms: "noun", type: "RETREAT", cameo: "0831", plover_mode: "resign", needs: ["göndər", "çıx", "get"], gap: 0 },
  // 1243 REJECT: goods held at a border (`TIR-larını gömrükdən buraxmır`): not releasing property
  { head: "gömrükdən", forms: "noun", type: "REJECT", cameo: "1243", plover_mode: "yield", object: ["acc"], needs: ["burax"], gap: 0, negatedOnly: true },
  // 090 ACCUSE investigate: inspections or audits opened (`Şirkətdə yoxlamalara başlayıb`); opened in a state body
  // (`Nazirliyində yoxlamalara başlayıb`, the audit office at a ministry) it is one body of a state assessing another, no act
  // between sides (cp25b)
  ...["yoxlamalara", "yoxlamaya"].map((head): TriggerEntry => ({ head, forms: "noun", type: "ACCUSE", cameo: "090", plover_mode: "investigate",
    needs: ["başla"], gap: 0, notAfter: STATE_BODY_LOCATIVES })),
];
