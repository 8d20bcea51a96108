// The document object that flows through every pipeline stage (cf. spaCy's Doc).
// Offsets are UTF-16 indices into `text` (the article body), start inclusive, end exclusive.

export type TokenKind =
  | "word"      // letters, with inner hyphens or apostrophes
  | "number"    // digits, decimals, with an attached ending: 9-da, 1952-ci, 1,5
  | "initial"   // V.Putin / İ.Əliyev keep the initial inside one token
  | "abbr"      // known abbreviation (ABŞ, b.e.ə., və s.)
  | "url"
  | "email"
  | "punct"
  | "symbol";   // %, $, ₼ and other signs

/** What the morphology stage knows about a word form. */
export interface Analysis {
  lemma: string;
  /** Search stem: lemma folded to lower case (verbs: bare stem). */
  stem: string;
  pos?: "NOUN" | "PROPN" | "VERB" | "ADJ" | "NUM" | "ADV" | "PRON" | "OTHER";
  /** Grammatical case of a nominal: nom, gen, dat, acc, loc, abl, ins (comitative -la/-lə). */
  case?: "nom" | "gen" | "dat" | "acc" | "loc" | "abl" | "ins";
  plural?: boolean;
  /** Possessive person marker: 1sg..3pl as "1s","2s","3","1p","2p". */
  poss?: string;
  /** Verb tense / aspect / mood as far as the suffixes show it. */
  tense?: "past" | "evid" | "pres" | "fut" | "aor" | "cond" | "nec" | "imp" | "opt";
  negated?: boolean;
  passive?: boolean;
  /** Non-finite verb forms: participle, verbal noun, converb, infinitive. */
  verbForm?: "fin" | "part" | "vnoun" | "conv" | "inf";
  /** Suffix chain found, in order, e.g. ["lar", "da"]. */
  suffixes?: string[];
}

export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** Normalised surface (quotes, schwa, zero-width, Cyrillic script mapped), same word as written. */
  norm: string;
  /** Normalised surface in lower case with the language's casing rules. */
  lower: string;
  /** Base form (filled by the morphology stage; the surface until then). */
  lemma: string;
  /** Search stem (lower-case base form). */
  stem: string;
  /** Index of the sentence that holds the token. */
  sent: number;
  /** True when whitespace (or a line break) precedes the token. */
  spaceBefore: boolean;
  /** True when a line break precedes the token. */
  lineBefore: boolean;
  analysis?: Analysis;
}

export interface Sentence {
  start: number;
  end: number;
  /** First token index and one past the last. */
  tokStart: number;
  tokEnd: number;
  /** A line without final punctuation (heading, dateline). */
  heading?: boolean;
}

export type EntityType = "PER" | "LOC" | "ORG" | "MISC";

export interface Entity {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Canonical Azerbaijani name (nominative, fullest form in the article). */
  name: string;
  /** Stable identifier across documents (see src/link). */
  id?: string;
  name_en?: string;
  /** ISO 3166-1 alpha-2 for countries. */
  iso?: string;
  /** A state body's state, when its name opens with it (`Rusiya Xarici İşlər Nazirliyi` -> `Rusiya`). */
  state?: string;
  /** Token span. */
  tokStart?: number;
  tokEnd?: number;
  /** Grammatical case of the last word of the mention. */
  case?: Analysis["case"];
}

/** A mention that refers to an entity without naming it: "Rusiya prezidenti", "o". */
export interface RoleLink {
  start: number;
  end: number;
  text: string;
  name: string;
  id?: string;
  tokStart: number;
  tokEnd: number;
  case?: Analysis["case"];
  kind: "role" | "pronoun";
  /** A role's country, when the text names it (`Azərbaycan Prezidenti`): ISO code. */
  iso?: string;
}

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
  mod?: "START" | "MID" | "END" | "APPROX" | "BEFORE" | "AFTER";
  /** Second end of a range (`mayın 10-dan 12-dək`). */
  endValue?: string;
  tokStart?: number;
  tokEnd?: number;
}

export type EventType =
  | "AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "COOPERATE" | "AID" | "RETREAT" | "REQUEST"
  | "ACCUSE" | "REJECT" | "THREATEN" | "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT";

export type EventMode = "asserted" | "future" | "demanded" | "negated" | "possible" | "reported";

export interface Event {
  type: EventType;
  trigger: { start: number; end: number; text: string };
  actors: string[];
  date: string | null;
  /** "document": the text gives no date and `date` is the document's (publication) date. */
  date_basis?: "document";
  location: string | null;
  mode: EventMode;
  cameo?: string;
  plover_mode?: string;
  /** Cooperation–conflict score, −10..+10. */
  score?: number;
  sentence?: number;
}

export interface Quote {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  cue?: string;
}

export interface Doc {
  id: string;
  document_date: string | null;
  language: string;
  title?: string;
  url?: string;
  text: string;
  /** Script the body was written in before transliteration ("Latn" | "Cyrl"). */
  script?: string;
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  timexes: Timex[];
  events: Event[];
  quotes: Quote[];
  /** Role phrases and pronouns linked to entities (not entity spans themselves). */
  links?: RoleLink[];
  /** Normalised body, same length as `text` when `offsets` is absent. */
  norm?: string;
  /** norm index -> text index, present only when normalisation changed lengths. */
  offsets?: Uint32Array;
}

export interface DocInput {
  id: string;
  text: string;
  document_date?: string | null;
  title?: string;
  url?: string;
  language?: string;
}

export function newDoc(input: DocInput): Doc {
  return {
    id: input.id,
    document_date: input.document_date ?? null,
    language: input.language ?? "az",
    title: input.title,
    url: input.url,
    text: input.text,
    sentences: [],
    tokens: [],
    entities: [],
    timexes: [],
    events: [],
    quotes: [],
  };
}
