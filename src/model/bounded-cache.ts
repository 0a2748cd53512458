/**
 * The one cache of typed-iam: a Map that empties itself when it would grow past `limit` entries.
 * Every module-level cache keyed by strings or numbers uses it (caches keyed by an object are
 * WeakMaps, whose entries go with their key), so a long-running process fed arbitrary policies
 * keeps a bounded footprint. Clearing (rather than LRU bookkeeping) keeps hits at one Map lookup;
 * callers cache only what they can recompute. It lives in model/, which imports nothing of ours,
 * so that the model's own cache (parsed operators) uses it too.
 */
export class BoundedCache<K, V> extends Map<K, V> {
  readonly #limit: number;

  constructor(limit: number) {
    super();
    this.#limit = limit;
  }

  override set(key: K, value: V): this {
    if (this.size >= this.#limit && !this.has(key)) this.clear();
    return super.set(key, value);
  }

  /** The cached value of `key`, computed by `compute(key)` and kept on a miss. */
  remember(key: K, compute: (key: K) => V): V {
    let v = this.get(key);
    if (v === undefined) this.set(key, (v = compute(key)));
    return v;
  }
}
