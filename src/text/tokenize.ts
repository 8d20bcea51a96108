// Tokenizer: one pass over the normalised body. Words keep inner hyphens and apostrophes, numbers
// keep their endings (9-da, 1952-ci), initials stay with the name (V.Putin), abbreviations with
// dots come from the language's table.
import type { Doc, Token, TokenKind } from "./doc.js";
import { charClass, isUpperChar, C_DIGIT, C_LETTER, C_MARK, C_NEWLINE, C_SPACE } from "./chars.js";
import { toOriginal } from "./normalise.js";

export interface TokenizerTables {
  /** Abbreviations written with dots or spaces, matched case-insensitively (`b.e.ə.`, `və s.`). */
  dottedAbbreviations: string[];
  /** Upper-case abbreviations that are tokens of kind "abbr" (ABŞ, MDB). */
  abbreviations: string[];
  /** Dotted abbreviations that often close a sentence (`və s.`): a capital after them starts a new one. */
  sentenceFinal: string[];
  /** Lower-casing with the language's rules (Azerbaijani: I -> ı, İ -> i). */
  lower(s: string): string;
}

const SYMBOLS = new Set(["%", "$", "€", "£", "₼", "₽", "№", "§", "&", "+", "=", "<", ">", "°", "@", "#", "*", "/", "\\", "|", "^", "~"]);
const URL_START = /^(?:https?:\/\/|www\.)/i;
const URL_BODY = /^[^\s<>"]+/;
const EMAIL = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;

interface Prepared {
  dotted: Map<string, string[]>; // first lower-case char -> abbreviations starting with it, longest first
  abbr: Set<string>;
  /** Lower-case forms of surfaces seen so far: most tokens repeat, and casing rules cost a few calls. */
  lowered: Map<string, string>;
}

const LOWERED_LIMIT = 100_000;

function lowerOf(p: Prepared, t: TokenizerTables, s: string): string {
  let l = p.lowered.get(s);
  if (l === undefined) {
    if (p.lowered.size >= LOWERED_LIMIT) p.lowered.clear();
    l = t.lower(s);
    p.lowered.set(s, l);
  }
  return l;
}
const prepared = new WeakMap<TokenizerTables, Prepared>();

function prepare(t: TokenizerTables): Prepared {
  let p = prepared.get(t);
  if (p) return p;
  const dotted = new Map<string, string[]>();
  for (const a of [...t.dottedAbbreviations].sort((x, y) => y.length - x.length)) {
    const k = t.lower(a[0]);
    const l = dotted.get(k) ?? [];
    l.push(t.lower(a));
    dotted.set(k, l);
  }
  p = { dotted, abbr: new Set(t.abbreviations), lowered: new Map() };
  prepared.set(t, p);
  return p;
}

function isWordChar(cls: number): boolean {
  return cls === C_LETTER || cls === C_DIGIT || cls === C_MARK;
}

export function tokenize(doc: Doc, norm: string, t: TokenizerTables): Token[] {
  const p = prepare(t);
  const tokens: Token[] = [];
  const n = norm.length;
  let i = 0;
  let spaceBefore = false, lineBefore = true;
  let nextAt = norm.indexOf("@");
  const push = (s: number, e: number, kind: TokenKind) => {
    const surface = norm.slice(s, e);
    const [os, oe] = doc.offsets ? toOriginal(doc, s, e) : [s, e];
    const lower = lowerOf(p, t, surface);
    tokens.push({ start: os, end: oe, kind, norm: surface, lower, lemma: surface, stem: lower, sent: 0, spaceBefore, lineBefore });
    spaceBefore = false;
    lineBefore = false;
  };
  while (i < n) {
    const code = norm.charCodeAt(i);
    const cls = charClass(code);
    if (cls === C_SPACE) { spaceBefore = true; i++; continue; }
    if (cls === C_NEWLINE) { spaceBefore = true; lineBefore = true; i++; continue; }
    const ch = norm[i];
    // URLs and e-mail addresses
    if ((ch === "h" || ch === "H" || ch === "w" || ch === "W") && URL_START.test(norm.slice(i, i + 8))) {
      const m = URL_BODY.exec(norm.slice(i, i + 2048))!;
      let e = i + m[0].length;
      while (e > i && /[.,;:!?)\]'"]/.test(norm[e - 1])) e--;
      push(i, e, "url"); i = e; continue;
    }
    if (cls === C_LETTER || cls === C_DIGIT) {
      // the next "@" is looked up once and reused until passed (an indexOf per word is quadratic)
      if (nextAt !== -1 && nextAt < i) nextAt = norm.indexOf("@", i);
      const at = nextAt;
      if (at > i && at - i < 64) {
        const m = EMAIL.exec(norm.slice(i, i + 256));
        if (m) { push(i, i + m[0].length, "email"); i += m[0].length; continue; }
      }
    }
    if (cls === C_LETTER) {
      // dotted abbreviations first (b.e.ə., və s.), only where the next char does not continue a word
      const cands = p.dotted.get(lowerOf(p, t, ch));
      if (cands) {
        let hit = "";
        for (const a of cands) {
          // the last character first: it is a dot for most, which rules out plain words at once
          if (i + a.length > n || lowerOf(p, t, norm[i + a.length - 1]) !== a[a.length - 1]) continue;
          if (lowerOf(p, t, norm.slice(i, i + a.length)) === a) {
            const nx = i + a.length < n ? charClass(norm.charCodeAt(i + a.length)) : C_SPACE;
            if (a.endsWith(".") || !isWordChar(nx)) { hit = a; break; }
          }
        }
        if (hit) { push(i, i + hit.length, "abbr"); i += hit.length; continue; }
      }
      let e = i + 1;
      while (e < n) {
        const c = charClass(norm.charCodeAt(e));
        if (isWordChar(c)) { e++; continue; }
        const d = norm[e];
        if ((d === "-" || d === "'") && e + 1 < n && isWordChar(charClass(norm.charCodeAt(e + 1)))) { e += 2; continue; }
        break;
      }
      // initials: one upper-case letter and a dot, then a capitalised name (V.Putin, V. Putin)
      if (e === i + 1 && isUpperChar(ch) && norm[e] === ".") {
        let k = e + 1;
        if (k < n && norm[k] === " ") k++;
        if (k < n && isUpperChar(norm[k]) && charClass(norm.charCodeAt(k)) === C_LETTER) {
          if (k === e + 1) {
            // V.Putin: initial and surname form one token; further initials chain (A.B.Name)
            let f = k + 1;
            while (f < n) {
              const c = charClass(norm.charCodeAt(f));
              if (isWordChar(c)) { f++; continue; }
              if ((norm[f] === "-" || norm[f] === "'") && f + 1 < n && isWordChar(charClass(norm.charCodeAt(f + 1)))) { f += 2; continue; }
              if (norm[f] === "." && f === k + 1 && f + 1 < n && isUpperChar(norm[f + 1])) { k = f + 1; f += 2; continue; }
              break;
            }
            push(i, f, "word"); i = f; continue;
          }
          push(i, e + 1, "initial"); i = e + 1; continue;
        }
      }
      const w = norm.slice(i, e);
      push(i, e, p.abbr.has(w) ? "abbr" : "word");
      i = e;
      continue;
    }
    if (cls === C_DIGIT) {
      let e = i + 1;
      while (e < n) {
        const c = charClass(norm.charCodeAt(e));
        if (c === C_DIGIT) { e++; continue; }
        const d = norm[e];
        // 1,5  1.000.000  09.10.2025  15:00  (a separator between digits)
        if ((d === "," || d === "." || d === ":") && e + 1 < n && charClass(norm.charCodeAt(e + 1)) === C_DIGIT) { e += 2; continue; }
        break;
      }
      // an ending after a hyphen or straight after the digits: 9-da, 1952-ci, 10-a, 2025ci
      if (e < n && norm[e] === "-" && e + 1 < n && charClass(norm.charCodeAt(e + 1)) === C_LETTER) {
        let f = e + 1;
        while (f < n && charClass(norm.charCodeAt(f)) === C_LETTER) f++;
        if (f - e - 1 <= 6) e = f;
      } else if (e < n && charClass(norm.charCodeAt(e)) === C_LETTER) {
        let f = e;
        while (f < n && charClass(norm.charCodeAt(f)) === C_LETTER) f++;
        if (f - e <= 4 && norm[e] === norm[e].toLowerCase()) e = f;
      }
      push(i, e, "number");
      i = e;
      continue;
    }
    // punctuation: runs of dots, and each other character on its own
    if (ch === "." && norm[i + 1] === ".") {
      let e = i;
      while (e < n && norm[e] === ".") e++;
      push(i, e, "punct"); i = e; continue;
    }
    if (cls === C_MARK) { i++; continue; }
    if (code >= 0xd800 && code <= 0xdbff) { push(i, i + 2, "symbol"); i += 2; continue; }
    push(i, i + 1, SYMBOLS.has(ch) || /\p{S}/u.test(ch) ? "symbol" : "punct");
    i++;
  }
  return tokens;
}
