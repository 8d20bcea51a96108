// The shape of the tables a language folder gives the quotes stage (see src/lang/az/quotes.ts).
// Mentions, word forms and attribution frames come from the events tables of the same language.

export interface QuoteTables {
  /** Stems of verbs (and light-verb nouns) that attribute speech: "de", "bildir", "qeyd". */
  speechVerbs: string[];
  /** Words that look like speech verbs but are not ("deyil" is not). */
  notSpeech: string[];
  /** Sentence openers pointing back at a quotation: `Bunu X deyib`, `Bu barədə X bildirib`. */
  backReference: string[];
  /** Verbs besides the speech verbs that, in a sentence opening with a back reference, tell a statement again
   *  (`Bu barədə X … danışıb`): they date it (events), they do not attribute quotations. */
  statementVerbs?: string[];
  /** Office nouns after a body or a country that make it a person (`Ağ Ev lideri`, `XİN sözçüsü`). */
  speakerTitles: string[];
  /** Conjunction between the verb and a colon: `qeyd edib ki: "…"`. */
  complementiser: string[];
  /** Nouns of what a source issues (`məktub`, `bəyanat`, `məlumat`): `Məktubda deyilir:` quotes the
   *  document the article last named someone issuing. */
  documentNouns: string[];
  /** Verbs that issue a document or report (`məktub göndərib`, `məlumat yayıb`). */
  issueVerbs: string[];
  /** Postpositions naming the origin of a report: `X-ə istinadən`. */
  citing: string[];
  /** Common nouns that stand for a body or outlet named before (`telekanal`, `nazirlik`, `nəşr`). */
  bodyNouns: string[];
  /** Body nouns of any kind of group (`hərəkat`, `qurum`): they stand for the group last named, whatever its name's head. */
  groupNouns?: string[];
  /** Body nouns that stand for a country's state when no body of that name was named (`hökumət`). */
  stateNouns: string[];
  /** Nouns of a quotation as the object of saying: `"…" sözlərini deyib`. */
  speechNouns: string[];
  /** Words after a genitive name that make it the source of what follows by themselves (`X-in fikrincə, "…"`). */
  frameWords?: string[];
  /** The converb that links a quotation to its speech verb: `"…" deyə X bildirib`. */
  sayingConverb: string[];
  /** Nouns of a question after the closing mark (`"…?", – sualına`): the quotation is a question put, no speaker's words. */
  questionNouns?: string[];
  /** Nouns of an interview (`"…" - X-la müsahibə`): the person named with it, in the comitative, speaks. */
  interviewNouns?: string[];
  /** Words right before a speech verb that make the saying imagined (`sanki deyir: "…"`, as if it says): no one's words. */
  imaginedWords?: string[];
  /** Stems of verbs (and nouns with a light verb) of opinion before `ki`: `X hesab edir ki, "…"` gives the quotation to X. */
  opinionVerbs?: string[];
  /** A word of manner pointing back at a quotation right before the speech verb or document noun of the sentence after it
   *  (`"…". X belə bəyanatla çıxış edib`, `X belə deyib`): that sentence's subject said it. */
  mannerReference?: string[];
  /** A quotation needs at least this many words (shorter quoted strings are names and terms). */
  minWords: number;
  /** Without any cue, a quotation needs this many words to count as speech. */
  minWordsUncued: number;
}
