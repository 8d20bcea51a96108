// The shape of the tables a language folder gives the quotes stage (see src/lang/az/quotes.ts).
// Mentions, word forms and attribution frames come from the events tables of the same language.

export interface QuoteTables {
  /** Stems of verbs (and light-verb nouns) that attribute speech: "de", "bildir", "qeyd". */
  speechVerbs: string[];
  /** Words that look like speech verbs but are not ("deyil" is not). */
  notSpeech: string[];
  /** Sentence openers pointing back at a quotation: `Bunu X deyib`, `Bu barədə X bildirib`. */
  backReference: string[];
  /** Office nouns after a body or a country that make it a person (`Ağ Ev lideri`, `XİN sözçüsü`). */
  speakerTitles: string[];
  /** Conjunction between the verb and a colon: `qeyd edib ki: "…"`. */
  complementiser: string[];
  /** A quotation needs at least this many words (shorter quoted strings are names and terms). */
  minWords: number;
  /** Without any cue, a quotation needs this many words to count as speech. */
  minWordsUncued: number;
}
