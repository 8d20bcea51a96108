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
  /** The head of a noun trigger, whose governing verb `verb` is (absent for a verb trigger). */
  nounHead?: number;
}

export function eventMode(ctx: ModeContext, m: ModeTables, forms: FormReader): EventMode {
  const { tokens, verb } = ctx;
  const f = forms.verbFeatures(tokens[verb], ctx.verbRest);
  const next = tokens[verb + 1];
  const next2 = tokens[verb + 2];
  const nextLower = next && next.sent === tokens[verb].sent ? next.lower : "";
  // a noun's governing verb may be a phrase whose first word says it all (`görüşü nəzərdə tutulur`)
  const phraseStart = ctx.nounHead !== undefined && verb - 1 > ctx.nounHead ? verb - 1 : verb;
  if (f.necessitative) return "demanded"; // `etməməlidir`, must not: still a demand
  if (m.demandWords.includes(tokens[verb].lower) || m.demandWords.includes(nextLower)) return "demanded";
  if ((f.negated && !shortVerbalNoun(tokens[verb], m)) || m.impossibleWords.includes(nextLower)) return "negated";
  if (m.negWords.includes(nextLower) || (next2 && m.negWords.includes(next2.lower) && next?.kind === "word" && next2.sent === tokens[verb].sent)) return "negated";
  if (m.possibleWords.includes(nextLower) || considered(ctx, m, phraseStart)) return "possible";
  if (f.conditional && !m.concessive.includes(nextLower)) return "possible";
  // a clause told by an impersonal claim (`… deyəcəyi bildirilir`) is a claim, whatever its tense
  if (m.reportedWords.includes(nextLower)) return "reported";
  if (f.future) return "future";
  let later: EventMode | null = null;
  // a converb's act is its main verb's subject's own (`ittiham edərək, … iddia edib`): what that verb
  // claims is another clause
  const claimable = tokens[verb].analysis?.verbForm !== "conv";
  for (let j = phraseStart; j < ctx.sentEnd; j++) {
    const w = tokens[j].lower;
    if (isFutureWord(w, m)) {
      // `planlaşdırmır` plans nothing: the act is negated, not planned; `gözlənilmədən` "unexpectedly",
      // `gözlənilməz` "unexpected" describe, they neither plan nor deny
      if (!negatedForm(tokens[j], m)) { later = "future"; break; }
      if (finiteForm(tokens[j])) { later = "negated"; break; }
      continue;
    }
    if ((j > verb || (j < verb && ctx.nounHead !== undefined)) && claimable && m.reportedWords.includes(w)) later = "reported";
  }
  if (later) return later;
  return ctx.reportedFrame ? "reported" : "asserted";
}

/** A word planning or expecting an act; the words of considering (`nəzərdən`) may share its beginning. */
function isFutureWord(w: string, m: ModeTables): boolean {
  return m.futureWords.some((f) => w.startsWith(f)) && !(m.considerWords ?? []).includes(w);
}

/** A negated verb, not the short verbal noun that is spelt the same (`imzalanma`). */
function negatedForm(tk: Token, m: ModeTables): boolean {
  return tk.analysis?.negated === true && !shortVerbalNoun(tk, m);
}

/** A finite verb form (`planlaşdırmır`, `gözlənilmir`), not a converb or a participle used as an adjective. */
function finiteForm(tk: Token): boolean {
  const a = tk.analysis;
  return a?.verbForm === "fin" || a?.tense === "pres" || a?.tense === "past" || a?.tense === "fut";
}

/** An act put under consideration: the verb's object (`uzaqlaşdırılmasını nəzərdən keçirir`), or a
 *  noun that is the subject or object of the considering verb (`sanksiyalar nəzərdən keçirilir`), not
 *  a place or time in which something is considered (`görüşdə … nəzərdən keçirilib`). */
function considered(ctx: ModeContext, m: ModeTables, phraseStart: number): boolean {
  const words = m.considerWords ?? [];
  const next = ctx.tokens[ctx.verb + 1];
  if (next && next.sent === ctx.tokens[ctx.verb].sent && words.includes(next.lower)) return true;
  if (ctx.nounHead === undefined || phraseStart === ctx.verb || !words.includes(ctx.tokens[phraseStart].lower)) return false;
  const c = ctx.tokens[ctx.nounHead].analysis?.case;
  return c === undefined || c === "nom" || c === "acc";
}

/** The short verbal noun (`imzalanma mərasimi`): a verb form ending in what spells the negative marker,
 *  with no tense or form after it (a negated verb goes on: `imzalamayıb`, `imzalamadan`). */
function shortVerbalNoun(tk: Token, m: ModeTables): boolean {
  const a = tk.analysis;
  if (a?.tense || a?.verbForm) return false;
  return (m.shortVerbalNouns ?? []).some((e) => tk.lower.endsWith(e));
}
