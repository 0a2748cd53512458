/** The model's value checks of statements given as data (used by checkPolicy in typed-iam/catalog). */
import { describe, expect, it } from 'vitest';
import { arnProblem } from '../../src/model/arn.js';
import { operatorFamily } from '../../src/model/operators.js';
import { conditionValueProblem, statementValueIssues } from '../../src/model/value-checks.js';
import type { Statement } from '../../src/model/policy-document.js';

describe('statementValueIssues', () => {
  const data = (extra: object): Statement => ({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'], ...extra }) as Statement;

  it('lists every Resource entry that is not an ARN and every condition value its family cannot read, with paths', () => {
    const issues = statementValueIssues(
      data({ Resource: ['arn:aws:s3:::ok/*', 'my-bucket/*'], Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', 'not-an-ip'] }, Bool: { 'aws:SecureTransport': ['maybe'] } } }),
      'Statement[1]',
    );
    expect(issues.map((i) => [i.path, i.code, i.value])).toEqual([
      ['Statement[1].Resource[1]', 'INVALID_RESOURCE', 'my-bucket/*'],
      ['Statement[1].Condition.IpAddress["aws:SourceIp"][1]', 'INVALID_CONDITION_VALUE', 'not-an-ip'],
      ['Statement[1].Condition.Bool["aws:SecureTransport"]', 'INVALID_CONDITION_VALUE', 'maybe'],
    ]);
    expect(issues[1]).toMatchObject({ operator: 'IpAddress', key: 'aws:SourceIp', message: conditionValueProblem('IpAddress', 'not-an-ip') });
  });

  it('near misses pass; single values and strings (plain JavaScript) are read; odd shapes are left to the grammar', () => {
    expect(statementValueIssues(data({ Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': [3600] }, DateLessThan: { 'aws:CurrentTime': '2026-01-31' } } }), 'S')).toEqual([]);
    expect(statementValueIssues(data({ Resource: 'nope' }), 'S').map((i) => i.path)).toEqual(['S.Resource[0]']);
    expect(statementValueIssues(data({ Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': 'soon' } } }), 'S')).toHaveLength(1);
    expect(statementValueIssues(data({ Condition: 'x', Resource: [''] }), 'S')).toEqual([]);
    expect(statementValueIssues(data({ Condition: { NoSuchOperator: { k: 'v' }, Null: null } }), 'S')).toEqual([]);
  });
});

describe('operatorFamily and arnProblem', () => {
  it('reads the family off the operator name, with qualifiers and IfExists (iam-reference §2)', () => {
    expect(operatorFamily('ForAnyValue:IpAddressIfExists')).toBe('IPAddress');
    expect(operatorFamily('NotIpAddress')).toBe('IPAddress');
    expect(operatorFamily('ArnNotLike')).toBe('ARN');
    expect(operatorFamily('BoolIfExists')).toBe('Bool');
    expect(operatorFamily('BinaryEquals')).toBe('Binary');
    expect(operatorFamily('Null')).toBe('Null');
    expect(operatorFamily('NullIfExists')).toBeUndefined();
    expect(operatorFamily('stringEquals')).toBeUndefined();
  });

  // reference_policies_elements_resource: an ARN or "*"; a short ARN ending in * is padded (iam-reference §4)
  it('takes "*", ARNs (variables and wildcards allowed) and short ARNs ending in *', () => {
    for (const ok of ['*', '*:*', 'arn:aws:s3:::b', 'arn:aws:s3:*', 'arn:aws:iam::${aws:PrincipalAccount}:role/x', '${aws:SourceArn}']) expect(arnProblem(ok), ok).toBeUndefined();
    expect(arnProblem('my-bucket')).toBe('prefix');
    expect(arnProblem('')).toBe('prefix');
    expect(arnProblem('arn:aws:s3')).toBe('fields');
    expect(arnProblem('arn:aws:iam::${aws:a:b}')).toBe('fields'); // colons inside a variable do not count
  });
});
