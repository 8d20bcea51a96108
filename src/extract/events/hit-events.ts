// The events one trigger hit tells: its mode, type, sides and date, or none when the words around it
// say it is no event of its own (a condition, a topic, a refused or requested thing, an absence).
import type { EventMode, EventType, Token } from "../../text/doc.js";
import type { Case, EventTables } from "./tables.js";
import { CLAUSE_MARKS, INTENT_CAMEO, isCapitalised, type TriggerIndex, type TriggerHit } from "./triggers.js";
import type { DocContext } from "./context.js";
import { askedInList, askedOfAnother, doneParticiple, embeddedJussive, eventMode, scheduledMode } from "./mode.js";
import type { Requesters } from "./demands.js";
import { MUTUAL, NARRATIVE_REACH, finish, span, unique, type Draft } from "./draft.js";
import { attributiveParticiple, crowdState, eventArguments, namedGatheringEnds, participationParts, statementAt } from "./arguments.js";
import { dateOf, demandDate, relativeVerb, tenseOf } from "./dating.js";
import { announcer, keepEvents, sourceLine, statementSource } from "./vetoes.js";
import { possessedVerbForm } from "./forms.js";
import { afterClauseMark, afterOpening, conditional, conditionBefore, continuedBy, finite, followingWord, futureParticiple, governingVerb, hasStemBefore, isCondition, modifiesNext, compoundAsked, describingPerfect, notDoing, orderedBy, ownedAct, plannedBy, decidedAfterTopic, refusedBy, requestedBy, allegedBy, threatenedBy, deniedBy } from "./guards.js";
import { isQuote } from "../entities/words.js";
import { backgroundEvents } from "./background.js";

/** Types a demand can ask of the other side (`X üzr istəməli`): demanded, they become REQUEST. */
const DEMANDABLE = new Set<EventType>(["CONCEDE", "RETREAT", "AID", "COOPERATE", "CONSULT", "SUPPORT", "AGREE", "SANCTION", "REJECT"]);
/** Material conflict: announced by the one who would do it, it is a threat. */
const FORCE = new Set<EventType>(["ASSAULT", "COERCE", "SANCTION"]);
/** Material harm: reported by someone else than who did it, the report accuses the doer (PLOVER ACCUSE). */
const HARM = new Set<EventType>(["ASSAULT", "COERCE", "SANCTION"]);
/** Acts done by saying them (accusing, asking, warning, praising, promising, refusing, conceding): a statement's date is theirs. */
const SAID = new Set<EventType>(["ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "AGREE", "REJECT", "CONCEDE"]);
/** Sentences back an act done by saying it looks for the statement of its speaker that dates it. */
const SAID_REACH = 3;
/** The CAMEO code of signing a formal agreement (SUPPORT, 057): a deed, no statement. */
const SIGNING = "057";
/** Acts of cooperation: consenting to one is an agreement of its own (GUIDELINES: intent to cooperate is AGREE). */
const COOPERATIVE = new Set<EventType>(["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"]);
/** Tokens back from a consent to the head of the act it consents to (`sanksiyaların uzadılmasına razılıq verib`). */
const CONSENT_REACH = 2;
/** Words before a head that a sense's object phrase may span (`danışıqlar masasına qayıtmağı`). */
const OBJECT_PHRASE = 3;

/** Possessive persons of the speaker (`görüşümüz`, `təbriklərim`, `apardığım`): the first person, singular and plural. */
const FIRST_PERSON = new Set(["1s", "1p"]);
/** Acts whose perfect participle describes the state they left someone in (`axtarışa verilmiş şəxs`), told as background. */
const STATE_LEFT = new Set<EventType>(["COERCE", "ASSAULT"]);

/** Words before a participle in which a name of its own makes it tell another act (`retoldParticiple`). */
const PARTICIPLE_REACH = 3;

/** The trigger's verb is a passive participle with no possessive and no date before it in its sentence, and an act of its
 *  type and head was told in an earlier sentence: the people it describes are those that act fell on. */
function retoldParticiple(ctx: DocContext, hit: TriggerHit, si: number, told: readonly Draft[]): boolean {
  const a = ctx.tokens[hit.verb]?.analysis;
  if (a?.pos !== "VERB" || a.verbForm !== "part" || !a.passive || a.poss !== undefined) return false;
  const sent = ctx.doc.sentences[si];
  if (ctx.datesIn(sent.tokStart, hit.verb + 1).length) return false;
  // (a participle with a name of its own right before it, `Bakıda saxlanılan X vətəndaşları`, may tell another act)
  if (ctx.mentionsIn(Math.max(sent.tokStart, hit.verb - PARTICIPLE_REACH), hit.verb).length) return false;
  return told.some((d) => (d.sentence ?? si) < si && d.type === hit.entry.type && d.stem === hit.entry.head && d.mode === "asserted");
}

/** Words allowed between the genitive owner of words said and their noun (`İranın səfirinin əsassız iddialarını`). */
const SAYER_REACH = 3;

/** The events of trigger hit `hit` in sentence `si`; `told` are the events read before it. */
export function eventsOf(ctx: DocContext, t: EventTables, index: TriggerIndex, hit: TriggerHit, si: number, sectionDate: string | null, requesters: Requesters, told: readonly Draft[]): Draft[] {
  return keepEvents(ctx, t, hit, candidateEvents(ctx, t, index, hit, si, sectionDate, requesters, told), requesters);
}

function candidateEvents(ctx: DocContext, t: EventTables, index: TriggerIndex, hit: TriggerHit, si: number, sectionDate: string | null, requesters: Requesters, told: readonly Draft[]): Draft[] {
  const { tokens, forms } = ctx;
  const e = hit.entry;
  const sent = ctx.doc.sentences[si];
  let verb = hit.verb, verbRest = hit.verbRest;
  const nominal = !hit.verbal;
  // a word of charge a speaker voices (`chargeWord` with `saidOf`): the verdict wherever it stands in their words, dated by
  // the saying
  const chargeVoiced = !!e.chargeWord && !!e.saidOf;
  // a war or fighting told as a noun in the background names its sides in its own phrase (`background.ts`)
  if (e.background) return backgroundEvents(ctx, t, index, hit, si, told);
  if (e.ultimatum) return ultimatum(ctx, t, hit, si, told);
  // a phrase that is the whole of a quotation of its own closing the sentence after its words (`X iki hindtoyuğunu "əfv
  // edib"`) is the writer's scare quote, a word used in jest or in doubt: no act of its kind (a quoted word with its verb
  // outside, `"yalan" adlandırıb`, a quotation spoken, `"üzr istəyirəm" deyib`, `X: "…"`, and a speaker's words quoted in what
  // he is reported to say, `X bildirib ki, Y onu "məhv edəcək"`, stay) (cp25b)
  if (scareQuoted(ctx, t, hit, sent.tokStart, sent.tokEnd)) return [];
  // a passive participle of an act told in an earlier sentence, naming those it was done to again as a noun or before one
  // (`… iki işçisi saxlanılıb. Saxlanılanlar …`, `… 9 nəfər saxlanılıb. Saxlanılan şəxslər arasında …`), is that act retold (inv-ru)
  if (!nominal && retoldParticiple(ctx, hit, si, told)) return [];
  // (and so is an act told again by its verbal noun as the object of a verb that judges it, `HƏMAS girovları … təhvil
  // verib. … Quterreş girovların azad edilməsini alqışlayıb`: the release told before, welcomed, no act of the judge) (inv-world)
  if (!nominal && !ctx.quoted[hit.head] && tokens[hit.end - 1].analysis?.verbForm === "vnoun"
    && retoldJudged(ctx, t, index, hit, governingVerb(ctx, hit.end, sent.tokEnd), told, si)) return [];
  // consent to an act of another kind told right before it in a verbal noun or infinitive in the dative (`Rusiyaya qarşı
  // sanksiyaların uzadılmasına razılıq verib`, `postundan getməyə razılaşıb`) is that act, told by its own trigger
  // (as the gold sets read it): no agreement of its own
  if ((e.type === "AGREE" || e.consentWord) && consentedAct(ctx, hit, told, si)) return [];
  // (a word of permission names what is permitted right before it, an infinitive or a verbal noun in the dative: `X Y-ə
  // icazə verib` alone tells no act)
  // (or a noun of passage or trade owned by its possessive, `Ermənistana yük tranzitinə icazə verib`: goods let through)
  if (e.consentWord && !(hit.head > sent.tokStart && tokens[hit.head - 1].analysis?.case === "dat" &&
    (tokens[hit.head - 1].analysis?.verbForm === "inf" || tokens[hit.head - 1].analysis?.verbForm === "vnoun" ||
      (tokens[hit.head - 1].analysis?.poss !== undefined && !!ctx.stemForm(tokens[hit.head - 1], t.passageNouns ?? []))))) return [];
  // readiness for an act told by its infinitive right before (`X ilə əməkdaşlığı genişləndirməyə hazır olduğunu`) was read
  // with that act, made a promise or a threat by it: the readiness word tells no second promise
  if (e.type === "AGREE" && readinessTold(ctx, hit, told, si)) return [];
  // in quoted speech only a finite verb tells an event; nouns there name what the speaker talks about
  // (a noun that is itself the predicate of the first person, `"… narahatıq"`, is the speaker's own act)
  // (so is a noun phrase that closes the quotation as its predicate, `"… əməkdaşlığa layiq deyil"`, `"… müharibə
  // ehtimalı artır"`: what the speaker says of it, not a topic)
  // (and so is a noun in no case whose own verb, right after it, says it goes on or takes place: `"… danışıqlar davam
  // edəcək"`, `"Görüş keçiriləcək"`)
  const goesOnNext = nominal && !!ctx.quoted[hit.head] && hit.end < sent.tokEnd && !!ctx.quoted[hit.end] && tokens[hit.end - 1].analysis?.case === undefined
    && [...(t.modes.continueWords ?? []), ...(t.modes.happenWords ?? [])].some((w) => tokens[hit.end].lower.startsWith(w));
  // (and so is an act by its light verb's infinitive in the dative before a verb saying it goes on or begins, `"… X-ə yardım
  // göndərməyə davam edəcək"`, `"… göndərməyə başlayıb"`: the act itself told going on, as the same words outside quotation marks)
  const goesOnInf = nominal && !!ctx.quoted[hit.head] && hit.end - 1 > hit.head && hit.end < sent.tokEnd && !!ctx.quoted[hit.end]
    && tokens[hit.end - 1].analysis?.verbForm === "inf" && tokens[hit.end - 1].analysis?.case === "dat"
    && [...(t.modes.continueWords ?? []), ...(t.modes.beginWords ?? [])].some((w) => tokens[hit.end].lower.startsWith(w));
  // (or a predicate with its copula closing a clause of the quotation before a comma: `"X görüşməyə hazırdır, lakin …"`)
  const closesClause = nominal && !!ctx.quoted[hit.head] && hit.end - 1 >= hit.head && forms.endsClause(tokens[hit.end - 1]) && !tokens[hit.end - 1].analysis?.case
    && tokens[hit.end]?.sent === si && !!ctx.quoted[hit.end] && tokens[hit.end].kind === "punct" && tokens[hit.end].norm === ",";
  // (and so is an act by its light verb's infinitive before the speaker's own wish or readiness closing the clause,
  // `"Biz X ilə müqavilə bağlamaq istəyirik"`, `"… təşəkkürümü bildirmək istərdim"`: the intent or the saying stated)
  const ownIntent = !!ctx.quoted[hit.head] && hit.end - 1 > hit.head && tokens[hit.end - 1].analysis?.verbForm === "inf"
    && hit.end < sent.tokEnd && !!ctx.quoted[hit.end] && (t.modes.readinessWords.some((r) => tokens[hit.end].lower.startsWith(r)) && personalPredicate(ctx, t, hit.end)
      || !!t.modes.performWishWords?.includes(tokens[hit.end].lower) && (tokens[hit.end + 1]?.sent !== si || tokens[hit.end + 1].kind === "punct"));
  // (and so is a noun the first person owns, or that a participle of the first person describes: `"… Sizinlə görüşümüzü
  // xatırlayıram"`, `"… təbriklərimi çatdırıram"`, `"X ilə apardığım söhbətdən …"`: the speaker's own act, told done)
  const speakersOwn = nominal && !!ctx.quoted[hit.head] && (FIRST_PERSON.has(tokens[hit.end - 1].analysis?.poss ?? "")
    || hit.head > sent.tokStart && tokens[hit.head - 1].analysis?.verbForm === "part" && FIRST_PERSON.has(tokens[hit.head - 1].analysis?.poss ?? ""));
  const ownPredicate = nominal && (firstPersonPredicate(ctx, hit) || closesQuotation(ctx, t, hit) || goesOnNext || goesOnInf || closesClause || ownIntent || speakersOwn);
  // (a word of charge voiced is the speaker's verdict, no mere topic)
  if (nominal && ctx.quoted[hit.head] && !ownPredicate && !chargeVoiced) return [];
  // a noun in a yes/no question (`X və Y danışıqlar masasına oturacaqmı?`) asks whether the act happens, as a verb closing
  // a question does below (a question of another word, `X-in səfəri nələri dəyişəcək?`, still tells the visit)
  if (nominal && yesNoQuestion(ctx, t, hit.head, sent.tokEnd)) return [];
  // (and so does a phrase closed by such a particle right before a noun of question, `… danışıqlar aparılacaqmı sualına
  // cavab verib`: the question reported, asked by someone, answered by another)
  if (reportedQuestion(ctx, t, hit.end - 1, sent.tokEnd)) return [];
  // a capitalised word inside a sentence is part of a name (`Qadağan olunmuş Şəxslər siyahısı`); only a
  // named gathering is an event by its name (`17-ci Zirvə görüşü`)
  // (a word in capitals throughout is shouted, not a name: `sazişi TƏSDİQLƏDİ`; one after a colon or a dash
  // opens a clause of its own: `…: Yaralananlar var`, `… - Saxlanılan var`)
  // (the last word of a named body, its needed verb after it in lower case, is where one goes: `Beynəlxalq Cinayət
  // Məhkəməsinə müraciət edib`, `X-i Beynəlxalq Məhkəməyə verib`)
  const bodyGoneTo = () => hit.end > hit.head + 1 && ctx.mentionsIn(sent.tokStart, hit.head + 1).some((m) => m.type === "ORG" && m.kind === "entity" && m.tokStart < hit.head && m.tokEnd === hit.head + 1);
  if (e.type !== "CONSULT" && hit.head > sent.tokStart && isCapitalised(tokens[hit.head]) && !shouted(tokens[hit.head]) && !afterOpening(ctx, hit.head, sent.tokStart) &&
    !afterClauseMark(ctx, hit.head, sent.tokStart) && !bodyGoneTo()) return [];
  let readyNoun = false; // the noun's act is what one is ready for (`görüşlərin keçirilməsinə hazırdır`)
  let ready = -1;
  if (nominal) {
    // a bare noun trigger: an anaphoric one ("bu görüş") points back at an event told before
    const prev = tokens[hit.head - 1];
    if (prev && prev.sent === tokens[hit.head].sent && t.anaphoric.includes(prev.lower)) return [];
    // an event noun opening a sentence in the genitive before a day of it (`Səfərin ilk günü …`, `Sammitin ikinci günü
    // …`, `Bu səfərin ertəsi günü …`) points back at the act told before, as the time of the sentence's own act
    if (t.timeOfEventNouns && tokens[hit.end - 1].analysis?.case === "gen" && (afterOpening(ctx, hit.head, sent.tokStart) ||
      (prev?.sent === tokens[hit.head].sent && t.anaphoric.includes(prev.lower) && afterOpening(ctx, hit.head - 1, sent.tokStart))) &&
      dayOfEvent(tokens, hit.end, sent.tokEnd, t.timeOfEventNouns)) return [];
    // a bare attack word before a possessed noun names a kind of thing (`hücum aləti`, `hücum helikopterləri`),
    // not an attack; a time frame after it (`hücum zamanı`) still tells one
    if (e.type === "ASSAULT" && modifiesNext(ctx, t, hit)) return [];
    // what is refused (`danışıqlardan imtina edib`, `sanksiya paketinə veto qoyub`) or threatened with
    // (`sanksiyalarla hədələyib`) does not take place (words said and then refused were still said: `saidIfRefused`)
    if (!e.saidIfRefused && refusedBy(ctx, index, hit.end, sent.tokEnd, e.head)) return [];
    // a noun in no case right before a word of offering is what is offered (`X-ə görüş təklif edib`), no act told
    if (t.modes.offerWords && hit.end < sent.tokEnd && !tokens[hit.end - 1].analysis?.case && !tokens[hit.end - 1].analysis?.poss &&
      t.modes.offerWords.some((w) => tokens[hit.end].lower.startsWith(w))) return [];
    // a noun right before a verb of naming is the name given (`hücumu terror aktı adlandırıb`), no act told
    if (t.namingVerbs && hit.end < sent.tokEnd && ctx.stemForm(tokens[hit.end], t.namingVerbs, "verb")) return [];
    // (a headline's noun whose verb is dropped is the predicate itself: what follows its colon is a clause of its own,
    // `X-dan Y-yə xəbərdarlıq: … dayandırılmasa, …`)
    // (a predicate noun with its copula closing its own clause is its own verb: `X sülhə hazırdır, lakin … etməyəcək`
    // tells the readiness, not the refusal after the comma)
    const closes = hit.end - 1 >= hit.head && (forms.endsClause(tokens[hit.end - 1]) || personalPredicate(ctx, t, hit.end - 1)) && tokens[hit.end]?.sent === si && tokens[hit.end].kind === "punct" && tokens[hit.end].norm === ",";
    verb = hit.elided ? hit.head : closes ? hit.end - 1 : governingVerb(ctx, hit.end, sent.tokEnd);
    verbRest = null;
    // the act judged or named by a later sentence (`Rusiya … zərbə endirib. … Zelenski hücumu pisləyib`) is the act
    // told before, not a new one by the judge: the judging event takes its doer (see `judgedDoer`)
    if (retoldJudged(ctx, t, index, hit, verb, told, si)) return [];
    // what a call or a demand asks for (`danışıqların davam etdirilməsinə çağırıb`) is told by the request
    if (requestedBy(ctx, index, hit, sent.tokEnd, t.modes.askedActLinks)) return [];
    // (and so is a compound it opens, asked for as a whole: `ömürlük həbs cəzası tələb ediblər`)
    if (compoundAsked(ctx, t, index, hit, sent.tokEnd)) return [];
    // the object of an infinitive of a plan or of readiness (`danışıqlara başlamağa hazırlaşır`) is planned as it is
    // (or the phrase ends in that infinitive itself: `zərbələr endirməyə hazırdır`)
    const inf = tokens[hit.end], last = hit.end - 1;
    if (inf && inf.sent === tokens[hit.head].sent && inf.analysis?.verbForm === "inf" && plannedBy(ctx, t, hit.end)) verb = hit.end;
    // (so is a one-word one read as the noun: `görüşməyi planlaşdırmır`, the infinitive of `görüşmək`)
    else if (last >= hit.head && tokens[last].analysis?.verbForm === "inf" && plannedBy(ctx, t, last)) verb = last;
    // (and of a verbal noun in the dative before a word of readiness: `görüşlərin keçirilməsinə hazırdır`)
    // (its voice is the noun's: `keçirilməsinə` names the meeting, no agent of a passive)
    else if (inf && (ready = readyAt(ctx, t, hit.end)) >= 0) { verb = ready; readyNoun = true; }
  }
  // (a charge or suspicion describing the person after it, `şübhəli bilinən şəxs saxlanılıb`, tells who that is)
  // (a figure counting them too: `… şübhəli bilinən 70 nəfər`)
  if (e.notAttributive && !!tokens[hit.end - 1].analysis?.passive && attributiveParticiple(ctx, hit.end - 1, true)) return [];
  // (a side's tie named as what a group is, `İranın dəstəklədiyi husilər`, `Rusiyanın dəstəklədiyi Əsəd qüvvələri`)
  if (e.notObjectRelative && objectRelative(ctx, hit.end - 1)) return [];
  // (a killing told by a participle right after the attack it came of, `X-in hücumunda öldürülən Y`: that attack's harm, one act)
  if (e.type === "ASSAULT" && hit.head > sent.tokStart && tokens[hit.head - 1].analysis?.case === "loc" && attributiveParticiple(ctx, hit.end - 1) &&
    index.match(tokens, hit.head - 1, sent.tokEnd).some((h) => h.entry.type === "ASSAULT" && h.end === hit.head)) return [];
  // what an accusation charges someone with (`X-i çevrilişə cəhd etməkdə ittiham edib`) is told by the accusation
  if (e.type !== "ACCUSE" && allegedBy(ctx, index, hit, sent.tokEnd)) return [];
  // (what is threatened, `… tarif tətbiq edəcəyi ilə hədələyib`, is the threat's content, no act told)
  if (e.type !== "THREATEN" && threatenedBy(ctx, index, hit, sent.tokEnd, sent.tokStart)) return [];
  // (nor is what is denied, `… hücum etdiyini təkzib edib`)
  if (e.type !== "REJECT" && !e.saidIfRefused && deniedBy(ctx, index, hit, sent.tokEnd)) return [];
  // so is an act asked for in a light verb's verbal noun (`jurnalistin azad edilməsini tələb edib`, `üzr istəməsini tələb
  // edib`): the demand tells it, it has not happened
  if (!nominal && e.type !== "REQUEST" && tokens[verb].analysis?.verbForm === "vnoun" && verb === hit.end - 1 &&
    requestedBy(ctx, index, hit, sent.tokEnd, t.modes.askedActLinks)) return [];
  // `X etməyə davam edəcək`: the act goes on, in the tense and mode of the verb of going on
  const goesOn = continuedBy(ctx, t, verb);
  if (goesOn >= 0) { verb = goesOn; verbRest = null; }
  // a statement or resolution a subject participle describes (`X-i pisləyən bəyanat yaymayıb`, `… tələb edən qətnamə qəbul
  // edəcək`) carries the act in the tense and mode of its adopting or issuing verb
  // (its voice stays the participle's: `… qətnamə qəbul edilib` names no agent of the demand)
  let statementPart = -1;
  if (!nominal && tokens[verb].analysis?.verbForm === "part" && !tokens[verb].analysis?.poss && statementAt(t.vetoes, tokens[verb + 1]) && verb + 2 < sent.tokEnd) {
    statementPart = verb; verb = governingVerb(ctx, verb + 2, sent.tokEnd); verbRest = null;
  }
  // (a predicate of the first person closes its clause too: `"Biz … danışıqlara hazırıq", - X deyib`)
  // (and so is a verb in a participle of the first person, `"Bu, X ilə birgə çalışdığımız layihədir"`: the speaker's own act,
  // told done, as a noun that participle describes is above)
  const ownParticiple = !nominal && tokens[verb].analysis?.verbForm === "part" && FIRST_PERSON.has(tokens[verb].analysis?.poss ?? "");
  if (ctx.quoted[hit.head] && !forms.endsClause(tokens[verb]) && !ownPredicate && !ownIntent && !ownParticiple && !personalPredicate(ctx, t, verb)
    && !chargeVoiced) return [];
  let feats = forms.verbFeatures(tokens[verb], verbRest);
  // an infinitive is no event, unless a verb of planning governs it (`X ilə danışmağı planlaşdırır`)
  // (and so is a verbal noun in the dative before a word of readiness, `görüşlərin keçirilməsinə hazırdır`, as `görüşməyə
  // hazırdır`: what one is ready for, no act done)
  const planned = (feats.infinitive || tokens[verb].analysis?.verbForm === "inf" || readyAt(ctx, t, verb) === verb) && plannedBy(ctx, t, verb);
  // (or an attempt to do it, `X-i öldürməyə cəhd edib`: the verb of the attempt tells its tense, the act is told negated)
  // (and so is an event noun in the dative before the noun of an attempt, `hücuma cəhd edib`: the act attempted; the
  // attempt may be the word the entry needs, `yürüşə cəhd edən`)
  let attemptAt: number | undefined;
  for (let k = hit.head; k < hit.end && attemptAt === undefined; k++) {
    if (forms.caseOf(tokens[k]) === "dat" && t.modes.attemptWords?.includes(tokens[k + 1]?.lower ?? "")) attemptAt = k;
  }
  const tried = feats.infinitive && !planned ? attemptedBy(ctx, t, verb, e.type)
    : attemptAt !== undefined ? attemptedBy(ctx, t, attemptAt, e.type, true) : -1;
  // (or being compelled to it, told done: `geri çəkilmək məcburiyyətində qalıb`, `istefa verməyə məcbur olub`: the act
  // happened, and the verb of compulsion tells its tense; a compulsion still to come is planned, above)
  const compelled = feats.infinitive && !planned && tried < 0 ? compelledBy(ctx, t, verb) : -1;
  if (feats.infinitive && !planned && tried < 0 && compelled < 0) return [];
  if (tried >= 0) { verb = tried; verbRest = null; feats = forms.verbFeatures(tokens[verb], verbRest); }
  if (compelled >= 0) { verb = compelled; verbRest = null; feats = forms.verbFeatures(tokens[verb], verbRest); }
  if (conditional(ctx, t, hit.end, sent.tokEnd)) return []; // `X etdiyi təqdirdə`: a condition, not an event
  if (isCondition(ctx, t, verb, feats.conditional)) return []; // `X etsə`, `X etdikdə`: a condition of another
  // a plan or decision that is itself a condition (`X etmək qərarına gəlsə`, `… gələcəkləri təqdirdə`)
  if (planned && (conditional(ctx, t, verb + 1, sent.tokEnd) || [verb + 1, verb + 2].some((j) => j < sent.tokEnd &&
    isCondition(ctx, t, j, forms.verbFeatures(tokens[j], null).conditional)))) return [];
  if (notDoing(tokens[verb])) return []; // `X edilmədən`: without X, the manner of another act
  // `axtarışa verilmiş şəxs`, `lisenziyası ləğv edilmiş bank`: the state a force or restriction left someone in, described
  // (a document's signing so told, `X və Y arasında imzalanmış memorandum`, still tells the signing)
  if (!nominal && STATE_LEFT.has(e.type) && describingPerfect(ctx, verb, sent.tokEnd)) return [];
  // a verb that closes a question (`X Y-ə göndəriləcək?`) asks whether the act happens, it tells none (an event noun
  // in a question, `X-in Y səfəri nələri dəyişəcək?`, is still told)
  // (but a question of when, why or how takes the act as given: `X Y-i niyə vurdu?`, `X Y ilə nə vaxt görüşəcək?`)
  if (!nominal && tokens[verb + 1]?.kind === "punct" && tokens[verb + 1].norm === "?"
    && !(presupposingQuestion(ctx, t, sent.tokStart, verb) && !feats.passive)) return [];
  if (e.passiveOnly && !feats.passive) return [];
  if (e.activeOnly && feats.passive) return [];
  // (a verb that needs what one is called to, told with none before it in its clause, summons: `bizi çağırdı`)
  if (e.complementCase && !nominal && !complementBefore(ctx, verb, e.complementCase, e.complementActs)) return [];
  // (the word before the verb, in its sentence, ends as the entry asks: the act asked, `… bağlamağı istəyib`)
  const afterEnding = (endings: readonly string[]) => verb > 0 && tokens[verb - 1].sent === tokens[verb].sent
    && endings.some((x) => tokens[verb - 1].lower.endsWith(x));
  if (e.afterAskedAct && !afterEnding(t.modes.askedActEndings ?? [])) return [];
  if (e.afterEndings && !afterEnding(e.afterEndings)) return [];
  if (e.afterParticiple && tokens[verb - 1].analysis?.verbForm !== "part") return [];
  // a noun that is the topic of something else (`atəşkəsə dair danışıqlar`) is no event of its own
  // (a verbal noun is a noun here: `müqavilənin imzalanması ilə bağlı`)
  // (an event noun that is the object of a verbal noun, `danışıqlara başlaması barədə`, is the topic with it)
  const nounOf = nominal && hit.end < sent.tokEnd && possessedVerbForm(tokens[hit.end], "vnoun") ? hit.end + 1 : hit.end;
  const after = nominal || !finite(ctx, tokens[verb]) ? followingWord(ctx, t, nounOf, sent.tokEnd) : null;
  // (an act owned by a genitive is told as done even as a topic: `X-in Y ilə görüşü ilə bağlı bəyanat`)
  // (an act ordered or decided on, `… etmələri barədə göstəriş verib`, is told as the order's, no topic)
  if (!hit.attested && after && (t.topicWords.includes(after) || t.beforeWords.includes(after)) && !(t.topicWords.includes(after) && (ownedAct(ctx, t, hit) || orderedBy(ctx, t, nounOf, sent.tokEnd)))) return [];
  // (an issue named by the act, `X-in girovları azad etməsi məsələsi müzakirə olunub`, is a question raised, owned or not)
  // (the issue's noun owned by the act, with its possessive: not `görüşdə məsələlər … keçirilib`, things taken up at a meeting)
  if (!hit.attested && after && t.issueNouns?.some((w) => after.startsWith(w)) && tokens[nounOf]?.lower === after &&
    tokens[nounOf].analysis?.poss !== undefined) return [];
  const framed = nominal && !!after && t.eventFrames.includes(after);
  // a strike told before, named again by its bare noun as the setting or the time of what its clause reports (`X Y-ni
  // bombalayıb. Z Nazirliyi hücum zamanı ölənlərin … barədə məlumat verməyib`, `… hücumda 3 nəfərin öldüyünü açıqlayıb`):
  // that strike, whose sides are not the one that reports on it (a strike of its own in that clause is told by its verb)
  if (strikeRetold(ctx, hit, framed, si, told)) return [];
  const cs = ctx.clauseStart[hit.head], ce = ctx.clauseEnd[hit.head];
  // (an abbreviation counts as written here too: a bare `DİN`, `DTX` takes no endings of its own)
  if (e.clauseNeeds && !hasStemBefore(ctx, e.clauseNeeds, cs, hit.head) && !abbreviationBefore(tokens, e.clauseNeeds, cs, hit.head)) return [];
  if (e.verblessBetween && !verblessClose(ctx, t, hit, sent.tokStart, sent.tokEnd)) return [];
  // (an abbreviation counts written as the table gives it, `MMC` as `mmc`: it takes no endings of its own)
  if (e.clauseNot && (hasStemBefore(ctx, e.clauseNot, cs, hit.head) || abbreviationBefore(tokens, e.clauseNot, cs, hit.head))) return [];
  if (e.clauseNotAfter && hasStemBefore(ctx, e.clauseNotAfter, hit.end, ce, "both")) return [];
  // (a word of the entry's before it anywhere in its sentence: the main clause of belief before a `ki` clause)
  if (e.sentenceNot && hasStemBefore(ctx, e.sentenceNot, sent.tokStart, hit.head, "both")) return [];
  // (an exercise named in quotation marks with its year, `"X-2025" təlimi`)
  if (e.yearNamed && !(hit.head >= 2 && /["”»]/.test(tokens[hit.head - 1].norm) && /\d{4}[A-Za-z]?$/.test(tokens[hit.head - 2].norm))) return [];
  // (a frame outside the quotation reports no act the speaker tells of himself in the first person inside it: `Onun sözlərinə
  // görə, …: "Bu, X ilə çalışdığımız layihədir"`)
  const frame = ctx.mentionsIn(sent.tokStart, hit.head).find((m) => m.source && !(ownParticiple && ctx.quoted[hit.head] && !ctx.quoted[m.tokStart]));
  let mode: EventMode = eventMode(
    { tokens, verb, verbRest, sentStart: sent.tokStart, sentEnd: sent.tokEnd, reportedFrame: !!frame?.sourceReported || claimOpening(ctx, t, sent.tokStart, hit.head), nounHead: nominal ? hit.head : undefined, nounEnd: nominal ? hit.end : undefined, quoted: ctx.quoted[verb] === 1 },
    t.modes, forms,
  );
  // (a noun whose own phrase ends in, or is governed by, a participle of an act done describing a noun, `2023-cü ildə həbs
  // edilmiş sakinləri`, `hücuma başladığı ildən bəri`, is that act done, whatever the clause plans)
  if (nominal && mode === "future" && [hit.end - 1, hit.end].some((k) => k < sent.tokEnd && doneParticiple(tokens, k, sent.tokEnd, t.modes))) mode = "asserted";
  // an act told as the time of another (`sanksiyalar ləğv edildikdən sonra … qüvvəyə minəcək`) is still to come when
  // that act is
  if (mode === "asserted" && !nominal && timeOfLater(ctx, t, verb, sent.tokEnd)) mode = "future";
  // an attempt made did not bring its act about; one denied, possible or still to come tells none
  if (tried >= 0) { if (mode !== "asserted" && mode !== "reported") return []; mode = "negated"; }
  // a line a media label opens (`KİV: …`, `"Agency": …`) reports what the press says
  // (not where the label's quotation tells the speaker's own act, `"X": "… birlikdə həll edirik"`: a body speaking of itself)
  const ownPerson = !!ctx.quoted[hit.head] && !!t.vetoes?.speakerPersons.includes(tokens[verb].analysis?.suffixes?.at(-1) ?? "");
  // (an act the label's line calls possible in its own words, `KİV: … razılaşdırıla bilər`, is what the press reports may
  // come, reported too; a quotation after the label, `"X": "… ola bilər"`, is a speaker's own estimate, possible; an act
  // the line denies is read below, once a refusal has been told from it)
  const labelled = mediaLabelled(ctx, t, sent.tokStart, hit.head) && !ownPerson;
  const labelPossible = mode === "possible" && labelled && !ctx.quoted[hit.head];
  if ((mode === "asserted" || mode === "future" || labelPossible) && (labelled || pressFramed(ctx, t, sent.tokStart, sent.tokEnd))) mode = "reported";
  // a clause of a claim (`İddia edilir ki, …`, `X iddia edir ki, …`) is reported, whatever it tells as done
  if (mode === "asserted" && claimClause(ctx, t, sent.tokStart, hit.head)) mode = "reported";
  // planned is future; preparing or being ready to act is stated readiness, AGREE (guidelines)
  let readiness = false, preparing = false;
  if (planned && mode !== "negated" && mode !== "possible") { // `tanımağı nəzərdən keçirir`: only considered
    const next = tokens[verb + 1].lower;
    preparing = !!t.modes.preparingWords?.some((r) => next.startsWith(r));
    // (thanks or praise the speaker wishes to say, `təşəkkürümü bildirmək istərdim`, is said: the act itself)
    const performed = e.type === "SUPPORT" && e.cameo === "051" && !!t.modes.performWishWords?.includes(next);
    readiness = !performed && t.modes.readinessWords.some((r) => next.startsWith(r));
    const decidedOnTopic = decidedAfterTopic(ctx, t, verb);
    const decided = !!t.modes.decisionWords?.some((r) => next.startsWith(r)) || decidedOnTopic;
    mode = performed || readiness || decided ? (mode === "reported" ? mode : "asserted") : "future";
    // (readiness or intent denied, `istefaya göndərmək niyyətində olmadığını`, `danışmağa hazır deyil`: none stated)
    const after = tokens[verb + 2];
    if (readiness && after?.sent === si && (!!after.analysis?.negated || t.modes.negWords.includes(after.lower))) mode = "negated";
    // (and so is a decision denied, `… barədə qərar verməyib`: none taken)
    const ruling = decidedOnTopic && verb + 3 < sent.tokEnd ? tokens[governingVerb(ctx, verb + 3, sent.tokEnd)] : undefined;
    if (ruling?.sent === si && ruling.kind === "word" && (!!ruling.analysis?.negated || t.modes.negWords.includes(ruling.lower))) mode = "negated";
  }
  // a negated participle describing the noun after it (`qanunla qadağan olunmayan fəaliyyət növləri`) tells what a thing
  // is not, no act that did not happen
  // (an attempt so described, `yürüşə cəhd edən X`, tells the one who tried: the attempt is told, not a thing's kind)
  if (mode === "negated" && tried < 0 && !e.negatedOnly && !nominal && tokens[verb].analysis?.verbForm === "part" && tokens[verb].analysis?.case === undefined &&
    tokens[verb].analysis?.poss === undefined && tokens[verb + 1]?.sent === si && tokens[verb + 1].kind === "word") return [];
  if (e.negatedOnly && mode !== "negated") return [];
  // (not being able to do it, `öhdəliklərini yerinə yetirə bilməməsi`, is failing, no refusal; unless the entry says
  // the inability is a refusal, `unableRefuses`)
  if (e.negatedOnly && !e.unableRefuses && t.modes.impossibleWords.includes(tokens[verb + 1]?.lower ?? "")) return [];
  if (e.negatedOnly) mode = "asserted"; // not doing what is asked is the refusal told
  if (e.assertedOnly && mode !== "asserted" && mode !== "reported") return []; // `müraciət edə bilərlər`, `istisna etmir`
  if (e.negationInNeeds && mode === "negated") mode = "asserted"; // `… cavabsız qalmayacağıq`: the vow made
  // a retaliation promised (`ciddi cavab verəcək`) is the threat made; one given or denied is none
  if (e.promisedOnly && mode !== "future" && mode !== "possible") return [];
  if (e.promisedOnly) mode = "asserted";
  // `razılaşması olmayan`: no such event; one prevented (`hücumun qarşısı alınıb`) was an attempt, told negated
  const prevented = nominal && !!t.modes.preventWords?.includes(tokens[hit.end]?.lower ?? "");
  // (an act not planned, `görüşməyi planlaşdırmır`, `X-in səfəri planlaşdırılmır`, is told negated; not the object
  // of another act that is not, `hücumları dayandırmağı planlaşdırmır`)
  const unplanned = (planned && verb < hit.end) || (verb >= hit.end && t.modes.futureWords.some((f) => tokens[verb].lower.startsWith(f)));
  // (a noun whose verb of taking place is negated, `X ilə Y-in görüşü baş tutmayacaq`, is the act that does not happen)
  const happens = (k: number) => k >= hit.end && k < sent.tokEnd && !!t.modes.happenWords?.some((w) => tokens[k].lower.startsWith(w));
  const unheld = nominal && verb >= hit.end && verb <= hit.end + 2 && (happens(verb) || happens(verb - 1));
  // (so is one followed by that verb negated as a verbal noun, whatever the main verb says of it: `X-in səfərinin baş
  // tutmamasına anlayışla yanaşıb`)
  const unheldNamed = nominal && !unheld && happens(hit.end) &&
    [hit.end, hit.end + 1].some((k) => k < sent.tokEnd && k !== verb && tokens[k].analysis?.negated === true && tokens[k].analysis?.verbForm !== "fin");
  if (unheldNamed) mode = "negated";
  // (and one attempted, `hücuma cəhd edib`, was tried and did not come about)
  // (and a phrase whose own predicate word the negative copula right after it denies, `danışıqlara hazır deyil`, is the
  // phrase told negated: a refusal where the entry reads one)
  const denied = nominal && !!e.needs && hit.end > hit.head + 1 && hit.end < sent.tokEnd && t.modes.negWords.includes(tokens[hit.end].lower);
  // (a charge word in the ablative before a word of "nothing but" under a denial, `təxribatdan başqa bir şey deyil`, is
  // the charge asserted)
  if (e.chargeWord && mode === "negated" && ctx.forms.caseOf(tokens[hit.end - 1]) === "abl" && hit.end < sent.tokEnd
    && !!t.modes.nothingButWords?.includes(tokens[hit.end].lower)) mode = "asserted";
  if (nominal && mode === "negated" && !framed && !prevented && !unplanned && !unheld && !unheldNamed && !denied && tried < 0) return [];
  // a future participle before the noun plans it, whatever the clause says of it (`keçiriləcək danışıqların ərəfəsində`)
  // (not a phrase whose own word tells the act done to the noun: `tətbiq ediləcək rüsumları … təxirə salıb`, put off now)
  if (nominal && mode === "asserted" && !(hit.entry.needs && hit.end > hit.head + 1) && futureParticiple(ctx, hit.head - 1, sent.tokStart)) mode = "future";
  // `danışıq zamanı …`: the event took place, whatever the main verb says of the act done in it
  if (framed && (mode === "negated" || mode === "possible" || mode === "demanded")) mode = "asserted";
  const passive = (!readyNoun && (statementPart >= 0 ? forms.verbFeatures(tokens[statementPart], hit.verbRest).passive : feats.passive)) || !!e.undergone;
  const speaker = () => requesters.quoteSpeakerAt(hit.head);
  const args = eventArguments(ctx, t, e, hit, cs, ce, passive, nominal, speaker);
  if (!args) return [];
  let type = e.type, cameo = e.cameo, ploverMode = e.plover_mode;
  const retype = (to: EventType, code: string) => { type = to; cameo = code; ploverMode = undefined; };
  // readiness to use force is a threat (`X-ə zərbələr endirməyə hazırdır`), any other readiness a promise
  // (a show of force made ready, `qoşun yerləşdirməyə hazırlaşır`, is neither: PLOVER codes no intent to mobilise, so it
  // is the deployment, planned)
  // (nor is a resignation one is preparing for, `postunu tərk etməyə hazırlaşır`: the gold sets tell it planned; one a
  // side declares itself ready for or intends, `istefa verməyə hazırdır`, is an offer, AGREE, as the gold sets read it)
  if (readiness && (type === "MOBILIZE" || (ploverMode === "resign" && preparing))) { if (mode === "asserted") mode = "future"; }
  else if (readiness) retype(FORCE.has(type) ? "THREATEN" : "AGREE", FORCE.has(type) ? "130" : INTENT_CAMEO);
  // (and so is force made ready by its noun, `Y-ə qarşı yeni hücum hazırlayır`, `hücuma hazırlaşır`, as by its infinitive)
  else if (nominal && FORCE.has(type) && tokens[hit.end]?.sent === si && t.modes.readinessWords.some((r) => tokens[hit.end].lower.startsWith(r))) {
    retype("THREATEN", "130");
    if (mode === "future") mode = "asserted";
  }
  // force the speaker says they will do (`"… məhv edəcəyik"`), or promised on a condition (`Y … etməyəcəyi
  // təqdirdə, Y-ə qarşı tarif tətbiq edəcək`), is a threat (PLOVER THREATEN); the threat is made: told asserted
  const ownForce = () => !!ctx.quoted[hit.head] && (args.subjects.length === 0 || args.subjects[0] === speaker());
  // (so is a counter-strike its doer announces, `İsrailə cavab zərbəsi endirəcəyini bəyan edib`; one another side
  // expects, `İranın … cavab zərbələri endirəcəyini gözləyir`, is the attack still to come)
  const announced = () => hit.head > sent.tokStart && !!t.modes.retaliationWords?.includes(tokens[hit.head - 1].lower)
    && tokens[verb + 1]?.sent === si && !!t.modes.announceWords?.some((w) => tokens[verb + 1].lower.startsWith(w));
  // (and force said to be possible on a condition by one who announces it, `razılaşma olmayacağı təqdirdə İrana zərbələr
  // endirilə biləcəyini bəyan edib`: the warning is the threat)
  const saidAfter = () => { for (let j = hit.end; j < sent.tokEnd; j++) if (t.modes.announceWords?.some((w) => tokens[j].lower.startsWith(w))) return true; return false; };
  if (mode === "possible" && FORCE.has(type) && !ctx.quoted[hit.head] && conditionBefore(ctx, t, sent.tokStart, hit.head) && saidAfter()) {
    retype("THREATEN", "130");
    mode = "asserted";
  }
  if (mode === "future" && FORCE.has(type) && (ownForce() || conditionBefore(ctx, t, sent.tokStart, hit.head) || announced())) {
    retype("THREATEN", "130");
    mode = "asserted";
  }
  // (a sense's word is the trigger's own object: one inside a participle clause before it describes another noun,
  // `Kapital tələblərinə əməl etməyən BOKT-lərin lisenziyası ləğv edilə bilər` cancels licences, no requirement)
  const senseFrom = afterLastParticiple(ctx, cs, hit.head);
  // (a sense with both a stem and an object ending wants the stem inside that object's phrase, `danışıqlar masasına
  // qayıtmağı təklif edib`: within `OBJECT_PHRASE` words before the head)
  const objectEnds = (x: { objectEndings?: string[] }) => hit.head > cs && !!x.objectEndings?.some((end) => tokens[hit.head - 1].lower.endsWith(end));
  const sense = e.senses?.find((x) => x.stems && x.objectEndings
    ? objectEnds(x) && hasStemBefore(ctx, x.stems, Math.max(senseFrom, hit.head - OBJECT_PHRASE), hit.head)
    : x.stems && x.promised ? hasStemBefore(ctx, x.stems, cs, hit.head, "both")
    : x.stems ? hasStemBefore(ctx, x.stems, senseFrom, hit.head) || abbreviationBefore(tokens, x.stems, senseFrom, hit.head) : objectEnds(x));
  if (sense) { type = sense.type; cameo = sense.cameo; ploverMode = sense.plover_mode; }
  // a meeting called off did not take place; one whose calling off did not happen still does
  if (sense?.negates) mode = mode === "negated" ? "asserted" : mode === "possible" || mode === "demanded" ? mode : "negated";
  // an offer, a demand or a condition not accepted is refused (`təklifini qəbul etməyib`, `şərtlərini qəbul etmir`)
  const refusal = sense ? sense.refusedAs : e.refusedAs;
  if (refusal && mode === "negated") { retype(refusal.type, refusal.cameo ?? "12"); mode = "asserted"; }
  // talks its side says it will not hold, by the verb of the act itself negated in the future (`X ilə danışıqlara
  // getməyəcək`, `heç kimlə danışmayacaq`), are refused (PLOVER REJECT, CAMEO 125; page gold sf-08, sj-18); talks that did
  // not happen (`danışıq aparmayıblar`) or are not expected (`görüş gözlənilmir`) stay negated, and so do a visit not to be
  // made (`Parisə səfər etməyəcək`) and a summit not to be attended (`sammitdə iştirak etməyəcək`: the repo's headline gold
  // tells it negated twice, oxu-787, oxu-1935)
  // (nor a meeting whose noun is the subject its taking place is denied of, `X və Y-in görüşü baş tutmayacaq`: no side refuses)
  const meetingDenied = nominal && !tokens[hit.head].analysis?.case;
  if (type === "CONSULT" && !meetingDenied && ploverMode !== "visit" && !e.participation && mode === "negated" && feats.negated && feats.future && !ctx.quoted[hit.head]) { retype("REJECT", "125"); mode = "asserted"; }
  // a concession or a retreat its side says it will not make, by the act's own verb negated in the future (`X-in tələblərinə
  // boyun əyməyəcəyik`, `təslim olmayacaq`, `silahlarını yerə qoymayacaq`), is a refusal to yield (PLOVER REJECT, CAMEO
  // 124; page gold sf-21, sl-27, sa-30 tell it so, quoted or not); one not made (`boyun əyməyib`) stays negated
  // (only the words of yielding and surrender, `yieldWords`: a concession of a kind or a resignation one will not make,
  // `ərazi güzəştinə getməyəcək`, `istefa etməyəcək`, stays negated, as the headline gold tells it)
  if ((type === "CONCEDE" || type === "RETREAT") && mode === "negated" && feats.negated && feats.future && !!t.yieldWords?.includes(e.head)) {
    retype("REJECT", "124"); mode = "asserted";
  }
  // (an act a media label's line denies in its own words, `KİV: X … zəmanət verməyəcək`, is what the press reports)
  if (mode === "negated" && labelled && !ctx.quoted[hit.head]) mode = "reported";
  // harm still to come on a condition told before it in the sentence (`X … bağlanmasa, Y-ə rüsumlar tətbiq ediləcəyini bildirib`,
  // `İran razılaşmasa, ABŞ zərbə endirəcək`) is threatened: the threat is made
  if (HARM.has(type) && mode === "future" && conditionClauseBefore(ctx, t, sent.tokStart, hit.head)) {
    retype("THREATEN", type === "SANCTION" ? "1312" : type === "ASSAULT" ? "138" : "130"); mode = "asserted";
  }
  // harm told in a quotation that an accusation opens (`X Y-i ittiham edib: "Y kəndi bombalayıb"`) is alleged, not asserted
  if (HARM.has(type) && mode === "asserted" && accusedInQuote(ctx, index, sent.tokStart, hit.head)) mode = "reported";
  let actors = args.actors;
  // words said and refused are their sayer's, the owner named in the genitive with them (`Y-in əsassız iddialarını`), not the
  // refusing subject's (`saidIfRefused`); words no one is named to own (`bu iddiaları`, `NATO-nun bu cür saxta ittihamları
  // rədd etdiyini`: the genitive owns the refusal) are no one's act
  if (e.saidIfRefused && nominal) {
    if (!sayerNamed(ctx, cs, hit.head)) return [];
    if (args.subjects.length && actors.some((a) => !args.subjects.includes(a))) actors = actors.filter((a) => !args.subjects.includes(a));
  }
  // (a crowd's protest, read so by its sense, with no side named is the place's, as a protest entry's own: `Parisdə
  // minlərlə insan … etiraz edib`)
  if (sense && type === "PROTEST" && actors.length === 0 && args.location) actors = [ctx.actorName(args.location)];
  // a wrong charged by whoever says it: that speaker accuses, the one said to do it is accused
  // (a denial no one is found to say, `saidAlone`, keeps the sides its phrase names: `XİN: Ermənistanın iddiaları əsassızdır.`)
  // (a headline's `X: "…"`, whose marks the quotation stage reads as the speaker's words, is X's)
  // (a charge word in the narrative after a source line, `Bu barədə X-dən məlumat verilib`, is in X's statement: X's charge)
  const sayer = e.saidOf ? (ctx.quoted[hit.head] ? speaker() : requesters.of(hit.head)?.name ?? speaker() ?? (e.chargeWord ? statementSource(ctx, t, si) : null)) : null;
  if (e.saidOf && !(e.saidAlone && !sayer)) {
    // (the accused is the clause's first name in the nominative, whatever the arguments read as a place: `X regionda …`)
    // (or the owner in the genitive of the subject's phrase, told before it: `X-in Y-ə zərbələri sabitliyi pozur`)
    // (not the speaker's own name, which a headline's `X: "…"` gives before the words in the same clause)
    const first = ctx.mentionsIn(cs, hit.head).find((m) => (m.case === "nom" || m.case === "gen") && !m.source && ctx.quoted[m.tokStart] === ctx.quoted[hit.head]
      && ctx.actorName(m.name) !== sayer);
    const named = first ? [ctx.actorName(first.name)] : args.subjects.length ? args.subjects : nominal ? args.actors : [];
    const accused = named.filter((a) => a !== sayer);
    // (asked, `… mane olmamalıdır`, foreseen or possible, it charges no one: the demand is told by its own verb)
    if (!sayer || (accused.length === 0 && !e.saidAlone) || (mode !== "asserted" && mode !== "reported") || (requesters.of(hit.head)?.sentence ?? si) !== si && !ctx.quoted[hit.head]) return [];
    if (e.chargeWord) {
      // (an epithet right before a name, `işğalçı X`, names the side as the writer sees it: no charge voiced)
      if (hit.end < sent.tokEnd && isCapitalised(tokens[hit.end])) return [];
      // (a charge against the same side told before in the document is that charge told again, by its speaker or the body
      // the speaker speaks for: `X XİN-i Y-ə cavab verib … "Y-in təxribat xarakterli şərhləri"`)
      if (told.some((o) => o.type === type && accused.some((a) => o.actors.indexOf(a) > 0))) return [];
    }
    actors = [sayer, ...accused];
    mode = "asserted";
  }
  // the sides a group phrase names (`Tərəflər … razılaşıblar`), with no two states named before, are those of the
  // two-sided act just told, when there is one
  // (people for the sides, `Nazirlər …`, `İki lider …`, are those of the act just told, whatever states are named)
  if (args.group && (args.group.sides.length < 2 || args.group.people)) {
    // (a source line in between does not count against the reach, as for a verb with no side named below)
    const sides = lastSides(told, focusReach(si, (k) => sourceLine(ctx, t, k)), ctx.quoted[hit.head] === 1, 2);
    if (sides.length >= 2) actors = unique([...sides, ...args.group.rest]);
    // (a mutual act of people no act told before names, `Liderlər telefonla danışıblar`, has no sides: none)
    else if (args.group.needed && args.group.sides.length < 2) return [];
  }
  // the one acted on named by a group phrase (`Çin iki ölkəni gərginliyi azaltmağa çağırıb`, `… hər iki tərəfi təmkinə`):
  // the two states of the last act told that had two, when the doer is neither (a person and the body they lead are one)
  if (args.objectGroup) {
    const from = focusReach(si, (k) => sourceLine(ctx, t, k)), quoted = ctx.quoted[hit.head] === 1;
    let states: string[] = [];
    for (let k = told.length - 1; k >= 0 && (told[k].sentence ?? -1) >= from && states.length < 2; k--) {
      if (told[k].quoted === quoted) states = told[k].actors.filter((a) => placeNamed(ctx, a));
    }
    if (states.length >= 2 && !states.some((a) => actors.includes(a))) actors = unique([...actors, ...states]);
  }
  // who did the act judged, told before, is the one the judgement is of (`… Zelenski hücumu pisləyib`: Zelenski, Rusiya)
  if (JUDGING.has(type) && !nominal) {
    const doer = judgedDoer(ctx, t, index, cs, hit.head, verb, told, si);
    if (doer && !actors.includes(doer)) actors = [...actors, doer];
  }
  // a verb with no side named anywhere in its sentence (Azerbaijani drops known subjects:
  // `… razılıq əldə edilib`) is done by the sides of the event just told
  // (so is a measure threatened with no side named: `… əməl olunmaması halında sanksiyaların tətbiq ediləcəyi vurğulanıb`,
  // and an event noun naming no side: `… razılaşma uzun sürən danışıqların nəticəsi idi`)
  // (nor, in the passive, by what the act is about, `X dəhlizi ilə bağlı layihə razılaşdırılıb`, when two sides are in focus)
  if (args.topical && passive) {
    const sides = sidesInFocus(told, si, ctx.quoted[hit.head] === 1, (k) => sourceLine(ctx, t, k));
    if (sides.length >= 2) actors = sides;
  }
  // (not in a recalled event dated on its own, `Xatırladaq ki, ötən ilin dekabrında da … həbs olunmuşdu`: another story)
  if (actors.length === 0 && !recalledOnItsOwnDate(ctx, t, sent.tokStart, hit.head)) {
    actors = sidesInFocus(told, si, ctx.quoted[hit.head] === 1, (k) => sourceLine(ctx, t, k));
    // (not people told before when the verb has a subject of its own, a bare noun that names no one: `Özəl … çağırıb.
    // Polis … bibər qazından istifadə edib` is no act of Özəl's) (inv-world)
    // (but a noun of one private person, `84 yaşlı siyasətçi`, `Jurnalist …`, names again the person told, the act
    // fell on: that person's act alone, not the state's that acted on them)
    const personNoun = actors.length > 0 && !passive && personSubject(ctx, t, index, cs, hit.head);
    if (personNoun && actors.some((a) => personNamed(ctx, a))) actors = actors.filter((a) => personNamed(ctx, a));
    else if (actors.length > 0 && !passive && actors.every((a) => personNamed(ctx, a)) && commonSubject(ctx, t, index, cs, hit.head)) actors = [];
    // (nor any sides told before when that subject is a group of people named by a plural noun and set against the story
    // by a particle of contrast: `Hüquq müdafiə təşkilatları isə … tənqid ediblər`, `Ekspertlər isə …`)
    else if (actors.length > 0 && !passive && contrastedGroup(ctx, t, index, cs, hit.head)) actors = [];
  }
  // a crowd or an opposition named by its common noun asking, no side found (`Etirazçılar … tələb edirlər`, `Müxalifət …
  // tələb edir`), asks for the state where it is, as the gold sets read a crowd's protest
  if (type === "REQUEST" && actors.length === 0 && !passive && !nominal && !ctx.quoted[hit.head]) {
    const state = crowdState(ctx, t, cs, hit.head);
    if (state) actors = [state];
  }
  // a first-person predicate outside quotation marks (`… narahatıq. Bu barədə X bildirib.`) is its speaker's
  if (ownPredicate && !ctx.quoted[hit.head]) {
    const by = requesters.of(hit.head);
    if (by) actors = unique([by.name, ...actors]);
  }
  // a verb of asking whose subject is no name (`X bildirib ki, hərəkat … çıxarılmasını tələb edir`) asks for whoever reports it
  if (type === "REQUEST" && e.head && !nominal && args.subjects.length === 0 && !ctx.quoted[hit.head] && mode === "asserted" && !feats.passive) {
    const by = requesters.of(hit.head);
    // (or whoever the next sentence says said it: `… çağırır. Bunu X deyib`)
    if (by && (by.sentence === si || by.sentence === si + 1)) actors = unique([by.name, ...actors]);
  }
  // a request in the passive with no one named making it (`… daxil olunmaması xahiş olunur`) is made by whoever says it, else
  // by the body the article names as its source before it (`Bu barədə X-dən məlumat verilib`): an announcement's words
  if (type === "REQUEST" && e.head && feats.passive && !nominal && t.passiveAsks?.includes(e.head) && !ctx.quoted[hit.head]) {
    const by = args.subjects.length ? null : requesters.of(hit.head);
    const name = args.subjects[0] ?? (by && (by.sentence === si || by.sentence === si + 1) ? by.name : announcer(ctx, t, si));
    // (an announcement whose call was told before, `X … vətəndaşları … çağırıb. … Müraciətdə … xahiş olunub`, tells it again)
    if (name && told.some((d) => d.type === "REQUEST" && d.actors[0] === name)) return [];
    if (name) actors = unique([name, ...actors]);
  }
  let speakerSentence = -1;
  if (type === "REQUEST" && mode !== "demanded" && forms.isNecessitative(tokens[verb])) mode = "demanded"; // `etməməlidir`
  // one act of a list asked together (`… etiraf etməsini, … cəzalandırılmasını və … tələb edib`) is what the verb of
  // asking asks: the demand is that verb's event, the act none of its own
  if (mode === "demanded" && type !== "REQUEST" && askedInList(tokens, verb, t.modes)) return [];
  // (and so is one a third person's imperative tells after the verb of asking that reports the demand, `X tələb edib ki, Y …
  // çıxarsın`; a speaker's own `"Tələb edirəm ki, … üzr istəsin"` is read as the quotation's demand)
  if (mode === "demanded" && type !== "REQUEST" && ctx.quoted[verb] !== 1 && embeddedJussive(tokens, verb, t.modes) === "asked") return [];
  if (mode === "demanded" && (DEMANDABLE.has(type) || type === "REQUEST")) {
    // a demand is a REQUEST by whoever makes it
    const requester = requesters.of(verb);
    if (requester && type !== "REQUEST") { type = "REQUEST"; cameo = "10"; ploverMode = undefined; }
    if (requester) actors = unique([requester.name, ...actors]);
    if (requester && requester.sentence !== si) speakerSentence = requester.sentence;
    // (an act asked of another by the subject, `X Y-dən … dayandırmasını istəyib`: X asks, already the first side)
    if (!requester && type !== "REQUEST" && DEMANDABLE.has(type) && askedOfAnother(tokens, verb, t.modes)) { type = "REQUEST"; cameo = "10"; ploverMode = undefined; }
    // a bare "should be" naming no side but who says it and the place (`maaş yüksək olmalıdır`, `Azərbaycanda da bu
    // belə olmalıdır`) states a norm: no one is asked to act
    if (!e.head && t.modes.normCopulas?.includes(tokens[hit.head].lower)
      && actors.every((a) => a === requester?.name || a === args.location)) return [];
  }
  // a demand is dated by its own sentence or the one naming who makes it, never by the narrative
  // (a call made, `O, … çağırıb`, by a verb of asking and no speaker found elsewhere, is an act told like any other: the
  // narrative dates it, `Ertəsi gün X … üzr istəyib. O, … çağırıb`)
  const askedByVerb = e.type === "REQUEST" && !!e.head && speakerSentence < 0 && !forms.isNecessitative(tokens[verb]);
  // (a gathering its clause places it in, `sessiyasında`, `konfrans çərçivəsində`, names the act too: a sentence
  // before telling that gathering dated may date it)
  const dated = (a: number, b: number, stems = [e.head, ...clauseGatherings(ctx, t, cs, hit.head)], sides: readonly string[] = actors) => mode === "demanded" && !askedByVerb
    ? demandDate(ctx, a, b, si, hit.head, speakerSentence)
    : dateOf(ctx, t, a, b, si, hit.head, sectionDate, ownParticiple && !feats.future ? "past" : tenseOf(tokens[planned ? verb + 1 : verb], feats.future && !planned), planned && !readiness, stems,
      { actors: sides, location: args.location, quoted: ctx.quoted[hit.head] === 1, told, visitDated: e.visitDated, relative: !nominal && relativeVerb(ctx, verb) });
  // a call or demand told as made is a demand (`X Y-ni … çağırıb`, `tələb edir`)
  if (type === "REQUEST" && mode === "asserted") mode = "demanded";
  // what the date puts after the news was written is still to come (`iyulun 9-da … səfərə gedir`)
  // (a verb of its own in the past tense tells it done, whatever day a relative date gives it: `Ertəsi gün X Y-ə zərbə
  // endirib` after an undated lead is the day after the news, told as past)
  const toldDone = !nominal && !planned && tenseOf(tokens[verb], feats.future) === "past";
  // (a speaker's own present, `… iddiaları rədd edirik`, is done as it is said, on the day it names, no schedule)
  const ownPresent = !!t.vetoes?.speakerPersons.includes(tokens[verb].analysis?.suffixes?.at(-1) ?? "");
  const onDay = (d: { value: string | null; own: boolean }) => toldDone ? mode :
    scheduledMode(mode, d.value, ctx.doc.document_date, d.own && tenseOf(tokens[verb], false) === "present" && !ownPresent);
  // a bare frame noun right after the name opening its sentence (`X görüş zamanı … bildirib`): the meeting told before,
  // whose sides are that name's, not the names the rest of the sentence tells
  const openingSubject = framed && hit.end - hit.head === 1 && !!t.withinFrames?.includes(after ?? "") && !tokens[hit.head].analysis?.poss &&
    !tokens[hit.head].analysis?.case ? ctx.mentions.find((m) => m.tokStart === sent.tokStart && m.tokEnd === hit.head) : undefined;
  if (openingSubject && actors.includes(ctx.actorName(openingSubject.name))) actors = [ctx.actorName(openingSubject.name)];
  const base = {
    type, mode, cameo, plover_mode: ploverMode, nominal, quoted: ctx.quoted[hit.head] === 1, sentence: si, head: hit.head, stem: e.head,
    clause: cs, setting: nominal && tokens[hit.end - 1].analysis?.case === "loc",
    partnerNamed: nominal && hit.end - hit.head === 1 && partnerBefore(ctx, t, hit.head),
    // a noun or verbal noun trigger before a noun in the locative, `imzalanma mərasimində`: the setting of its own act
    ownSetting: (nominal || tokens[hit.end - 1].analysis?.verbForm === "vnoun") && tokens[hit.end]?.sent === si && tokens[hit.end].analysis?.pos === "NOUN" && tokens[hit.end].analysis?.case === "loc",
    // an event noun of one word in an oblique case, owned by no one (`hücumdan sonra`, `hücumun məsuliyyətini`)
    bareOblique: nominal && hit.end - hit.head === 1 && !!tokens[hit.head].analysis?.case && tokens[hit.head].analysis?.case !== "nom" &&
      !tokens[hit.head].analysis?.poss && !(hit.head > sent.tokStart && tokens[hit.head - 1].analysis?.case === "gen"),
    timeFrame: framed && !t.withinFrames?.includes(after ?? ""),
    groupSides: !!args.group,
    ownsJudged: nominal && hit.end - hit.head === 1 && tokens[hit.head].analysis?.case === "gen" && !tokens[hit.head].analysis?.poss &&
      (hit.head === sent.tokStart || (tokens[hit.head - 1].analysis?.case !== "gen" && tokens[hit.head - 1].analysis?.verbForm !== "part")) &&
      tokens[hit.end]?.analysis?.pos === "NOUN" && tokens[hit.end].analysis?.poss !== undefined,
    // (an event noun opening its sentence in the locative, `Görüşdə …`, `Telefon danışığında …`, frames it as `… zamanı` does)
    frameSetting: framed && hit.head > sent.tokStart && !!t.withinFrames?.includes(after ?? ""),
    // (so does a frame opening a clause after a comma, `Onun sözlərinə görə, səfər çərçivəsində …`, `… bildirib ki, səfər zamanı …`)
    backReference: ((framed || (nominal && tokens[hit.end - 1].analysis?.case === "loc")) && hit.head === sent.tokStart) ||
      (framed && !!t.withinFrames?.includes(after ?? "") && hit.head > sent.tokStart && tokens[hit.head - 1].kind === "punct" && tokens[hit.head - 1].norm === ",") ||
      // (and an event noun in the locative opening the clause a complementiser opens, `Bildirilib ki, görüşdə …`)
      (nominal && hit.end - hit.head === 1 && tokens[hit.head].analysis?.case === "loc" && !tokens[hit.head].analysis?.poss &&
        hit.head - 2 >= sent.tokStart && tokens[hit.head - 1].norm === "," && t.complementisers.includes(tokens[hit.head - 2].lower)) ||
      // (and a bare one right after the name opening its sentence, `X görüş zamanı … bildirib`: the meeting told before,
      // whose sides are not the names the rest of the sentence tells)
      !!openingSubject,
    trigger: span(ctx, hit.head, hit.end),
    // (a promise of harm threatens: the acts of its object clause are what it threatens, no acts of their own)
    promisedFrom: sense?.promised ? cs : undefined,
    location: args.location,
  };
  const parts = e.participation ? participationParts(ctx, t, cs, hit.head) : [];
  if (e.participation && parts.length === 0) return []; // taking part in no named event (`neftin nəqlində`)
  if (parts.length === 0) {
    if (actors.length === 0) return [];
    // an act told by an object participle was done before the clause's act: dated only by a date in its own words
    // (from its owner in the genitive on: `Cümə günü X Y-in çıxardığı hökmü təsdiqləyib` dates X's act, not Y's)
    // (one told by a subject participle before its noun, `X-ə atəş açan şəxs bu il köçübmüş`, is dated by
    // its own words, not by the date of the clause the noun is the subject of)
    // (a meeting named with its partner as the setting of its clause's act, `X Y ilə görüşündə dekabrda baş vermiş … çağırıb`,
    // is dated by the words before it: what follows tells that act)
    const d = hit.prior ? priorDate(ctx, cs, hit.head) : attributive(ctx, t, nominal ? hit.end - 1 : verb) || (base.setting && base.partnerNamed)
      ? dated(cs, hit.end) : dated(cs, ce);
    // (the speaker's own act told done by a participle of the first person is on no date after the news was written: a coming
    // date of the lead-in, `işlərin mayın əvvəllərinə bitməsi nəzərdə tutulub: "Bu, X ilə çalışdığımız layihədir"`, is another act's)
    if (ownParticiple && !feats.future && d.value && ctx.doc.document_date && /^\d{4}/.test(d.value) && d.value.slice(0, 10) > ctx.doc.document_date.slice(0, d.value.length)) d.value = null;
    // an event noun in an oblique case owned by no one, undated (`hücumdan sonra`, `Hücumun məsuliyyətini X üzərinə
    // götürüb`), is the act of its one-sided kind told before: its sides, not those of its clause (and so the sides a
    // passive after it takes, `Onun sözlərinə görə, gəmi … vurulub`)
    const retold = base.bareOblique && !d.own && !MUTUAL.has(type)
      ? [...told].reverse().find((o) => o.type === type && o.stem === e.head && (o.sentence ?? 0) < si && (o.mode === "future") === (mode === "future"))
      : undefined;
    if (retold) { actors = retold.actors; d.value = retold.date ?? d.value; }
    // (a charge voiced is dated by its saying alone: a date in its clause is of what it charges, `2020-ci ildən bəri …`)
    if (chargeVoiced) { d.value = requesters.saidOn(hit.head, actors[0]); d.own = false; }
    // an act done by saying it, with no date of its own, is on the day it was said: in a quotation, said as it stands
    // (not told done); outside, told done and said again right after (`X Y-i tənqid edib. Bu barədə o, martın 13-də …
    // danışıb`, `… "…", - X noyabrın 13-də bildirib`)
    if (!d.own && d.value === null && !retold && SAID.has(type) && (mode === "demanded" || !nominal || ctx.quoted[hit.head])) {
      const done = tenseOf(tokens[verb], feats.future) === "past";
      if (ctx.quoted[hit.head] ? !done : done && mode === "asserted") d.value = requesters.saidOn(hit.head, actors[0]);
      // (else the day of the statement its speaker was just told making: `X martın 13-də Y-i tənqid edib. "…", - X deyib`;
      // not in a background paragraph, and only by the one who says it: a signing or a meeting just told is no statement,
      // and an act of another told after it keeps its own day)
      if (d.value === null && (ctx.quoted[hit.head] ? !done : done) && !opensWith(ctx, sent.tokStart, t.backgroundWords)) {
        const by = ctx.quoted[hit.head] ? speaker() : args.subjects[0] === actors[0] ? actors[0] : null;
        const anchor = by ? [...told].reverse().find((o) => (o.sentence ?? -1) < si && (o.sentence ?? -1) >= si - SAID_REACH && !!o.date &&
          (o.mode === "asserted" || o.mode === "demanded") && SAID.has(o.type) && o.cameo !== SIGNING && o.actors[0] === by) : undefined;
        if (anchor) d.value = anchor.date;
      }
    }
    const ev = finish({ ...base, mode: onDay(d), actors, date: d.value, ownDate: d.own });
    const claim = HARM.has(type) && !base.quoted ? accusation(ctx, requesters, ev, hit.head, args.subjects[0]) : null;
    return claim ? [ev, claim] : [ev];
  }
  // one event per event noun taken part in: `X sammitində, oktyabrın 10-da isə Y iclasında iştirak edəcək`
  const nouns = parts.map((p) => p[2]);
  return parts.map(([a, b, noun]) => {
    const bodies = ctx.mentionsIn(a, b).filter((m) => m.type === "ORG" && !m.source && ctx.quoted[m.tokStart] === ctx.quoted[hit.head]);
    const acts = unique([...args.subjects, ...(args.coSubjects ?? []), ...bodies.map((m) => m.name)]);
    const own = ctx.datesIn(a, b);
    // (the gathering taken part in is the act a sentence before may have dated: `Tədbirdə … iştirak ediblər`)
    const gathering = ctx.stemForm(tokens[noun], t.eventNouns);
    // (one opening the sentence, `Tədbirdə …`, `Sammitdə …`, is the gathering just told under any of its nouns:
    // `X-in Görüşü noyabrın 16-da keçirilib. Tədbirdə Y iştirak edib`)
    const opens = gathering && noun === sent.tokStart;
    // (a part of a gathering owned by it, `forumun açılış sessiyasında`, is that gathering: its noun names the act too)
    const whole = gathering ? ownerGathering(ctx, t, noun) : null;
    // (an opening of a factory or a road attended alone is a ceremony, no meeting of sides: one of a gathering, `forumun
    // açılışında`, `COP29-un açılışında`, or attended by two sides, is)
    // (the firm whose plant is opened, `X MMC-nin … müəssisəsinin açılışında`, is no second side)
    if (!whole && unique([...args.subjects, ...(args.coSubjects ?? [])]).length < 2 && bareCeremony(ctx, t, noun)) return null;
    const d = own.length ? { value: own[own.length - 1].value, own: true } : dated(cs, ce, gathering ? [e.head, ...(opens ? t.eventNouns : [gathering]), ...(whole ? [whole] : [])] : [e.head], acts);
    return finish({ ...base, mode: onDay(d), actors: acts, date: d.value, ownDate: d.own, parts: nouns });
  }).filter((ev): ev is Draft => ev !== null && ev.actors.length > 0);
}

/** The noun at `noun` is a ceremony (`t.ceremonyNouns`, an opening) of no named gathering: its owner in the genitive, if any,
 *  is a thing opened (`zavodunun açılışında`), not a gathering named so (`COP29-un açılışında`). */
function bareCeremony(ctx: DocContext, t: EventTables, noun: number): boolean {
  if (!t.ceremonyNouns || !ctx.stemForm(ctx.tokens[noun], t.ceremonyNouns)) return false;
  const named = namedGatheringEnds(ctx, t);
  return !named.has(noun - 1) && !named.has(noun - 2);
}

/** The gatherings a clause before `head` places its act in: a gathering noun in the locative or before a frame
 *  (`forumun açılış sessiyasında`, `Konfrans çərçivəsində`), with the gathering owning it. */
function clauseGatherings(ctx: DocContext, t: EventTables, cs: number, head: number): string[] {
  const out: string[] = [];
  for (let k = cs; k < head; k++) {
    const stem = ctx.stemForm(ctx.tokens[k], t.eventNouns);
    if (!stem) continue;
    const next = ctx.tokens[k + 1];
    if (ctx.forms.caseOf(ctx.tokens[k], stem) !== "loc" && !(next && t.withinFrames?.includes(next.lower))) continue;
    out.push(stem);
    const whole = ownerGathering(ctx, t, k);
    if (whole) out.push(whole);
  }
  return out;
}

/** The gathering noun in the genitive owning the possessed gathering noun at `noun`, past the words between (`forumun
 *  açılış sessiyasında` -> `forum`), else null. */
function ownerGathering(ctx: DocContext, t: EventTables, noun: number): string | null {
  if (ctx.tokens[noun].analysis?.poss === undefined) return null;
  for (let k = noun - 1; k >= Math.max(0, noun - 3); k--) {
    const tk = ctx.tokens[k];
    if (tk.kind !== "word" || tk.sent !== ctx.tokens[noun].sent) return null;
    if (tk.analysis?.case === "gen") return ctx.stemForm(tk, t.eventNouns) ?? null;
    if (tk.analysis?.case !== undefined) return null;
  }
  return null;
}

/** The threat an ultimatum makes (`TriggerEntry.ultimatum`): the words open their sentence, its verb is future or told
 *  possible, and the sentence before made a demand on the same side of the quotation marks. */
function ultimatum(ctx: DocContext, t: EventTables, hit: TriggerHit, si: number, told: readonly Draft[]): Draft[] {
  const { tokens } = ctx;
  const sent = ctx.doc.sentences[si];
  let first = sent.tokStart;
  while (first < hit.head && tokens[first].kind !== "word") first++;
  if (first !== hit.head) return [];
  const verb = governingVerb(ctx, hit.end, sent.tokEnd);
  const v = tokens[verb];
  if (!v || (v.analysis?.tense !== "fut" && !t.modes.possibleWords.includes(v.lower))) return [];
  const quoted = ctx.quoted[hit.head] === 1;
  const demand = [...told].reverse().find((d) => d.type === "REQUEST" && d.mode === "demanded" && d.sentence === si - 1 && d.quoted === quoted);
  if (!demand || demand.actors.length < 2) return [];
  return [finish({ ...demand, type: "THREATEN", cameo: "130", plover_mode: undefined, mode: "asserted", sentence: si, head: hit.head, stem: hit.entry.head,
    nominal: true, trigger: span(ctx, hit.head, hit.end), ownDate: false })];
}

/** The phrase of `hit` is all a quotation holds, the quotation closes its sentence and a word stands before it. */
function scareQuoted(ctx: DocContext, t: EventTables, hit: TriggerHit, sentStart: number, sentEnd: number): boolean {
  const toks = ctx.tokens, open = hit.head - 1, close = hit.end;
  if (!hit.verbal || open <= sentStart || close >= sentEnd || !isQuote(toks[open]) || !isQuote(toks[close])) return false;
  if (toks[open - 1].kind !== "word") return false; // `X: "…"`, `- "…"`: a quotation of speech
  for (let k = sentStart; k < open; k++) if (t.complementisers.includes(toks[k].lower)) return false;
  // (an act still to come in quotation marks, `… "məhv edəcək"`, is mostly a speaker's own words, a threat or a promise)
  const f = ctx.forms.verbFeatures(toks[hit.verb], hit.verbRest);
  if (f.future || f.necessitative || f.conditional) return false;
  return close + 1 >= sentEnd || toks[close + 1].kind === "punct";
}

/** The sentence at `a` opens with a word of recalling (`Xatırladaq ki, …`) and gives a date of its own (`… ötən ilin
 *  dekabrında …`, `atəşkəs oktyabrın 10-da qüvvəyə minib`): it tells an earlier story, not the one just told. */
function recalledOnItsOwnDate(ctx: DocContext, t: EventTables, a: number, head: number): boolean {
  const end = ctx.doc.sentences[ctx.tokens[a].sent].tokEnd;
  return opensWith(ctx, a, t.backgroundWords) && ctx.datesIn(a, end, ctx.quoted[head] === 1).some((d) => d.absolute);
}

/** The sentence opening at token `a` opens with one of `words` (`Xatırladaq ki`, `Qeyd edək ki`). */
function opensWith(ctx: DocContext, a: number, words: readonly string[] | undefined): boolean {
  const s = ctx.doc.sentences[ctx.tokens[a].sent];
  return !!words && ctx.tokens.slice(a, Math.min(s.tokEnd, a + 3)).some((x) => words.includes(x.lower));
}

/** A verb of the conditional mood (not the concessive `etsə də`) stands in [a, b) on the same side of quotation marks as
 *  b: a condition told before. */
function conditionClauseBefore(ctx: DocContext, t: EventTables, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.tokens[k].analysis?.tense === "cond" && ctx.quoted[k] === ctx.quoted[b] && isCondition(ctx, t, k, true)) return true;
  return false;
}

/** A word with a personal ending of the speaker (`hazırıq`, `razıyam`) right before punctuation: a predicate. */
function personalPredicate(ctx: DocContext, t: EventTables, i: number): boolean {
  const tk = ctx.tokens[i], next = ctx.tokens[i + 1];
  const last = tk.analysis?.suffixes?.[tk.analysis.suffixes.length - 1];
  return tk.kind === "word" && !!last && !!t.vetoes?.speakerPersons.includes(last) && (!next || next.sent !== tk.sent || next.kind === "punct");
}

/** A noun trigger of the first person closing its clause (`… əməliyyatlardan narahatıq.`): the predicate of
 *  the speaker, who states the act as their own. */
function firstPersonPredicate(ctx: DocContext, hit: TriggerHit): boolean {
  const tk = ctx.tokens[hit.head], next = ctx.tokens[hit.head + 1];
  if (!hit.entry.firstPerson || hit.end !== hit.head + 1) return false;
  return !next || next.sent !== tk.sent || next.kind !== "word";
}

/** A word of `modes.presupposingQuestionWords` (one word or a pair) in the verb's clause before it, in the same
 *  quotation, and no yes/no particle on the verb: the question asks when, why or how, the act itself is given. */
function presupposingQuestion(ctx: DocContext, t: EventTables, from: number, verb: number): boolean {
  const words = t.modes.presupposingQuestionWords ?? [];
  const v = ctx.tokens[verb];
  if (!words.length || (t.modes.questionParticles ?? []).some((p) => v.lower.endsWith(p) && v.lower.length >= p.length + QUESTION_STEM_MIN)) return false;
  let asked = false, start = from;
  for (let j = verb - 1; j >= from; j--) {
    const tk = ctx.tokens[j];
    if (tk.kind === "punct" && (CLAUSE_MARKS.has(tk.norm) || tk.norm === "?")) { start = j + 1; break; }
    if (ctx.quoted[j] !== ctx.quoted[verb]) continue;
    const pair = j + 1 < verb ? tk.lower + " " + ctx.tokens[j + 1].lower : "";
    if (words.includes(tk.lower) || (pair && words.includes(pair))) asked = true;
  }
  // (only of a doer the question names first, `Tramp Zelenskini niyə tənqid etdi?`: a pronoun or no one named asks of
  // whoever it was, `Onlar … niyə gəlmişdilər?`)
  return asked && ctx.mentionsIn(start, verb).some((m) => m.tokStart === start && m.case === "nom");
}

/** The trigger is a strike's bare noun of one word (no owner, no possessive) in the locative or before a word of time
 *  (`hücumda`, `hücum zamanı`), and a strike was told in an earlier sentence: the strike told again as a setting. */
function strikeRetold(ctx: DocContext, hit: TriggerHit, framed: boolean, si: number, told: readonly Draft[]): boolean {
  const tk = ctx.tokens[hit.head], a = tk.analysis;
  if (hit.entry.type !== "ASSAULT" || hit.verbal || hit.end - hit.head !== 1 || !a || a.poss !== undefined) return false;
  if (!framed && a.case !== "loc") return false;
  const prev = ctx.tokens[hit.head - 1];
  if (prev && prev.sent === tk.sent && (prev.analysis?.case === "gen" || prev.analysis?.verbForm === "part")) return false;
  return told.some((o) => o.type === "ASSAULT" && (o.sentence ?? si) < si);
}

/** Letters a word closing a yes/no question has besides its particle (a short `kimi?` is no verb). */
const QUESTION_STEM_MIN = 4;

/** The word at `last` carries a yes/no particle (`aparılacaqmı`) and the next word of its sentence is a noun of question
 *  (`sualına`, `sualı`): a question told in reported words, whose act is only asked about. */
function reportedQuestion(ctx: DocContext, t: EventTables, last: number, sentEnd: number): boolean {
  const nouns = t.modes.questionNouns ?? [];
  const w = ctx.tokens[last], next = ctx.tokens[last + 1];
  if (!nouns.length || !w || w.kind !== "word" || last + 1 >= sentEnd || !next || next.kind !== "word") return false;
  if (!(t.modes.questionParticles ?? []).some((p) => w.lower.endsWith(p) && w.lower.length >= p.length + QUESTION_STEM_MIN)) return false;
  return nouns.some((n) => next.lower.startsWith(n));
}

/** The clause of `head` closes the sentence with a verb carrying a yes/no question particle, then `?`. */
function yesNoQuestion(ctx: DocContext, t: EventTables, head: number, sentEnd: number): boolean {
  const mark = ctx.tokens[sentEnd - 1], last = ctx.tokens[sentEnd - 2];
  if (!mark || mark.kind !== "punct" || mark.norm !== "?" || !last || last.kind !== "word" || sentEnd - 2 <= head) return false;
  // (a quotation closing before the mark is its speaker's question, `X: "… görüşəcəkmi?"` asked by X)
  if (ctx.quoted[head] !== ctx.quoted[sentEnd - 2]) return false;
  return (t.modes.questionParticles ?? []).some((p) => last.lower.endsWith(p) && last.lower.length >= p.length + QUESTION_STEM_MIN);
}

/** A quoted noun phrase followed, before the quotation closes, by at most one predicate word: a negation or a
 *  word of possibility (`deyil`, `mümkündür`) or a finite verb (`artır`). */
function closesQuotation(ctx: DocContext, t: EventTables, hit: TriggerHit): boolean {
  const { tokens } = ctx;
  const sent = tokens[hit.head].sent;
  let k = hit.end;
  // (past the possessed noun the trigger qualifies, right before the predicate: `"X Y-ə qarşı sanksiya paketini hazırlayır"`)
  const owned = tokens[k], pred = tokens[k + 1];
  if (owned?.sent === sent && ctx.quoted[k] && owned.kind === "word" && owned.analysis?.pos === "NOUN" && owned.analysis.poss !== undefined
    && owned.analysis.case !== undefined && pred?.sent === sent && ctx.quoted[k + 1] && pred.kind === "word" && ctx.forms.endsClause(pred)) k++;
  const w = tokens[k];
  if (w && w.sent === sent && ctx.quoted[k] && w.kind === "word" && (t.modes.negWords.includes(w.lower) || t.modes.possibleWords.includes(w.lower)
    || ctx.forms.endsClause(w))) {
    // (a noun in an oblique case before the predicate is its argument, not its subject: `"Bu, … təxribatlara cavabdır"`)
    const c = tokens[hit.end - 1].analysis?.case;
    if (c === "dat" || c === "abl" || c === "loc" || c === "ins") return false;
    k++;
  }
  // (the mask covers the marks themselves: the closing mark is quoted, the word after it not)
  const end = tokens[k];
  // (a phrase closing its clause with a copula, joined to the next clause by a conjunction, closes it all the same:
  // `"… müharibə mümkündür və …"`)
  if (end && end.sent === sent && k === hit.end && hit.end - 1 > hit.head && ctx.forms.endsClause(tokens[hit.end - 1])
    && t.coordinators?.includes(end.lower)) return true;
  // (a predicate closing its own sentence of a quotation that goes on closes it as the last one does: `"… iddialar
  // əsassızdır. Bütün nəticələr açıqdır"`)
  const sentenceClosed = !!end && end.sent === sent && end.kind === "punct" && (end.norm === "." || end.norm === "!")
    && !!ctx.quoted[k] && !!ctx.quoted[k + 1] && tokens[k + 1]?.sent !== sent;
  return !end || end.sent !== sent || sentenceClosed || (end.kind === "punct" && end.norm === '"' && !ctx.quoted[k + 1]);
}

/** Letters of a word past which a word in capitals throughout is no acronym (`ABŞ`, `NATO`). */
const SHOUT_MIN = 4;

/** A word written in capitals throughout for emphasis (`TƏSDİQLƏDİ`), as headlines do; short ones are acronyms. */
function shouted(tk: Token): boolean {
  // (a shorter word in capitals is shouted when the morphology read it as a common word: `ƏLƏ KEÇDİ`)
  return (tk.norm.length >= SHOUT_MIN || (tk.kind === "word" && tk.analysis?.pos !== "PROPN")) &&
    tk.norm === tk.norm.toLocaleUpperCase("az") && tk.norm !== tk.lower;
}

/** `X … Y-in hücum etdiyini deyib`: X saying that Y did harm accuses Y, an event of its own. */
function accusation(ctx: DocContext, requesters: Requesters, harm: Draft, head: number, doer: string | undefined): Draft | null {
  // (a harm only weighed or possible, `X-in Y-i … uzaqlaşdırmağı düşündüyünü bildirib`, is said of no deed: no accusation)
  if (!doer || harm.mode === "possible") return null;
  const f = requesters.frame(head, head);
  if (!f) return null;
  const speaker = ctx.actorName(f.speaker.name);
  if (speaker === doer) return null;
  return finish({
    ...harm, type: "ACCUSE", cameo: "112", plover_mode: undefined, mode: "asserted", nominal: false,
    actors: [speaker, doer], head: f.speech, stem: "", setting: false, backReference: false, trigger: span(ctx, f.complement, f.speech + 1),
  });
}

/** The sides of the last act told from sentence `from` on, on the same side of the quotation marks, with `min` or more. */
function lastSides(told: readonly Draft[], from: number, quoted: boolean, min = 0): string[] {
  for (let k = told.length - 1; k >= 0 && (told[k].sentence ?? -1) >= from; k--) {
    if (told[k].quoted === quoted && told[k].actors.length >= min) return [...told[k].actors];
  }
  return [];
}

/** The actors of the last event told in this sentence or the two before, on the same side of the quotation marks.
 *  (A source line in between, `Bu barədə X məlumat yayıb`, tells where the story comes from, not another story:
 *  it does not count against the reach.) */
function sidesInFocus(told: readonly Draft[], si: number, quoted: boolean, source: (k: number) => boolean): string[] {
  return lastSides(told, focusReach(si, source), quoted);
}

/** The first sentence of the narrative before sentence si: NARRATIVE_REACH back, source lines not counted. */
function focusReach(si: number, source: (k: number) => boolean): number {
  let reach = si - NARRATIVE_REACH;
  for (let k = si - 1; k >= reach && k >= 0; k--) if (source(k)) reach--;
  return reach;
}

/** `name` is a place's (a state's), by an entity of the document. */
function placeNamed(ctx: DocContext, name: string): boolean {
  return ctx.doc.entities.some((x) => x.type === "LOC" && (x.name === name || ctx.actorName(x.name) === name));
}

/** `name` is a person's, by an entity of the document. */
function personNamed(ctx: DocContext, name: string): boolean {
  return ctx.doc.entities.some((x) => x.type === "PER" && (x.name === name || ctx.actorName(x.name) === name));
}

/** The clause at `cs` opens with a bare common noun in the nominative before `head`, part of no name and no act's noun
 *  (`Polis …`, not `Razılaşma … danışıqların nəticəsi idi`): the clause's own subject, no one it names. (Words qualifying it
 *  may come first, a figure, an adjective or a participle, `Ötən hökumət …`, `84 yaşlı siyasətçi …`; not a word pointing
 *  back, `Həmin şəxs …`, who is someone told before.) */
function commonSubject(ctx: DocContext, t: EventTables, index: TriggerIndex, cs: number, head: number): boolean {
  return commonSubjectAt(ctx, t, index, cs, head) >= 0;
}

/** `commonSubject`'s noun is one of `personSubjectNouns` (`84 yaşlı siyasətçi …`): one private person, told again. */
function personSubject(ctx: DocContext, t: EventTables, index: TriggerIndex, cs: number, head: number): boolean {
  const k = commonSubjectAt(ctx, t, index, cs, head);
  return k >= 0 && !!t.personSubjectNouns && !!ctx.stemForm(ctx.tokens[k], t.personSubjectNouns, "noun");
}

/** The token of `commonSubject`'s noun, else -1. */
function commonSubjectAt(ctx: DocContext, t: EventTables, index: TriggerIndex, cs: number, head: number): number {
  let k = cs;
  while (k < head && ctx.tokens[k].kind !== "word") k++;
  while (k + 1 < head && qualifier(ctx, t, k)) k++;
  const tk = ctx.tokens[k], a = tk?.analysis;
  if (k >= head || a?.pos !== "NOUN" || a.case || a.poss !== undefined || a.plural || ctx.inDate(k)) return -1;
  // (a capital only as the sentence's first letter)
  if (isCapitalised(tk) && k !== ctx.doc.sentences[tk.sent].tokStart) return -1;
  // (heading its phrase: not a figure, nor a modifier of a bare word after it, `10%-lik universal tariflər`)
  const next = ctx.tokens[k + 1], na = next?.analysis;
  // (a date after it is none: `Ötən hökumət iyun ayında …`)
  if (/\d/.test(tk.norm) || (next && next.kind === "word" && (na?.pos === "NOUN" || na?.pos === "ADJ") && !na.case && na.poss === undefined && !ctx.inDate(k + 1))) return -1;
  return ctx.mentionsIn(k, k + 1).length === 0 && index.match(ctx.tokens, k, ctx.doc.sentences[tk.sent].tokEnd).length === 0 ? k : -1;
}

/** Token k is a word qualifying a noun after it, part of no name: a figure, an adjective or a participle in no case, not
 *  one pointing back (`həmin`). */
function qualifier(ctx: DocContext, t: EventTables, k: number): boolean {
  const tk = ctx.tokens[k], a = tk.analysis;
  if (tk.kind !== "word" || !a || a.case || a.poss !== undefined || t.anaphoric.includes(tk.lower)) return false;
  if (a.pos !== "NUM" && a.pos !== "ADJ" && !(a.pos === "VERB" && a.verbForm === "part")) return false;
  return ctx.mentionsIn(k, k + 1).length === 0;
}

/** The clause at `cs` opens with a plural common noun in no case, bare words qualifying it before it (`Hüquq müdafiə
 *  təşkilatları`), then a particle of contrast (`isə`), before `head`: a group of its own, no name, no act's noun, and no
 *  people or forces standing for the sides (`Nazirlər …`, `Hərbçilər …`, `Tərəflər …`). */
function contrastedGroup(ctx: DocContext, t: EventTables, index: TriggerIndex, cs: number, head: number): boolean {
  const toks = ctx.tokens;
  let k = cs;
  while (k < head && toks[k].kind !== "word") k++;
  const from = k;
  while (k + 1 < head && (qualifier(ctx, t, k) || (toks[k].analysis?.pos === "NOUN" && !toks[k].analysis?.case && toks[k].analysis?.poss === undefined && !toks[k].analysis?.plural))) k++;
  const a = toks[k]?.analysis;
  if (k + 1 >= head || a?.pos !== "NOUN" || !a.plural || a.case || !t.contrastParticles?.includes(toks[k + 1].lower)) return false;
  const stem = a.stem ?? toks[k].lower;
  const standing = [...(t.peopleGroups?.nouns ?? []), ...(t.forceNouns ?? []), ...t.groupRefs.map((g) => g[0])];
  if (standing.some((n) => stem.startsWith(n))) return false;
  if (ctx.mentionsIn(from, k + 1).length > 0) return false;
  for (let j = from; j <= k; j++) if (index.match(toks, j, ctx.doc.sentences[toks[j].sent].tokEnd).length > 0) return false;
  return true;
}

/** `head` is inside a quotation whose sentence has an accusation before the opening mark (`… ittiham etdi: "…"`). */
function accusedInQuote(ctx: DocContext, index: TriggerIndex, sentStart: number, head: number): boolean {
  if (!ctx.quoted[head]) return false;
  let q = head;
  while (q > sentStart && ctx.quoted[q - 1]) q--;
  for (let i = sentStart; i < q; i++) if (index.match(ctx.tokens, i, q).some((h) => h.entry.type === "ACCUSE")) return true;
  return false;
}

/** A name in the genitive owns the noun of words said at `head` (`saidIfRefused`), within its clause from `cs`: right before it,
 *  or through a role the name before it holds (`İranın Ermənistandakı səfirinin iddialarını`), or, farther off in the clause,
 *  as the genitive subject of a participle right before the noun (`Y-in Z-yə qarşı səsləndirdiyi əsassız iddiaları`). */
function sayerNamed(ctx: DocContext, cs: number, head: number): boolean {
  const tokens = ctx.tokens;
  let owner = -1;
  for (let k = head - 1; k >= Math.max(cs, head - SAYER_REACH) && owner < 0; k--) {
    if (tokens[k].analysis?.case === "gen" || ctx.mentionsIn(k, k + 1).some((m) => m.case === "gen" && m.tokEnd === k + 1)) owner = k;
  }
  if (owner >= 0 && ctx.mentionsIn(Math.max(cs, owner - SAYER_REACH), owner + 1).length > 0) return true;
  const pointed = [1, 2].some((d) => head - d >= cs && tokens[head - d].analysis?.verbForm === "part" && !!tokens[head - d].analysis?.poss);
  return pointed && ctx.mentionsIn(cs, head).some((m) => m.case === "gen");
}

/** A name ends right before token `head`, in the comitative (`Əliyevlə`) or before a comitative postposition (`X ilə`). */
function partnerBefore(ctx: DocContext, t: EventTables, head: number): boolean {
  const withWord = (k: number) => (t.postpositionCases ?? []).some(([w, c]) => c === "ins" && w === ctx.tokens[k]?.lower);
  const end = withWord(head - 1) ? head - 1 : head;
  const m = ctx.mentions.find((x) => x.tokEnd === end && ctx.tokens[x.tokStart].sent === ctx.tokens[head].sent);
  return !!m && (end < head || m.case === "ins");
}

/** The sentence opens with a media label before `head`: a media word or a quoted name, then a colon. */
function mediaLabelled(ctx: DocContext, t: EventTables, sentStart: number, head: number): boolean {
  const toks = ctx.tokens;
  let k = sentStart;
  if (isQuote(toks[k])) {
    // `"Agency":` — a short quoted name
    let close = k + 1;
    while (close < head && close - k <= 4 && !isQuote(toks[close])) close++;
    if (close >= head || !isQuote(toks[close]) || close === k + 1) return false;
    k = close + 1;
  } else {
    if (!t.modes.mediaLabels?.includes(toks[k]?.lower ?? "")) return false;
    k++;
  }
  return k < head && toks[k].norm === ":";
}

/** `head` stands in a `ki` clause whose verb of saying is a word of claiming (`iddia edilir ki`, `iddia edib ki`):
 *  what the clause tells is someone's claim. (A statement's own words, `Məlumatda bildirilir ki`, are told.) */
function claimClause(ctx: DocContext, t: EventTables, sentStart: number, head: number): boolean {
  const toks = ctx.tokens, claims = t.modes.claimWords ?? [];
  for (let k = sentStart + 1; k < head; k++) {
    if (ctx.quoted[k] || !t.complementisers.includes(toks[k].lower)) continue;
    if (claims.includes(toks[k - 1].lower) || (k - 2 >= sentStart && claims.includes(toks[k - 2].lower))) return true;
  }
  return false;
}

/** The sentence tells what the press says: a `görə`/`əsasən` frame of a participle of the press, bare
 *  (`Nəşrin yazdığına görə`) or before the frame noun (`qəzetin yaydığı məlumata görə`), or a frame noun owned
 *  by a media word (`KİV-in məlumatına görə`). An outlet's own information (`Məlumata görə`) is its statement. */
function pressFramed(ctx: DocContext, t: EventTables, sentStart: number, sentEnd: number): boolean {
  const toks = ctx.tokens, press = t.modes.pressVerbs ?? [], post = t.framePostposition;
  const at = (j: number) => (j < sentEnd && !ctx.quoted[j] ? toks[j] : undefined);
  const frameAt = (j: number) => { const tk = at(j); return !!tk && !!ctx.stemForm(tk, t.frameNouns) && post.includes(at(j + 1)?.lower ?? ""); };
  for (let j = sentStart; j < sentEnd; j++) {
    const tk = at(j), a = tk?.analysis;
    if (!tk || tk.kind !== "word") continue;
    if (a?.pos === "VERB" && a.verbForm === "part" && press.includes(a.stem ?? "") && (post.includes(at(j + 1)?.lower ?? "") || frameAt(j + 1))) return true;
    if (a?.case === "gen" && t.modes.mediaLabels?.includes(a.stem ?? "") && frameAt(j + 1)) return true;
  }
  return false;
}

/** Token `i` is a subject participle before the noun it describes (`atəş açan şəxs`): a relative clause. */
function attributive(ctx: DocContext, t: EventTables, i: number): boolean {
  const a = ctx.tokens[i].analysis, next = ctx.tokens[i + 1];
  if (a?.verbForm !== "part" || a.passive || a.poss !== undefined || a.case || a.plural) return false;
  if (!a.suffixes?.some((s) => t.vetoes?.subjectParticiples.includes(s))) return false;
  return !!next && next.sent === ctx.tokens[i].sent && next.analysis?.pos === "NOUN";
}

/** The date of an act told by an object participle before its noun at `head`: a date in its own words only,
 *  from its owner in the genitive on (else none). */
function priorDate(ctx: DocContext, cs: number, head: number): { value: string | null; own: boolean } {
  let from = cs;
  // (not a genitive inside a date, `90-cı illərin əvvəllərində`: the date's own word)
  for (let k = head - 1; k > cs; k--) if (ctx.tokens[k].analysis?.case === "gen" && !ctx.inDate(k)) { from = k; break; }
  const own = ctx.datesIn(from, head);
  return own.length ? { value: own[own.length - 1].value, own: true } : { value: null, own: false };
}

/** Events that judge another act (condemn, reject, praise, protest): their object may be an act told before. */
const JUDGING = new Set<EventType>(["ACCUSE", "REJECT", "SUPPORT", "PROTEST"]);

/** The event noun `hit` (`hücumu`, `sanksiyaları`, `həbsi`: accusative, or the bare possessive the morphology
 *  reads for it) is the object of a verb that judges or names it (`pisləyib`, `rədd edib`, `… adlandırıb`), and an
 *  act of its type was told in an earlier sentence outside quotation marks: that act, judged. (An owner in the
 *  genitive that the earlier act does not name makes it another act: `Rusiyanın hücumunu` after Israel's strike.) */
function retoldJudged(ctx: DocContext, t: EventTables, index: TriggerIndex, hit: TriggerHit, verb: number, told: readonly Draft[], si: number): Draft | null {
  const { tokens } = ctx;
  let last = tokens[hit.end - 1], a = last.analysis;
  // (the act in the genitive owning the noun of its course that is judged, `danışıqların bərpasını alqışlayıb`, the talks
  // resumed, is the act told before as well) (inv-world)
  const course = tokens[hit.end];
  if (a?.case === "gen" && course && course.sent === last.sent && course.kind === "word" && course.analysis?.pos === "NOUN"
    && course.analysis.case === "acc" && verb === hit.end + 1) { last = course; a = course.analysis; }
  if (ctx.quoted[hit.head] || !a || !(a.case === "acc" || (a.poss === "3" && a.case === undefined))) return null;
  if (verb < hit.end || tokens[verb].sent !== last.sent) return null;
  if (!(t.namingVerbs && ctx.stemForm(tokens[verb], t.namingVerbs, "verb")) && !judgingPhraseAt(tokens, index, hit.end, verb)) return null;
  const earlier = [...told].reverse().find((d) => d.type === hit.entry.type && !d.quoted && (d.sentence ?? si) < si);
  if (!earlier) return null;
  const owner = hit.head > 0 ? tokens[hit.head - 1] : undefined;
  if (owner && owner.sent === last.sent && owner.analysis?.case === "gen") {
    const m = ctx.mentionsIn(hit.head - 1, hit.head)[0];
    if (m && !earlier.actors.includes(m.name)) return null;
  }
  return earlier;
}

/** A judging trigger (`pisləyib`, `rədd edib`) opens in [from, verb] and ends with the verb at `verb`. */
function judgingPhraseAt(tokens: Token[], index: TriggerIndex, from: number, verb: number): boolean {
  for (let k = from; k <= verb; k++) if (index.match(tokens, k, verb + 1).some((h) => JUDGING.has(h.entry.type) && h.end > verb)) return true;
  return false;
}

/** The doer of an act told before that a judging verb at `head` takes as its object (`hücumu pisləyib`). */
function judgedDoer(ctx: DocContext, t: EventTables, index: TriggerIndex, cs: number, head: number, verb: number, told: readonly Draft[], si: number): string | null {
  for (let k = head - 1; k >= cs; k--) {
    for (const h of index.match(ctx.tokens, k, head)) {
      if (h.verbal || h.end > head) continue;
      const d = retoldJudged(ctx, t, index, h, verb, told, si);
      if (d) return d.actors[0] ?? null;
    }
  }
  return null;
}

/** The verb at `v` is a participle in the ablative before a word of time shift (`edildikdən sonra`) and the clause
 *  it times ends in a future verb. */
function timeOfLater(ctx: DocContext, t: EventTables, v: number, sentEnd: number): boolean {
  const a = ctx.tokens[v]?.analysis, next = ctx.tokens[v + 1];
  if (a?.pos !== "VERB" || a.case !== "abl" || !next || next.sent !== ctx.tokens[v].sent || !t.timeShift.includes(next.lower)) return false;
  const g = governingVerb(ctx, v + 2, sentEnd);
  return g > v + 1 && tenseOf(ctx.tokens[g], false) === "future";
}

/** The readiness word at `hit` follows, in this sentence, an infinitive in the dative that an AGREE or a THREATEN was read
 *  from (`genişləndirməyə hazır`), as its head or as the last word of its phrase (`sanksiyalar tətbiq etməyə hazıram`). */
function readinessTold(ctx: DocContext, hit: TriggerHit, told: readonly Draft[], si: number): boolean {
  const prev = ctx.tokens[hit.head - 1], a = prev?.analysis;
  if (!prev || prev.sent !== ctx.tokens[hit.head].sent || a?.case !== "dat" || a.verbForm !== "inf") return false;
  return told.some((d) => d.sentence === si && (d.head === hit.head - 1 || (d.head < hit.head && d.trigger.end === prev.end)) &&
    (d.type === "AGREE" || d.type === "THREATEN"));
}

/** The trigger at `hit` follows a word in the dative that tells an act of a kind other than cooperation, told in this
 *  sentence: an event noun itself, or a verbal noun or infinitive with the act's head at most `CONSENT_REACH` back. */
function consentedAct(ctx: DocContext, hit: TriggerHit, told: readonly Draft[], si: number): boolean {
  const prev = ctx.tokens[hit.head - 1], a = prev?.analysis;
  if (!prev || prev.sent !== ctx.tokens[hit.head].sent || a?.case !== "dat") return false;
  // (an event noun in the dative is the act itself: `sanksiyalara razılıq verib`)
  const reach = a.verbForm === "inf" || a.verbForm === "vnoun" ? CONSENT_REACH : 1;
  return told.some((d) => d.sentence === si && !COOPERATIVE.has(d.type) && d.head < hit.head && d.head >= hit.head - reach);
}

/** The token after the last participle (`etməyən`, `edilən`) in [cs, head), or cs: what stands before a participle
 *  belongs to the clause that describes the noun after it. */
function afterLastParticiple(ctx: DocContext, cs: number, head: number): number {
  for (let i = head - 1; i > cs; i--) {
    const a = ctx.tokens[i].analysis;
    if (a?.pos === "VERB" && a.verbForm === "part") return i + 1;
  }
  return cs;
}

/** Within two words after `i` a noun of time with a possessive (`ilk günü`, `ertəsi günü`, `son günü`): the day of an event. */
function dayOfEvent(tokens: readonly Token[], i: number, end: number, nouns: readonly string[]): boolean {
  for (let j = i; j < Math.min(end, i + 3); j++) {
    const a = tokens[j].analysis;
    if (tokens[j].kind !== "word") return false;
    if (a?.pos === "NOUN" && a.poss === "3" && nouns.includes(a.stem)) return true;
    if (a?.case) return false;
  }
  return false;
}

/** Index of the verb that tells an attempt of infinitive `verb` (`öldürməyə cəhd edib`, `öldürmək istəyiblər`), or -1. */
function attemptedBy(ctx: DocContext, t: EventTables, verb: number, type: string, noun = false): number {
  const next = ctx.tokens[verb + 1], m = t.modes;
  if (!next || next.sent !== ctx.tokens[verb].sent || next.kind !== "word") return -1;
  if (!noun && m.wishedWords?.includes(next.lower) && m.attemptTypes?.includes(type)) return verb + 1;
  // (the bare noun with its light verb: `cəhd edib`, `cəhd edən`; a possessed noun, `təzyiq göstərmək cəhdləri`, names attempts)
  if (!m.attemptWords?.includes(next.lower)) return -1;
  const light = ctx.tokens[verb + 2];
  return light && light.sent === next.sent && light.analysis?.pos === "VERB" ? verb + 2 : -1;
}

/** The verb of being compelled (`məcbur olub`, `məcburiyyətində qalıb`, the tables `compelledWords` and `compelledDoneVerbs`)
 *  right after the infinitive at `verb`, or -1: one compelled to act, told by that verb, did so. Not one who compels another
 *  (`X-i … məcbur edib`), whose light verb is no verb of being. */
function compelledBy(ctx: DocContext, t: EventTables, verb: number): number {
  const next = ctx.tokens[verb + 1], light = ctx.tokens[verb + 2], m = t.modes;
  if (!next || next.sent !== ctx.tokens[verb].sent || next.kind !== "word" || !m.compelledWords?.some((w) => next.lower.startsWith(w))) return -1;
  if (!light || light.sent !== next.sent || light.analysis?.pos !== "VERB" || !m.compelledDoneVerbs?.includes(light.analysis.stem)) return -1;
  // (told done by its own verb, finite or the perfect in -ıb: a participle's, `məcbur olduğunu iddia edib`, `qalacağını
  // söyləyib`, is what another claims or foresees)
  const a = light.analysis;
  return (a.verbForm === "fin" || (a.verbForm === undefined && a.tense === "past")) && !ctx.forms.verbFeatures(light, null).future ? verb + 2 : -1;
}

/** A word in case `c` stands before the verb at `v` in its clause. */
function complementBefore(ctx: DocContext, v: number, c: Case, acts?: string[]): boolean {
  // (a verb form of the first person there is the speaker's own act: `… məcbur olduğumuza görə təəssüf edirəm`)
  for (let k = ctx.clauseStart[v]; k < v; k++) {
    const a = ctx.tokens[k].analysis;
    if (a?.pos === "VERB" && a.poss?.startsWith("1") && ctx.forms.caseOf(ctx.tokens[k]) === c) return false;
  }
  for (let k = ctx.clauseStart[v]; k < v; k++) {
    const tk = ctx.tokens[k];
    const f = tk.analysis?.verbForm;
    if (tk.kind === "word" && ctx.forms.caseOf(tk) === c && (!acts || f === "inf" || f === "vnoun" || !!ctx.stemForm(tk, acts))) return true;
  }
  return false;
}

/** The noun of `hit` closes its sentence in no case, no word after it, with `arasında` before it in the sentence
 *  (`X ilə Y arasında razılaşma`, a headline whose verb of reaching or signing is dropped). */
function verblessClose(ctx: DocContext, t: EventTables, hit: TriggerHit, sentStart: number, sentEnd: number): boolean {
  const last = ctx.tokens[hit.end - 1].analysis;
  if (last?.case || last?.poss || ctx.quoted[hit.head]) return false;
  for (let j = hit.end; j < sentEnd; j++) if (ctx.tokens[j].kind === "word") return false;
  for (let j = sentStart; j < hit.head; j++) if (t.between.includes(ctx.tokens[j].lower)) return true;
  return false;
}

/** A verbal noun in the dative at `k` before a word of readiness (`keçirilməsinə hazırdır`, `imzalanmasına hazır
 *  olduğunu`): what one is ready for, read as the infinitive of readiness is (`görüşməyə hazırdır`); or in the locative,
 *  the case of an interest (`sazişin imzalanmasında maraqlıdır`, as `genişləndirməkdə maraqlıdır`). Gives the verbal noun
 *  right before the word of readiness (`k` itself, or the last of a list `k` opens), else -1. */
function readyAt(ctx: DocContext, t: EventTables, k: number): number {
  const tk = ctx.tokens[k];
  if (tk?.analysis?.verbForm !== "vnoun" || (tk.analysis.case !== "dat" && tk.analysis.case !== "loc")) return -1;
  const ready = (j: number) => ctx.tokens[j]?.sent === tk.sent && t.modes.readinessWords.some((r) => ctx.tokens[j].lower.startsWith(r));
  if (ready(k + 1)) return k;
  // (the first of a list of them before it: `görüşlərin keçirilməsinə və komitənin yaradılmasına hazırdır`)
  if (!t.coordinators?.includes(ctx.tokens[k + 1]?.lower ?? "")) return -1;
  for (let j = k + 2; j < k + 2 + READY_LIST_REACH && ctx.tokens[j]?.sent === tk.sent; j++) {
    const a = ctx.tokens[j].analysis;
    if (ctx.tokens[j].kind === "punct" && ctx.tokens[j].norm !== ",") return -1;
    if (a?.pos === "VERB" && a.verbForm !== "vnoun" && a.verbForm !== "part") return -1;
    if (a?.verbForm === "vnoun" && a.case === "dat" && ready(j + 1)) return j;
  }
  return -1;
}

/** An abbreviation of [a, b) written as one of `words` (`MMC` as `mmc`): it takes no endings, so no stem is read. */
function abbreviationBefore(tokens: readonly Token[], words: readonly string[], a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (tokens[j].kind === "abbr" && words.includes(tokens[j].lower)) return true;
  return false;
}

/** Words looked over past a conjunction for the last dative of a list before a word of readiness. */
const READY_LIST_REACH = 12;

/** The sentence opens with a bare noun of claims or words before a postposition of source (`İddialara görə, …`, by claims, with
 *  no one's claims named), before token `head`: what follows is reported, as after `X-in iddialarına görə`. */
function claimOpening(ctx: DocContext, t: EventTables, sentStart: number, head: number): boolean {
  let k = sentStart;
  while (k < head && ctx.tokens[k].kind !== "word") k++;
  const tk = ctx.tokens[k], a = tk?.analysis, post = ctx.tokens[k + 1];
  if (!tk || k + 1 >= head || a?.poss !== undefined || a?.case !== "dat" || !post || !t.framePostposition.includes(post.lower)) return false;
  return t.modes.reportedFrames.some((r) => tk.lower.startsWith(r));
}

/** Token `v` is an object participle with its possessive and no case (`dəstəklədiyi`) before a noun or a name of its
 *  sentence (`qruplaşma` read as a verbal noun too): it describes what follows (a postposition after it, `dəstəklədiyi üçün`,
 *  makes a clause of reason). */
function objectRelative(ctx: DocContext, v: number): boolean {
  const a = ctx.tokens[v]?.analysis, next = ctx.tokens[v + 1], n = next?.analysis;
  return a?.pos === "VERB" && a.verbForm === "part" && a.poss !== undefined && a.case === undefined && !!next &&
    next.kind === "word" && next.sent === ctx.tokens[v].sent && (!n || n.pos === "NOUN" || n.pos === "PROPN" || n.pos === "ADJ" || n.verbForm === "vnoun");
}
