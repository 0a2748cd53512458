/**
 * INVALID_PRINCIPAL_FORMAT (IAM policy validation check reference, "Invalid principal format"): the values of
 * `Principal.AWS` and `Principal.CanonicalUser` in a form IAM accepts (IAM User Guide, "AWS JSON policy elements:
 * Principal"). The rule reads the model's principal forms (model/principals.ts), the ones the builder's helpers use.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';
import type { PolicyKind } from '../../src/model/policy-document.js';

const CODE = 'INVALID_PRINCIPAL_FORMAT';
const findings = (principal: Record<string, unknown>, kind: PolicyKind = 'resource', element = 'Principal') =>
  lint(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: kind === 'trust' ? 'Allow' : 'Deny', [element]: principal, Action: kind === 'trust' ? 'sts:AssumeRole' : 's3:GetObject', ...(kind === 'trust' ? {} : { Resource: 'arn:aws:s3:::b/*' }) }] }), { kind });
const codes = (principal: Record<string, unknown>, kind?: PolicyKind, element?: string) => findings(principal, kind, element).map((f) => f.code);

describe('INVALID_PRINCIPAL_FORMAT', () => {
  // the Principal element page's forms: "*", an account (id or :root ARN), IAM users and roles (with paths), role
  // sessions (sts assumed-role), federated user sessions, unique ids (IAM stores a deleted principal's id), and
  // CloudFront origin access identities; in any partition
  it.each([
    '*',
    '111122223333',
    'arn:aws:iam::111122223333:root',
    'arn:aws:iam::111122223333:user/division/team/Alice',
    'arn:aws:iam::111122223333:role/service-role/Deployer',
    'arn:aws:sts::111122223333:assumed-role/Deployer/session-1',
    'arn:aws:sts::111122223333:federated-user/Bob',
    'arn:aws-cn:iam::111122223333:root',
    'arn:aws-us-gov:iam::111122223333:role/Admin',
    'AROAEXAMPLEID1234567',
    'arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2EXAMPLE',
  ])('accepts AWS %s', (v) => {
    expect(codes({ AWS: v })).not.toContain(CODE);
    expect(codes({ AWS: [v] }, 'trust')).not.toContain(CODE);
  });

  // "You cannot identify a user group as a principal"; an IAM or STS ARN has an empty Region field; an account id is 12 digits
  it.each([
    ['Admin', ''],
    ['arn:aws:iam::111122223333:group/Dev', 'An IAM group is not a principal'],
    ['arn:aws:iam:us-east-1:111122223333:role/Admin', 'empty Region field'],
    ['11112222333', ''],
    ['arn:aws:iam::111122223333:root ', ''],
    ['arn:aws:s3:::bucket', ''],
    ['arn:aws:iam::111122223333:policy/ReadOnly', ''],
  ])('refuses AWS %j', (v, hint) => {
    const found = findings({ AWS: ['arn:aws:iam::111122223333:root', v] }).filter((f) => f.code === CODE);
    expect(found.map((f) => [f.path, f.severity])).toEqual([['Statement[0].Principal.AWS[1]', 'error']]);
    expect(found[0]!.message).toContain(hint);
  });

  it('reads NotPrincipal too, and trust and VPC endpoint policies', () => {
    expect(codes({ AWS: 'root' }, 'resource', 'NotPrincipal')).toContain(CODE);
    expect(codes({ AWS: 'root' }, 'trust')).toContain(CODE);
    expect(codes({ AWS: 'root' }, 'endpoint')).toContain(CODE);
  });

  // S3 canonical user ids are 64 hexadecimal digits (Amazon S3 User Guide, "Find the canonical user ID"); compared
  // ignoring case, as evaluate compares them
  it('reads CanonicalUser values as 64 hexadecimal digits', () => {
    const id = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';
    expect(codes({ CanonicalUser: id })).not.toContain(CODE);
    expect(codes({ CanonicalUser: id.toUpperCase() })).not.toContain(CODE);
    for (const bad of ['abc', id.slice(1), `${id}0`, id.replace('7', 'g')]) expect(codes({ CanonicalUser: bad })).toContain(CODE);
  });

  it('leaves wildcards and policy variables to the rules that report them, once', () => {
    expect(codes({ AWS: 'arn:aws:iam::111122223333:role/*' })).toEqual(expect.arrayContaining(['UNSUPPORTED_WILDCARD_IN_PRINCIPAL']));
    expect(codes({ AWS: 'arn:aws:iam::111122223333:role/*' })).not.toContain(CODE);
    expect(codes({ AWS: 'arn:aws:iam::111122223333:role/*' }, 'trust')).not.toContain(CODE);
    expect(codes({ AWS: 'arn:aws:iam::${aws:PrincipalAccount}:root' })).toContain('VARIABLE_UNSUPPORTED_IN_ELEMENT');
    expect(codes({ AWS: 'arn:aws:iam::${aws:PrincipalAccount}:root' })).not.toContain(CODE);
  });
});
