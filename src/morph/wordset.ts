// A read-only set of words kept as one "\n"-separated string plus an open-addressing hash table of
// line numbers: loading is one read and one scan (no 170k-string Set), and a look-up of a word, or
// of a stem and a suffix together, hashes the characters in place without building a string.
export class WordSet {
  private readonly text: string;
  /** starts[i]: offset of line i; starts[size]: one past the last newline. */
  private readonly starts: Uint32Array;
  /** Line number + 1 in each slot, 0 when empty; the size is a power of two. */
  private readonly slots: Uint32Array;
  private readonly mask: number;

  /** `text`: one word per line (a trailing newline is allowed). */
  constructor(text: string) {
    this.text = text.endsWith("\n") ? text : text + "\n";
    let n = 0;
    for (let i = this.text.indexOf("\n"); i >= 0; i = this.text.indexOf("\n", i + 1)) n++;
    const starts = new Uint32Array(n + 1);
    let k = 1;
    for (let i = this.text.indexOf("\n"); i >= 0 && k <= n; i = this.text.indexOf("\n", i + 1)) starts[k++] = i + 1;
    this.starts = starts;
    let size = 1;
    while (size < n * 2) size <<= 1;
    this.slots = new Uint32Array(size);
    this.mask = size - 1;
    for (let line = 0; line < n; line++) {
      const s = starts[line];
      const h = extend(OFFSET, this.text, s, starts[line + 1] - 1);
      let slot = h & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = line + 1;
    }
  }

  get size(): number {
    return this.starts.length - 1;
  }

  has(word: string): boolean {
    return this.hasJoined(word, "");
  }

  /** Whether `stem + suffix` is in the set. */
  hasJoined(stem: string, suffix: string): boolean {
    const h = extend(extend(OFFSET, stem, 0, stem.length), suffix, 0, suffix.length);
    const len = stem.length + suffix.length;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const line = this.slots[slot];
      if (line === 0) return false;
      const s = this.starts[line - 1];
      if (this.starts[line] - 1 - s === len && this.equalAt(s, stem, suffix)) return true;
    }
  }

  private equalAt(s: number, stem: string, suffix: string): boolean {
    const t = this.text;
    for (let j = 0; j < stem.length; j++) if (t.charCodeAt(s + j) !== stem.charCodeAt(j)) return false;
    const o = s + stem.length;
    for (let j = 0; j < suffix.length; j++) if (t.charCodeAt(o + j) !== suffix.charCodeAt(j)) return false;
    return true;
  }
}

const OFFSET = 0x811c9dc5;

/** FNV-1a over the UTF-16 code units s[from, to), continuing from hash `h`. */
function extend(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
