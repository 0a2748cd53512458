/**
 * The builder's type-level operator lists (src/types/conditions.ts) and the runtime operator table
 * (src/model/operators.ts) describe the same operators: every operator the types accept is one the
 * table parses, with the family the types give it, and the reverse. AWS:
 * reference_policies_elements_condition_operators (families, IfExists except Null, set qualifiers).
 */
import fc from 'fast-check';
import { expectTypeOf, describe, expect, it } from 'vitest';
import { BASE_OPERATORS, isOperator, matchesMissingKey, parseOperator, type OperatorFamily } from '../../src/model/operators.js';
import type { BaseOperator, ConditionOperator, FamilyOf } from '../../src/types/conditions.js';

/** Every base operator with the family the types compute for it (checked against the types below). */
const TYPED: { [B in BaseOperator]: FamilyOf<B> } = {
  StringEquals: 'String', StringNotEquals: 'String', StringEqualsIgnoreCase: 'String', StringNotEqualsIgnoreCase: 'String',
  StringLike: 'String', StringNotLike: 'String',
  NumericEquals: 'Numeric', NumericNotEquals: 'Numeric', NumericLessThan: 'Numeric', NumericLessThanEquals: 'Numeric',
  NumericGreaterThan: 'Numeric', NumericGreaterThanEquals: 'Numeric',
  DateEquals: 'Date', DateNotEquals: 'Date', DateLessThan: 'Date', DateLessThanEquals: 'Date', DateGreaterThan: 'Date', DateGreaterThanEquals: 'Date',
  ArnEquals: 'ARN', ArnLike: 'ARN', ArnNotEquals: 'ARN', ArnNotLike: 'ARN',
  IpAddress: 'IPAddress', NotIpAddress: 'IPAddress', Bool: 'Bool', BinaryEquals: 'Binary', Null: 'Null',
};

describe('type-level operator families agree with the runtime table', () => {
  it('the same base operators, with the same families', () => {
    expect(Object.keys(TYPED).sort()).toEqual(Object.keys(BASE_OPERATORS).sort());
    for (const [op, family] of Object.entries(TYPED)) expect(BASE_OPERATORS[op]!.family, op).toBe(family satisfies OperatorFamily);
  });

  it('the types name every family the table has', () => {
    expectTypeOf<FamilyOf<BaseOperator>>().toEqualTypeOf<OperatorFamily>();
  });

  it('every qualifier/IfExists combination the types accept parses, and nothing else (property, fixed seed)', () => {
    const bases = Object.keys(TYPED) as BaseOperator[];
    const operator = fc.tuple(fc.constantFrom('', 'ForAnyValue:', 'ForAllValues:', 'forAnyValue:', 'ForAnyValues:'), fc.constantFrom(...bases, 'StringEqual', 'stringEquals'), fc.constantFrom('', 'IfExists', 'ifExists'));
    fc.assert(
      fc.property(operator, ([q, b, e]) => {
        const name = `${q}${b}${e}`;
        const typed = (q === '' || q === 'ForAnyValue:' || q === 'ForAllValues:') && (bases as string[]).includes(b) && (e === '' || (e === 'IfExists' && b !== 'Null'));
        expect(isOperator(name), name).toBe(typed);
        const p = parseOperator(name);
        expect(p !== undefined, name).toBe(typed);
        if (p !== undefined) {
          expect(p.family).toBe(TYPED[b as BaseOperator]);
          expect(p.ifExists).toBe(e === 'IfExists');
          expect(p.qualifier).toBe(q === '' ? undefined : q.slice(0, -1));
        }
      }),
      { seed: 1313, numRuns: 500 },
    );
  });

  it('a typed operator string is accepted at run time', () => {
    const ops: ConditionOperator[] = ['ForAllValues:StringLikeIfExists', 'NullIfExists' as never, 'Null', 'ForAnyValue:ArnNotLike'];
    expect(ops.map(isOperator)).toEqual([true, false, true, true]);
  });
});

describe('matchesMissingKey: the missing-key table (iam-reference §7)', () => {
  // "If the key that you specify in a policy condition is not present in the request context, the
  // values do not match" for the positive operators; negated operators, ...IfExists and ForAllValues
  // match; Null matches when it asks for a null key; ForAllValues:Null / ForAnyValue:Null are constant
  it.each([
    ['StringEquals', ['x'], false],
    ['StringNotEquals', ['x'], true],
    ['StringEqualsIfExists', ['x'], true],
    ['ForAnyValue:StringEquals', ['x'], false],
    ['ForAnyValue:StringNotEquals', ['x'], false],
    ['ForAllValues:StringEquals', ['x'], true],
    ['ArnNotLike', ['arn:aws:s3:::b'], true],
    ['NotIpAddress', ['203.0.113.0/24'], true],
    ['Bool', ['true'], false],
    ['Null', ['true'], true],
    ['Null', ['false'], false],
    ['ForAllValues:Null', ['false'], true],
    ['ForAnyValue:Null', ['true'], false],
  ] as const)('%s %j -> %s', (operator, values, expected) => {
    expect(matchesMissingKey(parseOperator(operator)!, values)).toBe(expected);
  });
});
