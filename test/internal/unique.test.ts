import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appendNew } from '../../src/internal/unique.js';

/** The reference: a Set keeps first-seen order and drops repeats. */
const reference = (old: readonly string[], add: readonly string[]) => [...new Set([...new Set(old), ...add])];

describe('appendNew', () => {
  it('appends the values not held yet, in first-seen order, and returns the list it was given', () => {
    const out = ['a', 'b'];
    expect(appendNew(out, ['b', 'c', 'a', 'c', 'd'])).toBe(out);
    expect(out).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives the same list on both sides of its scan limit (short lists scanned, long ones through a Set)', () => {
    // lengths from 0 to 200 cross the limit of 32 from both sides; values from a small alphabet repeat
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 2 }), { maxLength: 60 }), fc.array(fc.string({ maxLength: 2 }), { maxLength: 200 }), (old, add) => {
        expect(appendNew([...old], add)).toEqual(reference(old, add));
      }),
      { seed: 17, numRuns: 400 },
    );
  });

  it('is linear: 200,000 values, half of them repeats, in one call', () => {
    // a scan of every value against every other would take about 10^10 comparisons here
    const add = Array.from({ length: 200_000 }, (_, i) => `v${i % 100_000}`);
    const out = appendNew([], add);
    expect(out).toHaveLength(100_000);
    expect(out[99_999]).toBe('v99999');
  });
});
