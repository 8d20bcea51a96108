// Character classes for the whole Basic Multilingual Plane, computed once: the tokenizer's hot
// loop reads a table instead of running a regular expression per character.
export const C_OTHER = 0, C_SPACE = 1, C_NEWLINE = 2, C_LETTER = 3, C_DIGIT = 4, C_MARK = 5;

const table = new Uint8Array(0x10000);
(() => {
  const letter = /\p{L}/u, digit = /\p{Nd}/u, mark = /\p{M}/u, space = /\s/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) { table[c] = C_LETTER; continue; } // surrogates: keep pairs in words
    const ch = String.fromCharCode(c);
    if (c === 10) table[c] = C_NEWLINE;
    else if (space.test(ch)) table[c] = C_SPACE;
    else if (letter.test(ch)) table[c] = C_LETTER;
    else if (digit.test(ch)) table[c] = C_DIGIT;
    else if (mark.test(ch)) table[c] = C_MARK;
  }
})();

export function charClass(code: number): number {
  return table[code];
}

export function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
