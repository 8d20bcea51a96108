// Who speaks: speech verbs and the speaker of a clause. Shared by the quotes stage (direct speech)
// and the events stage (the one who demands in `X deyib ki, Y … etməlidir`).
import type { DocContext, MentionInfo } from "../events/context.js";
import type { QuoteTables } from "./tables.js";
import { countBefore } from "../../text/ordered.js";

/** Mentions looked back over for the person in focus. */
const FOCUS_REACH = 200;

export function isSpeechVerb(ctx: DocContext, q: QuoteTables, i: number): boolean {
  const tk = ctx.tokens[i];
  if (!tk || tk.kind !== "word" || q.notSpeech.includes(tk.lower)) return false;
  return ctx.stemForm(tk, q.speechVerbs, "both") !== null;
}

/** The speaker named in tokens [a, b): a nominative person, else a nominative body, else a source. */
export function speakerIn(ctx: DocContext, a: number, b: number, titles: string[] = []): MentionInfo | undefined {
  const ms = ctx.mentionsIn(a, b).filter((m) => !ctx.quoted[m.tokStart] && !m.place);
  const nom = ms.filter((m) => m.case === "nom" && !m.modifier);
  const found = nom.find((m) => m.type === "PER") ?? nom[0] ?? ms.find((m) => m.source) ?? ms.find((m) => m.type === "PER");
  if (found && found.type !== "PER" && titled(ctx, found, titles)) return personInFocus(ctx, found.tokStart) ?? found;
  return found;
}

/** `Ağ Ev lideri`: a body or country followed by an office noun names that office's holder. */
function titled(ctx: DocContext, m: MentionInfo, titles: string[]): boolean {
  const next = ctx.tokens[m.tokEnd];
  return !!next && next.kind === "word" && ctx.stemForm(next, titles) !== null;
}

/** The person last named as a subject before token `i` (else the last person named). */
function personInFocus(ctx: DocContext, i: number): MentionInfo | undefined {
  let any: MentionInfo | undefined;
  const ms = ctx.mentions;
  const lo = countBefore(ms, (m) => m.tokStart < i);
  // the focus is near: a bounded look back keeps a huge document linear
  for (let k = lo - 1; k >= Math.max(0, lo - FOCUS_REACH); k--) {
    const m = ms[k];
    if (m.type !== "PER") continue;
    if (m.case === "nom") return m;
    any ??= m;
  }
  return any;
}

/** `Bunu X deyib.` opening sentence `si`: the speaker it names, when it is a back-reference to speech. */
export function backReferenceSpeaker(ctx: DocContext, q: QuoteTables, si: number): { speaker: MentionInfo | null; cue: [number, number] } | null {
  const ns = ctx.doc.sentences[si];
  if (!ns || !q.backReference.includes(ctx.tokens[ns.tokStart].lower)) return null;
  for (let j = ns.tokStart; j < ns.tokEnd; j++) {
    if (isSpeechVerb(ctx, q, j)) return { speaker: speakerIn(ctx, ns.tokStart, j + 1, q.speakerTitles) ?? null, cue: [ns.tokStart, j + 1] };
  }
  return null;
}
