// Tokenizer: one pass over the normalised body. Words keep inner hyphens and apostrophes, numbers
// keep their endings (9-da, 1952-ci), initials stay with the name (V.Putin), abbreviations with
// dots come from the language's table.
import type { Doc, Token, TokenKind } from "./doc.js";
import { charClass, isUpperChar, C_DIGIT, C_LETTER, C_MARK, C_NEWLINE, C_SPACE } from "./chars.js";
import { toOriginal } from "./normalise.js";
import { BoundedMap } from "./bounded.js";

export interface TokenizerTables {
  /** Abbreviations written with dots or spaces, matched case-insensitively (`b.e.ə.`, `və s.`). */
  dottedAbbreviations: string[];
  /** Upper-case abbreviations that are tokens of kind "abbr" (ABŞ, MDB). */
  abbreviations: string[];
  /** Dotted abbreviations that often close a sentence (`və s.`): a capital after them starts a new one. */
  sentenceFinal: string[];
  /** Top-level domains of web addresses written without a scheme (`Report.az`): the token is a "url". */
  webDomains?: string[];
  /** Lower-casing with the language's rules (Azerbaijani: I -> ı, İ -> i). */
  lower(s: string): string;
}

const HYPHEN = 45, APOSTROPHE = 39, DOT = 46, SPACE = 32, COMMA = 44, COLON = 58;
const SYMBOLS = new Set(["%", "$", "€", "£", "₼", "₽", "№", "§", "&", "+", "=", "<", ">", "°", "@", "#", "*", "/", "\\", "|", "^", "~"]);
const URL_START = /^(?:https?:\/\/|www\.)/i;
const URL_BODY = /^[^\s<>"]+/;
/** Per UTF-16 unit, filled as met: 2 when a lone character is a symbol (%, ₼, ©), 1 when punctuation. */
const symbolUnits = new Uint8Array(0x10000);

function isSymbol(code: number, ch: string): boolean {
  let k = symbolUnits[code];
  if (k === 0) k = symbolUnits[code] = SYMBOLS.has(ch) || /\p{S}/u.test(ch) ? 2 : 1;
  return k === 2;
}
const PAIRED_SYMBOL = /^(?:\p{S}|\p{Extended_Pictographic})$/u;
const EMAIL = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;

interface Prepared {
  dotted: Map<string, string[]>; // first lower-case char -> abbreviations starting with it, longest first
  domains: Set<string>;
  abbr: Set<string>;
  /** Lower-case forms of surfaces seen so far: most tokens repeat, and casing rules cost a few calls. */
  lowered: BoundedMap<string, string>;
  /** Per UTF-16 unit, filled as met: 1 when lowering leaves it as it is, 2 when it changes it. */
  caseless: Uint8Array;
}

const LOWERED_LIMIT = 100_000;

/** Whether lowering leaves `s` as it is: true for most tokens, which then need no look-up at all. */
function staysLower(p: Prepared, t: TokenizerTables, s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let k = p.caseless[c];
    if (k === 0) {
      const ch = String.fromCharCode(c);
      k = p.caseless[c] = c < 0xd800 || c > 0xdfff ? (t.lower(ch) === ch ? 1 : 2) : 2;
    }
    if (k === 2) return false;
  }
  return true;
}

function lowerOf(p: Prepared, t: TokenizerTables, s: string): string {
  if (staysLower(p, t, s)) return s;
  let l = p.lowered.get(s);
  if (l === undefined) p.lowered.set(s, (l = t.lower(s)));
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
  p = { dotted, domains: new Set(t.webDomains ?? []), abbr: new Set(t.abbreviations), lowered: new BoundedMap(LOWERED_LIMIT), caseless: new Uint8Array(0x10000) };
  prepared.set(t, p);
  return p;
}

function isWordChar(cls: number): boolean {
  return cls === C_LETTER || cls === C_DIGIT || cls === C_MARK;
}

/**
 * The end of `.tld` right after a word (`Report.az`), when one of `domains` follows and ends there,
 * with a case ending written after a hyphen (`Report.az-a`); else -1.
 */
function domainEnd(norm: string, e: number, domains: Set<string>): number {
  if (norm.charCodeAt(e) !== DOT) return -1;
  const letters = (from: number) => {
    let f = from;
    while (f < norm.length && charClass(norm.charCodeAt(f)) === C_LETTER) f++;
    return f;
  };
  const f = letters(e + 1);
  // (a domain written with capitals is the same address: `Day.Az`, `Oxu.Az`)
  if (f === e + 1 || f - e > 7 || !domains.has(norm.slice(e + 1, f).toLowerCase())) return -1;
  if (norm.charCodeAt(f) === HYPHEN) {
    const g = letters(f + 1);
    if (g > f + 1 && g - f <= 6 && !isWordChar(charClass(norm.charCodeAt(g)))) return g;
  }
  return f < norm.length && isWordChar(charClass(norm.charCodeAt(f))) ? -1 : f;
}

const PLUS = 43;

/**
 * The end of a name in capitals with a plus written onto it (`OPEC+`, `LGBT+`), with a case ending after a
 * hyphen (`OPEC+-ın`): the plus is part of the name, not an operator; else `e` as it is.
 */
function plusEnd(norm: string, s: number, e: number): number {
  if (norm.charCodeAt(e) !== PLUS || e - s < 2 || !isUpperChar(norm.charAt(s)) || !isUpperChar(norm.charAt(e - 1))) return e;
  let f = e;
  while (f < norm.length && norm.charCodeAt(f) === PLUS) f++;
  if (f < norm.length && norm.charCodeAt(f) === HYPHEN && f + 1 < norm.length && charClass(norm.charCodeAt(f + 1)) === C_LETTER) {
    let g = f + 1;
    while (g < norm.length && charClass(norm.charCodeAt(g)) === C_LETTER) g++;
    if (g - f <= 6 && !isWordChar(charClass(norm.charCodeAt(g)))) return g;
  }
  return f < norm.length && isWordChar(charClass(norm.charCodeAt(f))) ? e : f;
}

export function tokenize(doc: Doc, norm: string, t: TokenizerTables): Token[] {
  const p = prepare(t);
  const tokens: Token[] = [];
  const n = norm.length;
  let i = 0;
  let spaceBefore = false, lineBefore = true;
  let nextAt = norm.indexOf("@");
  const mapped = doc.offsets !== undefined;
  const push = (s: number, e: number, kind: TokenKind, surface = norm.slice(s, e)) => {
    let os = s, oe = e;
    if (mapped) [os, oe] = toOriginal(doc, s, e); // only bodies whose normalisation changed lengths
    const lower = lowerOf(p, t, surface);
    // every field up front (analysis too, filled by morphology): all tokens keep one hidden class, so the stages'
    // reads of them stay monomorphic
    tokens.push({ start: os, end: oe, kind, norm: surface, lower, lemma: surface, stem: lower, sent: 0, spaceBefore, lineBefore, analysis: undefined });
    spaceBefore = false;
    lineBefore = false;
  };
  while (i < n) {
    const code = norm.charCodeAt(i);
    const cls = charClass(code);
    if (cls === C_SPACE) { spaceBefore = true; i++; continue; }
    if (cls === C_NEWLINE) { spaceBefore = true; lineBefore = true; i++; continue; }
    // a pictograph outside the BMP (📌, 🌐) is a symbol; other surrogate pairs are letters of words
    if (code >= 0xd800 && code <= 0xdbff && PAIRED_SYMBOL.test(norm.slice(i, i + 2))) { push(i, i + 2, "symbol"); i += 2; continue; }
    // a string index (norm[i]) would tie the optimised loop to one string representation
    const ch = norm.charAt(i);
    // URLs and e-mail addresses
    if ((code === 104 || code === 72 || code === 119 || code === 87) /* h H w W */ && URL_START.test(norm.slice(i, i + 8))) {
      const m = URL_BODY.exec(norm.slice(i, i + 2048))!;
      let e = i + m[0].length;
      while (e > i && /[.,;:!?)\]'"]/.test(norm.charAt(e - 1))) e--;
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
          if (i + a.length > n || lowerOf(p, t, norm.charAt(i + a.length - 1)) !== a[a.length - 1]) continue;
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
        const d = norm.charCodeAt(e);
        if ((d === HYPHEN || d === APOSTROPHE) && e + 1 < n && isWordChar(charClass(norm.charCodeAt(e + 1)))) { e += 2; continue; }
        break;
      }
      // initials: one upper-case letter and a dot, then a capitalised name (V.Putin, V. Putin)
      if (e === i + 1 && isUpperChar(ch) && norm.charCodeAt(e) === DOT) {
        let k = e + 1;
        if (k < n && norm.charCodeAt(k) === SPACE) k++;
        if (k < n && isUpperChar(norm.charAt(k)) && charClass(norm.charCodeAt(k)) === C_LETTER) {
          if (k === e + 1) {
            // V.Putin: initial and surname form one token; further initials chain (A.B.Name)
            let f = k + 1;
            while (f < n) {
              const c = charClass(norm.charCodeAt(f));
              if (isWordChar(c)) { f++; continue; }
              const d = norm.charCodeAt(f);
              if ((d === HYPHEN || d === APOSTROPHE) && f + 1 < n && isWordChar(charClass(norm.charCodeAt(f + 1)))) { f += 2; continue; }
              if (d === DOT && f === k + 1 && f + 1 < n && isUpperChar(norm.charAt(f + 1))) { k = f + 1; f += 2; continue; }
              break;
            }
            push(i, f, "word"); i = f; continue;
          }
          push(i, e + 1, "initial"); i = e + 1; continue;
        }
      }
      const site = p.domains.size ? domainEnd(norm, e, p.domains) : -1;
      if (site > 0) { push(i, site, "url"); i = site; continue; }
      e = plusEnd(norm, i, e);
      const w = norm.slice(i, e);
      push(i, e, p.abbr.has(w) ? "abbr" : "word", w);
      i = e;
      continue;
    }
    if (cls === C_DIGIT) {
      let e = i + 1;
      while (e < n) {
        const c = charClass(norm.charCodeAt(e));
        if (c === C_DIGIT) { e++; continue; }
        const d = norm.charCodeAt(e);
        // 1,5  1.000.000  09.10.2025  15:00  (a separator between digits)
        if ((d === COMMA || d === DOT || d === COLON) && e + 1 < n && charClass(norm.charCodeAt(e + 1)) === C_DIGIT) { e += 2; continue; }
        break;
      }
      // an ending after a hyphen or straight after the digits: 9-da, 1952-ci, 10-a, 2025ci
      if (e < n && norm.charCodeAt(e) === HYPHEN && e + 1 < n && charClass(norm.charCodeAt(e + 1)) === C_LETTER) {
        let f = e + 1;
        while (f < n && charClass(norm.charCodeAt(f)) === C_LETTER) f++;
        if (f - e - 1 <= 6) e = f;
      } else if (e < n && charClass(norm.charCodeAt(e)) === C_LETTER) {
        let f = e;
        while (f < n && charClass(norm.charCodeAt(f)) === C_LETTER) f++;
        if (f - e <= 4 && norm.charAt(e) === norm.charAt(e).toLowerCase()) e = f;
      }
      push(i, e, "number");
      i = e;
      continue;
    }
    // punctuation: runs of dots, and each other character on its own
    if (code === DOT && i + 1 < n && norm.charCodeAt(i + 1) === DOT) {
      let e = i;
      while (e < n && norm.charCodeAt(e) === DOT) e++;
      push(i, e, "punct"); i = e; continue;
    }
    if (cls === C_MARK) { i++; continue; }
    push(i, i + 1, isSymbol(code, ch) ? "symbol" : "punct", ch);
    i++;
  }
  return tokens;
}
