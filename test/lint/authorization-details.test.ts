/**
 * lintAuthorizationDetails: the policies of an account as IAM GetAccountAuthorizationDetails lists them
 * (`aws iam get-account-authorization-details`): UserDetailList, GroupDetailList and RoleDetailList with
 * their inline policies (UserPolicyList, GroupPolicyList, RolePolicyList) and each role's
 * AssumeRolePolicyDocument; Policies with their PolicyVersionList, IsDefaultVersion marking the version in use.
 */
import { describe, expect, it } from 'vitest';
import { formatFindings, isAuthorizationDetails, lintAuthorizationDetails } from '../../src/lint/index.js';
import { PolicyArgumentError } from '../../src/errors.js';

const doc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const passRole = { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' };
const codes = (details: unknown) => lintAuthorizationDetails(details).map((f) => `${f.code} ${f.path}`);

describe('lintAuthorizationDetails', () => {
  it('lints the inline policies of users, groups and roles, and each role\'s trust policy, each at its place', () => {
    const details = {
      UserDetailList: [{ UserName: 'alice', Arn: 'arn:aws:iam::111122223333:user/alice', UserPolicyList: [{ PolicyName: 'p', PolicyDocument: doc(passRole) }] }],
      GroupDetailList: [{ GroupName: 'ops', Arn: 'arn:aws:iam::111122223333:group/ops', GroupPolicyList: [{ PolicyName: 'p', PolicyDocument: doc(passRole) }] }],
      RoleDetailList: [
        {
          RoleName: 'r',
          Arn: 'arn:aws:iam::111122223333:role/r',
          // a trust policy is read as one: Resource is not allowed there
          AssumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole', Resource: '*' }),
          RolePolicyList: [{ PolicyName: 'p', PolicyDocument: doc(passRole) }],
        },
      ],
    };
    expect(codes(details)).toEqual([
      'PASS_ROLE_WITH_STAR_IN_RESOURCE UserDetailList[0].UserPolicyList[0].PolicyDocument.Statement[0].Resource[0]',
      'PASS_ROLE_WITH_STAR_IN_RESOURCE GroupDetailList[0].GroupPolicyList[0].PolicyDocument.Statement[0].Resource[0]',
      'PASS_ROLE_WITH_STAR_IN_RESOURCE RoleDetailList[0].RolePolicyList[0].PolicyDocument.Statement[0].Resource[0]',
      'RESOURCE_NOT_ALLOWED RoleDetailList[0].AssumeRolePolicyDocument.Statement[0].Resource',
    ]);
  });

  it('checks each inline policy against its entity\'s quota (IAM quotas: user 2,048, group 5,120, role 10,240 characters)', () => {
    const big = doc(...Array.from({ length: 30 }, (_, i) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::bucket-${i}-${'x'.repeat(40)}/*` })));
    const sizeCodes = (details: object) => lintAuthorizationDetails(details).filter((f) => f.code.startsWith('POLICY_SIZE')).map((f) => f.path);
    expect(sizeCodes({ UserDetailList: [{ UserPolicyList: [{ PolicyDocument: big }] }] })).toEqual(['UserDetailList[0].UserPolicyList[0].PolicyDocument']);
    expect(sizeCodes({ RoleDetailList: [{ RolePolicyList: [{ PolicyDocument: big }] }] })).toEqual([]);
  });

  it('lints the default version of each customer managed policy, as a boundary when it is used only as one', () => {
    const details = {
      Policies: [
        // AWS managed: AWS's to change, left out
        { Arn: 'arn:aws:iam::aws:policy/AdministratorAccess', AttachmentCount: 1, PolicyVersionList: [{ Document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }), IsDefaultVersion: true }] },
        {
          Arn: 'arn:aws:iam::111122223333:policy/mine',
          AttachmentCount: 1,
          PermissionsBoundaryUsageCount: 0,
          PolicyVersionList: [
            { Document: doc(passRole), IsDefaultVersion: false },
            { Document: doc({ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }), IsDefaultVersion: true },
          ],
        },
        // a boundary (IAM User Guide: a permissions boundary sets the most an entity may do; a NotAction Allow there is not an over-grant)
        { Arn: 'arn:aws:iam::111122223333:policy/boundary', AttachmentCount: 0, PermissionsBoundaryUsageCount: 3, PolicyVersionList: [{ Document: doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }), IsDefaultVersion: true }] },
      ],
    };
    expect(codes(details)).toEqual(['INVALID_ACTION Policies[1].PolicyVersionList[1].Document.Statement[0].Action[0]']);
    // the same document attached as an identity policy: Allow with NotAction is reported
    const attached = { Policies: [{ ...details.Policies[2], AttachmentCount: 1 }] };
    expect(codes(attached)).toContain('ALLOW_WITH_NOT_ACTION Policies[0].PolicyVersionList[0].Document.Statement[0].NotAction');
  });

  it('reads documents the IAM API returns URL-encoded', () => {
    const encoded = encodeURIComponent(JSON.stringify(doc({ Effect: 'Allow', Action: 's3:ListObjectsV2', Resource: '*' })));
    const [f] = lintAuthorizationDetails({ RoleDetailList: [{ RolePolicyList: [{ PolicyDocument: encoded }] }] });
    expect([f?.code, f?.path]).toEqual(['INVALID_ACTION', 'RoleDetailList[0].RolePolicyList[0].PolicyDocument.Statement[0].Action[0]']);
  });

  it('the account of the file\'s ARNs is the account\'s own for the trust rules', () => {
    const trust = (principal: string) => ({
      RoleDetailList: [{ Arn: 'arn:aws:iam::111122223333:role/r', AssumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' }) }],
    });
    expect(codes(trust('arn:aws:iam::111122223333:root'))).toEqual([]);
    expect(codes(trust('arn:aws:iam::444455556666:root'))).toEqual(['CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION RoleDetailList[0].AssumeRolePolicyDocument.Statement[0].Principal.AWS']);
  });

  it('its paths locate each finding in the file (formatFindings with the file as source)', () => {
    const text = JSON.stringify({ RoleDetailList: [{ RoleName: 'r', RolePolicyList: [{ PolicyName: 'p', PolicyDocument: doc(passRole) }] }] }, null, 2);
    const line = formatFindings(lintAuthorizationDetails(JSON.parse(text)), 'text', { fileName: 'account.json', source: text });
    const at = text.split('\n').findIndex((l) => l.includes('"Resource": "*"')) + 1;
    expect(line).toMatch(new RegExp(`^account\\.json:${at}:\\d+ security PASS_ROLE_WITH_STAR_IN_RESOURCE `));
  });

  it('refuses what is no such response, and options that are no object', () => {
    expect(isAuthorizationDetails({ RoleDetailList: [] })).toBe(true);
    // filtered to managed policies (--filter LocalManagedPolicy): Policies alone, with their versions
    expect(isAuthorizationDetails({ Policies: [{ Arn: 'arn:aws:iam::111122223333:policy/p', PolicyVersionList: [] }] })).toBe(true);
    // aws iam list-policies and aws organizations list-policies also answer { Policies: [...] }, with no versions:
    // read as an account they would pass with no finding; as a policy they are reported (UNKNOWN_ELEMENT)
    expect(isAuthorizationDetails({ Policies: [{ PolicyName: 'p', Arn: 'arn:aws:iam::111122223333:policy/p', DefaultVersionId: 'v1' }] })).toBe(false);
    expect(isAuthorizationDetails({ Policies: [] })).toBe(false);
    for (const v of [doc(passRole), { RoleDetailList: 'x' }, [], 'text', null, { RoleDetailList: [], Statement: [] }]) {
      expect(isAuthorizationDetails(v)).toBe(false);
      expect(() => lintAuthorizationDetails(v)).toThrow(PolicyArgumentError);
    }
    expect(() => lintAuthorizationDetails({ RoleDetailList: [] }, 5 as never)).toThrow(PolicyArgumentError);
    // a getter or proxy that throws on reading the lists: no such response (lint reads such values as unreadable too)
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const v of [proxy, { get RoleDetailList(): never { throw new Error('boom'); } }]) {
      expect(isAuthorizationDetails(v)).toBe(false);
      expect(() => lintAuthorizationDetails(v)).toThrow(PolicyArgumentError);
    }
    // entries of other shapes are skipped, not a TypeError
    expect(lintAuthorizationDetails({ RoleDetailList: [null, 5, { RolePolicyList: 'x' }, { RolePolicyList: [null, {}] }], Policies: [{ PolicyVersionList: [null] }] })).toEqual([]);
  });

  it('an entry whose reading throws (a getter, a proxy) is reported unreadable at its place; the others are linted', () => {
    const details = {
      RoleDetailList: [
        { RolePolicyList: [{ get PolicyDocument(): never { throw new TypeError('boom'); } }] },
        { RolePolicyList: [{ PolicyDocument: doc(passRole) }] },
      ],
    };
    expect(lintAuthorizationDetails(details).map((f) => [f.code, f.path, f.message])).toEqual([
      ['INVALID_TYPE', 'RoleDetailList[0]', 'This value cannot be read as JSON: reading it threw TypeError.'],
      ['PASS_ROLE_WITH_STAR_IN_RESOURCE', 'RoleDetailList[1].RolePolicyList[0].PolicyDocument.Statement[0].Resource[0]', expect.any(String)],
    ]);
  });
});

describe('lintAuthorizationDetails: what each managed policy is attached to', () => {
  // IAM User Guide, global condition keys, aws:username: "requests that are made using ... IAM roles don't include this key"
  const home = doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/home/${aws:username}/*' });
  const arn = 'arn:aws:iam::111122223333:policy/home';
  const details = (count: number, entities: object, boundaries = 0) => ({ ...entities, Policies: [{ Arn: arn, AttachmentCount: count, PermissionsBoundaryUsageCount: boundaries, PolicyVersionList: [{ Document: home, IsDefaultVersion: true }] }] });
  const bounded = { PermissionsBoundary: { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: arn } };
  const attached = { AttachedManagedPolicies: [{ PolicyName: 'home', PolicyArn: arn }] };
  it('attached only to roles, every attachment listed: ${aws:username} never resolves', () => {
    expect(codes(details(2, { RoleDetailList: [attached, attached], UserDetailList: [{ AttachedManagedPolicies: [] }] }))).toEqual(['UNRESOLVABLE_VARIABLE Policies[0].PolicyVersionList[0].Document.Statement[0].Resource[0]']);
  });
  it('not when a user or group has it, or when the response lists fewer attachments than AttachmentCount (a filtered response)', () => {
    expect(codes(details(2, { RoleDetailList: [attached], UserDetailList: [attached] }))).toEqual([]);
    expect(codes(details(2, { RoleDetailList: [attached], GroupDetailList: [attached] }))).toEqual([]);
    expect(codes(details(3, { RoleDetailList: [attached, attached] }))).toEqual([]);
    expect(codes(details(0, {}))).toEqual([]);
  });
  it('its boundary uses count too: the boundary of a user decides that user\'s requests, where aws:username is', () => {
    expect(codes(details(1, { RoleDetailList: [attached], UserDetailList: [bounded] }, 1))).toEqual([]);
    expect(codes(details(1, { RoleDetailList: [attached, bounded] }, 1))).toEqual(['UNRESOLVABLE_VARIABLE Policies[0].PolicyVersionList[0].Document.Statement[0].Resource[0]']);
    // a boundary use the response does not list (a filtered response)
    expect(codes(details(1, { RoleDetailList: [attached] }, 1))).toEqual([]);
  });
});
