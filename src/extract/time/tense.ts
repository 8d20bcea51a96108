// The tense of the verb that governs a time expression: the first verb after it in its sentence
// (Azerbaijani puts the verb after its adverbials). Morphology's analysis is trusted when it has
// run; before that, the language's table of tense endings stands in.
import type { Token } from "../../text/doc.js";
import type { Compiled } from "./lexicon.js";
import type { Tense } from "./resolve.js";

// imperatives and optatives (`qeyd edək ki`) are formulas of the writer, not the event's time
const FROM_ANALYSIS: Record<string, Tense> = {
  past: "past", evid: "past", fut: "fut", nec: "fut", aor: "fut", pres: "pres",
};

/** Token i is a verb of planning or expecting, alone or with the word before it (`planlaşdır`, `nəzərdə tut`). */
function plansAhead(toks: Token[], i: number, c: Compiled): boolean {
  const lemma = toks[i].stem;
  return c.futureVerbs.has(lemma) || (i > 0 && c.futureVerbs.has(`${toks[i - 1].lower} ${lemma}`));
}

function tenseOfToken(toks: Token[], i: number, c: Compiled, first: boolean, planning = true): Tense | null {
  const t = toks[i];
  if (t.kind !== "word") return null;
  // a capital inside a sentence starts a name (`Birləşmiş Millətlər`), not the governing verb
  if (!first && t.norm[0] !== t.lower[0]) return null;
  const word = c.tenseWords.get(t.lower);
  if (word) return word;
  const a = t.analysis;
  // a negated aorist with a word right after it describes that word's act (`faiz dərəcəsini dəyişməz saxlamışdı` kept it
  // unchanged): the word after it governs, not this one
  if (a?.tense === "aor" && a.negated && a.suffixes?.length === 1 && toks[i + 1]?.kind === "word" && toks[i + 1].sent === t.sent) return null;
  // planning and expecting point ahead in any tense: `iyunun 20-nə planlaşdırılıb`
  if (planning && a?.tense && c.futureVerbs.size && plansAhead(toks, i, c)) return "fut";
  if (a?.pos) {
    // a verbal noun with a case ending (`ediləcəyini`) sits inside a clause another verb governs
    // (a form with a tense counts whatever part of speech it acts as: `-acaq` ends sentences as a
    // future verb though morphology may read it as a participle)
    if (!a.tense || a.case || a.verbForm === "vnoun" || a.verbForm === "conv") return null;
    return FROM_ANALYSIS[a.tense] ?? null;
  }
  if (t.lower.length < 4 || c.notVerbs.has(t.lower)) return null;
  for (const s of c.tense) if (t.lower.length > s.suffix.length + 1 && t.lower.endsWith(s.suffix)) return s.tense;
  return null;
}

/** A verb of the future with a case ending (`gələcəyini`, `keçiriləcəyi`) stands after the expression before the verb
 *  that governs the sentence: a plan told inside a verb of saying (`X iyun ayında Bakıya gələcəyini bildirib`), whose
 *  time the expression may be. */
export function plannedBefore(toks: Token[], from: number, sentStart: number, sentEnd: number, c: Compiled, intent = false): boolean {
  for (let i = from; i < sentEnd; i++) {
    const a = toks[i].analysis;
    if (toks[i].kind === "word" && a?.tense === "fut" && (a.case || a.verbForm === "vnoun")) return true;
    // (with `intent`, so does an infinitive, what is agreed or decided on: `iyul ayında hasilatı artırmaq barədə razılığa gəliblər`)
    if (intent && toks[i].kind === "word" && a?.pos === "VERB" && a.verbForm === "inf") return true;
    if (tenseOfToken(toks, i, c, i === sentStart)) return false;
  }
  return false;
}

/** A bare future form (no finite ending, no case) before a noun or a name of its sentence, with a finite verb later in it:
 *  a participle describing that noun (`yeni nəfəs gətirəcək “X” layihəsinin`). */
function attributiveFuture(toks: Token[], i: number, sentEnd: number): boolean {
  const a = toks[i].analysis;
  if (!a || a.verbForm || a.case || a.poss || a.negated) return false;
  let j = i + 1;
  while (j < sentEnd && toks[j].kind === "punct" && toks[j].norm !== "," && toks[j].norm !== "." && toks[j].norm !== ":") j++;
  const n = toks[j]?.analysis;
  if (j >= sentEnd || (toks[j].kind !== "word" && toks[j].kind !== "number") || (n && n.pos !== "NOUN" && n.pos !== "PROPN" && n.pos !== "ADJ" && n.pos !== "NUM")) return false;
  for (let k = j + 1; k < sentEnd; k++) if (toks[k].analysis?.verbForm === "fin" && toks[k].analysis?.tense) return true;
  return false;
}

/** Tokens [from, sentEnd) are searched first, then the words before the expression. */
export function governingTense(toks: Token[], from: number, sentStart: number, sentEnd: number, c: Compiled): Tense {
  // a clause closed by a possessed participle of no future (`sazişin noyabrda paraflandığı qeyd olunur`): what the present
  // verb of saying reports is done, so the past
  let doneClause = false;
  // an expression closed by a comma (`İyulun 22-də, … nəfəs gətirəcək layihənin təqdimatı keçirildi`) belongs to the main
  // clause: a future participle before a noun on the way describes that noun, and the finite verb after it governs
  const closed = toks[from]?.norm === ",";
  // a bare participle of no tense after the expression (`avqustun 8-də imzalanan bəyannamədə … nəzərdə tutulub`) holds it in
  // its clause: a verb of planning after it points ahead only for what it plans, so its own tense governs
  let participle = false;
  for (let i = from; i < sentEnd; i++) {
    let t = tenseOfToken(toks, i, c, i === sentStart);
    if (t === "fut" && participle) t = tenseOfToken(toks, i, c, i === sentStart, false) ?? t;
    if (t === "fut" && closed && attributiveFuture(toks, i, sentEnd)) continue;
    if (t) return t === "pres" && doneClause ? "past" : t;
    const a = toks[i].analysis;
    if (toks[i].kind === "word" && a?.pos === "VERB" && a.verbForm === "part" && a.poss && !a.tense && !a.negated) doneClause = true;
    // (not one of planning itself: `iyunun 20-də keçirilməsi nəzərdə tutulan görüş`)
    if (toks[i].kind === "word" && a?.pos === "VERB" && a.verbForm === "part" && !a.poss && !a.case && !a.tense && !a.negated
      && !plansAhead(toks, i, c)) participle = true;
  }
  for (let i = from - 1; i >= sentStart; i--) {
    const t = tenseOfToken(toks, i, c, i === sentStart);
    if (t) return t;
  }
  return undefined;
}
