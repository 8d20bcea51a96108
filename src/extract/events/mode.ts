// The modality of an event from its verb's morphology and the words around it:
// demanded > negated > possible > future > reported > asserted.
import type { EventMode, Token } from "../../text/doc.js";
import type { ModeTables } from "./tables.js";
import type { FormReader } from "./forms.js";

export interface ModeContext {
  tokens: Token[];
  /** Token carrying the tense, its ending after the stem (null when unknown). */
  verb: number;
  verbRest: string | null;
  sentStart: number;
  sentEnd: number;
  /** A `X-in söz(lər)inə görə` frame opens the sentence. */
  reportedFrame: boolean;
}

export function eventMode(ctx: ModeContext, m: ModeTables, forms: FormReader): EventMode {
  const { tokens, verb } = ctx;
  const f = forms.verbFeatures(tokens[verb], ctx.verbRest);
  const next = tokens[verb + 1];
  const next2 = tokens[verb + 2];
  const nextLower = next && next.sent === tokens[verb].sent ? next.lower : "";
  if (f.necessitative) return "demanded"; // `etməməlidir`, must not: still a demand
  if (m.demandWords.includes(tokens[verb].lower) || m.demandWords.includes(nextLower)) return "demanded";
  if (f.negated || m.impossibleWords.includes(nextLower)) return "negated";
  if (m.negWords.includes(nextLower) || (next2 && m.negWords.includes(next2.lower) && next?.kind === "word" && next2.sent === tokens[verb].sent)) return "negated";
  if (m.possibleWords.includes(nextLower)) return "possible";
  if (f.conditional && !m.concessive.includes(nextLower)) return "possible";
  if (f.future) return "future";
  let later: EventMode | null = null;
  for (let j = verb + 1; j < ctx.sentEnd; j++) {
    const w = tokens[j].lower;
    if (m.futureWords.some((f) => w.startsWith(f))) { later = "future"; break; }
    if (m.reportedWords.includes(w)) later = "reported";
  }
  if (later) return later;
  return ctx.reportedFrame ? "reported" : "asserted";
}
