import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/internal/bounded-cache.js';

describe('BoundedCache (the one cache helper)', () => {
  it('never holds more than its limit, however many distinct keys arrive', () => {
    const cache = new BoundedCache<string, number>(100);
    for (let i = 0; i < 10_000; i++) {
      cache.set(`key-${i}`, i);
      expect(cache.size).toBeLessThanOrEqual(100);
    }
    expect(cache.get('key-9999')).toBe(9999);
  });

  it('keeps its entries when a present key is set again at the limit', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1).set('b', 2).set('b', 3);
    expect([cache.get('a'), cache.get('b'), cache.size]).toEqual([1, 3, 2]);
  });

});
