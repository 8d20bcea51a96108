// A read-only set of words kept as one sorted "\n"-separated string: loading is one read plus one
// scan for line starts (no 170k-string Set), and a lookup is a binary search without allocation.
export class SortedWordList {
  private readonly text: string;
  private readonly starts: Uint32Array;

  /** `text`: words sorted by UTF-16 code unit, one per line (a trailing newline is allowed). */
  constructor(text: string) {
    this.text = text.endsWith("\n") ? text : text + "\n";
    let n = 0;
    for (let i = this.text.indexOf("\n"); i >= 0; i = this.text.indexOf("\n", i + 1)) n++;
    const starts = new Uint32Array(n + 1);
    let k = 1;
    for (let i = this.text.indexOf("\n"); i >= 0 && k <= n; i = this.text.indexOf("\n", i + 1)) starts[k++] = i + 1;
    this.starts = starts;
  }

  get size(): number {
    return this.starts.length - 1;
  }

  has(word: string): boolean {
    let lo = 0;
    let hi = this.starts.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compareAt(mid, word);
      if (c === 0) return true;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** Sign of (line i) - word in code-unit order. */
  private compareAt(i: number, word: string): number {
    const s = this.starts[i];
    const len = this.starts[i + 1] - 1 - s;
    const t = this.text;
    const n = len < word.length ? len : word.length;
    for (let j = 0; j < n; j++) {
      const d = t.charCodeAt(s + j) - word.charCodeAt(j);
      if (d !== 0) return d;
    }
    return len - word.length;
  }
}
