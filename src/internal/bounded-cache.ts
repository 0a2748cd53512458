/**
 * The one cache of typed-iam: a Map that empties itself when it would grow past `limit` entries.
 * Every module-level cache uses it, so a long-running process fed arbitrary policies keeps a
 * bounded footprint. Clearing (rather than LRU bookkeeping) keeps hits at one Map lookup; callers
 * cache only what they can recompute.
 */
export class BoundedCache<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}

/**
 * A string test that remembers the strings that passed (up to 4,096, then starts over): programs
 * pass the same actions, operators and condition keys again and again.
 */
export function remembering(test: (s: string) => boolean): (s: string) => boolean {
  const passed = new BoundedCache<string, true>(4096);
  return (s) => passed.has(s) || (test(s) && (passed.set(s, true), true));
}
