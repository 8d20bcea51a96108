// Readings of the words around a trigger: whether it tells an event of its own (not a condition, a
// thing refused or asked for, the first member of a compound, a topic) and which verb carries it.
import type { Token } from "../../text/doc.js";
import type { EventTables } from "./tables.js";
import { CLAUSE_MARKS, isCapitalised, type TriggerIndex, type TriggerHit } from "./triggers.js";
import type { DocContext } from "./context.js";
import { MUTUAL } from "./draft.js";

/** Clause-final words looked at after a trigger for a condition (`… etdiyi təqdirdə`). */
const CONDITION_WINDOW = 4;

/** A bare noun trigger (no case, no possessive) right before a common noun with a possessive: the first
 *  member of a compound (`hücum alətinə`), unless that noun is a frame or a topic word. */
export function modifiesNext(ctx: DocContext, t: EventTables, hit: TriggerHit): boolean {
  const tk = ctx.tokens[hit.head], next = ctx.tokens[hit.end];
  if (hit.end !== hit.head + 1 || tk.lower !== hit.entry.head || !next || next.sent !== tk.sent || isCapitalised(next)) return false;
  const a = next.analysis;
  if (a?.pos !== "NOUN" || a.poss === undefined) return false;
  return !t.eventFrames.includes(next.lower) && !t.topicWords.includes(next.lower) && !t.beforeWords.includes(next.lower);
}

/** Only punctuation (an opening quotation mark, a dash) stands before token `i` in its sentence. */
export function afterOpening(ctx: DocContext, i: number, sentStart: number): boolean {
  for (let j = i - 1; j >= sentStart; j--) if (ctx.tokens[j].kind !== "punct") return false;
  return true;
}

/** Token `i` opens a clause after a colon or a dash inside its sentence, where a capital tells no name (`…: Yaralananlar
 *  var`, `… - Saxlanılan var`). */
export function afterClauseMark(ctx: DocContext, i: number, sentStart: number): boolean {
  return i - 1 > sentStart && CLAUSE_MARKS.has(ctx.tokens[i - 1].norm);
}

/** Token `i` is a participle of the future (`keçiriləcək`) describing the noun after it. */
export function futureParticiple(ctx: DocContext, i: number, sentStart: number): boolean {
  if (i < sentStart) return false;
  const tk = ctx.tokens[i];
  const a = tk.analysis;
  if (a?.pos !== "VERB" || a.verbForm === "fin" || a.negated) return false;
  return a.tense === "fut" || (a.verbForm === "part" && ctx.forms.verbFeatures(tk, null).future);
}

/** Words after a noun looked at for a refusal that takes it as its object. */
const REFUSAL_REACH = 2;

/** Acts whose object noun does not take place: what is refused, or what one threatens with
 *  (`sanksiyalarla hədələyib`). */
const UNREALISED_BY = new Set(["REJECT", "THREATEN"]);

/** A REJECT or THREATEN trigger within reach after a noun: the noun is what is refused or threatened; or
 *  a trigger that calls off the act of noun `stem` (`görüşü ləğv edib`), which tells that act itself. */
export function refusedBy(ctx: DocContext, index: TriggerIndex, from: number, sentEnd: number, stem = ""): boolean {
  for (let j = from; j < Math.min(sentEnd, from + REFUSAL_REACH); j++) {
    if (ctx.tokens[j].kind !== "word") return false;
    if (index.match(ctx.tokens, j, sentEnd).some((h) => !h.fallback && UNREALISED_BY.has(h.entry.type) ||
      !!h.entry.senses?.some((x) => x.negates && x.stems?.some((st) => stem.startsWith(st))))) return true;
  }
  return false;
}

/** A finite verb form: a tense the morphology read, else an ending that closes a clause. */
export function finite(ctx: DocContext, tk: Token): boolean {
  const a = tk.analysis;
  if (a?.pos === "VERB") return a.verbForm === "fin" || (a.verbForm === undefined && a.tense !== undefined);
  return ctx.forms.endsClause(tk);
}

/** Words looked at after a noun for the call or demand it is the object of. */
const REQUEST_REACH = 4;
/** Cases of a noun that a call takes as what it asks for: the genitive subject of a verbal noun
 *  (`danışıqların davam etdirilməsinə çağırıb`), the dative or accusative object. */
const REQUESTED_CASES = new Set(["gen", "dat", "acc"]);

/** The noun trigger is what a REQUEST trigger right after it in its clause asks for. */
export function requestedBy(ctx: DocContext, index: TriggerIndex, hit: TriggerHit, sentEnd: number, listLinks: readonly string[] = []): boolean {
  const last = ctx.tokens[hit.end - 1].analysis;
  let c = last?.case, from = hit.end;
  // (a bare noun opening a compound has its case on the compound's possessed head: `danışıqlar masasına qayıtmağa
  // çağırıb`, the talks are what is asked, as `danışıqlara qayıtmağa çağırıb`)
  const head = ctx.tokens[hit.end];
  if (!c && !last?.poss && hit.end < sentEnd - 1 && head.kind === "word" && !isCapitalised(head) && head.analysis?.pos === "NOUN" && head.analysis.poss === "3") {
    c = head.analysis.case; from = hit.end + 1;
  }
  // (a noun in no case right before an infinitive is its object, `hücumları dayandırmağı istəyib`, `birgə təlimləri
  // dayandırmağı tələb edib`: what is asked, as the noun in a case is)
  const inf = ctx.tokens[from];
  const objectOfInfinitive = !c && from < sentEnd && inf.kind === "word" && inf.analysis?.verbForm === "inf";
  if (!objectOfInfinitive && (!c || !REQUESTED_CASES.has(c))) return false;
  // (one of a list of acts asked together, `X-i dayandırmağa, Y-i azad etməyə və Z-ə çağırıb`: the window runs on past each
  // link of the list, while no finite verb or participle has closed the clause the list stands in: `X-in danışıqlara
  // başlamağa hazırlaşdığı, Y-in … təzyiq etdiyi iddia edilib` lists what is claimed, no acts asked)
  let end = from + REQUEST_REACH, links = 0;
  for (let j = from; j < Math.min(sentEnd, end); j++) {
    const tk = ctx.tokens[j];
    if (listLinks.includes(tk.lower) && links < LIST_LINKS && !ctx.tokens.slice(from, j).some(closesClause)) {
      links++;
      end = j + 1 + CONJUNCT_REACH;
      continue;
    }
    if (tk.kind !== "word") return false;
    // (a request read after another sense of its head asks all the same: `danışıqlara dəvət edib`, invited to talks)
    if (index.match(ctx.tokens, j, sentEnd).some((h) => h.entry.type === "REQUEST")) return true;
  }
  return false;
}

/** Links of a list `requestedBy` reads past (at most this many): a demand rarely lists more acts. */
const LIST_LINKS = 4;
/** Words looked at after a link of such a list: a conjunct may be a longer phrase (`Ukraynanın gücləndirilməsi üçün tədbirlərə`). */
const CONJUNCT_REACH = 6;

/** A verb in a finite form or a participle: it closes a clause, of its own or a relative one. */
function closesClause(tk: Token): boolean {
  const a = tk.analysis;
  return tk.kind === "word" && a?.pos === "VERB" && (!a.verbForm || a.verbForm === "fin" || a.verbForm === "part");
}

/** A bare noun trigger that is the first member of a compound whose possessed head is asked for right after it (`ömürlük
 *  həbs cəzası tələb ediblər`, `10 il həbs cəzası istəyib`, `sanksiya paketini tələb edir`): the punishment or measure
 *  demanded, no act done (a compound given, `həbs cəzası verilib`, still tells it). */
export function compoundAsked(ctx: DocContext, t: EventTables, index: TriggerIndex, hit: TriggerHit, sentEnd: number): boolean {
  const tk = ctx.tokens[hit.end - 1], head = ctx.tokens[hit.end], next = ctx.tokens[hit.end + 1];
  if (hit.end - 1 !== hit.head || tk.analysis?.case || tk.analysis?.poss || tk.lower !== hit.entry.head) return false;
  if (!head || !next || hit.end + 1 >= sentEnd || head.kind !== "word" || isCapitalised(head) || head.analysis?.pos !== "NOUN" || head.analysis.poss !== "3") return false;
  if (next.kind !== "word") return false;
  return !!t.modes.askWords?.some((w) => next.lower.startsWith(w)) || index.match(ctx.tokens, hit.end + 1, sentEnd).some((h) => !h.fallback && h.entry.type === "REQUEST");
}

/** Words looked at after a describing participle for the name of the one it describes (`məhkum edilmiş sahibi X`). */
const DESCRIBED_REACH = 3;

/** The verb of a phrase in the evidential past form standing right before a common noun it describes, as a participle, and
 *  no name in that noun's phrase (`Beynəlxalq axtarışa verilmiş şəxs Azərbaycandan Rusiyaya ekstradisiya edilib`): the state
 *  of someone unnamed, told as background; the names after it are the main verb's sides, not its own. Where the one described
 *  is named (`… ittihamı ilə məhkum edilmiş sahibi İlqar İsmayılov … azadlığa buraxılıb`, `lisenziyası ləğv edilmiş “X Bank”`)
 *  the act stays, as the gold sets tell a named person's sentence, and so where the participle's own clause names a side;
 *  closing a clause (`… edilmişdir.`) the form is finite. */
export function describingPerfect(ctx: DocContext, verb: number, sentEnd: number): boolean {
  const a = ctx.tokens[verb].analysis, next = ctx.tokens[verb + 1];
  if (a?.pos !== "VERB" || a.tense !== "evid" || a.verbForm !== undefined || a.case || a.poss || a.negated) return false;
  if (!next || verb + 1 >= sentEnd || next.lineBefore || next.kind !== "word" || isCapitalised(next)) return false;
  const p = next.analysis?.pos;
  if (p !== "NOUN" && p !== "NUM" && p !== "ADJ") return false;
  if (ctx.mentionsIn(verb + 1, Math.min(sentEnd, verb + 1 + DESCRIBED_REACH)).some((m) => !m.place && (m.case === undefined || m.case === "nom" || m.case === "gen"))) return false;
  // (nor where the participle's own words name a side, `Norveç tərəfindən həbs edilmiş jurnalistlər`: its agent acts)
  return ctx.mentionsIn(ctx.clauseStart[verb], verb).length === 0;
}

/** Words looked at after a noun of harm in the locative for the one an accusation right after charges with it. */
const ACCUSED_REACH = 8;

/** The trigger is the act an accusation charges someone with: it ends in, or is the object of, an infinitive in the
 *  locative (`çevrilişə cəhd etməkdə`, `danışıqları pozmaqda`) right before an ACCUSE trigger (`ittiham edib`,
 *  `günahlandırıb`), or is a noun of harm in the locative right before it (`X-i mülki obyektlərə hücumlarda ittiham edib`;
 *  not a gathering, where the charge was made: `Y-i görüşdə ittiham edib`). The accusation tells it; it is no act of the
 *  accuser's. */
export function allegedBy(ctx: DocContext, index: TriggerIndex, hit: TriggerHit, sentEnd: number): boolean {
  const last = ctx.tokens[hit.end - 1].analysis;
  if (last?.pos === "NOUN" && last.case === "loc" && !MUTUAL.has(hit.entry.type) && hit.end < sentEnd &&
    index.match(ctx.tokens, hit.end, sentEnd).some((h) => !h.fallback && h.entry.type === "ACCUSE" && h.head === hit.end)) return true;
  // (and so with the one accused between, in the accusative right before the accusation: `X hücumda Y-i günahlandırıb`,
  // `hücumda Y ilə əlaqəli qruplaşmanı ittiham edib`; a verb of its own in between ends the reach)
  if (last?.pos === "NOUN" && last.case === "loc" && !MUTUAL.has(hit.entry.type)) {
    for (let j = hit.end; j < Math.min(sentEnd - 1, hit.end + ACCUSED_REACH); j++) {
      const tk = ctx.tokens[j], a = tk.analysis;
      if (tk.kind !== "word") break;
      if (a?.pos === "VERB" && a.verbForm !== "vnoun" && !isCapitalised(tk)) break;
      const accusative = a?.case === "acc" || ctx.mentionsIn(j, j + 1).some((m) => m.tokEnd === j + 1 && m.case === "acc");
      if (accusative && index.match(ctx.tokens, j + 1, sentEnd).some((h) => !h.fallback && h.entry.type === "ACCUSE" && h.head === j + 1)) return true;
    }
  }
  // (and so past the noun of an attempt in the locative, `dövlət çevrilişinə cəhddə təqsirli bilərək`: the attempt charged)
  const attempt = ctx.tokens[hit.end];
  if (last?.case === "dat" && attempt?.analysis?.case === "loc" && !!ctx.stemForm(attempt, ctx.t.modes.attemptWords ?? []) && hit.end + 1 < sentEnd &&
    !MUTUAL.has(hit.entry.type) && index.match(ctx.tokens, hit.end + 1, sentEnd).some((h) => !h.fallback && h.entry.type === "ACCUSE" && h.head === hit.end + 1)) return true;
  for (let j = hit.verb; j < Math.min(sentEnd - 1, hit.end + REQUEST_REACH); j++) {
    const tk = ctx.tokens[j], a = tk.analysis;
    if (tk.kind !== "word") return false;
    if (a?.pos === "VERB" && a.verbForm !== "inf") return false;
    if (a?.verbForm === "inf" && a.case === "loc") return index.match(ctx.tokens, j + 1, sentEnd).some((h) => !h.fallback && h.entry.type === "ACCUSE");
  }
  return false;
}

/** Words looked at after an act's verb for the threat or warning it is the content of (a postposition between). */
const THREAT_REACH = 2;

/** The act, its verb a participle of the future closing the trigger (`tarif tətbiq edəcəyi ilə hədələyib`, `sanksiyalar
 *  tətbiq edəcəyi barədə xəbərdarlıq edib`), is what a THREATEN trigger right after it threatens: the threat tells it, it
 *  is no act of its own (as `sanksiyalarla hədələyib`, `refusedBy`). */
export function threatenedBy(ctx: DocContext, index: TriggerIndex, hit: TriggerHit, sentEnd: number, sentStart: number): boolean {
  // (the participle closes the hit, or is the light verb right after a bare noun hit: `tətbiq edəcəyi`)
  const futureAt = (k: number) => k < sentEnd && ctx.tokens[k].analysis?.verbForm !== "fin" && futureParticiple(ctx, k, sentStart);
  const verb = futureAt(hit.end - 1) ? hit.end - 1 : futureAt(hit.end) ? hit.end : -1;
  if (verb < 0) return false;
  for (let j = verb + 1; j < Math.min(sentEnd, verb + 1 + THREAT_REACH); j++) {
    if (ctx.tokens[j].kind !== "word") return false;
    if (index.match(ctx.tokens, j, sentEnd).some((h) => !h.fallback && h.entry.type === "THREATEN")) return true;
  }
  return false;
}

/** Words looked at after an act's verb for the denial it is the object of (a topic word and the reports between). */
const DENIAL_REACH = 3;

/** The act, its verb a reported form or a participle closing the trigger (`hücum etdiyini`, `görüşəcəyi barədə xəbərləri`),
 *  is what a REJECT trigger right after it denies (`təkzib edib`, `inkar edib`): the denial tells it, it did not happen as
 *  told (as the gold sets list only the denial). */
export function deniedBy(ctx: DocContext, index: TriggerIndex, hit: TriggerHit, sentEnd: number): boolean {
  const reported = (k: number) => {
    const a = ctx.tokens[k]?.analysis;
    // (the future participle is read as a future tense with a possessive: `görüşəcəyi`)
    return k < sentEnd && a?.pos === "VERB" && a.verbForm !== "inf" && a.poss !== undefined &&
      (a.verbForm === "part" || a.verbForm === "vnoun" || a.case === "acc" || (a.verbForm === undefined && a.tense === "fut"));
  };
  const verb = reported(hit.end - 1) ? hit.end - 1 : reported(hit.end) ? hit.end : -1;
  if (verb < 0) return false;
  for (let j = verb + 1; j < Math.min(sentEnd, verb + 1 + DENIAL_REACH); j++) {
    if (ctx.tokens[j].kind !== "word") return false;
    if (index.match(ctx.tokens, j, sentEnd).some((h) => !h.fallback && h.entry.type === "REJECT" && h.head === j)) return true;
  }
  return false;
}

/** A condition word (`təqdirdə`, `halda`) in tokens [a, b): what follows is promised on that condition. */
export function conditionBefore(ctx: DocContext, t: EventTables, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (t.modes.conditionWords.includes(ctx.tokens[j].lower)) return true;
  return false;
}

/** A conditional verb (`etsə`, not the concessive `etsə də`) or a `-dıqda` converb: a condition of another clause. */
export function isCondition(ctx: DocContext, t: EventTables, verb: number, conditionalForm: boolean): boolean {
  const tk = ctx.tokens[verb];
  if (t.modes.conditionEndings.some((x) => tk.lower.endsWith(x))) return true;
  if (!conditionalForm) return false;
  const next = ctx.tokens[verb + 1];
  return !(next && next.sent === tk.sent && t.modes.concessive.includes(next.lower));
}

/** A negated converb (`etmədən`, `etməyərək`: without doing): an act not done, told as the manner of another. */
export function notDoing(tk: Token): boolean {
  const a = tk.analysis;
  return a?.pos === "VERB" && a.verbForm === "conv" && a.negated === true;
}

/** `X etməyə davam edəcək`: the verb of going on after infinitive `verb`, or -1. */
export function continuedBy(ctx: DocContext, t: EventTables, verb: number): number {
  const tk = ctx.tokens[verb], next = ctx.tokens[verb + 1], aux = ctx.tokens[verb + 2];
  // (`X etməyə başlayıb` began to: the verb of beginning, right after, carries the tense and mode itself)
  // (and so for the verbal noun of the act as the subject of that verb, `qoşunların çıxarılması başlayıb`)
  const begun = tk.analysis?.verbForm === "inf" || (tk.analysis?.verbForm === "vnoun" && tk.analysis.poss === "3" && tk.analysis.case === undefined);
  if (begun && next && next.sent === tk.sent && next.kind === "word"
    && t.modes.beginWords?.some((w) => next.lower.startsWith(w))) return verb + 1;
  if (tk.analysis?.verbForm !== "inf" || !next || !aux || aux.sent !== tk.sent || aux.kind !== "word") return -1;
  return t.modes.continueWords?.some((w) => next.lower.startsWith(w)) ? verb + 2 : -1;
}

/** The word after an infinitive says it is planned (`planlaşdırır`, `niyyətindədir`). */
export function plannedBy(ctx: DocContext, t: EventTables, verb: number): boolean {
  const next = ctx.tokens[verb + 1];
  if (!next || next.sent !== ctx.tokens[verb].sent) return false;
  const starts = (f: string) => next.lower.startsWith(f);
  if (t.modes.futureWords.some(starts) || t.modes.readinessWords.some(starts) || !!t.modes.decisionWords?.some(starts)) return true;
  if (decidedAfterTopic(ctx, t, verb)) return true;
  // (and so does being compelled to it, still to come: `… cavab verməyə məcbur olacağıq`; `məcbur olub` tells what happened)
  const copula = ctx.tokens[verb + 2];
  if (t.modes.compelledWords?.some(starts) && !!copula && copula.sent === next.sent && !!t.modes.compelledCopulas?.includes(copula.lower)) return true;
  // (so does a task given, active or passive: `X-ə … bildiriş göndərmək həvalə olunub`, `… danışıqlar aparmaq tapşırılıb`)
  if (t.modes.taskWords?.some(starts)) return true;
  // a proposal (`tətbiq etməyi tövsiyə edib`) plans the act; a passive one (`gəlmək tövsiyə olunur`) advises anyone
  if (!t.modes.proposalWords?.some(starts)) return false;
  const light = ctx.tokens[verb + 2];
  return !(light && light.sent === next.sent && (light.analysis?.passive || ctx.forms.verbFeatures(light, null).passive));
}

/** The infinitive at `verb` is followed by a topic word and a noun of a decision (`səfiri çıxarmaq barədə qərar verib`):
 *  the act decided. */
export function decidedAfterTopic(ctx: DocContext, t: EventTables, verb: number): boolean {
  const topic = ctx.tokens[verb + 1], noun = ctx.tokens[verb + 2];
  if (!topic || !noun || noun.sent !== ctx.tokens[verb].sent || !t.topicWords.includes(topic.lower)) return false;
  return !!t.modes.decisionAfterTopic?.some((w) => noun.lower.startsWith(w));
}

/** Cases that end a list of nouns before its topic word (the nominative, genitive and comitative go on). */
const OUTSIDE_LIST = new Set(["dat", "acc", "loc", "abl"]);

/** Words looked at past a conjunction for the topic word of a list (`A və digər məsələlərlə bağlı`). */
const LIST_REACH = 4;

/** The word after a noun trigger, past a linking `ilə` (`razılaşma ilə bağlı`); for a noun joined to
 *  others by a conjunction, the topic word that closes the list, if one does (`A və B barədə`). */
export function followingWord(ctx: DocContext, t: EventTables, from: number, sentEnd: number): string | null {
  let j = from;
  if (j < sentEnd && t.coordinators?.includes(ctx.tokens[j].lower)) {
    for (let k = j + 1; k < Math.min(sentEnd, j + 1 + LIST_REACH); k++) {
      const tk = ctx.tokens[k];
      if (tk.kind === "word" && t.topicWords.includes(tk.lower)) return tk.lower;
      // (a word in the dative, accusative, locative or ablative is an argument of another verb, no member
      // of the list: `görüşü və ona X ilə bağlı … deməsi`)
      if (tk.kind !== "word" || ctx.forms.endsClause(tk) || OUTSIDE_LIST.has(tk.analysis?.case ?? "")) break;
    }
  }
  if (j < sentEnd && t.topicLinks.includes(ctx.tokens[j].lower)) j++;
  return j < sentEnd && ctx.tokens[j].kind === "word" ? ctx.tokens[j].lower : null;
}

/** Words looked back over from a possessed event noun for the genitive that owns it (`X-in Y-ə səfəri`). */
const OWNER_REACH = 4;

/** The trigger phrase ends in an event noun owned by a genitive before it in its clause (`heyətinin görüşü`,
 *  `diplomatların ərazilərə səfəri`): it names that side's act, even as the topic of another (`… ilə bağlı`).
 *  A compound (`ticarət danışıqları`), a passive verbal noun (`tanınması`, what is done to someone), a
 *  `-dığı` clause (`hazır olduğu barədə`, what is said of someone) or a member of a list closed by the topic
 *  word (`sənədin imzalanması və digər məsələlərlə bağlı`) names no act done. */
export function ownedAct(ctx: DocContext, t: EventTables, hit: TriggerHit): boolean {
  const last = ctx.tokens[hit.end - 1], a = last.analysis;
  // (nor does a verbal noun, `X-in Y-ə zəng etməsi barədə`: the act as a matter talked of, not told as done)
  if (!a || a.poss !== "3" || a.case !== undefined || a.verbForm === "part" || a.verbForm === "vnoun" || a.passive) return false;
  if (a.pos === "VERB" && ctx.forms.verbFeatures(last, null).passive) return false;
  if (t.coordinators?.includes(ctx.tokens[hit.end]?.lower ?? "")) return false;
  const before = ctx.tokens[hit.head - 1]?.analysis;
  if (hit.head <= ctx.clauseStart[hit.head] || (before?.pos === "NOUN" && before.case === undefined && before.poss === undefined)) return false;
  for (let k = hit.head - 1; k >= Math.max(ctx.clauseStart[hit.head], hit.head - OWNER_REACH); k--) {
    const b = ctx.tokens[k].analysis;
    if (b?.case === "gen" && (b.pos === "NOUN" || b.pos === "PROPN")) return true;
  }
  return false;
}

/** A word of one of `stems` (with endings of `kind`) in [a, b). */
export function hasStemBefore(ctx: DocContext, stems: string[], a: number, b: number, kind: "verb" | "noun" | "both" = "noun"): boolean {
  for (let i = a; i < b; i++) if (ctx.tokens[i].kind === "word" && ctx.stemForm(ctx.tokens[i], stems, kind)) return true;
  return false;
}

/** A condition word right after the trigger phrase makes it the condition of another clause. */
export function conditional(ctx: DocContext, t: EventTables, from: number, sentEnd: number): boolean {
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

/** The finite verb a noun trigger depends on: the first clause-final form after it in the sentence. */
export function governingVerb(ctx: DocContext, from: number, sentEnd: number): number {
  let lastWord = from - 1;
  const side = ctx.quoted[from - 1];
  for (let j = from; j < sentEnd; j++) {
    const tk = ctx.tokens[j];
    if (ctx.quoted[j] !== side) break;
    if (tk.kind === "word") lastWord = j;
    // a bare stem before a light verb is the noun of the phrase (`davam etdirəcək`), not an imperative
    if (!tk.analysis?.suffixes?.length && j + 1 < sentEnd && ctx.stemForm(ctx.tokens[j + 1], ctx.t.lightVerbs, "verb")) continue;
    if (ctx.forms.endsClause(tk)) return j;
  }
  return lastWord;
}

/** A verbal noun with a possessive and no case (`olunacağı`, `etdiyi`): a clause that is not finite. */
function ownedVerbalNoun(tk: Token): boolean {
  const a = tk.analysis;
  return a?.pos === "VERB" && a.poss !== undefined && a.case === undefined;
}

/** The topic word after `from` (past `ilə`) is followed by a noun of an order or a decision (`barədə göstəriş`). */
export function orderedBy(ctx: DocContext, t: EventTables, from: number, sentEnd: number): boolean {
  let j = from;
  if (j < sentEnd && t.topicLinks.includes(ctx.tokens[j].lower)) j++;
  const next = ctx.tokens[j + 1];
  return j + 1 < sentEnd && !!t.orderNouns?.some((o) => next.lower.startsWith(o));
}
