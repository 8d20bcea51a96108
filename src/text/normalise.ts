// Normalisation that never loses the way back to the original offsets.
// The normalised string usually has the same length as the body (every mapping is one unit to
// one unit); when a mapping changes length (zero-width characters dropped, a Cyrillic letter
// written with two Latin ones, a combining mark composed), an exact index map is kept.
import type { Doc } from "./doc.js";

export interface NormaliseTables {
  /** One-to-one or one-to-many character replacements for the language (e.g. a variant schwa). */
  charMap: Record<string, string>;
  /** Transliteration used when the body is detected as the language in another script. */
  transliteration?: {
    script: string;
    map: Record<string, string>;
    /** Letters that only this language's use of the script has: their presence confirms it. */
    markers: string;
  };
}

/** Script-level folding shared by every language: quotation marks, apostrophes, dashes, spaces. */
const UNIVERSAL: Record<string, string> = {
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u00AB": '"', "\u00BB": '"',
  "\u2033": '"', "\uFF02": '"',
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u02BC": "'", "\u0060": "'",
  "\u00B4": "'", "\u2032": "'",
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
  "\u2212": "-", "\u00AD": "",
  "\u00A0": " ", "\u2007": " ", "\u202F": " ", "\u2009": " ", "\u200A": " ", "\u3000": " ",
  "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ",
  "\u200B": "", "\u200C": "", "\u200D": "", "\u2060": "", "\uFEFF": "",
  "\r": " ", "\u2028": "\n", "\u2029": "\n", "\u0085": "\n", "\t": " ",
};

const COMBINING = /[\u0300-\u036F]/;

export interface Normalised {
  norm: string;
  /** norm index -> original index (length norm.length + 1), or undefined when identity. */
  offsets?: Uint32Array;
  script: string;
}

export function detectScript(text: string, tables: NormaliseTables): string {
  const tr = tables.transliteration;
  if (!tr) return "Latn";
  let foreign = 0, latin = 0, markers = 0;
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0400 && c <= 0x04ff) {
      foreign++;
      if (tr.markers.includes(text[i])) markers++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return foreign > latin && markers > 0 ? tr.script : "Latn";
}

interface Compiled { any: RegExp; oneToOne: Record<string, string> }
const compiled = new WeakMap<NormaliseTables, Compiled>();

function compile(tables: NormaliseTables): Compiled {
  let c = compiled.get(tables);
  if (c) return c;
  const all = { ...UNIVERSAL, ...tables.charMap };
  const esc = (k: string) => "\\u" + k.charCodeAt(0).toString(16).padStart(4, "0");
  const oneToOne: Record<string, string> = {};
  const keys = Object.keys(all);
  for (const k of keys) if (all[k].length === 1) oneToOne[k] = all[k];
  c = { any: new RegExp(`[${keys.map(esc).join("")}\\u0300-\\u036F]`), oneToOne };
  compiled.set(tables, c);
  return c;
}

export function normaliseText(text: string, tables: NormaliseTables): Normalised {
  const script = detectScript(text, tables);
  const translit = script !== "Latn" ? tables.transliteration!.map : undefined;
  if (!translit) {
    // fast paths: nothing to change, or only one-to-one replacements (offsets stay the same)
    const c = compile(tables);
    if (!c.any.test(text)) return { norm: text, script };
    const g = new RegExp(c.any.source, "g");
    let sameLength = true;
    const norm = text.replace(g, (ch) => {
      const r = c.oneToOne[ch];
      if (r === undefined) { sameLength = false; return ch; }
      return r;
    });
    if (sameLength) return { norm, script };
  }
  const out: string[] = [];
  let offsets: number[] | undefined;
  let changed = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    let rep: string | undefined;
    if (i + 1 < n && COMBINING.test(text[i + 1])) {
      let j = i + 1;
      while (j < n && COMBINING.test(text[j])) j++;
      rep = text.slice(i, j).normalize("NFC");
      if (rep.length !== j - i) {
        if (!offsets) offsets = identity(out.length);
        for (const c of rep) { offsets.push(i); out.push(mapChar(c, tables, translit)); }
        i = j - 1;
        changed = true;
        continue;
      }
      rep = undefined;
    }
    rep = UNIVERSAL[ch];
    if (rep === undefined) rep = tables.charMap[ch];
    if (rep === undefined && translit) {
      rep = translit[ch];
      if (rep === undefined) {
        const low = translit[ch.toLowerCase()];
        if (low !== undefined) rep = low.length ? low[0].toUpperCase() + low.slice(1) : low;
      }
    }
    if (rep === undefined) {
      out.push(ch);
      if (offsets) offsets.push(i);
      continue;
    }
    changed = true;
    if (rep.length === 1) {
      out.push(rep);
      if (offsets) offsets.push(i);
    } else {
      if (!offsets) offsets = identity(out.length);
      for (const c of rep) { out.push(c); offsets.push(i); }
    }
  }
  const norm = changed ? out.join("") : text;
  if (offsets) offsets.push(n);
  return { norm, offsets: offsets ? Uint32Array.from(offsets) : undefined, script };
}

function mapChar(c: string, tables: NormaliseTables, translit?: Record<string, string>): string {
  const r = UNIVERSAL[c] ?? tables.charMap[c] ?? (translit ? translit[c] : undefined);
  return r !== undefined && r.length === 1 ? r : c;
}

function identity(k: number): number[] {
  const a = new Array<number>(k);
  for (let i = 0; i < k; i++) a[i] = i;
  return a;
}

/** Maps a [start, end) range of the normalised string back to the original text. */
export function toOriginal(doc: Pick<Doc, "offsets" | "text">, start: number, end: number): [number, number] {
  const o = doc.offsets;
  if (!o) return [start, end];
  const s = o[start];
  if (end <= start) return [s, s];
  // past the last original unit that produced norm[end-1], and over marks composed into it
  let e = o[end - 1] + 1;
  while (e < doc.text.length && COMBINING.test(doc.text[e])) e++;
  return [s, e];
}
