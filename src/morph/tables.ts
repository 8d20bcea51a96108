// The shape of the tables a language folder gives the morphology stage (see src/lang/az/morph.ts).
// The engine is a right-to-left suffix stripper over a morpheme graph: every morpheme names the
// morphemes (or root classes) that may stand immediately to its left.
import type { Analysis } from "../text/doc.js";

/** Root classes: nominal roots take case endings, verbal roots take tense endings. */
export type RootClass = "N" | "V";

/** Grammatical features a morpheme contributes (the rightmost morpheme wins for each field). */
export type MorphFeatures = Pick<Analysis, "case" | "plural" | "poss" | "tense" | "negated" | "passive" | "verbForm">;

export interface Morpheme {
  id: string;
  /**
   * Templates. Upper-case letters are archiphonemes (keys of `archiphonemes`) realised by vowel
   * harmony with what precedes; a leading "(x)" is a buffer: a consonant buffer appears only after
   * a vowel and a vowel buffer only after a consonant. A trailing "+" marks a spelling that never
   * ends a word (-acağ-, -dığ- before a vowel).
   */
  forms: string[];
  /** What may stand immediately left: morpheme ids, "@group" names, or root classes. */
  after: string[];
  /** How much stripping this morpheme is worth on an unknown root (negative: only with a known root). */
  weight: number;
  feats?: MorphFeatures;
  /** The morpheme derives a new stem of this class: whatever may follow that class may follow it. */
  actsAs?: RootClass;
  /** Never ends a word (e.g. a negation that needs a tense after it). */
  nonFinal?: boolean;
  /** Added when the word is capitalised (names rarely take it, e.g. possessives). */
  capitalisedWeight?: number;
  /** Derivational: stays in the lemma (yazıl-dı → yazıl), yet a known root still scores. */
  inLemma?: boolean;
  /** Follows a root only, not a stem another morpheme made (the -lI adjective: məqsəd-li, not ol-ma-lı). */
  rootOnly?: boolean;
  /** Derivational: the part of speech of the word it makes (an adjective from a noun: -lI). */
  pos?: NonNullable<Analysis["pos"]>;
}

/** A stem-final letter that changes before a vowel-initial suffix (uşaq → uşağı). */
export interface Alternation {
  /** Letter seen at the end of the stripped stem. */
  surface: string;
  /** Letter of the dictionary form. */
  base: string;
  /** Apply to unknown stems only from this many syllables on (below: only when the result is known). */
  minSyllables: number;
  /** Root classes it applies to. */
  classes: RootClass[];
  /** Score added to the altered reading of an unknown stem (tie-breaks against the unaltered one). */
  bonus: number;
  /** Letters that may precede the altered one (default: any). */
  afterLetters?: string;
}

/** Stems whose last vowel drops before a vowel-initial suffix (fikir → fikri), space-separated. */
export type VowelDropStems = string;

/** Known stems: space-separated lower-case words per class. */
export interface Lexicon {
  noun: string;
  verb: string;
  adj: string;
  propn: string;
}

/** A form the rules cannot derive (pronouns, suppletive forms). */
export interface Irregular {
  lemma: string;
  pos: NonNullable<Analysis["pos"]>;
  case?: Analysis["case"];
  plural?: boolean;
}

/**
 * A list of real words (any inflected form) that makes a candidate root more plausible when the
 * root, or the root with a probe suffix, occurs in it: ailə (ailə, ailələr, ailənin) over ail-ə.
 */
export interface AttestedWords {
  /** Returns the words, lower case, one per line; called once, lazily. */
  load: () => string;
  /** Morpheme ids whose spelling after the root is looked up, per root class (e.g. plural, genitive). */
  probes: Record<RootClass, string[]>;
  /** Score of a root by class, indexed by how many of (the bare root, then each probe) occur. */
  weights: Record<RootClass, number[]>;
  /** Score lexicon roots too (else only roots missing from the lexicon). */
  forKnown?: boolean;
}

export interface MorphTables {
  vowels: {
    /** Every vowel letter, lower case. */
    all: string;
    back: string;
    round: string;
  };
  /** Archiphoneme -> its letter after a back-unrounded, back-rounded, front-unrounded, front-rounded vowel. */
  archiphonemes: Record<string, [string, string, string, string]>;
  morphemes: Morpheme[];
  /** Named sets of morpheme ids for `after` lists ("@nominal"). */
  groups: Record<string, string[]>;
  alternations: Alternation[];
  vowelDrop: VowelDropStems;
  /** Score of a stem found in the lexicon with the class the analysis needs (and with the other class). */
  knownBonus: number;
  knownOtherClassBonus: number;
  /** Extra score of a whole word found in the lexicon (against a known root plus suffixes). */
  wholeWordBonus: number;
  /** Endings of productive derivations (abstract nouns in -lıq/-lik): an unknown root spelt with one before a vowel
   *  ending (`həmrəyliyini` -> `həmrəylik`) is far likelier than a root ending in the softened letter. */
  derivedRootEndings?: string[];
  derivedRootBonus?: number;
  /** Extra weight for a suffix whose buffer consonant is present (more reliable: -nın, -ya). */
  bufferBonus: number;
  /** Extra weight for a suffix whose buffer vowel is present (ev-im: the stem ends in a consonant). */
  vowelBufferBonus: number;
  /** Extra weight (usually negative) for a suffix that is a single vowel. */
  bareVowelWeight: number;
  /** Score of a stem missing from the lexicon, by class. */
  unknownRootWeight: Record<RootClass, number>;
  /** Score for a capitalised word analysed as an unknown verb (names are rarely verbs). */
  capitalisedVerbWeight: number;
  /** Score for an unknown verb root with no suffix at all (a bare imperative: rare in news). */
  bareUnknownVerbWeight?: number;
  /** Weight of the lemma-ending prior learnt from the lexicon (breaks ties between unknown stems). */
  endingPriorWeight: Record<RootClass, number>;
  /** Score of an unknown stem whose last two letters end no known lemma of its class. */
  unseenEndingWeight: Record<RootClass, number>;
  /** Shortest unknown stem accepted (letters). */
  minStem: number;
  /** Score of an unknown stem by its length in letters (index = length; longer stems: 0). */
  shortStemWeights: number[];
  lexicon: Lexicon;
  attested?: AttestedWords;
  /** Full forms with a fixed analysis. */
  irregular: Record<string, Irregular>;
  /** Words never inflected or never analysed (conjunctions, particles, postpositions). */
  closed: string;
  /** Characters that join a prefix that is kept as is: "V.Putin", "hüquq-mühafizə", "ABŞ-a", "Bakı'ya". */
  joiners: { initial: string; hyphen: string; apostrophe: string };
}
