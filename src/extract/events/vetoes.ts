// Vetoes: a candidate event the words around it tell is no event after all. Each rule is a construction
// of news prose, not a word: a rule stated for anyone (`… olunmalıdır` with no one asking), the reader
// addressed (`zəng edin`), a class of doers named by a relative clause (`Azərbaycana gələn turistlər`),
// a request verb whose subject is a thing (`layihə … tələb edir`, "requires"), a verbal noun of an
// everyday verb that counts only as a passive act, a passive participle describing a class of things acted on
// (`azad edilmiş şəxslər`), the signing of one's own decree, a parliament's own sitting, and a report that
// accuses no one (announcing a measure to come, or a harm only mentioned inside what is reported).
import type { Token } from "../../text/doc.js";
import type { EventTables, VetoTables } from "./tables.js";
import { isCapitalised, type TriggerHit } from "./triggers.js";
import type { DocContext, MentionInfo } from "./context.js";
import type { Draft } from "./draft.js";
import { afterOpening, finite, orderedBy } from "./guards.js";
import { DEMAND_ENTRY, REPORTED_DEMAND_ENTRY, type Requesters } from "./demands.js";
import { isQuote } from "../entities/words.js";
import { memberBody, statementAt } from "./arguments.js";

/** CAMEO code of support and praise (not of signing, whose verbal noun may tell a signing: `sazişin imzalanması`). */
const SUPPORT_CAMEO = "051";

/** An agent (`X tərəfindən`) or two sides (`X və Y arasında`) in the clause of token `i`, before it. */
function agentInClause(ctx: DocContext, t: EventTables, i: number): boolean {
  for (let k = ctx.clauseStart[i]; k < i; k++) if (t.between.includes(ctx.tokens[k].lower) || t.agent.includes(ctx.tokens[k].lower)) return true;
  return false;
}

/** Tokens looked at after a subject participle for the name of whom it tells (`gələn Türkiyə Prezidenti …`). */
const HEAD_NOUN_REACH = 3;

/** The act's verbal noun, not finite, names a power or right to act (`müqaviləni imzalama səlahiyyəti`), or what is asked
 *  (`azad edilməsi tələbi`): no act done. */
function capacityNamed(ctx: DocContext, v: VetoTables, hit: TriggerHit): boolean {
  const next = ctx.tokens[hit.end];
  if ((!v.capacityNouns && !v.askedNouns) || !next || hit.verb !== hit.end - 1 || finite(ctx, ctx.tokens[hit.verb])) return false;
  const names = (s: string) => next.lower.startsWith(s);
  return !!v.capacityNouns?.some(names) || !!v.askedNouns?.some(names);
}

/** The act's bare verbal noun names the crime of a charge or a suspicion right after it (`qəsdən adam öldürmə ittihamı ilə
 *  axtarışa verilib`, `dələduzluq etmə şübhəsi ilə`): what someone is charged with, no act told done. */
function chargeNamed(ctx: DocContext, v: VetoTables, hit: TriggerHit): boolean {
  const next = ctx.tokens[hit.end], noun = ctx.tokens[hit.verb];
  if (!v.chargeNouns || !next || hit.verb !== hit.end - 1 || finite(ctx, noun) || next.sent !== noun.sent) return false;
  if (noun.analysis?.case !== undefined || noun.analysis?.poss !== undefined) return false;
  if (v.chargeNouns.some((s) => next.lower.startsWith(s))) return true;
  // (or a few words on, the crime's verbal noun opening a longer name of it or a list of crimes: `hədələmə yolu ilə pul
  // tələb etmə ittihamı ilə`, `terrorçuluqla hədələmə, … vergidən yayınma cinayətlərində`: no finite verb or clause end between)
  if (noun.analysis?.verbForm !== "vnoun") return false;
  // (each item of a list, after its comma, has the reach anew: `ziyan vurma, xəsarət yetirmə, eləcə də silahların qanunsuz əldə
  // edilməsi, saxlanılması və daşınması ittihamları ilə`; the whole list within CHARGE_LIST_REACH)
  let words = 0;
  for (let j = hit.end; j < Math.min(ctx.tokens.length, hit.end + CHARGE_LIST_REACH); j++) {
    const tk = ctx.tokens[j];
    if (tk.sent !== noun.sent) return false;
    if (tk.kind === "punct") { if (tk.norm === ",") { words = 0; continue; } return false; }
    if (++words > CHARGE_REACH) return false;
    if (v.chargeNouns.some((s) => tk.lower.startsWith(s))) return true;
    if (finite(ctx, tk) || tk.analysis?.verbForm === "conv" || tk.analysis?.verbForm === "part") return false;
  }
  return false;
}

/** Words looked over after a crime's verbal noun, or after a comma of its list, for the noun of the charge that names it
 *  (`chargeNamed`). */
const CHARGE_REACH = 8;
/** Tokens looked over after a crime's verbal noun through a list of crimes for the noun of the charge (`chargeNamed`). */
const CHARGE_LIST_REACH = 30;

/** A verbal noun before a word of likeness and a verb of judging (`… imtina etməsi kimi qiymətləndiriləcək`, `müharibəyə
 *  qoşulması kimi qəbul ediləcək`): the act names what something is counted as, none done. */
function deemedAs(ctx: DocContext, v: VetoTables, hit: TriggerHit): boolean {
  const like = ctx.tokens[hit.end], judge = ctx.tokens[hit.end + 1];
  if (!v.deemed || !like || !judge || hit.verb !== hit.end - 1 || finite(ctx, ctx.tokens[hit.verb])) return false;
  const sent = ctx.tokens[hit.verb].sent;
  return like.sent === sent && judge.sent === sent && v.deemed.like.includes(like.lower) && v.deemed.judging.some((s) => judge.lower.startsWith(s));
}

/** The trigger has a sense of sport and its sentence tells play (`… görüşündə qol vurulub`, `futbolçu … cəzalandırıldı`):
 *  a match, an away game or a sport body's fine, no meeting, visit or penalty between sides. */
function playTold(ctx: DocContext, v: VetoTables, hit: TriggerHit): boolean {
  if (!v.play || !v.play.acts.includes(hit.entry.head)) return false;
  const si = ctx.tokens[hit.head].sent;
  // (a sentence's answer is kept: it holds for every trigger of the sentence)
  let told = playSentences.get(ctx);
  if (!told) playSentences.set(ctx, (told = new Map()));
  let r = told.get(si);
  if (r === undefined) told.set(si, (r = playInSentence(ctx, v.play.words, si)));
  if (r) return true;
  // a club fined, punished or warned (`"X" klubuna xəbərdarlıq edildi`): a sport body's discipline, whatever else the
  // sentence holds (a club met, `Valday klubu`, is no team)
  const { clubWords, clubActs } = v.play;
  return !!clubWords && !!clubActs?.includes(hit.entry.head) && playInSentence(ctx, clubWords, si);
}

const playSentences = new WeakMap<DocContext, Map<number, boolean>>();

function playInSentence(ctx: DocContext, playWords: string[], si: number): boolean {
  const sent = ctx.doc.sentences[si];
  // (an entry of several words, `premyer liqa`, is matched word by word, each by its beginning)
  const at = (k: number, words: string[]) => words.every((w, n) => k + n < sent.tokEnd && ctx.tokens[k + n].lower.startsWith(w));
  const phrases = playPhrases(playWords);
  for (let k = sent.tokStart; k < sent.tokEnd; k++) if (phrases.some((words) => at(k, words))) return true;
  return false;
}

const phraseCache = new WeakMap<string[], string[][]>();

/** The words of play, each split into its words once per table. */
function playPhrases(words: string[]): string[][] {
  let p = phraseCache.get(words);
  if (!p) phraseCache.set(words, (p = words.map((w) => w.split(" "))));
  return p;
}

/** The drafts of `hit` that are events: those no veto rules out. */
export function keepEvents(ctx: DocContext, t: EventTables, hit: TriggerHit, drafts: Draft[], requesters: Requesters): Draft[] {
  const v = t.vetoes;
  if (!v || drafts.length === 0) return drafts;
  if (hitVetoed(ctx, t, v, hit, requesters)) return [];
  return drafts.filter((d) => !draftVetoed(ctx, t, v, hit, d, requesters));
}

/** Rules on the trigger and its verb, whatever events it made. */
function hitVetoed(ctx: DocContext, t: EventTables, v: VetoTables, hit: TriggerHit, requesters: Requesters): boolean {
  const verb = ctx.tokens[hit.verb];
  // a must-clause no one is said to ask for is a rule or advice, no demand (`sənədlər … təqdim olunmalıdır`)
  if (hit.entry === DEMAND_ENTRY || hit.entry === REPORTED_DEMAND_ENTRY) return !requesters.of(hit.verb) && !saidBySomeone(ctx, t, hit.verb);
  if (playTold(ctx, v, hit)) return true;
  // an act of harm named as the object of a judging verb (`Türkiyə hücumu qınayıb`) is not the judge's
  if (!hit.verbal && judgedAct(ctx, v, hit)) return true;
  // `Müharibə başlayan il …`: an act told as the participle of a noun of time dates something else
  if (timeAttribute(ctx, v, hit.verbal ? hit.verb : hit.end - 1)) return true;
  // `Müharibə başlayanda X …`: an act of harm told as the time of the main clause, no side of its own named
  if (HARMFUL.has(hit.entry.type) && whenClause(ctx, v, hit)) return true;
  // (a noun's phrase closed by a light verb's bare verbal noun names a crime too: `qəsdən xəsarət yetirmə maddələri ilə`)
  if (!hit.verbal && hit.end - 1 > hit.head && chargeNamed(ctx, v, { ...hit, verb: hit.end - 1 })) return true;
  // a noun whose needed verb reads as no verb of its own (`şübhəli bilinən şəxs`) is still acted on by that participle
  if (!hit.verbal) return hit.end - 1 > hit.head ? classActedOn(ctx, t, v, hit, hit.end - 1) : custody(ctx, v, hit);
  if (readerImperative(ctx, v, hit.verb)) return true;
  // thanks or praise outside quotation marks for something of the reader's (`Anlayış və dəstəyiniz üçün təşəkkür edirik`):
  // a notice's politeness formula, no act between sides
  if (hit.entry.type === "SUPPORT" && readersOwn(ctx, hit)) return true;
  if (clientsParty(ctx, v, hit)) return true;
  if (genericDoers(ctx, t, v, hit.verb, hit.entry.type)) return true;
  if (classActedOn(ctx, t, v, hit)) return true;
  if (actedOnAsObject(ctx, v, hit)) return true;
  if (ownActSigned(ctx, t, v, hit)) return true;
  if (capacityNamed(ctx, v, hit)) return true;
  if (chargeNamed(ctx, v, hit)) return true;
  if (deemedAs(ctx, v, hit)) return true;
  // the passive-only verbs have everyday senses (`saxlanılması` storing); their verbal noun names the act, tells none
  if (hit.entry.passiveOnly && verb.analysis?.verbForm === "vnoun") return true;
  // and in the present or the future they tell a state or a rule (`məlumatlar … saxlanılacaq` data will be stored,
  // `nəzarətdə saxlanılır` is kept under watch, `vergi tutulur` tax is withheld), not someone detained
  if (hit.entry.passiveOnly && hit.entry.type === "COERCE" && finite(ctx, verb) &&
    (verb.analysis?.tense === "pres" || ctx.forms.verbFeatures(verb, hit.verbRest).future)) return true;
  // and as an object participle before a place in the locative or the ablative (`saxlanıldığı həbsxanadan`, `saxlanıldığı
  // "X"dan azadlığa buraxılıb`) they name where one is held: custody, no arrest
  if (hit.entry.passiveOnly && hit.entry.type === "COERCE" && heldPlace(ctx, hit.verb)) return true;
  // support named as an aim (`gənclərin dəstəklənməsinə kömək etmək`, `sahibkarlığın dəstəklənməsi`): a passive
  // verbal noun of praise or support with no agent tells no one's act
  if (hit.entry.type === "SUPPORT" && hit.entry.cameo === SUPPORT_CAMEO && verb.analysis?.verbForm === "vnoun" &&
    (verb.analysis.passive || ctx.forms.verbFeatures(verb, hit.verbRest).passive) && !agentInClause(ctx, t, hit.head)) return true;
  // (a verb of calling on someone whose words the next sentence gives to a named speaker, `… vətəndaşları diqqətli olmağa
  // çağırır. Bunu X deyib`, is that speaker's call: the subject was dropped, no thing asks)
  // (in the passive the nominative is the one called on, `Y tərəfi … tədbirlər görməyə çağırılıb`, or what is asked of the
  // agent named, `X tərəfindən Y-ə müraciət olunub`: no thing that asks)
  const passiveAsked = ctx.forms.verbFeatures(verb, hit.verbRest).passive && (!!hit.entry.passiveOnly || agentInClause(ctx, t, hit.head));
  if (hit.entry.type === "REQUEST" && !passiveAsked && thingAsks(ctx, t, v, hit, REQUESTER_CASES, false) &&
    !(hit.entry.forms === "verb" && requesters.of(hit.verb)?.sentence === verb.sent + 1)) return true;
  // a thing threatens (`X-in Y ilə əlaqələri … təhlükəsizliyini təhdid edir`): a danger, no threat by a side
  if (hit.entry.type === "THREATEN" && !verb.analysis?.passive && finite(ctx, verb) &&
    !officeHolderFirst(ctx, v, ctx.clauseStart[hit.head], hit.head) &&
    (thingAsks(ctx, t, v, hit, THREATENER_CASES, true) || ownedThingFirst(ctx, t, ctx.clauseStart[hit.head], hit.head))) return true;
  return false;
}

/** Rules on one event a hit made. */
function draftVetoed(ctx: DocContext, t: EventTables, v: VetoTables, hit: TriggerHit, d: Draft, requesters: Requesters): boolean {
  // an act denied of no one (`Azərbaycanda heç kim jurnalist fəaliyyətinə görə həbs olunmayıb`) denies a kind of act
  if (d.mode === "negated" && noOneInClause(ctx, v, hit)) return true;
  // the sitting's holder comes first; members or bills named beside it are no other side
  if (d.type === "CONSULT" && !hit.verbal && d.actors.length > 0 && isLegislature(v, d.actors[0])) return true;
  if (d.type === "CONSULT" && pairTalkedOfInBody(ctx, t, hit)) return true;
  // a visit needs a named visitor: trips of citizens or tourists, of the reader (`Səfərlərinizi`), or trips in
  // general (`vətəndaşların səfərləri`) are no visit of a side
  if (hit.entry.destination && !visitorNamed(ctx, t, v, hit, d)) return true;
  // an accusation drawn from a reported harm has its head at the speech verb, not at the trigger
  if (d.type === "ACCUSE" && d.head !== hit.head) return !accuses(ctx, hit, requesters);
  // a must-clause that names no side and asks no one but its speaker (`valideynlər … diqqət etməlidirlər`,
  // `müəllim … təmin edilməlidir`) states a rule or advice for anyone, no demand on a side
  if ((hit.entry === DEMAND_ENTRY || hit.entry === REPORTED_DEMAND_ENTRY) && d.actors.length <= 1 && !sideInClause(ctx, t, hit.verb, d.actors[0], requesters.of(hit.verb)?.name)) return true;
  // a warning to the public or a trade (`sürücülərə xəbərdarlıq edib`) with no second side tells a rule or a danger
  if (d.type === "THREATEN" && d.actors.length <= 1 && publicWarned(ctx, v, hit)) return true;
  // (an act said possible, `sazişin imzalanması realdır`, or asked, keeps its mode's reading; so does one ordered, `X-i tərk
  // etmələri barədə göstəriş verib`, which the tables read as done)
  if (v.nominalOnlyTypes?.includes(d.type) && d.mode !== "possible" && d.mode !== "demanded" && ownedVerbalNoun(ctx, t, hit) &&
    !orderedBy(ctx, t, hit.end, ctx.doc.sentences[ctx.tokens[hit.head].sent].tokEnd)) return true;
  return false;
}

/** The trigger's verb is a verbal noun with a possessive, in any case but the accusative (`azad edilməsi`, `imzalanmasından`, `açılmasına`):
 *  the act is named as a thing, not told done. */
function ownedVerbalNoun(ctx: DocContext, t: EventTables, hit: TriggerHit): boolean {
  // (the phrase's last word, for a noun whose needed verb is no light verb: `azadlığa çıxması`)
  const k = hit.verbal ? hit.verb : hit.end - 1;
  const a = ctx.tokens[k]?.analysis;
  if (k <= hit.head && !hit.verbal) return false;
  // (one in the accusative is the object of a verb that presupposes it, `azad etməsini alqışlayıb`, or asks for it: read as before)
  if (a?.pos !== "VERB" || a.verbForm !== "vnoun" || a.poss === undefined || a.case === "acc") return false;
  // (one said to take place, `imzalanması baş tutub`, `imzalanma mərasimi keçirilib`, is told done)
  const next = ctx.tokens[hit.end];
  const said = (ws: readonly string[] | undefined) => !!next && next.sent === ctx.tokens[k].sent && !!ws?.some((w) => next.lower.startsWith(w));
  return !said(t.modes.happenWords) && !said(t.eventNouns);
}

/** Cases in which members of the public are the ones warned: the addressee, or the doer of what they are warned about. */
const WARNED_CASES = new Set(["dat", "gen"]);

/** Members of the public or a trade (`v.publicNouns`) in the plural, in the dative or the genitive, in the trigger's clause
 *  before it, owned by no one (`X vətəndaşlarına` is that state's people): those warned are a class, no side. */
function publicWarned(ctx: DocContext, v: VetoTables, hit: TriggerHit): boolean {
  const nouns = v.publicNouns;
  if (!nouns?.length) return false;
  for (let k = ctx.clauseStart[hit.head]; k < hit.head; k++) {
    const tk = ctx.tokens[k], a = tk.analysis;
    // (one owned, `Rusiya vətəndaşlarına`, `ABŞ-ın podratçılarına`, is a side's people)
    if (tk.kind !== "word" || a?.pos !== "NOUN" || !a.plural || a.poss !== undefined || !WARNED_CASES.has(a.case ?? "") || isCapitalised(tk)) continue;
    if (ctx.stemForm(tk, nouns)) return true;
  }
  return false;
}

/** A discussion in the passive with no agent, held in a named body (`X Şurasında`, `MEDİA-da`), whose only other names are a
 *  hyphenated pair (`Bakı-İrəvan münasibətləri müzakirə edilib`): the pair's ties are its topic, no side, and the body talks
 *  within itself (as a body's own sitting is no event). With no body as its setting (`A-B əməkdaşlıq gündəliyi müzakirə
 *  olunub`, a headline of the pair's talks) the pair stays the sides. */
function pairTalkedOfInBody(ctx: DocContext, t: EventTables, hit: TriggerHit): boolean {
  const verb = ctx.tokens[hit.verb];
  if (!(verb.analysis?.passive || ctx.forms.verbFeatures(verb, hit.verbRest).passive) || agentInClause(ctx, t, hit.head)) return false;
  const ms = ctx.mentionsIn(ctx.clauseStart[hit.head], ctx.clauseEnd[hit.head]);
  const bodyAt = (m: MentionInfo) => m.type === "ORG" && m.case === "loc";
  // (a body's owner in the genitive right before it, `Türkiyənin Milli Təhlükəsizlik Şurasında`, names the body)
  const ownerOfBody = (m: MentionInfo) => m.case === "gen" && ms.some((o) => bodyAt(o) && o.tokStart === m.tokEnd);
  return ms.some((m) => m.pair) && ms.some(bodyAt) && ms.every((m) => m.pair || bodyAt(m) || ownerOfBody(m));
}

/** Cases in which a name is the way to, or the place of, a visit: the destination, not the visitor. */
const DESTINATION_CASES = new Set(["dat", "loc"]);

/** Some side of visit `d` is its visitor: named in the sentence outside the destination cases (`X Çinə səfər
 *  edib`, `X-in Çinə səfəri`), or not named there at all (the visitor of a narrative told before). A trip noun
 *  in the plural or owned by the reader names trips in general or the reader's, none of a side. */
function visitorNamed(ctx: DocContext, t: EventTables, v: VetoTables, hit: TriggerHit, d: Draft): boolean {
  const head = ctx.tokens[hit.head].analysis;
  if (!hit.verbal && head?.poss?.startsWith("2")) return false;
  const sent = ctx.doc.sentences[ctx.tokens[hit.head].sent];
  const ms = ctx.mentionsIn(sent.tokStart, sent.tokEnd);
  // (trips in the plural are a person's or a body's, `prezidentin ABŞ və Rusiya səfərləri`; a state's are its people's)
  const visitor = (m: MentionInfo) => !m.place && !m.source && !DESTINATION_CASES.has(m.case) && !(plural && m.type === "LOC") &&
    !(m.type === "LOC" && areaName(ctx, t, v, m));
  const plural = !hit.verbal && !!head?.plural;
  if (d.actors.some((a) => {
    const own = ms.filter((m) => m.name === a || ctx.actorName(m.name) === a);
    return own.length === 0 ? !plural : own.some(visitor);
  })) return true;
  // a name in the nominative or genitive in the trip's clause that the sides missed (`Y Netanyahunun Bakıya
  // səfər edəcək təyyarəsinə icazə verib`, `Bakıya gələn Ermənistan nümayəndələri`), or one the entities missed
  const from = Math.max(sent.tokStart, ctx.clauseStart[hit.head]);
  if (ms.some((m) => m.tokStart >= from && m.tokEnd <= ctx.clauseEnd[hit.head] && visitor(m) && (m.case === "nom" || m.case === "gen"))) return true;
  if (plural) return false;
  for (let k = Math.max(from, sent.tokStart + 1); k < hit.head; k++) {
    const a = ctx.tokens[k].analysis;
    if (a?.pos === "PROPN" && (a.case === undefined || a.case === "gen") && !ms.some((m) => m.tokStart <= k && k < m.tokEnd)) return true;
  }
  return false;
}

/** Tokens looked past after a place name for the noun of a list of places (`X, Y və Z rayonlarında`). */
const AREA_LIST_REACH = 16;

/** A place name that names a town or an area by its noun (`X şəhərləri`, `X və Y rayonlarında`, `X istiqamətində`),
 *  alone or in a list of names ending in one: ground, which visits no one, whatever its case. */
function areaName(ctx: DocContext, t: EventTables, v: VetoTables, m: MentionInfo): boolean {
  const sent = ctx.tokens[m.tokStart].sent;
  for (let k = m.tokEnd; k < m.tokEnd + AREA_LIST_REACH && k < ctx.tokens.length && ctx.tokens[k].sent === sent; k++) {
    const tk = ctx.tokens[k];
    if (ctx.stemForm(tk, t.placeNouns) || (v.areaNouns && ctx.stemForm(tk, v.areaNouns))) return true;
    // past the other names of the list and what joins them
    if (tk.lower === "," || (t.coordinators ?? []).includes(tk.lower)) continue;
    const other = ctx.mentions.find((x) => x.tokStart <= k && k < x.tokEnd && x.type === "LOC");
    if (!other) return false;
    k = other.tokEnd - 1;
  }
  return false;
}

/** A side in the clause of token `i`, up to it: a name other than the speaker `speaker` (a place counts:
 *  `Azərbaycanda … olmalıdır`), a proper noun the entities missed, or a personal pronoun (`Onlar … verməlidirlər`). */
function sideInClause(ctx: DocContext, t: EventTables, i: number, speaker: string | undefined, requester?: string): boolean {
  const cs = ctx.clauseStart[i];
  if (ctx.mentionsIn(cs, i).some((m) => !m.source && ctx.actorName(m.name) !== speaker)) return true;
  const sentStart = ctx.doc.sentences[ctx.tokens[i].sent].tokStart;
  for (let k = cs; k < i; k++) {
    const a = ctx.tokens[k].analysis;
    if (a?.pos === "PRON" && a.case === "nom" && t.pronouns.some(([w, c]) => c === "nom" && w === a.stem)) {
      // (one that opens a clause after another verb's clause, no name but the speaker's before it in the sentence,
      // `… dəvət olunursa, o … təmin edilməlidir`, `… dəvət etməliyik, o, burada oturmalı`, stands for whoever the
      // rule is about, no side)
      if (!clauseAfterVerb(ctx, k, sentStart) || ctx.mentionsIn(sentStart, k).some((m) => !m.source && ctx.actorName(m.name) !== requester)) return true;
      continue;
    }
    if (a?.pos !== "PROPN") continue;
    // (a capital word no name was found in, right after an opening quotation mark and before a word in lower case, is
    // a label's, `“Sorğu yerləşdir” bölməsinə`: a button, a section or a title, no side)
    const after = ctx.tokens[k + 1];
    if (k > sentStart && isQuote(ctx.tokens[k - 1]) && after?.kind === "word" && !isCapitalised(after) &&
      !ctx.mentions.some((m) => m.tokStart <= k && m.tokEnd > k)) continue;
    // (the first word of a sentence is capitalised whatever it is: there it names a side standing alone,
    // `Harvard da … dəyişməli olacaq`, not a word before its noun, `Düzgün ixtisas seçimi üçün`)
    const next = ctx.tokens[k + 1]?.analysis?.pos;
    if (!afterOpening(ctx, k, sentStart) || (next !== "NOUN" && next !== "ADJ" && next !== "PROPN")) return true;
  }
  return false;
}

/** Token `k` opens a clause right after a comma that closes the clause of a verb (not `ki`): `… olunursa, o …`. */
function clauseAfterVerb(ctx: DocContext, k: number, sentStart: number): boolean {
  const comma = ctx.tokens[k - 1], verb = ctx.tokens[k - 2];
  return k - 2 >= sentStart && comma?.kind === "punct" && comma.norm === "," && verb?.kind === "word" && verb.analysis?.pos === "VERB";
}

/** An active verb before `ki` opens token `i`'s sentence (`Nazir hesab edir ki, …`): someone, named or not,
 *  says it; an impersonal report (`qeyd edilib ki, …`) is the rule's own voice. */
function saidBySomeone(ctx: DocContext, t: EventTables, i: number): boolean {
  const start = ctx.doc.sentences[ctx.tokens[i].sent].tokStart;
  for (let k = start + 1; k < i; k++) {
    if (!t.complementisers.includes(ctx.tokens[k].lower)) continue;
    const a = ctx.tokens[k - 1].analysis;
    if (a?.pos === "VERB" && !a.passive) return true;
  }
  return false;
}

/** `zəng edin`: a second-person imperative outside quotation marks addresses the reader. */
function readerImperative(ctx: DocContext, v: VetoTables, i: number): boolean {
  const a = ctx.tokens[i].analysis;
  if (a?.tense !== "imp" || ctx.quoted[i]) return false;
  const last = a.suffixes?.[a.suffixes.length - 1];
  return !!last && v.readerImperatives.includes(last);
}

/** A noun with the possessive of the second person plural (`dəstəyiniz`) in the trigger's clause before it, outside
 *  quotation marks: the reader's. */
function readersOwn(ctx: DocContext, hit: TriggerHit): boolean {
  if (ctx.quoted[hit.head]) return false;
  for (let k = ctx.clauseStart[hit.head]; k < hit.head; k++) {
    // (the polite plural a notice addresses its readers with, in a word of its own: not a case ending glued to a quoted name,
    // `“X”nin`, nor a word of a name, `X bin Y`)
    const tk = ctx.tokens[k], a = tk.analysis;
    if (a?.pos === "NOUN" && a.poss === "2p" && (tk.spaceBefore || tk.lineBefore) && ctx.mentionsIn(k, k + 1).length === 0) return true;
  }
  return false;
}

/** Cases in which a business's clients are the doers or the addressees of an act in its clause. */
const CLIENT_CASES = new Set(["nom", "dat"]);

/** A business's clients (`müştərilər … imzalayacaqlar`, `müştərilərinə … həllər təklif edir`) as the doer or the
 *  addressee, in the trigger's clause before it: trade with the public, no act between sides. */
function clientsParty(ctx: DocContext, v: VetoTables, hit: TriggerHit): boolean {
  const clients = v.clientNouns;
  if (!clients?.length) return false;
  for (let k = ctx.clauseStart[hit.head]; k < hit.head; k++) {
    const a = ctx.tokens[k].analysis;
    if (a?.pos !== "NOUN" || !CLIENT_CASES.has(a.case ?? "nom")) continue;
    if (ctx.stemForm(ctx.tokens[k], clients)) return true;
  }
  return false;
}

/** An active subject participle naming a class (`Məkkəyə gedən zəvvarlar`, `yardım edənlər`): the act is
 *  told of whoever does it, not of a side. A participle before a name (`Bakıya gələn Türkiyə Prezidenti X`,
 *  `… hücum edən Rusiya ordusu`) tells that side's act and stays. */
function genericDoers(ctx: DocContext, t: EventTables, v: VetoTables, i: number, type?: string): boolean {
  // (an auxiliary carrying the form after the verb's converb: `əməkdaşlıq edə biləcək ölkələrə`)
  const aux = ctx.tokens[i + 1];
  if (ctx.tokens[i].analysis?.tense === "opt" && aux?.sent === ctx.tokens[i].sent && aux.analysis?.pos === "VERB" && aux.analysis.tense === "fut") i++;
  const a = ctx.tokens[i].analysis;
  // (the future participle reads as the future's finite form, `gələcək`: it describes only right before a common noun,
  // `gələcək seçkilərə`, `əməkdaşlıq edə biləcək ölkələrə`; closing its clause, or before `və`, it tells the act to come)
  const future = !!a && a.pos === "VERB" && a.tense === "fut" && !a.passive && a.poss === undefined && !a.plural && !a.case &&
    !!v.futureParticiples?.includes(a.suffixes?.[a.suffixes.length - 1] ?? "") && commonNounAfter(ctx, i);
  if (future) return !namesSide(ctx, t, i + 1);
  if (a?.verbForm !== "part" || a.passive || a.poss !== undefined) return false;
  if (!a.suffixes?.some((s) => v.subjectParticiples.includes(s))) return false;
  if (a.plural || a.case) return true; // substantivised: `gələnlər`, `edənlərə`
  const next = ctx.tokens[i + 1];
  if (!next || next.sent !== ctx.tokens[i].sent || next.kind !== "word") return false;
  // (a decree, law or order that imposes a restriction, `Rusiyaya qarşı sanksiyalar tətbiq edən fərman imzalayıb`, is the
  // act of whoever issues it, no class of doers)
  if (type && RESTRICTING.has(type) && ownDocument(v, next)) return false;
  // (nor is a statement, resolution or letter that an act done by saying it describes, `X-in çıxmasını tələb edən qətnamə
  // qəbul edib`, `sanksiyaları pisləyən bəyanat yayıb`: its content, the act of the body that adopts or issues it)
  if (type && STATED.has(type) && statementAt(v, next)) return false;
  return !namesSide(ctx, t, i + 1);
}

/** Acts done by saying them, which a statement or a resolution can carry as its content. */
const STATED = new Set(["ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "REJECT"]);


/** Types of act a state's own decree, law or order carries out on another side. */
const RESTRICTING = new Set(["SANCTION", "COERCE"]);

/** `next` is one's own decree, law or order (`v.ownActs.acts`: `fərman`, `qanun`, `qərar`). */
function ownDocument(v: VetoTables, next: Token): boolean {
  const acts = v.ownActs?.acts;
  return !!acts && next.analysis?.pos === "NOUN" && acts.includes(next.analysis.stem ?? next.lower);
}

/** A passive participle before a common noun, no doer named in its clause (`cəzadan azad edilmiş şəxslər`,
 *  `razılaşdırılmış məbləğ`, `imzalanmış və möhürlənmiş halda`): it describes a class of people or things
 *  acted on, no act of a side. Before a name (`həbs edilən jurnalist X`), with an agent (`X tərəfindən
 *  imzalanmış`) or two sides (`X və Y arasında imzalanmış`) it tells that act and stays. */
function classActedOn(ctx: DocContext, t: EventTables, v: VetoTables, hit: TriggerHit, vi = hit.verb): boolean {
  const verb = ctx.tokens[vi];
  const a = verb.analysis;
  if (a?.pos !== "VERB" || a.poss !== undefined || (a.verbForm !== "part" && a.verbForm !== undefined)) return false;
  if (!a.passive && !(vi === hit.verb && ctx.forms.verbFeatures(verb, hit.verbRest).passive)) return false;
  const head = attributeHead(ctx, t, vi);
  if (head < 0 || namesSide(ctx, t, head)) return false;
  // a treaty signed (`imzalanmış saziş`) has its sides, told or not
  const stem = ctx.tokens[head].analysis?.stem ?? ctx.tokens[head].lower;
  if (v.ownActs?.agreements.some((g) => stem.startsWith(g))) return false;
  // an agent (`polis tərəfindən`), named or not, or two sides tell who did it
  for (let k = ctx.clauseStart[hit.head]; k < hit.head; k++) {
    const w = ctx.tokens[k].lower;
    if (t.between.includes(w) || t.agent.includes(w)) return false;
  }
  return true;
}

/** Words looked at after the act's noun for the verb judging it. */
const JUDGE_REACH = 6;

/** Acts of harm: judged by a side that names them as its object, they are not that side's. */
const HARMFUL = new Set(["ASSAULT", "COERCE", "SANCTION"]);

/** An act of harm told by its noun in the accusative with no genitive owner, the object of a verb of judging in its clause
 *  (`Türkiyə hücumu qınayıb`, `X həbsi siyasi təqib adlandırıb`): the subject judges an act told elsewhere, no side of it.
 *  With a genitive before it in its clause, its owner (`Rusiyanın hücumunu qınayıb`), the owner's act stays. */
function judgedAct(ctx: DocContext, v: VetoTables, hit: TriggerHit): boolean {
  if (!v.judgingWords?.length || !HARMFUL.has(hit.entry.type)) return false;
  const noun = ctx.tokens[hit.end - 1].analysis;
  // (the accusative, or the third person's ending that reads as one: `həbsi`, `hücumu`)
  if (noun?.case !== "acc" && !(noun?.poss === "3" && noun.case === undefined)) return false;
  // (a genitive anywhere before it in its clause may own it, past a name and its noun: `X-in Y ərazisinə hücumlarını`)
  for (let k = ctx.clauseStart[hit.head]; k < hit.head; k++) if (ctx.tokens[k].analysis?.case === "gen") return false;
  // (the words up to the first verb after it, a label between them: `həbsi siyasi təqib adlandırıb`)
  const sentEnd = ctx.doc.sentences[ctx.tokens[hit.head].sent].tokEnd;
  for (let k = hit.end; k < Math.min(sentEnd, hit.end + JUDGE_REACH); k++) {
    const tk = ctx.tokens[k];
    if (ctx.stemForm(tk, v.judgingWords, "both")) return true;
    if (tk.analysis?.pos === "VERB" || (tk.kind === "punct" && !isQuote(tk))) return false;
  }
  return false;
}

/** A common noun (no name) owned by no one right after token `i` in its sentence: a class (`gələcək seçkilərə`); a noun with a
 *  possessive (`X-in Y-ə səfər edəcək təyyarəsinə`) is its owner's thing, whose act the clause tells. */
function commonNounAfter(ctx: DocContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return !!next && next.sent === ctx.tokens[i].sent && next.kind === "word" && next.analysis?.pos === "NOUN" && next.analysis.poss === undefined &&
    !isCapitalised(next);
}

/** Cases in which a substantivised participle is the object of another verb. */
const OBJECT_CASES = new Set(["acc", "dat", "ins", "abl"]);

/** A passive participle standing as a noun in an object case (`saxlanılanları azad etməyə çağırıb`, `həbs olunanlarla
 *  görüşüb`): the people acted on, named as the object of another act, their detention told elsewhere. In the nominative
 *  or the genitive (`Saxlanılanlar arasında X də var`) it may be the only telling and stays. A plural with the third
 *  person's ending and no case (`saxlanılanları`) reads as the accusative too. */
function actedOnAsObject(ctx: DocContext, v: VetoTables, hit: TriggerHit): boolean {
  const a = ctx.tokens[hit.verb].analysis;
  if (a?.pos !== "VERB" || a.verbForm !== "part" || !a.passive) return false;
  // (the subject participle `-an` only: the object participle `öldürüldüyünü` tells the act as a fact)
  if (!a.suffixes?.some((x) => v.subjectParticiples.includes(x))) return false;
  return OBJECT_CASES.has(a.case ?? "") || (!!a.plural && a.poss === "3" && a.case === undefined);
}

/** A noun of detention in the locative before a verb of being or staying (`həbsdə olan X`, `həbsdə qalır`):
 *  custody, a state, no arrest. Before a verb of keeping (`X-i həbsdə saxladı`, `həbsdə saxlanılan X`) it tells
 *  the detention and stays (a release told after it is of that custody). */
function custody(ctx: DocContext, v: VetoTables, hit: TriggerHit): boolean {
  if (hit.entry.type !== "COERCE" || ctx.tokens[hit.head].analysis?.case !== "loc") return false;
  const next = ctx.tokens[hit.end];
  if (!next || next.sent !== ctx.tokens[hit.head].sent) return false;
  if (next.analysis?.pos === "VERB") return (v.stateVerbs ?? []).includes(next.analysis.stem ?? "");
  // (a participle the morphology took for a noun, `həbsdə qalan` read as `qala`: the verb's forms decide)
  return !!v.stateVerbs?.length && ctx.stemForm(next, v.stateVerbs, "verb") !== null;
}

/** The trigger's verb (or its noun's light verb) is a converb of time (`v.whenConverbs`: `başlayanda`, `edəndə`) with no
 *  name in its clause before the trigger: the act tells when another happened and names no side (`Rusiya hücum edəndə`,
 *  `X ilə Y arasında müharibə başlayanda`, with their sides, stay). */
function whenClause(ctx: DocContext, v: VetoTables, hit: TriggerHit): boolean {
  const ends = v.whenConverbs;
  if (!ends?.length) return false;
  const vi = hit.verbal ? hit.verb : hit.end - 1;
  const a = ctx.tokens[vi]?.analysis;
  if (a?.pos !== "VERB" || a.verbForm !== "conv") return false;
  const last = a.suffixes?.[a.suffixes.length - 1];
  if (!last || !ends.includes(last)) return false;
  const cs = ctx.clauseStart[hit.head];
  return !ctx.mentions.some((m) => m.tokStart >= cs && m.tokStart < hit.head);
}

/** Cases of the noun an object participle of detention describes that make it the place of custody. */
const PLACE_CASES = new Set(["loc", "abl"]);

/** An object participle at `i` (`saxlanıldığı`, the possessive, no case) right before a noun in the locative or the ablative,
 *  or a name in quotation marks with that case ending after its closing mark (`saxlanıldığı “X”dan`): the place one is
 *  held in. As a complement (`X-in saxlanıldığı bildirilir`, `saxlanıldığını`) it tells the detention and stays. */
function heldPlace(ctx: DocContext, i: number): boolean {
  const a = ctx.tokens[i]?.analysis;
  if (a?.pos !== "VERB" || a.verbForm !== "part" || a.poss !== "3" || a.case) return false;
  const sent = ctx.tokens[i].sent;
  let j = i + 1;
  const at = (k: number) => (ctx.tokens[k]?.sent === sent ? ctx.tokens[k] : undefined);
  if (at(j) && isQuote(at(j)!)) {
    let k = j + 1;
    while (at(k) && !isQuote(at(k)!)) k++;
    const mark = at(k), ending = at(k + 1);
    if (!mark || !ending || ending.kind !== "word" || ending.start !== mark.end) return false;
    return PLACE_CASES.has(ctx.forms.caseOfEnding(ending) ?? "");
  }
  const n = at(j)?.analysis;
  return at(j)?.kind === "word" && n?.pos === "NOUN" && PLACE_CASES.has(n.case ?? "");
}

/** A subject participle at `i` (`başlayan`, no possessive) right before a noun of time in no case or the locative (`il`,
 *  `ildə`, `gün`): the clause names a point of time (`müharibə başlayan il`), the table `timeNouns`. */
function timeAttribute(ctx: DocContext, v: VetoTables, i: number): boolean {
  const a = ctx.tokens[i]?.analysis, next = ctx.tokens[i + 1];
  if (!v.timeNouns?.length || a?.pos !== "VERB" || a.verbForm !== "part" || a.poss !== undefined || a.case) return false;
  if (!a.suffixes?.some((s) => v.subjectParticiples.includes(s))) return false;
  if (!next || next.kind !== "word" || next.sent !== ctx.tokens[i].sent) return false;
  const c = next.analysis?.case;
  return ctx.stemForm(next, v.timeNouns) !== null && next.analysis?.pos === "NOUN" && (c === undefined || c === "nom" || c === "loc") && next.analysis.poss === undefined;
}

/** The noun a participle at `i` stands before (past a participle joined to it: `imzalanmış və möhürlənmiş
 *  halda`), or -1 when the participle ends its clause. */
function attributeHead(ctx: DocContext, t: EventTables, i: number): number {
  const sent = ctx.tokens[i].sent;
  let j = i + 1;
  const at = (k: number) => (ctx.tokens[k]?.sent === sent && ctx.tokens[k].kind === "word" ? ctx.tokens[k] : undefined);
  if (at(j) && (t.coordinators ?? []).includes(at(j)!.lower) && at(j + 1)?.analysis?.pos === "VERB") j += 2;
  const pos = at(j)?.analysis?.pos;
  return pos === "NOUN" || pos === "ADJ" || pos === "NUM" || pos === "PROPN" ? j : -1;
}

/** Tokens looked at after a non-finite signing verb for the document signed (`imzaladığı “…” Sərəncamına`). */
const SIGNED_REACH = 30;

/** A signing whose document is one's own decree, law or order (`qanunu … imzalayıb`, `Prezidentin imzaladığı
 *  Fərman`): a domestic act, no agreement between sides, unless a treaty or two sides are named with it. */
function ownActSigned(ctx: DocContext, t: EventTables, v: VetoTables, hit: TriggerHit): boolean {
  const o = v.ownActs;
  if (!o || hit.entry.cameo !== o.cameo) return false;
  const verb = ctx.tokens[hit.verb];
  const sentEnd = ctx.doc.sentences[verb.sent].tokEnd;
  let act = false;
  for (let k = ctx.clauseStart[hit.head]; k < hit.verb; k++) {
    const kind = signedKind(ctx, t, o, k);
    if (kind === "agreement") return false;
    if (kind === "act") act = true;
  }
  // a finite verb's document stands before it in its clause; a participle's or verbal noun's may follow it,
  // past a title in quotation marks (`imzalanan “… haqqında” Qanunu`): the first document named is the one signed
  if (finite(ctx, verb) && attributeHead(ctx, t, hit.verb) < 0) return act;
  let title = false;
  for (let k = hit.verb + 1; k < Math.min(sentEnd, hit.verb + SIGNED_REACH); k++) {
    if (isQuote(ctx.tokens[k])) title = !title;
    else if (!title && finite(ctx, ctx.tokens[k])) break;
    const kind = signedKind(ctx, t, o, k);
    if (kind) return kind === "act";
  }
  return act;
}

/** Token `k` names two sides or a treaty (`arasında`, `saziş`; not `sənədsiz` "undocumented", another word),
 *  or one's own decree or law (`Fərman`, `Qanunu`). */
function signedKind(ctx: DocContext, t: EventTables, o: NonNullable<VetoTables["ownActs"]>, k: number): "agreement" | "act" | null {
  const tk = ctx.tokens[k];
  const stem = tk.analysis?.stem ?? tk.lower;
  if (t.between.includes(tk.lower) || o.agreements.some((g) => stem === g || (stem.startsWith(g) && ctx.forms.isChain(stem.slice(g.length), "noun")))) return "agreement";
  return tk.analysis?.pos === "NOUN" && o.acts.includes(stem) ? "act" : null;
}

/** A side is named from token `j` on: a person or body within reach, or a state standing alone or for
 *  its army or government (`Rusiya ordusu`), not as the origin of goods (`Çin malları`). */
function namesSide(ctx: DocContext, t: EventTables, j: number): boolean {
  const sent = ctx.tokens[j].sent;
  // (an abbreviation is a word here: `… edən ABŞ`)
  for (let k = j; k < j + HEAD_NOUN_REACH && k < ctx.tokens.length && ctx.tokens[k].sent === sent && (ctx.tokens[k].kind === "word" || ctx.tokens[k].kind === "abbr"); k++) {
    const m = ctx.mentions.find((x) => x.tokStart === k);
    if (!m) continue;
    // (a nationality word with its noun is a class of people, no side named: `şübhəli bilinən norveçli`)
    if (m.nationality) return false;
    if (m.type !== "LOC") return true;
    // a place modifies a possessed noun after it (`gələn Türkiyə vətəndaşları`); a bare noun or one in a case
    // after it is the main verb's object, the place the side (`dəstəkləyən Türkiyə bəyanat yayıb`)
    // (a bare noun before a possessed one is a compound the place modifies: `gedən X dəmir yolunun`)
    const after = ctx.tokens[m.tokEnd], b = after?.analysis, b2 = ctx.tokens[m.tokEnd + 1]?.analysis;
    const ownNoun = b?.pos === "NOUN" && b.poss === undefined && after.kind === "word" && !(b2?.pos === "NOUN" && b2.poss !== undefined);
    return !after || after.sent !== sent || b?.pos !== "NOUN" || ownNoun || bodyNoun(t, after);
  }
  return false;
}

function bodyNoun(t: EventTables, tk: Token): boolean {
  const stem = tk.analysis?.stem ?? tk.lower;
  return (t.bodyNouns ?? []).some((b) => stem.startsWith(b));
}

/** Cases of a name before a request verb that make it the one asking. */
const REQUESTER_CASES = new Set(["nom", "gen"]);
/** A threat is made by a subject in the nominative: a genitive before it owns the thing that threatens. */
const THREATENER_CASES = new Set(["nom"]);

/** A verb of the third person whose clause (or sentence, before it) names no side in one of `cases`,
 *  nor a pronoun for one: a thing "requires" (`layihə … tələb edir`, `bu … tələb edir`) or "threatens".
 *  A passive needs its agent. `reported`: a clause after `ki` is looked at alone (`X hesab edir ki, …`: X
 *  says it), and the agent of a passive (`X tərəfindən`) is no subject. */
function thingAsks(ctx: DocContext, t: EventTables, v: VetoTables, hit: TriggerHit, cases: Set<string>, reported: boolean): boolean {
  const verb = ctx.tokens[hit.verb];
  const a = verb.analysis;
  if (!finite(ctx, verb)) return false; // a participle is read by genericDoers; an infinitive tells no request yet
  const last = a?.suffixes?.[a.suffixes.length - 1];
  if (last && v.speakerPersons.includes(last)) return false; // `tələb edirik`: the speaker asks
  const sent = ctx.doc.sentences[verb.sent];
  const quoted = ctx.quoted[hit.head] === 1;
  const cs = ctx.clauseStart[hit.head];
  const from = reported && t.complementisers.includes(ctx.tokens[cs - 2]?.lower ?? "") ? cs : sent.tokStart;
  const before = ctx.actorsIn(from, hit.head, quoted);
  // (nor a request told in the passive by an announcement, `… xahiş olunur`: its source asks, `hit-events.ts`)
  if (a?.passive) return !before.some((m) => ctx.isAgent(m)) && !ownedActAsked(ctx, hit.head) &&
    !(t.passiveAsks?.includes(hit.entry.head) && !quoted && announcer(ctx, t, verb.sent));
  if (before.some((m) => cases.has(m.case) && !(reported && ctx.isAgent(m)))) return false;
  const personal = new Set(t.pronouns.filter(([, c]) => cases.has(c)).map(([w]) => w));
  for (let k = from; k < hit.head; k++) if (personal.has(ctx.tokens[k].lower)) return false;
  // (members of a body just named, `Deputatlar … çağırıblar`, ask for that body)
  if (!quoted && memberBody(ctx, t, hit, sent)) return false;
  // (and so does a body or a group named by its common noun, `Nazirlik …`, `Etirazçılar …`)
  return !askerOpens(ctx, v, from, hit.head);
}

/** A noun of a body or a group (`askerNouns`, `legislatures`) in no case stands in [a, b) before any verb: the clause's
 *  subject, one who asks. (Not an office noun alone, `Deputatlar … çağırıblar`: members ask for their body, when one is
 *  named, by `memberBody`.) */
function askerOpens(ctx: DocContext, v: VetoTables, a: number, b: number): boolean {
  const stems = [...(v.askerNouns ?? []), ...v.legislatures];
  for (let k = a; k < b; k++) {
    const an = ctx.tokens[k].analysis;
    if (an?.pos === "VERB") return false;
    // (capitalised opening its sentence, the noun may read as a name: `Alyans … tələb edib`)
    const opening = an?.pos === "PROPN" && k === ctx.doc.sentences[ctx.tokens[k].sent].tokStart;
    if ((an?.pos === "NOUN" || opening) && !an?.case && ctx.stemForm(ctx.tokens[k], stems)) return true;
  }
  return false;
}

/** The body or person named in the latest source line before sentence `si` (`Bu barədə X-dən məlumat verilib`), else none. */
export function announcer(ctx: DocContext, t: EventTables, si: number): string | null {
  for (let p = si - 1; p >= 0; p--) {
    if (!sourceLine(ctx, t, p)) continue;
    const s = ctx.doc.sentences[p];
    const m = ctx.actorsIn(s.tokStart, s.tokEnd, false).find((x) => !x.place && !x.pair && x.type !== "LOC");
    return m ? ctx.actorName(m.name) : null;
  }
  return null;
}

/** The body or person a statement is told from in the latest source line before sentence `si`, as its subject or the one
 *  it came from (`Bu barədə X məlumat yayıb`, `Bu barədə Y-ə X-dən məlumat verilib`): not the outlet it was given to. */
export function statementSource(ctx: DocContext, t: EventTables, si: number): string | null {
  for (let p = si - 1; p >= 0; p--) {
    if (!sourceLine(ctx, t, p)) continue;
    const s = ctx.doc.sentences[p];
    const m = ctx.actorsIn(s.tokStart, s.tokEnd, false).find((x) => !x.place && !x.pair && x.type !== "LOC" && (x.case === "nom" || x.case === "abl"));
    return m ? ctx.actorName(m.name) : null;
  }
  return null;
}

/** Sentence `si` opens with a back reference and a topic word (`Bu barədə …`): the source of what was told. */
export function sourceLine(ctx: DocContext, t: EventTables, si: number): boolean {
  const s = ctx.doc.sentences[si];
  if (!s || s.tokEnd - s.tokStart < 3) return false;
  const [a, b] = [ctx.tokens[s.tokStart], ctx.tokens[s.tokStart + 1]];
  return t.anaphoric.includes(a.lower) && t.topicWords.includes(b.lower);
}

/** Words looked back over from the subject of a passive verb of asking for the genitive owning it. */
const OWNED_ACT_REACH = 6;

/** The subject right before a passive verb of asking is an act owned, through a chain of genitives, by a named side
 *  (`X-in Y-dəki əməliyyatlarının dayandırılması tələb olunur`, a verbal noun; `X-in cəsədinin ekshumasiyası tələb edilir`,
 *  any possessed noun of a person's): something asked of or for that side, no thing required (`sənədlər tələb olunur`,
 *  `X vizası tələb olunur`). */
function ownedActAsked(ctx: DocContext, head: number): boolean {
  const subj = ctx.tokens[head - 1], x = subj?.analysis;
  if (!subj || subj.sent !== ctx.tokens[head].sent || x?.poss === undefined || x.case !== undefined || (x.pos !== "NOUN" && x.verbForm !== "vnoun")) return false;
  // (back over the genitives of the chain, attributes and the verbal noun's own arguments in an oblique case)
  for (let k = head - 2; k >= Math.max(0, head - 2 - OWNED_ACT_REACH); k--) {
    const tk = ctx.tokens[k], c = tk.analysis?.case;
    if (tk.sent !== subj.sent || tk.kind !== "word") return false;
    const owner = ctx.mentions.find((m) => m.tokEnd === k + 1 && m.case === "gen");
    if (owner) return x.verbForm === "vnoun" || owner.type === "PER";
    if (c === "nom" || (c === undefined && tk.analysis?.pos === "VERB")) return false;
  }
  return false;
}

/** Words looked back over from a possessed noun for the genitive that owns it (`X-in Y ilə sıx əlaqələri`). */
const OWNER_REACH = 3;

/** The first subject-like phrase of tokens [a, b) is a common noun owned by a name in the genitive
 *  (`Mavrikinin Çinlə əlaqələri … təhdid edir`): a thing of that side is the subject, not the side. */
function ownedThingFirst(ctx: DocContext, t: EventTables, a: number, b: number): boolean {
  const ms = ctx.actorsIn(a, b, ctx.quoted[b] === 1);
  for (let k = a; k < b; k++) {
    if (ms.some((m) => m.tokStart === k && m.case === "nom")) return false;
    const tk = ctx.tokens[k], x = tk.analysis;
    if (x?.pos !== "NOUN" || x.poss === undefined || x.case !== undefined || isCapitalised(tk) || bodyNoun(t, tk)) continue;
    // (a title before a name, `X-in naziri Y`, names a person, who is the subject)
    if (ms.some((m) => m.tokStart === k + 1 && m.type === "PER")) return false;
    if (ms.some((m) => m.case === "gen" && m.tokEnd <= k && k - m.tokEnd <= OWNER_REACH)) return true;
  }
  return false;
}

/** The subject of tokens [a, b) is an office of a side named in the genitive (`X parlamentinin sədri`): a person
 *  acting for that side, no thing of it. */
function officeHolderFirst(ctx: DocContext, v: VetoTables, a: number, b: number): boolean {
  if (!v.officeNouns) return false;
  const ms = ctx.actorsIn(a, b, ctx.quoted[b] === 1);
  for (let k = a; k < b; k++) {
    const tk = ctx.tokens[k], x = tk.analysis;
    if (x?.pos !== "NOUN" || x.poss === undefined || x.case !== undefined || !ctx.stemForm(tk, v.officeNouns, "noun")) continue;
    return ms.some((m) => m.case === "gen" && m.tokEnd <= k && k - m.tokEnd <= OWNER_REACH);
  }
  return false;
}

/** The clause of the trigger, before it, holds a pronoun of no one (`heç kim`, `heç kəsə`). */
function noOneInClause(ctx: DocContext, v: VetoTables, hit: TriggerHit): boolean {
  if (!v.nobody) return false;
  for (let k = ctx.clauseStart[hit.head]; k + 1 < hit.head; k++) {
    if (ctx.tokens[k].lower !== v.nobody.word) continue;
    const next = ctx.tokens[k + 1].lower;
    if (v.nobody.stems.some((s) => next.startsWith(s))) return true;
  }
  return false;
}

function isLegislature(v: VetoTables, name: string): boolean {
  return name.toLowerCase().split(/\s+/).some((w) => v.legislatures.some((l) => w.startsWith(l)));
}

/** An accusation drawn from a reported harm stands only when the harm is the reported clause's own act,
 *  done already: a measure announced to come (`qadağa qoyulacağını açıqlayıb`) is a plan or a threat, and a
 *  harm inside a relative clause of the report (`tətbiq etdiyi tarifi … endirməyə razı olduğunu`) is a detail. */
function accuses(ctx: DocContext, hit: TriggerHit, requesters: Requesters): boolean {
  const frame = requesters.frame(hit.head, hit.head);
  if (!frame) return false;
  // a noun's act is the reported verb itself when no other verb stands between them (`hücumun … həyata keçirildiyini`)
  const own = hit.verbal ? hit.verb === frame.complement : !verbBetween(ctx, hit.end, frame.complement);
  return own && !ctx.forms.verbFeatures(ctx.tokens[frame.complement], null).future;
}

function verbBetween(ctx: DocContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.tokens[k].analysis?.pos === "VERB") return true;
  return false;
}
