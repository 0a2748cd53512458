/**
 * checkNoPublicAccess: who counts as an outsider (docs/analyze.md, "Public access"). An anonymous
 * caller, or a principal of an account the policy does not name, whose own identity policies allow
 * everything. Condition keys that say who the caller is hold, on an outsider's request, one value
 * (the organization paths excepted, ArrayOfString in the Service Authorization Reference) and never
 * one the policy names: not a named value, not an ARN of a named account, not a path under a named
 * organization.
 */
import { describe, expect, it } from 'vitest';
import { checkNoPublicAccess } from '../../src/analyze/index.js';
import { PolicyArgumentError } from '../../src/errors.js';
import { conditionKeyInfo } from '../../src/catalog/index.js';
import type { ConditionElement, PolicyDocument, Statement } from '../../src/model/policy-document.js';

const doc = (...Statement: Statement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
const read = (Condition?: ConditionElement): Statement => ({
  Effect: 'Allow',
  Principal: '*',
  Action: ['s3:GetObject'],
  Resource: ['arn:aws:s3:::docs/*'],
  ...(Condition === undefined ? {} : { Condition }),
});
const result = (d: PolicyDocument) => checkNoPublicAccess(d, { resourceType: 's3-bucket' }).result;

describe('checkNoPublicAccess', () => {
  it('Principal "*" without a condition, or with a network condition only, is public', () => {
    expect(result(doc(read()))).toBe('fail');
    expect(result(doc(read({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } })))).toBe('fail');
    expect(result(doc(read({ Bool: { 'aws:SecureTransport': ['true'] } })))).toBe('fail');
  });

  it('a witness names the owner, an account other than the caller\'s, and replays as that cross-account request', async () => {
    const { evaluate } = await import('../../src/evaluate/index.js');
    const p = doc(read());
    const r = checkNoPublicAccess(p, { resourceType: 's3-bucket' });
    expect(r.result).toBe('fail');
    for (const [i, w] of r.witnesses.entries()) {
      expect(w.resourceAccount).toMatch(/^\d{12}$/);
      if (w.principal !== undefined && w.principal.startsWith('arn:')) expect(w.principal.split(':')[4]).not.toBe(w.resourceAccount);
      // with no identity policy of the caller, only the resource policy grants: for a user or role of another account a
      // bucket policy alone does not (IAM User Guide, cross-account policy evaluation logic); for an anonymous caller, the
      // other account's root user (no identity policy bounds it) and a service principal it does
      const alone = w.anonymous === true || w.principal?.endsWith(':root') === true || w.principalType === 'Service';
      expect(evaluate({ resource: p }, w).decision, JSON.stringify(w)).toBe(alone ? 'allow' : 'implicit-deny');
      expect(r.reasons[i]!.message).toContain(`from outside the resource's account (${w.resourceAccount})`);
    }
  });

  it('a named account, organization or endpoint keeps outsiders out', () => {
    expect(result(doc(read({ StringEquals: { 'aws:PrincipalOrgID': ['o-a1b2c3d4e5'] } })))).toBe('pass');
    expect(result(doc(read({ StringEquals: { 'aws:PrincipalAccount': ['111122223333'] } })))).toBe('pass');
    expect(result(doc(read({ StringEquals: { 'aws:SourceVpce': ['vpce-1a2b3c4d'] } })))).toBe('pass');
    expect(result(doc({ ...read(), Principal: { AWS: ['111122223333'] } }))).toBe('pass');
  });

  it('an ARN pattern that fixes the account names that account; one with a wildcard account does not', () => {
    expect(result(doc(read({ ArnLike: { 'aws:PrincipalArn': ['arn:aws:iam::111122223333:role/*'] } })))).toBe('pass');
    expect(result(doc(read({ ArnLike: { 'aws:PrincipalArn': ['arn:aws:iam::*:role/*'] } })))).toBe('fail');
    expect(result(doc(read({ StringLike: { 'aws:PrincipalArn': ['arn:aws:iam::1111222233*'] } })))).toBe('fail');
  });

  it('an organization path pattern with a fixed organization names it; a wildcard organization does not', () => {
    expect(result(doc(read({ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': ['o-a1b2c3d4e5/*'] } })))).toBe('pass');
    expect(result(doc(read({ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': ['o-*/r-ab12/*'] } })))).toBe('fail');
    expect(result(doc(read({ StringLike: { 'aws:PrincipalOrgID': ['*'] } })))).toBe('fail');
  });

  it('the data-perimeter Deny (every caller outside the organization) keeps outsiders out', () => {
    // an outsider's request has one organization id, or none: a two-value list of a single-valued
    // key (which a plain StringNotEquals does not match) is no outsider's request
    const perimeter: Statement = { Effect: 'Deny', Principal: '*', Action: ['*'], Resource: ['*'], Condition: { StringNotEquals: { 'aws:PrincipalOrgID': ['o-a1b2c3d4e5'] } } };
    expect(result(doc(read(), perimeter))).toBe('pass');
    // the Allow for everyone outside it is public
    expect(result(doc(read({ StringNotEquals: { 'aws:PrincipalOrgID': ['o-a1b2c3d4e5'] } })))).toBe('fail');
  });

  it('the caller keys taken as single-valued are single-valued in the catalog, the organization paths multivalued', () => {
    for (const k of ['aws:PrincipalAccount', 'aws:PrincipalArn', 'aws:PrincipalOrgID', 'aws:SourceAccount', 'aws:SourceArn', 'aws:SourceOrgID', 'aws:SourceVpc', 'aws:SourceVpce', 'aws:userid', 'aws:username'])
      expect(conditionKeyInfo(k)?.multivalued, k).toBe(false);
    for (const k of ['aws:PrincipalOrgPaths', 'aws:SourceOrgPaths']) expect(conditionKeyInfo(k)?.multivalued, k).toBe(true);
  });
});

describe('checkNoPublicAccess resourceType', () => {
  it('takes a size target, iam-role, role-trust, kms or other, in any case', () => {
    for (const resourceType of ['s3-bucket', 'S3-Bucket', 'sqs-queue', 'kms-key', 'kms', 'iam-role', 'role-trust', 'trust', 'other', 'efs-file-system'])
      expect(checkNoPublicAccess(doc(read()), { resourceType }).result).toBe('fail');
  });
  it('refuses a name that is no type, not reading it as some type', () => {
    for (const resourceType of ['s3bucket', 'kms_key', '', 'bucket', 'hasOwnProperty', '__proto__'])
      expect(() => checkNoPublicAccess(doc(read()), { resourceType })).toThrow(PolicyArgumentError);
    expect(() => checkNoPublicAccess(doc(read()), { resourceType: 's3bucket' })).toThrow('resourceType "s3bucket" names no resource type');
  });
});
