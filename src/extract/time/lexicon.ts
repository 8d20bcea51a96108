// Compiles a language's time tables once into lookup maps: every inflected form of a one-word entry
// and the first word of every phrase go into one Map, so most tokens cost a single lookup.
import type { EndingInfo, LexiconEntry, Rule, TimeTables, TimeWord } from "./tables.js";
import { parseSlot, type Slot } from "./slots.js";

export interface FormHit {
  word: TimeWord;
  info: EndingInfo;
  ending: string;
  weak: boolean;
  /** Further words of a phrase (exact), then the last word's forms; empty for one word. */
  rest: string[];
  lastForms?: Map<string, EndingInfo>;
}

/** Atom categories every time expression needs one of; a sentence without them (most) skips the chart. */
export const TIME_CATS: ReadonlySet<string> = new Set(["month", "season", "weekday", "dayword", "vague", "unit", "tod", "numdate", "T", "dur", "yearadj", "then", "weekend"]);

export interface CompiledRule {
  seq: Slot[];
  make: string;
  index: number;
}

export interface Compiled {
  forms: Map<string, FormHit[]>;
  numberEndings: Map<string, EndingInfo>;
  /** Rules by the category of their first slot. */
  rulesByFirst: Map<string, CompiledRule[]>;
  dashes: Set<string>;
  tense: { suffix: string; tense: "past" | "fut" | "pres" }[];
  notVerbs: Set<string>;
  recurringDays: Set<string>;
  listJoiners: Set<string>;
  tenseWords: Map<string, "past" | "fut" | "pres">;
  futureVerbs: Set<string>;
  backgroundOpeners: Set<string>;
  placeNameNouns: string[];
  placeNameEndings: string[];
  dateNouns: string[];
}

const cache = new WeakMap<TimeTables, Compiled>();

function endingsOf(t: TimeTables, e: LexiconEntry): [string, EndingInfo][] {
  const set = t.endings[e.endings ?? "none"] ?? { "": {} };
  return Object.entries(set);
}

function push(forms: Map<string, FormHit[]>, key: string, hit: FormHit): void {
  const l = forms.get(key);
  if (l) l.push(hit);
  else forms.set(key, [hit]);
}

export function compile(t: TimeTables): Compiled {
  const hit = cache.get(t);
  if (hit) return hit;
  const forms = new Map<string, FormHit[]>();
  for (const e of t.lexicon) {
    const words = e.words.split(" ");
    const weak = new Set(e.weakForms ?? []);
    const isWeakEntry = e.word.cat === "month" && !!e.word.weak;
    if (words.length === 1) {
      for (const [suf, info] of endingsOf(t, e)) {
        const form = words[0] + suf;
        push(forms, form, { word: e.word, info, ending: suf, weak: isWeakEntry || weak.has(form), rest: [] });
      }
    } else {
      const lastForms = new Map<string, EndingInfo>();
      for (const [suf, info] of endingsOf(t, e)) lastForms.set(words[words.length - 1] + suf, info);
      push(forms, words[0], { word: e.word, info: {}, ending: "", weak: isWeakEntry, rest: words.slice(1, -1), lastForms });
    }
  }
  const rulesByFirst = new Map<string, CompiledRule[]>();
  t.rules.forEach((r: Rule, index) => {
    const seq = r.seq.map(parseSlot);
    const l = rulesByFirst.get(seq[0].cat) ?? [];
    l.push({ seq, make: r.make, index });
    rulesByFirst.set(seq[0].cat, l);
  });
  const c: Compiled = {
    forms,
    numberEndings: new Map(Object.entries(t.numberEndings)),
    rulesByFirst,
    dashes: new Set(t.dashes),
    tense: [...t.tenseSuffixes].sort((a, b) => b.suffix.length - a.suffix.length),
    notVerbs: new Set(t.notVerbs),
    recurringDays: new Set(t.recurringDays),
    listJoiners: new Set(t.listJoiners),
    tenseWords: new Map(Object.entries(t.tenseWords)),
    futureVerbs: new Set(t.futureVerbs ?? []),
    backgroundOpeners: new Set(t.backgroundOpeners ?? []),
    placeNameNouns: t.placeNameNouns ?? [],
    placeNameEndings: t.placeNameEndings ?? [],
    dateNouns: t.dateNouns ?? [],
  };
  cache.set(t, c);
  return c;
}
