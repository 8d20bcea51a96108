// A small LRU of answers to repeated reads (the same search asked by many people), emptied whenever
// the store's contents change. Only for stores that can say cheaply when that happens.
import type { Store } from "../store/types.js";

type Versioned = Required<Pick<Store, "changeVersion">>;

function isVersioned(store: Store): store is Store & Versioned {
  return typeof store.changeVersion === "function";
}

export class AnswerCache<T> {
  private entries = new Map<string, T>();
  private version: unknown;
  hits = 0;
  misses = 0;

  private constructor(private readonly store: Store & Versioned, private readonly size: number) {}

  /** A cache over `store`, or undefined when the store cannot tell when to empty it. */
  static over<T>(store: Store, size: number): AnswerCache<T> | undefined {
    return isVersioned(store) && size > 0 ? new AnswerCache<T>(store, size) : undefined;
  }

  /** The cached answer for `key`, else `compute()`'s (stored unless the contents changed meanwhile). */
  async get(key: string, compute: () => Promise<T>): Promise<{ value: T; hit: boolean }> {
    const before = this.store.changeVersion();
    if (before !== this.version) {
      this.entries.clear();
      this.version = before;
    }
    const got = this.entries.get(key);
    if (got !== undefined) {
      // most recently used last: Map keeps insertion order
      this.entries.delete(key);
      this.entries.set(key, got);
      this.hits++;
      return { value: got, hit: true };
    }
    this.misses++;
    const value = await compute();
    if (this.store.changeVersion() === before) {
      this.entries.set(key, value);
      if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
    }
    return { value, hit: false };
  }
}
