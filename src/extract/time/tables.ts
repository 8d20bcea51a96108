// The shape of the tables a language folder gives the time stage (see src/lang/az/time.ts).
// Words live here as data; the engine (lexicon, grammar, resolve) only knows the categories.

/** Calendar units a word can name. HALF = half-year, C = century, DEC = decade. */
export type Unit = "Y" | "HALF" | "Q" | "M" | "W" | "D" | "H" | "MIN" | "C" | "DEC";

export type Mod = "START" | "MID" | "END" | "APPROX" | "BEFORE" | "AFTER";

/** What an ending adds to the word it closes. */
export interface EndingInfo {
  case?: "nom" | "gen" | "dat" | "acc" | "loc" | "abl" | "ins" | "until" | "attr"; // attr: an adjective of a year (`2025-ci ilki`)
  plural?: boolean;
  /** Third-person possessive (`ayı`, `ilin sonu`). */
  poss?: boolean;
  /** Ordinal number ending (`1952-ci`). */
  ord?: boolean;
  /** Adjective of measure (`5 saatlıq`, `2 illik`). */
  adj?: boolean;
}

/**
 * A lexicon entry: one word or a phrase of several, whose last word takes the endings of `endings`.
 * The category says what the engine does with it; `val` is the category's payload.
 */
export type TimeWord =
  | { cat: "month"; val: number; weak?: boolean }                  // weak: a homograph, needs context
  | { cat: "season"; val: "SP" | "SU" | "FA" | "WI" }
  | { cat: "weekday"; val: number }                                  // ISO: 1 = Monday
  | { cat: "unit"; val: Unit }
  | { cat: "deictic"; val: number; anchor?: boolean; soft?: boolean } // bu 0, ötən -1, gələn +1, həmin (anchor); soft: növbəti (see `ago`)
  | { cat: "dayword"; val: number; anchor?: boolean; unit?: Unit }   // dünən -1; ertəsi gün +1 (anchor); unit: a year word (ötənilki)
  | { cat: "part"; val: "START" | "MID" | "END" }                    // sonunda, əvvəlində, ortalarında
  | { cat: "half" }                                                   // yarısı (of a year)
  | { cat: "ago"; val: number; fromRef?: boolean; soft?: boolean }    // əvvəl -1, sonra +1; soft: from the day the text just
                                                                      // named where the verb's tense agrees with it, else from the reference date
  | { cat: "then" }                                                   // həmin vaxt: the time the text just named, at its grain
  | { cat: "same" }                                                   // (ötən ilin) eyni dövrü: the period just named, in that year
  | { cat: "thence" }                                                 // bundan (N gün əvvəl): from the date just named
  | { cat: "last" }                                                   // son (N gündə)
  | { cat: "every" }                                                  // hər
  | { cat: "weekend" }                                                // həftə sonu
  | { cat: "times" }                                                  // dəfə
  | { cat: "clock" }                                                  // saat (before a time)
  | { cat: "approx" }                                                 // radələrində (after a time)
  | { cat: "tod"; val: "MO" | "MI" | "AF" | "EV" | "NI" }            // səhər, axşam
  | { cat: "within" }                                                 // ərzində
  | { cat: "hedge" }                                                  // təxminən (before an amount)
  | { cat: "about" }                                                  // təxminən (before an amount of time: APPROX)
  | { cat: "vague"; val: "PAST_REF" | "PRESENT_REF" | "FUTURE_REF" | "AHEAD_REF" | "PXY" | "PXM" | "PXW" | "PXD" | "PXDE" | "PXC" } // PX.: vague durations;
                                                                      // AHEAD_REF: FUTURE_REF, or PAST_REF after a past verb
  | { cat: "dur"; val: number; unit: Unit }                           // a number and a unit in one word (üçgünlük)
  | { cat: "yearadj"; val: number }                                   // a year adjective (ötənilki): a time only before "year"
  | { cat: "num"; val: number }                                       // number words
  | { cat: "ordw"; val: number };                                     // ordinal words

export interface LexiconEntry {
  /** Lower-case words separated by single spaces. */
  words: string;
  /** Which endings the last word may take: a key of `endings`, or none. */
  endings?: string;
  /** Forms that are usually another word (`ilə` "with"): read only where a rule admits homographs. */
  weakForms?: string[];
  word: TimeWord;
}

/** A pattern over categories (see grammar.ts for the slot vocabulary) and what it builds. */
export interface Rule {
  seq: string[];
  make: string;
}

export interface TimeTables {
  lexicon: LexiconEntry[];
  /** Named sets of endings (`noun`, `poss`, ...) -> what each ending adds. */
  endings: Record<string, Record<string, EndingInfo>>;
  /** Endings a number takes after a hyphen (`9-da`, `1952-ci`, `27-dək`). */
  numberEndings: Record<string, EndingInfo>;
  /** Word order: how categories compose into dates, times, durations and sets. */
  rules: Rule[];
  /** Characters that join range ends (`8-10 oktyabr`). */
  dashes: string[];
  /** Verb endings that show tense, for when morphology has not said (longest first is not needed). */
  tenseSuffixes: { suffix: string; tense: "past" | "fut" | "pres" }[];
  /** Whole words that carry tense (copulas: `idi`). */
  tenseWords: Record<string, "past" | "fut" | "pres">;
  /**
   * Verbs of planning and expecting (their stems, or a light-verb phrase "noun stem"): the date they
   * govern lies ahead whatever their tense (`səfər iyunun 20-nə planlaşdırılıb`).
   */
  futureVerbs?: string[];
  /** Words too short or too common to be read as verbs by their endings. */
  notVerbs: string[];
  /** Words after a weekday (or a list of them) that make it recur: `bazar günləri` (plural days). */
  recurringDays: string[];
  /** Words that open a background passage (`Xatırladaq ki, …`): the dates it names are not the story's, so from the
   *  end of its paragraph expressions count from the day the story last named again. */
  backgroundOpeners?: string[];
  /** Stems of nouns of a place a day and month name (`28 May küçəsi`, `"20 Yanvar" metrostansiyası`): the date before
   *  one, glued to it or past its closing quotation mark, is the place's name, no time. */
  placeNameNouns?: string[];
  /** Endings such a noun may carry right after its stem (`küçəsi`, `prospektində`). */
  placeNameEndings?: string[];
  /** Words joining the items of a list (`çərşənbə və bazar günləri`); commas always join. */
  listJoiners: string[];
  /** Stems of a noun a written date stands before (`12.07.2020 tarixindən`): its case is the date's. */
  dateNouns?: string[];
}
