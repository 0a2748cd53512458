/** The model's readings the builder's value checks use: operator families and ARN shape. */
import { describe, expect, it } from 'vitest';
import { arnProblem } from '../../src/model/arn.js';
import { operatorFamily } from '../../src/model/operators.js';

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
