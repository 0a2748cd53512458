/**
 * Appends to `out` the values of `add` it does not hold yet, in first-seen order; returns `out`.
 * The de-duplication of the builder's element lists (emit's canonical form keeps its own `Set`:
 * it reads frozen lists, see docs/architecture.md, Build speed).
 */
export function appendNew<T>(out: T[], add: readonly T[]): T[] {
  // a scan while short, a Set beyond (10^5 values stay linear): a Set for every list cost 16-18% more build + emit (bench/build-emit.ts)
  if (out.length + add.length <= SCAN) {
    for (const v of add) if (!out.includes(v)) out.push(v);
    return out;
  }
  const seen = new Set(out);
  for (const v of add) {
    if (seen.has(v)) continue;
    seen.add(v);
    out.push(v);
  }
  return out;
}

/** Lists up to this length are de-duplicated by a scan: at most SCAN² / 2 comparisons. */
const SCAN = 32;
