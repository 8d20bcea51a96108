// When an event took place: the date of its clause, of its sentence, then the narrative's reference
// (the sentences just before, a dated heading), as far as the verb's tense agrees with it.
import type { Token } from "../../text/doc.js";
import type { EventTables } from "./tables.js";
import type { DocContext, DatedSpan } from "./context.js";
import { NARRATIVE_REACH } from "./draft.js";
import { hasStemBefore } from "./guards.js";

/** Date `d` fills tokens [a, b), but for a closing mark: the line is a dateline. */
export function isDateLine(a: number, b: number, d: { tokStart: number; tokEnd: number }): boolean {
  return d.tokStart === a && d.tokEnd >= b - 1;
}

/** The date: the clause, the sentence, then the narrative's reference (previous sentence, dated heading).
 *  `stems` name the act (the trigger's head, the gathering taken part in). */
export function dateOf(ctx: DocContext, t: EventTables, cs: number, ce: number, si: number, head: number, sectionDate: string | null, tense: Tense, planned: boolean, stems: string[]): { value: string | null; own: boolean } {
  // a vague reference (`bu yaxınlarda`, PAST_REF) places nothing on the calendar
  // what is still planned is on no date before the news was written (`2001-ci ildən bəri … almağı planlaşdırdığı`)
  const fits = (d: DatedSpan) => d.absolute && (!planned || fitsTense(d.value, ctx.doc.document_date, "future"));
  const clause = ctx.datesIn(cs, ce).filter(fits);
  if (clause.length) return { value: nearest(clause, head).value, own: true };
  const s = ctx.doc.sentences[si];
  // a date of a later clause belongs to that clause's verb (`X razılaşıb, avqustun 1-dən qüvvəyə minəcək`)
  const sentence = ctx.datesIn(s.tokStart, ce).filter(fits);
  if (sentence.length) return { value: nearest(sentence, head).value, own: true };
  const opening = ctx.tokens.slice(s.tokStart, Math.min(s.tokEnd, s.tokStart + 3)).map((x) => x.lower);
  if (opening.some((w) => t.timeShift.includes(w))) return { value: null, own: false };
  // a clause placing its act in a time of its own (`növbəti 24 saat ərzində`, `hazırda`) is not on an earlier date
  if (ctx.timedIn(cs, ce)) return { value: null, own: false };
  // the narrative's reference: a dated heading; for what is still to come, the schedule the sentences just
  // before dated (`X avqustun 7-də səfər edəcək. Səfər çərçivəsində Y ilə görüşəcək`); for what happened,
  // only the date of a sentence telling the same act (`X və Y mayın 1-də saziş imzalayıb. Sənədi … imzalayıblar`)
  // or one whose story this sentence goes on with: any other act told after a dated one is background
  for (let k = si - 1; k >= Math.max(0, si - NARRATIVE_REACH); k--) {
    const p = ctx.doc.sentences[k];
    const prev = ctx.datesIn(p.tokStart, p.tokEnd);
    if (!prev.length) continue;
    if (tense !== "future" && !hasStemBefore(ctx, stems, p.tokStart, p.tokEnd, "both") && !continuesStory(ctx, t, s, p)) break;
    const abs = prev.filter((d) => d.absolute);
    const value = abs.length ? abs[abs.length - 1].value : sectionDate;
    return { value: fitsTense(value, ctx.doc.document_date, tense) ? value : null, own: false };
  }
  return { value: fitsTense(sectionDate, ctx.doc.document_date, tense) ? sectionDate : null, own: false };
}

/** Sentence `s` goes on with the story of sentence `p`: it opens with a subject pronoun (`O, …`), or with a
 *  common noun `p` used (`… təyyarənin qəzaya düşməsindən sonra … Təyyarə … vurulub`). A sentence opening
 *  with a name or with `Bu qərar` turns to another act. */
function continuesStory(ctx: DocContext, t: EventTables, s: { tokStart: number; tokEnd: number }, p: { tokStart: number; tokEnd: number }): boolean {
  let i = s.tokStart;
  while (i < s.tokEnd && ctx.tokens[i].kind !== "word") i++;
  const first = ctx.tokens[i];
  if (!first || first.kind !== "word") return false;
  if (t.pronouns.some(([w, c]) => c === "nom" && w === first.lower)) return true;
  // (opening a sentence, a common noun is capitalised and may be read as a name: the dated sentence's
  // use of it, in lower case, tells it is a common noun)
  const a = first.analysis;
  if ((a?.pos !== "NOUN" && a?.pos !== "PROPN") || a.stem.length < 3) return false;
  for (let j = p.tokStart; j < p.tokEnd; j++) if (ctx.tokens[j].analysis?.pos === "NOUN" && ctx.tokens[j].analysis?.stem === a.stem) return true;
  return false;
}

export type Tense = "past" | "present" | "future" | null;

/** The tense of the verb that carries an event: past, present (happening as the news is written) or future. */
export function tenseOf(tk: Token, future: boolean): Tense {
  const x = tk.analysis?.tense;
  if (future || x === "fut") return "future";
  if (x === "past" || x === "evid") return "past";
  return x === "pres" ? "present" : null;
}

/** A date told before places an event only when the verb's tense agrees with it: what is happening now
 *  is not on a past or coming date, what happened is not on a coming one, what will happen not on a past one. */
function fitsTense(value: string | null, docDate: string | null | undefined, tense: Tense): boolean {
  if (value === null || !docDate || tense === null) return true;
  if (tense === "present") return false;
  const n = Math.min(value.length, docDate.length);
  const rel = value.slice(0, n).localeCompare(docDate.slice(0, n));
  return tense === "past" ? rel <= 0 : rel >= 0;
}

/** A demand's date: its clause, its sentence, then the sentence naming its speaker (`Bunu X iyulun 5-də deyib`). */
export function demandDate(ctx: DocContext, cs: number, ce: number, si: number, head: number, speakerSentence: number): { value: string | null; own: boolean } {
  const s = ctx.doc.sentences[si];
  const inClause = ctx.datesIn(cs, ce);
  const own = inClause.length ? inClause : ctx.datesIn(s.tokStart, s.tokEnd);
  if (own.length) return { value: nearest(own, head).value, own: true };
  const said = ctx.doc.sentences[speakerSentence];
  const there = said ? ctx.datesIn(said.tokStart, said.tokEnd) : [];
  return { value: there.length ? there[0].value : null, own: false };
}

function nearest<T extends { tokStart: number }>(xs: T[], head: number): T {
  // the last date before the trigger, else the first after it
  const before = xs.filter((x) => x.tokStart < head);
  return before.length ? before[before.length - 1] : xs[0];
}
