// The time stage: finds temporal expressions (TIMEX3) and resolves them.
//   atoms (table lookups) -> chart of rules -> longest reading -> one shared resolver.
// The reference date is the document's, or a dateline's (a heading that is only a date) for the
// section under it; the anchor is the last day the text placed things at (`ertəsi gün`).
import type { Stage } from "../../pipeline.js";
import type { Doc, Timex, Token } from "../../text/doc.js";
import type { TimeTables } from "./tables.js";
import { compile, TIME_CATS, type Compiled } from "./lexicon.js";
import { atomsOf, mayPlaceTime } from "./atoms.js";
import { parse } from "./grammar.js";
import { selectLongest } from "./refine.js";
import { parseYmd, resolve, type Context, type Period, type Tense, type Ymd } from "./resolve.js";
import { governingTense, plannedBefore } from "./tense.js";
import type { Item, Spec } from "./spec.js";
import { pairQuoteMarks, quotedMask, wordsInside, type MarkPair } from "../quotes/marks.js";

/** Quoted speech of at least this many words: a day a speaker names (`"… bu gün başlayır"`) is the speaker's, so it
 *  is no anchor of the narrative (`Elə həmin gün …` after it goes back to the last day the narrator named). */
const QUOTED_SPEECH_WORDS = 4;

function isTrigger(a: Item): boolean {
  return TIME_CATS.has(a.cat) || !!a.num?.time;
}

export function findTimexes(doc: Doc, tables: TimeTables): Timex[] {
  const c = compile(tables);
  const toks = doc.tokens;
  const docRef = parseYmd(doc.document_date);
  let ref: Ymd | null = docRef, anchor: Ymd | null = null;
  let named: Period | null = null;
  let prevHeading = false;
  /** The value of the last date the story named (`Həmin vaxt`), and the last day a quotation named (`"… 15-də görüşdük,
   *  ertəsi gün isə …"`: the speaker's own anchor, inside that quotation only). */
  let last: Context["last"] = null, period: Context["period"] = null, quoteAnchor: { pair: number; day: Ymd } | null = null;
  /** The story's anchors, kept while a background passage (`Xatırladaq ki, …`) runs to the end of its paragraph. */
  let story: { anchor: Ymd | null; named: Period | null; last: Context["last"]; hard: typeof hard } | null = null;
  /** The last day and period a time not counted from another named (`oktyabrın 8-də`, `dünən`, `2018-ci ildə`): what a
   *  soft offset (`bir gün əvvəl`, `növbəti il`) counts from, so that one does not count from another (nor a repeated copy
   *  of a passage from its first). */
  let hard: { anchor: Ymd | null; named: Period | null } = { anchor: null, named: null };
  /** Months a year-less mention placed in the reference year. */
  const thisYearMonths = new Set<number>();
  /** Days written with their year (month-day -> year): the same day named again without one (`2024-cü il dekabrın 25-də …
   *  Xatırladaq ki, dekabrın 25-də …`) is that day told again, not the one in the reference year. */
  const yearOfDay = new Map<string, number>();
  const out: Timex[] = [];
  let quoted: Uint8Array | null = null;
  const inQuote = (i: number) => (quoted ??= quotedMask(doc, pairQuoteMarks(doc), QUOTED_SPEECH_WORDS))[i] === 1;
  doc.sentences.forEach((sent, si) => {
    // a heading after running text opens a new section: back to the document's date
    if (sent.heading && si > 0 && !prevHeading) { ref = docRef; anchor = null; named = null; last = null; period = null; story = null; hard = { anchor: null, named: null }; thisYearMonths.clear(); yearOfDay.clear(); }
    prevHeading = !!sent.heading;
    // (a background passage ends with its paragraph: a blank line)
    if (story && si > 0 && /\n\s*\n/.test(doc.text.slice(toks[sent.tokStart - 1]?.end ?? sent.start, sent.start))) ({ anchor, named, last, hard } = story), (story = null);
    if (!story && c.backgroundOpeners.has(toks[sent.tokStart]?.lower)) story = { anchor, named, last, hard: { ...hard } };
    if (!mayPlaceTime(toks, sent.tokStart, sent.tokEnd, c)) return;
    const atoms = atomsOf(toks, sent.tokStart, sent.tokEnd, c);
    if (!atoms.some(isTrigger)) return;
    // the parse's longest readings, then the refiners in turn (each reads what the one before left)
    let chosen = selectLongest(parse(atoms, c), toks);
    chosen = withListedYears(chosen, atoms, toks, c);
    chosen = withListedDays(chosen, atoms, toks, sent.tokStart, sent.tokEnd, c);
    chosen = withListedMonths(chosen, toks, c);
    chosen = withNightsPassingInto(chosen);
    chosen = withEventOffsets(chosen, toks, sent.tokStart, c);
    chosen = withoutOwnedDays(chosen, toks, sent.tokStart, c);
    chosen = withApproxDurations(chosen, toks, sent.tokStart, c);
    const recurring = recurringWeekdays(chosen, toks, sent.tokEnd, c);
    /** Days the narrator named in this sentence (`Nazir dünən bildirib ki, "…"`): a quotation opened after one was
     *  spoken that day, so its `bu gün`, `sabah`, `dünən` count from it. */
    const toldDays: { tok: number; day: Ymd }[] = [];
    // the last day of a day range just named: a clock time after it (`21-28 avqust (saat 18:00-dək)`) is its deadline
    let rangeEnd: Ymd | null = null;
    // (a day in the ablative after another day of the sentence is where a span starts, `X tarixində … Y tarixindən başlayan
    // təcavüzlə bağlı`: the day told first stays the one `həmin gün` goes back to)
    let daySet = false;
    for (const it of chosen) {
      if (namedInQuotes(doc, it) || namesPlace(toks, it, c)) continue;
      if (recurring.has(it)) {
        const start = toks[it.s].start, end = toks[it.e - 1].end;
        out.push({ start, end, text: doc.text.slice(start, end), type: "SET", value: `XXXX-WXX-${it.spec!.wd}`, tokStart: it.s, tokEnd: it.e });
        continue;
      }
      // (`həmin vaxt` opens its clause, `Həmin vaxt tərəflər …`; a subject or object is a time of day, `həmin vaxt göstərilib`)
      if (it.spec!.rel?.then && it.s > sent.tokStart && toks[it.s - 1].norm !== ",") continue;
      let tense: Tense | null = null;
      const clockOnly = it.spec!.hh !== undefined && it.spec!.m === undefined && it.spec!.d === undefined && !it.spec!.rel && it.spec!.wd === undefined;
      const quotedHere = inQuote(it.s);
      const quotePair = quotedHere ? enclosingPairs(doc, pairQuoteMarks(doc))[it.s] : -1;
      const soft = !!it.spec!.rel?.soft;
      const ownAnchor = quotePair >= 0 && quoteAnchor?.pair === quotePair ? quoteAnchor.day : soft ? hard.anchor : anchor;
      const spokenOn = quotePair >= 0 ? speechDay(it, pairQuoteMarks(doc)[quotePair].open, toldDays, docRef) : null;
      const ctx: Context = {
        ref: spokenOn ?? ref, anchor: clockOnly && rangeEnd ? rangeEnd : ownAnchor, named: soft ? hard.named : named, last, period,
        tense: () => (tense ??= governingTense(toks, it.e, sent.tokStart, sent.tokEnd, c)) ?? undefined,
        planned: () => plannedBefore(toks, it.e, sent.tokStart, sent.tokEnd, c),
        intended: () => plannedBefore(toks, it.e, sent.tokStart, sent.tokEnd, c, true),
        attributive: () => attributiveMonth(it, toks, sent.tokEnd, c),
        monthRange: it.spec!.end?.m !== undefined && it.spec!.end.d === undefined,
      };
      let r = resolve(it.spec!, ctx);
      if (!r) continue;
      // a year-less month the text already placed in the reference year (`avqust ayına qədər … üzləşə bilər`) is that
      // month again when named later under a past verb of saying (`avqust ayında … tükənməsi ehtimalını söyləyib`)
      const sp = it.spec!, bareMonth = sp.m !== undefined && sp.y === undefined && !sp.rel;
      if (bareMonth && ref && thisYearMonths.has(sp.m!) && r.value.startsWith(String(ref.y - 1))) r = resolve({ ...sp, y: ref.y }, ctx) ?? r;
      if (bareMonth && ref && r.value.startsWith(String(ref.y)) && !quotedHere) thisYearMonths.add(sp.m!);
      const dayKey = sp.m !== undefined && sp.d !== undefined && !sp.end ? `${sp.m}-${sp.d}` : null;
      const written = dayKey ? yearOfDay.get(dayKey) : undefined;
      if (dayKey && sp.y === undefined && !sp.rel && written !== undefined && r.day && r.day.y !== written) r = resolve({ ...sp, y: written }, ctx) ?? r;
      if (dayKey && sp.y !== undefined && !sp.rel && r.day) yearOfDay.set(dayKey, r.day.y);
      const start = toks[it.s].start, end = toks[it.e - 1].end;
      const tx: Timex = { start, end, text: doc.text.slice(start, end), type: r.type, value: r.value, tokStart: it.s, tokEnd: it.e };
      if (r.mod) tx.mod = r.mod;
      if (r.endValue) tx.endValue = r.endValue;
      out.push(tx);
      if (r.day && !r.endValue && !quotedHere && !(daySet && caseOf(it, toks, c) === "abl")) { anchor = r.day; daySet = true; }
      if (r.day && !r.endValue && !quotedHere) toldDays.push({ tok: it.s, day: r.day });
      if (r.day && !r.endValue && quotePair >= 0) quoteAnchor = { pair: quotePair, day: r.day };
      if ((r.type === "DATE" || r.type === "TIME") && !r.endValue && !quotedHere && /^\d{4}(-|$)/.test(r.value)) last = { value: r.value.replace(/T.*$/, ""), mod: r.mod };
      // (a speaker's period too: `"Yanvar-may aylarında … 2024-cü ilin analoji dövrü ilə müqayisədə …"`)
      if (r.type === "DATE" && /^\d{4}(-|$)/.test(r.value)) period = { value: r.value, mod: r.mod, endValue: r.endValue };
      rangeEnd = r.endValue ? parseYmd(r.endValue) : null;
      const ym = r.type === "DATE" || r.type === "TIME" ? /^(\d{4})(?:-(\d{2})|-Q(\d))?/.exec(r.value) : null;
      if (ym && !quotedHere) named = { y: +ym[1], m: ym[2] ? +ym[2] : ym[3] ? 3 * +ym[3] - 2 : undefined };
      if (!quotedHere && !it.spec!.rel?.anchor) {
        if (r.day && !r.endValue) hard.anchor = r.day;
        if (ym) hard.named = named;
      }
      // a dateline: a heading that is nothing but a date sets the date of the section under it
      if (sent.heading && r.day && isWholeSentence(it, sent.tokStart, sent.tokEnd, doc)) ref = anchor = r.day;
    }
  });
  return out;
}

/** An amount of time after a word of approximation (`təxminən üç ay`, `Təxminən iki saat davam edən`): the duration,
 *  approximate, the word inside the span. (An offset, `təxminən 3 gün əvvəl`, and a rate's amount stay as they were.) */
function withApproxDurations(items: Item[], toks: Token[], sentStart: number, c: Compiled): Item[] {
  return items.map((it) => {
    const s = it.spec;
    if (!s?.dur || s.mod || it.s <= sentStart || items.some((x) => x !== it && x.s < it.s && it.s <= x.e)) return it;
    if (!c.forms.get(toks[it.s - 1].lower)?.some((h) => h.word.cat === "about" && !h.lastForms)) return it;
    return { ...it, s: it.s - 1, spec: { ...s, mod: "APPROX" } };
  });
}

/** The day a quotation was spoken, for a day word inside it (`bu gün`, `sabah`, `dünən`; not `ertəsi gün`): the last day
 *  the narrator named before its opening mark in the sentence (`iyunun 12-də bildirmişdi: "Sabah …"`), where that day is
 *  not after the document's (a day ahead is the date of what is told, not of the telling). */
function speechDay(it: Item, open: number, told: { tok: number; day: Ymd }[], docRef: Ymd | null): Ymd | null {
  const s = it.spec!;
  if (s.rel?.unit !== "D" || s.rel.anchor || s.rel.then || s.m !== undefined || s.d !== undefined || s.wd !== undefined || !docRef) return null;
  const key = (d: Ymd) => d.y * 10000 + d.m * 100 + d.d;
  for (let k = told.length - 1; k >= 0; k--) if (told[k].tok < open) return key(told[k].day) <= key(docRef) ? told[k].day : null;
  return null;
}

/**
 * Weekdays that recur: a list of bare weekdays ending in the plural of "day" (`çərşənbə və bazar
 * günləri`, `bazar ertəsi, cümə və şənbə günləri`). Walks the list back from its end.
 */
function recurringWeekdays(items: Item[], toks: Token[], sentEnd: number, c: Compiled): Set<Item> {
  const out = new Set<Item>();
  const isWeekday = (it: Item) => it.spec?.wd !== undefined && it.spec.m === undefined && !it.spec.rel && it.spec.hh === undefined;
  const recurs = (i: number) => i < sentEnd && c.recurringDays.has(toks[i].lower);
  const joinedUpTo = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (toks[i].norm !== "," && !c.listJoiners.has(toks[i].lower)) return false;
    return true;
  };
  // after a weekly frequency (`həftədə iki dəfə: bazar ertəsi və cümə axşamı`) the weekdays named are the days it recurs on
  const weekly = items.findIndex((it) => !!it.spec?.set && "unit" in it.spec.set && it.spec.set.unit === "W");
  for (let k = items.length - 1; k >= 0; k--) {
    const it = items[k];
    if (!isWeekday(it)) continue;
    if (weekly >= 0 && k > weekly) { out.add(it); continue; }
    const last = toks[it.e - 1].lower;
    const next = items[k + 1];
    if (c.recurringDays.has(last) || recurs(it.e) || (next && out.has(next) && joinedUpTo(it.e, next.s))) out.add(it);
  }
  return out;
}

/** A time word inside a short quoted phrase with words of its own besides it (`"soyuq qış"la hədələyib`, `"Qış-2025"
 *  təlimi`): a name or a figure of speech, no time. (A quotation that is the date alone, or quoted speech, stays.) */
/** A day and a month right before a noun of a place, or a quoted one before it (`28 May küçəsində`, `"20 Yanvar"
 *  metrostansiyasında`): the place's name, no time. */
function namesPlace(toks: Token[], it: Item, c: Compiled): boolean {
  const s = it.spec!;
  if (s.d === undefined || s.m === undefined || s.y !== undefined || s.rel || !c.placeNameNouns.length) return false;
  // (a name's shape: a figure and a capitalised month, `28 May`; `Mayın 28-də park açılıb` is a date)
  const month = toks[it.e - 1];
  if (it.e - it.s !== 2 || !/^\d+$/.test(toks[it.s].norm) || month.kind !== "word" || month.norm[0] === month.lower[0]) return false;
  let k = it.e;
  // (past the closing mark of a quoted name: `"20 Yanvar"`)
  if (toks[k]?.kind === "punct" && toks[k].norm === '"' && toks[it.s - 1]?.norm === '"') k++;
  const next = toks[k];
  if (!next || next.kind !== "word" || next.sent !== toks[it.e - 1].sent) return false;
  const w = next.lower;
  return c.placeNameNouns.some((n) => w.startsWith(n) && (w.length === n.length || c.placeNameEndings.some((e) => w.startsWith(e, n.length))));
}

function namedInQuotes(doc: Doc, it: Item): boolean {
  const pairs = pairQuoteMarks(doc);
  if (!pairs.length) return false;
  // (the first pair, in the pairs' order, around the item's first token: found by index, not by a scan per item)
  const first = pairs[enclosingPairs(doc, pairs)[it.s]];
  const p = first && it.e <= first.close ? first : first ? pairs.find((q) => q.open < it.s && it.e <= q.close) : undefined;
  if (!p || p.nested || wordsInside(doc, p) >= QUOTED_SPEECH_WORDS) return false;
  // (a quoted clause with a verb is speech, however short: `"hazırda masada olmadığını" bildirib`)
  let other = false;
  for (let i = p.open + 1; i < p.close; i++) {
    const tk = doc.tokens[i];
    if (tk.kind !== "word") continue;
    if (tk.analysis?.pos === "VERB") return false;
    if (i < it.s || i >= it.e) other = true;
  }
  return other;
}

/** A bare month before a noun (`qızılın iyun fyuçersləri`, `noyabr seçkiləri`): it names a thing, so no verb's tense
 *  places it; the nearest such month is meant. */
function attributiveMonth(it: Item, toks: Token[], sentEnd: number, c: Compiled): number | undefined {
  const s = it.spec!;
  if (s.m === undefined || s.d !== undefined || s.y !== undefined || s.rel || (s.end && s.end.d !== undefined) || s.mod || !it.bare || it.e >= sentEnd) return undefined;
  const next = toks[it.e];
  const noun = next.kind === "word" && next.analysis?.pos === "NOUN" && !c.listJoiners.has(next.lower) && !c.forms.has(next.lower);
  return noun ? s.end?.m ?? s.m : undefined;
}

/**
 * Months listed under one year (`2024-cü ilin mart və aprel aylarında`): the year is written once, with the first;
 * each month after it, joined by a comma or a list word, is of that year.
 */
function withListedMonths(items: Item[], toks: Token[], c: Compiled): Item[] {
  for (let k = 1; k < items.length; k++) {
    const prev = items[k - 1].spec, s = items[k].spec;
    if (!prev || !s || s.m === undefined || s.y !== undefined || s.rel || prev.m === undefined) continue;
    if (prev.y === undefined && prev.rel?.unit !== "Y") continue;
    let joined = items[k - 1].e < items[k].s;
    for (let i = items[k - 1].e; i < items[k].s && joined; i++) joined = toks[i].norm === "," || c.listJoiners.has(toks[i].lower);
    if (joined) items[k] = { ...items[k], spec: { ...s, y: prev.y, rel: prev.rel } };
  }
  return items;
}

/** A date in the dative before "last night" (`mayın 1-nə keçən gecə`): `keçən` is "passing into", the night of that date. */
function withNightsPassingInto(items: Item[]): Item[] {
  for (let k = 1; k < items.length; k++) {
    const s = items[k].spec;
    if (s?.tod && s.rel?.unit === "D" && s.rel.n === -1 && items[k - 1].e === items[k].s && items[k - 1].info.case === "dat")
      items[k] = { ...items[k], s: items[k].s + 1, spec: { tod: s.tod } };
  }
  return items;
}

/** A day word owned by a genitive or qualified by an adjective (`ölkənin iqtisadi sabahı`) is "the future", no day. */
function withoutOwnedDays(items: Item[], toks: Token[], sentStart: number, c: Compiled): Item[] {
  return items.filter((it) => {
    const s = it.spec;
    if (it.e - it.s !== 1 || s?.rel?.unit !== "D" || s.rel.anchor || !(it.info.poss || it.info.case === "acc") || it.s <= sentStart) return true;
    const a = toks[it.s - 1].analysis;
    return !(a && !c.forms.has(toks[it.s - 1].lower) && (a.pos === "ADJ" || a.case === "gen"));
  });
}

/**
 * N units before or after an act told in the ablative (`görüşdən iki gün əvvəl`, `qüvvəyə minməzdən azı 15 gün əvvəl`,
 * `imzalandıqdan 10 gün sonra`): counted from that act, whose date the text does not give, so the time is the length
 * alone (`iki gün`, a duration). A time word in the ablative (`2020-ci ildən`, `bundan`) keeps the date it counts from,
 * and so does a possessed act (`sərəncamın imzalanmasından 7 gün sonra`).
 */
function withEventOffsets(items: Item[], toks: Token[], sentStart: number, c: Compiled): Item[] {
  for (let k = 0; k < items.length; k++) {
    const it = items[k], s = it.spec;
    if (!s?.rel || s.rel.named || s.m !== undefined || s.d !== undefined || s.wd !== undefined || it.e - it.s < 3) continue;
    const first = toks[it.s], last = toks[it.e - 1];
    if (!c.forms.get(last.lower)?.some((h) => h.word.cat === "ago" && !h.lastForms)) continue;
    if (first.kind !== "number" && !c.forms.get(first.lower)?.some((h) => h.word.cat === "num")) continue;
    let j = it.s - 1;
    // (one hedge between: `azı`, at least)
    const pos = (i: number) => toks[i].analysis?.pos;
    const hedge = (i: number) => !!c.forms.get(toks[i].lower)?.some((h) => h.word.cat === "hedge" && !h.lastForms);
    if (j > sentStart && toks[j].kind === "word" && (hedge(j) || ((pos(j) === "ADJ" || pos(j) === "ADV") && !toks[j].analysis?.case && !c.forms.has(toks[j].lower)))) j--;
    if (j < sentStart) continue;
    const a = toks[j].analysis;
    // (an act owned by its doer or object, `sərəncamın imzalanmasından`, `səfərindən`, is one the story tells of, dated by
    // the story: the offset stays a date counted from the day the text last named)
    if (toks[j].kind !== "word" || a?.case !== "abl" || a.poss || (a.pos !== "NOUN" && a.pos !== "VERB") || c.forms.has(toks[j].lower)) continue;
    items[k] = { ...it, e: it.e - 1, spec: { dur: { n: Math.abs(s.rel.n), unit: s.rel.unit } } };
  }
  return items;
}

/** Per token, the index of the first pair of quotation marks (in the pairs' order) whose marks it lies between, or -1. */
const enclosingByPairs = new WeakMap<readonly MarkPair[], Int32Array>();
function enclosingPairs(doc: Doc, pairs: readonly MarkPair[]): Int32Array {
  let at = enclosingByPairs.get(pairs);
  if (at) return at;
  at = new Int32Array(doc.tokens.length).fill(-1);
  pairs.forEach((q, k) => { for (let i = q.open + 1; i < q.close; i++) if (at![i] < 0) at![i] = k; });
  enclosingByPairs.set(pairs, at);
  return at;
}

/**
 * Years listed before a year phrase (`2022-ci və 2023-cü illərdə`, `2020 və 2021-ci il`): the noun is written once, after
 * the last; each number before it, joined by a comma or a list word, is a year of its own.
 */
function withListedYears(items: Item[], atoms: Item[], toks: Token[], c: Compiled): Item[] {
  const added: Item[] = [];
  const isYearOnly = (s: Item["spec"]) => !!s && s.y !== undefined && Object.keys(s).length === 1;
  for (const it of items) {
    if (!isYearOnly(it.spec) || toks[it.s].kind !== "number") continue;
    let j = it.s;
    while (j >= 2 && (toks[j - 1].norm === "," || c.listJoiners.has(toks[j - 1].lower))) {
      const a = atoms.find((x) => x.s === j - 2 && x.e === j - 1 && x.cat === "num");
      const n = a?.num;
      if (!a || !n || !n.integer || n.time || n.digits !== 4 || n.n < 1900 || n.n > 2100 || !(n.ord || a.bare)) break;
      if (items.some((x) => x.s < j - 1 && j - 2 < x.e)) break;
      added.push({ ...a, cat: "T", spec: { y: n.n } });
      j -= 2;
    }
  }
  return added.length ? [...items, ...added].sort((a, b) => a.s - b.s) : items;
}

/**
 * Days listed under one month (`12, 13 və 14 iyul`, `3-5, 9 və 10 iyul`, `mayın 5, 6 və 7-də`): the month is written
 * once, after the last day or before the first; each day number joined to that date by a comma or a list word is a
 * date of its own, in that month. The days must rise, and a list after the month must end in a case ending
 * (`mayın 5, 6 nəfər` is a date and a count).
 */
function withListedDays(items: Item[], atoms: Item[], toks: Token[], sentStart: number, sentEnd: number, c: Compiled): Item[] {
  const added: Item[] = [];
  const joiner = (i: number) => toks[i].norm === "," || c.listJoiners.has(toks[i].lower);
  const dayAt = (i: number, bareOnly: boolean): Item | null => {
    const a = atoms.find((x) => x.s === i && x.e === i + 1 && x.cat === "num");
    const n = a?.num;
    return a && n && n.integer && !n.ord && !n.time && n.digits <= 2 && n.n >= 1 && n.n <= 31 && (a.bare || !bareOnly) ? a : null;
  };
  const taken = (s: number, e: number) => items.some((x) => x.s < e && s < x.e) || added.some((x) => x.s < e && s < x.e);
  for (const it of [...items]) {
    const s = it.spec;
    if (!s || s.m === undefined || s.d === undefined || s.rel || s.hh !== undefined || s.tod || s.wd !== undefined) continue;
    const month: Spec = s.y !== undefined ? { y: s.y, m: s.m } : { m: s.m };
    // before the date, which opens with its day number (`12, 13 və 14 iyul`)
    if (toks[it.s].kind === "number") {
      let j = it.s, next = s.d;
      while (j - 2 >= sentStart && joiner(j - 1)) {
        const b = dayAt(j - 2, true);
        if (!b || b.num!.n >= next || taken(j - 2, j - 1)) break;
        const a = j - 4 >= sentStart && c.dashes.has(toks[j - 3].norm) ? dayAt(j - 4, true) : null;
        if (a && a.num!.n < b.num!.n && !taken(j - 4, j - 3)) { // (a range among them: `3-5, 9 və 10 iyul`)
          added.push({ ...a, e: j - 1, cat: "T", spec: { ...month, d: a.num!.n, end: { m: s.m, d: b.num!.n } } });
          next = a.num!.n; j -= 4;
          continue;
        }
        added.push({ ...b, cat: "T", spec: { ...month, d: b.num!.n } });
        next = b.num!.n; j -= 2;
      }
    }
    // after the date, which ends in a bare day number (`mayın 5, 6 və 7-də`)
    if (!s.end && dayAt(it.e - 1, true)?.num?.n === s.d) {
      const found: Item[] = [];
      let j = it.e, prev = s.d;
      while (j + 1 < sentEnd && joiner(j)) {
        const b = dayAt(j + 1, false);
        if (!b || b.num!.n <= prev || taken(j + 1, j + 2)) break;
        found.push({ ...b, cat: "T", spec: { ...month, d: b.num!.n } });
        prev = b.num!.n; j += 2;
        if (!b.bare) break;
      }
      if (found.length && !found[found.length - 1].bare) added.push(...found);
    }
    // after the date, whose day carries a case, days with that same case (`oktyabrın 9-da və 10-da`)
    const own = dayAt(it.e - 1, false);
    if (!s.end && own && !own.bare && own.num!.n === s.d && own.info.case) {
      let j = it.e, prev = s.d;
      while (j + 1 < sentEnd && joiner(j)) {
        const b = dayAt(j + 1, false);
        if (!b || b.bare || b.info.case !== own.info.case || !!b.info.poss !== !!own.info.poss || b.num!.n <= prev || taken(j + 1, j + 2)) break;
        added.push({ ...b, cat: "T", spec: { ...month, d: b.num!.n } });
        prev = b.num!.n; j += 2;
      }
    }
  }
  return added.length ? [...items, ...added].sort((a, b) => a.s - b.s) : items;
}

function isWholeSentence(it: Item, s: number, e: number, doc: Doc): boolean {
  for (let i = s; i < e; i++) if ((i < it.s || i >= it.e) && doc.tokens[i].kind !== "punct") return false;
  return true;
}

export const timeStage: Stage = {
  name: "time",
  run(doc, lang) {
    if (lang.time) doc.timexes = findTimexes(doc, lang.time);
  },
};

/** The case a time expression stands in: its own ending, else that of a date noun right after it (`… tarixindən`). */
function caseOf(it: Item, toks: readonly Token[], c: Compiled): string | undefined {
  if (it.info.case) return it.info.case;
  const next = toks[it.e];
  return next?.kind === "word" && c.dateNouns.includes(next.analysis?.stem ?? "") ? next.analysis?.case : undefined;
}
