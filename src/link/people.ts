// One person, one name: short forms (`Əliyev`, `Putini`) and initials (`V.Putin`) take the
// fullest name the article gives; a name the article never gives in full comes from the known
// people (office holders first, when several share a surname).
import type { Doc, Entity } from "../text/doc.js";
import type { KnownName } from "../extract/entities/tables.js";
import type { OfficeIndex } from "./offices.js";
import { wordsInOrder } from "./words.js";

interface NameShape {
  /** Lower-case surname (last word). */
  surname: string;
  /** Upper-case initial of the first name, when the mention gives only that. */
  initial?: string;
  /** Full name: a given name and a surname, no initials. */
  full: boolean;
}

function shape(name: string, lower: (s: string) => string): NameShape {
  const words = name.split(/\s+/);
  const last = words[words.length - 1];
  const dot = last.lastIndexOf(".");
  if (dot > 0) return { surname: lower(last.slice(dot + 1)), initial: last[0], full: false };
  const initialWord = words.length > 1 && /^\p{Lu}\.$/u.test(words[0]);
  return { surname: lower(last), initial: initialWord ? words[0][0] : undefined, full: words.length > 1 && !initialWord };
}

const surnameCache = new WeakMap<KnownName[], Map<string, string[]>>();

/** Known people by lower-case surname, built once per table. */
function surnameIndex(known: KnownName[], lower: (s: string) => string): Map<string, string[]> {
  let ix = surnameCache.get(known);
  if (ix) return ix;
  ix = new Map();
  for (const k of known) {
    if (k.type !== "PER") continue;
    const s = shape(k.name, lower);
    const l = ix.get(s.surname) ?? [];
    if (!l.includes(k.name)) l.push(k.name);
    ix.set(s.surname, l);
  }
  surnameCache.set(known, ix);
  return ix;
}

/**
 * Resolves short forms to the fullest name in the article. A name the article never gives in
 * full keeps its short form (the guidelines' canonical name); the known person it stands for is
 * returned, so its id and English name are that person's.
 */
export function linkPeople(doc: Doc, known: KnownName[], offices: OfficeIndex, lower: (s: string) => string): Map<Entity, string> {
  const identity = new Map<Entity, string>();
  const people = doc.entities.filter((e) => e.type === "PER");
  const fullBySurname = new Map<string, string[]>();
  /** Full mentions in text order, for a short form to take the person last introduced. */
  const fullMentions: { start: number; name: string }[] = [];
  for (const e of people) {
    const s = shape(e.name, lower);
    if (!s.full) continue;
    const l = fullBySurname.get(s.surname) ?? [];
    if (!l.includes(e.name)) l.push(e.name);
    fullBySurname.set(s.surname, l);
    fullMentions.push({ start: e.start, name: e.name });
  }
  const knownBySurname = surnameIndex(known, lower);
  const date = doc.document_date;
  for (const e of people) {
    const s = shape(e.name, lower);
    // the initial may be of any given name (`Ş.Şərif` for Məhəmməd Şahbaz Şərif)
    const matches = (n: string) => !s.initial || n.split(/\s+/).slice(0, -1).some((w) => w.startsWith(s.initial!));
    // the fullest form in the article: a full name only grows into a longer form of itself
    // (`Rəcəb Ərdoğan` -> `Rəcəb Tayyib Ərdoğan`), never into a namesake (`Anar Həsənov`, `Rəşad Həsənov`)
    const inDoc = (fullBySurname.get(s.surname) ?? []).filter(matches)
      .filter((n) => n.length >= e.name.length && (!s.full || extends_(n, e.name)));
    if (inDoc.length) {
      const most = Math.max(...inDoc.map(words));
      const longest = inDoc.filter((n) => words(n) === most);
      e.name = longest.length === 1 ? longest[0] : lastIntroduced(e, longest, fullMentions);
      continue;
    }
    if (s.full) continue;
    // a given name alone (`Tural bəy`) is the one person of the article whose full name opens with it
    if (!s.initial && !e.name.includes(" ") && !e.name.includes(".")) {
      const opening = [...new Set(fullMentions.map((f) => f.name).filter((n) => n.split(" ")[0] === e.name))];
      if (opening.length === 1) { e.name = opening[0]; continue; }
    }
    const cands = (knownBySurname.get(s.surname) ?? []).filter(matches);
    const current = cands.filter((n) => offices.inOffice(n, date));
    const pick = cands.length === 1 ? cands[0] : current.length === 1 ? current[0] : null;
    if (pick) identity.set(e, pick);
  }
  return identity;
}

const words = (n: string) => n.split(" ").length;

/** The words of `short` appear in `long` in order, the last (the surname) the same. */
function extends_(long: string, short: string): boolean {
  const l = long.split(" "), s = short.split(" ");
  return l[l.length - 1] === s[s.length - 1] && wordsInOrder(s, l);
}

/** Of several people sharing a surname, the one whose full name the article gave last before the
 *  mention (news introduce a person in full, then use the surname), else the first after it. */
function lastIntroduced(e: Entity, names: string[], full: { start: number; name: string }[]): string {
  let best = names[0];
  for (const f of full) {
    if (f.start > e.start) break;
    if (names.includes(f.name)) best = f.name;
  }
  return best;
}
