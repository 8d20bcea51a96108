// Who speaks: speech verbs and the speaker of a clause. Shared by the quotes stage (direct speech)
// and the events stage (the one who demands in `X deyib ki, Y … etməlidir`).
import type { DocContext, MentionInfo } from "../events/context.js";
import type { QuoteTables } from "./tables.js";
import { countBefore } from "../../text/ordered.js";
import { BoundedMap } from "../../text/bounded.js";
import { passiveFrom } from "./sources.js";
import { isQuote } from "../entities/words.js";
import { placeRole } from "../events/arguments.js";

/** Cases a speaker is never in (`Truth Social-da yazıb`: where, not who). */
const OBLIQUE = new Set(["loc", "abl", "dat", "ins"]);

/** Mentions looked back over for the person in focus. */
const FOCUS_REACH = 200;

export function isSpeechVerb(ctx: DocContext, q: QuoteTables, i: number): boolean {
  // asked again and again for the same tokens (cues, frames, sources): 0 unknown, 1 no, 2 yes
  let m = speechMemo.get(ctx);
  if (!m || m.q !== q) speechMemo.set(ctx, (m = { q, known: new Uint8Array(ctx.tokens.length) }));
  if (i >= 0 && i < m.known.length) {
    if (m.known[i] === 0) m.known[i] = readSpeechVerb(ctx, q, i) ? 2 : 1;
    return m.known[i] === 2;
  }
  return readSpeechVerb(ctx, q, i);
}

const speechMemo = new WeakMap<DocContext, { q: QuoteTables; known: Uint8Array }>();

// Whether a word is a speech verb depends on the word alone (and the language's forms), as long as
// ctx.stemForm reads only the token's lower-case form: words recur across documents, so the
// answers are kept. Key them by more if stemForm ever reads more.
const WORD_MEMO_LIMIT = 20_000;
const speechWords = new WeakMap<object, WeakMap<QuoteTables, BoundedMap<string, boolean>>>();

function readSpeechVerb(ctx: DocContext, q: QuoteTables, i: number): boolean {
  const tk = ctx.tokens[i];
  if (!tk || tk.kind !== "word") return false;
  let byTables = speechWords.get(ctx.forms);
  if (!byTables) speechWords.set(ctx.forms, (byTables = new WeakMap()));
  let words = byTables.get(q);
  if (!words) byTables.set(q, (words = new BoundedMap(WORD_MEMO_LIMIT)));
  let v = words.get(tk.lower);
  if (v === undefined) words.set(tk.lower, (v = !q.notSpeech.includes(tk.lower) && ctx.stemForm(tk, q.speechVerbs, "both") !== null));
  return v;
}

/** The speaker named in tokens [a, b): a nominative person, else a nominative body, else a source. */
export function speakerIn(ctx: DocContext, a: number, b: number, titles: string[] = []): MentionInfo | undefined {
  // (a name a topic word closes is what is talked about: `X dəhlizi ilə bağlı Y-dən açıqlama:`)
  const ms = ctx.mentionsIn(a, b).filter((m) => !ctx.quoted[m.tokStart] && !m.place && !m.topic);
  const nom = ms.filter((m) => m.case === "nom" && !m.modifier);
  let found = nom.find((m) => m.type === "PER") ?? nom[0];
  if (found?.kind === "pronoun") found = pronounPastPostposition(ctx, found) ?? found;
  if (found && found.type !== "PER" && titled(ctx, found, titles)) return officeHolder(ctx, found, titles) ?? found;
  if (found) return found;
  // `Ağ Evin rəhbəri yazıb`: a body's office holder speaks, not a name in another case next to it
  const office = ms.find((m) => m.type !== "PER" && m.case === "gen" && titled(ctx, m, titles));
  if (office) return officeHolder(ctx, office, titles) ?? office;
  // `İranda millət vəkili … ittiham etdi: "…"`: one holding a public role in a country named in the locative, no name of their
  // own, speaks for that state (the side the events stage gives them)
  return ms.find((m) => m.source) ?? ms.find((m) => m.type === "PER" && !OBLIQUE.has(m.case ?? "")) ?? placeRole(ctx, ctx.t, a, b) ?? undefined;
}

/** `Y ilə görüşdən sonra o deyib`: a bare name a postposition follows is the one met, not the one who speaks. */
function postpositionAfter(ctx: DocContext, m: MentionInfo): boolean {
  const t = ctx.tokens[m.tokEnd];
  return !!t && t.kind === "word" && t.sent === ctx.tokens[m.tokStart].sent && (ctx.t.postpositionCases ?? []).some(([w]) => w === t.lower);
}

/** `X Y ilə görüşüb. Y ilə görüşdən sonra o deyib`: a pronoun resolved to a name a postposition follows (the one met, not a
 *  subject) is the person named as a subject before that name; undefined when the pronoun was not so resolved. */
function pronounPastPostposition(ctx: DocContext, pron: MentionInfo): MentionInfo | undefined {
  const ms = ctx.mentions;
  let k = countBefore(ms, (m) => m.tokStart < pron.tokStart) - 1;
  // the mention the pronoun was resolved to: the last person of that name before it
  for (; k >= 0; k--) if (ms[k].type === "PER" && !ctx.quoted[ms[k].tokStart] && ms[k].name === pron.name) break;
  if (k < 0 || !postpositionAfter(ctx, ms[k])) return undefined;
  for (let j = k - 1; j >= Math.max(0, k - FOCUS_REACH); j--) {
    const m = ms[j];
    if (m.type === "PER" && !ctx.quoted[m.tokStart] && m.case === "nom" && m.name !== pron.name && !postpositionAfter(ctx, m)) return m;
  }
  return undefined;
}

/** `AMEA prezidenti vurğulayıb`: the person the article gave that body's office before (`AMEA-nın
 *  prezidenti akademik X`), else the person in focus. Not the holder of the same office elsewhere
 *  (a state's president is not a body's). */
function officeHolder(ctx: DocContext, body: MentionInfo, titles: string[]): MentionInfo | undefined {
  const office = ctx.stemForm(ctx.tokens[officeTokenOf(ctx, body, titles)], titles);
  const lo = countBefore(ctx.mentions, (m) => m.tokStart < body.tokStart);
  // (one of the body's people under another office speaks before one merely in focus: `Kremlin sözçüsü X` … `- Kreml
  // rəsmisi qeyd edib` is X, not a president the sentence before spoke of)
  return (office ? bodyPerson(ctx, body, lo, [office]) : undefined) ?? introducedWith(ctx, body, lo) ??
    bodyPerson(ctx, body, lo, titles) ?? personInFocus(ctx, body.tokStart);
}

/** The person last named (before mention `lo`) with one of `offices` and `body` within a few words before the name. */
function bodyPerson(ctx: DocContext, body: MentionInfo, lo: number, offices: string[]): MentionInfo | undefined {
  const ms = ctx.mentions;
  for (let k = lo - 1; k >= Math.max(0, lo - FOCUS_REACH); k--) {
    const m = ms[k];
    if (m.type !== "PER" || m.kind !== "entity" || ctx.quoted[m.tokStart]) continue;
    for (let j = m.tokStart - 1; j >= Math.max(1, m.tokStart - TITLE_REACH); j--) {
      if (ctx.stemForm(ctx.tokens[j], offices) !== null && (bodyChainAt(ctx, j).some((b) => b.name === body.name) || ownerOfTitle(ctx, j, body.name))) return m;
      // (an office before another person's name is that person's: `rəhbəri X Y-in oğlu`)
      if (ctx.mentionsIn(Math.max(0, j - TITLE_REACH), j + 1).some((x) => x.type === "PER" && x.tokEnd === j + 1)) break;
    }
  }
  return undefined;
}

/** The person last named (before mention `lo`) with `body`'s state or body right before the name under another office
 *  noun: `türkiyəli həmkarı X` or `Türkiyənin xarici işlər naziri X` for `türkiyəli nazir`. Only for a nationality word or
 *  a country: a body's offices are told apart by their nouns. */
function introducedWith(ctx: DocContext, body: MentionInfo, lo: number): MentionInfo | undefined {
  if (!body.nationality && !(body.type === "LOC" && body.iso)) return undefined;
  const ms = ctx.mentions;
  for (let k = lo - 1; k >= Math.max(0, lo - FOCUS_REACH); k--) {
    const m = ms[k];
    if (m.type !== "PER" || m.kind !== "entity" || ctx.quoted[m.tokStart]) continue;
    const sent = ctx.tokens[m.tokStart].sent;
    for (let j = m.tokStart - 1; j >= Math.max(0, m.tokStart - TITLE_REACH - 1); j--) {
      const tk = ctx.tokens[j];
      if (tk.kind !== "word" || tk.sent !== sent) break;
      // (a nationality word before a person's title is no mention of its own: `türkiyəli həmkarı X`)
      if (ctx.stateOfNationality(j) === body.name) return m;
      const at = ctx.mentionsIn(Math.max(0, j - BODY_WORDS), j + 1).find((x) => x.tokStart <= j && x.tokEnd > j);
      if (!at) continue;
      if (at.type === "PER") break;
      if (at.name === body.name) return m;
    }
  }
  return undefined;
}

/** The office noun of a body: the word after it (`Ağ Ev lideri`), or a nationality word's own last word (`türkiyəli nazir`). */
function officeTokenOf(ctx: DocContext, m: MentionInfo, titles: string[]): number {
  return m.nationality && m.tokEnd - m.tokStart > 1 && officeWordAt(ctx, m.tokEnd - 1, titles) ? m.tokEnd - 1 : m.tokEnd;
}

/** The body or country named right before token `k` (`AMEA`, `Elmlər Akademiyasının` before `prezidenti`). */
function bodyEndingAt(ctx: DocContext, k: number): MentionInfo | undefined {
  return ctx.mentionsIn(Math.max(0, k - BODY_WORDS), k).find((m) => m.tokEnd === k && m.type !== "PER");
}

/** The body named right before token `k` and the bodies owning it in a chain of genitives, an abbreviation in brackets
 *  passed over (`Nazirliyinin (XİN) Mətbuat Xidmətinin rəhbəri`: the service and the ministry whose service it is). */
function bodyChainAt(ctx: DocContext, k: number): MentionInfo[] {
  const chain: MentionInfo[] = [];
  for (let end = k; chain.length < BODY_CHAIN;) {
    if (chain.length && ctx.tokens[end - 1]?.norm === ")") {
      let open = end - 2;
      while (open > end - 1 - BODY_WORDS && open >= 0 && ctx.tokens[open].norm !== "(") open--;
      if (ctx.tokens[open]?.norm !== "(") break;
      end = open;
    }
    const b = bodyEndingAt(ctx, end);
    if (!b || (chain.length && b.case !== "gen")) break;
    chain.push(b);
    end = b.tokStart;
  }
  return chain;
}

/** A body named `name` in the genitive owns the title whose office noun is token `k`, past the words of a department
 *  (`Avropa Komissiyasının Genişlənmə … üzrə Baş direktoru`), no verb, punctuation or person between. */
function ownerOfTitle(ctx: DocContext, k: number, name: string): boolean {
  const sent = ctx.tokens[k].sent;
  for (let i = k - 1; i >= Math.max(0, k - TITLE_WORDS); i--) {
    const tk = ctx.tokens[i];
    if (tk.sent !== sent || tk.kind === "punct" || (tk.analysis?.pos === "VERB" && tk.analysis.verbForm !== "vnoun")) return false;
    const m = ctx.mentionsIn(Math.max(0, i - BODY_WORDS), i + 1).find((x) => x.tokEnd === i + 1);
    if (!m) continue;
    if (m.type === "PER") return false;
    if (m.name === name) return m.case === "gen";
    i = m.tokStart;
  }
  return false;
}

/** Words of a title between its owning body and its office noun. */
const TITLE_WORDS = 10;

/** Bodies of a genitive chain read back from an office noun. */
const BODY_CHAIN = 3;

/** The most words of a body's name looked back over. */
const BODY_WORDS = 8;

/** Words between an office noun and the name of its holder (`prezidenti, akademik X`). */
const TITLE_REACH = 4;

/** `"…" - XİN sözçüsü`: a headline's lead-in of a body and an office noun, over [a, b), names the person the article's
 *  first sentences introduce with an office, that body named before them in their sentence (`X Nazirliyinin (XİN) …
 *  rəisi Y`); a lead-in of an office noun alone, the person introduced with that office; undefined when the lead-in is
 *  anything else or no such person follows. */
export function headlineOffice(ctx: DocContext, q: QuoteTables, a: number, b: number): MentionInfo | undefined {
  const k = lastWord(ctx, a, b) + 1;
  // (or a bare office noun, `"…" - Prezident`: the person introduced with that very office)
  const body = bodyEndingAt(ctx, k - 1);
  const office = ctx.stemForm(ctx.tokens[k - 1], q.speakerTitles);
  // (the body may follow another name it is placed by, `İranın Azərbaycandakı səfiri`: names from the start to the body)
  if (!office || ctx.tokens[k - 1].analysis?.case || (body ? !namesFrom(ctx, a, body.tokStart) || body.type === "PER" : k - 1 !== a)) return undefined;
  const offices = body ? q.speakerTitles : [office];
  const sent = ctx.tokens[a].sent;
  const last = ctx.doc.sentences[Math.min(ctx.doc.sentences.length - 1, sent + HEADLINE_REACH)].tokEnd;
  for (const m of ctx.mentionsIn(ctx.doc.sentences[sent].tokEnd, last)) {
    if (m.type !== "PER" || m.kind !== "entity" || ctx.quoted[m.tokStart]) continue;
    const from = ctx.doc.sentences[ctx.tokens[m.tokStart].sent].tokStart;
    let titledHere = false;
    for (let j = m.tokStart - 1; j >= Math.max(from, m.tokStart - TITLE_REACH) && !titledHere; j--) titledHere = officeWordAt(ctx, j, offices);
    if (titledHere && (!body || ctx.mentionsIn(from, m.tokStart).some((x) => x.name === body.name))) return m;
  }
  return undefined;
}

/** Tokens [a, b) are all names (none at all when a === b). */
function namesFrom(ctx: DocContext, a: number, b: number): boolean {
  for (let k = a; k < b;) {
    const m = ctx.mentionsAt(k).find((x) => x.type !== "PER" && x.tokEnd <= b);
    if (!m) return false;
    k = m.tokEnd;
  }
  return true;
}

/** Sentences after a headline looked through for the person its lead-in names by office. */
const HEADLINE_REACH = 2;

/** `Ağ Ev lideri`: a body or country followed by an office noun names that office's holder. */
function titled(ctx: DocContext, m: MentionInfo, titles: string[]): boolean {
  return officeWordAt(ctx, officeTokenOf(ctx, m, titles), titles);
}

/** Token `k` is an office noun (`rəhbəri`, `sədri`, `sözçüsü`: one of `titles`). */
export function officeWordAt(ctx: DocContext, k: number, titles: string[]): boolean {
  const tk = ctx.tokens[k];
  return !!tk && tk.kind === "word" && ctx.stemForm(tk, titles) !== null;
}

/** The subject of a speech or issue verb at token `j`, read over [a, j): a nominative mention (a person
 *  first), else an office noun standing for the person in focus (`Səfir qeyd edib ki`). Stricter than
 *  `speakerIn`: a dative or genitive name is never the one who speaks. */
export function subjectOf(ctx: DocContext, q: QuoteTables, a: number, j: number): MentionInfo | undefined {
  const ms = ctx.mentionsIn(a, j).filter((m) => !ctx.quoted[m.tokStart] && !m.place && !m.modifier && m.case === "nom" && !compoundModifier(ctx, m));
  const found = ms.find((m) => m.type === "PER") ?? ms.find((m) => m.type === "ORG") ?? ms[0];
  if (found) return found.type !== "PER" && titled(ctx, found, q.speakerTitles) ? officeHolder(ctx, found, q.speakerTitles) ?? found : found;
  return officeSpeaker(ctx, q, a, j);
}

/** An office noun as a subject in [a, b) (`səfir qeyd edib`, `AMEA prezidenti vurğulayıb`): the holder of the
 *  office of the body named right before it, else the person in focus. */
export function officeSpeaker(ctx: DocContext, q: QuoteTables, a: number, b: number): MentionInfo | undefined {
  const k = officeNounIn(ctx, q, a, b);
  return k < 0 ? undefined : titleHolder(ctx, q, k, a);
}

/** Who the office noun at token `k` stands for (`nazir`, `Bank sədrinin`, `ekspertin`): the holder of the office of the
 *  body named right before it, else the person the article last introduced with that noun (`politoloq X və hərbi
 *  ekspert Y` … `politoloq bildirib` is X), else the person in focus before token `from`. */
export function titleHolder(ctx: DocContext, q: QuoteTables, k: number, from: number): MentionInfo | undefined {
  // (a person named right after the office noun holds it: `"…", - vəkil X-in sözləridir`; not one in another case, the
  // addressee of the office holder, `… müavini N. Y-yə "…" deyib`)
  const named = ctx.mentionsAt(k + 1).find((m) => m.type === "PER" && m.kind === "entity" && !ctx.quoted[m.tokStart] && (m.case === "nom" || m.case === "gen"));
  if (named) return named;
  const body = bodyEndingAt(ctx, k);
  if (body) return officeHolder(ctx, body, q.speakerTitles);
  return introducedAs(ctx, q, k) ?? unnamedHolder(ctx, q, k) ?? personInFocus(ctx, from);
}

/** Sentences looked back over for the office a bare office noun tells again. */
const OFFICE_SENTENCES = 3;

/** A bare office noun telling again an office the article gave a body without naming its holder (`Dövlət Departamentinin
 *  sözçüsü açıqlama verib` … `- deyə sözçü vurğulayıb`): the body's person of that office named before, else the body
 *  itself, not whoever is in focus (the people the spokesman talks about). Only the nearest earlier mention of that office
 *  counts; a name after it (`… sözçüsü X`) leaves the holder to the other readings. */
function unnamedHolder(ctx: DocContext, q: QuoteTables, k: number): MentionInfo | undefined {
  const office = ctx.stemForm(ctx.tokens[k], q.speakerTitles);
  if (!office) return undefined;
  const first = ctx.doc.sentences[Math.max(0, ctx.tokens[k].sent - OFFICE_SENTENCES)].tokStart;
  for (let j = k - 1; j >= first; j--) {
    // (a plural names a group of holders, no one of them: `X və Y səfirlərinin`)
    if (ctx.quoted[j] || ctx.tokens[j].analysis?.plural || ctx.stemForm(ctx.tokens[j], [office]) === null) continue;
    const body = bodyEndingAt(ctx, j);
    if (!body || body.type === "PER") return undefined;
    // (nor where the holder is named after it, past a comma and another title, `… deputatı, X Partiyasının üzvü Y`, or
    // inside the person's mention holding the office itself)
    const end = Math.min(ctx.tokens.length, j + 1 + BODY_WORDS);
    const named = ctx.mentions.find((m) => m.type === "PER" && m.kind === "entity" && m.tokEnd > j && m.tokStart < end);
    if (named && !ctx.tokens.slice(j + 1, named.tokStart).some((x) => x.sent !== ctx.tokens[j].sent ||
      (x.analysis?.pos === "VERB" && (x.analysis.verbForm ?? "fin") === "fin"))) return undefined;
    return bodyPerson(ctx, body, countBefore(ctx.mentions, (m) => m.tokStart < body.tokStart), [office]) ?? body;
  }
  return undefined;
}

/** The person last named before token `k` right after the office noun that token `k` holds, with no body before that
 *  noun: `hərbi ekspert Y` for `ekspert`. One named as a subject first: a person met (`Y ilə`) is only taken when no
 *  subject was so introduced (`komissarı Y ilə müsahibə` … `komissar bildirib`). */
function introducedAs(ctx: DocContext, q: QuoteTables, k: number): MentionInfo | undefined {
  const office = ctx.stemForm(ctx.tokens[k], q.speakerTitles);
  if (!office) return undefined;
  const ms = ctx.mentions;
  const lo = countBefore(ms, (m) => m.tokStart < k);
  let other: MentionInfo | undefined;
  for (let i = lo - 1; i >= Math.max(0, lo - FOCUS_REACH); i--) {
    const m = ms[i];
    if (m.type !== "PER" || m.kind !== "entity" || ctx.quoted[m.tokStart]) continue;
    const titled = titledAs(ctx, m, office, q.speakerTitles);
    // (`Azərbaycan Prezidenti X`: the last so titled holds a body's office, and a bare title after it is told by focus)
    if (titled === "body") return other;
    if (!titled) continue;
    if (m.case === "nom" && !postpositionAfter(ctx, m)) return m;
    other ??= m;
  }
  return other;
}

/** Whether the office noun `office` stands right before mention `m` in its sentence: "bare", "body" (after a body's
 *  name: `Azərbaycan Prezidenti X`), or null. The office nearest the name is its holder's (`baş nazirinin müavini X` is
 *  a deputy, no minister). */
function titledAs(ctx: DocContext, m: MentionInfo, office: string, titles: string[]): "bare" | "body" | null {
  // (a rank in apposition after a comma, `Müdafiə naziri, general-polkovnik X`: the office before the comma is X's too)
  let reach = TITLE_REACH, other = false;
  for (let j = m.tokStart - 1; j >= Math.max(0, m.tokStart - reach); j--) {
    const tk = ctx.tokens[j];
    if (tk.sent !== ctx.tokens[m.tokStart].sent) return null;
    if (tk.kind !== "word" && (tk.norm === "," || (tk.norm === "-" && !tk.spaceBefore))) {
      if (tk.norm === ",") other = false;
      reach++;
      continue;
    }
    if (tk.kind !== "word" || ctx.mentionsIn(Math.max(0, j - BODY_WORDS), j + 1).some((x) => x.tokEnd === j + 1)) return null;
    if (ctx.stemForm(tk, [office]) !== null && !other) return bodyEndingAt(ctx, j) ? "body" : "bare";
    if (ctx.stemForm(tk, titles) !== null) other = true;
  }
  return null;
}

/** Token of an office noun as a subject (`nazir`, `səfir`, not `nazirə`) in [a, j) outside any mention, or -1. */
export function officeNounIn(ctx: DocContext, q: QuoteTables, a: number, j: number): number {
  const named = new Set<number>();
  // (a nationality before the office names no one: `rusiyalı diplomat deyib` is the diplomat's holder)
  for (const m of ctx.mentionsIn(a, j)) if (!m.nationality) for (let k = m.tokStart; k < m.tokEnd; k++) named.add(k);
  for (let k = a; k < j; k++) {
    const tk = ctx.tokens[k];
    const c = tk.analysis?.case;
    // (an office word qualifying the noun after it is no subject: `rəsmi açıqlamada bildirilib`)
    // (a plural names a group, no one person: `ekspertlər qeyd edir`)
    if (tk.kind !== "word" || named.has(k) || ctx.quoted[k] || (c && c !== "nom") || tk.analysis?.pos === "ADJ" || tk.analysis?.plural) continue;
    if (ctx.stemForm(tk, q.speakerTitles) === null) continue;
    // (an office noun qualifying another is no holder: `Nazir müavini bildirib` is the deputy)
    while (k + 1 < j && ctx.tokens[k + 1].kind === "word" && !named.has(k + 1) && ctx.tokens[k + 1].analysis?.poss !== undefined && (ctx.tokens[k + 1].analysis?.case ?? "nom") === "nom" && ctx.stemForm(ctx.tokens[k + 1], q.speakerTitles) !== null) k++;
    return k;
  }
  return -1;
}

/** `ABŞ rəsmilərinə`: a bare body or country before a case-marked common noun qualifies that noun. */
function compoundModifier(ctx: DocContext, m: MentionInfo): boolean {
  let next = ctx.tokens[m.tokEnd];
  // a quoted name qualifies the noun after its closing mark the same way (`səfirliyin "X" hesabında yazılıb`:
  // the network is where it was written, not who wrote it)
  if (next && isQuote(next) && ctx.tokens[m.tokStart - 1] && isQuote(ctx.tokens[m.tokStart - 1])) next = ctx.tokens[m.tokEnd + 1];
  if (m.type === "PER" || !next || next.kind !== "word" || next.sent !== ctx.tokens[m.tokStart].sent) return false;
  const a = next.analysis;
  return !!a && (a.pos === "NOUN" || a.pos === "ADJ") && next.norm[0] === next.lower[0] && !!a.case && a.case !== "nom";
}

/** The person last named as a subject before token `i` (else the last person named). */
export function personInFocus(ctx: DocContext, i: number): MentionInfo | undefined {
  let any: MentionInfo | undefined;
  const ms = ctx.mentions;
  const lo = countBefore(ms, (m) => m.tokStart < i);
  // the focus is near: a bounded look back keeps a huge document linear
  for (let k = lo - 1; k >= Math.max(0, lo - FOCUS_REACH); k--) {
    const m = ms[k];
    // a person named inside someone's quotation is not the one the narrative follows
    if (m.type !== "PER" || ctx.quoted[m.tokStart]) continue;
    if (m.case === "nom") return m;
    any ??= m;
  }
  return any;
}

/** `Bunu X deyib.` opening sentence `si`: the speaker it names, when it is a back-reference to speech. */
export function backReferenceSpeaker(ctx: DocContext, q: QuoteTables, si: number, talk = false): { speaker: MentionInfo | null; cue: [number, number] } | null {
  const ns = ctx.doc.sentences[si];
  if (!ns) return null;
  // `X bunu jurnalistlərə deyib`: the speaker named first, then the back-reference
  const lead = ctx.mentionsIn(ns.tokStart, ns.tokEnd).find((m) => m.tokStart === ns.tokStart && m.case === "nom");
  if (lead) {
    const back = backReferenceFrom(ctx, q, lead.tokEnd, ns.tokEnd, talk);
    if (back) return { speaker: lead, cue: [ns.tokStart, back.cue[1]] };
  }
  const subjectBack = subjectThenBack(ctx, q, ns.tokStart, ns.tokEnd, talk);
  if (subjectBack) return subjectBack;
  // (past an outlet's frame: `“X” xəbər verir ki, bunu Y deyib`, the words are Y's)
  for (let j = ns.tokStart + 1; j + 2 < Math.min(ns.tokEnd, ns.tokStart + OUTLET_FRAME_REACH); j++) {
    if (q.complementiser.includes(ctx.tokens[j].lower) && ctx.tokens[j + 1].norm === ",") {
      return backReferenceFrom(ctx, q, ns.tokStart, ns.tokEnd, talk) ?? backReferenceFrom(ctx, q, j + 2, ns.tokEnd, talk) ??
        subjectThenBack(ctx, q, j + 2, ns.tokEnd, talk);
    }
    // (past an outlet's label, `Xəbər.az: Bunu Y deyib`, or its frame, `APA-nın xəbərinə görə, bunu Y deyib`)
    const label = ctx.tokens[j].norm === ":" && !ctx.quoted[j];
    const frame = ctx.tokens[j].norm === "," && ctx.t.framePostposition.includes(ctx.tokens[j - 1].lower);
    if (label || frame) {
      const back = backReferenceFrom(ctx, q, j + 1, ns.tokEnd, talk);
      if (back) return back;
    }
  }
  return backReferenceFrom(ctx, q, ns.tokStart, ns.tokEnd, talk);
}

/** A subject first, then a back-reference or a word of manner (`mannerReference`), over [a, b): the manner word right before
 *  the speech verb closing the clause (`Nazir X … münasibət bildirərkən belə deyib`: the subject), or after a subject of titles
 *  and names, before a speech verb or a document (`Kremlin mətbuat katibi X belə açıqlama verib`, `X bunu deyib`: the person
 *  named last). */
function subjectThenBack(ctx: DocContext, q: QuoteTables, a: number, b: number, talk: boolean): { speaker: MentionInfo | null; cue: [number, number] } | null {
  const manner = (k: number) => !!q.mannerReference?.includes(ctx.tokens[k]?.lower ?? "");
  const v = lastWord(ctx, a, b);
  if (v - 1 > a && manner(v - 1) && isSpeechVerb(ctx, q, v)) {
    const subject = speakerIn(ctx, a, v - 1, q.speakerTitles);
    if (subject) return { speaker: subject, cue: [v - 1, v + 1] };
  }
  for (let j = a + 1; j < Math.min(b, a + OUTLET_FRAME_REACH); j++) {
    const tk = ctx.tokens[j];
    if (tk.kind !== "word") break;
    if (!q.backReference.includes(tk.lower) && !manner(j)) continue;
    const subject = ctx.mentionsIn(a, j).filter((m) => m.type === "PER" && (m.case ?? "nom") === "nom").pop();
    if (!subject) return null;
    if (manner(j)) return mannerSaid(ctx, q, j) ? { speaker: subject, cue: [a, j + 2] } : null;
    const said = !q.complementiser.includes(ctx.tokens[j + 1]?.lower ?? "") ? backReferenceFrom(ctx, q, j, b, talk) : null;
    return said ? { speaker: subject, cue: [a, said.cue[1]] } : null;
  }
  return null;
}

/** The word of manner at `k` (`belə`) stands right before a speech verb or a document noun (`belə deyib`, `belə bəyanatla`). */
export function mannerSaid(ctx: DocContext, q: QuoteTables, k: number): boolean {
  return isSpeechVerb(ctx, q, k + 1) || ctx.stemForm(ctx.tokens[k + 1], q.documentNouns) !== null;
}

/** The last token of [a, b) that is no punctuation (`a` when all after it are). */
export function lastWord(ctx: DocContext, a: number, b: number): number {
  let v = b - 1;
  while (v > a && ctx.tokens[v].kind === "punct") v--;
  return v;
}

/** Tokens an outlet's frame before `ki` may take (`“APA-Economics” xəbər verir ki,`, `“Report” NATO-nun rəsmi saytına istinadən
 *  xəbər verir ki,`: the source it cites too, also in quotation marks, `“Report” “X”a istinadən xəbər verir ki,`). */
const OUTLET_FRAME_REACH = 16;

/** `Bunu X deyib` starting at token `a` (a sentence, or the words right after a closing mark), up to `b`; with `talk`, a verb
 *  of talking about it cues the words too (`Bu barədə … X danışıb`, for a quotation: the day of a statement keeps to speech). */
export function backReferenceFrom(ctx: DocContext, q: QuoteTables, a: number, b: number, talk = false): { speaker: MentionInfo | null; cue: [number, number] } | null {
  if (!ctx.tokens[a] || !q.backReference.includes(ctx.tokens[a].lower)) return null;
  for (let j = a; j < b; j++) {
    // (a report issued counts as speech: `Bu barədə X məlumat verib`, `… bəyanat yayıb`)
    // (a document noun in a case says where, not who: `Bu sözləri açıqlamasında X deyib`)
    // (the noun the back-reference points with is what was said, no verb: `bu sözləri … X deyib`; a document so pointed at is
    // issued by the light verb closing the clause, `Bu açıqlamanı Y-ə X edib`)
    const pointed = j === a + 1 && (ctx.tokens[j].analysis?.pos === "NOUN" || ctx.tokens[j].analysis?.verbForm === "vnoun");
    if (pointed && ctx.stemForm(ctx.tokens[j], q.documentNouns) && ctx.tokens[j].analysis?.case === "acc") {
      const v = lastWord(ctx, j, b);
      if (v > j + 1 && (ctx.stemForm(ctx.tokens[v], q.issueVerbs, "verb") || ctx.stemForm(ctx.tokens[v], ctx.t.lightVerbs, "verb"))) {
        return { speaker: speakerIn(ctx, j + 1, v, q.speakerTitles) ?? null, cue: [a, v + 1] };
      }
    }
    const said = !pointed && (isSpeechVerb(ctx, q, j) || (talk && statementAt(ctx, q, j)));
    const end = said && !documentInCase(ctx, q, j) ? j + 1 : issuedAt(ctx, q, j, b);
    if (end > j) return { speaker: speakerIn(ctx, a, end, q.speakerTitles) ?? subjectOf(ctx, q, a, end - 1) ?? passiveFrom(ctx, q, a, end) ?? null, cue: [a, end] };
  }
  return null;
}

/** A verb of talking at `j`, finite (`danışıb`) or a noun with its light verb (`çıxış edib`); not the noun of a time
 *  phrase (`çıxışı zamanı`). */
function statementAt(ctx: DocContext, q: QuoteTables, j: number): boolean {
  const tk = ctx.tokens[j];
  if (!q.statementVerbs || ctx.stemForm(tk, q.statementVerbs, "verb") === null) return false;
  // (a converb tells when the words were said, the verb of saying comes later: `Bu sözləri … danışarkən X söyləyib`)
  if (tk.analysis?.pos === "VERB" && tk.analysis.verbForm === "conv") return false;
  return tk.analysis?.pos !== "NOUN" || ctx.stemForm(ctx.tokens[j + 1], ctx.t.lightVerbs, "verb") !== null;
}

/** `açıqlamasında`, `müsahibəsində`: a document noun in a case other than the nominative. */
function documentInCase(ctx: DocContext, q: QuoteTables, j: number): boolean {
  const tk = ctx.tokens[j];
  return ctx.stemForm(tk, q.documentNouns) !== null && OBLIQUE.has(tk.analysis?.case ?? "");
}

/** A document noun and the verb that issues it at token `j` (`məlumat verib`, `bəyanat yayıb`): the end of the
 *  phrase, else -1. */
function issuedAt(ctx: DocContext, q: QuoteTables, j: number, b: number): number {
  const noun = ctx.tokens[j], verb = ctx.tokens[j + 1];
  if (j + 1 >= b || !noun || noun.kind !== "word" || !ctx.stemForm(noun, q.documentNouns) || (noun.analysis?.case ?? "nom") !== "nom") return -1;
  return ctx.stemForm(verb, q.issueVerbs, "verb") || ctx.stemForm(verb, ctx.t.lightVerbs, "verb") ? j + 2 : -1;
}
