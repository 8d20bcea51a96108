// The slot vocabulary of rules: `cat[:sub][*][@feat...]`.
//   cat   an atom category (month, unit, num, deictic, ...) or T, a phrase a rule built
//   sub   a unit code (unit:Y), a number role (num:day, num:year, ...) or a kind of T (T:date)
//   *     admits homographs (weak forms)
//   @feat an ending constraint on the last word: gen loc abl until dat acc, bare, sg, pl, adj
//   ^     (a prefix, on a rule's last slot only) must follow, but stays outside the phrase: `^num:qty`
import type { Item, Spec } from "./spec.js";

export interface Slot {
  cat: string;
  sub?: string;
  weakOk: boolean;
  feats: string[];
  /** Looked at, not consumed (`^`): the phrase ends before it. */
  ahead?: boolean;
}

export function parseSlot(s: string): Slot {
  const ahead = s.startsWith("^");
  if (ahead) s = s.slice(1);
  const [head, ...feats] = s.split("@");
  const weakOk = head.endsWith("*");
  const h = weakOk ? head.slice(0, -1) : head;
  const [cat, sub] = h.split(":");
  return ahead ? { cat, sub, weakOk, feats, ahead } : { cat, sub, weakOk, feats };
}

function featOk(f: string, it: Item): boolean {
  switch (f) {
    case "bare": return it.bare;
    case "sg": return !it.info.plural;
    case "pl": return !!it.info.plural;
    case "adj": return !!it.info.adj;
    default: return it.info.case === f;
  }
}

function numRole(sub: string, it: Item): boolean {
  const n = it.num;
  if (!n) return false;
  switch (sub) {
    case "day": return !n.time && n.integer && !n.ord && n.digits <= 2 && n.n >= 1 && n.n <= 31;
    case "year": return !n.time && n.integer && n.ord && n.digits >= 3 && n.digits <= 4 && n.n >= 100;
    case "yearbare": return !n.time && n.integer && it.bare && n.digits === 4 && n.n >= 1900 && n.n <= 2100;
    case "qty": return !n.time && !n.ord && it.bare && n.n > 0;
    case "card": return !n.time && !n.ord && it.bare && n.n > 0 && n.n < 1000;
    case "hour": return !n.time && n.integer && !n.ord && n.digits <= 2 && n.n <= 24;
    case "time": return !!n.time;
    case "decade": return !n.time && n.integer && n.ord && n.n % 10 === 0 && ((n.n >= 10 && n.n <= 90) || (n.n >= 1000 && n.n <= 2990));
    default: return false;
  }
}

/** Which kinds of built phrase a `T:kind` slot accepts. */
function specKind(kind: string, s: Spec): boolean {
  const hasDate = s.m !== undefined || s.q !== undefined || s.half !== undefined || s.season !== undefined || s.d !== undefined || s.wd !== undefined;
  switch (kind) {
    case "any": return !s.dur && !s.set && !s.vague && s.hh === undefined && s.tod === undefined;
    case "noyear": return hasDate && s.y === undefined && !s.rel && s.hh === undefined && !s.mod && s.tod === undefined;
    case "weekday": return s.wd !== undefined && s.m === undefined && !s.rel && s.hh === undefined && s.tod === undefined;
    case "daydate": return s.m !== undefined && s.d !== undefined && s.wd === undefined && s.hh === undefined && !s.end;
    case "date": return s.m !== undefined && s.d !== undefined && s.y === undefined && !s.rel && s.hh === undefined;
    case "year": return (s.y !== undefined || s.rel?.unit === "Y") && !hasDate && !s.mod && !s.end && s.century === undefined;
    case "relmonth": return s.rel?.unit === "M" && s.d === undefined;
    case "monthrange": return s.m !== undefined && s.d === undefined && s.end?.m !== undefined && s.y === undefined;
    case "day": return (s.d !== undefined || s.rel?.unit === "D" || s.wd !== undefined) && s.hh === undefined && s.tod === undefined && !s.end;
    case "clock": return (s.hh !== undefined || s.tod !== undefined) && !hasDate && !s.rel;
    case "time": return s.hh !== undefined && !s.mod;
    case "century": return (s.century !== undefined || s.rel?.unit === "C") && s.decadeInCentury === undefined;
    case "decade": return s.decadeInCentury !== undefined && s.century === undefined;
    default: return false;
  }
}

export function matches(slot: Slot, it: Item): boolean {
  if (it.weak && !slot.weakOk) return false;
  if (slot.cat === "T") {
    if (it.cat !== "T" || !it.spec || !specKind(slot.sub ?? "any", it.spec)) return false;
  } else if (slot.cat === "ord") {
    const ordinal = it.cat === "ordw" || it.cat === "roman" || (it.cat === "num" && !!it.num?.ord && it.num.integer);
    if (!ordinal) return false;
  } else {
    if (it.cat !== slot.cat) return false;
    if (slot.sub) {
      if (slot.cat === "num") { if (!numRole(slot.sub, it)) return false; }
      else if (it.word?.cat !== "unit" || it.word.val !== slot.sub) return false;
    }
  }
  for (const f of slot.feats) if (!featOk(f, it)) return false;
  return true;
}
