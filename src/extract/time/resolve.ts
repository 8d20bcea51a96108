// One resolver for every rule: turns a partial time into a TIMEX3 type and value against the
// reference date (the document's, or a dateline's), the last date the text placed things at
// (the anchor), and the tense of the governing verb for year-less dates.
import type { Timex, TimexType } from "../../text/doc.js";
import { daysInMonth, isCalendarDate } from "../../text/calendar.js";
import type { Spec } from "./spec.js";
import type { Unit } from "./tables.js";

export interface Ymd { y: number; m: number; d: number }

export type Tense = "past" | "fut" | "pres" | undefined;

export interface Context {
  ref: Ymd | null;
  anchor: Ymd | null;
  /** The last year (and month) the text named, whatever the grain: `həmin il`, `əvvəlki il` count from it. */
  named?: Period | null;
  /** The value of the last date the text named (its grain: a day, month, year…), for `həmin vaxt`. */
  last?: { value: string; mod?: Timex["mod"] } | null;
  /** The last period the text named, ranges too (`yanvar-may aylarında`): what `ötən ilin eyni dövrü` repeats. */
  period?: { value: string; mod?: Timex["mod"]; endValue?: string } | null;
  /** Tense of the verb that governs the expression (computed only when a value needs it). */
  tense: () => Tense;
  /** A future verbal noun stands between the expression and its governing verb (`gələcəyini bildirib`). */
  planned?: () => boolean;
  /** So does an infinitive: what is agreed or decided on (`iyul ayında … artırmaq barədə razılığa gəliblər`). */
  intended?: () => boolean;
  /** A bare month (or month range) before a noun (`iyun fyuçersləri`, `aprel-iyun səviyyəsi`): no past verb places it;
   *  gives the month to measure nearness by (a range's last). */
  attributive?: () => number | undefined;
  /** The expression is a range of months (`aprel-iyun`). */
  monthRange?: boolean;
}

/** A year, and a month of it where one was named. */
export type Period = { y: number; m?: number };

export type Resolved = Pick<Timex, "type" | "value" | "mod" | "endValue"> & { day?: Ymd };

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const fmtDay = (p: Ymd) => `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`;

function addDays(p: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function addMonths(p: Ymd, n: number): { y: number; m: number } {
  const k = p.y * 12 + (p.m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

function weekday(p: Ymd): number {
  const wd = new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

function isoWeek(p: Ymd): string {
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d));
  t.setUTCDate(t.getUTCDate() + 4 - weekday(p));
  const y = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(y, 0, 1)) / 86400000 + 1) / 7);
  return `${y}-W${pad(week)}`;
}

export function parseYmd(s: string | null | undefined): Ymd | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return null;
  const p = { y: +m[1], m: +m[2], d: +m[3] };
  return isCalendarDate(p.y, p.m, p.d) ? p : null;
}

const DUR_UNIT: Record<Unit, [string, number]> = {
  Y: ["Y", 1], HALF: ["M", 6], Q: ["M", 3], M: ["M", 1], W: ["W", 1], D: ["D", 1], H: ["TH", 1], MIN: ["TM", 1], C: ["Y", 100], DEC: ["Y", 10],
};

// a fraction is written in the next smaller unit: yarım saat -> PT30M
const SMALLER: Partial<Record<Unit, [Unit, number]>> = { Y: ["M", 12], M: ["D", 30], W: ["D", 7], D: ["H", 24], H: ["MIN", 60] };

function duration(n: number, unit: Unit): string {
  const smaller = SMALLER[unit];
  if (!Number.isInteger(n) && smaller && Number.isInteger(n * smaller[1])) return duration(n * smaller[1], smaller[0]);
  const [u, k] = DUR_UNIT[unit];
  const v = +(n * k).toFixed(3);
  return u.startsWith("T") ? `PT${v}${u[1]}` : `P${v}${u}`;
}

// A future verb looks back a few days at most: `avqustun 13-də` written on the 14th about a call
// that went on is still this August, not the next.
const FUTURE_SLACK_DAYS = 7;
// A past verb looks ahead a few weeks at most before a day is last year's: `mayın 7-də gələcəyini bildirib`
// written on 30 April is this May (the past verb is one of saying, the date a plan's), `dekabrın 28-də` written in
// January is last December.
const PAST_SLACK_DAYS = 31;
// With no verb to tell, a day this far ahead of the reference date is more likely last year's than this year's.
const UNTENSED_AHEAD_DAYS = 240;

/** Days from `a` to `b` (negative: `b` before `a`). */
function daysBetween(a: Ymd, b: Ymd): number {
  return (Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86400000;
}

/** Days from the reference date to month `m`, day `d` of its year (negative: before it). */
function daysAhead(ref: Ymd, m: number, d: number): number {
  return daysBetween(ref, { y: ref.y, m, d });
}

/** The year of a year-less month (and day): the one that agrees with the verb's tense. */
function yearFor(m: number, d: number | undefined, ctx: Context): number | undefined {
  const ref = ctx.ref;
  if (!ref) return undefined;
  const tense = ctx.tense();
  // (a range of months naming a thing, a period reported on, that ended within half a year: that one, even under a
  // future verb, `III rübdə hasilat aprel-iyun səviyyəsi ilə müqayisədə azalacaq` written in August)
  if (tense === "fut" && ctx.monthRange) {
    const end = ctx.attributive?.();
    if (end !== undefined && end < ref.m && ref.m - end <= 6) return m <= end ? ref.y : ref.y - 1;
  }
  // (a month that names a thing, `iyun fyuçersləri`, `aprel-iyun səviyyəsi`: the nearest one, unless a future verb says ahead)
  const am = tense === "fut" ? undefined : ctx.attributive?.();
  if (am !== undefined) {
    const y = ref.y + (am - ref.m > 6 ? -1 : am - ref.m < -6 ? 1 : 0);
    return m <= am ? y : y - 1;
  }
  const after = m > ref.m || (m === ref.m && d !== undefined && d > ref.d);
  if (tense === "fut") {
    const last = d ?? daysInMonth(ref.y, m);
    const ago = -daysAhead(ref, m, last);
    if (ago > FUTURE_SLACK_DAYS) return ref.y + 1;
  }
  if (tense === "past" && after) {
    // (a month named alone, wholly ahead, is last year's: `Noyabrda seçki keçirilib` written in October)
    // (but a month or day that a plan told to a past verb of saying is the time of, `avqust ayında səfər edəcəyini
    // bildirib`, `iyulun 20-də gələcəyini bildirib`, lies ahead of the saying: this year's)
    if ((ctx.intended ?? ctx.planned)?.()) return ref.y;
    const ahead = d === undefined ? Infinity : daysAhead(ref, m, d);
    if (ahead > PAST_SLACK_DAYS) return ref.y - 1;
  }
  // (with no verb of tense, a day most of a year ahead is last year's: `dekabrın 25-dən bəri … qüvvədədir` written in January)
  if (tense !== "fut" && tense !== "past" && d !== undefined && !(ctx.intended ?? ctx.planned)?.()) {
    if (daysAhead(ref, m, d) > UNTENSED_AHEAD_DAYS) return ref.y - 1;
  }
  return ref.y;
}

/** A weekday: the coming one for a future verb, else the last one (news reports the past). */
function weekdayDate(wd: number, ctx: Context): Ymd | null {
  if (!ctx.ref) return null;
  const diff = wd - weekday(ctx.ref);
  // (so for a plan told to a past verb of saying: `cavab tədbirlərini bazar günü açıqlayacağını bildirib`, the coming Sunday)
  if (ctx.tense() === "fut" || ctx.planned?.()) return addDays(ctx.ref, (diff + 7) % 7);
  return addDays(ctx.ref, -((7 - diff) % 7));
}

function timeSuffix(s: Spec): string {
  if (s.hh !== undefined) return `T${pad(s.hh === 24 ? 0 : s.hh)}:${pad(s.mm ?? 0)}`;
  if (s.tod) return `T${s.tod}`;
  return "";
}

/** A period's value (and its range's end) moved by whole years; a day that year lacks (29 February) keeps its month. */
function shiftYears(value: string, by: number): string {
  const y = +value.slice(0, 4) + by, rest = value.slice(4);
  const d = /^-(\d{2})-(\d{2})$/.exec(rest);
  if (d && !isCalendarDate(y, +d[1], +d[2])) return `${pad(y, 4)}-${d[1]}`;
  return pad(y, 4) + rest;
}

/** The same period of another year (`ötən ilin eyni dövrü`): the period the text last named, in the year given. */
function samePeriod(s: Spec, ctx: Context): Resolved | null {
  const year = resolveSingle({ ...s, same: undefined }, ctx);
  const p = ctx.period;
  if (!year || !/^\d{4}$/.test(year.value) || !p || !/^\d{4}(-|$)/.test(p.value)) return year;
  // (a year alone names no period within it, unless it came with a part: `2025-ci ilin ilk iki ayında`, the start)
  if (p.value.length === 4 && !p.mod) return year;
  let y = +year.value;
  const py = +p.value.slice(0, 4);
  // (a year counted back from now that is the period's own, `2024-cü ilin 1 yanvar tarixinə … ötən ilin eyni dövrü`
  // written in 2025: the year before the period, no period compared with itself; a year number far from it names no
  // period of the text's)
  if (s.rel?.unit === "Y" && !s.rel.anchor && s.rel.n < 0 && y === py) y = py + s.rel.n;
  if (Math.abs(y - py) > 1) return year;
  const by = y - py;
  const r: Resolved = { type: "DATE", value: shiftYears(p.value, by) };
  if (p.mod) r.mod = p.mod;
  if (p.endValue && /^\d{4}(-|$)/.test(p.endValue)) r.endValue = shiftYears(p.endValue, by);
  return r;
}

function resolveSingle(s: Spec, ctx: Context): Resolved | null {
  if (s.same) return samePeriod(s, ctx);
  if (s.vague === "AHEAD_REF") return { type: "DATE", value: ctx.tense() === "past" ? "PAST_REF" : "FUTURE_REF" };
  if (s.vague) return { type: s.vague.startsWith("PX") ? "DURATION" : "DATE", value: s.vague };
  if (s.dur) return { type: "DURATION", value: duration(s.dur.n, s.dur.unit), mod: s.mod };
  if (s.set) return { type: "SET", value: "wd" in s.set ? `XXXX-WXX-${s.set.wd}` : duration(s.set.n, s.set.unit) };

  let y = s.y, day: Ymd | null = null, monthValue: string | null = null;
  // a century by a pointing word (`ötən əsrin`): counted from the reference year
  if (s.rel?.unit === "C") {
    if (!ctx.ref) return null;
    return resolveSingle({ ...s, rel: undefined, century: Math.floor((ctx.ref.y - 1) / 100) + 1 + s.rel.n }, ctx);
  }
  // a weekday with a pointing word (`keçən bazar günü`): the last one before, or the next one after, the reference date
  if (s.rel?.unit === "W" && s.wd !== undefined && s.m === undefined) {
    if (!ctx.ref) return null;
    const diff = s.wd - weekday(ctx.ref);
    // (the weekday of the week named, `ötən həftənin cümə günü`, or the last or next such day)
    const d = addDays(ctx.ref, s.rel.weekOf ? 7 * s.rel.n + diff : s.rel.n < 0 ? -(((-diff + 7) % 7) || 7) : ((diff + 7) % 7) || 7);
    const t = timeSuffix(s);
    return { type: t ? "TIME" : "DATE", value: fmtDay(d) + t, mod: s.mod, day: d };
  }
  // the time the text just named, at its grain (`ötən ilin noyabrında … Həmin vaxt`)
  if (s.rel?.then) {
    const v = ctx.last;
    if (!v) return null;
    const day = parseYmd(v.value);
    return { type: "DATE", value: v.value, mod: s.mod ?? v.mod, ...(day ? { day } : {}) };
  }
  // (a soft offset in years or months, `Bir il əvvəl`, counts from the year or month the text last named)
  if (s.rel?.soft && !s.rel.named && (s.rel.unit === "Y" || s.rel.unit === "M" || s.rel.unit === "Q")) s = { ...s, rel: { ...s.rel, named: true } };
  if (s.rel?.soft && !softAnchorAgrees(s.rel.named ? s.rel.unit : "D", ctx)) return resolveSingle({ ...s, rel: { unit: s.rel.unit, n: s.rel.n, anchor: false } }, ctx);
  if (s.rel) {
    // (`N gün sonra` with a verb in the present, `2 gün sonra başa çatır`: from now, not from the day last named)
    const fromLast = s.rel.anchor && !(s.rel.later && ctx.tense() === "pres");
    // (`2023-cü ilin sentyabrında … Bir gün sonra …`: days after a month the text named last, no day of it, fall in that
    // month as far as the text tells)
    // (told in the past of a time before now, as a soft offset is: `Türkiyə beş ildən sonra … alacaq` counts from now)
    if (fromLast && s.rel.later && s.rel.unit === "D" && ctx.last && /^\d{4}-\d{2}$/.test(ctx.last.value) && softAnchorAgrees("M", ctx)) return { type: "DATE", value: ctx.last.value, mod: s.mod };
    let base = fromLast ? ctx.anchor ?? ctx.ref : ctx.ref;
    // (and months or years after it count from that month or year: `2024-cü ilin aprelində … İki ay sonra`)
    if (fromLast && s.rel.later && (s.rel.unit === "M" || s.rel.unit === "Y") && ctx.named && ctx.last && !/^\d{4}-\d{2}-\d{2}/.test(ctx.last.value) &&
      softAnchorAgrees(s.rel.unit, ctx)) {
      base = { y: ctx.named.y, m: ctx.named.m ?? 1, d: 1 };
    }
    // a year or month counted from the one just named (`2020-ci ildə … Həmin il`, `əvvəlki illə müqayisədə`)
    const named = ctx.named;
    if (s.rel.named && named && (s.rel.unit === "Y" || s.rel.unit === "Q" || (s.rel.unit === "M" && named.m !== undefined))) {
      base = { y: named.y, m: named.m ?? base?.m ?? 1, d: 1 };
    }
    if (!base) return null;
    const { unit, n } = s.rel;
    if (unit === "Y") y = base.y + n;
    else if (unit === "M") {
      const ym = addMonths(base, n);
      y = ym.y;
      if (s.d !== undefined) day = isCalendarDate(ym.y, ym.m, s.d) ? { y: ym.y, m: ym.m, d: s.d } : null;
      else monthValue = `${pad(ym.y, 4)}-${pad(ym.m)}`;
      if (s.d !== undefined && !day) return null;
    } else if (unit === "W") {
      // (a bare weekend told in the past on a weekday, `həftə sonu … hücum edib`, is the one before)
      const k = s.weekend === "bare" && ctx.tense() === "past" && weekday(base) < 6 ? -1 : n;
      return { type: "DATE", value: isoWeek(addDays(base, 7 * k)) + (s.weekend ? "-WE" : ""), mod: s.mod };
    }
    else if (unit === "Q") {
      const k = base.y * 4 + Math.floor((base.m - 1) / 3) + n;
      return { type: "DATE", value: `${Math.floor(k / 4)}-Q${(k % 4) + 1}`, mod: s.mod };
    } else if (unit === "D" || unit === "H" || unit === "MIN") day = addDays(base, unit === "D" ? n : 0);
    else return null;
  }
  // a weekday beside its date (`bazar ertəsi, iyulun 7-də`) names that date
  if (!day && s.wd !== undefined && s.m === undefined) day = weekdayDate(s.wd, ctx);
  if (!day && !monthValue && s.m !== undefined) {
    const yy = y ?? yearFor(s.m, s.d, ctx);
    if (s.d !== undefined) {
      if (yy === undefined) return { type: "DATE", value: `XXXX-${pad(s.m)}-${pad(s.d)}` + timeSuffix(s), mod: s.mod };
      if (!isCalendarDate(yy, s.m, s.d)) return null;
      day = { y: yy, m: s.m, d: s.d };
    } else monthValue = yy === undefined ? `XXXX-${pad(s.m)}` : `${pad(yy, 4)}-${pad(s.m)}`;
  }
  if (day) {
    const t = timeSuffix(s);
    return { type: t ? "TIME" : "DATE", value: fmtDay(day) + t, mod: s.mod, day };
  }
  if (monthValue) return { type: "DATE", value: monthValue, mod: s.mod };
  if (s.century !== undefined) {
    if (s.decadeInCentury !== undefined) return { type: "DATE", value: `${pad(s.century - 1)}${s.decadeInCentury}`, mod: s.mod };
    return { type: "DATE", value: pad(s.century - 1), mod: s.mod };
  }
  if (s.decade !== undefined) return { type: "DATE", value: String(s.decade), mod: s.mod };
  if (s.decadeInCentury !== undefined) {
    const cur = ctx.ref ? Math.floor(ctx.ref.y / 10) % 10 : 0;
    const century = s.decadeInCentury <= cur ? 20 : 19;
    return { type: "DATE", value: `${century}${s.decadeInCentury}`, mod: s.mod };
  }
  // quarters, halves and seasons take the year given, else the reference year
  const yy = y ?? ctx.ref?.y;
  const ys = yy === undefined ? "XXXX" : pad(yy, 4);
  if (s.q !== undefined) return { type: "DATE", value: `${ys}-Q${s.q}`, mod: s.mod };
  if (s.half !== undefined) return { type: "DATE", value: `${ys}-H${s.half}`, mod: s.mod };
  if (s.season !== undefined) return { type: "DATE", value: `${ys}-${s.season}`, mod: s.mod };
  if (y !== undefined) return { type: "DATE", value: pad(y, 4), mod: s.mod };
  if (s.hh !== undefined || s.tod) {
    const base = ctx.anchor ?? ctx.ref;
    const value = (base ? fmtDay(base) : "XXXX-XX-XX") + timeSuffix(s);
    return { type: "TIME" as TimexType, value, mod: s.mod };
  }
  return null;
}

/**
 * Whether a soft offset (`bir gün əvvəl`, `növbəti il`, `ilin sonunda`) counts from what the text last named: only where
 * the verb's tense agrees with where that lies (a past verb and a time named at or before the reference date, a future
 * verb and one at or after it); else it counts from the reference date (`oktyabrın 20-də gələcək. İki gün əvvəl … bildirib`).
 */
function softAnchorAgrees(unit: Unit, ctx: Context): boolean { // (unit: of the period counted from; an offset's is the day)
  const ref = ctx.ref;
  if (!ref) return false;
  const tense = ctx.tense();
  // (a future verb only for days: `oktyabrın 20-də gələcək. Bir gün əvvəl … olacaq`; a year or month ahead is counted from now)
  if (tense !== "past" && !(tense === "fut" && (unit === "D" || unit === "W"))) return false;
  let cmp: number;
  if (unit === "Y" || unit === "M" || unit === "Q") {
    const named = ctx.named;
    if (!named || (unit !== "Y" && named.m === undefined)) return false;
    cmp = unit === "Y" ? named.y - ref.y : (named.y - ref.y) * 12 + (named.m! - ref.m);
  } else {
    if (!ctx.anchor) return false;
    cmp = daysBetween(ref, ctx.anchor);
  }
  return cmp === 0 || (tense === "past" ? cmp < 0 : cmp > 0);
}

export function resolve(s: Spec, ctx: Context): Resolved | null {
  const { end, ...start } = s;
  const r = resolveSingle(start, ctx);
  if (!r || !end) return r;
  // the far end shares the year the near end settled on (`8-10 oktyabr`)
  const year = r.day?.y ?? (/^\d{4}-\d{2}$/.test(r.value) ? +r.value.slice(0, 4) : undefined);
  const e = resolveSingle({ ...start, y: start.y ?? (start.rel ? undefined : year), ...end, mod: undefined }, ctx);
  if (e && e.value !== r.value) r.endValue = e.value;
  return r;
}
