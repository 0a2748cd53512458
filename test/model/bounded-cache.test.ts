import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/model/bounded-cache.js';

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


  it('remember computes once per key and keeps the result within the bound', () => {
    const cache = new BoundedCache<string, number>(2);
    let calls = 0;
    const len = (k: string) => (calls++, k.length);
    expect(cache.remember('abc', len)).toBe(3);
    expect(cache.remember('abc', len)).toBe(3);
    expect(calls).toBe(1);
    cache.remember('d', len);
    cache.remember('ef', len); // past the limit: starts over
    expect(cache.size).toBe(1);
    expect(calls).toBe(3);
  });
});
