// Triggers from real news of courts, arrests, rallies and hunger strikes read for study at stop 33 (helper sc, set
// pages-sc, test/events-pages-sc.test.ts). Each entry names the words that make it an act between sides; a look-alike of
// the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Read before the bare nouns of rallies in ../events.ts (a rally permitted or refused before a rally held). */
export const PAGES_SC_FIRST: TriggerEntry[] = [
  // 082 CONCEDE (PLOVER yield: "ease political dissent"): a rally permitted by the body that allows it (`BŞİH X-in
  // mitinqinə icazə verib`); refused (`mitinqə icazə verilmədi`, `X-in mitinq keçirməsinə razılıq verilməyib`) it is REJECT
  // 1242 ("refuse to ease popular dissent"): the rally is what is asked, held by no one yet, so no PROTEST is told
  ...["etiraz", "mitinq", "mitinqə", "mitinqinə", "mitinqlərinə", "aksiya", "aksiyaya", "aksiyasına", "aksiyalarına", "piket", "piketə",
    "piketinə", "yürüş", "yürüşə", "yürüşünə"].map((head): TriggerEntry => ({ head, forms: "noun", type: "CONCEDE", cameo: "082",
    object: ["gen"], needs: ["icazə", "razılıq"], gap: 2, refusedAs: { type: "REJECT", cameo: "1242" } })),
];

export const PAGES_SC: TriggerEntry[] = [
  // 173 COERCE: custody extended, told by the custody's term (`X-in həbsdə qalma müddəti 3 ay artırılıb`, `həbs müddətini
  // uzadıb`) or by the custody itself (`Saxlanılanların həbsi uzadıldı`): the court holds them on; a term of anything else
  // extended (`vizanın müddəti uzadılıb`, no custody in the clause) is none
  { head: "müddət", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", object: ["gen"], needs: ["uzad", "artır"], gap: 3,
    clauseNeeds: ["həbs"] },
  { head: "həbsi", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", object: ["gen"], needs: ["uzad", "artır"], gap: 1 },
  // 100 REQUEST: a side's extradition asked of the state holding them (`Tbilisi X-in ekstradisiyasını istəyir`, `… tələb
  // edib`): the one extradited in the genitive; extradition ruled out or granted is no asking (`ekstradisiyasına razılıq
  // verib`, ./articles-a30.ts)
  { head: "ekstradisiyasını", forms: "noun", type: "REQUEST", cameo: "100", object: ["gen", "abl"], needs: ["istə", "tələb"], gap: 0 },
  // 083 CONCEDE (accede to requests): a request or an application answered yes by the body it went to (`BŞİH X-in
  // müraciətinə müsbət cavab verib`), as an offer answered yes is accepted (./coverage-c3.ts); answered no it is refused
  // (REJECT); a survey's answers (`60%-i müsbət cavab verib`) answer no request
  { head: "müsbət", forms: "noun", type: "CONCEDE", cameo: "083", object: ["dat"], needs: ["cavab"], gap: 0,
    clauseNeeds: ["müraciət", "xahiş", "tələb"], refusedAs: { type: "REJECT", cameo: "120" } },
];
