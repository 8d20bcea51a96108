// Triggers from invented paraphrases of the studied headline events at stop 31 (helper para31h,
// test/events-para-p31h.test.ts): the same acts told in other words a news headline uses for them. A person summoned to
// the interior ministry or the security service by its acronym, one thrown into custody, help or mediation asked of a
// side by its noun, and a strike told by whose it is in a verbless headline. Each names the words that make it an act
// between sides; a look-alike of the same words stays no event.
import type { EntityType } from "../../../text/doc.js";
import type { TriggerEntry } from "../../../extract/events/tables.js";

const SIDES: EntityType[] = ["PER", "LOC", "ORG"];

export const PARA_P31H: TriggerEntry[] = [
  // 090 ACCUSE investigate: a person summoned to the police by the acronym of its ministry or of the security service
  // (`X DİN-ə çağırılıb`, `X DTX-yə çağırıldı`) or by its name (`Daxili İşlər Nazirliyinə`, `Dövlət Təhlükəsizliyi
  // Xidmətinə`), as to a prosecutor in ../events.ts; the acronyms only as written with their case after a hyphen (`dini`,
  // religious, is no `DİN`); one called up to a team or a post names none of these
  { head: "çağır", forms: "verb", type: "ACCUSE", cameo: "090", plover_mode: "investigate", object: ["dat"], passiveOnly: true,
    clauseNeeds: ["din-", "dtx-", "daxili", "təhlükəsizliyi"] },
  // 173 COERCE arrest: thrown or put into custody (`X həbsə atılıb`, `həbsə salınıb`), as into a dungeon (./paraphrase-conf2.ts)
  { head: "həbsə", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", object: ["acc"], needs: ["at", "sal"], gap: 0 },
  // 10 REQUEST: mediation, a guarantee, a loan or asylum asked of a side in the ablative by its noun right before the
  // verb (`Ukrayna Türkiyədən vasitəçilik istəyib`, `X Y-dən kredit istəyir`), as help (`kömək istəyib`) and an
  // explanation (`izahat`, ./breadth-rs24.ts) are; with no side asked (`kredit istəyən sahibkarlar`) it is none; a demand
  // put before a side (`ekstradisiyası tələbini qoyub`) is the entry of ./paraphrase-conf.ts
  ...["vasitəçilik", "zəmanət", "kredit", "sığınacaq"].map((head): TriggerEntry => ({
    head, forms: "noun", type: "REQUEST", cameo: "100", object: ["abl"], objectTypes: SIDES, objectRequired: true, needs: ["istə"], gap: 0 })),
  // 061 COOPERATE economic: energy or freight carried to a state (`X Y-yə qaz nəql edəcək`), as exported or supplied; a
  // patient or a prisoner moved (`xəstə xəstəxanaya nəql edilib`) names no state and no energy
  { head: "nəql", forms: "noun", type: "COOPERATE", cameo: "061", plover_mode: "economic", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    needs: ["et", "ed"], gap: 0, clauseNeeds: ["qaz", "neft", "elektrik", "enerji", "taxıl", "yük"] },
  // 173 COERCE: a prison term cut, the colloquial sentence of the news (`X-ə 6 il iş kəsilib`, `Məhkəmə X-ə 9 il iş kəsib`),
  // as `hökm oxunub`; only the bare word `iş` right before the verb (one's work or the light cut, `işini kəsib`, `işıq
  // kəsiləcək`, names none)
  { head: "kəs", forms: "verb", type: "COERCE", cameo: "173", plover_mode: "arrest", object: ["dat"], needs: ["iş"], gap: 0, needsBefore: true,
    notAfter: ["işi", "işini", "işin", "işə", "işdən", "işlər", "işləri", "işlərini", "işıq", "işığı", "işıqlar", "işıqları"] },
  // 195 ASSAULT aerial: bombs dropped on a place (`X Y-yə aviabomba atıb`), as missiles fired (`raket atıb`,
  // ./codebook-conflict.ts)
  ...["bomba", "aviabomba"].map((head): TriggerEntry => ({ head, forms: "noun", type: "ASSAULT", cameo: "195", plover_mode: "aerial",
    object: ["dat"], needs: ["at"], gap: 1 })),
  // 195 ASSAULT: strikes carried out (`X Y ərazisində hava zərbələri həyata keçirib`), as struck (`zərbə endirib`, ../events.ts)
  { head: "zərbə", forms: "noun", type: "ASSAULT", cameo: "195", object: ["dat"], needs: ["həyata"], gap: 0 },
  // 070 AID: an aid package for a state approved (`X Y-yə hərbi yardım paketi təsdiqləyib`), as a tranche (../events.ts);
  // aid to farmers or to a sector at home names no state and stays none
  { head: "yardım", forms: "noun", type: "AID", cameo: "070", object: ["dat"], objectTypes: ["LOC"], objectRequired: true, needs: ["təsdiqlə"], gap: 1 },
  // 195 ASSAULT aerial: a place set on fire by drones or missiles (`X dronları Y-in neft zavodunu yandırıb`), as struck;
  // a fire set by no weapon (`zibili yandırıb`, `şam yandırıb`) names no attack
  { head: "yandır", forms: "verb", type: "ASSAULT", cameo: "195", plover_mode: "aerial", object: ["acc"], activeOnly: true,
    clauseNeeds: ["dron", "pua", "raket"] },
];
