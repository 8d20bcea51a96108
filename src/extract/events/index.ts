// The events stage: PLOVER events from trigger dictionaries over lemmas/stems, with actors taken
// from the grammar (nominative subject, governed case of the partner, `X və Y arasında`, passive
// agent), place from the locative, date from the clause, the sentence or the narrative's reference,
// and modality from the verb. Each real-world event is kept once per document. A finite verb inside
// quoted speech tells the speaker's event; a noun that is the topic of something else, a condition or an
// absence (`… olmayan`) tells none.
import type { Stage } from "../../pipeline.js";
import type { Doc, Event, EventMode, EventType, Token } from "../../text/doc.js";
import type { Language } from "../../lang/types.js";
import type { EventTables, TriggerEntry } from "./tables.js";
import { FormReader } from "./forms.js";
import { isCapitalised, TriggerIndex, type TriggerHit } from "./triggers.js";
import { DocContext, type DatedSpan, type MentionInfo } from "./context.js";
import { eventMode } from "./mode.js";
import { ploverScore } from "./scores.js";
import { demandHit, isDemandVerb, Requesters } from "./demands.js";
import { isReportedForm } from "./claims.js";

/** Types where a passive with no agent is done by the state whose territory it happens on. */
const STATE_ACTS = new Set<EventType>(["COERCE", "ASSAULT", "SANCTION"]);
/** Types a demand can ask of the other side (`X üzr istəməli`): demanded, they become REQUEST. */
const DEMANDABLE = new Set<EventType>(["CONCEDE", "RETREAT", "AID", "COOPERATE", "CONSULT", "SUPPORT", "AGREE", "SANCTION", "REJECT"]);

/** Acts the sides do together, where the order they are named in says nothing (`X və Y komissiya yaradacaq`). */
const MUTUAL = new Set<EventType>(["CONSULT", "AGREE", "COOPERATE"]);
/** Material conflict: announced by the one who would do it, it is a threat. */
const FORCE = new Set<EventType>(["ASSAULT", "COERCE", "SANCTION"]);
/** Material harm: reported by someone else than who did it, the report accuses the doer (PLOVER ACCUSE). */
const HARM = new Set<EventType>(["ASSAULT", "COERCE", "SANCTION"]);
/** Sentences at least this long are a repeated passage when their text recurs. */
const REPEAT_MIN_TOKENS = 5;
/** Sentences back that an undated sentence may take its date from. */
const NARRATIVE_REACH = 2;
/** Clause-final words looked at after a trigger for a condition (`… etdiyi təqdirdə`). */
const CONDITION_WINDOW = 4;

interface Engine { forms: FormReader; index: TriggerIndex }
const engines = new WeakMap<EventTables, Engine>();

function engineFor(t: EventTables): Engine {
  let e = engines.get(t);
  if (!e) {
    const forms = FormReader.for(t.suffixes);
    e = { forms, index: new TriggerIndex(t, forms) };
    engines.set(t, e);
  }
  return e;
}

interface Draft extends Event {
  nominal: boolean;
  /** Told inside quoted speech. */
  quoted: boolean;
  ownDate: boolean;
  /** Clause start, and whether a noun trigger stands in the locative: the setting of its clause's act
   *  (`X sammitində tərəflər razılığa gəlib`). */
  clause: number;
  setting: boolean;
  /** A bare event noun opening its sentence in a time frame (`Səfər zamanı …`): the act told before. */
  backReference: boolean;
  /** Token of the trigger's head, and the event nouns a participation verb took as its parts. */
  head: number;
  parts?: number[];
  /** The trigger entry's head stem: the same stem in a later sentence tells the same act again. */
  stem: string;
}

export function extractEvents(doc: Doc, lang: Language): Event[] {
  const t = lang.events;
  if (!t || doc.tokens.length === 0) return [];
  const { forms, index } = engineFor(t);
  const ctx = DocContext.of(doc, t, lang);
  const drafts: Draft[] = [];
  const requesters = new Requesters(ctx, doc, lang);
  const seen = new Set<string>();
  let sectionDate: string | null = null;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    // a page that repeats a passage reports its events once: a sentence read before is skipped
    const text = doc.text.slice(doc.tokens[s.tokStart].start, doc.tokens[s.tokEnd - 1].end);
    if (s.tokEnd - s.tokStart >= REPEAT_MIN_TOKENS && seen.has(text)) continue;
    seen.add(text);
    if (s.heading) {
      const d = ctx.datesIn(s.tokStart, s.tokEnd).find((x) => x.absolute);
      // a dated heading sets the reference for what follows; an undated one (a new section) clears it
      if (d && isDateLine(ctx, s.tokStart, s.tokEnd, d)) { sectionDate = d.value; continue; }
      if (!d && !hasTrigger(ctx, index, s.tokStart, s.tokEnd)) sectionDate = null;
    }
    let phraseEnd = s.tokStart; // tokens up to here belong to a trigger phrase already read
    let phraseMadeEvent = false;
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      // a demand verb inside a phrase that made no event is still a demand (`müzakirə olunmamalıdır`)
      if ((i >= phraseEnd || !phraseMadeEvent) && isDemandVerb(forms, doc.tokens, i, s.tokEnd, t.modes.selfDemandEndings, t.modes.demandCopulas)) {
        drafts.push(...eventsOf(ctx, t, index, demandHit(i, doc.tokens), si, sectionDate, requesters, drafts));
        continue;
      }
      if (i < phraseEnd) continue; // a word of a phrase read already starts no other
      for (const hit of index.match(doc.tokens, i, s.tokEnd)) {
        const evs = eventsOf(ctx, t, index, hit, si, sectionDate, requesters, drafts);
        phraseEnd = Math.max(phraseEnd, hit.end);
        phraseMadeEvent = evs.length > 0;
        drafts.push(...evs);
      }
    }
  }
  const events = dedupe(drafts);
  // what the text leaves undated is placed at the publication date (news tells of its own days),
  // marked so a reader can tell it from a date the text gives
  if (doc.document_date) {
    for (const e of events) if (e.date === null) { e.date = doc.document_date; e.date_basis = "document"; }
  }
  return events;
}

function isDateLine(ctx: DocContext, a: number, b: number, d: { tokStart: number; tokEnd: number }): boolean {
  return d.tokStart === a && d.tokEnd >= b - 1;
}

function hasTrigger(ctx: DocContext, index: TriggerIndex, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (index.match(ctx.tokens, i, b).length) return true;
  return false;
}

function eventsOf(ctx: DocContext, t: EventTables, index: TriggerIndex, hit: TriggerHit, si: number, sectionDate: string | null, requesters: Requesters, told: readonly Draft[]): Draft[] {
  const { tokens, forms } = ctx;
  const e = hit.entry;
  const sent = ctx.doc.sentences[si];
  let verb = hit.verb, verbRest = hit.verbRest;
  const nominal = !hit.verbal;
  // in quoted speech only a finite verb tells an event; nouns there name what the speaker talks about
  if (nominal && ctx.quoted[hit.head]) return [];
  // a capitalised word inside a sentence is part of a name (`Qadağan olunmuş Şəxslər siyahısı`); only a
  // named gathering is an event by its name (`17-ci Zirvə görüşü`)
  if (e.type !== "CONSULT" && hit.head > sent.tokStart && isCapitalised(tokens[hit.head]) && !afterOpening(ctx, hit.head, sent.tokStart)) return [];
  if (nominal) {
    // a bare noun trigger: an anaphoric one ("bu görüş") points back at an event told before
    const prev = tokens[hit.head - 1];
    if (prev && prev.sent === tokens[hit.head].sent && t.anaphoric.includes(prev.lower)) return [];
    // a bare attack word before a possessed noun names a kind of thing (`hücum aləti`, `hücum helikopterləri`),
    // not an attack; a time frame after it (`hücum zamanı`) still tells one
    if (e.type === "ASSAULT" && modifiesNext(ctx, t, hit)) return [];
    // what is refused (`danışıqlardan imtina edib`, `sanksiya paketinə veto qoyub`) does not take place
    if (refusedBy(ctx, t, hit.end, sent.tokEnd)) return [];
    verb = governingVerb(ctx, hit.end, sent.tokEnd);
    verbRest = null;
    // what a call or a demand asks for (`danışıqların davam etdirilməsinə çağırıb`) is told by the request
    if (requestedBy(ctx, index, hit, sent.tokEnd)) return [];
    // the object of an infinitive of a plan or of readiness (`danışıqlara başlamağa hazırlaşır`) is planned as it is
    const inf = tokens[hit.end];
    if (inf && inf.sent === tokens[hit.head].sent && inf.analysis?.verbForm === "inf" && plannedBy(ctx, t, hit.end)) verb = hit.end;
  }
  if (ctx.quoted[hit.head] && !forms.endsClause(tokens[verb])) return [];
  const feats = forms.verbFeatures(tokens[verb], verbRest);
  // an infinitive is no event, unless a verb of planning governs it (`X ilə danışmağı planlaşdırır`)
  const planned = (feats.infinitive || tokens[verb].analysis?.verbForm === "inf") && plannedBy(ctx, t, verb);
  if (feats.infinitive && !planned) return [];
  if (conditional(ctx, t, hit.end, sent.tokEnd)) return []; // `X etdiyi təqdirdə`: a condition, not an event
  if (isCondition(ctx, t, verb, feats.conditional)) return []; // `X etsə`, `X etdikdə`: a condition of another
  if (e.passiveOnly && !feats.passive) return [];
  if (e.activeOnly && feats.passive) return [];
  // a noun that is the topic of something else (`atəşkəsə dair danışıqlar`) is no event of its own
  // (a verbal noun is a noun here: `müqavilənin imzalanması ilə bağlı`)
  const after = nominal || !finite(ctx, tokens[verb]) ? followingWord(ctx, t, hit.end, sent.tokEnd) : null;
  if (!hit.attested && after && (t.topicWords.includes(after) || t.beforeWords.includes(after))) return [];
  const framed = nominal && !!after && t.eventFrames.includes(after);
  const cs = ctx.clauseStart[hit.head], ce = ctx.clauseEnd[hit.head];
  const frame = ctx.mentionsIn(sent.tokStart, hit.head).find((m) => m.source);
  let mode: EventMode = eventMode(
    { tokens, verb, verbRest, sentStart: sent.tokStart, sentEnd: sent.tokEnd, reportedFrame: !!frame?.sourceReported },
    t.modes, forms,
  );
  // planned is future; preparing or being ready to act is stated readiness, AGREE (guidelines)
  let readiness = false;
  if (planned && mode !== "negated") {
    readiness = t.modes.readinessWords.some((r) => tokens[verb + 1].lower.startsWith(r));
    mode = readiness ? (mode === "reported" ? mode : "asserted") : "future";
  }
  if (nominal && mode === "negated" && !framed) return []; // `razılaşması olmayan`: no such event
  // a future participle before the noun plans it, whatever the clause says of it (`keçiriləcək danışıqların ərəfəsində`)
  if (nominal && mode === "asserted" && futureParticiple(ctx, hit.head - 1, sent.tokStart)) mode = "future";
  // `danışıq zamanı …`: the event took place, whatever the main verb says of the act done in it
  if (framed && (mode === "negated" || mode === "possible" || mode === "demanded")) mode = "asserted";
  const passive = feats.passive;
  const speaker = () => requesters.quoteSpeakerAt(hit.head);
  const args = arguments_(ctx, t, e, hit, cs, ce, passive, nominal, speaker);
  if (!args) return [];
  let type = e.type, cameo = e.cameo, ploverMode = e.plover_mode;
  if (readiness) { type = "AGREE"; cameo = "030"; ploverMode = undefined; }
  // an act of force the speaker says they will do (`"… məhv edəcəyik"`) is a threat (PLOVER THREATEN)
  if (mode === "future" && ctx.quoted[hit.head] && FORCE.has(type) && (args.subjects.length === 0 || args.subjects[0] === speaker())) { type = "THREATEN"; cameo = "130"; ploverMode = undefined; }
  const sense = e.senses?.find((x) => hasStemBefore(ctx, x.stems, cs, hit.head));
  if (sense) { type = sense.type; cameo = sense.cameo; ploverMode = sense.plover_mode; }
  let actors = args.actors;
  // a verb with no side named anywhere in its sentence (Azerbaijani drops known subjects:
  // `… razılıq əldə edilib`) is done by the sides of the event just told
  if (actors.length === 0 && !nominal) actors = sidesInFocus(told, si, ctx.quoted[hit.head] === 1);
  let speakerSentence = -1;
  if (type === "REQUEST" && mode !== "demanded" && forms.isNecessitative(tokens[verb])) mode = "demanded"; // `etməməlidir`
  if (mode === "demanded" && (DEMANDABLE.has(type) || type === "REQUEST")) {
    // a demand is a REQUEST by whoever makes it
    const requester = requesters.of(verb);
    if (requester && type !== "REQUEST") { type = "REQUEST"; cameo = "10"; ploverMode = undefined; }
    if (requester) actors = unique([requester.name, ...actors]);
    if (requester && requester.sentence !== si) speakerSentence = requester.sentence;
  }
  // a demand is dated by its own sentence or the one naming who makes it, never by the narrative
  const dated = (a: number, b: number) => mode === "demanded"
    ? demandDate(ctx, a, b, si, hit.head, speakerSentence)
    : dateOf(ctx, t, a, b, si, hit.head, sectionDate, tenseOf(tokens[planned ? verb + 1 : verb], feats.future && !planned), planned && !readiness);
  // a call or demand told as made is a demand (`X Y-ni … çağırıb`, `tələb edir`)
  if (type === "REQUEST" && mode === "asserted") mode = "demanded";
  const base = {
    type, mode, cameo, plover_mode: ploverMode, nominal, quoted: ctx.quoted[hit.head] === 1, sentence: si, head: hit.head, stem: e.head,
    clause: cs, setting: nominal && tokens[hit.end - 1].analysis?.case === "loc", backReference: framed && hit.head === sent.tokStart,
    trigger: span(ctx, hit.head, hit.end),
    location: args.location,
  };
  const parts = e.participation ? participationParts(ctx, t, cs, hit.head) : [];
  if (e.participation && parts.length === 0) return []; // taking part in no named event (`neftin nəqlində`)
  if (parts.length === 0) {
    if (actors.length === 0) return [];
    const d = dated(cs, ce);
    const ev = finish({ ...base, actors, date: d.value, ownDate: d.own });
    const claim = HARM.has(type) && !base.quoted ? accusation(ctx, requesters, ev, hit.head, args.subjects[0]) : null;
    return claim ? [ev, claim] : [ev];
  }
  // one event per event noun taken part in: `X sammitində, oktyabrın 10-da isə Y iclasında iştirak edəcək`
  const nouns = parts.map((p) => p[2]);
  return parts.map(([a, b]) => {
    const bodies = ctx.mentionsIn(a, b).filter((m) => m.type === "ORG" && !m.source && ctx.quoted[m.tokStart] === ctx.quoted[hit.head]);
    const acts = unique([...args.subjects, ...bodies.map((m) => m.name)]);
    const own = ctx.datesIn(a, b);
    const d = own.length ? { value: own[own.length - 1].value, own: true } : dated(cs, ce);
    return finish({ ...base, actors: acts, date: d.value, ownDate: d.own, parts: nouns });
  }).filter((ev) => ev.actors.length > 0);
}

/** A bare noun trigger (no case, no possessive) right before a common noun with a possessive: the first
 *  member of a compound (`hücum alətinə`), unless that noun is a frame or a topic word. */
function modifiesNext(ctx: DocContext, t: EventTables, hit: TriggerHit): boolean {
  const tk = ctx.tokens[hit.head], next = ctx.tokens[hit.end];
  if (hit.end !== hit.head + 1 || tk.lower !== hit.entry.head || !next || next.sent !== tk.sent || isCapitalised(next)) return false;
  const a = next.analysis;
  if (a?.pos !== "NOUN" || a.poss === undefined) return false;
  return !t.eventFrames.includes(next.lower) && !t.topicWords.includes(next.lower) && !t.beforeWords.includes(next.lower);
}

/** Only punctuation (an opening quotation mark, a dash) stands before token `i` in its sentence. */
function afterOpening(ctx: DocContext, i: number, sentStart: number): boolean {
  for (let j = i - 1; j >= sentStart; j--) if (ctx.tokens[j].kind !== "punct") return false;
  return true;
}

/** Token `i` is a participle of the future (`keçiriləcək`) describing the noun after it. */
function futureParticiple(ctx: DocContext, i: number, sentStart: number): boolean {
  if (i < sentStart) return false;
  const tk = ctx.tokens[i];
  const a = tk.analysis;
  if (a?.pos !== "VERB" || a.verbForm === "fin" || a.negated) return false;
  return a.tense === "fut" || (a.verbForm === "part" && ctx.forms.verbFeatures(tk, null).future);
}

/** Words after a noun looked at for a refusal that takes it as its object. */
const REFUSAL_REACH = 2;

/** A REJECT trigger within reach after a noun: the noun is what is refused. */
function refusedBy(ctx: DocContext, t: EventTables, from: number, sentEnd: number): boolean {
  const { index } = engineFor(t);
  for (let j = from; j < Math.min(sentEnd, from + REFUSAL_REACH); j++) {
    if (ctx.tokens[j].kind !== "word") return false;
    if (index.match(ctx.tokens, j, sentEnd).some((h) => h.entry.type === "REJECT")) return true;
  }
  return false;
}

/** A finite verb form: a tense the morphology read, else an ending that closes a clause. */
function finite(ctx: DocContext, tk: Token): boolean {
  const a = tk.analysis;
  if (a?.pos === "VERB") return a.verbForm === "fin" || (a.verbForm === undefined && a.tense !== undefined);
  return ctx.forms.endsClause(tk);
}

/** `X … Y-in hücum etdiyini deyib`: X saying that Y did harm accuses Y, an event of its own. */
function accusation(ctx: DocContext, requesters: Requesters, harm: Draft, head: number, doer: string | undefined): Draft | null {
  if (!doer) return null;
  const f = requesters.frame(head, head);
  if (!f) return null;
  const speaker = ctx.actorName(f.speaker.name);
  if (speaker === doer) return null;
  return finish({
    ...harm, type: "ACCUSE", cameo: "112", plover_mode: undefined, mode: "asserted", nominal: false,
    actors: [speaker, doer], head: f.speech, stem: "", setting: false, backReference: false, trigger: span(ctx, f.complement, f.speech + 1),
  });
}

/** Words looked at after a noun for the call or demand it is the object of. */
const REQUEST_REACH = 4;
/** Cases of a noun that a call takes as what it asks for: the genitive subject of a verbal noun
 *  (`danışıqların davam etdirilməsinə çağırıb`), the dative or accusative object. */
const REQUESTED_CASES = new Set(["gen", "dat", "acc"]);

/** The noun trigger is what a REQUEST trigger right after it in its clause asks for. */
function requestedBy(ctx: DocContext, index: TriggerIndex, hit: TriggerHit, sentEnd: number): boolean {
  const c = ctx.tokens[hit.end - 1].analysis?.case;
  if (!c || !REQUESTED_CASES.has(c)) return false;
  for (let j = hit.end; j < Math.min(sentEnd, hit.end + REQUEST_REACH); j++) {
    if (ctx.tokens[j].kind !== "word") return false;
    if (index.match(ctx.tokens, j, sentEnd).some((h) => h.entry.type === "REQUEST")) return true;
  }
  return false;
}

/** The actors of the last event told in this sentence or the two before, on the same side of the quotation marks. */
function sidesInFocus(told: readonly Draft[], si: number, quoted: boolean): string[] {
  for (let k = told.length - 1; k >= 0 && (told[k].sentence ?? -1) >= si - NARRATIVE_REACH; k--) {
    if (told[k].quoted === quoted) return [...told[k].actors];
  }
  return [];
}

/** A conditional verb (`etsə`, not the concessive `etsə də`) or a `-dıqda` converb: a condition of another clause. */
function isCondition(ctx: DocContext, t: EventTables, verb: number, conditionalForm: boolean): boolean {
  const tk = ctx.tokens[verb];
  if (t.modes.conditionEndings.some((x) => tk.lower.endsWith(x))) return true;
  if (!conditionalForm) return false;
  const next = ctx.tokens[verb + 1];
  return !(next && next.sent === tk.sent && t.modes.concessive.includes(next.lower));
}

/** The word after an infinitive says it is planned (`planlaşdırır`, `niyyətindədir`). */
function plannedBy(ctx: DocContext, t: EventTables, verb: number): boolean {
  const next = ctx.tokens[verb + 1];
  if (!next || next.sent !== ctx.tokens[verb].sent) return false;
  return [...t.modes.futureWords, ...t.modes.readinessWords].some((f) => next.lower.startsWith(f));
}

/** Words looked at past a conjunction for the topic word of a list (`A və digər məsələlərlə bağlı`). */
const LIST_REACH = 4;

/** The word after a noun trigger, past a linking `ilə` (`razılaşma ilə bağlı`); for a noun joined to
 *  others by a conjunction, the topic word that closes the list, if one does (`A və B barədə`). */
function followingWord(ctx: DocContext, t: EventTables, from: number, sentEnd: number): string | null {
  let j = from;
  if (j < sentEnd && t.coordinators?.includes(ctx.tokens[j].lower)) {
    for (let k = j + 1; k < Math.min(sentEnd, j + 1 + LIST_REACH); k++) {
      const tk = ctx.tokens[k];
      if (tk.kind === "word" && t.topicWords.includes(tk.lower)) return tk.lower;
      if (tk.kind !== "word" || ctx.forms.endsClause(tk)) break;
    }
  }
  if (j < sentEnd && t.topicLinks.includes(ctx.tokens[j].lower)) j++;
  return j < sentEnd && ctx.tokens[j].kind === "word" ? ctx.tokens[j].lower : null;
}

/** A word of one of `stems` in [a, b). */
function hasStemBefore(ctx: DocContext, stems: string[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (ctx.tokens[i].kind === "word" && ctx.stemForm(ctx.tokens[i], stems)) return true;
  return false;
}

/** A condition word right after the trigger phrase makes it the condition of another clause. */
function conditional(ctx: DocContext, t: EventTables, from: number, sentEnd: number): boolean {
  let reach = from + CONDITION_WINDOW;
  for (let j = from; j < Math.min(sentEnd, reach); j++) {
    const tk = ctx.tokens[j];
    if (t.modes.conditionWords.includes(tk.lower)) return true;
    // conditions joined by a comma after a participle (`X olunacağı, lakin Y olunacağı təqdirdə`) share the condition word
    if (tk.norm === "," && ownedVerbalNoun(ctx.tokens[j - 1])) { reach = j + 1 + CONDITION_WINDOW * 2; continue; }
    if (tk.kind === "punct" || (ctx.forms.endsClause(tk) && !ownedVerbalNoun(tk))) return false;
  }
  return false;
}

function finish(d: Omit<Draft, "score">): Draft {
  const out: Draft = { ...d, score: ploverScore(d.type, d.plover_mode) };
  if (out.cameo === undefined) delete out.cameo;
  if (out.plover_mode === undefined) delete out.plover_mode;
  return out;
}

function span(ctx: DocContext, a: number, b: number) {
  const start = ctx.tokens[a].start, end = ctx.tokens[b - 1].end;
  return { start, end, text: ctx.doc.text.slice(start, end) };
}

/** The finite verb a noun trigger depends on: the first clause-final form after it in the sentence. */
function governingVerb(ctx: DocContext, from: number, sentEnd: number): number {
  let lastWord = from - 1;
  const side = ctx.quoted[from - 1];
  for (let j = from; j < sentEnd; j++) {
    const tk = ctx.tokens[j];
    if (ctx.quoted[j] !== side) break;
    if (tk.kind === "word") lastWord = j;
    if (ctx.forms.endsClause(tk)) return j;
  }
  return lastWord;
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

interface Args { actors: string[]; subjects: string[]; location: string | null }

function arguments_(ctx: DocContext, t: EventTables, e: TriggerEntry, hit: TriggerHit, cs: number, ce: number, passive: boolean, nominal: boolean, speaker: () => string | null): Args | null {
  const sent = ctx.doc.sentences[ctx.tokens[hit.head].sent];
  const quoted = ctx.quoted[hit.head] === 1;
  const sameSide = (m: MentionInfo) => (ctx.quoted[m.tokStart] === 1) === quoted;
  // names between a noun and its verb are the verb's arguments (`hədiyyə X tərəfindən Y-ə verilib`)
  const inside = (m: MentionInfo) => !nominal && m.tokStart > hit.head && m.tokEnd < hit.end;
  const inClause = ctx.actorsIn(cs, ce, quoted).filter((m) => m.tokEnd <= hit.head || m.tokStart >= hit.end || inside(m));
  const before = inClause.filter((m) => m.tokEnd <= hit.head || inside(m));
  let subject: MentionInfo | undefined;
  if (passive) {
    subject = inClause.find((m) => t.agent.includes(ctx.tokens[m.tokEnd]?.lower ?? ""));
  } else {
    // the agent of the passive verbal noun a noun trigger is the subject of (`hücumun X tərəfindən
    // həyata keçirildiyini`) is who did it, whoever reports it
    if (nominal) subject = inClause.find((m) => m.tokStart >= hit.end && t.agent.includes(ctx.tokens[m.tokEnd]?.lower ?? ""));
    if (nominal) subject ??= before.find((m) => m.case === "gen" && hit.head - m.tokEnd <= 1);
    // a trigger verb that is the reported object of speech (`X Y-in Z-ni vurduğunu deyib`) has its
    // subject in the genitive; the nominative is who says it
    if (!nominal && isReportedForm(ctx.tokens[hit.verb])) subject = [...before].reverse().find((m) => m.case === "gen");
    subject ??= pickSubject(before.filter((m) => m.case === "nom" && !modifiesNoun(ctx, m)));
    if (!subject && !afterComplementiser(ctx, t, cs)) {
      // the subject of an earlier clause of the sentence: `X gəlib, Y ilə görüşüb` (not `X deyib ki, …`)
      // (the nominative of a passive clause is what was done, not who did it: `X ləğv edilib, Y isə …`)
      subject = pickSubject(ctx.actorsIn(sent.tokStart, cs, quoted).filter((m) => m.case === "nom" && !passiveClause(ctx, m.tokStart) && !modifiesNoun(ctx, m)));
    }
  }
  const objCases = e.object ?? [];
  // (a name modifying a possessed noun stands in that noun's case: `Qətər kral ailəsindən`; only before the
  // trigger, as an argument of it, not of a later verb of the sentence)
  const candidates = (nominal ? inClause : before).filter((m) => m !== subject && (objCases.includes(m.case) || (m.tokEnd <= hit.head && objCases.includes(izafetCase(ctx, m)!))) &&
    (!e.objectTypes || e.objectTypes.includes(m.type)));
  const object = candidates.sort((a, b) => Math.abs(a.tokStart - hit.head) - Math.abs(b.tokStart - hit.head))[0];
  // talking with a journalist (`jurnalist X ilə söhbətində`) is an interview, a speech act, not a consultation
  if (object && e.type === "CONSULT" && t.interviewers?.includes(ctx.tokens[object.tokStart - 1]?.lower ?? "")) return null;
  const between = twoSided(ctx, t, cs, hit.head);
  if (e.objectRequired && !object && between.length === 0) return null;
  let location: string | null = null;
  if (e.destination && object && object.type === "LOC") location = object.name;
  const places = ctx.mentionsIn(cs, ce).filter((m) => m.place && sameSide(m));
  const sentPlaces = ctx.mentionsIn(sent.tokStart, sent.tokEnd).filter((m) => m.place && sameSide(m));
  const place = places[places.length - 1] ?? sentPlaces[sentPlaces.length - 1];
  location ??= place?.name ?? null;

  let actors: string[] = [];
  // speech with no named subject is the speaker's own act (`"… görüşdük"`)
  const subjectName = subject?.name ?? (quoted && !passive ? speaker() : null);
  if (subjectName) actors.push(subjectName);
  // subjects joined by a conjunction act together: `X və Y … yaradacaq`
  if (subject && !passive && before.includes(subject)) actors.push(...conjuncts(ctx, t, subject, before).map((m) => m.name));
  if (object) actors.push(object.name);
  actors.push(...between);
  if (passive) actors.push(...inClause.filter((m) => m !== subject).map((m) => m.name));
  else if (!object && actors.length > 0) {
    const other = inClause.find((m) => m !== subject && m.case !== "nom");
    if (other) actors.push(other.name);
  }
  if (actors.length === 0) {
    // the whole sentence, but not the speech frame of a `X bildirib ki, …` clause
    const from = afterComplementiser(ctx, t, cs) ? cs : sent.tokStart;
    const wide = ctx.actorsIn(from, sent.tokEnd, quoted).filter((m) => m.tokEnd <= hit.head || m.tokStart >= hit.end);
    actors = wide.map((m) => m.name);
  }
  if (actors.length === 0 || (subject && isGroupWord(ctx, t, subject))) {
    const group = groupReference(ctx, t, sent.tokStart, sent.tokEnd);
    if (group.length) actors = [...group, ...actors.filter((a) => a !== subject?.name)];
  }
  if (actors.length === 0 && passive) actors = titleParties(ctx, cs, hit.head);
  if (actors.length === 0 && passive) actors = patientOwner(ctx, t, cs, hit.head);
  // people protesting with no one named: the protest is the country's where it happens (PLOVER: civilians of a state)
  if (actors.length === 0 && e.type === "PROTEST" && place) actors = [place.name];
  if (passive && !subject && STATE_ACTS.has(e.type) && place?.iso) actors.unshift(place.name);
  return { actors: unique(actors.map((a) => ctx.actorName(a))), subjects: subjectName ? [ctx.actorName(subjectName)] : [], location };
}

/** A passive act on a document named in quotation marks right before it (`“X ilə Y arasında … Proqramı”
 *  imzalanıb`): the parties its title names are the sides. A title is no speech, so its names count. */
function titleParties(ctx: DocContext, cs: number, head: number): string[] {
  const close = ctx.tokens[head - 1];
  if (!close || close.kind !== "punct" || !ctx.quoted[head - 2] || ctx.quoted[head]) return [];
  return unique(ctx.mentionsIn(cs, head).filter((m) => ctx.quoted[m.tokStart] === 1 && !m.place && !m.modifier && !m.source).map((m) => m.name));
}

/** The clause opens after `ki,`: the clause before is who says it, not who does it. */
function afterComplementiser(ctx: DocContext, t: EventTables, cs: number): boolean {
  for (let j = cs - 1; j >= Math.max(0, cs - 2); j--) {
    if (t.complementisers.includes(ctx.tokens[j].lower)) return true;
  }
  return false;
}

/** Nominative mentions joined to `m` by a conjunction or a comma (`X, Y və Z`), in text order. */
function conjuncts(ctx: DocContext, t: EventTables, m: MentionInfo, pool: MentionInfo[]): MentionInfo[] {
  const joins = (a: MentionInfo, b: MentionInfo) => {
    if (b.tokStart - a.tokEnd !== 1) return false;
    const w = ctx.tokens[a.tokEnd];
    return w.norm === "," || (t.coordinators?.includes(w.lower) ?? false);
  };
  const noms = pool.filter((x) => x.case === "nom" || x === m);
  const k = noms.indexOf(m);
  const out: MentionInfo[] = [];
  for (let j = k + 1; j < noms.length && joins(noms[j - 1], noms[j]); j++) out.push(noms[j]);
  for (let j = k - 1; j >= 0 && joins(noms[j], noms[j + 1]); j--) out.unshift(noms[j]);
  return out;
}

/** The clause holding token `i` ends in a passive verb (the word before its closing comma). */
function passiveClause(ctx: DocContext, i: number): boolean {
  let v = ctx.clauseEnd[i];
  if (ctx.tokens[v]?.kind === "punct") v--;
  const tk = ctx.tokens[v];
  return tk?.analysis?.passive === true;
}

/** Cases of a possessed noun that make a bare name before it its modifier (`ABŞ universitetlərində`). */
const OBLIQUE_HEAD = new Set(["gen", "dat", "acc", "loc", "abl", "ins"]);

/** A bare name right before a common noun with a possessive and an oblique case, past at most one bare
 *  noun, modifies that noun (an izafet: `ABŞ universitetlərində` at US universities, `Qətər kral ailəsindən`
 *  from Qatar's royal family): it is not the clause's subject, and it stands in the case of that noun. */
function izafetCase(ctx: DocContext, m: MentionInfo): MentionInfo["case"] | null {
  if (m.case !== "nom") return null;
  const sent = ctx.tokens[m.tokStart].sent;
  for (let j = m.tokEnd; j < m.tokEnd + 2; j++) {
    const tk = ctx.tokens[j];
    const a = tk?.analysis;
    if (!a || tk.sent !== sent || isCapitalised(tk) || a.pos !== "NOUN") return null;
    if (a.poss !== undefined && a.case !== undefined && OBLIQUE_HEAD.has(a.case)) return a.case;
    if (a.poss !== undefined || a.case !== undefined) return null;
  }
  return null;
}

function modifiesNoun(ctx: DocContext, m: MentionInfo): boolean {
  return izafetCase(ctx, m) !== null;
}

/** Prefers a person to a body or a country among candidate subjects. */
function pickSubject(ms: MentionInfo[]): MentionInfo | undefined {
  return ms.find((m) => m.type === "PER") ?? ms[0];
}

/** `X və Y arasında`: the sides named before the postposition. A participle between the postposition
 *  and the trigger takes the phrase as its own (`X və Y arasında baş vermiş qarşıdurma ilə əlaqədar …`),
 *  unless it stands right before the trigger and so describes it (`X və Y arasında keçirilən görüş`). */
function twoSided(ctx: DocContext, t: EventTables, cs: number, head: number): string[] {
  for (let j = cs; j < head; j++) {
    if (!t.between.includes(ctx.tokens[j].lower)) continue;
    for (let k = j + 1; k < head - 1; k++) if (isParticiple(ctx.tokens[k])) return [];
    return ctx.mentionsIn(Math.max(cs, j - 8), j).filter((m) => !m.source).map((m) => m.name);
  }
  return [];
}

/** A verbal noun with a possessive and no case (`olunacağı`, `etdiyi`): a clause that is not finite. */
function ownedVerbalNoun(tk: Token): boolean {
  const a = tk.analysis;
  return a?.pos === "VERB" && a.poss !== undefined && a.case === undefined;
}

/** A verb form that describes a noun (`keçirilən`, `baş vermiş`), not a verbal noun (`edilməsi`). */
function isParticiple(tk: Token): boolean {
  const a = tk.analysis;
  return a?.pos === "VERB" && (a.verbForm === "part" || (a.verbForm === undefined && a.tense === "evid"));
}

/** A mention that is a group phrase read as a name (`Tərəflər`). */
function isGroupWord(ctx: DocContext, t: EventTables, m: MentionInfo): boolean {
  const first = ctx.tokens[m.tokStart].lower;
  return t.groupRefs.some((words) => words.length === 1 && first.startsWith(words[0]));
}

/** `hər iki ölkə`, `tərəflər`: the last two places named before the sentence. */
function groupReference(ctx: DocContext, t: EventTables, a: number, b: number): string[] {
  const toks = ctx.tokens;
  const found = t.groupRefs.some((words) => {
    for (let i = a; i + words.length <= b; i++) {
      // "*" stands for any one word (`iki nüvə dövləti`)
      if (words.every((w, k) => toks[i + k].kind === "word" && (w === "*" || toks[i + k].lower.startsWith(w)))) return true;
    }
    return false;
  });
  if (!found) return [];
  const names: string[] = [];
  for (let k = ctx.mentions.length - 1; k >= 0 && names.length < 2; k--) {
    const m = ctx.mentions[k];
    if (m.tokStart < a && m.type === "LOC" && !names.includes(m.name)) names.push(m.name);
  }
  return names;
}

/** A passive with no named side: the owner named before with the same patient (`X-a məxsus təyyarə`). */
function patientOwner(ctx: DocContext, t: EventTables, cs: number, head: number): string[] {
  const toks = ctx.tokens;
  let noun = "";
  for (let i = cs; i < head; i++) {
    const tk = toks[i];
    if (tk.kind === "word" && !ctx.mentions.some((m) => m.tokStart <= i && i < m.tokEnd)) { noun = tk.lower; break; }
  }
  if (noun.length < 4) return [];
  const sentNo = toks[cs].sent;
  for (let i = cs - 1; i >= 0 && toks[i].sent >= sentNo - 2; i--) {
    if (!toks[i].lower.startsWith(noun)) continue;
    let j = i - 1;
    if (j >= 0 && t.ownership.includes(toks[j].lower)) j--;
    const owner = ctx.mentions.find((m) => m.tokEnd - 1 === j || m.tokEnd === j);
    if (owner) return [owner.name];
  }
  return [];
}

/** Spans of a participation clause, one per event noun in the locative or dative before the verb. */
function participationParts(ctx: DocContext, t: EventTables, cs: number, head: number): [number, number, number][] {
  const parts: [number, number, number][] = [];
  let a = cs;
  for (let i = cs; i < head; i++) {
    const stem = ctx.stemForm(ctx.tokens[i], t.eventNouns);
    if (!stem) continue;
    const c = ctx.forms.caseOf(ctx.tokens[i], stem);
    if (c !== "loc" && c !== "dat") continue;
    parts.push([a, i + 1, i]);
    a = i + 1;
  }
  if (parts.length > 0) parts[parts.length - 1][1] = Math.max(parts[parts.length - 1][1], head);
  return parts;
}

/** The date: the clause, the sentence, then the narrative's reference (previous sentence, dated heading). */
function dateOf(ctx: DocContext, t: EventTables, cs: number, ce: number, si: number, head: number, sectionDate: string | null, tense: Tense, planned = false): { value: string | null; own: boolean } {
  // a vague reference (`bu yaxınlarda`, PAST_REF) places nothing on the calendar
  // what is still planned is on no date before the news was written (`2001-ci ildən bəri … almağı planlaşdırdığı`)
  const fits = (d: DatedSpan) => d.absolute && (!planned || fitsTense(d.value, ctx.doc.document_date, "future"));
  const clause = ctx.datesIn(cs, ce).filter(fits);
  if (clause.length) return { value: nearest(clause, head).value, own: true };
  const s = ctx.doc.sentences[si];
  // a date of a later clause belongs to that clause's verb (`X razılaşıb, avqustun 1-dən qüvvəyə minəcək`)
  const sentence = ctx.datesIn(s.tokStart, ce).filter(fits);
  if (sentence.length) return { value: nearest(sentence, head).value, own: true };
  const opening = ctx.tokens.slice(s.tokStart, Math.min(s.tokEnd, s.tokStart + 3)).map((x) => x.lower);
  if (opening.some((w) => t.timeShift.includes(w))) return { value: null, own: false };
  // the narrative's reference: the last absolute date of the sentences just before (undated ones continue it)
  for (let k = si - 1; k >= Math.max(0, si - NARRATIVE_REACH); k--) {
    const p = ctx.doc.sentences[k];
    const prev = ctx.datesIn(p.tokStart, p.tokEnd);
    if (!prev.length) continue;
    const abs = prev.filter((d) => d.absolute);
    const value = abs.length ? abs[abs.length - 1].value : sectionDate;
    return { value: fitsTense(value, ctx.doc.document_date, tense) ? value : null, own: false };
  }
  return { value: fitsTense(sectionDate, ctx.doc.document_date, tense) ? sectionDate : null, own: false };
}

type Tense = "past" | "present" | "future" | null;

/** The tense of the verb that carries an event: past, present (happening as the news is written) or future. */
function tenseOf(tk: Token, future: boolean): Tense {
  const x = tk.analysis?.tense;
  if (future || x === "fut") return "future";
  if (x === "past" || x === "evid") return "past";
  return x === "pres" ? "present" : null;
}

/** A date told before places an event only when the verb's tense agrees with it: what is happening now
 *  is not on a past or coming date, what happened is not on a coming one, what will happen not on a past one. */
function fitsTense(value: string | null, docDate: string | null | undefined, tense: Tense): boolean {
  if (value === null || !docDate || tense === null) return true;
  if (tense === "present") return false;
  const n = Math.min(value.length, docDate.length);
  const rel = value.slice(0, n).localeCompare(docDate.slice(0, n));
  return tense === "past" ? rel <= 0 : rel >= 0;
}

/** A demand's date: its clause, its sentence, then the sentence naming its speaker (`Bunu X iyulun 5-də deyib`). */
function demandDate(ctx: DocContext, cs: number, ce: number, si: number, head: number, speakerSentence: number): { value: string | null; own: boolean } {
  const s = ctx.doc.sentences[si];
  const own = ctx.datesIn(cs, ce).length ? ctx.datesIn(cs, ce) : ctx.datesIn(s.tokStart, s.tokEnd);
  if (own.length) return { value: nearest(own, head).value, own: true };
  const said = ctx.doc.sentences[speakerSentence];
  const there = said ? ctx.datesIn(said.tokStart, said.tokEnd) : [];
  return { value: there.length ? there[0].value : null, own: false };
}

function nearest<T extends { tokStart: number }>(xs: T[], head: number): T {
  // the last date before the trigger, else the first after it
  const before = xs.filter((x) => x.tokStart < head);
  return before.length ? before[before.length - 1] : xs[0];
}

/** The one acting in `a` is acted on in `b` and the other way round. */
function swapped(a: string[], b: string[]): boolean {
  return a[0] !== b[0] && a.indexOf(b[0]) > 0 && b.indexOf(a[0]) > 0;
}

/** What makes two events one: type, date and sides; who acts first counts unless the act is mutual
 *  (X's tariffs on Y and Y's on X are two acts). */
function eventKey(d: Draft): string {
  const first = MUTUAL.has(d.type) ? "" : d.actors[0];
  return `${d.type}|${first}|${[...d.actors].sort().join(";")}|${d.date}`;
}

/** Each event once: same type, actors and date; a mention restating an earlier event is dropped. */
function dedupe(drafts: Draft[]): Event[] {
  const out: Draft[] = [];
  const keys = new Set<string>();
  // an event noun a participation verb takes part in is that event, not one of its own
  const partNouns = new Set(drafts.flatMap((d) => d.parts ?? []));
  for (const d of drafts) {
    if (d.nominal && partNouns.has(d.head)) continue;
    // a gathering named as the setting of another act of its clause (`sammitində … razılığa gəlib`) is
    // told by that act
    if (d.setting && d.type === "CONSULT" && drafts.some((o) => o.clause === d.clause && o.sentence === d.sentence && !o.nominal && o.type !== d.type)) continue;
    if (d.backReference && out.some((o) => o.type === d.type && (d.sentence ?? 0) - (o.sentence ?? 0) <= NARRATIVE_REACH)) continue;
    // one side at a gathering told before (`X ECO-nun Zirvə görüşündə bildirib`) is a side of that gathering
    const gathering = d.setting && d.actors.length === 1 ? out.findIndex((o) => o.type === d.type && o.stem === d.stem &&
      (o.date === d.date || !d.ownDate)) : -1;
    if (gathering >= 0) {
      const o = out[gathering];
      if (!o.actors.includes(d.actors[0])) out[gathering] = { ...o, actors: [...o.actors, d.actors[0]] };
      continue;
    }
    // the same act told again with more of its sides (`Çin …`, then `Vyetnam Çinlə …`) is one event
    const fuller = out.findIndex((o) => o.type === d.type && o.stem === d.stem && o.date === d.date &&
      o.actors.length < d.actors.length && o.actors.every((a) => d.actors.includes(a)));
    if (fuller >= 0) {
      const o = out[fuller];
      keys.delete(eventKey(o));
      out[fuller] = { ...o, actors: d.actors };
      keys.add(eventKey(d));
      continue;
    }
    const key = eventKey(d);
    if (keys.has(key)) continue;
    // an event whose sides are all among an earlier event's, undated or on its date, retells it when it is
    // a noun or a quoted verb, or, done by the same side, the same trigger again or another word for it
    // in the same sentence (the sides swapped is another act, told by a verb or a noun: X detains Y's citizens,
  // Y detains X's; `X-in Y-ə tətbiq etdiyi rüsum` after `Y X-ə qadağa qoyub`)
    const restates = out.some((o) => o.type === d.type && (o.date === d.date || !d.ownDate) &&
      d.actors.every((a) => o.actors.includes(a)) &&
      (MUTUAL.has(d.type) || !swapped(o.actors, d.actors) || !d.nominal) &&
      (d.nominal || (d.mode !== "demanded" && (d.quoted ||
        ((MUTUAL.has(d.type) || !swapped(o.actors, d.actors)) && (o.stem === d.stem || o.sentence === d.sentence))))));
    if (restates) continue;
    keys.add(key);
    out.push(d);
  }
  return out.map(({ nominal: _n, quoted: _q, ownDate: _o, head: _h, parts: _p, stem: _s, clause: _c, setting: _g, backReference: _b, ...ev }) => ev);
}

export const eventStage: Stage = {
  name: "events",
  run(doc, lang) {
    doc.events = extractEvents(doc, lang);
  },
};
