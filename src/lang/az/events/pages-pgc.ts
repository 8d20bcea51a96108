// Triggers from real news of law, order and domestic politics read for study at stop 32 (helper pgc, set pages-pgc,
// test/events-pages-pgc.test.ts): official denials of reports, courts turning down complaints and motions, and a side
// disagreeing with a decision (a sense
// of `razılaş` in ../events.ts). Each names the words that make it an act between sides; a look-alike stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const PAGES_PGC: TriggerEntry[] = [
  // 120 REJECT deny: reports said not to reflect reality (`saxlanılması barədə yayılan məlumatlar reallığı əks etdirmir`), as
  // `həqiqəti əks etdirmir` (./paraphrase-conf2.ts); the speaker denies (`saidOf`); reports that do reflect it are no act
  { head: "reallığı", forms: "noun", type: "REJECT", cameo: "120", plover_mode: "deny", negatedOnly: true, needs: ["əks"], gap: 0,
    clauseNeeds: ["xəbər", "iddia", "məlumat", "açıqlama"], saidOf: true },
  // 120 REJECT deny: reports called baseless by a speaker (`… ilə bağlı yayılan məlumatlar tamamilə əsassızdır`), as claims
  // and charges so called (./coverage-c2.ts); said by no one it is none
  { head: "əsassızdır", forms: "noun", type: "REJECT", cameo: "120", plover_mode: "deny", clauseNeeds: ["məlumat"], saidOf: true, saidAlone: true },
  // 120 REJECT: a court not accepting a complaint or a motion (`Ali Məhkəmə X-in şikayətini qəbul etməyib`), as leaving it
  // unsatisfied (`təmin etməyib`, ./articles-v16.ts); one accepted for hearing is no act told
  { head: "qəbul", forms: "noun", type: "REJECT", cameo: "120", negatedOnly: true, needs: ["et", "ed", "olun"], gap: 0,
    clauseNeeds: ["şikayət", "vəsatət"] },
  // (a side not agreeing with a decision, a verdict or a stance, `Baş Prokurorluq bu qərarla razılaşmır`, refuses it: the
  // refusal sense of `razılaş` in ../events.ts; agreeing with a side stays AGREE)
  // 141 PROTEST: a rally held before a building of a body (`İcra Hakimiyyəti binası qarşısında etiraz aksiyası keçiriblər`,
  // `nazirliyin binası qarşısında piket keçirib`), as before a mission or a parliament (./coverage-c4.ts); without it the
  // words before `qarşısında` would hold the rally's own phrase and tell none
  { head: "qarşısında", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo", needs: ["aksiya", "piket", "etiraz"], gap: 0,
    clauseNeeds: ["binası", "binasının"] },
];
