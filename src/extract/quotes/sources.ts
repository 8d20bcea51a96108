// Who a passage comes from when its cue names no one (`"…", - məlumatda bildirilib`, `Məktubda
// deyilir: "…"`, `"…" - telekanalın məlumatında qeyd edilir`). News names a source once, usually in
// the lead (`Bu barədə X məlumat yayıb`, `X-in mətbuat xidmətindən bildirilib`, `X-ə istinadən`,
// `X … məktub göndərib`), and later cues point back at it through the document or the body it issued.
import type { DocContext, MentionInfo } from "../events/context.js";
import type { QuoteTables } from "./tables.js";
import { isSpeechVerb, officeNounIn, officeWordAt, subjectOf, titleHolder } from "./speakers.js";
import { countBefore } from "../../text/ordered.js";
import { isQuote } from "../entities/words.js";

/** Sentences looked back over for the source of an impersonal cue. */
const LOOK_BACK = 12;
/** Tokens looked back over for the body a common noun stands for. */
const BODY_REACH = 400;
/** Words between a name and the noun or postposition that makes it a source (`WAM dövlət agentliyinə istinadən`). */
const NAME_REACH = 4;

/** Document and body nouns a cue (or any span) holds: `telekanalın məlumatında` -> telekanal, məlumat. */
export function pointerNouns(ctx: DocContext, q: QuoteTables, a: number, b: number): string[] {
  return spanMemo(pointerMemo, ctx, q, a, b, readPointerNouns);
}

function readPointerNouns(ctx: DocContext, q: QuoteTables, a: number, b: number): string[] {
  const out: string[] = [];
  for (let k = a; k < b; k++) {
    const tk = ctx.tokens[k];
    if (tk.kind !== "word" || ctx.quoted[k]) continue;
    const s = ctx.stemForm(tk, q.documentNouns) ?? ctx.stemForm(tk, q.bodyNouns);
    if (s) out.push(s);
  }
  return out;
}

/** The source that tokens [a, b) name: whom a report cites, whose document it is, who speaks or issues. */
export function sourceIn(ctx: DocContext, q: QuoteTables, a: number, b: number): MentionInfo | undefined {
  return spanMemo(sourceMemo, ctx, q, a, b, readSource) ?? undefined;
}

function readSource(ctx: DocContext, q: QuoteTables, a: number, b: number): MentionInfo | null {
  const toks = ctx.tokens;
  const ms = ctx.mentionsIn(a, b).filter((m) => !ctx.quoted[m.tokStart] && !m.place);
  // `X-ə istinadən`: the origin of the report, ahead of the outlet that passes it on
  for (let k = a; k < b; k++) {
    if (!q.citing.includes(toks[k].lower)) continue;
    const cited = ms.filter((m) => m.tokEnd <= k && k - m.tokEnd <= NAME_REACH && !punctBetween(ctx, m.tokEnd, k)).pop();
    // (an outlet's lead line citing another outlet, `X.az Y-ə istinadən xəbər verir ki, bu barədə Z məlumat yayıb`: Z
    // issued the words, the outlets pass them on)
    const ki = leadComplement(ctx, q, k, b);
    const issuer = cited && ki >= 0 ? readSource(ctx, q, ki + 2, b) : null;
    if (issuer && issuer.tokStart > ki) return issuer;
    if (cited) return cited;
  }
  // `X-in məlumatına görə`, `X-in bildirdiyinə görə`, `X-in mətbuat xidmətindən`, `X-in məktubunda`
  const owner = ms.find((m) => isFrame(ctx, q, m) || (m.case === "gen" && ownsPointer(ctx, q, m)));
  // (an outlet's frame passes on what a person named after it says: `Trend-in məlumatına görə, bu barədə nazir X deyib`)
  if (owner && owner.type !== "PER") {
    const speaker = spokenAfter(ctx, q, owner.tokEnd, b) ?? officeSpokenAfter(ctx, q, owner.tokEnd, b);
    if (speaker) return speaker;
    // (and a document of someone named after it, `"X"un məlumatına görə, bu barədə NATO-nun bəyanatında deyilir`: its owner;
    // or one who issues it, `… bu barədə NATO bəyanat yayıb`)
    if (isFrame(ctx, q, owner)) {
      const documented = ms.find((m) => m.tokStart > owner.tokEnd && m.case === "gen" && ownsPointer(ctx, q, m)) ?? issuedAfter(ctx, q, owner.tokEnd, b);
      if (documented) return documented;
    }
  }
  if (owner) return owner;
  // `X bəyanatında …`, `X məktubunda …`: a subject right before its own document, in a case, says what is in it
  const issuer = ms.find((m) => (m.case ?? "nom") === "nom" && ownDocumentAfter(ctx, q, pastName(ctx, m)));
  if (issuer) return issuer;
  const from = passiveFrom(ctx, q, a, b);
  if (from) return from;
  // `X bildirib`, `X məktub göndərib`, `X məlumat yayıb`: the subject of the first such verb
  for (let k = a; k < b; k++) {
    if (ctx.quoted[k] || !issues(ctx, q, k)) continue;
    // (a passive verb's subject is what was said: `Bu barədə X-in Y-Z qarşıdurması ilə bağlı bəyanatında bildirilib`
    // quotes the owner of the document the words are in)
    const owner = ctx.forms.verbFeatures(toks[k], null).passive ? documentOwner(ctx, q, ms, a, k) : undefined;
    if (owner) return owner;
    const subject = subjectOf(ctx, q, a, k) ?? bodyNamedBefore(ctx, q, a, k);
    // (an outlet's lead line, `X.az xəbər verir ki, bununla bağlı Y məlumat yayıb`: Y issued it, X passes it on)
    if (subject && q.complementiser.includes(toks[k + 1]?.lower ?? "")) {
      const issuer = readSource(ctx, q, k + 2, b);
      // (or the group a body noun there stands for, named before: `… ki, bu barədə hərəkatın bəyanatında deyilir`)
      if (issuer && (issuer.tokStart > k || (issuer !== subject && ctx.mentionsIn(k + 2, b).length === 0))) return issuer;
    }
    if (subject) return subject;
  }
  return null;
}

/** The complementiser with its comma (`xəbər verir ki,`) a few words after token `k`, before `b`: its token, or -1. */
function leadComplement(ctx: DocContext, q: QuoteTables, k: number, b: number): number {
  for (let j = k + 1; j + 1 < Math.min(b, k + NAME_REACH + 1); j++) {
    if (ctx.tokens[j].kind === "punct") return -1;
    if (q.complementiser.includes(ctx.tokens[j].lower) && ctx.tokens[j + 1].norm === ",") return j;
  }
  return -1;
}

/** The subject, named after `a`, of the first verb over [a, b) that issues words (`NATO bəyanat yayıb`). */
function issuedAfter(ctx: DocContext, q: QuoteTables, a: number, b: number): MentionInfo | undefined {
  for (let k = a; k < b; k++) {
    if (ctx.quoted[k] || !issues(ctx, q, k)) continue;
    const subject = subjectOf(ctx, q, a, k);
    // (a pronoun there is the one the frame told of: `X-in məlumatına görə, o, … təbrik edib`, the frame's words)
    return subject && subject.tokStart >= a && !subject.place && subject.kind !== "pronoun" ? subject : undefined;
  }
  return undefined;
}

/** The holder of an office noun, subject of the first speech verb over [a, b), who says what a frame before `a` reports
 *  (`"X"un məlumatına görə, nazir … müsahibəsində deyib`). */
function officeSpokenAfter(ctx: DocContext, q: QuoteTables, a: number, b: number): MentionInfo | undefined {
  for (let k = a; k < b; k++) {
    if (ctx.quoted[k] || !isSpeechVerb(ctx, q, k) || ctx.tokens[k].analysis?.pos !== "VERB") continue;
    // (a bare office noun only: one a body owns, `X Administrasiyasının rəhbəri adından …`, leaves the words to that body)
    const o = officeNounIn(ctx, q, a, k);
    return o >= 0 && !ctx.mentionsIn(Math.max(0, o - NAME_REACH), o).some((m) => m.tokEnd === o) ? titleHolder(ctx, q, o, a) : undefined;
  }
  return undefined;
}

/** The person, subject of a speech verb over [a, b), who says what a frame before `a` reports. */
function spokenAfter(ctx: DocContext, q: QuoteTables, a: number, b: number): MentionInfo | undefined {
  for (let k = a; k < b; k++) {
    if (ctx.quoted[k] || !isSpeechVerb(ctx, q, k) || ctx.stemForm(ctx.tokens[k], q.documentNouns)) continue;
    // (a noun of saying in a case is what the words are about, not their verb: `Y-in iddialarına dair şərhində bildirilib`)
    const an = ctx.tokens[k].analysis;
    if (an?.pos === "NOUN" && an.case && an.case !== "nom") continue;
    const subject = subjectOf(ctx, q, a, k);
    if (subject?.type === "PER" && subject.tokStart >= a) return subject;
    // (`X.az-ın məlumatına görə, bu barədə nazir Y-in şərhində bildirilib`: a passive verb with no subject says the words
    // of the person whose document they are in)
    if (ctx.forms.verbFeatures(ctx.tokens[k], null).passive) {
      let j = k - 1;
      while (j > a && !ownDocumentAfter(ctx, q, j)) j--;
      // (the first person in the genitive, whatever names qualify the document in between: `Y-in Z-in iddialarına dair şərhində`)
      const owner = j > a ? ctx.mentionsIn(a, j).find((m) => m.case === "gen" && m.type === "PER" && !ctx.quoted[m.tokStart]) : undefined;
      if (owner) return owner;
    }
    return undefined;
  }
  return undefined;
}

/** The first name in the genitive before a document noun in a case with its possessive ending (`bəyanatında`) over
 *  [a, k), with no agent (`X tərəfindən`) named: the one whose document it is, whatever names qualify the document
 *  in between. */
function documentOwner(ctx: DocContext, q: QuoteTables, ms: MentionInfo[], a: number, k: number): MentionInfo | undefined {
  if (ms.some((m) => m.tokEnd < k && ctx.t.agent.includes(ctx.tokens[m.tokEnd]?.lower ?? ""))) return undefined;
  for (let j = a; j < k; j++) {
    if (!ownDocumentAfter(ctx, q, j)) continue;
    return ms.find((m) => m.case === "gen" && m.tokEnd <= j && m.tokStart >= a);
  }
  return undefined;
}

/** `X-dən bildirilib`, `X-dən məlumat verilib`: a body in the ablative right before a passive verb of
 *  saying or issuing is where the words came from. */
export function passiveFrom(ctx: DocContext, q: QuoteTables, a: number, b: number): MentionInfo | undefined {
  for (const m of ctx.mentionsIn(a, b)) {
    if (m.type !== "ORG" || m.case !== "abl" || ctx.quoted[m.tokStart]) continue;
    for (let k = m.tokEnd; k < Math.min(b, m.tokEnd + NAME_REACH); k++) {
      if (ctx.tokens[k].kind !== "word") break;
      if (issues(ctx, q, k)) {
        if (ctx.forms.verbFeatures(ctx.tokens[k], null).passive) return bodyOwner(ctx, m) ?? m;
        break;
      }
    }
  }
  return undefined;
}

/** `X Nazirliyinin (XN) Mətbuat Xidmətindən`: a body in the genitive right before the one named (past an abbreviation
 *  in brackets) owns it and speaks through it. */
function bodyOwner(ctx: DocContext, m: MentionInfo): MentionInfo | undefined {
  let end = m.tokStart;
  if (ctx.tokens[end - 1]?.norm === ")") {
    let j = end - 2;
    while (j > end - 5 && j >= 0 && ctx.tokens[j].norm !== "(") j--;
    if (ctx.tokens[j]?.norm !== "(") return undefined;
    end = j;
  }
  return ctx.mentionsIn(Math.max(0, end - 8), end).find((o) => o.tokEnd === end && o.type === "ORG" && o.case === "gen" && !ctx.quoted[o.tokStart]);
}

/** `Bu barədə hökumət məlumat yayıb`, `səfirliyin hesabında yazılıb`: a common body noun in [a, b)
 *  standing for the body the article named before (`… səfirliyi`), or for a state noun (`hökumət`)
 *  the country last named as a subject. */
function bodyNamedBefore(ctx: DocContext, q: QuoteTables, a: number, b: number): MentionInfo | undefined {
  for (let k = a; k < b; k++) {
    const tk = ctx.tokens[k];
    if (tk.kind !== "word" || ctx.quoted[k] || ctx.mentionsIn(k, k + 1).length > 0) continue;
    const body = ctx.stemForm(tk, q.bodyNouns);
    if (!body) continue;
    // an article's `hökumət` is one government throughout: the body its first telling stood for
    const first = firstTelling(ctx, body, k);
    if (first < k) return bodyNamedBefore(ctx, q, first, first + 1);
    const ms = ctx.mentions;
    let country: MentionInfo | undefined, group: MentionInfo | undefined;
    // (a group's noun owning a document, `hərəkatın bəyanatında`: the group last named, whatever its name's head)
    const grouped = !!q.groupNouns?.includes(body) && tk.analysis?.case === "gen" && !tk.analysis.plural && !!ctx.stemForm(ctx.tokens[k + 1], q.documentNouns);
    for (let i = countBefore(ms, (m) => m.tokStart < k) - 1; i >= 0 && ms[i].tokStart >= k - BODY_REACH; i--) {
      const m = ms[i];
      if (ctx.quoted[m.tokStart]) continue;
      if (m.type === "ORG" && namedAs(ctx, m, [body])) return m;
      if (!country && m.type === "LOC" && m.iso && m.case === "nom" && !m.modifier) country = m;
      // (not an outlet whose lead line the noun is told in: `"X" xəbər verir ki, … hərəkatın bəyanatında`)
      if (!group && grouped && m.type === "ORG" && !m.source && !complementBetween(ctx, q, m.tokEnd, k)) group = m;
    }
    if (country && q.stateNouns.includes(body)) return country;
    if (group) return group;
  }
  return undefined;
}

/** Tokens `a` and `b` are of one sentence, a complementiser between them. */
function complementBetween(ctx: DocContext, q: QuoteTables, a: number, b: number): boolean {
  if (ctx.tokens[a]?.sent !== ctx.tokens[b].sent) return false;
  for (let j = a; j < b; j++) if (q.complementiser.includes(ctx.tokens[j].lower)) return true;
  return false;
}

/** The first token before `k`, outside quotation marks and names, that is the common noun `body`. */
function firstTelling(ctx: DocContext, body: string, k: number): number {
  for (let j = 0; j < k; j++) {
    const tk = ctx.tokens[j];
    if (tk.kind === "word" && !ctx.quoted[j] && ctx.stemForm(tk, [body]) && ctx.mentionsIn(j, j + 1).length === 0) return j;
  }
  return k;
}

/** The source last named before token `before` that an impersonal cue over [cueA, cueB) points back at:
 *  the nearest one whose sentence names the same document or body (`məktub göndərib` for `məktubda`,
 *  `CBS telekanalı` for `telekanalın`), else the nearest one. */
export function pointedSource(ctx: DocContext, q: QuoteTables, cueA: number, cueB: number, before: number): MentionInfo | undefined {
  const nouns = pointerNouns(ctx, q, cueA, cueB);
  const bodies = nouns.filter((n) => q.bodyNouns.includes(n));
  const sents = ctx.doc.sentences;
  const first = ctx.tokens[Math.max(0, before - 1)]?.sent ?? 0;
  let nearest: MentionInfo | undefined, sameNoun: MentionInfo | undefined, relay: MentionInfo | undefined;
  // (a quotation opening right after a lead line's `ki,`, `X.az xəbər verir ki, "…", - məlumatda deyilir`: X passes on a
  // document whose source was told before; X only when none was)
  const relayed = before > 1 && ctx.tokens[before - 1].norm === "," && q.complementiser.includes(ctx.tokens[before - 2].lower);
  for (let si = first; si >= Math.max(0, first - LOOK_BACK); si--) {
    const s = sents[si];
    const end = Math.min(s.tokEnd, before);
    const found = sourceIn(ctx, q, s.tokStart, end);
    if (!found) continue;
    if (relayed && si === first && found.tokEnd <= before - 2) { relay = found; continue; }
    if (nouns.length === 0) return found;
    // the body itself by name: `… Nazirliyi` or `CBS telekanalı` for `nazirliyin`, `telekanalın`
    if (bodies.length && namedAs(ctx, found, bodies)) return found;
    if (pointerNouns(ctx, q, s.tokStart, end).some((n) => nouns.includes(n))) sameNoun ??= found;
    nearest ??= found;
  }
  // `- universitetdən verilən məlumatda deyilir`: no source told, the body the cue says it came from
  return sameNoun ?? (bodies.length && bodyAsOrigin(ctx, q, cueA, cueB) ? bodyNamedBefore(ctx, q, cueA, cueB) : undefined) ?? nearest ?? relay;
}

/** A body noun in [a, b) in the ablative or genitive: what is said came from it (`universitetdən`, `nazirliyin`). */
function bodyAsOrigin(ctx: DocContext, q: QuoteTables, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const tk = ctx.tokens[k], c = tk.analysis?.case;
    if (tk.kind === "word" && !ctx.quoted[k] && (c === "abl" || c === "gen") && ctx.stemForm(tk, q.bodyNouns)) return true;
  }
  return false;
}

/** The mention's last word, or the common noun right after it, is one of the body nouns. */
function namedAs(ctx: DocContext, m: MentionInfo, bodies: string[]): boolean {
  const last = ctx.tokens[m.tokEnd - 1], next = ctx.tokens[m.tokEnd];
  return ctx.stemForm(last, bodies) !== null || (!!next && next.kind === "word" && ctx.stemForm(next, bodies) !== null);
}

/** A verb that says or issues: a speech verb, `göndər`/`yay`, or a document noun with a light verb (`məlumat verib`). */
function issues(ctx: DocContext, q: QuoteTables, k: number): boolean {
  const tk = ctx.tokens[k];
  if (tk.kind !== "word") return false;
  if (isSpeechVerb(ctx, q, k) && !ctx.stemForm(tk, q.documentNouns)) return true;
  if (ctx.stemForm(tk, q.issueVerbs, "verb")) return true;
  const prev = ctx.tokens[k - 1];
  return !!prev && ctx.stemForm(prev, q.documentNouns) !== null && ctx.stemForm(tk, ctx.t.lightVerbs, "verb") !== null;
}

/** An attribution frame names the mention: `X-in sözlərinə görə`, or `X-in (mətbuat xidmətinin)
 *  bildirdiyinə görə` with a speech verb's participle before the postposition, or a frame word (`X-in fikrincə`). */
export function isFrame(ctx: DocContext, q: QuoteTables, m: MentionInfo): boolean {
  if (m.source) return true;
  // (`Sadıxova görə, "…"`: a person in the dative before the frame's postposition is whose words follow)
  if (m.case === "dat" && m.type === "PER" && m.kind === "entity" && ctx.t.framePostposition.includes(ctx.tokens[m.tokEnd]?.lower ?? "")) return true;
  if (m.case !== "gen") return false;
  if (q.frameWords?.includes(ctx.tokens[m.tokEnd]?.lower ?? "")) return true;
  for (let k = m.tokEnd; k < Math.min(ctx.tokens.length - 1, m.tokEnd + NAME_REACH); k++) {
    if (ctx.tokens[k].kind !== "word") return false;
    if (isSpeechVerb(ctx, q, k) && ctx.t.framePostposition.includes(ctx.tokens[k + 1].lower)) return true;
  }
  return false;
}

/** Token `k` is a document noun with its possessive in a case other than the nominative (`bəyanatında`, `məktubunda`). */
function ownDocumentAfter(ctx: DocContext, q: QuoteTables, k: number): boolean {
  const tk = ctx.tokens[k];
  if (!tk || tk.kind !== "word" || ctx.quoted[k] || ctx.mentionsIn(k, k + 1).length > 0 || !ctx.stemForm(tk, q.documentNouns)) return false;
  const c = tk.analysis?.case;
  return !!c && c !== "nom" && c !== "gen" && tk.analysis?.poss !== undefined;
}

/** `X-in mətbuat xidmətindən`, `X-in təbrik məktubunda`: a genitive name owning a document or body noun. */
function ownsPointer(ctx: DocContext, q: QuoteTables, m: MentionInfo): boolean {
  const from = pastName(ctx, m);
  for (let k = from; k < Math.min(ctx.tokens.length, from + NAME_REACH); k++) {
    const tk = ctx.tokens[k];
    // another name in between owns the noun (`ABŞ-ın CBS telekanalı`, `X-in Y Qurumunun rəhbəri`: a name of several words too)
    if (tk.kind !== "word" || ctx.mentionsAt(k).length > 0) return false;
    if (ctx.stemForm(tk, q.documentNouns)) return true;
    // (a body noun qualifying an office, `X-in aparat rəhbəri Y`, leaves the words to the office's holder)
    if (ctx.stemForm(tk, q.bodyNouns)) return !officeWordAt(ctx, k + 1, q.speakerTitles);
  }
  return false;
}

/** The token after a name, past the closing mark of a quoted one and the case ending glued to it (`“Hizbullah”ın`). */
function pastName(ctx: DocContext, m: MentionInfo): number {
  const mark = ctx.tokens[m.tokEnd], ending = ctx.tokens[m.tokEnd + 1];
  return isQuote(mark) && ending?.kind === "word" && ending.start === mark.end ? m.tokEnd + 2 : m.tokEnd;
}

// Every quotation looks back over the same sentences for its source: what a span names is read once
// per document (the document's context does not change while quotes are read).
type SpanMemo<T> = WeakMap<DocContext, { q: QuoteTables; spans: Map<number, T> }>;
const sourceMemo: SpanMemo<MentionInfo | null> = new WeakMap();
const pointerMemo: SpanMemo<string[]> = new WeakMap();

function spanMemo<T>(store: SpanMemo<T>, ctx: DocContext, q: QuoteTables, a: number, b: number, read: (ctx: DocContext, q: QuoteTables, a: number, b: number) => T): T {
  let m = store.get(ctx);
  if (!m || m.q !== q) store.set(ctx, (m = { q, spans: new Map() }));
  const key = a * 0x4000000 + b;
  let v = m.spans.get(key);
  if (v === undefined) m.spans.set(key, (v = read(ctx, q, a, b)));
  return v;
}

function punctBetween(ctx: DocContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.tokens[k].kind === "punct") return true;
  return false;
}
