import { describe, expect, it } from 'vitest';
import { lint, type LintOptions } from '../../src/lint/index.js';
import type { PolicyKind } from '../../src/model/policy-document.js';

/*
 * IAM User Guide, "IAM policy validation check reference", Error – Missing ARN field (issue code
 * MISSING_ARN_FIELD): resource ARNs must have the six fields arn:partition:service:region:account:resource.
 * IAM pads a short ARN that ends in `*` with `*` fields (identity policies; SCPs; resource policies
 * when it has a wildcard: iam-reference §4), so `arn:aws:s3:*` means every S3 ARN. When the last
 * field written cannot be the field padding puts it in (`table/prod-*` read as the account), the
 * entry matches no ARN it was written for: reported, with the six-field fix.
 */
const doc = (Resource: unknown, kind: PolicyKind = 'identity') => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: 'dynamodb:DeleteTable', Resource, ...(kind === 'resource' ? { Principal: '*' } : {}) }],
});
const found = (Resource: unknown, options: LintOptions = {}) =>
  lint(doc(Resource, options.kind) as Parameters<typeof lint>[0], options).filter((f) => f.code === 'MISSING_ARN_FIELD');

describe('MISSING_ARN_FIELD: a short ARN ending in * whose last field is out of place', () => {
  it('reports the account left out, naming how IAM reads it and the six-field fix', () => {
    const [f, ...rest] = found('arn:aws:dynamodb:*:table/prod-*');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: 'MISSING_ARN_FIELD', severity: 'error', path: 'Statement[0].Resource[0]' });
    expect(f!.message).toBe(
      'ARN "arn:aws:dynamodb:*:table/prod-*" has 5 of the 6 fields, so IAM reads "table/prod-*" as the account ("arn:aws:dynamodb:*:table/prod-*:*"), which matches no ARN it was written for; write the account ID or "*": "arn:aws:dynamodb:*:*:table/prod-*".',
    );
  });

  it('reports the Region and account left out, and a resource where the account belongs', () => {
    expect(found('arn:aws:s3:bucket/*')[0]!.message).toContain('write the Region and account ID (or "*"): "arn:aws:s3:*:*:bucket/*"');
    expect(found('arn:aws:sns:us-east-1:my-topic*')[0]!.message).toContain('IAM reads "my-topic*" as the account');
    expect(found('arn:aws:table/x*')[0]!.message).toContain('write the service, Region and account ID (or "*"): "arn:aws:*:*:*:table/x*"');
  });

  it('advises the account "aws" where the last field reads as it (AWS managed policies are arn:aws:iam::aws:policy/...)', () => {
    // IAM User Guide, AWS managed policies: their ARNs have the account "aws" (arn:aws:iam::aws:policy/ReadOnlyAccess)
    const [f, ...rest] = found('arn:aws:iam::aws*');
    expect(rest).toEqual([]);
    expect(f!.message).toBe(
      'ARN "arn:aws:iam::aws*" has 5 of the 6 fields, so IAM reads "aws*" as the account ("arn:aws:iam::aws*:*"), which of all accounts matches only "aws", the account of AWS-owned resources such as AWS managed policies; for those write "arn:aws:iam::aws:*", for a resource named "aws*", the account ID or "*": "arn:aws:iam::*:aws*".',
    );
    expect(found('arn:aws:iam::AWS*')[0]!.message).toContain('for those write "arn:aws:iam::aws:*"');
    expect(found('arn:aws:iam::aws:*')).toEqual([]);
  });

  it('advises the account without hyphens where the last field is an account ID written with them', () => {
    // IAM User Guide, "IAM identifiers": an account ID is 12 digits; ARNs carry it without hyphens
    expect(found('arn:aws:ec2:us-east-1:1111-2222-3333*')[0]!.message).toBe(
      'ARN "arn:aws:ec2:us-east-1:1111-2222-3333*" has 5 of the 6 fields, so IAM reads "1111-2222-3333*" as the account ("arn:aws:ec2:us-east-1:1111-2222-3333*:*"), which matches no ARN (an account ID has no hyphens); for account 111122223333 write "arn:aws:ec2:us-east-1:111122223333:*", for a resource named "1111-2222-3333*", the account ID or "*": "arn:aws:ec2:us-east-1:*:1111-2222-3333*".',
    );
    // not account-like: the plain advice
    for (const r of ['arn:aws:sns:us-east-1:awsome-topic*', 'arn:aws:sns:us-east-1:my-topic*', 'arn:aws:ec2:us-east-1:1111-2222*'])
      expect(found(r)[0]!.message, r).toContain('write the account ID or "*"');
  });

  it('in every kind with resources', () => {
    for (const kind of ['identity', 'resource', 'boundary', 'scp', 'rcp', 'session', 'endpoint'] as const)
      expect(found('arn:aws:dynamodb:*:table/prod-*', { kind }), kind).toHaveLength(1);
  });

  it('keeps the short ARNs whose last field fits where padding puts it', () => {
    for (const r of ['arn:*', 'arn:aws:*', 'arn:aws:s3:*', 'arn:aws:s3*', 'arn:aws:ec2:us-*', 'arn:aws:ec2:us-east-1:1111*', 'arn:aws:ec2:*:*', 'arn:aws:ec2:*:${aws:PrincipalAccount}*'])
      expect(found(r), r).toEqual([]);
  });

  it('the six-field fix is no finding', () => {
    expect(found('arn:aws:dynamodb:*:*:table/prod-*')).toEqual([]);
  });
});
