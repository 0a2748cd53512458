/**
 * Scalars as IAM text: the one conversion the builder (condition values) and evaluate (context
 * values, policy values read by string operators) share.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allow, policy } from '../../src/index.js';
import { evaluate } from '../../src/evaluate/index.js';
import { copyDate, decimalText, parseNumber, scalarText } from '../../src/model/values.js';
import { runInNewContext } from 'node:vm';

describe('decimalText', () => {
  // IAM numbers are decimal text: sign, digits, fraction (model/values.ts DECIMAL); JavaScript
  // writes numbers from 1e21 up and below 1e-6 with an exponent, which IAM does not read
  it('writes numbers JavaScript shows with an exponent as plain decimals', () => {
    expect(String(1e21)).toBe('1e+21');
    expect(decimalText(1e21)).toBe('1000000000000000000000');
    expect(decimalText(1.5e22)).toBe('15000000000000000000000');
    expect(decimalText(-1e21)).toBe('-1000000000000000000000');
    expect(decimalText(1e-7)).toBe('0.0000001');
    expect(decimalText(-1.5e-7)).toBe('-0.00000015');
    expect(decimalText(1.2345e-10)).toBe('0.00000000012345');
    expect(decimalText(5e-324)).toBe(`0.${'0'.repeat(323)}5`);
    expect(decimalText(Number.MAX_VALUE)).toHaveLength(309);
  });

  it('leaves every other number as String() writes it', () => {
    for (const n of [0, -0, 42, -7, 3.25, 0.000001, 123456789012345680000]) expect(decimalText(n)).toBe(String(n));
  });

  it('reads back as the same number, for every finite double (fast-check, fixed seed)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = decimalText(n);
        expect(text).not.toContain('e');
        expect(parseNumber(text)).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: 20_000, seed: 3101 },
    );
  });
});

describe('scalarText', () => {
  it('writes booleans, numbers and dates as IAM text', () => {
    expect(scalarText('x')).toBe('x');
    expect(scalarText(false)).toBe('false');
    expect(scalarText(1e21)).toBe('1000000000000000000000');
    expect(scalarText(new Date(Date.UTC(2026, 0, 1)))).toBe('2026-01-01T00:00:00Z');
    expect(scalarText(new Date(Date.UTC(2026, 0, 1, 0, 0, 0, 5)))).toBe('2026-01-01T00:00:00.005Z');
  });

  it('the builder takes a number JavaScript writes with an exponent (it refused 1e21: "1e+21 never matches")', () => {
    const p = policy.identity(allow('s3:ListBucket').on('*').when('NumericLessThan', 's3:max-keys', 1e21).when('NumericGreaterThan', 's3:max-keys', 1e-7));
    expect(p.toJSON().Statement[0]!.Condition).toEqual({
      NumericLessThan: { 's3:max-keys': '1000000000000000000000' },
      NumericGreaterThan: { 's3:max-keys': '0.0000001' },
    });
  });

  it('evaluate reads a number in the request as the builder writes it', () => {
    const p = policy.identity(allow('s3:ListBucket').on('*').when('StringEquals', 'aws:PrincipalTag/limit', '1000000000000000000000'));
    const r = evaluate({ identity: [p] }, { principal: 'arn:aws:iam::111122223333:user/alice', action: 's3:ListBucket', resource: 'arn:aws:s3:::b', context: { 'aws:PrincipalTag/limit': 1e21 } });
    expect(r.decision).toBe('allow');
  });
});

describe('copyDate', () => {
  it('reads a Date of any realm into a new Date of its time, by the intrinsic getTime only', () => {
    const d = new Date(Date.UTC(2026, 0, 1));
    const copy = copyDate(d);
    expect(copy === d).toBe(false);
    expect(copy?.getTime()).toBe(d.getTime());
    expect(copyDate(runInNewContext('new Date(0)'))?.getTime()).toBe(0);
    let asked = 0;
    class Own extends Date {
      override getTime(): number {
        return ++asked;
      }
    }
    expect(copyDate(new Own(5))?.getTime()).toBe(5);
    expect(asked).toBe(0);
    // an invalid date is copied as one (the caller refuses it)
    expect(Number.isNaN(copyDate(new Date(Number.NaN))!.getTime())).toBe(true);
  });

  it('gives undefined for look-alikes and non-objects', () => {
    for (const v of [Object.create(Date.prototype), new Proxy(new Date(), {}), { getTime: () => 0 }, '2026-01-01', 0, null, undefined]) expect(copyDate(v), String(typeof v)).toBeUndefined();
  });
});
