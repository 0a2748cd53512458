import { describe, expect, it } from 'vitest';
import { badOptionValue, FLAG, unknownOptions, wholeFrom } from '../../src/internal/option-values.js';

describe('badOptionValue', () => {
  const checks = { merge: FLAG, count: [wholeFrom(1), 'a whole number, 1 or more'] as const };

  it('names the first option, in the order of the checks, whose value its check refuses', () => {
    expect(badOptionValue({ count: 0, merge: 'no' }, checks)).toEqual({ name: 'merge', value: 'no', expected: 'true or false' });
    expect(badOptionValue({ count: 0 }, checks)).toEqual({ name: 'count', value: 0, expected: 'a whole number, 1 or more' });
  });

  it('takes absent options, options set to undefined and options it has no check for', () => {
    expect(badOptionValue({}, checks)).toBeUndefined();
    expect(badOptionValue({ merge: undefined, other: 'x' }, checks)).toBeUndefined();
    expect(badOptionValue({ merge: false, count: 3 }, checks)).toBeUndefined();
  });

  it('wholeFrom takes safe integers only: NaN, Infinity, fractions and numeric text are none', () => {
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, 1.5, '2', 2n, null]) expect(wholeFrom(0)(v), String(v)).toBe(false);
    expect(wholeFrom(0)(0)).toBe(true);
    expect(wholeFrom(1)(0)).toBe(false);
  });
});

describe('unknownOptions', () => {
  it('lists the own keys that name no known option (inherited keys are none)', () => {
    expect(unknownOptions({ mrege: false, merge: true, suppressions: [] }, ['merge', 'suppressions'])).toEqual(['mrege']);
    expect(unknownOptions(Object.create({ inherited: 1 }), ['merge'])).toEqual([]);
  });
});
