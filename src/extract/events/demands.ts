// Demands: a finite must/should verb (`X … etməlidir`) is a REQUEST by whoever says it — the speaker
// of the quotation it stands in, the speaker of `Y deyib ki, …`, an attribution frame, or the
// speaker the next sentence names (`Bunu Y deyib.`).
import type { Doc, Quote, Token } from "../../text/doc.js";
import type { Language } from "../../lang/types.js";
import type { QuoteTables } from "../quotes/tables.js";
import type { TriggerEntry } from "./tables.js";
import type { TriggerHit } from "./triggers.js";
import type { DocContext } from "./context.js";
import type { FormReader } from "./forms.js";
import { backReferenceSpeaker, isSpeechVerb, speakerIn } from "../quotes/speakers.js";
import { extractQuotes } from "../quotes/index.js";
import { countBefore } from "../../text/ordered.js";
import { isReportedForm, reportingFrame, type ReportingFrame } from "./claims.js";

/** The entry a bare demand verb makes: the second participant is the one asked (dative or accusative). */
export const DEMAND_ENTRY: TriggerEntry = { head: "", forms: "verb", type: "REQUEST", cameo: "100", object: ["dat", "acc"] };

/** A demand reported as the object of a speech verb (`Y-in … etməli olduğunu deyib`): the genitive
 *  subject of the reported clause is the one asked. */
export const REPORTED_DEMAND_ENTRY: TriggerEntry = { ...DEMAND_ENTRY, object: ["gen", "dat", "acc"] };

/** A finite necessitative verb closing its clause (`dayandırmalıdır.`, `etməməlidirlər,`), or one
 *  reported by an object verbal noun (`etməli olduğunu`); not of the first person (`etməliyik` is the
 *  speaker's own resolve), nor a word set off by commas (a discourse word: `…, deməli, …`). */
export function isDemandVerb(forms: FormReader, tokens: Token[], i: number, sentEnd: number, selfEndings: string[], copulas: string[] = []): boolean {
  const tk = tokens[i];
  if (tk.kind !== "word") return false;
  let next = tokens[i + 1];
  // a copula carrying the tense closes the clause in the necessitative's place (`dəyişməli olacaq.`)
  if (i + 1 < sentEnd && copulas.includes(next.lower) && (i + 2 >= sentEnd || tokens[i + 2].kind === "punct")) next = tokens[i + 2] ?? next;
  else if (i + 1 < sentEnd && next.kind !== "punct" && !isReportedForm(next)) return false;
  const prev = tokens[i - 1];
  if (i + 1 < sentEnd && next.norm === "," && (!prev || prev.sent !== tk.sent || prev.norm === ",")) return false;
  return forms.isNecessitative(tk) && !selfEndings.some((x) => tk.lower.endsWith(x));
}

export function demandHit(i: number, tokens: Token[]): TriggerHit {
  const entry = isReportedForm(tokens[i + 1]) ? REPORTED_DEMAND_ENTRY : DEMAND_ENTRY;
  return { entry, head: i, end: i + 1, verb: i, verbRest: null, verbal: true };
}

/** Who makes a demand, and the sentence that names them when it is not the demand's own. */
export interface Requester { name: string; sentence: number }

/** Finds who demands what token `i` says; quotations are attributed once per document, on demand. */
export class Requesters {
  private quotes: Quote[] | null = null;

  constructor(private readonly ctx: DocContext, private readonly doc: Doc, private readonly lang: Language) {}

  of(i: number): Requester | null {
    const q = this.lang.quotes;
    if (!q) return null;
    const ctx = this.ctx;
    const si = ctx.tokens[i].sent;
    const here = (name: string | null, sentence = si) => (name ? { name: ctx.actorName(name), sentence } : null);
    if (ctx.quoted[i]) return here(this.quoteSpeaker(ctx.tokens[i].start));
    const s = ctx.doc.sentences[si];
    const said = this.speechClause(q, s.tokStart, i) ?? this.frame(i, i)?.speaker.name;
    if (said) return here(said);
    const frame = ctx.mentionsIn(s.tokStart, i).find((m) => m.source && !ctx.quoted[m.tokStart]);
    if (frame) return here(frame.name);
    return here(backReferenceSpeaker(ctx, q, si + 1)?.speaker?.name ?? null, si + 1);
  }

  /** The speech verb that token `i`'s clause, opening at `from`, is the reported object of. */
  frame(from: number, i: number): ReportingFrame | null {
    const q = this.lang.quotes;
    return q ? reportingFrame(this.ctx, q, from, i) : null;
  }

  /** `X deyib ki, …` / `X qeyd edib ki, …` before token `i`: the speaker X. */
  private speechClause(q: QuoteTables, a: number, i: number): string | null {
    const ctx = this.ctx;
    for (let j = a + 1; j < i; j++) {
      if (!q.complementiser.includes(ctx.tokens[j].lower)) continue;
      if (isSpeechVerb(ctx, q, j - 1) || isSpeechVerb(ctx, q, j - 2)) return speakerIn(ctx, a, j, q.speakerTitles)?.name ?? null;
    }
    return null;
  }

  /** The speaker of the quotation holding token `i`, by canonical actor name. */
  quoteSpeakerAt(i: number): string | null {
    const name = this.quoteSpeaker(this.ctx.tokens[i].start);
    return name ? this.ctx.actorName(name) : null;
  }

  private quoteSpeaker(pos: number): string | null {
    this.quotes ??= extractQuotes(this.doc, this.lang);
    // quotations are in text order: the last one starting at or before pos
    const qs = this.quotes;
    const quote = qs[countBefore(qs, (q) => q.start <= pos) - 1];
    return quote && pos < quote.end ? quote.speaker : null;
  }
}
