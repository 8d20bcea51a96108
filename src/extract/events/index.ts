// The events stage: PLOVER events from trigger dictionaries over lemmas/stems, with actors taken
// from the grammar (nominative subject, governed case of the partner, `X və Y arasında`, passive
// agent), place from the locative, date from the clause, the sentence or the narrative's reference,
// and modality from the verb. Each real-world event is kept once per document. A finite verb inside
// quoted speech tells the speaker's event; a noun that is the topic of something else, a condition or an
// absence (`… olmayan`) tells none.
import type { Stage } from "../../pipeline.js";
import type { Doc, Event } from "../../text/doc.js";
import type { Language } from "../../lang/types.js";
import type { TriggerIndex } from "./triggers.js";
import { DocContext } from "./context.js";
import { demandHit, isDemandVerb, Requesters } from "./demands.js";
import { engineFor } from "./engine.js";
import type { Draft } from "./draft.js";
import { eventsOf } from "./hit-events.js";
import { isDateLine, shifted } from "./dating.js";
import { dedupe } from "./retellings.js";
import { oneWarEach } from "./background.js";
import type { EventTables } from "./tables.js";

const warStems = new WeakMap<EventTables, string[]>();

/** The heads of the background war nouns (read once per table set, not per document). */
function warStemsOf(t: EventTables): string[] {
  let w = warStems.get(t);
  if (!w) warStems.set(t, (w = t.triggers.filter((e) => e.background).map((e) => e.head)));
  return w;
}

/** Sentences at least this long are a repeated passage when their text recurs. */
const REPEAT_MIN_TOKENS = 5;

export function extractEvents(doc: Doc, lang: Language): Event[] {
  const t = lang.events;
  if (!t || doc.tokens.length === 0) return [];
  const { forms, index } = engineFor(t);
  const ctx = DocContext.of(doc, t, lang);
  index.markTimed(doc.tokens, doc.timexes ?? []);
  const drafts: Draft[] = [];
  const requesters = new Requesters(ctx, doc, lang);
  const seen = new Set<string>();
  let sectionDate: string | null = null;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    // a page that repeats a passage reports its events once: a sentence read before is skipped
    const text = doc.text.slice(doc.tokens[s.tokStart].start, doc.tokens[s.tokEnd - 1].end);
    if (s.tokEnd - s.tokStart >= REPEAT_MIN_TOKENS && seen.has(text)) continue;
    seen.add(text);
    if (s.heading) {
      const d = ctx.datesIn(s.tokStart, s.tokEnd).find((x) => x.absolute);
      // a dated heading sets the reference for what follows; an undated one (a new section) clears it
      if (d && isDateLine(s.tokStart, s.tokEnd, d)) { sectionDate = d.value; continue; }
      if (!d && !hasTrigger(ctx, index, s.tokStart, s.tokEnd)) sectionDate = null;
    }
    let phraseEnd = s.tokStart; // tokens up to here belong to a trigger phrase already read
    let phraseMadeEvent = false;
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      // a demand verb inside a phrase that made no event is still a demand (`müzakirə olunmamalıdır`)
      if ((i >= phraseEnd || !phraseMadeEvent) && isDemandVerb(forms, doc.tokens, i, s.tokEnd, t.modes.selfDemandEndings, t.modes.demandCopulas,
        ctx.quoted[i] === 1, t.modes)) {
        drafts.push(...eventsOf(ctx, t, index, demandHit(i, doc.tokens), si, sectionDate, requesters, drafts));
        continue;
      }
      if (i < phraseEnd) continue; // a word of a phrase read already starts no other
      let madeHere = false;
      for (const hit of index.match(doc.tokens, i, s.tokEnd)) {
        // (a background war noun is read whatever its head's phrases made: `döyüş əməliyyatlarını dayandırmağa` ends a war told)
        if (hit.fallback && madeHere && !hit.entry.background) continue;
        const evs = eventsOf(ctx, t, index, hit, si, sectionDate, requesters, drafts);
        madeHere ||= evs.length > 0;
        // (a background war noun that made no event leaves its words to the phrases of other heads: `hərbi əməliyyat keçirməyə`,
        // and so does a phrase read only when negated, told asserted: `tələbini qəbul edib` is another head's act, and a charge
        // word no one is found to voice: `Y-ə qarşı yolverilməz fikirlər səsləndirib` is the voicing's)
        if ((!hit.entry.background && !hit.entry.negatedOnly && !hit.entry.chargeWord) || evs.length > 0) phraseEnd = Math.max(phraseEnd, hit.end);
        phraseMadeEvent = evs.length > 0;
        drafts.push(...evs);
      }
    }
  }
  const stateOf = statesOf(doc);
  // (people named by their office too: `ABŞ və Azərbaycan prezidentləri`)
  const persons = new Set([...doc.entities.filter((e) => e.type === "PER").map((e) => e.name), ...(doc.links ?? []).filter((l) => l.kind === "role").map((l) => l.name)]);
  const headings = new Set<number>();
  doc.sentences.forEach((s, si) => { if (s.heading) headings.add(si); });
  // (a line of nothing but a date, a time and marks, `• 22 dekabr, 2025`, is a dateline however it ends: no body sentence)
  // (read up to the first word: most sentences stop at their first token)
  doc.sentences.forEach((s, si) => {
    let k = s.tokStart;
    while (k < s.tokEnd && (ctx.tokens[k].kind === "punct" || ctx.tokens[k].kind === "number" || ctx.inDate(k))) k++;
    if (k === s.tokEnd && s.tokEnd > s.tokStart) headings.add(si);
  });
  // (sentences opening with a time shift or a background word, `Xatırladaq ki, …`: another story's acts; asked of a few only)
  const moved = (si: number) => si >= 0 && shifted(ctx, t, si);
  const deduped = dedupe(oneWarEach(earlierStagesOut(ctx, promisedOut(drafts), persons), warStemsOf(t)), persons, stateOf, doc.document_date ?? null, headings, moved)
    .filter((e) => !ownBudget(doc, stateOf, e) && !outletsOwn(t, e) && !outletNamedFirst(t, e));
  const events = deduped.filter((e) => !struckPlaceRetold(doc, stateOf, deduped, e));
  withStates(stateOf, events);
  // what the text leaves undated is placed at the publication date (news tells of its own days),
  // marked so a reader can tell it from a date the text gives
  if (doc.document_date) {
    for (const e of events) if (e.date === null) { e.date = doc.document_date; e.date_basis = "document"; }
  }
  return events;
}

/**
 * A person the text names by a state's office (`Azərbaycan Prezidenti`), or a state body named with
 * its state (`İran XİN`), acts for that state too: the state follows them among the actors, as event
 * data codes an actor by state and role (and as gold that lets "a country stand for its state" expects).
 */
/** A strike told by the place it fell on alone (`Dneprə dron hücumu edilib`, `X-in mövqeləri atəşə tutulub`: the sides
 *  only towns, districts or regions, no state, person or body), in a story that tells a strike with a side that struck or
 *  was struck (`Rusiya ordusu … Dnepr şəhərində hücum edib`): the headline or the passive telling of that strike, or a
 *  part of it (`… zərbələr Xan Yunis şəhərinə endirilib`), no act of its own. */
function struckPlaceRetold(doc: Doc, stateOf: ReadonlyMap<string, string>, events: Event[], e: Event): boolean {
  if (e.type !== "ASSAULT" || e.actors.length === 0) return false;
  const place = (a: string) => !stateOf.has(a) && doc.entities.some((x) => x.name === a && x.type === "LOC" && !x.iso) &&
    !doc.entities.some((x) => x.name === a && x.type !== "LOC");
  if (!e.actors.every(place)) return false;
  return events.some((o) => o !== e && o.type === e.type && (o.mode === "negated") === (e.mode === "negated") && o.actors.some((a) => !place(a)) &&
    (o.date === null || e.date === null || o.date === e.date));
}

function statesOf(doc: Doc): Map<string, string> {
  const stateOf = new Map<string, string>();
  for (const e of doc.entities) if (e.state && !stateOf.has(e.name)) stateOf.set(e.name, e.state);
  for (const l of doc.links ?? []) {
    if (l.kind !== "role" || !l.iso || stateOf.has(l.name)) continue;
    const state = doc.entities.find((e) => e.type === "LOC" && e.iso === l.iso);
    if (state) stateOf.set(l.name, state.name);
  }
  return stateOf;
}

/** An act whose first side is a news outlet by its web domain (`Xəbər.az müğənni X ilə əlaqə saxlayıb`): the outlet at
 *  work, asking for comment or telling the news, no act between sides. */
function outletsOwn(t: EventTables, e: Event): boolean {
  const first = e.actors[0]?.toLowerCase();
  return !!first && !!t.outletDomains?.some((d) => first.endsWith(d));
}

/** An act whose first side is a news outlet by name (`t.outletNames`): the outlets among its sides are dropped, and the act
 *  with no side left is the outlet's own (returns true: no event); with sides left it is theirs. */
function outletNamedFirst(t: EventTables, e: Event): boolean {
  const names = t.outletNames ?? [];
  if (!e.actors.length || !names.includes(e.actors[0])) return false;
  e.actors = e.actors.filter((a) => !names.includes(a));
  return e.actors.length === 0;
}

/** Money given to a body of the giver's own state (`Prezident X Y Federasiyasına maliyyə dəstəyi göstərilməsi haqqında
 *  Sərəncam imzalayıb`, the federation a body of X's state): the state's own budget, no aid between sides. So when the
 *  sides name one state only, by a body of it, and no person or body of another (a person or a body with no state known
 *  names none: the giver). */
function ownBudget(doc: Doc, stateOf: ReadonlyMap<string, string>, e: Event): boolean {
  if (e.type !== "AID") return false;
  const states = new Set<string>();
  let owned = false;
  for (const a of e.actors) {
    const s = stateOf.get(a);
    if (s) { states.add(s); owned = true; continue; }
    if (doc.entities.some((x) => x.name === a && x.type === "LOC")) states.add(a);
  }
  return owned && states.size === 1;
}

function withStates(stateOf: ReadonlyMap<string, string>, events: Event[]): void {
  if (!stateOf.size) return;
  for (const e of events) {
    if (!e.actors.some((a) => stateOf.has(a))) continue;
    const out: string[] = [];
    for (const a of e.actors) {
      if (!out.includes(a)) out.push(a);
      const s = stateOf.get(a);
      if (s && !e.actors.includes(s) && !out.includes(s)) out.push(s);
    }
    e.actors = out;
  }
}

/** Some trigger in tokens [a, b): a heading that tells an event continues the section. */
function hasTrigger(ctx: DocContext, index: TriggerIndex, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (index.match(ctx.tokens, i, b).length) return true;
  return false;
}

export const eventStage: Stage = {
  name: "events",
  run(doc, lang) {
    doc.events = extractEvents(doc, lang);
  },
};

/** An act of force told by an object participle describing a person (`DTX-nin həbs etdiyi X-a hökm oxunub`) whom a later
 *  verb of the same sentence tells acted on by another act of its type (the sentence after the arrest): the earlier stage is
 *  the person's description, no event of its own, as the gold sets list a case's stages told in one sentence. */
/** Acts still to come inside the clause a threat promises (`İranı cəzalandırmağa davam edəcəyinə söz verib`): what the threat
 *  threatens, told by it, no acts of their own. */
function promisedOut(drafts: Draft[]): Draft[] {
  const promises = drafts.filter((p) => p.promisedFrom !== undefined);
  if (!promises.length) return drafts;
  return drafts.filter((d) => d.mode !== "future" || !promises.some((p) => p !== d && p.sentence === d.sentence && d.head >= p.promisedFrom! && d.head < p.head));
}

function earlierStagesOut(ctx: DocContext, drafts: Draft[], persons: ReadonlySet<string>): Draft[] {
  // (each trigger's last token, and whether it is such a participle, read once)
  const last = drafts.map((d) => {
    let k = d.head;
    while (k + 1 < ctx.tokens.length && ctx.tokens[k].end < d.trigger.end) k++;
    return k;
  });
  const described = drafts.map((d, n) => {
    const a = ctx.tokens[last[n]].analysis;
    return d.type === "COERCE" && a?.pos === "VERB" && a.verbForm === "part" && a.poss !== undefined && !a.case;
  });
  if (!described.includes(true)) return drafts;
  return drafts.filter((d, n) => !described[n] || !drafts.some((o, m) => m !== n && o.type === d.type && o.sentence === d.sentence &&
    o.head > last[n] && !described[m] && o.actors.some((x) => persons.has(x) && d.actors.includes(x))));
}
