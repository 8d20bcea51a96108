// What the grammar builds: a partial description of a time (cf. Duckling's TimeData), and the
// items of the chart (atoms from single words or numbers, and the phrases rules make of them).
import type { EndingInfo, Mod, TimeWord, Unit } from "./tables.js";

export interface Spec {
  y?: number; m?: number; d?: number;
  /** ISO weekday 1..7. */
  wd?: number;
  season?: string;
  q?: number;
  half?: number;
  century?: number;
  /** Decade within a century (`90-cı illər` -> 9), or a full decade (`1990-cı illər` -> 199). */
  decadeInCentury?: number;
  decade?: number;
  hh?: number; mm?: number;
  tod?: string;
  /** Offset from the reference date (or from the last date the text named, when `anchor`). */
  rel?: { unit: Unit; n: number; anchor: boolean; named?: boolean; later?: boolean; soft?: boolean; then?: boolean; weekOf?: boolean };
  /* (`weekOf`: a weekday of the week `rel` names, `ötən həftənin cümə günü`, not the last or next such day) */
  vague?: string;
  mod?: Mod;
  dur?: { n: number; unit: Unit };
  set?: { n: number; unit: Unit } | { wd: number };
  /** The period the text last named, moved to this one's year (`ötən ilin eyni dövrü`). */
  same?: boolean;
  /** The weekend of the week `rel` names (`bu həftə sonu`); `bare` with no pointing word (`həftə sonu`), whose week
   *  the verb's tense settles. */
  weekend?: "bare" | "told";
  /** The other end of a range. */
  end?: Spec;
}

export interface NumInfo {
  n: number;
  digits: number;
  integer: boolean;
  ord: boolean;
  time?: { h: number; m: number };
}

export interface Item {
  cat: string;            // "T" for built phrases, otherwise the atom's category
  s: number; e: number;   // token span
  /** Ending of the last word. */
  info: EndingInfo;
  bare: boolean;
  weak: boolean;
  word?: TimeWord;
  num?: NumInfo;
  date?: { y: number; m: number; d: number };
  spec?: Spec;
  /** Atoms inside: fewer means a lexicalised phrase, preferred on ties. */
  size: number;
}
