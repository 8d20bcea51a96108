// Reported clauses: `X [Y-nin …] etdiyini deyib` — a verbal noun in the accusative that is the object
// of a speech verb. What it tells is the embedded subject's act, and X is only the one saying it.
import type { QuoteTables } from "../quotes/tables.js";
import type { DocContext, MentionInfo } from "./context.js";
import { isSpeechVerb, speakerIn } from "../quotes/speakers.js";
import type { Token } from "../../text/doc.js";

/** Words looked at past the verbal noun for its speech verb (`bəyan edib`, `açıq şəkildə deyib`). */
const SPEECH_REACH = 3;

/** An object verbal noun (`olduğunu`, `edəcəyini`): a verb form in the accusative other than an
 *  infinitive (`etməyi tələb edir` asks for an act, it does not report one). */
export function isReportedForm(tk: Token | undefined): boolean {
  const a = tk?.analysis;
  return a?.pos === "VERB" && a.case === "acc" && a.verbForm !== "inf";
}

export interface ReportingFrame {
  /** The verbal noun closing the reported clause (`etdiyini`), and the speech verb governing it. */
  complement: number;
  speech: number;
  /** The one who says it: the nominative before the reported clause. */
  speaker: MentionInfo;
}


/** The reporting frame of token `i`: the first object verbal noun at or after it in its sentence whose
 *  speech verb follows, with the speaker named before `from` (the start of the reported clause). */
export function reportingFrame(ctx: DocContext, q: QuoteTables, from: number, i: number): ReportingFrame | null {
  const s = ctx.doc.sentences[ctx.tokens[i].sent];
  for (let c = i; c < s.tokEnd; c++) {
    const w = ctx.tokens[c];
    if (ctx.quoted[c] !== ctx.quoted[i]) return null;
    if (c > ctx.clauseEnd[i]) return null; // another clause: not this act's frame
    if (!isReportedForm(w)) continue;
    for (let k = c + 1; k < Math.min(s.tokEnd, c + 1 + SPEECH_REACH); k++) {
      if (!isSpeechVerb(ctx, q, k)) continue;
      const speaker = speakerIn(ctx, s.tokStart, from);
      return speaker && speaker.case === "nom" ? { complement: c, speech: k, speaker } : null;
    }
    return null;
  }
  return null;
}
