// The quotes stage: direct speech inside quotation marks with its speaker. A quotation counts when
// a cue attributes it: a speech verb after it (`"…", - deyə X bildirib`), a colon after a speech
// clause before it (`X deyib: "…"`), an attribution frame (`X-in sözlərinə görə, "…"`), or the next
// sentence (`Bunu X deyib`); long quoted passages with no cue go to the speaker last in focus.
// Short quoted names and terms ("vacib", "Azərenerji" ASC) are not quotations.
import type { Stage } from "../../pipeline.js";
import type { Doc, Quote } from "../../text/doc.js";
import type { Language } from "../../lang/types.js";
import type { QuoteTables } from "./tables.js";
import { DocContext, type MentionInfo } from "../events/context.js";
import { pairQuoteMarks, wordsInside, type MarkPair } from "./marks.js";
import { backReferenceSpeaker, isSpeechVerb, speakerIn } from "./speakers.js";

const AFTER_WINDOW = 12;

interface Attribution { speaker: MentionInfo | null; cue: [number, number] | null; impersonal: boolean }

export function extractQuotes(doc: Doc, lang: Language): Quote[] {
  const q = lang.quotes, ev = lang.events;
  if (!q || !ev || doc.tokens.length === 0) return [];
  const ctx = DocContext.of(doc, ev, lang);
  const out: Quote[] = [];
  let lastSpeaker: string | null = null;
  for (const p of pairQuoteMarks(doc)) {
    if (p.nested) continue;
    const words = wordsInside(doc, p);
    if (words < q.minWords || gluedSuffix(doc, p)) continue;
    const a = attribute(ctx, q, p);
    if (!a && words < q.minWordsUncued) continue;
    let speaker: string | null = a?.speaker?.name ?? null;
    if (!speaker && a?.impersonal) speaker = lastSource(ctx, p.open) ?? lastSpeaker;
    speaker ??= lastSpeaker;
    const start = doc.tokens[p.open].end, end = doc.tokens[p.close].start;
    const raw = doc.text.slice(start, end);
    const lead = raw.length - raw.trimStart().length, trail = raw.length - raw.trimEnd().length;
    const quote: Quote = { start: start + lead, end: end - trail, text: raw.trim(), speaker };
    if (a?.cue) quote.cue = doc.text.slice(doc.tokens[a.cue[0]].start, doc.tokens[a.cue[1] - 1].end);
    out.push(quote);
    if (speaker) lastSpeaker = speaker;
  }
  return out;
}

/** `"Azərenerji"` + `in`: a suffix glued to the closing mark makes the quoted string a name. */
function gluedSuffix(doc: Doc, p: MarkPair): boolean {
  const next = doc.tokens[p.close + 1];
  return !!next && next.kind === "word" && !next.spaceBefore;
}

function attribute(ctx: DocContext, q: QuoteTables, p: MarkPair): Attribution | null {
  const toks = ctx.tokens;
  const sentAfter = toks[p.close].sent;
  // after: `"…", - deyə o yazıb`, `"…" - məlumatın sonunda əlavə edilir`
  let i = p.close + 1;
  while (i < toks.length && toks[i].kind === "punct" && (toks[i].norm === "," || toks[i].norm === "-")) i++;
  const dashed = i > p.close + 1;
  let last = -1;
  for (let j = i; j < Math.min(toks.length, i + AFTER_WINDOW) && (toks[j].sent === sentAfter || dashed); j++) {
    if (toks[j].kind === "punct" && toks[j].norm !== "-") break;
    if (!isSpeechVerb(ctx, q, j)) continue;
    if (!dashed && last < 0 && j > i + 3) break;
    last = j; // `deyə X bildirib`: the cue runs to the last speech verb
  }
  if (last >= 0) {
    let end = last + 1;
    // a light verb after a speech noun carries the verb's form: `əlavə edilir`, `qeyd olunub`
    if (end < toks.length && ctx.stemForm(toks[end], ctx.t.lightVerbs, "verb")) end++;
    const speaker = speakerIn(ctx, i, end, q.speakerTitles) ?? null;
    const feats = ctx.forms.verbFeatures(toks[end - 1], null);
    return { speaker, cue: [i, end], impersonal: !speaker || feats.passive };
  }
  // before: `X deyib: "…"`, `X qeyd edib ki: "…"`, `X-in sözlərinə görə, … : "…"`
  const s = ctx.doc.sentences[toks[p.open].sent];
  const frame = ctx.mentionsIn(s.tokStart, p.open).find((m) => m.source && !ctx.quoted[m.tokStart]);
  if (frame) return { speaker: frame, cue: [frame.tokStart, Math.min(frame.tokEnd + 2, p.open)], impersonal: false };
  const colon = toks[p.open - 1];
  if (colon && colon.norm === ":") {
    let v = p.open - 2;
    if (v >= 0 && q.complementiser.includes(toks[v].lower)) v--;
    const speaker = speakerIn(ctx, s.tokStart, v + 1, q.speakerTitles) ?? null;
    if (v >= s.tokStart && (isSpeechVerb(ctx, q, v) || isSpeechVerb(ctx, q, v - 1) || speaker)) {
      const cueStart = isSpeechVerb(ctx, q, v - 1) ? v - 1 : v;
      return { speaker, cue: [cueStart, v + 1], impersonal: !speaker };
    }
  }
  // the next sentence: `Bunu ABŞ Prezidenti Donald Tramp deyib.`
  const endsSentence = toks.slice(p.close + 1, ctx.doc.sentences[sentAfter].tokEnd).every((t) => t.kind === "punct");
  if (endsSentence) {
    const back = backReferenceSpeaker(ctx, q, sentAfter + 1);
    if (back) return { speaker: back.speaker, cue: back.cue, impersonal: false };
  }
  return null;
}

/** The body last named as the source of information before token `i` (`X-in məlumatına görə`). */
function lastSource(ctx: DocContext, i: number): string | null {
  for (let k = ctx.mentions.length - 1; k >= 0; k--) {
    const m = ctx.mentions[k];
    if (m.tokStart < i && m.source) return m.name;
  }
  return null;
}

export const quoteStage: Stage = {
  name: "quotes",
  run(doc, lang) {
    doc.quotes = extractQuotes(doc, lang);
  },
};
