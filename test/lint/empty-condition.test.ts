/**
 * An empty Condition, an operator block with no keys, or a key with an empty list of values is read
 * (IAM takes it): lint reports what Access Analyzer reports, EMPTY_OBJECT_CONDITION or an
 * EMPTY_ARRAY_CONDITION* SUGGESTION, and no error beside it. An operator IAM does not know is still an
 * error when its block is empty.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';

const withCondition = (Condition: unknown) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition }] });
const codes = (doc: unknown) => lint(doc as never).map((f) => [f.code, f.severity, f.path]);

describe('empty condition blocks', () => {
  it('Condition {}: only the suggestion', () => {
    expect(codes(withCondition({}))).toEqual([['EMPTY_OBJECT_CONDITION', 'suggestion', 'Statement[0].Condition']]);
    expect(codes(JSON.stringify(withCondition({})))).toEqual([['EMPTY_OBJECT_CONDITION', 'suggestion', 'Statement[0].Condition']]);
  });

  it('an operator block with no keys: only the suggestion', () => {
    expect(codes(withCondition({ StringEquals: {} }))).toEqual([['EMPTY_OBJECT_CONDITION', 'suggestion', 'Statement[0].Condition.StringEquals']]);
  });

  it('an empty list of values: only the suggestion Access Analyzer gives for its operator', () => {
    // Access Analyzer: EMPTY_ARRAY_CONDITION, _FORALLVALUES, _FORANYVALUE, _IFEXISTS (SUGGESTIONs)
    const key = 'aws:PrincipalOrgPaths';
    expect(codes(withCondition({ StringEquals: { 'aws:PrincipalOrgID': [] } }))).toEqual([['EMPTY_ARRAY_CONDITION', 'suggestion', 'Statement[0].Condition.StringEquals["aws:PrincipalOrgID"]']]);
    expect(codes(JSON.stringify(withCondition({ 'ForAnyValue:StringLike': { [key]: [] } }))).map((c) => c[0])).toEqual(['EMPTY_ARRAY_CONDITION_FORANYVALUE']);
    expect(codes(withCondition({ 'ForAllValues:StringLike': { [key]: [] } })).map((c) => c[0])).toEqual(['EMPTY_ARRAY_CONDITION_FORALLVALUES']);
    expect(codes(withCondition({ StringEqualsIfExists: { 'aws:PrincipalOrgID': [] } })).map((c) => c[0])).toEqual(['EMPTY_ARRAY_CONDITION_IFEXISTS']);
  });

  it('an unknown operator is an error even when its block is empty', () => {
    // Access Analyzer "Invalid condition operator" (ERROR): operators are case-sensitive names IAM knows
    expect(codes(withCondition({ StringEqualz: {} }))).toContainEqual(['INVALID_CONDITION_OPERATOR', 'error', 'Statement[0].Condition.StringEqualz']);
    expect(codes(withCondition({ stringEquals: {}, StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }))).toContainEqual([
      'INVALID_CONDITION_OPERATOR',
      'error',
      'Statement[0].Condition.stringEquals',
    ]);
  });
});
