// A war or fighting told as a noun in the background of the news (`X-in Y-ə qarşı müharibəsi`, `Y-dəki müharibə`, `X ilə Y
// arasında münaqişə`, `X-Y müharibəsi`): an event only with the sides its own noun phrase names, told as going on whatever
// the clause says of it (`müharibəni dayandırmaq üçün`, `müharibənin başa çatması`), undated unless the phrase dates it.
import type { EventMode } from "../../text/doc.js";
import type { DocContext, MentionInfo } from "./context.js";
import type { EventTables } from "./tables.js";
import type { TriggerHit } from "./triggers.js";
import { finish, span, unique, type Draft } from "./draft.js";
import { pairSides, twoSided } from "./arguments.js";
import { followingWord, governingVerb, modifiesNext } from "./guards.js";
import type { TriggerIndex } from "./triggers.js";

/** Tokens looked back over from the noun for the words of its phrase. */
const PHRASE_REACH = 9;

/** The event of a background war noun at `hit`, or none when its phrase names no side. */
export function backgroundEvents(ctx: DocContext, t: EventTables, index: TriggerIndex, hit: TriggerHit, si: number, told: readonly Draft[]): Draft[] {
  const { tokens } = ctx;
  const e = hit.entry;
  const sent = ctx.doc.sentences[si];
  const head = hit.head, last = hit.end - 1;
  const quoted = ctx.quoted[head] === 1;
  const words = t.warSides;
  if (!words) return [];
  // (a phrase of the same head read as an attack already, `müharibəyə başlayıb`, is that attack)
  if (told.some((d) => d.head === head && d.type === e.type)) return [];
  // (so is a phrase of another word of it, `hərbi əməliyyat keçirməyə hazır`: read by its own entries)
  for (let j = head + 1; j < hit.end; j++) {
    // (one that ends it, `döyüş əməliyyatlarını dayandırmağa`, still tells the war)
    if (tokens[j].analysis?.pos === "NOUN" && index.match(tokens, j, sent.tokEnd).some((h) => !h.entry.background && h.entry.type !== "RETREAT")) return [];
  }
  // (an operation one is ready or plans to carry out, `X-ə qarşı hərbi əməliyyata hazır olması`, is no war fought)
  const after = tokens[hit.end];
  const opens = (w: string) => after.lower.startsWith(w);
  if (after && after.sent === si && (t.modes.readinessWords.some(opens) || !!t.modes.proposalWords?.some(opens) || !!t.modes.decisionWords?.some(opens))) return [];
  // (a war as what something is about, `münaqişəsinə dair qətnamə`, `münaqişə ilə bağlı`, is a topic, no war told)
  const next = followingWord(ctx, t, hit.end, sent.tokEnd);
  if (next && t.topicWords.includes(next)) return [];
  // (a bare noun naming the kind of another, `münaqişə planı`, `müharibə cinayətləri`, tells no war)
  if (modifiesNext(ctx, t, hit)) return [];
  // (`bu müharibə`: the war told before)
  const prev = tokens[head - 1];
  if (prev && prev.sent === tokens[head].sent && t.anaphoric.includes(prev.lower)) return [];
  // (a named war, `İkinci Dünya müharibəsi`, `Vətən müharibəsi`, is history, no act of named sides)
  const from = tokens[head].start, to = tokens[last].end;
  if (ctx.doc.entities.some((en) => en.start < to && en.end > from)) return [];
  const cs = ctx.clauseStart[head];
  // (a pronoun names no side of a war: `Rusiya bizə … müharibə …`)
  const inPhrase = (m: MentionInfo) => (ctx.quoted[m.tokStart] === 1) === quoted && !m.source && !m.topic && !m.modifier && m.kind !== "pronoun";
  // `X və Y arasında`, `X-Y müharibəsi`
  // (a hyphenated pair, `Rusiya-Ukrayna müharibəsi`, names the war as the gold sets leave it unmarked: no sides of its own,
  // and no names of the phrase either)
  if (pairSides(ctx, cs, head, quoted).length > 0) return [];
  let sides = twoSided(ctx, t, cs, head);
  let date: string | null = null;
  if (sides.length === 0) {
    // (the possessed noun closes the noun phrase, before the predicate an entry may need: `X-in müharibəsi davam edir`)
    let noun = last;
    while (noun > head && tokens[noun].analysis?.pos !== "NOUN") noun--;
    const ownedHead = tokens[noun].analysis?.poss === "3";
    const start = phraseStart(ctx, t, cs, head);
    let ownedPart = false;
    for (let j = start; j < head; j++) if (tokens[j].analysis?.verbForm === "part" && tokens[j].analysis?.poss) ownedPart = true;
    for (const m of ctx.mentionsIn(start, head).filter(inPhrase)) {
      const next = tokens[m.tokEnd];
      const against = (k: number) => !!tokens[k] && words.against.includes(tokens[k].lower);
      const c = m.case;
      // (the owner in the genitive of the possessed noun, or of an object participle before it: `X-in Y-də apardığı`)
      if (c === "gen" && (ownedHead || ownedPart)) sides.push(m.name);
      // (a target: `Y-yə qarşı`, `Y-in ərazisinə qarşı`)
      else if (c === "gen" && against(m.tokEnd + 1) && next?.analysis?.poss) sides.push(m.name);
      else if (c === "dat" && against(m.tokEnd)) sides.push(m.name);
      // (where it is fought, `Y-də gedən`, `Y-dəki`; with whom, `Y ilə`; by whom, `X tərəfindən`)
      else if (c === "loc" || c === "ins" || ctx.isAgent(m)) sides.push(m.name);
    }
    // (the one made to end it: `X-i … müharibəni dayandırmağa məcbur edə bilər`)
    const endWord = tokens[hit.end];
    if (endWord && endWord.sent === si && words.ends.some((w) => endWord.lower.startsWith(w)) && causedAfter(ctx, words.causes, hit.end + 1, sent.tokEnd)) {
      const causee = ctx.mentionsIn(ctx.doc.sentences[si].tokStart, start).filter((m) => inPhrase(m) && m.case === "acc").pop();
      if (causee) sides.unshift(causee.name);
    }
    // (the year it began, told in the phrase: `2022-ci ildə başlayan X-Y müharibəsi`)
    const own = ctx.datesIn(start, head, quoted);
    if (own.length) date = own[own.length - 1].value;
  } else {
    const own = ctx.datesIn(phraseStart(ctx, t, cs, head), head, quoted);
    if (own.length) date = own[own.length - 1].value;
  }
  // (a side is a state, a body or a person: a region, `Yaxın Şərqdəki münaqişə`, fights no war)
  const named = new Map(ctx.mentionsIn(ctx.doc.sentences[si].tokStart, head).map((m) => [m.name, m]));
  sides = sides.filter((s) => { const m = named.get(s); return !m || m.type !== "LOC" || !!m.iso || ctx.actorName(s) !== s; });
  sides = unique(sides.map((s) => ctx.actorName(s)));
  if (sides.length === 0) return [];
  // (a war not wanted or that will not be, `müharibə istəmirik`, `müharibə olmayacaq`, is none; one that may be is
  // told possible by the entries of its likelihood)
  const verb = governingVerb(ctx, hit.end, sent.tokEnd);
  const feats = ctx.forms.verbFeatures(tokens[verb], null);
  if (feats.negated && !tokens[last].analysis?.case) return [];
  const mode: EventMode = "asserted";
  return [finish({
    type: e.type, mode, cameo: e.cameo, plover_mode: e.plover_mode, nominal: true, quoted, sentence: si, head, stem: e.head,
    clause: cs, setting: false, backReference: false, trigger: span(ctx, head, hit.end), location: null,
    actors: sides, date, ownDate: date !== null, background: true,
  })];
}

/** Each war once per document: a background war noun sharing a side with a war or fighting of the same kind told before
 *  (`Rusiyanın Ukraynaya qarşı müharibəsi 2022-ci ildə başlayıb. … Ukraynadakı müharibəni …`) is that war; the one kept
 *  takes a date only the other gives. */
export function oneWarEach(drafts: Draft[], warStems: readonly string[]): Draft[] {
  const out: Draft[] = [];
  const war = (d: Draft) => d.type === "ASSAULT" && warStems.includes(d.stem) && d.mode === "asserted";
  // (a war whose clause tells its end, `12 gün davam edən münaqişə iyunun 24-də atəşkəslə başa çatıb`, is not dated by it)
  const ended = (d: Draft) => drafts.some((r) => r.type === "RETREAT" && r.plover_mode === "ceasefire" && r.sentence === d.sentence && r.date !== null &&
    r.date === d.date && r.actors.some((a) => d.actors.includes(a)));
  for (let d of drafts) {
    if (war(d) && ended(d)) d = { ...d, date: null, ownDate: false };
    const k = war(d) ? out.findIndex((o) => war(o) && (o.background || d.background) && o.actors.some((a) => d.actors.includes(a))) : -1;
    if (k < 0) { out.push(d); continue; }
    const o = out[k];
    // (a war told by its own act, `döyüşlər davam edir`, is the one kept, with the sides the noun named)
    const kept = o.background && !d.background ? { ...d, actors: unique([...d.actors, ...o.actors]) } : { ...o, actors: unique([...o.actors, ...d.actors]) };
    const other = o.background && !d.background ? o : d;
    out[k] = kept.date === null && other.date !== null ? { ...kept, date: other.date, ownDate: other.ownDate } : kept;
  }
  // (the mark is no field of the output)
  return out.map(({ background: _bg, ...d }) => d);
}

/** The first token of the noun phrase ending at `head`: back over names, adjectives, participles, bare nouns, postpositions
 *  and dates, up to a comma, a finite verb or a noun in a case of its own. */
function phraseStart(ctx: DocContext, t: EventTables, cs: number, head: number): number {
  const { tokens } = ctx;
  const names = ctx.mentionsIn(Math.max(cs, head - PHRASE_REACH), head);
  let j = head;
  while (j - 1 >= Math.max(cs, head - PHRASE_REACH)) {
    const k = j - 1, tk = tokens[k], a = tk.analysis;
    const name = names.find((m) => m.tokStart <= k && k < m.tokEnd);
    // (a name in another case is another word's: `X-i … müharibəni dayandırmağa`)
    if (name && (name.case === "gen" || name.case === "dat" || name.case === "loc" || name.case === "ins" || name.pair || ctx.isAgent(name))) { j = name.tokStart; continue; }
    if (name) break;
    if (tk.kind === "punct" || tk.kind === "number") { if (ctx.inDate(k)) { j = k; continue; } break; }
    if (ctx.inDate(k)) { j = k; continue; }
    if (!a) { j = k; continue; }
    if (a.verbForm === "fin" || ctx.forms.endsClause(tk)) break;
    if (a.verbForm === "part" || a.pos === "ADJ" || a.pos === "ADV" || a.pos === "OTHER" || a.pos === "NUM") { j = k; continue; }
    // (a noun in a case before a participle is the participle's own: `həyata keçirilən`; an owned noun after its owner is
    // the owner's place: `Y-in ərazisinə qarşı`)
    if (a.pos === "NOUN" && (!a.case || tokens[k + 1]?.analysis?.verbForm === "part" || (a.poss && tokens[k - 1]?.analysis?.case === "gen"))) { j = k; continue; }
    break;
  }
  return j;
}

/** A word of making someone act follows in the sentence (`dayandırmağa məcbur edə bilər`, `vadar etmək`). */
function causedAfter(ctx: DocContext, causes: readonly string[], a: number, b: number): boolean {
  for (let j = a; j < Math.min(b, a + 3); j++) if (causes.some((w) => ctx.tokens[j].lower.startsWith(w))) return true;
  return false;
}
