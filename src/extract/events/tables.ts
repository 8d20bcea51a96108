// The shape of the tables a language folder gives the events stage (see src/lang/az/events.ts).
// Triggers are PETRARCH-style verb dictionary entries: a stem, the phrase it forms, the cases of the
// noun phrases it takes, and the PLOVER type / CAMEO code it yields.
import type { Analysis, EntityType, EventType } from "../../text/doc.js";

export type Case = NonNullable<Analysis["case"]>;

export interface TriggerEntry {
  /** Lower-case stem of the head word, matched at the start of a token whose rest is a valid ending. */
  head: string;
  /** Which endings may follow the head: verb endings, nominal endings, or either. */
  forms: "verb" | "noun" | "both";
  type: EventType;
  cameo?: string;
  plover_mode?: string;
  /** Cases of the second participant: dat for "call X", ins for "meet with X", acc for "congratulate X". */
  object?: Case[];
  /** Entity types the second participant may have (default any): a place for verbs of motion. */
  objectTypes?: EntityType[];
  /** The entry counts only when the second participant is present (verbs with everyday senses). */
  objectRequired?: boolean;
  /** A verbless headline names the act by its doer alone, the noun owned by a name in the genitive and closing the headline
   *  or its part before a colon or dash (`X-in nazirinin istefası`, `X Baş nazirinin istefası: …`): the act, its verb dropped. */
  ownerHeadline?: boolean;
  /** The head counts only as a verbless headline: the noun in no case closing its sentence, its sides told before it by
   *  `arasında` (`X ilə Y arasında razılaşma`): the act, its verb of reaching or signing dropped. */
  verblessBetween?: boolean;
  /** A word of consent or permission (`icazə verib`): it counts only after what is permitted, an infinitive or a verbal
   *  noun in the dative (`keçməyə icazə verib`); an act of another kind told there (`tədarükünə icazə verib`) is that act
   *  under the consent convention, none of this entry's own. */
  consentWord?: boolean;
  /** The head counts only when a word with one of these stems follows within `gap` tokens. */
  needs?: string[];
  /** The head counts only when a word with one of these stems stands in its clause before it (a plan is a
   *  threat when an army makes it or it is to strike: `ordu … plan hazırlayır`). */
  clauseNeeds?: string[];
  /** The head does not count when a word with one of these stems stands in its clause before it (a warning of a
   *  danger, `daşqın təhlükəsi ilə bağlı xəbərdarlıq`, threatens no one). An abbreviation (`mmc`) matches as written. */
  clauseNot?: string[];
  /** The head does not count when a word with one of these stems (verb or noun) stands in its clause after it (a team's
   *  away game, `səfərdə X ilə qarşılaşacaq`, is no visit). */
  clauseNotAfter?: string[];
  /** The head does not count when a word with one of these stems stands before it in its sentence, in the clause that
   *  opens a complement clause too (`X ki, …`): what a speaker believes or hopes will come, closing a letter or a speech. */
  sentenceNot?: string[];
  /** The genitive right before the noun is the partner the entry takes (`Türkiyə Azərbaycanın yanındadır`, Azerbaijan stood
   *  by), not the noun's owner and doer. */
  partnerOwns?: boolean;
  /** Tokens allowed between the head and the needed word (default 1). */
  gap?: number;
  /** The needed word may also stand before the head, as a participle (`keçirilən iclas`, `baş vermiş toqquşma`). */
  needsBefore?: boolean;
  /** The head does not count right after one of these words (an idiom of another sense: `nəzərdə tutulur`). */
  notAfter?: string[];
  /** The head does not count right before a word beginning so (a noun of another thing: `hava hücumundan müdafiə`
   *  is air defence, no attack). */
  notBefore?: string[];
  /** Only active forms count (the passive of "call on" is "convene"). */
  activeOnly?: boolean;
  /** Not as a passive participle describing the noun after it (`şübhəli bilinən şəxs saxlanılıb`): it tells who that is,
   *  no act. */
  notAttributive?: boolean;
  /** Not as an object participle describing the noun after it (`İranın dəstəklədiyi husilər`): a standing tie that says who
   *  they are, no act. */
  notObjectRelative?: boolean;
  /** A different type when a word of one of these stems stands in the clause before the head
   *  (lifting a restriction is a concession: `viza rejimini ləğv edib`). */
  senses?: { stems?: string[]; type: EventType; cameo?: string; plover_mode?: string;
    /** …or when the word right before the head ends so: an act as its object (`qadağan etməyi təklif edib`
     *  proposes that others act: a request, not an offer). */
    objectEndings?: string[];
    /** The head calls the act of the sense off (`görüşü ləğv edib` cancelled a meeting): the act is told
     *  negated (and a cancelling that did not happen leaves it asserted). */
    negates?: boolean;
    /** Told negated, the act of the sense is refused: this type, told asserted (`şərtlərini qəbul etmir`). */
    refusedAs?: { type: EventType; cameo?: string };
    /** The stems name the act promised in the object clause before the head, verbs as well as nouns, past the participle
     *  that closes that clause (`X-i cəzalandıracağına söz verib`). */
    promised?: boolean }[];
  /** Told negated, the act is refused: this type, told asserted (`təklifini qəbul etməyib` rejects an offer). */
  refusedAs?: { type: EventType; cameo?: string };
  /** The dative place is where the actor goes (visits): it is the location and the partner. */
  destination?: boolean;
  /** Participation: each locative or dative event noun of the clause makes its own event. */
  participation?: boolean;
  /** Only negated forms count, and tell the act asserted: not fulfilling a demand is refusing it
   *  (`sərəncamları yerinə yetirməyib`); fulfilling it is no event of its own. */
  negatedOnly?: boolean;
  /** With `negatedOnly`, not being able to do it is refusing too (`X-in mövqeyini qəbul edə bilmərik`: one cannot accept a
   *  stance as one cannot fulfil a duty, but only the first is a choice told). */
  unableRefuses?: boolean;
  /** Only an act told done (or reported done) counts: one that may or must be done is a procedure (`X-ə müraciət edə
   *  bilərlər`, `müraciət etməlidirlər`: an application open to anyone), one denied leaves it open (`görüşü istisna
   *  etmir` rules nothing out). */
  assertedOnly?: boolean;
  /** The needed word carries the idiom's own negation (`cavabsız qalmayacaq`, will not go unanswered): a negated
   *  verb there is the vow itself, told asserted, not an act denied. */
  negationInNeeds?: boolean;
  /** An intransitive told of the one it befalls (`ələ keçib`, was caught): read as the passive, its subject acted on. */
  undergone?: boolean;
  /** Only passive forms count ("saxlanılıb" detained, not "saxlayır" keeps). */
  passiveOnly?: boolean;
  /** The verb counts only with a word in this case before it in its clause: what one is called to (`dialoqa çağırıb`,
   *  `azaltmağa çağırıb`); with none (`bizi çağırdı`) the verb summons, no demand. */
  complementCase?: Case;
  /** That word is an infinitive or a verbal noun, an act (`qayıtmağa dəvət edib`), or a noun of these stems, acts by name
   *  (`danışıqlara dəvət edib`), not a thing or a gathering (`sammitə`). */
  complementActs?: string[];
  /** A crime by its nature (`qətlə yetirilib` murdered): told in the passive with no doer in a country, it is no act of
   *  that state (an execution, `edam edilib`, is). */
  crime?: boolean;
  /** Only an act still to come counts, and its saying is the event, told asserted: a retaliation promised
   *  threatens (`ciddi cavab verəcək`); one given is a reply, no threat (`cavab verib`). */
  promisedOnly?: boolean;
  /** The head is a predicate of the first person (`narahatıq` we are concerned): closing its clause, in quotation
   *  marks or out, it is the speaker's own act. */
  firstPerson?: boolean;
  /** A noun of war or fighting told in the background (`X-in Y-ə qarşı müharibəsi`, `Y-dəki müharibə`): an event only with
   *  the sides its own phrase names, told as going on whatever its clause says of it (`background.ts`, `warSides`). */
  background?: boolean;
  /** The head counts only right after a name in quotation marks that ends in a year (`"X-2025" təlimi`). */
  yearNamed?: boolean;
  /** The verb counts only right after the verbal noun of an act another is to do (`X Y-in … araşdırmasını istəyir`, the
   *  modes' `askedActEndings`): wanting a thing or to act oneself (`kitabını oxumaq istəyir`) asks nothing of anyone. */
  afterAskedAct?: boolean;
  /** The verb counts only right after a word ending so, in its sentence: an act asked of the side in the entry's case
   *  by its infinitive in the accusative (`X Y-dən … bağlamağı istəyib`); a bare infinitive (`Y-dən qaz almaq istəyir`)
   *  wants an act of one's own. */
  afterEndings?: string[];
  /** With `afterEndings`, that word must also be a participle (`X satanları saxlayıb`: people named by what they did),
   *  not a noun that ends alike (`limanları saxlayıb`). */
  afterParticiple?: boolean;
  /** A wrong the one who says it charges its subject with (`"X sülhə mane olur"`, `Onun sözlərinə görə, X sabitliyi
   *  pozur`): the speaker of the quotation or of the reporting clause acts, the subject (else the phrase's side) is acted
   *  on; said by no one, or denied, it is no event. */
  saidOf?: boolean;
  /** With `saidOf`, the speaker alone may be the side (a claim denied by calling it false, `"Bu iddialar əsassızdır"`):
   *  no one named as its subject is no reason to drop it. */
  saidAlone?: boolean;
  /** A consequence opening the sentence right after a demand (`"Y … geri götürməlidir. Əks halda … düşəcək"`), its verb
   *  told as still to come: the one who demands threatens the one asked (PLOVER THREATEN), on the demand's day. */
  ultimatum?: boolean;
  /** A date right before a destination in the dative that leads to the head (`X-i aprel ayında Pekinə səfərə dəvət edib`,
   *  `2026-cı ildə Çinə səfər dəvətini qəbul edib`) is the time of the visit invited to or accepted, not of the act: the
   *  act is dated as if its clause named no date there. */
  visitDated?: boolean;
  /** A noun of words said that a refusal takes as its object was still said (`X Y-in iddialarını rədd edib`: Y made the
   *  claims): the refusal after it does not undo it, as it undoes an act refused (`danışıqlardan imtina edib`). */
  saidIfRefused?: boolean;
  /** With `saidOf`, a noun that itself passes the speaker's verdict on a side (slander, provocation, bias): inside quotation
   *  marks it counts as a noun too, where other nouns only name what the speaker talks about. */
  chargeWord?: boolean;
}

/**
 * The entry with every field present (undefined where the table gives none), in one order: the matcher and the argument
 * readers read many of them for every candidate, and one hidden class for all entries keeps those reads monomorphic
 * (entries written with different optional fields would each have their own). The type lists every field, so a field
 * added to `TriggerEntry` is a compile error here until it is copied.
 */
export function shapedEntry(e: TriggerEntry): TriggerEntry {
  const full: { [K in keyof Required<TriggerEntry>]: TriggerEntry[K] } = {
    head: e.head, forms: e.forms, type: e.type, cameo: e.cameo, plover_mode: e.plover_mode, object: e.object,
    objectTypes: e.objectTypes, objectRequired: e.objectRequired, ownerHeadline: e.ownerHeadline,
    verblessBetween: e.verblessBetween, consentWord: e.consentWord, needs: e.needs, clauseNeeds: e.clauseNeeds,
    clauseNot: e.clauseNot, clauseNotAfter: e.clauseNotAfter, sentenceNot: e.sentenceNot, partnerOwns: e.partnerOwns, gap: e.gap, needsBefore: e.needsBefore, notAfter: e.notAfter, notBefore: e.notBefore,
    activeOnly: e.activeOnly, notAttributive: e.notAttributive, notObjectRelative: e.notObjectRelative, senses: e.senses, refusedAs: e.refusedAs, destination: e.destination,
    participation: e.participation, negatedOnly: e.negatedOnly, unableRefuses: e.unableRefuses, assertedOnly: e.assertedOnly,
    negationInNeeds: e.negationInNeeds, undergone: e.undergone, passiveOnly: e.passiveOnly,
    complementCase: e.complementCase, complementActs: e.complementActs, crime: e.crime, promisedOnly: e.promisedOnly, firstPerson: e.firstPerson,
    background: e.background, yearNamed: e.yearNamed, afterAskedAct: e.afterAskedAct, afterEndings: e.afterEndings,
    afterParticiple: e.afterParticiple,
    saidOf: e.saidOf, saidAlone: e.saidAlone, ultimatum: e.ultimatum, visitDated: e.visitDated, saidIfRefused: e.saidIfRefused,
    chargeWord: e.chargeWord,
  };
  return full;
}

/** Endings by which the engine checks a word form when the morphology gives no analysis. */
export interface SuffixTables {
  /** Verb suffix morphemes; a verb form is a stem followed by a chain of them. */
  verb: string[];
  /** Nominal suffix morphemes (plural, possessive, case, copula). */
  noun: string[];
  /** Final-consonant alternations before a vowel: [from, to] ("q" -> "ğ", "t" -> "d"). */
  alternations: [string, string][];
  /** Suffix strings that mark a form: looked for inside a verb's ending. */
  future: string[];
  necessitative: string[];
  conditional: string[];
  /** Negative verb endings as they start right after the stem (or after a passive morpheme). */
  negative: string[];
  passive: string[];
  infinitive: string[];
  /** Endings of finite verbs and converbs: a comma after such a word closes a clause. */
  clauseFinal: string[];
  /** Case endings that, at the end of a word, identify the case (longest first wins). */
  cases: [string, Case][];
  /** Case endings safe to read without knowing the stem (a bare vowel ending is not). */
  safeCases: [string, Case][];
}

export interface ModeTables {
  /** Suffixes of participles telling an act done (`başla-dığ-ı`, `edil-miş`): the relative participle's, before its
   *  possessive, and the perfect's, last. */
  doneParticiples?: { relative: string[]; perfect: string[] };
  /** Words after the verb that negate it ("deyil", "yox"). */
  negWords: string[];
  /** The particle of "neither … nor" (`nə həbs olunub, nə də saxlanılıb`): one right before the act's first word, with
   *  another in its sentence, denies it. */
  neitherWords?: string[];
  /** Auxiliaries after the verb that make it possible ("bilər"). */
  possibleWords: string[];
  /** Auxiliaries after the verb that negate possibility ("bilməz"). */
  impossibleWords: string[];
  /** Word beginnings later in the sentence that make it planned ("gözlənil", "planlaşdır"). */
  futureWords: string[];
  /** Word beginnings after an infinitive that state readiness to do it (`müzakirə etməyə hazırdır`). */
  readinessWords: string[];
  /** Those of them that tell preparing to do it, not readiness stated (`postunu tərk etməyə hazırlaşır`): a resignation
   *  prepared for is planned, one declared oneself ready for is an offer (AGREE, as the gold sets read it). */
  preparingWords?: string[];
  /** Whole words after an infinitive of praise or thanks (CAMEO 051) by which the speaker says it now
   *  (`təşəkkürümü bildirmək istərdim`, `təbrik etmək istəyirəm`): the saying, not a promise of it. */
  performWishWords?: string[];
  /** Whole words right after a noun in the ablative that, with a denial closing the clause, say it is nothing but that
   *  (`təxribatdan başqa bir şey deyil`): the noun asserted, not denied. */
  nothingButWords?: string[];
  /** Word beginnings after an infinitive that propose it (`tətbiq etməyi tövsiyə edib`): the act is planned, as
   *  by a verb of planning; not in the passive (`gəlmək tövsiyə olunur`, advice to anyone). */
  proposalWords?: string[];
  /** Word beginnings after an infinitive that task someone with it, active or passive (`bildiriş göndərmək həvalə olunub`,
   *  `danışıqlar aparmaq tapşırılıb`): the act is planned. */
  taskWords?: string[];
  /** A word of being compelled after the act's infinitive in the dative, and the future copulas after it (`cavab verməyə
   *  məcbur olacaq`): the act is still to come. */
  compelledWords?: string[];
  compelledCopulas?: string[];
  /** Stems of the verbs of being after a word of being compelled (`məcbur olub`, `məcburiyyətində qalıb`): the act done. */
  compelledDoneVerbs?: string[];
  /** Word beginnings after an infinitive that tell a decision to do it (`getmək qərarına gəlib`): the act decided
   *  is told as taken. */
  decisionWords?: string[];
  /** Word beginnings of a decision noun after an infinitive and a topic word (`çıxarmaq barədə qərar verib`): the act
   *  decided, told as taken, as by `decisionWords`. */
  decisionAfterTopic?: string[];
  /** Word beginnings after an infinitive that say the act goes on (`artırmağa davam edəcək`): the verb after
   *  them carries its tense and mode. */
  continueWords?: string[];
  /** Word beginnings of a verb right after an infinitive that say the act began (`çıxarmağa başlayıb`): that verb
   *  carries its tense and mode. */
  beginWords?: string[];
  /** Nouns after an infinitive that, with a verb after them, tell it attempted (`öldürməyə cəhd edib`): the act
   *  tried did not come about, told negated, with the tense of that verb; an attempt denied or to come tells none. */
  attemptWords?: string[];
  /** Whole words after an infinitive that tell a past wish to do it, an attempt for the types of `attemptTypes` only
   *  (`öldürmək istəyiblər`; a wish to meet, `görüşmək istəyib`, asks for a meeting and stays none). */
  wishedWords?: string[];
  /** The event types a past wish of `wishedWords` is an attempt of (force and seizure). */
  attemptTypes?: string[];
  /** Words later in the sentence that make it reported ("bildirilir", "iddia edilir"). */
  reportedWords: string[];
  /** Endings of the hearsay past, a perfect told at second hand (`görüşübmüş`, `təklif edibmiş`): what the verb tells is
   *  reported, not asserted. */
  hearsayEndings?: string[];
  /** Words of claiming before `ki` (`iddia edilir ki, …`): the clause after is reported. */
  claimWords?: string[];
  /** Particles after a conditional that make it concessive, so asserted ("də"). */
  concessive: string[];
  /** Words after a verb that make its clause a condition of another (`etdiyi təqdirdə`): no event. */
  conditionWords: string[];
  /** Frame nouns of `X-in N-ə görə` that make a claim reported ("söz", "iddia"). */
  reportedFrames: string[];
  /** Necessitative endings of the first person (`etməliyik`): a resolve of one's own, not a demand on others. */
  selfDemandEndings: string[];
  /** Endings of the imperative of the second and the third person (`azad edin`, `dayandırsın`): said inside quotation
   *  marks, an act asked of someone, a demand as the necessitative is (outside them, `zəng edin` addresses the reader). */
  demandImperatives?: string[];
  /** Courtesy formulas of letters and speeches, the word before the imperative and the imperative (`icazə verin`, `qəbul
   *  edin`): no act asked. */
  courtesyImperatives?: string[];
  /** Endings of the third person's imperative (`bitirsin`) and the complementisers (`ki`) after which it is a wish or a
   *  possibility embedded in the clause before, no act asked. */
  embeddedImperatives?: string[];
  embeddingWords?: string[];
  /** Stems whose third person's imperative is a wish, no act asked (`olsun`). */
  wishStems?: string[];
  /** Forms of "be" after a necessitative that keep it a demand, set in another tense (`dəyişməli olacaq`). */
  demandCopulas?: string[];
  /** Necessitatives of "be" itself (`yüksək olmalıdır` should be high): naming no side but who says it (and the
   *  place), a norm stated, no act asked of anyone, so no demand (one naming a side stays, `Fransa daha çevik
   *  olmalıdır`; so do the negatives, `mane olmamalıdır` must not hinder). */
  normCopulas?: string[];
  /** Predicates after a verbal noun that make it a demand (`tətbiq edilməsi lazımdır`). */
  demandWords: string[];
  /** Converb endings that make a clause a condition or a time of another (`verdikdə`): no event. */
  conditionEndings: string[];
  /** Words after a verbal noun that put its act under consideration, so possible (`… nəzərdən keçirir`). */
  considerWords?: string[];
  /** Endings of the short verbal noun, spelt like the negative marker (`imzalanma mərasimi`): not negated. */
  shortVerbalNouns?: string[];
  /** Postpositions after an infinitive that make it a purpose (`iştirak etmək üçün`): its act is to come. */
  purposeWords?: string[];
  /** Words that, before a colon opening a line (`KİV: …`), make it a media report: what it tells is reported.
   *  (A quoted name there, `"Agency": …`, is one too.) */
  mediaLabels?: string[];
  /** Verb stems of the press that make a `görə` frame a media report (`Nəşrin yazdığına görə`, `yayılan məlumata
   *  görə`): what it tells is reported, as under a media label. */
  pressVerbs?: string[];
  /** Words closing a lead line before `ki` (`X xəbər verir ki`, `X yazır ki`): its subject, no person nor state, is an
   *  outlet passing the report on, no doer of what the clause tells. */
  outletLeads?: string[];
  /** Attributes before a noun trigger that put it ahead (`qarşıdakı danışıqlar` the upcoming talks): it is to come. */
  upcomingWords?: string[];
  /** Nouns of when after an act's noun in the genitive (`görüşün vaxtı müəyyənləşib`, `səfərin tarixi açıqlanıb`): the
   *  act's time is what is fixed or told, the act is to come. */
  scheduleWords?: string[];
  /** Verbs of taking place after an event noun, or the word before such a verb (`görüş baş tutmayacaq`, `sammit
   *  keçirilməyəcək`): negated, the event itself does not take place (an event noun is otherwise no act told negated). */
  happenWords?: string[];
  /** Endings of a yes/no question's particle joined to its closing verb (`oturacaqmı?`): a headline that asks whether
   *  an act happens tells no act, not even by its noun (`danışıqlar masasına oturacaqmı?`). */
  questionParticles?: string[];
  /** Stems of nouns naming a question (`sual`): an act whose last word carries a yes/no particle right before one
   *  (`danışıqlar aparılacaqmı sualına cavab verib`) is a question someone asked, told in reported words: no act. */
  questionNouns?: string[];
  /** Question words that take the act as given and ask only when, why or how (`X Y-i niyə vurdu?`, `nə vaxt
   *  görüşəcək?`; a pair is one string, `nə vaxt`): a verb closing such a question still tells its act. */
  presupposingQuestionWords?: string[];
  /** Words right after a noun trigger that tell it prevented (`hücumun qarşısı alınıb`): it did not happen. */
  preventWords?: string[];
  /** Endings of a verbal noun owned by another (`dayandırmasını`) and the verbs of asking after which it is the act
   *  asked of that other (`… dayandırmasını istəyib`): demanded. */
  askedActEndings?: string[];
  /** A strike of retaliation (`cavab zərbəsi`) its doer announces it will deliver (`… endirəcəyini bəyan edib`) is a
   *  threat: the word before the noun, and the verbs of announcing after the act's verb. */
  retaliationWords?: string[];
  announceWords?: string[];
  askWords?: string[];
  /** Commas and conjunctions joining a list of asked acts (`etiraf etməsini, … cəzalandırılmasını və … tələb edib`). */
  askedActLinks?: string[];
  /** Verbs of offering: an event noun in no case right before one (`görüş təklif edib`) is what is offered, no act
   *  told (the offer is its own event). */
  offerWords?: string[];
}

export interface EventTables {
  triggers: TriggerEntry[];
  /** Words by which a background war noun's phrase names its sides: the postposition of its target (`Y-yə qarşı`), the
   *  verbs that end it and the words that make someone end it (`X-i … dayandırmağa məcbur`). */
  warSides?: { against: string[]; ends: string[]; causes: string[] };
  suffixes: SuffixTables;
  modes: ModeTables;
  /** Light verbs that carry a noun trigger's tense ("et", "ver", "göstər"). */
  lightVerbs: string[];
  /** Needed stems that make their phrase only bare: `baş` of `baş verib` (happened), not of `başa çatıb` (ended). */
  bareNeeds?: string[];
  /** Nouns of passage or trade (`tranzit`, `giriş`, `daşınma`): owned, in the dative before a word of permission, what is
   *  permitted (`yük tranzitinə icazə verib`). */
  passageNouns?: string[];
  /** Words of their own that only spell a needed stem plus endings (`kəskin` sharp, no form of `kəs` cut): never the
   *  needed word. */
  ownWords?: string[];
  /** Nouns of a part (`hissə`, `qism`): a head in the genitive before one is still the phrase's noun (`qoşunlarının bir
   *  hissəsini çıxarıb` withdrew part of its troops). */
  partitiveNouns?: string[];
  /** [light verb, needed verb]: the passive of the first stands for the second where an entry needs it (`tənqid olunub`
   *  as `tənqid edilib`). */
  passiveLightVerbs?: [string, string][];
  /** Light verbs a headline drops after its event noun before a colon (`X-dan Y-yə ittiham: "…"` for `ittiham edib`). */
  droppedLightVerbs?: string[];
  /** Verbs a headline drops after its event noun when it names the act by who did it to whom and nothing else
   *  (`X-dən Y-yə xəbərdarlıq`, `X-in Y-yə zəngi`: for `xəbərdarlıq edib`, `zəng edib`, `başsağlığı verib`, `məktub
   *  göndərib`); a noun of an entry needing one of them is the act, told as done. */
  droppedFrameVerbs?: string[];
  /** Nouns of events one takes part in ("sammit", "iclas", "tədbir"). */
  eventNouns: string[];
  /** Heads of the triggers of yielding and surrender (`boyun əymək`, `təslim olmaq`, `silahı yerə qoymaq`): told negated in
   *  the future by the act's own verb, a refusal to yield (REJECT 124). */
  yieldWords?: string[];
  /** Canonical names of gatherings named by no gathering noun (`COP29`): a participation verb takes part in them too. */
  namedGatherings?: string[];
  /** Nouns of a ceremony (an opening): taken part in alone, of a thing opened rather than of a gathering, no meeting. */
  ceremonyNouns?: string[];
  /** Place nouns after a name: `Rusiya ərazisində`, `Yekaterinburq şəhərində`. */
  placeNouns: string[];
  /** Words after a date making it a document's attribute (`18 sentyabr tarixli qətnaməsi`): it dates that document, not the
   *  clause's other acts. */
  dateAttributes?: string[];
  /** Nouns of the line two sides share (`X-Y sərhədində`): fighting there, told after the hyphenated pair in the locative,
   *  is between the pair's two names. */
  borderNouns?: string[];
  /** Nouns of a name's vicinity (`yaxınlığında`): in the locative after any name, they make it where the act happened. */
  vicinityNouns?: string[];
  /** Nouns of a street, an avenue or a square named after a name, in the singular (`X prospektində`, `X küçəsini`): the name
   *  is an address, never a side, nor the place that stands for the state acting there (not `X küçələrində`, X's streets). */
  addressNouns?: string[];
  /** Words of a gathering's opening (`açılış`): an act told at it is on a span's first day. */
  openingWords?: string[];
  /** Nouns of a place's inhabitants after its name, in any case (`X sakini`, `X sakinləri`): the place is where
   *  private people live, no side of what they do or suffer. */
  residentNouns?: string[];
  /** Nouns of a state's private people after its name (`X vətəndaşları`, `X turistləri`): as the doers of an active verb
   *  they act on their own, no side for their state (acted on, they stay). */
  privateNouns?: string[];
  /** Nouns of a public role told right after a country in the locative with no name (`X-da deputat`, `X-da millət
   *  vəkili`, `X-da xarici işlər naziri`): the role's holder acts for that state. */
  placeRoleNouns?: string[];
  /** Nouns of a state's armed forces (`qoşun`, `hərbçi`): owned in the accusative by a bare name with no subject (`X
   *  qoşunlarını Y-dən çıxaracaq`), that name moves its own forces. */
  forceNouns?: string[];
  /** Postpositions: two-sided `X və Y arasında`; agent of a passive `X tərəfindən`. */
  between: string[];
  agent: string[];
  /** `X-in N-ə görə` attributions: frame nouns and the postposition. */
  frameNouns: string[];
  /** Words of citing after a source in the dative (`NTV telekanalına istinadən`, `APA-ya istinadən`): the source is no side,
   *  and inside an outlet's frame (`X-in Y-yə istinadən verdiyi məlumata görə`) they stand between the outlet and its
   *  participle. */
  citingWords?: string[];
  framePostposition: string[];
  /** Conjunctions opening a complement clause (`X deyib ki, …`): a comma after one closes a clause. */
  complementisers: string[];
  /** Words after an event noun that place another act in its time (`danışıq zamanı`): the noun's event
   *  took place, whatever the main verb's polarity or modality. */
  eventFrames: string[];
  /** Nouns of an occasion (`mərasim`, `əməliyyat`): a sentence opening in one (`Mərasimdə …`, `Əməliyyat zamanı …`) goes
   *  on with the story of the dated sentence before it. */
  occasionNouns?: string[];
  /** Nouns of a decision or a document (`qərar`, `paket`): one opening the sentence after an act told done with no date, the
   *  sentence naming a date (`X … cərimələyib. Qərar çərşənbə günü elan edilib`), tells when the act was taken. */
  decisionNouns?: string[];
  /** The frames of `eventFrames` that place an act within the event (`çərçivəsində`, `zamanı`), not after or because of it. */
  withinFrames?: string[];
  /** Nouns of time an event noun in the genitive owns (`səfərin ilk günü`): a day of that event, the time of another. */
  timeOfEventNouns?: string[];
  /** Frames of time after an event noun whose act the main clause's subject did too (`X-lə görüşdən sonra Y …`: Y met X);
   *  not a result (`… zərbələri nəticəsində Z həlak olub`: Z is struck). */
  sharedFrames?: string[];
  /** Words after a noun that make it the topic of something else (`atəşkəsə dair`, `… ilə bağlı`). */
  topicWords: string[];
  /** Stems of nouns for an issue raised (`məsələ`): an act naming one (`… azad edilməsi məsələsi`) is a question, no event. */
  issueNouns?: string[];
  /** Words after a name in the comitative that make it a co-doer (`X ilə birlikdə`, together with X): before a topic word,
   *  the name is inside the topic phrase, no partner of the verb after it. */
  togetherWords?: string[];
  /** Heads of asking whose passive still asks (`… daxil olunmaması xahiş olunur`, it is requested), unlike one whose passive
   *  tells a need (`sənəd tələb olunur`): with no one named, the announcement's source asks. */
  passiveAsks?: string[];
  /** Postpositions after a noun that make it the cause of an act (`faciəyə görə üzr istəyib`): a date in a participle clause
   *  describing that noun (`dekabrda baş vermiş faciəyə görə`), or a topic one, is the cause's, not the act's. */
  causeWords?: string[];
  /** Endings of a web domain (`.az`, `.com`): a name written so (`Xəbər.az`) is a news outlet, which reports and contacts
   *  people for comment (`X.az Y ilə əlaqə saxlayıb`), no side of an act it is the first side of. */
  outletDomains?: string[];
  /** Names of news agencies, channels and the press as a whole (`Report`, `TASS`, `KİV`): first among an act's sides they are
   *  the outlet that told it (`"Report"un məlumatına görə`), or asked, or was told: no side, dropped (the act with none
   *  left is the outlet's own work). */
  outletNames?: string[];
  /** Words right after a date that make it a birth date (`1989-cu il təvəllüdlü`, `1980-ci ildə anadan olmuş`): it tells who
   *  the person is, never when an act took place. */
  birthWords?: string[];
  /** Verbs of blame or thanks whose accusative side did the act told as the cause before them (`X Y-i Z-yə hücumlara görə
   *  tənqid edib`: Y attacked). */
  blameVerbs?: string[];
  /** Nouns of an order or a decision after a topic word (`… tərk etmələri barədə göstəriş`): the act is ordered, no topic. */
  orderNouns?: string[];
  /** Words after a noun that make it a point in time before the act told (`danışıqlardan əvvəl`). */
  beforeWords: string[];
  /** Possessed nouns used as postpositions after a bare noun (`sülh müqabilində`, in exchange for peace): a name
   *  before that noun owns neither it nor the postposition, so stays the subject (`X sülh müqabilində … getməyəcək`). */
  postpositionNouns?: string[];
  /** A word that may stand between a noun and a topic word (`ilə`). */
  topicLinks: string[];
  /** Conjunctions joining nouns (`və`): the last of a list may carry the topic word for all (`A və digər məsələlərlə bağlı`). */
  coordinators?: string[];
  /** Bare nouns for "the country" that, opening a `ki` clause as its subject, are the speaker's own state
   *  (`X bildirib ki, ölkə Y-ə qarşı sanksiyalar tətbiq edəcək`): the speaker acts for it. */
  ownStateNouns?: string[];
  /** Determiners that make a nominal trigger point back at an event told before ("bu görüş"). */
  anaphoric: string[];
  /** Sentence openers that move time away from the previous sentence ("sonradan"). */
  timeShift: string[];
  /** Words right after a date, and endings of its last word, that make it the end bound of a span ("qədər" until,
   *  `mayın 1-dək`): it dates no act told done (`sanksiyalar yanvarın sonuna qədər uzadılıb` were extended now). */
  /** Nouns of a unit of land a bare place name heads (`X rayonu`, `X vilayəti`): `X rayonunun kəndlərini` is done to X. */
  placeUnitNouns?: string[];
  /** The land of such a unit and what stands on it (`kəndlərini`, `ərazisini`, `mövqelərini`): the nouns it may own there. */
  placeUnitParts?: string[];
  /** Nouns of a settlement a bare name heads in the possessive (`X kəndi`, `X, Y kəndləri`): the name is ground an act is told
   *  at, no doer of it (`X rayonunun Y kəndi istiqamətindəki mövqelərdən … atəşə tutub`). */
  groundNouns?: string[];
  untilWords?: string[];
  untilEndings?: string[];
  /** Words right after a date that make it the start of a span up to now ("bəri" since): it dates no act not told done
   *  (`2022-ci ilin fevralından bəri ən böyük paketdir`, `oktyabrın 7-dən bəri həbsdə olan məhbusları azad edəcək`). */
  sinceWords?: string[];
  /** Sentence openers of a background paragraph ("xatırladaq ki"): its acts are not within the visit or gathering
   *  just told. */
  backgroundWords?: string[];
  /** Phrases for "both countries / the sides": words matched as stems, in order ("*": any one word). */
  groupRefs: string[][];
  /** A state named as an attribute of where a thing is (a name ending in one of `endings`, the locative made a nominal,
   *  `Yəməndəki münaqişə`) is no side `groupRefs` name, unless the noun after it is one of `keepNouns` (stems: an envoy, a
   *  mission). (Endings, as the morphology leaves many foreign names whole.) */
  groupSceneAttribute?: { endings: string[]; keepNouns: string[] };
  /** Nouns of one private person (stems) that, as a clause's bare subject (`84 yaşlı siyasətçi …`), name again the person
   *  the act just told fell on: the sides carried over keep only the people named. */
  personSubjectNouns?: string[];
  /** Phrases for "the two leaders" (`iki lider`) or "the two bodies" (`iki qurum`): as the subject, the sides of the two-sided
   *  act just told; never states. */
  leaderGroupRefs?: string[][];
  /** People standing for the two sides of the act just told (`Nazirlər …`, `İki lider …`, `dövlət başçıları`, `hər iki ölkənin
   *  xarici işlər nazirləri`): post nouns read as stems, plural or after one of `counts` (`iki nazir`). */
  peopleGroups?: { nouns: string[]; counts: string[] };
  /** Postpositions that give the case of a bare name before them (`X ilə`: comitative). */
  postpositionCases?: [string, Case][];
  /** Focus particles that may stand between a phrase's noun and its light verb and are no word of it
   *  (`xəbərdarlıq da edilib`, `səfər də edəcək`). */
  focusParticles?: string[];
  /** Particles of contrast after a clause's subject (`X isə …`): the subject they mark is a new one, not the story's. */
  contrastParticles?: string[];
  /** Nouns of the means an act is done by (`X-in vasitəçiliyi ilə`, `X-in dəstəyi ilə`): their owner helped, no partner. */
  meansNouns?: string[];
  /** A bare body noun standing for a body told before whose name ends in another head of its kind (`parlament` for
   *  `Milli Məclis`, `Dövlət Duması`): the noun's stem, then those heads' stems. */
  bodyHeadsAlike?: Record<string, string[]>;
  /** Generic nouns after a country that stand for its state and carry its case (`X hökumətinin`, `X tərəfi`). */
  bodyNouns?: string[];
  /** Stems of a protest and its people (`aksiya`, `etirazçı`): a detention told in the passive with no one named in a
   *  sentence that has one is the police's at a protest, the act of the state where it happens (`arguments.ts`). */
  unrestNouns?: string[];
  /** Stems of a crowd or an opposition named by its common noun (`etirazçı`, `müxalifət`), no name: as the subject of a
   *  request with no side found, the crowd asks for the state where it is (`crowdState`, the gold sets' reading). */
  crowdAskers?: string[];
  /** Heads of a force of law enforcement named by common nouns (`hüquq-mühafizə orqanları`, `təhlükəsizlik qüvvələri`,
   *  `xüsusi təyinatlılar`): as a subject with no name, the body of the state where it acts, as `polis` is. */
  enforcerNouns?: string[];
  /** Stems of verbs of being or lying somewhere (`olan`, `yerləşən`): a relative clause of theirs tells what the noun
   *  it describes is or whose it is (`X-in nəzarətində olan ərazilər`, `X-də yerləşən baza`), and its names stay sides
   *  of the act done to that noun; the names of any other participle's clause are that participle's only. */
  relativeStatives?: string[];
  /** Verbs of lying somewhere (`yerləşən`): a participle of one between a date and the act tells where a side stands, no
   *  act of that date of its own, so the date is the act's (`yanvarın 11-də X-də yerləşən mövqelərdən … atəşə tutub`). */
  locatedVerbs?: string[];
  /** Nouns of a report or a claim (`məlumat`, `xəbər`, `iddia`): a date of the topic phrase before one is the topic's. */
  reportNouns?: string[];
  /** Endings of a verb's first person (`-ik`, `-am`): quoted, its subject is the speaker, whatever genitive stands before it. */
  firstPersonEndings?: string[];
  /** Organs of a state that act as one, never a person's title (`X polisi Y-i saxlayıb`: X's police, not a policeman Y). */
  organNouns?: string[];
  /** Nouns of leading a group (`X-in başçılığı ilə nümayəndə heyəti`, `X-in rəhbərlik etdiyi heyət`): the person in the
   *  genitive before one, in the trigger's clause, heads the group that acts and is its first side. */
  leaderNouns?: string[];
  /** Nouns of speech that, possessed and in the locative after a bare name, are where that name acts, not what it
   *  owns (`X müsahibəsində Y-i ittiham edib`: X, in an interview, accused Y). */
  settingNouns?: string[];
  /** Titles of media people (`jurnalist`): talking with one is an interview, not a consultation. */
  interviewers?: string[];
  /** Members of a body, by the stems of the body's head words (`deputat` of a `parlament` or `məclis`): a clause whose
   *  subject is the bare plural of a member noun (`Deputatlar … çağırıblar`) is the act of that body just named. */
  memberBodies?: [string, string[]][];
  /** Converb endings whose clause shares the main verb's subject (`Forumda çıxış edərkən X bildirib`): a subject
   *  named after the converb, before the main verb, is the converb's too. */
  sharedSubjectConverbs?: string[];
  /** Verbs of naming (`adlandırmaq`): a noun trigger right before one is the name given (`X-i terror aktı adlandırıb`
   *  called X a terror act), no act of its own. */
  namingVerbs?: string[];
  /** Pronouns by case, for the fallback when no pronoun link exists. */
  pronouns: [string, Case][];
  /** Reflexive words (`öz`): a name right before one is the subject, not the modifier of the noun after. */
  reflexives?: string[];
  /** Words that stand between an owner and the thing owned (`X-a məxsus təyyarə`). */
  ownership: string[];
  /** [capital, state]: a capital named as an actor stands for its state (`Rəsmi Bakı` is Azerbaijan). */
  capitals?: [string, string][];
  /** Words by which a candidate is told to be no event (see vetoes.ts). */
  vetoes?: VetoTables;
}

/** Forms and words that mark a candidate as no event: a rule, an address to the reader, a class of doers. */
export interface VetoTables {
  /** Endings of the imperative of the second person (`edin`): an address to the reader, no act told. */
  readerImperatives: string[];
  /** Suffixes of the subject participle (`gələn`): a relative clause naming a class of doers. */
  subjectParticiples: string[];
  /** Suffixes of the future participle, alike the future's finite form (`gələcək`): right before a common noun it
   *  describes it (`gələcək seçkilər`), a class of doers as the subject participle's. */
  futureParticiples?: string[];
  /** Person endings of the first and second person on a verb (`edirik`): the speaker is the subject. */
  speakerPersons: string[];
  /** Stems of nouns of office (`sədr`, `nazir`): owned by a side's name (`X parlamentinin sədri`) they name a person
   *  acting for it, not a thing of that side. */
  officeNouns?: string[];
  /** Word beginnings in a body's name that make it a legislature (`Milli Məclis`): its sitting is no consultation. */
  legislatures: string[];
  /** Signing (triggers of CAMEO code `cameo`) one's own decree, law or order is a domestic act, no agreement
   *  between sides: `acts` are the stems of such documents; `agreements` stem beginnings of documents between
   *  sides (a law ratifying a treaty, a memorandum), which keep the signing. */
  ownActs?: { cameo: string; acts: string[]; agreements: string[] };
  /** Stems of statements, resolutions, appeals and letters (`bəyanat`, `qətnamə`): a subject participle of an act done by
   *  saying it before one (`X-i pisləyən bəyanat yayıb`) tells that act of whoever adopts or issues it, no class of doers. */
  statementNouns?: string[];
  /** A pronoun of no one, as its two words (`heç` and the stems of `kim`, `kəs`): an act told negated of no one (`heç kim …
   *  həbs olunmayıb`) denies a kind of act, no act of a side. */
  nobody?: { word: string; stems: string[] };
  /** Stems of verbs of being or staying (`ol`, `qal`): a noun of detention in the locative before one tells
   *  custody, a state (`həbsdə olan X`, `həbsdə qalır`), not an arrest. */
  stateVerbs?: string[];
  /** Stems of the verbs and nouns by which a side judges an act (`qına`, `pislə`, `tənqid`, `adlandır`): an act of harm named
   *  as their object in the accusative with no owner (`hücumu qınayıb`, `həbsi siyasi təqib adlandırıb`) is judged, not done,
   *  by the clause's subject. */
  judgingWords?: string[];
  /** Stems of nouns that, besides the place nouns, make a place name before them an area (`X istiqamətində`). */
  areaNouns?: string[];
  /** Stems of nouns for a business's clients (`müştəri`): as the doer or the addressee of an act, trade with the
   *  public, no act between sides. */
  clientNouns?: string[];
  /** Stems of nouns of a power or right (`səlahiyyət`, `hüquq`): a verbal noun right before one names what someone may
   *  do (`müqaviləni imzalama səlahiyyəti`), no act done. */
  capacityNouns?: string[];
  /** Stems of nouns of a charge or a suspicion (`ittiham`, `şübhə`): a bare verbal noun of an act right before one (`qəsdən
   *  adam öldürmə ittihamı ilə`) names the crime charged, no act done. */
  chargeNouns?: string[];
  /** Nouns of asking after an act's verbal noun (`azad edilməsi tələbi`): the act is what is asked, none done. */
  askedNouns?: string[];
  /** Types whose act told only by a verbal noun with a possessive (`X-in azad edilməsi üçün`, `bəyanatın imzalanmasından
   *  sonra`) is what another act is for, hangs on or follows: no act of its own the story tells (its finite retelling stays). */
  nominalOnlyTypes?: string[];
  /** Words of likeness (`kimi`) and beginnings of verbs of judging (`qiymətləndir`, `hesab`): a verbal noun before both
   *  (`… imtina etməsi kimi qiymətləndiriləcək`) names what something is counted as, no act. */
  deemed?: { like: string[]; judging: string[] };
  /** Play: in a sentence holding a word of one of the `words` beginnings (`futbolçu`, `liqa`, `azarkeş`), the triggers of
   *  the `acts` heads tell a match, an away game or a team's trip (`görüş`, `səfər`, `gəl`) or a sport body's discipline
   *  (`cərimələ`, `cəzalandır`, `xəbərdarlıq`), no act between sides. A word of a team (`clubWords`: `klubu`) tells play
   *  only before a trigger of discipline (`clubActs`: `klubuna xəbərdarlıq edildi`): a club one meets is no team. */
  play?: { words: string[]; acts: string[]; clubWords?: string[]; clubActs?: string[] };
  /** Stems of nouns of a point of time (`il`, `gün`): a subject participle right before one (`müharibə başlayan il`)
   *  names when something else happened, no act of its own. */
  timeNouns?: string[];
  /** Stems of nouns for members of the public or of a trade (`sürücü`, `vergi ödəyicisi`, `podratçı`): warned in the dative
   *  or as the genitive doer of what they are warned about (`sürücülərə xəbərdarlıq edib`, `podratçıların … əməl etməsi ilə
   *  bağlı xəbərdarlıq edib`), with no second side named, they are told of a rule or a danger: no side threatened. */
  publicNouns?: string[];
  /** Stems of common nouns of bodies and groups that ask on their own (`Nazirlik … tələb edib`, `Müxalifət … tələb edir`,
   *  `Etirazçılar … tələb edirlər`), with `legislatures`: a request with one of them opening its clause in
   *  no case is theirs, no thing's (`qanun … tələb edir`), its sides those the clause or the story names. */
  askerNouns?: string[];
  /** Endings of the converb of time (`başlayanda`, `edəndə`, "when … "): an act of harm told in one with no side named
   *  before it in its clause (`müharibə başlayanda X … təmin edirdi`) names when the main clause's act happened; the
   *  main clause's names are no sides of it. */
  whenConverbs?: string[];
}
