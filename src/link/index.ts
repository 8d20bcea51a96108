// The link stage: every entity gets its canonical name across the article (short forms and
// initials resolved), a stable id, its English name and ISO code; role phrases and pronouns are
// linked to people in doc.links. Language-free: all knowledge comes from the language's tables.
import type { Stage } from "../pipeline.js";
import type { Doc, Entity } from "../text/doc.js";
import type { Language } from "../lang/types.js";
import type { EntityTables, KnownName } from "../extract/entities/tables.js";
import { lexicon } from "../extract/entities/lexicon.js";
import { BoundedMap } from "../text/bounded.js";
import { countBefore } from "../text/ordered.js";
import { OfficeIndex } from "./offices.js";
import { linkPeople } from "./people.js";
import { linkBodies } from "./bodies.js";
import { findRoles } from "./roles.js";
import { findPronouns } from "./pronouns.js";
import { findGuests } from "./guests.js";
import { entityId } from "./ids.js";

const officeCache = new WeakMap<EntityTables, OfficeIndex>();

function officesOf(t: EntityTables): OfficeIndex {
  let o = officeCache.get(t);
  if (!o) officeCache.set(t, (o = new OfficeIndex(t.offices)));
  return o;
}

const englishCache = new WeakMap<EntityTables, Map<string, string>>();

function englishNames(t: EntityTables): Map<string, string> {
  let m = englishCache.get(t);
  if (!m) {
    m = new Map();
    for (const o of t.offices) m.set(o.name, o.en);
    englishCache.set(t, m);
  }
  return m;
}

export function linkDocument(doc: Doc, lang: Language): void {
  const t = lang.entities;
  if (!t) return;
  const lx = lexicon(t, lang.lower);
  const offices = officesOf(t);
  epithetsNamed(doc, t, lang.lower);
  const identity = linkPeople(doc, t.known, offices, lang.lower);
  samePersonSpelt(doc, spellingKey(t, lang.lower));
  linkBodies(doc);
  const knownOf = (name: string): KnownName | undefined => lx.known.get(lang.lower(name));
  const enOfPerson = englishNames(t);
  const describe = (e: Entity) => {
    const name = identity.get(e) ?? e.name;
    const k = knownOf(name);
    const same = k && k.type === e.type ? k : undefined;
    const en = same?.en ?? (e.type === "PER" ? enOfPerson.get(name) : undefined);
    const iso = e.type === "LOC" ? same?.iso : undefined;
    if (en) e.name_en = en;
    if (iso) e.iso = iso;
    if (e.type === "ORG" && !same) {
      const state = leadingState(name);
      if (state) e.state = state;
    }
    e.id = entityId(e.type, name, en, same?.iso, t.slugMap);
  };
  // the longest opening words of a body's name that name a state (`Azərbaycan Respublikası Milli Məclisi`)
  const leadingState = (name: string): string | undefined => {
    const words = name.split(" ");
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
      const k = knownOf(words.slice(0, n).join(" "));
      if (k?.type === "LOC" && k.iso) return k.name;
    }
    return undefined;
  };
  for (const e of doc.entities) describe(e);
  fullBodyNames(doc, knownOf);
  ownedBodies(doc, knownOf);
  const idOf = (name: string) => entityId("PER", name, knownOf(name)?.en ?? enOfPerson.get(name), undefined, t.slugMap);
  const roles = findRoles({
    doc, t, lx, offices, idOf,
    countryOf: (e) => (e.type === "LOC" || e.type === "ORG" ? knownOf(e.name)?.iso : undefined),
    countryNamed: (text) => {
      const k = knownOf(text);
      return k?.type === "LOC" ? k.iso : undefined;
    },
    personOf: (e) => (e.type === "PER" ? identity.get(e) ?? e.name : undefined),
  });
  // a holder the article names by a shorter form (`Tramp`, never `Donald Tramp`) keeps the article's form
  // (guidelines: the fullest form the article gives), so role and name are one actor
  // (spelt another way too: `Merz` for the table's `Merts`)
  const fold = spellingKey(t, lang.lower);
  const written = new Map<string, Entity>();
  for (const e of doc.entities) if (e.type === "PER") written.set(fold(e.name), e);
  for (const r of roles) {
    const words = r.name.split(" ");
    for (let k = 0; k < words.length; k++) {
      const e = written.get(fold(words.slice(k).join(" ")));
      if (e) { r.name = e.name; r.id = e.id; break; }
    }
  }
  const pronouns = findPronouns(doc, t, roles, idOf);
  const guests = findGuests(doc, t, roles, offices, idOf);
  doc.links = [...roles, ...pronouns, ...guests].sort((a, b) => a.start - b.start);
}

/** One person whose full name the article spells two ways (`Əkrəm İmamoğlu`, `Ekrem İmamoğlu`: the Turkish spelling and
 *  the Azerbaijani) goes by the spelling the article gives most often, the first of equals (a slip, `Pauellin` once among
 *  many `Pauel`, gives way). */
function samePersonSpelt(doc: Doc, fold: (s: string) => string): void {
  const spellings = new Map<string, Map<string, number>>();
  const people = [...doc.entities].filter((e) => e.type === "PER" && e.name.includes(" ")).sort((a, b) => a.start - b.start);
  for (const e of people) {
    const key = fold(e.name);
    let m = spellings.get(key);
    if (!m) spellings.set(key, (m = new Map()));
    m.set(e.name, (m.get(e.name) ?? 0) + 1);
  }
  for (const e of people) {
    const m = spellings.get(fold(e.name))!;
    if (m.size < 2) continue;
    let best = e.name, most = -1;
    for (const [name, n] of m) if (n > most) { best = name; most = n; }
    e.name = best;
  }
}

/** A mention of an epithet (`Ulu Öndərin`) is the person it stands for, where the article names that person too. */
function epithetsNamed(doc: Doc, t: EntityTables, lower: (s: string) => string): void {
  if (!t.epithets) return;
  const people = new Set(doc.entities.filter((e) => e.type === "PER").map((e) => e.name));
  for (const e of doc.entities) {
    const person = t.epithets[lower(e.name)];
    if (person && people.has(person)) {
      e.name = person;
      e.type = "PER";
    }
  }
}

/**
 * A body's abbreviation the tables know (`Aİ`) takes the body's full name where the article also writes it out
 * (`Avropa İttifaqının … Aİ liderləri`): the fullest form the article gives, so both are one actor.
 */
function fullBodyNames(doc: Doc, knownOf: (name: string) => KnownName | undefined): void {
  const full = new Map<string, string>();
  for (const e of doc.entities) {
    if (e.type === "ORG" && e.id && e.name.includes(" ") && knownOf(e.name)?.name === e.name) full.set(e.id, e.name);
  }
  if (!full.size) return;
  for (const e of doc.entities) {
    const name = e.type === "ORG" && e.id ? full.get(e.id) : undefined;
    if (name && !e.name.includes(" ") && e.name === e.name.toUpperCase() && knownOf(e.name)?.name === name) e.name = name;
  }
}

/**
 * A body owned by a state in the genitive is that state's (`Rusiyanın Müdafiə Nazirliyi`, `Çinin Ticarət Nazirliyi`):
 * the state before the name, or the name's own first word.
 */
function ownedBodies(doc: Doc, knownOf: (name: string) => KnownName | undefined): void {
  // (the token a body starts at, by binary search: token starts rise)
  const tokenAt = (start: number): number | undefined => {
    const k = countBefore(doc.tokens, (t) => t.start < start);
    return doc.tokens[k]?.start === start ? k : undefined;
  };
  const stateEnding = new Map<number, string>(); // a state's name in the genitive, by the offset it ends at
  for (const e of doc.entities) if (e.type === "LOC" && e.iso) stateEnding.set(e.end, e.name);
  for (const e of doc.entities) {
    if (e.type !== "ORG" || e.state) continue;
    const k = tokenAt(e.start);
    if (k === undefined) continue;
    const first = doc.tokens[k], before = doc.tokens[k - 1];
    const own = first.analysis?.case === "gen" && first.end < e.end ? knownOf(first.analysis.lemma ?? "") : undefined;
    if (own?.type === "LOC" && own.iso) { e.state = own.name; continue; }
    if (before && before.sent === first.sent && before.analysis?.case === "gen") {
      const state = stateEnding.get(before.end);
      if (state) e.state = state;
    }
  }
}

const FOLD_MEMO = 20_000;
const foldCache = new WeakMap<EntityTables, (s: string) => string>();

/** A name reduced to a key that its spellings share: folded letter sequences, doubled letters once. */
function spellingKey(t: EntityTables, lower: (s: string) => string): (s: string) => string {
  let f = foldCache.get(t);
  if (!f) {
    const folds = t.spellingFolds ?? [];
    // (names recur across documents: each is folded once)
    const seen = new BoundedMap<string, string>(FOLD_MEMO);
    f = (s: string) => {
      let r = seen.get(s);
      if (r !== undefined) return r;
      let k = lower(s);
      for (const [from, to] of folds) k = k.split(from).join(to);
      seen.set(s, (r = k.replace(/(.)\1+/gu, "$1")));
      return r;
    };
    foldCache.set(t, f);
  }
  return f;
}

export const linkStage: Stage = {
  name: "link",
  run(doc, lang) {
    linkDocument(doc, lang);
  },
};
