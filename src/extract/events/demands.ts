// Demands: a finite must/should verb (`X … etməlidir`) is a REQUEST by whoever says it — the speaker
// of the quotation it stands in, the speaker of `Y deyib ki, …`, an attribution frame, or the
// speaker the next sentence names (`Bunu Y deyib.`).
import type { Doc, Quote, Token } from "../../text/doc.js";
import type { Language } from "../../lang/types.js";
import type { QuoteTables } from "../quotes/tables.js";
import { shapedEntry, type ModeTables, type TriggerEntry } from "./tables.js";
import type { TriggerHit } from "./triggers.js";
import type { DocContext } from "./context.js";
import type { FormReader } from "./forms.js";
import { backReferenceSpeaker, isSpeechVerb, speakerIn } from "../quotes/speakers.js";
import { extractQuotes } from "../quotes/index.js";
import { countBefore } from "../../text/ordered.js";
import { isQuote } from "../entities/words.js";
import { isReportedForm, reportingFrame, type ReportingFrame } from "./claims.js";
import { courtesy, quotedDemandImperative } from "./mode.js";

/** The entry a bare demand verb makes: the second participant is the one asked (dative or accusative). */
export const DEMAND_ENTRY: TriggerEntry = shapedEntry({ head: "", forms: "verb", type: "REQUEST", cameo: "100", object: ["dat", "acc"] });

/** A demand reported as the object of a speech verb (`Y-in … etməli olduğunu deyib`): the genitive
 *  subject of the reported clause is the one asked. */
export const REPORTED_DEMAND_ENTRY: TriggerEntry = shapedEntry({ ...DEMAND_ENTRY, object: ["gen", "dat", "acc"] });

/** A finite necessitative verb closing its clause (`dayandırmalıdır.`, `etməməlidirlər,`), or one
 *  reported by an object verbal noun (`etməli olduğunu`); not of the first person (`etməliyik` is the
 *  speaker's own resolve), nor a word set off by commas (a discourse word: `…, deməli, …`). */
export function isDemandVerb(forms: FormReader, tokens: Token[], i: number, sentEnd: number, selfEndings: string[], copulas: string[] = [],
  quoted = false, modes?: ModeTables): boolean {
  const tk = tokens[i];
  if (tk.kind !== "word") return false;
  let next = tokens[i + 1];
  // a copula carrying the tense closes the clause in the necessitative's place (`dəyişməli olacaq.`)
  if (i + 1 < sentEnd && copulas.includes(next.lower) && (i + 2 >= sentEnd || tokens[i + 2].kind === "punct")) next = tokens[i + 2] ?? next;
  else if (i + 1 < sentEnd && next.kind !== "punct" && !isReportedForm(next)) return false;
  const prev = tokens[i - 1];
  if (i + 1 < sentEnd && next.norm === "," && (!prev || prev.sent !== tk.sent || prev.norm === ",")) return false;
  // (an imperative of the second or the third person inside quotation marks asks as well: `"… azad edin"`)
  return (forms.isNecessitative(tk) || (!!modes && quotedDemandImperative(tk, quoted, modes.demandImperatives) && !courtesy(tokens, i, modes))) &&
    !selfEndings.some((x) => tk.lower.endsWith(x));
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
    // a headline's label, a name opening the sentence right before a colon (`X: Y … çıxarmalıdır`), is who says it
    const label = ctx.mentionsIn(s.tokStart, i).find((m) => m.tokStart === s.tokStart && !ctx.quoted[m.tokStart]);
    const colon = label ? ctx.tokens[label.tokEnd] : undefined;
    if (label && colon && label.tokEnd < i && colon.sent === si && colon.kind === "punct" && colon.norm === ":") return here(label.name);
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

  /** The day a statement was made, for an act told by saying it: for a token inside quotation marks, a date outside
   *  them in its attribution (`"…", - X noyabrın 13-də bildirib`, `X aprelin 15-də deyib: "…"`) or in the sentence after
   *  telling it again (`Bu sözləri X aprelin 15-də … deyib`); for an act told outside them (`X Y-i tənqid edib.`), the date
   *  of the sentence right after that tells it again (`Bu barədə o, martın 13-də … danışıb`) or of the quotation of the
   *  same speaker opening it. `by`: the act's first side, who must be the speaker where one is named. */
  saidOn(i: number, by: string | undefined): string | null {
    const q = this.lang.quotes;
    if (!q) return null;
    const ctx = this.ctx, tokens = ctx.tokens;
    const abs = (a: number, b: number) => ctx.datesIn(a, b).filter((d) => d.absolute && d.value);
    const again = (si: number, who?: string): string | null => {
      const s = ctx.doc.sentences[si];
      if (!s) return null;
      const back = backReferenceSpeaker(ctx, q, si);
      // (or a verb telling the statement again after the back reference: `Bu barədə o, … brifinqdə danışıb`)
      const told = !back && q.backReference.includes(tokens[s.tokStart].lower) &&
        tokens.slice(s.tokStart, s.tokEnd).some((tk) => !!q.statementVerbs && ctx.stemForm(tk, q.statementVerbs, "verb") !== null);
      if (!back && !told) return null;
      if (back?.speaker && who && ctx.actorName(back.speaker.name) !== who) return null;
      // (a date in the dative is one something is set for, `19 oktyabra planlaşdırdığı mitinq`, not the day of saying)
      return abs(s.tokStart, s.tokEnd).find((d) => tokens[d.tokEnd - 1]?.analysis?.case !== "dat")?.value ?? null;
    };
    if (ctx.quoted[i]) {
      let c = i, o = i;
      while (c + 1 < tokens.length && ctx.quoted[c + 1]) c++;
      while (o > 0 && ctx.quoted[o - 1]) o--;
      const sc = ctx.doc.sentences[tokens[c].sent], so = ctx.doc.sentences[tokens[o].sent];
      const after = abs(c + 1, sc.tokEnd), before = abs(so.tokStart, o);
      if (after.length) return after[0].value;
      if (before.length) return before[before.length - 1].value;
      return again(tokens[c].sent + 1);
    }
    const si = tokens[i].sent, n = ctx.doc.sentences[si + 1];
    if (!n) return null;
    let f = n.tokStart;
    while (f < n.tokEnd && tokens[f].kind !== "word" && !ctx.quoted[f]) f++;
    // (the opening mark is inside the mask, the quotation's text starts after it)
    if (ctx.quoted[f] && f + 1 < n.tokEnd && isQuote(tokens[f])) f++;
    if (ctx.quoted[f]) return by && this.quoteSpeakerAt(f) === by ? this.saidOn(f, by) : null;
    return again(si + 1, by);
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
