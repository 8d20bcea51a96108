// Root plausibility from a list of real words: how many of the bare root and the root spelt with
// each probe suffix (by harmony and by its last letter) occur in the list. Counts are memoised per
// root, since the same candidate roots come up in many words.
import type { AttestedWords, RootClass } from "./tables.js";
import type { Variant } from "./compile.js";
import { WordSet } from "./wordset.js";
import { BoundedMap } from "../text/bounded.js";

const MEMO_LIMIT = 100_000;

export class Attestation {
  private words: WordSet | null = null;
  /** probes[cls][harmony * 2 + (root ends in a vowel ? 1 : 0)]: suffix spellings to try. */
  private readonly probes: Record<RootClass, string[][]>;
  private readonly memo: Record<RootClass, Map<string, number>> = { N: new BoundedMap(MEMO_LIMIT), V: new BoundedMap(MEMO_LIMIT) };
  /** The highest score a root can get here (lets the search skip look-ups that cannot matter). */
  readonly maxScore: number;

  constructor(
    private readonly def: AttestedWords,
    variantsOf: (id: string) => Variant[],
    private readonly vowelClass: Map<string, number>,
  ) {
    const spell = (ids: string[]) => {
      const out: string[][] = [];
      for (let slot = 0; slot < 8; slot++) {
        const harmony = slot >> 1;
        const vowelFinal = (slot & 1) === 1;
        const list: string[] = [];
        for (const id of ids) {
          const v = variantsOf(id).find((x) =>
            (x.classes & (1 << harmony)) !== 0 && (x.prev === 0 || (x.prev === 1) === vowelFinal));
          if (v) list.push(v.surface);
        }
        out.push(list);
      }
      return out;
    };
    this.probes = { N: spell(def.probes.N), V: spell(def.probes.V) };
    this.maxScore = Math.max(0, ...def.weights.N, ...def.weights.V);
  }

  /** Score of `root` read as class `cls`. */
  score(root: string, cls: RootClass): number {
    const memo = this.memo[cls];
    let hits = memo.get(root);
    if (hits === undefined) memo.set(root, (hits = this.count(root, cls)));
    return this.def.weights[cls][hits] ?? 0;
  }

  private count(root: string, cls: RootClass): number {
    const words = (this.words ??= new WordSet(this.def.load()));
    let harmony = -1;
    for (let i = root.length - 1; i >= 0 && harmony < 0; i--) harmony = this.vowelClass.get(root[i]) ?? -1;
    if (harmony < 0) return 0;
    const vowelFinal = this.vowelClass.has(root[root.length - 1]);
    let hits = words.has(root) ? 1 : 0;
    for (const sfx of this.probes[cls][harmony * 2 + (vowelFinal ? 1 : 0)]) if (words.hasJoined(root, sfx)) hits++;
    return hits;
  }
}
