// Triggers from a walk of news sentences that name two or more parties yet told no event: the predicates
// of acts between them that no entry read, each checked against the PLOVER definitions.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const TWO_PARTY_PREDICATES: TriggerEntry[] = [
  // a side or a site targeted (`hərbi bazası hədəf alınıb`, `dron hücumu ilə … hədəfə alıb`) is attacked; a market or a
  // class of buyers aimed at (`gəncləri hədəf alan kampaniya`) is no strike, so the clause must name force; a charge that
  // a side targets civilians (`mülki şəxsləri hədəfə aldığını bildirib`) names a habit, no one strike
  // (the dative `hədəfə` is part of the idiom: an oblique noun makes no phrase with the verb after it)
  ...["hədəf", "hədəfə"].map((head): TriggerEntry => ({ head, forms: "noun", type: "ASSAULT", cameo: "190", object: ["acc"], needs: ["al"], gap: 0,
    clauseNeeds: ["hərbi", "hücum", "zərbə", "raket", "dron", "pua", "ordu", "qoşun", "döyüş", "bombala"],
    // (sanctions aimed at an industry, `Sanksiyalar … hərbi sənayesini hədəf alır`, strike no one)
    clauseNot: ["sanksiya"] })),
  // leaving an alliance or an international body named (`X KTMT-dən çıxıb`, `Avropa İttifaqından çıxıb`) reduces relations
  // (CAMEO 161); a person leaving a company, a party or a board (`Bankdan çıxıb`, `Partiyasından çıxıb`) is no such act,
  // so the body's name must be one of an alliance
  { head: "çıx", forms: "verb", type: "SANCTION", cameo: "161", plover_mode: "withdraw", object: ["abl"], objectTypes: ["ORG"], objectRequired: true, activeOnly: true,
    clauseNeeds: ["ktmt", "nato", "mdb", "bmt", "üst", "ünesko", "opek", "aşpa", "atət", "brics", "şət", "iət", "guam", "ktmt-", "nato-", "mdb-", "bmt-", "üst-", "opek-", "aşpa-", "atət-", "brics-", "şət-", "iət-", "guam-",
      "ittifaq", "alyans", "avrasiya", "kollektiv", "təşkilat"] },
  // membership of a body frozen or suspended (`KTMT-dəki üzvlüyünü dondurub`) reduces relations with it, as the codebook's
  // `üzvlüy` entry says; the morphology reads `üzvlüyünü` as a longer stem `üzvlüyü`, which that head does not reach
  { head: "üzvlüyü", forms: "noun", type: "SANCTION", cameo: "160", plover_mode: "withdraw", needs: ["dayandır", "dondur"], gap: 1 },
  // not agreeing with a side or its plan (`X-in planının bəndləri ilə razı deyil`) rejects it (in a quoted headline the noun
  // predicate does not close its clause and the engine drops it)
  { head: "razı", forms: "noun", type: "REJECT", cameo: "120", object: ["ins", "dat"], needs: ["deyil", "deyillər"], gap: 0 },
  // a legal battle waged with a side (`X ilə hüquqi mübarizə aparacaq`) is legal action against it (CAMEO 115)
  { head: "hüquqi", forms: "noun", type: "ACCUSE", cameo: "115", plover_mode: "allege", object: ["ins"], objectRequired: true, needs: ["mübarizə"], gap: 0 },
  // arms supplies to a side authorised (`raketlərin Ukraynaya tədarükünə icazə verib`) are supplies, COOPERATE 062 by the house
  // convention for supply (as `silah tədarük edəcək` in the headline gold sets), not aid
  { head: "tədarükünə", forms: "noun", type: "COOPERATE", cameo: "062", plover_mode: "military", object: ["dat"], objectRequired: true, needs: ["icazə"], gap: 0 },
  // a joint venture set up by two sides (`X və Y birgə müəssisə yaradıblar`) is economic cooperation (CAMEO 061); a company set
  // up alone (`yeni müəssisə yaradıb`) is not. (Capitalised as a title, `Birgə Müəssisə`, the words are read as a name.)
  { head: "müəssisə", forms: "noun", type: "COOPERATE", cameo: "061", plover_mode: "economic", needs: ["yarad", "yarat", "təsis"], gap: 1, clauseNeeds: ["birgə"] },
  // money contributed to an international fund or body (`Asiya İnkişaf Fonduna 2 milyon dollar töhfə verəcək`) is economic
  // aid (CAMEO 071); a contribution to an aim (`turizmin inkişafına töhfə verəcək`) names no receiver and no sum
  { head: "töhfə", forms: "noun", type: "AID", cameo: "071", plover_mode: "economic", object: ["dat"], objectTypes: ["ORG", "LOC"], objectRequired: true, needs: ["ver"], gap: 0,
    clauseNeeds: ["dollar", "avro", "manat", "rubl", "funt"] },
  // readiness to act with partners (`tərəfdaşlarla qarşılıqlı fəaliyyətə hazırdır`) is AGREE, as `əməkdaşlığa hazırdır`
  { head: "hazırdır", forms: "noun", type: "AGREE", cameo: "030", object: ["ins", "dat"], gap: 0, needsBefore: true, needs: ["fəaliyyət"], clauseNeeds: ["qarşılıqlı"] },
  // brought before a judge (`hakim qarşısına çıxarılıb`) is put on trial by the state: charged with legal action, CAMEO 173
  // ("arrest, detain, or charge with legal action"), COERCE as a sentence read (`hökm oxunub`) is in the headline gold sets,
  // no lawsuit one side brings against another (115); a goal or a task set (`qarşısına məqsəd qoyub`) is not
  { head: "qarşısına", forms: "noun", type: "COERCE", cameo: "173", plover_mode: "arrest", needs: ["çıxarıl"], gap: 0, clauseNeeds: ["hakim", "məhkəmə"] },
  // purchases from a side halted (`Rusiya neftinin alışını dayandırıb`) cut trade with it (CAMEO 163); the seller must
  // be a state or a body named (`qızılın alışını dayandırıb`, a market move, names none)
  { head: "alış", forms: "noun", type: "SANCTION", cameo: "163", plover_mode: "discontinue", object: ["gen", "nom"], objectTypes: ["LOC", "ORG"], objectRequired: true, needs: ["dayandır"], gap: 0 },
  // two sides named as the subject of a plural verb discuss with each other (`X və Y … perspektivlərini müzakirə
  // ediblər`): no `ilə` partner is needed when the verb says they did it together
  // (one side's officials talking among themselves, `Gürcüstan nazirləri … müzakirə ediblər`, is no consultation: the clause
  // must join two sides, `X və Y`, or name them as sides or countries, `tərəflər`, `ölkələrin nümayəndələri`)
  { head: "müzakirə", forms: "noun", type: "CONSULT", cameo: "040", needs: ["ediblər", "etdilər", "edəcəklər", "aparıblar", "apardılar", "aparacaqlar"], gap: 0,
    clauseNeeds: ["və", "tərəflər", "ölkələr"] },
];
