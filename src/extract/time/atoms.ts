// The first pass: each token (or phrase) becomes zero or more atoms by table lookup. Words cost one
// Map lookup; numbers are read by one precompiled pattern; nothing else is looked at.
import type { Token } from "../../text/doc.js";
import { isCalendarDate } from "../../text/calendar.js";
import { TIME_CATS, type Compiled, type FormHit } from "./lexicon.js";
import type { Item, NumInfo } from "./spec.js";
import type { EndingInfo } from "./tables.js";

const NUMBER = /^(\d+(?:[.,:]\d+)*)(?:-?(\p{L}+))?$/u;
const CLOCK = /^(\d{1,2}):(\d{2})$/;
const DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const INT = /^\d+$/;
const DECIMAL = /^\d+,\d+$/;
const ROMAN = /^[IVXL]+$/;
/** Char codes a Roman numeral can start with: most words are ruled out before the pattern runs. */
const ROMAN_FIRST = new Set([..."IVXL"].map((ch) => ch.charCodeAt(0)));
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

function romanValue(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]], next = ROMAN_VALUES[s[i + 1]] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

function toRoman(n: number): string {
  const parts: [number, string][] = [[50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let s = "";
  for (const [v, r] of parts) while (n >= v) { s += r; n -= v; }
  return s;
}

// (atoms are built on this and given their own fields in place: spreading a fresh object costs more; every field is
// present from the start, in the order the grammar's phrases have too, so that all items share one hidden class)
const base = (s: number, e: number, cat: string, info: EndingInfo, bare: boolean): Item =>
  ({ cat, s, e, info, bare, weak: false, word: undefined, num: undefined, date: undefined, spec: undefined, size: 1 });

/** A clock time written with a dot (`10.30`): read only right after the word for "hour" (`saat 10.30-da`). */
const DOTTED_CLOCK = /^(\d{1,2})\.(\d{2})$/;

/** A number token: digits with separators and an optional ending. */
function numberAtom(t: Token, i: number, c: Compiled, afterClock = false): Item | null {
  const m = NUMBER.exec(t.lower);
  if (!m) return null;
  const body = m[1], ending = m[2] ?? "";
  let info: EndingInfo = {};
  if (ending) {
    const e = c.numberEndings.get(ending);
    if (!e) return null;
    info = e;
  }
  const bare = ending === "";
  const dmy = DMY.exec(body);
  if (dmy) {
    const d = +dmy[1], mo = +dmy[2], y = +dmy[3];
    if (!isCalendarDate(y, mo, d) || y < 1900 || y > 2100) return null;
    const it = base(i, i + 1, "numdate", info, bare);
    it.date = { y, m: mo, d };
    return it;
  }
  let num: NumInfo;
  const clock = CLOCK.exec(body) ?? (afterClock ? DOTTED_CLOCK.exec(body) : null);
  if (clock) {
    const h = +clock[1], mi = +clock[2];
    if (h > 24 || mi > 59) return null;
    // a bare 3:1 is more often a score than a time: want two hour digits or an ending
    if (clock[1].length < 2 && bare && !afterClock) return null;
    num = { n: h, digits: clock[1].length, integer: true, ord: false, time: { h, m: mi } };
  } else if (INT.test(body)) {
    num = { n: +body, digits: body.length, integer: true, ord: !!info.ord, time: undefined };
  } else if (DECIMAL.test(body)) {
    num = { n: +body.replace(",", "."), digits: body.length, integer: false, ord: false, time: undefined };
  } else return null;
  const it = base(i, i + 1, "num", info, bare);
  it.num = num;
  return it;
}

/** ISO dates are five tokens: 2025 - 10 - 09 with no spaces. */
function isoAtom(toks: Token[], i: number, end: number, c: Compiled): Item | null {
  if (i + 4 >= end) return null;
  const [a, d1, b, d2, cc] = [toks[i], toks[i + 1], toks[i + 2], toks[i + 3], toks[i + 4]];
  if (!/^\d{4}$/.test(a.norm) || d1.norm !== "-" || d2.norm !== "-" || !/^\d{2}$/.test(b.norm)) return null;
  if (d1.spaceBefore || b.spaceBefore || d2.spaceBefore || cc.spaceBefore) return null;
  const last = numberAtom(cc, i + 4, c);
  if (!last?.num || last.num.digits !== 2 || !last.num.integer) return null;
  const y = +a.norm, m = +b.norm, d = last.num.n;
  if (!isCalendarDate(y, m, d) || y < 1900 || y > 2100) return null;
  const it = base(i, i + 5, "numdate", last.info, last.bare);
  it.date = { y, m, d };
  return it;
}

/** `iyun-iyul` is one token: a range of two months, the ending on the second. */
function monthPair(lower: string, i: number, c: Compiled): Item | null {
  const parts = lower.split("-");
  if (parts.length !== 2) return null;
  const a = c.forms.get(parts[0])?.find((h) => h.word.cat === "month" && h.ending === "");
  const b = c.forms.get(parts[1])?.find((h) => h.word.cat === "month");
  if (a?.word.cat !== "month" || b?.word.cat !== "month" || b.word.val <= a.word.val) return null;
  const it = base(i, i + 1, "T", b.info, b.ending === "");
  it.spec = { m: a.word.val, end: { m: b.word.val } };
  return it;
}

/** The index of a phrase's last word when the words after token i complete it, else -1. */
function phraseLast(h: FormHit, toks: Token[], i: number, end: number): number {
  let e = i + 1;
  for (const w of h.rest) {
    if (e >= end || toks[e].lower !== w) return -1;
    e++;
  }
  return e < end && h.lastForms!.has(toks[e].lower) ? e : -1;
}

/**
 * A cheap look before atomsOf: false when no token of [start, end) can give an atom of a time
 * category, so the sentence needs no atoms at all. True may still find none (atomsOf decides).
 */
export function mayPlaceTime(toks: Token[], start: number, end: number, c: Compiled): boolean {
  for (let i = start; i < end; i++) {
    const t = toks[i];
    if (t.kind === "number") {
      // a clock time or a dotted date is one token; an ISO date starts with a year and a dash
      if (t.lower.includes(":") || t.lower.includes(".")) return true;
      if (i + 1 < end && c.dashes.has(toks[i + 1].norm)) return true;
    } else if (t.kind === "word" || t.kind === "abbr") {
      const hits = c.forms.get(t.lower);
      if (!hits) {
        if (t.lower.includes("-")) return true;
        continue;
      }
      for (const h of hits) if (TIME_CATS.has(h.word.cat) && (!h.lastForms || phraseLast(h, toks, i, end) >= 0)) return true;
    }
  }
  return false;
}

/** The index of the `)` closing `(` + number words at token i, else -1. */
function spelledAfter(toks: Token[], i: number, end: number, c: Compiled): number {
  if (i >= end || toks[i].norm !== "(") return -1;
  let k = i + 1;
  while (k < end && k <= i + 3 && c.forms.get(toks[k].lower)?.some((h) => h.word.cat === "num" && !h.lastForms)) k++;
  return k > i + 1 && k < end && toks[k].norm === ")" ? k : -1;
}

/** All atoms of tokens [start, end), in token order. */
export function atomsOf(toks: Token[], start: number, end: number, c: Compiled): Item[] {
  const out: Item[] = [];
  for (let i = start; i < end; i++) {
    const t = toks[i];
    if (t.kind === "number") {
      const iso = isoAtom(toks, i, end, c);
      if (iso) { out.push(iso); i += 4; continue; }
      const afterClock = i > start && !!c.forms.get(toks[i - 1].lower)?.some((h) => h.word.cat === "clock");
      const a = numberAtom(t, i, c, afterClock);
      if (a) {
        // a number spelled out again in brackets (`5 (beş) gün`, legal style) is part of the number
        const close = a.num && !a.num.time ? spelledAfter(toks, i + 1, end, c) : -1;
        if (close > 0) { a.e = close + 1; i = close; }
        out.push(a);
      }
      continue;
    }
    if (t.kind === "punct" || t.kind === "symbol") {
      if (c.dashes.has(t.norm)) out.push(base(i, i + 1, "dash", {}, true));
      else if (t.norm === ",") out.push(base(i, i + 1, "comma", {}, true));
      continue;
    }
    if (t.kind !== "word" && t.kind !== "abbr") continue;
    if (ROMAN_FIRST.has(t.norm.charCodeAt(0)) && ROMAN.test(t.norm) && toRoman(romanValue(t.norm)) === t.norm) {
      const it = base(i, i + 1, "roman", {}, true);
      it.num = { n: romanValue(t.norm), digits: 0, integer: true, ord: true, time: undefined };
      out.push(it);
    }
    const hits = c.forms.get(t.lower);
    if (!hits) {
      const pair = t.lower.includes("-") ? monthPair(t.lower, i, c) : null;
      if (pair) out.push(pair);
      continue;
    }
    for (const h of hits) {
      let e = i + 1, info = h.info, bare = h.ending === "";
      if (h.lastForms) {
        const last = phraseLast(h, toks, i, end);
        if (last < 0) continue;
        info = h.lastForms.get(toks[last].lower)!;
        bare = !info.case || info.case === "nom";
        e = last + 1;
      }
      // month, day, weekday and season names are written in lower case: `Martin`, `Sabah` (a channel), `Qış Olimpiya`
      // inside a sentence are names
      // (after a mark that may open a sentence or a quotation, a capital proves nothing; after a comma it does, but for
      // months only the old rule holds)
      const named = h.word.cat === "dayword" || h.word.cat === "weekday" || h.word.cat === "season";
      const capitalised = (h.word.cat === "month" || named) && i > start && t.norm[0] !== t.lower[0]
        && (toks[i - 1].kind !== "punct" || (named && toks[i - 1].norm === ","));
      const it = base(i, e, h.word.cat, info, bare);
      it.weak = h.weak || capitalised;
      it.word = h.word;
      if (h.word.cat === "num") it.num = { n: h.word.val, digits: 0, integer: Number.isInteger(h.word.val), ord: false, time: undefined };
      if (h.word.cat === "ordw") it.num = { n: h.word.val, digits: 0, integer: true, ord: true, time: undefined };
      out.push(it);
    }
  }
  return combineNumberWords(out);
}

/** `on beş`, `iyirmi iki`: a tens word and a units word make one number. */
function combineNumberWords(atoms: Item[]): Item[] {
  for (let k = 0; k + 1 < atoms.length; k++) {
    const a = atoms[k], b = atoms[k + 1];
    if (a.cat === "num" && b.e > a.e && a.word && b.word && b.s === a.e && (b.cat === "num" || b.cat === "ordw")
      && a.num!.n >= 10 && a.num!.n % 10 === 0 && a.num!.n < 100 && b.num!.n < 10 && Number.isInteger(b.num!.n)) {
      atoms[k] = { ...b, s: a.s, num: { ...b.num!, n: a.num!.n + b.num!.n }, size: 1 };
      atoms.splice(k + 1, 1);
    }
  }
  return atoms;
}
