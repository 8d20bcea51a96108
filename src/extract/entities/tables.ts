// The shape of the tables a language folder gives the entity and link stages (see src/lang/az/).
import type { Analysis, EntityType } from "../../text/doc.js";

export type Case = NonNullable<Analysis["case"]>;

/** A known name: a place, organisation, named event or person, with its spellings. */
export interface KnownName {
  /** Canonical form (nominative). */
  name: string;
  type: EntityType;
  /** Other spellings that mean the same entity (nominative): `Rusiya Federasiyası`, `RF`. */
  aliases?: string[];
  en?: string;
  /** ISO 3166-1 alpha-2 for countries. */
  iso?: string;
  /** An international body: a country written before it is a name of its own (`Kanada BMT-də`). */
  international?: boolean;
}

/**
 * A case ending, written with harmony placeholders: `A` is the two-way vowel (a/ə), `I` the
 * four-way vowel (ı/i/u/ü). `after` says what the stem must end in.
 */
export interface CaseEnding {
  suffix: string;
  case: Case;
  /** vowel: after a vowel; consonant: after a consonant; poss: after a possessive (-ı/-i/-u/-ü); any. */
  after: "vowel" | "consonant" | "poss" | "any";
}

/** One holder of an office: `Rusiya prezidenti` on a date resolves to the person then in office. */
export interface OfficeTerm {
  /** ISO code of the country (EU for the European Union). */
  country: string;
  /** Office key, as RoleWord.office names it. */
  office: string;
  name: string;
  en: string;
  /** ISO dates; `to` absent while in office. */
  from: string;
  to?: string;
}

/** Words of a role phrase (base forms, lower case) and the office they name. */
export interface RoleWord {
  words: string[];
  office: string;
  /** The country's leading office (see EntityTables.leaderOffices) rather than `office`. */
  leader?: boolean;
  /** Only with a country before it (`Ukrayna lideri`); alone the word names no one office. */
  needsCountry?: boolean;
  /** The words name the article's own country themselves (`dövlətimizin başçısı`, our head of state). */
  home?: boolean;
  /** The words name the holders of the office in each of the states listed before them (`Rusiya və Azərbaycan
   *  prezidentləri`): one holder a state. */
  plural?: boolean;
}

export interface EntityTables {
  /** Letters that are vowels (lower case). */
  vowels: string;
  /** Harmony: last vowel of the stem -> [the A vowel, the I vowel] its endings take. */
  harmony: Record<string, [string, string]>;
  /** Case (and possessive + case) endings a name takes, stripped for the canonical name. */
  caseEndings: CaseEnding[];
  /** Endings written after a hyphen or apostrophe on abbreviations and foreign names: `ABŞ-ın`. */
  hyphenEndings: Record<string, Case>;
  /** Places, organisations, events and people known by name. */
  known: KnownName[];
  /** Given names (nominative), to recognise unseen people. */
  givenNames: string[];
  /** Endings of surnames (lower case, nominative): -ov, -yeva, -zadə, -li. */
  surnameEndings: string[];
  /** Women's given names (also among givenNames): the surname after one keeps its feminine ending
   *  (`Günay Əkbərova` is no dative of `Əkbərov`). */
  femaleGivenNames?: string[];
  /** Feminine endings of surnames (lower case, nominative): -ova, -yeva. */
  feminineSurnameEndings?: string[];
  /** The surname endings distinctive enough to mark a name at the start of a sentence. */
  strongSurnameEndings: string[];
  /** Words that stand right before a person's name (lower case, any inflection stripped): prezident, katibi. */
  personTitles: string[];
  /** Nouns of occupations and services (lower-case base words) not among the titles, that a headline or a
   *  sentence opens with before the name of the one so called (`Polis X-i saxlayıb`, `Bloger X`): capitalised
   *  there, one is no part of the name. */
  occupationNouns?: string[];
  /** Words after a name that mark a person (oğlu, xanım). */
  personAfter: string[];
  /** Words right after a name in quotation marks that call it a person's nickname (`"X" ləqəbli`): a person. */
  nicknameWords?: string[];
  /** Head nouns that end an organisation's name (lower case, nominative): nazirliyi, bankı. */
  orgHeads: string[];
  /** Lower-case heads that may close a capitalised organisation name: `Mətbuat xidmətinin`. */
  orgHeadsLower: string[];
  /** Legal forms written after a company name: ASC, QSC, MMC. */
  legalForms: string[];
  /** Head nouns after a place name (lower case): şəhəri, rayonu, çayı. Outside the span when lower case. */
  placeHeads: string[];
  /** Head nouns after a quoted or capitalised event name: sammiti, forumu. */
  miscHeads: string[];
  /** Nouns of products after a name or a model number (`X sistemləri`, `Y 747-8 təyyarəsi`): the name is a product's, no entity. */
  productHeads: string[];
  /** Heads that make an event's name only when capitalised (`Müstəqillik Günü`, but `bazar günü`). */
  capitalisedMiscHeads: string[];
  /** Heads of documents (plan, programme, letter): a title before one is no name (`Əməkdaşlıq Proqramı`). */
  documentHeads: string[];
  /** Heads of built facilities (lower case, nominative, may be several words): a quoted name before one
   *  is a place, and the head belongs to its name (`"Qala" Mehmanxana Kompleksi`). */
  facilityHeads: string[];
  /** Legal forms written out (lower-case base words): a company name in quotes comes before one. */
  legalFormsLong: string[];
  /** Abbreviations of common nouns (a power station): no names by themselves. */
  commonAbbreviations: string[];
  /** Words that attach a body to an office or body before it (`X yanında Y İdarəsi`): one name. */
  attachmentWords: string[];
  /** Words after a country's name that spell its state in full (`İsrail Dövləti`): still the country. */
  stateWords: string[];
  /** Locative endings that make a place an attribute (`İsraildəki`, `Bakıdakı`: the one in Israel, in Baku):
   *  before a body's head of one word the place names that body (`Azərbaycanın İsraildəki Səfirliyi`). */
  attributiveEndings?: string[];
  /** Words describing a state between its country's name and the state word (`Ərəb` in `Suriya Ərəb
   *  Respublikası`), lower case. */
  stateDescriptors?: string[];
  /** Words closing an official person's name written surname first (`Həsənov Anar Rasim oğlu`). */
  patronymics: string[];
  /** Endings of a patronymic written as one word after the given name (Russian `Abbasovna`, `Petroviç`), lower case:
   *  `Ağayeva Səbinə Abbasovna` is one person, surname first. `inflecting`: endings also read under a case ending (a
   *  woman's); `bare`: endings read only on a bare word (a man's, which other surnames share). */
  patronymicEndings?: { inflecting: string[]; bare: string[] };
  /** Adjectives that open names of bodies (lower case): a head after one takes no possessive, so its
   *  `-I` is the accusative (`Milli Məclisi`), while after a noun or a name it is the compound's
   *  possessive (`Afrika İttifaqı`). Read where the morphology takes the capitalised word for a name. */
  nameAdjectives?: string[];
  /** Lower-case particles inside foreign personal names (fon, der, de, bin). */
  nameParticles: string[];
  /** Groups of lower-case first letters by which this spelling writes one sound of a foreign name either way: a
   *  known person's first name may open with any letter of its group when spelt another way. */
  initialVariants?: string[][];
  /** Connectors allowed inside a long organisation name (və, of, and). */
  nameConnectors: string[];
  /** Words of a firm's name in the Latin script of its own (foreign) language that make it a firm
   *  (`Bank`, `Co`): a quoted run of Latin words holding one is an organisation with no head after it. */
  latinFirmWords?: string[];
  /** Words that join two names as equals (`X və Y`, `X ilə Y`), lower case: a name nothing else types
   *  takes a person's type from the person it is joined to. */
  coordinators?: string[];
  /** Final letters no foreign name ends in after a consonant in this spelling, so on an unknown person's
   *  name they are a case ending (`Merzə`: the dative of `Merz`), lower case. */
  caseOnlyFinals?: string[];
  /** Words (lower-case lemmas) right after a name in the dative or the instrumental that make it a person's:
   *  one calls or meets a person (`Merzə zəng edib`, `Öcalanla görüşəcək`). */
  personPartnerWords?: string[];
  /** The same after a name in the accusative: one receives or congratulates a person (`Uitkoffu qəbul edib`). */
  personObjectWords?: string[];
  /** Words (lower-case lemmas) right after a name in the nominative, as its predicate, that only a person is the
   *  subject of (`X vəfat edib`, `X xəstəxanaya yerləşdirilib`): a name nothing else types is a person's. */
  personSubjectWords?: string[];
  /** Letter sequences (lower case) the language's own spelling never writes: a name spelt with one keeps its source
   *  language's spelling, as firms and brands do (`Lockheed`, `Street`), while people's names are respelt. */
  foreignSpellings?: string[];
  /** A lower-case event head joins the name before it only with the third person's possessive, the compound's
   *  mark (`"X" forumu`, `X Liqasında`); without it the word is no head of that name (`"X" zirvəyə yüksəldi`,
   *  `X Liqasında həftənin oyunçusu`). */
  possessedHeads?: boolean;
  /** Endings after a body's abbreviation that, in a name of two words or more, are the compound's possessive, not the
   *  accusative they spell alike (`Rusiya XİN-i` is Russia's foreign ministry, in no case; its accusative is `XİN-ini`). */
  compoundPossessives?: string[];
  /** Letter sequences that spell one sound of a foreign name several ways (`iy`/`i`, `z`/`s`), folded to one when
   *  an office-holder's name is matched to the form an article writes (`Merts`, `Merz`). */
  spellingFolds?: [string, string][];
  /** Postpositions (lower case, as written) that take a person's name in the nominative (`X üçün`, `X kimi`, `X ilə`):
   *  a person's last word right before one carries no case ending, whatever its last letters seem (`Haniyə üçün`). */
  nominativePostpositions?: string[];
  /** Words (lower-case lemmas) of saying that take no addressee, right after a person's name, whose subject it then is
   *  (`X vurğulayıb`, `X qeyd edib`): the name is in the nominative. */
  speakerWords?: string[];
  /** The same for words of saying that may take a dative addressee (`X bildirib`, `X-ə deyib`): the name is in the
   *  nominative unless it reads as a dative. */
  addressedSpeakerWords?: string[];
  /** Postpositions that carry a partner's case, between the name and the word (`Rutte ilə görüşüb`). */
  partnerPostpositions?: string[];
  /** Postpositions after a bare name that make it what is talked of or done for (`X barədə`, `X haqqında`, `X üçün`): no
   *  subject in focus for a pronoun after it. */
  topicPostpositions?: string[];
  /** Capitalised words that never begin a name on their own (function words, sentence openers). */
  notNames: string[];
  /** Words between a person's name and a body's capitalised name that name the body after the person (`X adına Y
   *  Zavodu`): one body from the person on. */
  namedAfter?: string[];
  /** Currency codes: one written after an amount (`200 AZN`, `5 mln USD`) is a unit, no entity. */
  currencyCodes?: string[];
  /** Endings that turn a place into an adjective of origin (-lı, -li): not entities. */
  demonymEndings: string[];
  /** Endings that make abstract common nouns (`-lik`: `bütövlük`): a word with one names no place. */
  abstractNounEndings?: string[];
  /** Role phrases (lower-case base words) and the office each names. */
  roles: RoleWord[];
  /** Nouns of a post that title a person (`naziri Ceyhun Bayramov`, `ali nümayəndəsi Kaya Kallas`, `səfiri X-i`): opening a
   *  later sentence alone (`Nazir …`, `Ali nümayəndə …`, `Səfirə …`), one names the person so titled before. */
  titleNouns?: string[];
  /** A title noun (of `titleNouns`) that also names a person titled by a longer phrase right before the name
   *  (`sözçü` for `mətbuat katibi X`, `rəsmi nümayəndəsi X`): the noun, then the phrase's words (lower case, as written). */
  titleAliases?: [string, string[]][];
  /** Epithets that stand for one person (`Ulu Öndər` for Heydər Əliyev), lower case -> the person's canonical name: a
   *  mention of one is that person where the article names them too (`src/link/index.ts`). */
  epithets?: Record<string, string>;
  /** Country assumed for a capitalised bare role (`Prezident`) when the article names no other country (ISO). */
  homeCountry: string;
  /** Country code -> the office its leader holds (`default` for the rest). */
  leaderOffices: Record<string, string>;
  /** Office holders over time. */
  offices: OfficeTerm[];
  /** Third-person pronouns that can refer to a person, with their case. */
  pronouns: Record<string, Case | "nom">;
  /** Pronouns that are demonstratives unless a comma follows (`o, …` but `o gün`). */
  pronounsNeedComma: string[];
  /** Words for "their counterpart", by their forms (`həmkarını`: acc): the other side of the one acting, the person
   *  last named who is not the clause's subject. */
  counterparts?: Record<string, Case | "nom">;
  /** Nouns for "the guest" (`qonaq`): standing alone, the one foreign person the article named before (`src/link/guests.ts`). */
  guestNouns?: string[];
  /** Light verbs that make the guest noun an act of hosting (`qonaq edib`): no mention then. */
  guestLightVerbs?: string[];
  /** Words of nationality, no entities themselves, that tell a side of an event (read by the events stage). */
  nationalities?: NationalityTables;
  /** Words after a role phrase that make it someone else (`XİN rəhbərinin müavini`). */
  roleBlockersAfter: string[];
  /** Those of `roleBlockersAfter` that are persons under the holder (a deputy, an aide): blocking in any case after them
   *  too (`baş nazirinin müavininin`), unlike a body of the office (`lideri administrasiyasının səyləri` is the leader's). */
  roleDeputiesAfter?: string[];
  /** Words before a role phrase that make it a former holder (`keçmiş prezidenti`). */
  roleBlockersBefore: string[];
  /** Transliteration of letters for ASCII identifiers (ə -> e). */
  slugMap: Record<string, string>;
}

/** Nationality words as the sides of events: a nationality word (an ethnonym, or a demonym of a known country
 *  made by `demonymEndings`) qualifying a person or group noun stands for its state (`rus qoşunları`, `gürcüstanlı
 *  həmkarı`); a demonym may stand alone as that noun (`iki azərbaycanlı saxlanılıb`). */
export interface NationalityTables {
  /** Ethnonym (lower case) -> a known spelling of its state (`rus` -> `Rusiya`); it overrides a demonym's own place. */
  ethnonyms: Record<string, string>;
  /** Person and group nouns, lower-case base words, that a nationality word makes a side: a phrase's words but
   *  the last as written, the last by its stem (`nümayəndə heyət`, `qoşun`). */
  heads: string[];
  /** Of `heads`, a state's armed forces and police (`qoşun`, `hərbçi`): a nationality word with one of them is the state
   *  acting even when it is the act's only side (`rus hərbçiləri kəndi atəşə tutub`), where a person's noun tells a
   *  person's own act (`özbəkistanlı deputat … ziyarət edib`). */
  forceHeads?: string[];
}
