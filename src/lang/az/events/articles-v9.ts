// Triggers from the misses of invented whole articles of Azerbaijani state news as the agencies tell it (decrees of
// pardon, appointment and dismissal, ministers receiving ambassadors, memoranda, laws ratified, courts, the Prosecutor
// General and the State Security Service detaining and charging, the Foreign Ministry, embassies, the diaspora, COP29),
// annotated before the system read them (test/events-articles-v9.test.ts). Each names the words that make it an act
// between sides; a look-alike of the same words stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const ARTICLES_V9: TriggerEntry[] = [
  // 0841 CONCEDE: a pardon told by its decree signed (`əfv sərəncamı imzalayıb`, `əfv fərmanı imzalanıb`), as `əfv edib` in
  // `../events.ts`; a decree only drafted or asked for (`əfv sərəncamı gözlənilir`, `əfv sərəncamı verilməsini`) is none
  { head: "əfv", forms: "noun", type: "CONCEDE", cameo: "0841", needs: ["imzala"], gap: 2 },
  // 173 COERCE: a state's citizen or a named suspect detained in the active (`DTX … Azərbaycan vətəndaşını saxlayıb`,
  // `şübhəli Con Smiti saxlayıb`), as the passive `saxlanılıb` of `../events.ts`; what one keeps or holds on to
  // (`qiymətləri sabit saxlayıb`, `vəsaiti bankda saxlayır`) names no person and stays none, and so do suspects named by no
  // side (`Polis … şübhəliləri saxlayıb`, whose only name is another's, as ./coverage-c4.ts keeps)
  { head: "saxla", forms: "verb", type: "COERCE", cameo: "173", plover_mode: "arrest", activeOnly: true,
    object: ["acc"], objectTypes: ["PER", "LOC"], objectRequired: true,
    // (or a named person detained by the police or a security or investigating body named as the doer: `X Təhlükəsizlik
    // Xidməti Y-i … saxlayıb`, `polis Y-i … saxlamışdı`; the person must be named, objectTypes above)
    clauseNeeds: ["vətəndaşı", "vətəndaşını", "vətəndaşlarını", "şübhəli", "casus", "polis", "təhlükəsizlik", "istintaq", "prokurorluq"],
    // (a car or goods of a named person stopped by the police is no arrest of the person: `X-in avtomobilini saxlayıb`)
    clauseNot: ["həbsxana", "türmə", "əsirlik", "hüquq", "əlaqə", "təmas", "avtomobil", "maşın", "nəqliyyat", "yük"] },
  // 141 PROTEST: a peaceful action held (`səfirlik qarşısında dinc aksiya keçirib`), as a rally; a shop's or a bank's
  // `aksiya` is a sale, and a tree-planting `aksiya` no protest (the entry of ./codebook-conflict.ts, which this one follows)
  { head: "aksiya", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo", needs: ["keçir", "təşkil"], gap: 1,
    clauseNeeds: ["dinc"] },
];
