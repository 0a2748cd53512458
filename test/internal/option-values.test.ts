import { describe, expect, it } from 'vitest';
import { badOptionValue, FLAG, readOptionRecords, readOptionValues, unknownOptions, wholeFrom } from '../../src/internal/option-values.js';

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

describe('readOptionValues', () => {
  it('refuses names that are no option before reading any value', () => {
    let reads = 0;
    const options = {
      mrege: true,
      get merge() {
        return ++reads;
      },
    };
    expect(readOptionValues(options, ['merge'])).toEqual({ unknown: ['mrege'] });
    expect(reads).toBe(0);
  });

  it('reads each known option once (own or inherited, as destructuring does), and the objects named as records one level down', () => {
    const reads: Record<string, number> = {};
    const once = (name: string, value: unknown) => () => ((reads[name] = (reads[name] ?? 0) + 1) === 1 ? value : 'changed');
    const kind = once('kind', 'scp');
    const team = once('team', 'warning');
    const rules = {
      get team() {
        return team();
      },
    };
    const options = Object.create({ inherited: 'x' }, { kind: { get: kind, enumerable: true } }) as object;
    Object.assign(options, { rules, absent: undefined });
    const read = readOptionRecords(options, ['kind', 'rules', 'inherited', 'absent'], ['rules']);
    if (!('options' in read)) throw new Error('expected options');
    expect(read.options).toEqual({ kind: 'scp', rules: { team: 'warning' }, inherited: 'x' });
    expect(read.options['rules'] === rules).toBe(false);
    expect([read.options['kind'], (read.options['rules'] as { team: string }).team]).toEqual(['scp', 'warning']);
    expect(reads).toEqual({ kind: 1, team: 1 });
    // a record option that is no record is kept as given, for the layer's check to refuse
    expect(readOptionRecords({ rules: 'loud' }, ['rules'], ['rules'])).toEqual({ options: { rules: 'loud' } });
  });
});
