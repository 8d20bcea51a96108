// The quotes stage: direct speech inside quotation marks with its speaker. A quotation counts when
// a cue attributes it: a speech verb after it (`"…", - deyə X bildirib`), a colon after a speech
// clause before it (`X deyib: "…"`), an attribution frame (`X-in sözlərinə görə, "…"`), or the next
// sentence (`Bunu X deyib`). A cue that names no one (`- məlumatda bildirilib`, `Məktubda deyilir:`)
// and a long quoted passage with no cue go to the source named before (sources.ts); an office noun
// (`- səfir qeyd edib`) to the person in focus. Short quoted names and terms ("vacib", "Azərenerji"
// ASC) and titles (`"…" qanun layihəsi`) are not quotations. A headline's `"…" - <lead-in>` quotes someone unnamed
// (`dashedLeadIn`); a quotation whose closing mark is lost runs to the end of its paragraph.
import type { Stage } from "../../pipeline.js";
import type { Doc, Quote } from "../../text/doc.js";
import type { Language } from "../../lang/types.js";
import type { QuoteTables } from "./tables.js";
import { DocContext, type MentionInfo } from "../events/context.js";
import { pairQuoteMarks, wordsInside, type MarkPair } from "./marks.js";
import { backReferenceFrom, backReferenceSpeaker, headlineOffice, isSpeechVerb, lastWord, mannerSaid, officeNounIn, officeSpeaker, officeWordAt, personInFocus, speakerIn, subjectOf, titleHolder } from "./speakers.js";
import { isFrame, pointedSource, sourceIn } from "./sources.js";
import { isQuote } from "../entities/words.js";
import { labelSpeaker } from "./labels.js";

const AFTER_WINDOW = 12;
/** Tokens looked over for the verb a saying converb waits for (`- deyə X-in köməkçisi, … müdiri Y bildirib`). */
const CONVERB_WINDOW = 30;

interface Attribution {
  speaker: MentionInfo | null;
  cue: [number, number] | null;
  impersonal: boolean;
  /** Tokens naming what an impersonal cue points back at (`məktubda`, `telekanalın məlumatında`). */
  pointer?: [number, number];
  /** Punctuation ties the quotation to a speech verb: `"…", - deyə`, `X deyib: "…"`. */
  tied?: boolean;
  /** Cued only by a frame before it (`X-in sözlərinə görə, "…"`): a word after it still makes it a title. */
  framed?: boolean;
  /** A label line (`Orban: "…"`) names the speaker by itself: the name, or null for nobody. */
  label?: string | null;
}

export function extractQuotes(doc: Doc, lang: Language): Quote[] {
  const q = lang.quotes, ev = lang.events;
  if (!q || !ev || doc.tokens.length === 0) return [];
  const ctx = DocContext.of(doc, ev, lang);
  const out: Quote[] = [];
  let lastSpeaker: string | null = null;
  let lastCued: Attribution | null = null;
  const lost = lostClosings(doc);
  const pairs = lost.length ? [...pairQuoteMarks(doc), ...lost].sort((x, y) => x.close - y.close) : pairQuoteMarks(doc);
  for (const p of pairs) {
    if (p.nested) continue;
    const words = wordsInside(doc, p);
    if (words === 0 || gluedSuffix(doc, p, q)) continue;
    const a: Attribution | null = attribute(ctx, q, p, lang) ?? innerCue(ctx, q, p) ?? resumedAfter(ctx, p, lastCued) ?? mannerAfter(ctx, q, p);
    // a short quoted string is a name or a term unless a dash or a colon ties it to speech (`"Xeyr", - deyə o bildirib`)
    if (words < q.minWords && !a?.tied) continue;
    if (!a && words < q.minWordsUncued && !speechGoesOn(ctx, q, p)) continue;
    // (with its closing mark lost and no cue, only a mark opening a paragraph begins speech: inside running text it is
    // more often a quoted name's, `… “NVIDIA-ya yatırımlar …`)
    if (!a && lost.includes(p) && !doc.tokens[p.openFirst].lineBefore) continue;
    // a list of quoted titles (`… malikdir: “A”, “B”, “C” və digər bölmələrdə`), an interviewer's question (`“…?”, – sualına`)
    // and words imagined (`sanki deyir: “…”`) are no one's speech
    if (!a?.tied && (inQuotedList(ctx, p) || listInside(ctx, p))) continue;
    if (questionAfter(ctx, q, p) || (a?.cue && imagined(ctx, q, a.cue[0]))) continue;
    if ((!a || a.framed) && namesSomething(ctx, p)) continue;
    if (!a?.tied && embeddedClause(ctx, p)) continue;
    let speaker: string | null = a?.label !== undefined ? a.label : a?.speaker?.name ?? null;
    // a quotation standing as its own paragraph with no cue: a pull-quote whose speaker's label opens the next paragraph
    // (`“…”` ¶ `Akademik X: …`; a paragraph of speech with no label after goes on with the speaker told before)
    if (!a && ownParagraph(ctx, p)) {
      const pulled = labelAfter(ctx, lang, p);
      if (pulled !== undefined) speaker = pulled;
    }
    // an impersonal cue, or none: the source last named, preferring the one the cue points back at
    if (!speaker && (!a || a.impersonal)) {
      const [pa, pb] = a?.pointer ?? [p.openFirst, p.openFirst];
      speaker = pointedSource(ctx, q, pa, pb, p.openFirst)?.name ?? null;
    }
    speaker ??= lastSpeaker;
    // (a label read as written, `D.Tramp:`, takes the name the entities give that writing)
    if (speaker) { const said: string = speaker; speaker = doc.entities.find((e) => e.text === said)?.name ?? said; }
    if (speaker && !speaker.includes(" ")) speaker = fullNameOf(doc, speaker, lang);
    const start = doc.tokens[p.open].end, end = doc.tokens[p.close].start;
    const raw = doc.text.slice(start, end);
    const lead = raw.length - raw.trimStart().length, trail = raw.length - raw.trimEnd().length;
    const quote: Quote = { start: start + lead, end: end - trail, text: raw.trim(), speaker };
    if (a?.cue) quote.cue = doc.text.slice(doc.tokens[a.cue[0]].start, doc.tokens[a.cue[1] - 1].end);
    out.push(quote);
    if (speaker) lastSpeaker = speaker;
    lastCued = a?.cue ? a : null;
  }
  headlineSpeaker(doc, out);
  // (dialogue typed with dashes and no quotation marks, `– Biz … edəcəyik, – nazir deyib.`, is left out: the
  // guidelines count direct speech inside quotation marks only)
  return out;
}

/** `"A", - deyə o bildirib, "B"`: a quotation opening right after the comma that closes the cue of the quotation before
 *  it resumes that speech, with the same attribution (still at least `minWords` long, and no title: `"X" adlı`). */
function resumedAfter(ctx: DocContext, p: MarkPair, prev: Attribution | null): Attribution | null {
  if (!prev?.cue || prev.cue[1] >= p.openFirst) return null;
  for (let k = prev.cue[1]; k < p.openFirst; k++) if (ctx.tokens[k].norm !== ",") return null;
  return { ...prev, tied: false, framed: true };
}

/** `X deyib ki, …. "…"`: a quotation that is a whole sentence of its own right after a sentence that tells someone
 *  speaking (a speech verb outside quotation marks) goes on with that speech, however short it is. */
function speechGoesOn(ctx: DocContext, q: QuoteTables, p: MarkPair): boolean {
  const toks = ctx.tokens, si = toks[p.openFirst].sent, s = ctx.doc.sentences[si], prev = ctx.doc.sentences[si - 1];
  if (!prev || toks[p.close].sent !== si || !closesSentence(ctx, p)) return false;
  for (let k = s.tokStart; k < p.openFirst; k++) if (!(toks[k].kind === "punct" && toks[k].norm === "-")) return false;
  for (let k = prev.tokStart; k < prev.tokEnd; k++) if (!ctx.quoted[k] && !isQuote(toks[k]) && isSpeechVerb(ctx, q, k) && toks[k].analysis?.pos === "VERB") return true;
  return false;
}

/** Marks that open a quotation. */
const OPENING_MARKS = new Set(["\u201C", "\u201E", "\u00AB"]);

/** Quotations whose closing mark is lost (`… bildirilib. “Tərəfləri … çağırırıq.` ending the text): an opening mark that
 *  begins a paragraph or a sentence, pairs with nothing, and has no other mark after it in its paragraph runs to the end
 *  of that paragraph, its final stop left out. One opened after a lead-in's colon (`məktubda deyilir: ¶ "…`, a letter
 *  given whole; the straight mark too, its direction told by the colon) with no mark anywhere after it runs to the end of
 *  the text: a page's closing mark lost after a speech of several paragraphs. */
function lostClosings(doc: Doc): MarkPair[] {
  const toks = doc.tokens, pairs = pairQuoteMarks(doc);
  const paired = new Set<number>();
  for (const p of pairs) for (const k of [p.open, p.close, p.openFirst, p.closeLast]) paired.add(k);
  const out: MarkPair[] = [];
  let lastMark = toks.length - 1;
  while (lastMark >= 0 && !isQuote(toks[lastMark])) lastMark--;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i], prev = toks[i - 1], next = toks[i + 1];
    if (!isQuote(t) || paired.has(i) || !next || next.kind === "punct" || next.spaceBefore) continue;
    const ledIn = prev?.norm === ":" && i === lastMark;
    if (!ledIn && !OPENING_MARKS.has(doc.text[t.start])) continue;
    if (!ledIn && prev && !t.lineBefore && prev.sent === t.sent) continue;
    let end = i + 1;
    while (end < toks.length && (ledIn || !toks[end].lineBefore) && !isQuote(toks[end])) end++;
    if (end < toks.length && !toks[end].lineBefore) continue;
    // (the final stop stays outside: the quotation ends at its last word)
    let close = end;
    while (close - 1 > i && toks[close - 1].kind === "punct") close--;
    if (close >= toks.length || close <= i + 1) continue;
    out.push({ open: i, close, nested: false, openFirst: i, closeLast: close - 1 });
  }
  return out;
}

/** `- Məryəm deyir` after `Məryəm Hüseynova`: a one-word person named by the first word of exactly one
 *  person the article names in full is that person (feature stories call people by their given name). */
function fullNameOf(doc: Doc, name: string, lang: Language): string {
  const initials = initialsOf(name, lang);
  if (initials) return ownerOfInitials(doc, initials, lang) ?? name;
  let full: string | null = null;
  for (const e of doc.entities) {
    if (e.type !== "PER" || e.name.length <= name.length || !e.name.startsWith(name + " ")) continue;
    if (full !== null && full !== e.name) return name;
    full = e.name;
  }
  return full ?? name;
}

/** `P.Ş`, `R.H.`: a name written as initials alone (one letter between dots), lower-cased; null for any other name. */
function initialsOf(name: string, lang: Language): string[] | null {
  const parts = name.split(".").filter((x) => x.length > 0);
  if (parts.length < 2 || parts.some((x) => [...x].length !== 1 || !/\p{L}/u.test(x))) return null;
  return parts.map((x) => lang.lower(x));
}

/** The one person the article names in full whose words start with the initials, in order (`P.Ş` for `Pərviz
 *  Şahbazov`, a surname's space typed after its first letter: `P.Ş ahbazov`), else undefined. */
function ownerOfInitials(doc: Doc, initials: string[], lang: Language): string | undefined {
  let found: string | undefined;
  for (const e of doc.entities) {
    if (e.type !== "PER") continue;
    const words = e.name.split(" ");
    if (words.length !== initials.length || words.some((w, k) => lang.lower([...w][0] ?? "") !== initials[k])) continue;
    if (found !== undefined && found !== e.name) return undefined;
    found = e.name;
  }
  return found;
}

/** `"sona qədər mübarizə aparacağını" bəyan edib`: a quoted string ending in a verbal noun or participle with a case
 *  ending, a word of the sentence right after the closing mark, is the speaker's words turned into a clause of the
 *  reporting verb (indirect speech), no direct speech. */
function embeddedClause(ctx: DocContext, p: MarkPair): boolean {
  const toks = ctx.tokens;
  let last = p.close - 1;
  while (last > p.open && toks[last].kind !== "word") last--;
  const a = toks[last]?.analysis, next = toks[p.closeLast + 1];
  if (!a || a.pos !== "VERB" || a.case === undefined) return false;
  return !!next && next.kind === "word" && next.sent === toks[p.close].sent && !next.lineBefore;
}

/** `"…" qanununun layihəsi`: with no cue, a word right after the closing mark makes the quoted string a title. */
function namesSomething(ctx: DocContext, p: MarkPair): boolean {
  let i = p.closeLast + 1;
  const toks = ctx.tokens;
  if (toks[i]?.norm === "(") while (i < toks.length && toks[i].norm !== ")" && toks[i].sent === toks[p.close].sent) i++;
  if (toks[i]?.norm === ")") i++;
  return !!toks[i] && toks[i].kind !== "punct" && toks[i].sent === toks[p.close].sent && !toks[i].lineBefore;
}

/** `"A haqqında", "B haqqında", "C haqqında" qanunlar`: a quoted string with only a comma between it and
 *  another quoted string is an item of a list of titles or terms, when nothing cues it as speech. */
function inQuotedList(ctx: DocContext, p: MarkPair): boolean {
  const toks = ctx.tokens;
  return (toks[p.openFirst - 1]?.norm === "," && isQuote(toks[p.openFirst - 2])) || (toks[p.closeLast + 1]?.norm === "," && isQuote(toks[p.closeLast + 2]));
}

/** The quotation fills its paragraph (a line break before its opening mark and after its closing punctuation). */
function ownParagraph(ctx: DocContext, p: MarkPair): boolean {
  const toks = ctx.tokens;
  let k = p.closeLast + 1;
  while (k < toks.length && toks[k].kind === "punct" && !toks[k].lineBefore && !isQuote(toks[k])) k++;
  return !!toks[p.openFirst]?.lineBefore && p.openFirst > 0 && (k >= toks.length || toks[k].lineBefore);
}

/** The label opening the paragraph after a quotation (`Akademik X:`): its name, null for a label naming no one, undefined
 *  for none. */
function labelAfter(ctx: DocContext, lang: Language, p: MarkPair): string | null | undefined {
  const toks = ctx.tokens;
  let a = p.closeLast + 1;
  while (a < toks.length && toks[a].kind === "punct" && !toks[a].lineBefore) a++;
  if (a >= toks.length || !toks[a].lineBefore) return undefined;
  for (let c = a + 1; c < Math.min(toks.length, a + 7); c++) {
    if (toks[c].lineBefore) return undefined;
    if (toks[c].norm !== ":") continue;
    // (a label whose own quotation follows, `X: “…”`, is the next speaker's)
    if (isQuote(toks[c + 1])) return undefined;
    const label = labelSpeaker(ctx, lang, a, c);
    return label?.name ?? undefined;
  }
  return undefined;
}

/** `“A”, “B”, “C” …` paired from the first opening mark to a later closing one: the first mark inside is a closing one
 *  with only a comma between it and the next mark. */
function listInside(ctx: DocContext, p: MarkPair): boolean {
  const toks = ctx.tokens;
  for (let j = p.open + 1; j < p.close; j++) {
    if (!isQuote(toks[j])) continue;
    return toks[j + 1]?.norm === "," && isQuote(toks[j + 2]) && j + 2 < p.close;
  }
  return false;
}

/** `“… necədir?”, – sualına`: a noun of a question right after the closing mark, past a comma or a dash. */
function questionAfter(ctx: DocContext, q: QuoteTables, p: MarkPair): boolean {
  if (!q.questionNouns?.length) return false;
  const toks = ctx.tokens;
  let i = p.closeLast + 1;
  while (i < toks.length && toks[i].kind === "punct" && (toks[i].norm === "," || toks[i].norm === "-")) i++;
  return !!toks[i] && toks[i].kind === "word" && ctx.stemForm(toks[i], q.questionNouns) !== null;
}

/** `sanki deyir`: a word of imagining right before the cue's first word. */
function imagined(ctx: DocContext, q: QuoteTables, k: number): boolean {
  const prev = ctx.tokens[k - 1];
  return !!q.imaginedWords?.length && !!prev && prev.kind === "word" && q.imaginedWords.includes(prev.lower);
}

/** `"Azərenerji"` + `in`, `"Financial Times"-a`: a suffix glued to the closing mark (or by a hyphen) makes
 *  the quoted string a name. */
function gluedSuffix(doc: Doc, p: MarkPair, q: QuoteTables): boolean {
  let next = doc.tokens[p.closeLast + 1];
  if (next && next.norm === "-" && !next.spaceBefore) {
    next = doc.tokens[p.closeLast + 2];
    if (next && next.spaceBefore) return false;
    // `"…"-deyə`: the converb typed against the dash is a cue, not a suffix
    if (next && q.sayingConverb.includes(next.lower)) return false;
  }
  return !!next && next.kind === "word" && !next.spaceBefore;
}

function attribute(ctx: DocContext, q: QuoteTables, p: MarkPair, lang: Language): Attribution | null {
  const toks = ctx.tokens;
  const sentAfter = toks[p.close].sent;
  const late = after(ctx, q, p);
  // `Vuçiç: "…", - deyə bildirib`: a cue after the quotation naming no one, a label opening the sentence before it names
  // the speaker
  if (late && !late.speaker) {
    const name = labelBefore(ctx, q, lang, p);
    if (name) return { ...late, label: name, impersonal: false };
    // (`"…" - X-dən açıqlama`: a headline's lead-in naming its source, read as a cue with no subject)
    const lead = dashedLeadIn(ctx, p, q);
    if (lead?.label) return lead;
  }
  if (late) return late;
  const early = before(ctx, q, p, lang);
  const back = closesSentence(ctx, p) ? backReference(ctx, q, sentAfter + 1) : null;
  // (a label line, `Polis rəisi: "…"`, whose next sentence tells who said it, `Bunu … X deyib`: X, named in full)
  if (early?.label !== undefined && back?.speaker) return back;
  return early ?? back ?? dashedLeadIn(ctx, p, q);
}

/** The name a label right before the opening mark gives (`X: "…"`, the colon after the sentence's first words), else
 *  undefined. */
function labelBefore(ctx: DocContext, q: QuoteTables, lang: Language, p: MarkPair): string | undefined {
  const colon = ctx.tokens[p.openFirst - 1];
  if (!colon || colon.norm !== ":") return undefined;
  const from = ctx.doc.sentences[colon.sent].tokStart;
  const name = p.openFirst - 1 > from ? labelSpeaker(ctx, lang, from, p.openFirst - 1)?.name ?? undefined : undefined;
  if (name) return name;
  // (a longer clause whose last words are a person's name in the nominative, `Sualı cavablandıran Tramp: "…"`: that person)
  const m = ctx.mentionsIn(from, p.openFirst - 1).find((x) => x.tokEnd === p.openFirst - 1);
  if (m && m.type === "PER" && m.kind === "entity" && (m.case ?? "nom") === "nom" && !ctx.quoted[m.tokStart]) return m.name;
  // (a lead-in with no verb whose subject is a person, `Nazir X hadisə barədə: "…", - deyib`: that person)
  for (let k = from; k < p.openFirst - 1; k++) if (ctx.tokens[k].analysis?.pos === "VERB" || isQuote(ctx.tokens[k])) return undefined;
  const subject = subjectOf(ctx, q, from, p.openFirst - 1);
  return subject?.type === "PER" && subject.kind === "entity" ? subject.name : undefined;
}

/** `"Dediyim hər şeyi etməlisən" - X-da … qətlə yetirməsinin TƏFƏRRÜATI`: a headline opened by a quoted sentence, a dash
 *  and a lead-in that tells what happened and names no speech (the mirror of `Q-də bina çökdü: "…"` in `colonClause`): words
 *  quoted from someone unnamed, as a label naming nobody. The quoted words must hold a word in lower case (`"A B C" - …` is
 *  a name), and a mark right after the dash (`"A" - "B" oyunu`) makes a pair of names. Only as the text's opening sentence. */
function dashedLeadIn(ctx: DocContext, p: MarkPair, q: QuoteTables): Attribution | null {
  const toks = ctx.tokens;
  if (p.openFirst !== 0 || toks[p.close].sent !== 0) return null;
  let i = p.closeLast + 1;
  if (toks[i]?.norm === ",") i++;
  if (toks[i]?.norm !== "-" || toks[i].lineBefore) return null;
  i++;
  const end = ctx.doc.sentences[toks[p.close].sent].tokEnd;
  if (i >= end || (toks[i].kind !== "word" && toks[i].kind !== "abbr") || toks[i].lineBefore) return null;
  let lower = false;
  for (let k = p.open + 1; k < p.close; k++) if (toks[k].kind === "word" && /^\p{Ll}/u.test(toks[k].norm)) lower = true;
  if (!lower) return null;
  const label = leadInName(ctx, q, i, end) ?? interviewee(ctx, q, i, end) ?? headlineOffice(ctx, q, i, end)?.name ?? null;
  return { speaker: null, label, cue: [i, end], impersonal: false, pointer: [i, end], tied: true };
}

/** `"…" - Ərdoğan`, `"…" - Kreml`: a lead-in that is nothing but one name in the nominative (a person, a body or a state)
 *  names the speaker, as does a name in the ablative before a document noun that ends it (`"…" - Paşinyandan açıqlama`);
 *  else null. */
function leadInName(ctx: DocContext, q: QuoteTables, i: number, end: number): string | null {
  let last = end;
  while (last > i && ctx.tokens[last - 1].kind === "punct") last--;
  const document = last - 1 > i && ctx.stemForm(ctx.tokens[last - 1], q.documentNouns) !== null;
  const m = ctx.mentionsIn(i, last).find((x) => x.tokStart === i && x.tokEnd === (document ? last - 1 : last));
  if (!m || m.kind !== "entity" || m.case !== (document ? "abl" : "nom") || (m.type === "LOC" && !m.iso) || m.type === "MISC") return null;
  return m.name;
}

/** `- X-la MÜSAHİBƏ`: a lead-in ending in an interview noun right after a person's name in the comitative (or the name
 *  and a postposition of partners): that person, whose words the interview gives; else null. */
function interviewee(ctx: DocContext, q: QuoteTables, i: number, end: number): string | null {
  const toks = ctx.tokens;
  let k = end - 1;
  if (toks[k]?.kind === "punct") k--;
  if (k <= i || ctx.stemForm(toks[k], q.interviewNouns ?? []) === null) return null;
  const post = (ctx.t.postpositionCases ?? []).some(([w]) => w === toks[k - 1].lower);
  const partner = ctx.doc.entities.find((e) => e.type === "PER" && (e.tokStart ?? -1) >= i &&
    ((e.tokEnd === k && toks[k - 1].analysis?.case === "ins") || (post && e.tokEnd === k - 1)));
  return partner?.name ?? null;
}

/** After the quotation: `"…", - deyə o yazıb`, `"…" - məlumatın sonunda əlavə edilir`, `"…" Bunu X deyib`. */
function after(ctx: DocContext, q: QuoteTables, p: MarkPair): Attribution | null {
  const toks = ctx.tokens;
  const sentAfter = toks[p.close].sent;
  let i = p.closeLast + 1;
  while (i < toks.length && toks[i].kind === "punct" && (toks[i].norm === "," || toks[i].norm === "-")) i++;
  const dashed = i > p.closeLast + 1;
  // (`"…" şənbə günü X-ə Y bildirib.`: the rest of the sentence is the cue, closed by its speech verb)
  const wholeRest = !dashed && toks[i]?.sent === sentAfter && saysSomething(ctx, p) && closedBySpeech(ctx, q, i, ctx.doc.sentences[sentAfter].tokEnd);
  if (!dashed && toks[i]?.sent === sentAfter) {
    const back = backReferenceFrom(ctx, q, i, ctx.doc.sentences[sentAfter].tokEnd, true);
    if (back) return { speaker: back.speaker, cue: back.cue, impersonal: false, pointer: back.cue };
    // with no dash, only speech right after the mark attributes it (`"…" deyə`, `"…" sözlərini deyib`):
    // `"…" müddəası`, `"…" MMC-nin müraciəti` are titles and names
    if (!opensSpeechCue(ctx, q, i) && !wholeRest) return null;
  }
  // (the quotation as the object of saying, `"…" sözlərini X parlamentdəki çıxışında deyib`: its verb may stand further on)
  const objectOfSaying = !dashed && !!toks[i] && ctx.stemForm(toks[i], q.speechNouns) !== null && toks[i].analysis?.case === "acc";
  // (after a dash too, a long clause closed by its speech verb, `"…" - o, X-in Y-lə təmasının olub-olmaması sualına belə cavab
  // verib`: the whole rest of the sentence)
  const dashedRest = dashed && toks[i]?.sent === sentAfter && closedBySpeech(ctx, q, i, ctx.doc.sentences[sentAfter].tokEnd);
  let last = -1, waiting = false;
  for (let j = i; j < Math.min(toks.length, i + (waiting || wholeRest || dashedRest ? CONVERB_WINDOW : AFTER_WINDOW)) && (toks[j].sent === sentAfter || dashed); j++) {
    const tk = toks[j];
    // `- deyə, X bildirib`, `- o, həmçinin qeyd edib`: a comma may follow the converb or the subject, and
    // stand anywhere between the converb and its verb (a speaker with titles in apposition)
    const comma = tk.norm === "," && ((last < 0 && toks[i - 1].norm === "-") || q.sayingConverb.includes(toks[j - 1].lower) || waiting);
    // (a quoted name inside the cue goes on with it: `- universitetdən "X" qəzetinə verilən məlumatda deyilir`)
    // (a dot inside a web address goes on too: `- deputat Oxu.Az-a açıqlamasında deyib`)
    const dotted = tk.norm === "." && !tk.spaceBefore && toks[j + 1]?.kind === "word" && !toks[j + 1].spaceBefore && toks[j + 1].sent === tk.sent;
    if (tk.kind === "punct" && tk.norm !== "-" && tk.norm !== '"' && !comma && !dotted) break;
    // (a dashed cue may close on the noun of what was said, owned by its speaker: `"…", - vəkil X-in sözləridir`)
    if (!isSpeechVerb(ctx, q, j) && !(dashed && ownedWordsClosing(ctx, q, j))) continue;
    if (!dashed && last < 0 && j > i + 3 && !objectOfSaying && !wholeRest) break;
    last = j; // `deyə X bildirib`: the cue runs to the last speech verb
    // (a speech noun between the converb and its verb, `- deyə X-ə açıqlamasında … Y bildirib`, keeps it waiting)
    waiting = q.sayingConverb.includes(tk.lower) || (waiting && !finiteVerb(ctx, j));
  }
  if (last < 0) return null;
  const end = cueEnd(ctx, last, toks.length);
  // inline (`X jurnalistlərə "…" deyib`): the subject stands before the quotation
  // (the clause's subject: past a finite verb closing an earlier clause, `X Y-i … adlandırıb və Z də ona "…" deyib` is Z)
  let inlineFrom = ctx.doc.sentences[toks[p.openFirst].sent].tokStart;
  for (let k = p.openFirst - 1; k > inlineFrom; k--) if (!ctx.quoted[k] && finiteVerb(ctx, k)) { inlineFrom = k + 1; break; }
  const participled = dashed ? participleSpeaker(ctx, end, sentAfter) : ownerBeforeQuote(ctx, q, p, i);
  let speaker = participled ?? cueSpeaker(ctx, q, i, end, p.openFirst) ?? (dashed ? subjectBeforeQuote(ctx, inlineFrom, p.openFirst) : subjectOf(ctx, q, inlineFrom, p.openFirst)) ?? null;
  // a name inside a quoted title in the cue (`"Azərbaycan müəllimi"nə verilən məlumatda`) does not speak
  if (speaker && speaker.tokStart >= i && insideMarks(ctx, i, speaker.tokStart)) speaker = null;
  // (`X-i "…" deyərək salamlayan Y`: a saying converb before a subject participle speaks through the noun that participle
  // describes, the first person named in the nominative after it)
  if (!speaker && (q.sayingConverb.includes(toks[end - 1].lower) || toks[end - 1].analysis?.verbForm === "conv")) speaker = participleHead(ctx, end, sentAfter) ?? null;
  const feats = ctx.forms.verbFeatures(toks[end - 1], null);
  // (a named speaker whose speech verb closes the sentence ties it too, however far: `"…", - X sosial şəbəkə hesabında yazıb.`)
  const closing = !toks[end] || toks[end].sent !== sentAfter || (toks[end].kind === "punct" && toks[end + 1]?.sent !== sentAfter);
  return { speaker, cue: [i, end], impersonal: !speaker || feats.passive, pointer: [i, end], tied: dashed && (isSpeechVerb(ctx, q, i) || last <= i + 3 || (!!speaker && closing)) };
}

/** `X Y-in "…" sözlərinə cavab verib`: a genitive name right before the opening mark owning a noun of speech or of a
 *  document right after the closing mark (`sözlərinə`, `açıqlamasını`) said the words; the cue's subject answers them. */
function ownerBeforeQuote(ctx: DocContext, q: QuoteTables, p: MarkPair, i: number): MentionInfo | undefined {
  const toks = ctx.tokens;
  if (!toks[i] || i !== p.closeLast + 1 || ctx.stemForm(toks[i], [...q.speechNouns, ...q.documentNouns]) === null) return undefined;
  return ctx.mentionsIn(Math.max(0, p.openFirst - 6), p.openFirst)
    .find((m) => m.tokEnd === p.openFirst && m.case === "gen" && !m.place && !ctx.quoted[m.tokStart] && m.type !== "LOC");
}

/** `"…" - deyən X …`: a dashed cue closing in the subject participle of its speech verb (the events' `subjectParticiples`)
 *  is said by the name right after it (titles before the name allowed), in the same sentence. */
function participleSpeaker(ctx: DocContext, end: number, sent: number): MentionInfo | undefined {
  const toks = ctx.tokens, v = toks[end - 1];
  const ending = v?.analysis?.verbForm === "part" ? v.analysis.suffixes?.at(-1) : undefined;
  if (!ending || !ctx.t.vetoes?.subjectParticiples.includes(ending)) return undefined;
  return ctx.mentionsIn(end, Math.min(toks.length, end + 4))
    .find((m) => toks[m.tokStart].sent === sent && !m.place && !ctx.quoted[m.tokStart] && (m.case ?? "nom") === "nom" && m.type !== "LOC");
}

/** The quoted words hold a finite verb: a clause said, not a term (`"persona non qrata" elan edilməsi`). */
function saysSomething(ctx: DocContext, p: MarkPair): boolean {
  for (let k = p.open + 1; k < p.close; k++) if (finiteVerb(ctx, k)) return true;
  return false;
}

/** With no dash after the closing mark, the words from `i` to the end of the sentence hold no finite verb but a speech verb
 *  closing it, and no quotation mark (`"…" jurnalist məhkəmədə deyib.`, `"…" şənbə günü X-ə Y bildirib.`): they are the cue. */
function closedBySpeech(ctx: DocContext, q: QuoteTables, i: number, sentEnd: number): boolean {
  const toks = ctx.tokens;
  const last = lastWord(ctx, i, sentEnd);
  if (last <= i || !finiteVerb(ctx, last) || !isSpeechVerb(ctx, q, last) && !isSpeechVerb(ctx, q, last - 1)) return false;
  // (a noun owned right after the mark names what the quoted words are the title of: `"…" müddəasının … qeyd edilir`)
  if (toks[i].analysis?.poss !== undefined) return false;
  for (let j = i; j < last; j++) {
    if (isQuote(toks[j]) || (toks[j].kind === "punct" && toks[j].norm !== "," && toks[j].norm !== "." && toks[j].norm !== "/")) return false;
    if (j < last - 1 && finiteVerb(ctx, j)) return false;
  }
  // (someone speaks: a name in the nominative, or an office noun for one named before)
  return ctx.mentionsIn(i, last).some((m) => m.case === "nom" && !m.place && !ctx.quoted[m.tokStart]) || officeNounIn(ctx, q, i, last) >= 0;
}

/** A speech verb (or its light verb's noun) closes the clause before the colon that opens the quotation at `open`, past
 *  a complementiser (`deyib: "…"`, `qeyd edib ki: "…"`). */
function speechBeforeColon(ctx: DocContext, q: QuoteTables, open: number): boolean {
  let v = open - 2;
  if (v >= 0 && q.complementiser.includes(ctx.tokens[v].lower)) v--;
  return isSpeechVerb(ctx, q, v) || isSpeechVerb(ctx, q, v - 1);
}

/** Token `j` is a speech noun owned and in no case (`sözləridir`, `sözləri`) closing its sentence: the words were those of
 *  the name in the genitive before it. */
function ownedWordsClosing(ctx: DocContext, q: QuoteTables, j: number): boolean {
  const tk = ctx.tokens[j], a = tk.analysis, next = ctx.tokens[j + 1];
  if (tk.kind !== "word" || a?.poss !== "3" || a.case !== undefined || ctx.stemForm(tk, q.speechNouns) === null) return false;
  return !next || next.sent !== tk.sent || (next.kind === "punct" && ctx.tokens[j + 2]?.sent !== tk.sent);
}

/** The person a subject participle at token `k` describes (`salamlayan … Sədri Si Cinpin`): the first name in the
 *  nominative after it in sentence `si`, a person, before any other verb; else undefined. */
function participleHead(ctx: DocContext, k: number, si: number): MentionInfo | undefined {
  const toks = ctx.tokens, a = toks[k]?.analysis, parts = ctx.t.vetoes?.subjectParticiples ?? [];
  if (!a || a.pos !== "VERB" || a.verbForm !== "part" || a.passive || !a.suffixes?.some((x) => parts.includes(x))) return undefined;
  const end = Math.min(ctx.doc.sentences[si].tokEnd, k + 1 + CONVERB_WINDOW);
  for (const m of ctx.mentionsIn(k + 1, end)) {
    // (a name in the genitive qualifies the noun to come: `Çin Xalq Respublikasının Sədri Si Cinpin`)
    if (ctx.quoted[m.tokStart] || m.case === "gen") continue;
    // (and so does a bare name before a title it qualifies: `Monqolustan Prezidenti X`)
    const next = toks[m.tokEnd]?.analysis;
    if (m.type !== "PER" && next?.pos === "NOUN" && next.poss !== undefined) continue;
    for (let j = k + 1; j < m.tokStart; j++) if (toks[j].analysis?.pos === "VERB") return undefined;
    return m.type === "PER" && (m.case ?? "nom") === "nom" && m.kind !== "pronoun" ? m : undefined;
  }
  return undefined;
}

/** `O, "…" - deyə qeyd edib`, `Keçmiş girov X "…", – deyə bildirib`: a subject right before the quotation, or set off by a
 *  comma there, speaks it when the dashed cue after it names no one (the source of a lead line, `X.az xəbər verir ki, …`, or
 *  a body named in the sentence before, said nothing). */
function subjectBeforeQuote(ctx: DocContext, from: number, open: number): MentionInfo | undefined {
  const end = ctx.tokens[open - 1]?.norm === "," ? open - 1 : open;
  if (end <= from) return undefined;
  const m = ctx.mentionsIn(from, end).find((x) => x.tokEnd === end);
  return m && m.case === "nom" && !m.place && !ctx.quoted[m.tokStart] && (end < open || m.type !== "LOC") ? m : undefined;
}

/** `"A, - deyə nazir bildirib. - B"`: a quotation broken by its own cue between two dashes, the speech going
 *  on after the second dash. The cue inside attributes the whole quotation. */
function innerCue(ctx: DocContext, q: QuoteTables, p: MarkPair): Attribution | null {
  const toks = ctx.tokens;
  for (let j = p.open + 2; j < p.close - 2; j++) {
    const tk = toks[j];
    if (tk.kind !== "punct" || (tk.norm !== "," && tk.norm !== "!" && tk.norm !== "?") || toks[j + 1].norm !== "-") continue;
    const last = tk.norm === "," ? j - 1 : j;
    const a = after(ctx, q, { open: p.open, close: last, nested: false, openFirst: p.openFirst, closeLast: last });
    if (!a?.cue || a.cue[1] >= p.close) continue;
    let r = a.cue[1];
    while (r < p.close && (toks[r].norm === "." || toks[r].norm === ",")) r++;
    if (r >= p.close - 1 || toks[r].norm !== "-") continue;
    // the cue lies inside the marks, where names count as quoted: read its subject directly
    const [ca, cb] = a.cue;
    const ms = ctx.mentionsIn(ca, cb).filter((m) => m.case === "nom" && !m.place && !m.modifier);
    let speaker: MentionInfo | undefined = ms.find((m) => m.type === "PER") ?? ms[0];
    if (!speaker) for (let k = ca; k < cb && !speaker; k++) if (ctx.stemForm(toks[k], q.speakerTitles) && (toks[k].analysis?.case ?? "nom") === "nom") speaker = personInFocus(ctx, p.openFirst);
    return speaker ? { ...a, speaker, impersonal: false } : null;
  }
  return null;
}

/** An odd number of quotation marks stands between token `a` and token `k`. */
function insideMarks(ctx: DocContext, a: number, k: number): boolean {
  let marks = 0;
  for (let j = a; j < k; j++) if (isQuote(ctx.tokens[j])) marks++;
  return marks % 2 === 1;
}

/** The end of a cue whose speech word is token `k`: a light verb after a speech noun carries the verb's
 *  form (`əlavə edilir`, `qeyd olunub`), when it stands before `limit`. */
function cueEnd(ctx: DocContext, k: number, limit: number): number {
  return k + 1 < limit && ctx.stemForm(ctx.tokens[k + 1], ctx.t.lightVerbs, "verb") ? k + 2 : k + 1;
}

/** A word that can open a cue right after a closing mark with no dash. */
function opensSpeechCue(ctx: DocContext, q: QuoteTables, i: number): boolean {
  const tk = ctx.tokens[i];
  if (!tk || tk.kind !== "word") return false;
  if (q.sayingConverb.includes(tk.lower) || ctx.stemForm(tk, q.speechNouns) !== null) return true;
  if (isSpeechVerb(ctx, q, i)) return ctx.stemForm(tk, q.documentNouns) === null;
  return ctx.mentionsIn(i, i + 4).some((m) => m.tokStart === i && m.case === "nom");
}

/** Before the quotation: an attribution frame (`X-in sözlərinə görə, … "…"`) or a clause ending in a
 *  colon (`X deyib: "…"`, `X qeyd edib ki, …: "…"`, `Məktubda deyilir:` closing the paragraph before). */
function before(ctx: DocContext, q: QuoteTables, p: MarkPair, lang: Language): Attribution | null {
  const toks = ctx.tokens;
  const s = ctx.doc.sentences[toks[p.openFirst].sent];
  // (a quotation standing as its own sentence after a colon, `Onun sözlərinə görə, …: ¶ “…”`: the frame opens the clause)
  const mark = toks[p.openFirst - 1];
  const from = mark?.norm === ":" ? Math.min(s.tokStart, ctx.doc.sentences[mark.sent].tokStart) : s.tokStart;
  const frame = ctx.mentionsIn(from, p.openFirst).find((m) => !ctx.quoted[m.tokStart] && isFrame(ctx, q, m));
  // (a colon right before the quotation ties it to the frame's speech: `Nazirliyin bəyanatında deyilir: "…"`)
  // (`Bank sədrinin sözlərinə görə`: a body's office holder speaks, not the body)
  // (a speaker named after the frame, subject of the speech verb before the colon, says the words the frame's outlet
  // passes on: `X agentliyinin məlumatına görə, Peskov deyib: "…"`)
  const spoken = frame && toks[p.openFirst - 1]?.norm === ":" ? colonClause(ctx, q, p, lang) : null;
  // (so does an office noun after the frame standing for someone named before: `X.az-ın məlumatına görə, jurnalist … bildirib ki`)
  // (not a country or body acting in the clause after a frame of someone's words, `Onun sözlərinə görə, X … təklif edib: "…"`:
  // the words are the frame's; nor a person's frame before a clause of another act, `Onun sözlərinə görə, siyahıya X-in də adını
  // daxil ediblər: "…"`: the one whose words they are goes on speaking, the name in the clause is what it tells of)
  const wordsFrame = !!frame && ctx.stemForm(toks[frame.tokEnd], q.speechNouns) !== null && spoken?.speaker?.type !== "PER";
  const otherAct = frame?.type === "PER" && !speechBeforeColon(ctx, q, p.openFirst);
  if (frame && !wordsFrame && !otherAct && spoken?.speaker && !spoken.impersonal && (spoken.speaker.tokStart >= frame.tokEnd || (spoken.speaker.name !== frame.name && officeNounIn(ctx, q, frame.tokEnd, p.openFirst) >= 0))) return spoken;
  // (an outlet's frame before a document of someone told before, `X.az-ın məlumatına görə, başsağlığında deyilir: "…"`:
  // its sender speaks)
  const inner = frame && mark?.norm === ":" ? documentAfterLead(ctx, q, from, frame.tokEnd) : -1;
  const sender = inner >= 0 ? pointedSource(ctx, q, inner, inner + 1, inner) : undefined;
  if (sender && sender.tokStart < frame!.tokStart) return { speaker: sender, cue: [inner, p.openFirst - 1], impersonal: false, tied: true };
  if (frame) return { speaker: (frame.type !== "PER" && officeWordAt(ctx, frame.tokEnd, q.speakerTitles) ? titleHolder(ctx, q, frame.tokEnd, frame.tokStart) : undefined) ?? frame, cue: [frame.tokStart, Math.min(frame.tokEnd + 2, p.openFirst)], impersonal: false, framed: true, tied: toks[p.openFirst - 1]?.norm === ":" };
  // (an office noun owning the frame, `Ekspertin fikrincə, "…"`, `Bank sədrinin sözlərinə görə, "…"`: whoever holds it)
  const titled = titleFrame(ctx, q, from, p.openFirst);
  const holder = titled >= 0 ? titleHolder(ctx, q, titled, titled) : undefined;
  if (holder) return { speaker: holder, cue: [titled, Math.min(titled + (q.frameWords?.includes(toks[titled + 1].lower) ? 2 : 3), p.openFirst)], impersonal: false, framed: true, tied: toks[p.openFirst - 1]?.norm === ":" };
  const colon = colonClause(ctx, q, p, lang);
  if (colon) return colon;
  const ki = complementClause(ctx, q, p);
  if (ki) return ki;
  // a frame with no name (`Məlumata görə, "…"`, `mətbuat xidmətinin bildirdiyinə görə, "…"`): the source named before
  const post = unnamedFrame(ctx, q, s.tokStart, p.openFirst);
  return post >= 0 ? { speaker: null, cue: [post - 1, post + 1], impersonal: true, pointer: [s.tokStart, p.openFirst], framed: true } : null;
}

/** A clause ending in a colon right before the opening mark. */
function colonClause(ctx: DocContext, q: QuoteTables, p: MarkPair, lang: Language): Attribution | null {
  const toks = ctx.tokens;
  const colon = toks[p.openFirst - 1];
  if (!colon || colon.norm !== ":") return null;
  const from = ctx.doc.sentences[colon.sent].tokStart;
  const clause: [number, number] = [from, p.openFirst - 1];
  const said = issuedIn(ctx, q, from, speechClause(ctx, q, from, p.openFirst - 1));
  // a clause closed by a finite verb that is no speech verb (`Əliyev Makronu ittiham edib: "…"`, `X Y-ə müraciət
  // edib: "…"`) introduces what its subject says; the subject of a passive one (`X düyünü çözülür: "…"`) is what the
  // clause is about, no one who speaks
  const passiveClause = !said && finiteVerb(ctx, p.openFirst - 2) && ctx.forms.verbFeatures(toks[p.openFirst - 2], null).passive;
  // (the verb's own clause: after a complementiser, `X.az xəbər verir ki, səfir … qiymətləndirib: "…"`, its subject speaks)
  const acted = said || passiveClause ? undefined : actingSubject(ctx, q, lastComplement(ctx, q, from, p.openFirst - 2), p.openFirst - 2);
  if (acted) return { speaker: acted, cue: [from, p.openFirst - 1], impersonal: false, pointer: clause, tied: true };
  // `Orban: "…"`, `X-dən cavab: "…"`: a label line with the quotation running to the end of the sentence
  // (a speech noun closing it names no one by itself)
  const label = said?.speaker || !closesSentence(ctx, p) ? undefined : labelSpeaker(ctx, lang, from, p.openFirst - 1);
  // (a headline's label naming an office of a state or body, `X-in Y-dakı səfiri: "…"`: the person the lead introduces with it)
  const holder = label?.name && colon.sent === 0 ? headlineOffice(ctx, q, from, p.openFirst - 1) : undefined;
  if (holder) return { speaker: holder, cue: [from, p.openFirst - 1], impersonal: false, pointer: clause, tied: true };
  if (label && (label.name || !said)) return { speaker: null, label: label.name, cue: [from, p.openFirst - 1], impersonal: false, pointer: clause, tied: true };
  if (said) return { ...said, pointer: clause, tied: said.cue?.[1] === p.openFirst - 1 };
  let v = p.openFirst - 2;
  if (v >= 0 && q.complementiser.includes(toks[v].lower)) v--;
  const spoken = isSpeechVerb(ctx, q, v) || isSpeechVerb(ctx, q, v - 1);
  // with no speech verb, only a name before the colon speaks (`Akademik X: "…"`), not a body owning a noun
  const speaker = spoken ? cueSpeaker(ctx, q, from, v + 1) : passiveClause ? null : speakerIn(ctx, from, v + 1, q.speakerTitles) ?? null;
  if (v >= from && (spoken || speaker)) {
    const cueStart = isSpeechVerb(ctx, q, v - 1) ? v - 1 : v;
    return { speaker, cue: [cueStart, v + 1], impersonal: !speaker, pointer: clause };
  }
  // a headline's lead-in that tells what happened and names no speaker (`Q-də bina çökdü: "…"`, `Yanğınla bağlı yeni
  // detallar: "…"`), the quotation closing the sentence: words quoted from someone unnamed, as a label naming nobody
  // (only as the text's opening sentence, a title: inside an article the speaker is told around the quotation)
  if (colon.sent === 0 && closesSentence(ctx, p) && p.openFirst - 1 > from) return { speaker: null, label: null, cue: [from, p.openFirst - 1], impersonal: false, pointer: clause, tied: true };
  return null;
}

/** The token after the last complementiser and its comma over [a, v) (`… ki, X …`), else `a`. */
function lastComplement(ctx: DocContext, q: QuoteTables, a: number, v: number): number {
  for (let k = v - 2; k >= a; k--) if (q.complementiser.includes(ctx.tokens[k].lower) && ctx.tokens[k + 1].norm === ",") return k + 2;
  return a;
}

/** The nominative subject over [a, v) of a finite verb at `v` (past, present, future: no participle, converb or
 *  verbal noun). */
function actingSubject(ctx: DocContext, q: QuoteTables, a: number, v: number): MentionInfo | undefined {
  if (v <= a || !finiteVerb(ctx, v)) return undefined;
  return subjectOf(ctx, q, a, v);
}

/** Token `v` is a finite verb (past, present, future: no participle, converb or verbal noun). */
function finiteVerb(ctx: DocContext, v: number): boolean {
  const an = ctx.tokens[v]?.analysis;
  return an?.pos === "VERB" && !!an.tense && !an.case && an.poss === undefined && (!an.verbForm || an.verbForm === "fin");
}

/** `Müraciətdə … xahiş olunub: "…"`, `Bəyanatda … qeyd edilir:`: a passive speech clause opened by a document noun in
 *  the locative quotes that document, whose issuer the text named before; a name inside what the clause reports (`X-in
 *  qurumları tərəfindən verilən təlimatlara`) does not speak. The clause's reading is kept when no issuer is found. */
function issuedIn(ctx: DocContext, q: QuoteTables, from: number, said: Attribution | null): Attribution | null {
  const toks = ctx.tokens, opener = toks[from];
  // (the same clause after an outlet's lead line or frame, `X.az xəbər verir ki, məktubda deyilir:`, `X.az-ın məlumatına
  // görə, başsağlığında deyilir:`: the outlet passes the document on, its sender wrote it)
  const inner = said?.cue ? documentAfterLead(ctx, q, from, said.cue[0]) : -1;
  if (inner >= 0) {
    const issuer = pointedSource(ctx, q, inner, inner + 1, inner);
    if (issuer && issuer.tokStart < from) return { ...said!, speaker: issuer, impersonal: false };
  }
  if (!said?.speaker || !said.cue || !opener || opener.kind !== "word" || ctx.quoted[from] || opener.analysis?.case !== "loc") return said;
  if (!ctx.stemForm(opener, q.documentNouns) || ctx.mentionsIn(from, from + 1).length > 0) return said;
  if (!ctx.forms.verbFeatures(toks[said.cue[1] - 1], null).passive) return said;
  const issuer = pointedSource(ctx, q, from, from + 1, from);
  return issuer ? { ...said, speaker: issuer, impersonal: false } : said;
}

/** A document noun in the locative (`məktubda`, `bəyanatda`) opening the clause after an outlet's lead line (`X xəbər verir
 *  ki,`) or attribution frame (`X-in məlumatına görə,`) and closed by a speech verb naming no one, the cue of a quotation whose
 *  lead-in begins at `from`: its token, or -1. */
function documentAfterLead(ctx: DocContext, q: QuoteTables, from: number, cueStart: number): number {
  const toks = ctx.tokens;
  const colon = toks.findIndex((t, k) => k > cueStart && t.norm === ":");
  if (colon < 0) return -1;
  for (let k = from + 1; k < colon - 1; k++) {
    const tk = toks[k], prev = toks[k - 1];
    if (tk.kind !== "word" || ctx.quoted[k] || tk.analysis?.case !== "loc" || !ctx.stemForm(tk, q.documentNouns)) continue;
    if (ctx.mentionsIn(k, k + 1).length > 0 || prev.norm !== ",") continue;
    const before = toks[k - 2];
    if (!before || !(q.complementiser.includes(before.lower) || ctx.t.framePostposition.includes(before.lower))) continue;
    // (an impersonal cue: no name between the document and the colon, `məktubda deyilir`, `bəyanatda qeyd olunur`)
    if (isSpeechVerb(ctx, q, colon - 1) && ctx.mentionsIn(k + 1, colon).length === 0) return k;
  }
  return -1;
}

/** `X bildirib ki, "…".`: a speech verb and its complementiser right before the opening mark, the quotation
 *  closing the sentence. Only a named speaker or a passive cue counts: `Xatırladaq ki, "…"` is the
 *  writer's aside, and a quoted name inside the reported clause (`bildirib ki, "X" MMC …`) does not close it. */
function complementClause(ctx: DocContext, q: QuoteTables, p: MarkPair): Attribution | null {
  const toks = ctx.tokens;
  const k = p.openFirst - 2;
  if (k < 1 || toks[k + 1].norm !== "," || !q.complementiser.includes(toks[k].lower) || !closesSentence(ctx, p)) return null;
  const from = ctx.doc.sentences[toks[k].sent].tokStart;
  const said = speechClause(ctx, q, from, k);
  if (!said?.cue || said.cue[1] !== k) return opinionClause(ctx, q, from, k);
  if (!said.speaker && !ctx.forms.verbFeatures(toks[k - 1], null).passive) return null;
  return { ...said, pointer: [from, k] };
}

/** `X hesab edir ki, "…"`: a verb of opinion right before the complementiser at `k`, with a subject named, gives the
 *  quotation after it to that subject (only with a name: `Hesab edirəm ki, "…"` is the writer's). */
function opinionClause(ctx: DocContext, q: QuoteTables, from: number, k: number): Attribution | null {
  const toks = ctx.tokens;
  for (const v of [k - 1, k - 2]) {
    if (v <= from || toks[v].kind !== "word" || ctx.quoted[v] || !ctx.stemForm(toks[v], q.opinionVerbs ?? [], "both")) continue;
    // (the verb itself, or a noun of opinion with its light verb: `hesab edir`)
    if (v === k - 2 && !ctx.stemForm(toks[k - 1], ctx.t.lightVerbs, "verb")) continue;
    const speaker = subjectOf(ctx, q, from, v);
    if (!speaker || speaker.kind === "pronoun" && !speaker.name) return null;
    return { speaker, cue: [v, k], impersonal: false, pointer: [from, k] };
  }
  return null;
}

/** `X qeyd edib ki, Y …:` — the speaker is the subject of the speech verb that opens the clause, not a
 *  name inside what is said. Only a speech verb closing its clause (before `ki`, a comma or the colon) counts. */
function speechClause(ctx: DocContext, q: QuoteTables, a: number, colon: number): Attribution | null {
  const toks = ctx.tokens;
  const cues: [number, number][] = [];
  for (let k = a; k < colon; k++) {
    if (!isSpeechVerb(ctx, q, k) || ctx.stemForm(toks[k], q.documentNouns)) continue;
    const end = cueEnd(ctx, k, colon);
    // (a speech verb told negated says nothing: `X bildirib ki, …, amma Y heç bir münasibət bildirmir: "…"` goes on with X)
    if (ctx.forms.verbFeatures(toks[end - 1], null).negated) continue;
    const next = toks[end];
    if (end !== colon && !q.complementiser.includes(next.lower) && next.norm !== ",") continue;
    cues.push([k, end]);
  }
  if (!cues.length) return null;
  // (reports passed on, `X.az xəbər verir ki, Y-yə istinadən xəbər verir ki, Z-dən bildirilib ki, …:`: the last clause that
  // names its own source says the words, the outlets before it pass them on)
  for (let c = cues.length - 1; c >= 0; c--) {
    const [k, end] = cues[c];
    let from = a;
    for (let j = k - 1; j > a; j--) if (q.complementiser.includes(toks[j].lower)) { from = j + 1; break; }
    if (from === a) continue;
    // (or an office noun standing for its holder: `X.az xəbər verir ki, səfir … qiymətləndirib:`)
    const own = sourceIn(ctx, q, from, end) ?? speakerIn(ctx, from, end, q.speakerTitles) ?? officeSpeaker(ctx, q, from, end);
    // (a place is what the clause tells of, no source: `… Urmiya gölünün dirçəlişi … bildirərək deyib:`)
    if (own && own.kind !== "pronoun" && own.type !== "LOC") return { speaker: own, cue: [k, end], impersonal: false };
  }
  const [k, end] = cues[0];
  // (a pronoun opening the clause, `O bildirib ki, …:`, is the source the sentence before named)
  const speaker = cueSpeaker(ctx, q, a, end, a);
  const passive = ctx.forms.verbFeatures(toks[end - 1], null).passive;
  return { speaker, cue: [k, end], impersonal: !speaker || passive };
}

/** An office noun in the genitive owning an attribution frame over [a, b) (`ekspertin fikrincə`, `sədrinin sözlərinə görə`,
 *  `nazirin dediyinə görə`): its token, or -1. A plural (`ekspertlərin fikrincə`) is a group, no one speaker. */
function titleFrame(ctx: DocContext, q: QuoteTables, a: number, b: number): number {
  const toks = ctx.tokens;
  for (let k = a; k + 1 < b; k++) {
    const tk = toks[k], an = tk.analysis;
    if (tk.kind !== "word" || ctx.quoted[k] || an?.case !== "gen" || an.plural || !officeWordAt(ctx, k, q.speakerTitles)) continue;
    if (ctx.mentionsIn(Math.max(0, k - 8), k + 1).some((m) => m.tokEnd === k + 1)) continue;
    const next = toks[k + 1];
    if (q.frameWords?.includes(next.lower)) return k;
    const post = toks[k + 2];
    if (k + 2 < b && post && ctx.t.framePostposition.includes(post.lower) && (ctx.stemForm(next, ctx.t.frameNouns) || ctx.stemForm(next, q.documentNouns) || isSpeechVerb(ctx, q, k + 1))) return k;
  }
  return -1;
}

/** The postposition of a frame over a report noun or a speech participle in [a, b) (`məlumata görə`), or -1. */
function unnamedFrame(ctx: DocContext, q: QuoteTables, a: number, b: number): number {
  for (let k = a + 1; k < b; k++) {
    if (ctx.quoted[k] || !ctx.t.framePostposition.includes(ctx.tokens[k].lower)) continue;
    const head = ctx.tokens[k - 1];
    if (ctx.stemForm(head, q.documentNouns) || ctx.stemForm(head, ctx.t.frameNouns) || isSpeechVerb(ctx, q, k - 1)) return k;
  }
  return -1;
}

/** The next sentence: `Bunu ABŞ Prezidenti Donald Tramp deyib.` */
function backReference(ctx: DocContext, q: QuoteTables, si: number): Attribution | null {
  const back = backReferenceSpeaker(ctx, q, si, true);
  return back ? { speaker: back.speaker, cue: back.cue, impersonal: false } : null;
}

/** `"…". X belə bəyanatla çıxış edib`, `"…" X belə deyib`: right after the quotation (in its sentence or the next), a
 *  clause whose word of manner (`mannerReference`) stands right before its speech verb or document noun: its subject said
 *  it. A word of manner before anything else (`Belə ki, …`) points at nothing. */
function mannerAfter(ctx: DocContext, q: QuoteTables, p: MarkPair): Attribution | null {
  const toks = ctx.tokens;
  if (!q.mannerReference?.length) return null;
  let from = p.closeLast + 1;
  while (from < toks.length && toks[from].kind === "punct" && !isQuote(toks[from])) from++;
  if (from >= toks.length || toks[from].sent > toks[p.close].sent + 1) return null;
  const end = ctx.doc.sentences[toks[from].sent].tokEnd;
  for (let k = from; k < end - 1; k++) {
    if (toks[k].kind === "punct") return null;
    if (!q.mannerReference.includes(toks[k].lower)) continue;
    if (!mannerSaid(ctx, q, k)) return null;
    const speaker = subjectOf(ctx, q, from, k);
    return speaker ? { speaker, cue: [from, Math.min(end, k + 2)], impersonal: false, tied: true } : null;
  }
  return null;
}

function closesSentence(ctx: DocContext, p: MarkPair): boolean {
  const end = ctx.doc.sentences[ctx.tokens[p.close].sent].tokEnd;
  for (let i = p.closeLast + 1; i < end; i++) if (ctx.tokens[i].kind !== "punct") return false;
  return true;
}

/** The speaker a cue over [a, b) names: a name, a source (`X-in məktubunda`, `X-ə istinadən`), else an
 *  office noun standing for the person in focus (`- səfir qeyd edib`). */
function cueSpeaker(ctx: DocContext, q: QuoteTables, a: number, b: number, quoteStart?: number): MentionInfo | null {
  const named = speakerIn(ctx, a, b, q.speakerTitles) ?? sourceIn(ctx, q, a, b);
  if (named?.kind === "pronoun" && quoteStart !== undefined) return citedBefore(ctx, q, quoteStart) ?? named;
  // the office noun of the cue, looked for once and only when asked, and whoever holds it
  let office: number | undefined;
  const officeAt = () => (office ??= officeNounIn(ctx, q, a, b));
  const holder = () => (officeAt() < 0 ? undefined : titleHolder(ctx, q, officeAt(), a));
  // (`X.az-ın məlumatına görə, jurnalist … bildirib ki`: the outlet passes the words on, the office noun's holder speaks)
  if (named?.source && named.type !== "PER" && officeAt() > named.tokStart) return holder() ?? named;
  // (a name inside a participle clause describing the office noun that speaks is what the clause tells: `X-in Y olduğunu
  // xatırladan diplomat deyib` is the diplomat's)
  if (named && named.type !== "PER" && describedOffice(ctx, named, officeAt())) return holder() ?? named;
  // (a person in the genitive after an office noun opening the clause owns what the clause tells of: `Prezidentin köməkçisi
  // X-in … paylaşımına cavab olaraq bildirib` is the aide's)
  if (named?.type === "PER" && named.case === "gen" && officeAt() >= 0 && officeAt() < named.tokStart) return holder() ?? named;
  if (named) return named;
  if (officeAt() >= 0) return holder() ?? null;
  // a name whose ending reads as an accusative (`Hüseyni qeyd edib`) is still the one before the verb
  const ms = ctx.mentionsIn(a, b).filter((m) => !ctx.quoted[m.tokStart] && !m.place && m.case === "acc");
  return ms.find((m) => m.type === "PER") ?? ms[0] ?? null;
}

/** The office noun at token `office` stands after mention `m`, with an attributive participle between them: `m` stands in
 *  the clause describing the office's holder. */
function describedOffice(ctx: DocContext, m: MentionInfo, office: number): boolean {
  if (office <= m.tokEnd) return false;
  for (let k = m.tokEnd; k < office; k++) {
    const an = ctx.tokens[k].analysis;
    if (an?.pos === "VERB" && an.verbForm === "part" && an.case === undefined && an.poss === undefined) return true;
  }
  return false;
}

/** Sentences of the lead a headline's quotation looks into for its speaker. */
const HEADLINE_QUOTE_REACH = 4;

/** A quotation opening the text's first sentence, the headline, with no speaker of its own (`“…”` ¶ `“…”. Bu sözləri X
 *  deyib`, `"…" - SƏRT CAVAB`), or after a label naming no one: the words of the first quotation the lead attributes within
 *  a few sentences. */
function headlineSpeaker(doc: Doc, out: Quote[]): void {
  const first = out[0], headline = doc.sentences[0];
  // (nothing but marks before it, or a label naming no one, `X ilə bağlı Y-dən açıqlama: "…"`)
  const before = doc.text.slice(0, first?.start ?? 0);
  if (!first || first.speaker || !headline || first.start > doc.tokens[headline.tokEnd - 1].end || (/\p{L}/u.test(before) && !/:\s*\p{Pi}?["“«„]?\s*$/u.test(before))) return;
  const lead = doc.sentences[Math.min(doc.sentences.length - 1, HEADLINE_QUOTE_REACH)];
  const leadEnd = doc.tokens[lead.tokEnd - 1].end;
  for (let i = 1; i < out.length && out[i].start < leadEnd; i++) {
    if (out[i].speaker) { first.speaker = out[i].speaker; return; }
  }
}

/** `Bu barədə X Y-ə istinadən məlumat yayıb. "…", – o bildirib`: a pronoun speaking right after the
 *  sentence that names a report's source is that source, a person (`Onun sözlərinə görə, …`: whom `onun` stands for). */
function citedBefore(ctx: DocContext, q: QuoteTables, quoteStart: number): MentionInfo | undefined {
  const s = ctx.doc.sentences[ctx.tokens[quoteStart].sent - 1];
  if (!s) return undefined;
  const source = sourceIn(ctx, q, s.tokStart, s.tokEnd);
  // (a source told by a pronoun, `Onun sözlərinə görə, Y …`, is the person that pronoun stands for)
  return source?.type === "PER" ? source : undefined;
}

export const quoteStage: Stage = {
  name: "quotes",
  run(doc, lang) {
    doc.quotes = extractQuotes(doc, lang);
  },
};
