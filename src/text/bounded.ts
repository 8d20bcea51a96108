// A Map that empties itself when full. Memos of words (analyses, lower-case forms, slugs) are kept
// across documents because words recur; in a long-running process they must not grow without end.
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}
