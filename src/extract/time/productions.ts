// What each rule builds from the items it matched (cf. Duckling's productions). Language-free:
// they read categories and numbers, never words. A production returns null when the result would
// not be a real time (`fevralın 30-u`), so a shorter reading can win instead.
import { daysInMonth } from "../../text/calendar.js";
import type { Slot } from "./slots.js";
import type { Item, Spec } from "./spec.js";
import type { Unit } from "./tables.js";

type Production = (items: Item[], slots: Slot[]) => Spec | null;

/** The part of a time one item contributes, by the role its slot gave it. */
function specOf(it: Item, slot: Slot): Spec {
  if (it.spec) return it.spec;
  const w = it.word;
  if (it.date) return { ...it.date };
  if (it.num) {
    switch (slot.sub) {
      case "day": return { d: it.num.n };
      case "year": case "yearbare": return { y: it.num.n };
      case "time": return { hh: it.num.time!.h, mm: it.num.time!.m };
      case "hour": return { hh: it.num.n, mm: 0 };
      default: return {};
    }
  }
  if (!w) return {};
  switch (w.cat) {
    case "month": return { m: w.val };
    case "season": return { season: w.val };
    case "weekday": return { wd: w.val };
    case "dayword": return { rel: { unit: w.unit ?? "D", n: w.val, anchor: !!w.anchor } };
    case "tod": return { tod: w.val };
    case "vague": return { vague: w.val };
    case "dur": return { dur: { n: w.val, unit: w.unit } };
    case "yearadj": return { rel: { unit: "Y", n: w.val, anchor: false } };
    case "then": return { rel: { unit: "D", n: 0, anchor: true, then: true } };
    default: return {};
  }
}

const FIELDS: (keyof Spec)[] = ["y", "m", "d", "wd", "season", "q", "half", "century", "decadeInCentury", "decade", "hh", "mm", "tod", "rel", "vague", "mod", "dur", "set", "weekend", "end"];

/** Unites two partial times; null when they disagree. */
export function unite(a: Spec, b: Spec): Spec | null {
  const r: Spec = { ...a };
  for (const k of FIELDS) {
    const v = b[k];
    if (v === undefined) continue;
    if (r[k] !== undefined && JSON.stringify(r[k]) !== JSON.stringify(v)) return null;
    (r as Record<string, unknown>)[k] = v;
  }
  return r;
}

function mergeAll(items: Item[], slots: Slot[]): Spec | null {
  let r: Spec | null = {};
  for (let k = 0; k < items.length && r; k++) r = unite(r, specOf(items[k], slots[k]));
  return r;
}

/** Day and month (and year when known) must name a real day. */
function wellFormed(s: Spec): boolean {
  if (s.m !== undefined && (s.m < 1 || s.m > 12)) return false;
  if (s.d !== undefined) {
    if (s.m !== undefined && s.d > daysInMonth(s.y ?? 2024, s.m)) return false;
    if (s.d < 1 || s.d > 31) return false;
  }
  if (s.hh !== undefined && (s.hh > 24 || (s.mm ?? 0) > 59)) return false;
  if (s.q !== undefined && (s.q < 1 || s.q > 4)) return false;
  if (s.half !== undefined && (s.half < 1 || s.half > 2)) return false;
  if (s.century !== undefined && (s.century < 1 || s.century > 30)) return false;
  return !s.end || wellFormed({ ...s, ...s.end, end: undefined });
}

const unitOf = (it: Item | undefined): Unit | undefined => (it?.word?.cat === "unit" ? it.word.val : undefined);
/** One year, month, week or day, the unit of `it` (`ildə`, `il ərzində`), or null for another unit or none. */
const oneCalendarUnit = (it: Item | undefined): { n: number; unit: Unit } | null => {
  const unit = unitOf(it);
  return unit === "Y" || unit === "M" || unit === "W" || unit === "D" ? { n: 1, unit } : null;
};
const numOf = (items: Item[]): number | undefined => items.find((it) => it.num && !it.num.ord)?.num?.n;

/** The year a portion is of: the word "year" alone (`ilin ilk iki ayında`) is this year; else the year item's own. */
const yearOf = (it: Item, slot: Slot): Spec => (unitOf(it) === "Y" ? { rel: { unit: "Y", n: 0, anchor: false } } : specOf(it, slot));

const PRODUCTIONS: Record<string, Production> = {
  merge: mergeAll,
  year: (items) => ({ y: items[0].num!.n }),
  // a year before the plural of "year" is one of a list (`2022-ci və 2023-cü illərdə`); a round one is a decade
  yearOfList: (items) => (items[0].num!.n % 10 === 0 ? null : { y: items[0].num!.n }),
  // a weekday with a pointing word (`keçən bazar günü`, `gələn cümə`): the one before or after the reference date
  relWeekday: (items) => {
    const w = items[0].word, wd = items[1].spec?.wd;
    if (w?.cat !== "deictic" || w.anchor || wd === undefined) return null;
    return w.val === 0 ? { wd } : { wd, rel: { unit: "W", n: w.val, anchor: false } };
  },
  // a weekday of the week a pointing word names (`ötən həftənin cümə günü`, `gələn həftənin əvvəli` is a part): that week's
  weekdayOfWeek: (items) => {
    const w = items[0].word, wd = items[2].spec?.wd;
    if (w?.cat !== "deictic" || w.anchor || w.soft || wd === undefined) return null;
    return { wd, rel: { unit: "W", n: w.val, anchor: false, weekOf: true } };
  },
  // a season with a pointing word (`bu yay`, `gələn yazda`, `ötən payızda`): of this year, the next or the last
  relSeason: (items) => {
    const w = items[0].word, season = items[1].word;
    if (w?.cat !== "deictic" || w.anchor || w.soft || season?.cat !== "season") return null;
    return { season: season.val, rel: { unit: "Y", n: w.val, anchor: false } };
  },
  // N units and a half (`bir il yarım`, `iki saat yarım`): N.5 units
  andHalf: (items) => {
    const n = items[0].num?.n, unit = unitOf(items[1]);
    return n === undefined || !unit || unit === "C" || unit === "DEC" || items[2].num?.n !== 0.5 ? null : { dur: { n: n + 0.5, unit } };
  },
  // the first or last N units of a year (`2025-ci ilin ilk iki ayında`): the year, its start or end
  yearPortion: (items, slots) => {
    const inner = unitOf(items[3]); // (a closing `ərzində` may follow the inner unit)
    if (!inner || inner === "Y" || inner === "C" || inner === "DEC") return null;
    const base = yearOf(items[0], slots[0]);
    const p = items[1];
    const mod = p.cat === "last" ? "END" : p.num?.n === 1 ? "START" : undefined;
    return mod ? { ...base, mod } : null;
  },
  // a count of months (or quarters, weeks) of a year, no ordinal (`2024-cü ilin 9 ayında`): its first ones, as `ilk`
  yearCount: (items, slots) => {
    const inner = unitOf(items[2]);
    if (inner !== "M" && inner !== "Q" && inner !== "W") return null;
    // (the period things happen in: `ayında`, `ayının`, `ayı ərzində`; not `3 ayı qalır`, three months are left)
    const c = items[2].info.case;
    if (items.length < 4 && c !== "loc" && c !== "gen" && c !== "abl") return null;
    const base = yearOf(items[0], slots[0]);
    return { ...base, mod: "START" };
  },
  // the last quarter or half of a year (`keçən ilin son rübündə`)
  lastOfYear: (items, slots) => {
    const inner = unitOf(items[2]);
    const part = inner === "Q" ? { q: 4 } : inner === "HALF" ? { half: 2 } : null;
    if (!part) return null;
    const base = yearOf(items[0], slots[0]);
    return unite(base, part);
  },
  // a part of the day with a pointing word (`bu səhər`, `həmin axşam`): of today, or of the day just named
  relTod: (items) => {
    const w = items[0].word, tod = items[1].word;
    if (w?.cat !== "deictic" || tod?.cat !== "tod") return null;
    // (`ötən gecə`, `keçən axşam`: the evening or night before; no other part of a day is "last")
    if (w.val === -1 && !w.anchor && (tod.val === "EV" || tod.val === "NI")) return { rel: { unit: "D", n: -1, anchor: false }, tod: tod.val };
    if (w.val !== 0) return null;
    return { rel: { unit: "D", n: 0, anchor: !!w.anchor }, tod: tod.val };
  },
  // the last unit, no number (`son sutka ərzində`): one unit
  lastUnit: (items) => {
    const unit = unitOf(items[1]);
    return unit && unit !== "C" && unit !== "DEC" ? { dur: { n: 1, unit } } : null;
  },
  // a half of a day (`günün ikinci yarısı`): morning or afternoon
  dayHalf: (items) => {
    const n = items[1].num?.n;
    return n === 1 ? { tod: "MO" } : n === 2 ? { tod: "AF" } : null;
  },
  yearRange: (items) => (items[2].num!.n > items[0].num!.n ? { y: items[0].num!.n, end: { y: items[2].num!.n } } : null),
  relative: (items) => {
    const w = items[0].word;
    const unit = unitOf(items[1]);
    // (`ötən ilki göstərici`: an adjective of a year before a thing is no time; only a year number's is, `2025-ci ilki`)
    if (w?.cat !== "deictic" || !unit || items[1].info.case === "attr") return null;
    // (`həmin il`, `əvvəlki il` count from the period the text last named)
    // (`növbəti il`, `növbəti gün` after a past verb: the one after the period the text last named, where that lies behind)
    if (w.soft) return { rel: { unit, n: w.val, anchor: true, named: true, soft: true } };
    return { rel: w.anchor ? { unit, n: w.val, anchor: true, named: true } : { unit, n: w.val, anchor: false } };
  },
  thisYear: (items, slots) => unite({ rel: { unit: "Y", n: 0, anchor: false } }, specOf(items[1], slots[1])),
  thisMonthDay: (items) => ({ rel: { unit: "M", n: 0, anchor: false }, d: items[1].num!.n }),
  range: (items, slots) => {
    const ends = items.map((it, k) => ({ it, k })).filter(({ it }) => it.cat !== "dash" && it.cat !== "clock");
    const a = specOf(ends[0].it, slots[ends[0].k]), b = specOf(ends[1].it, slots[ends[1].k]);
    return { ...a, end: b };
  },
  dayRange: (items) => {
    const days = items.filter((it) => it.cat === "num").map((it) => it.num!.n);
    const w = items.find((it) => it.word?.cat === "month")?.word;
    const month = w?.cat === "month" ? w.val : 0;
    if (days.length !== 2 || days[1] <= days[0]) return null;
    return { m: month, d: days[0], end: { m: month, d: days[1] } };
  },
  part: (items, slots) => {
    const p = items[1].word;
    if (p?.cat !== "part") return null;
    const unit = unitOf(items[0]);
    // (`ilin sonunda`, `ayın sonunda` after a past verb: of the year or month the text last named, where that lies behind)
    const soft = unit === "Y" || unit === "M";
    const base = unit ? { rel: soft ? { unit, n: 0, anchor: true, named: true, soft } : { unit, n: 0, anchor: false } } : specOf(items[0], slots[0]);
    if (base.mod || base.d !== undefined) return null;
    return { ...base, mod: p.val };
  },
  quarter: (items) => ({ q: items[0].num!.n }),
  half: (items) => ({ half: items[0].num!.n }),
  century: (items) => ({ century: items[0].num!.n }),
  decade: (items) => {
    const n = items[0].num!.n;
    return n < 100 ? { decadeInCentury: n / 10 } : { decade: n / 10 };
  },
  offset: (items) => {
    const n = numOf(items), unit = unitOf(items[1]), ago = items[2].word;
    if (n === undefined || !Number.isInteger(n) || !unit || ago?.cat !== "ago") return null;
    // (`bir gün əvvəl` after `cümə günü … olub`: before the day the text just named, where the verb's tense agrees with it)
    if (ago.fromRef && ago.soft) return { rel: { unit, n: n * ago.val, anchor: true, soft: true } };
    return { rel: ago.fromRef ? { unit, n: n * ago.val, anchor: false } : { unit, n: n * ago.val, anchor: true, later: true } };
  },
  // an offset from the date the text just named (`bundan bir gün əvvəl`), as `ertəsi gün` is
  offsetFromNamed: (items) => {
    const n = numOf(items), unit = unitOf(items[2]), ago = items[3].word;
    if (n === undefined || !Number.isInteger(n) || !unit || ago?.cat !== "ago") return null;
    return { rel: { unit, n: n * ago.val, anchor: true } };
  },
  duration: (items) => {
    const n = numOf(items), unit = unitOf(items.find((it) => it.word?.cat === "unit"));
    return n === undefined || !unit ? null : { dur: { n, unit } };
  },
  set: (items) => {
    const w = items.find((it) => it.word?.cat === "weekday")?.word;
    if (w?.cat === "weekday") return { set: { wd: w.val } };
    const unitItem = items.find((it) => it.word?.cat === "unit");
    const unit = unitOf(unitItem);
    const n = numOf(items) ?? 1;
    // `hər iki ildə` (a number word, no ablative) is "in both years", not "every two years" (`hər iki ildən bir`)
    const numWord = items.find((it) => it.num && !it.num.ord);
    // (an empty time: it resolves to nothing, and keeps `iki ildə` from being read as a duration)
    if (numWord && numWord.num!.digits === 0 && unitItem?.info.case !== "abl") return {};
    return unit && Number.isInteger(n) ? { set: { n, unit } } : null;
  },
  frequency: (items) => {
    const unit = unitOf(items[0]);
    return unit ? { set: { n: 1, unit } } : null;
  },
  // a part of the day before a clock time (`səhər saat 7:00-da`, `axşam saat 7-də`): the clock time, in the day's half
  // the part names (an hour of the evening or afternoon under 12 is after noon; of the night, 7 to 11 are)
  todClock: (items) => {
    const tod = items[0].word, c = items[1].spec;
    if (tod?.cat !== "tod" || !c || c.hh === undefined || c.tod !== undefined) return null;
    const pm = (h: number) => ((tod.val === "EV" || tod.val === "AF") && h < 12) || (tod.val === "NI" && h >= 7 && h < 12);
    const shift = (x: Spec): Spec => (x.hh !== undefined && pm(x.hh) ? { ...x, hh: x.hh + 12 } : x);
    return c.end ? { ...shift(c), end: shift(c.end) } : shift(c);
  },
  // a bare unit in the locative before an amount (`gündə 400 min barel`, `ildə 5 min ton`): a rate, per unit
  rate: (items) => {
    const one = oneCalendarUnit(items[0]);
    return one ? { set: one } : null;
  },
  // a unit with no number before "over, within" (`il ərzində`): one unit
  unitSpan: (items) => {
    const one = oneCalendarUnit(items[0]);
    return one ? { dur: one } : null;
  },
  // nearly an amount of time (`10 ilə yaxın`): the duration, approximate
  durApprox: (items) => {
    const n = numOf(items), unit = unitOf(items[1]);
    return n === undefined || !unit || unit === "C" || unit === "DEC" ? null : { dur: { n, unit }, mod: "APPROX" };
  },
  // the same period of another year (`ötən ilin eyni dövrü`, `2024-cü ilin müvafiq dövründə`): that year, its period
  // given where resolved (the one the text last named)
  samePeriod: (items, slots) => {
    const base = specOf(items[0], slots[0]);
    return base.mod || base.end ? null : { ...base, same: true };
  },
  // the night from a day into the next (`iyunun 8-dən 9-na keçən gecə`): the night of the first day
  nightInto: (items) => {
    const a = items[0].spec, w = items[2].word, tod = items[3].word;
    if (!a || a.d === undefined || a.end || w?.cat !== "deictic" || w.val !== -1 || w.anchor || tod?.cat !== "tod" || tod.val !== "NI") return null;
    const next = items[1].num?.n ?? items[1].spec?.d;
    if (next === undefined || (next !== a.d + 1 && next !== 1)) return null;
    return { ...a, tod: "NI" };
  },
  // a part or a day of every unit (`hər rübün sonunda`, `hər ayın 20-dək`): a set, one per unit
  setOfPart: (items) => {
    const unit = unitOf(items[1]);
    return unit === "Y" || unit === "Q" || unit === "M" || unit === "W" ? { set: { n: 1, unit } } : null;
  },
  // a weekend (`həftə sonu`, `ötən həftə sonu`): of this week, or of the week a pointing word names
  weekend: (items) => {
    if (items.length === 1) return { rel: { unit: "W", n: 0, anchor: false }, weekend: "bare" };
    const w = items[0].word;
    if (w?.cat !== "deictic") return null;
    return { rel: w.anchor ? { unit: "W", n: 0, anchor: true } : { unit: "W", n: w.val, anchor: false }, weekend: "told" };
  },
  approx: (items) => (items[0].spec ? { ...items[0].spec, mod: "APPROX" } : null),
};

export function produce(make: string, items: Item[], slots: Slot[]): Spec | null {
  const p = PRODUCTIONS[make];
  if (!p) return null;
  const s = p(items, slots);
  return s && wellFormed(s) ? s : null;
}
