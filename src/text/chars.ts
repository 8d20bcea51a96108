// Character classes for the Basic Multilingual Plane, each computed once: the tokenizer's hot
// loop reads a table instead of running a regular expression per character.
export const C_OTHER = 0, C_SPACE = 1, C_NEWLINE = 2, C_LETTER = 3, C_DIGIT = 4, C_MARK = 5;

const UNKNOWN = 255;
/** Filled as characters are met: classifying all 65,536 up front cost ~20 ms of every start-up. */
const table = new Uint8Array(0x10000).fill(UNKNOWN);
const letter = /\p{L}/u, digit = /\p{Nd}/u, mark = /\p{M}/u, space = /\s/u;

function classify(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return C_LETTER; // surrogates: keep pairs in words
  if (c === 10) return C_NEWLINE;
  const ch = String.fromCharCode(c);
  if (space.test(ch)) return C_SPACE;
  if (letter.test(ch)) return C_LETTER;
  if (digit.test(ch)) return C_DIGIT;
  if (mark.test(ch)) return C_MARK;
  return C_OTHER;
}

export function charClass(code: number): number {
  const k = table[code];
  return k !== UNKNOWN ? k : (table[code] = classify(code));
}

export function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLowerChar(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
