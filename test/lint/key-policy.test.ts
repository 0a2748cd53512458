/**
 * KEY_POLICY_LOCKOUT: AWS KMS API reference, CreateKey and PutKeyPolicy, Policy: "The key policy must allow the calling
 * principal to make a subsequent PutKeyPolicy request on the KMS key. This reduces the risk that the KMS key becomes
 * unmanageable." KMS refuses it otherwise ("The new key policy will not allow you to update the key policy in the
 * future"), unless BypassPolicyLockoutSafetyCheck is set. The caller is an IAM principal of the key's account (a role,
 * a user, a session), which lint does not know: only a policy no such caller passes is reported.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Template as Assertions } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { describe, expect, it } from 'vitest';
import { lint, lintTerraform } from '../../src/lint/index.js';
import { checkTemplate, type Template } from '../../src/cdk/cloudformation.js';

const CODE = 'KEY_POLICY_LOCKOUT';
const root = { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' };
const use = { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/app' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: '*' };
const keyPolicy = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const lockout = (document: object, target = 'kms-key') => lint(document, { kind: 'resource', target: target as 'kms-key' }).filter((f) => f.code === CODE);

describe('KEY_POLICY_LOCKOUT (lint, target kms-key)', () => {
  it('no statement allowing an IAM principal kms:PutKeyPolicy: an error at the document', () => {
    const [f, ...rest] = lockout(keyPolicy(use));
    expect(rest).toEqual([]);
    expect([f?.severity, f?.path]).toEqual(['error', '']);
    expect(f?.message).toContain('"The new key policy will not allow you to update the key policy in the future"');
    expect(f?.message).toContain('arn:aws:iam::<account>:root');
    // a service principal is no caller of CreateKey; NotAction naming it, NotResource "*": none allowed
    expect(lockout(keyPolicy({ ...root, Principal: { Service: 'logs.amazonaws.com' } })).length).toBe(1);
    expect(lockout(keyPolicy({ ...root, Action: undefined, NotAction: ['kms:PutKeyPolicy'] })).length).toBe(1);
    expect(lockout(keyPolicy({ ...root, Resource: undefined, NotResource: '*' })).length).toBe(1);
  });

  it('a statement that may allow a caller passes: the account, a role, everyone, kms:Put*, *, NotAction of others, with conditions', () => {
    expect(lockout(keyPolicy(root, use))).toEqual([]);
    expect(lockout(keyPolicy({ ...use, Action: 'kms:Put*' }))).toEqual([]);
    expect(lockout(keyPolicy({ ...use, Action: '*' }))).toEqual([]);
    expect(lockout(keyPolicy({ ...use, Action: 'KMS:PUTKEYPOLICY' }))).toEqual([]); // actions ignore case
    expect(lockout(keyPolicy({ ...use, Action: undefined, NotAction: 'kms:Decrypt' }))).toEqual([]);
    // the caller is not known: a condition may hold for it, a role may be it
    expect(lockout(keyPolicy({ ...root, Principal: '*', Condition: { StringEquals: { 'aws:PrincipalAccount': '111122223333' } } }))).toEqual([]);
    expect(lockout(keyPolicy({ ...root, Principal: { AWS: 'arn:aws:iam::111122223333:role/admin' }, Action: 'kms:PutKeyPolicy' }))).toEqual([]);
  });

  it('denying kms:PutKeyPolicy to everyone without a condition: an error at that statement, whatever else allows it', () => {
    const deny = { Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*' };
    const [f] = lockout(keyPolicy(root, deny));
    expect([f?.path, f?.severity]).toEqual(['Statement[1]', 'error']);
    expect(lockout(keyPolicy(root, { ...deny, Condition: { StringNotEquals: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/admin' } } }))).toEqual([]);
    expect(lockout(keyPolicy(root, { ...deny, Action: 'kms:ScheduleKeyDeletion' }))).toEqual([]);
  });

  it('only key policies: another resource policy, or no target, is not checked', () => {
    expect(lockout(keyPolicy(use), 's3-bucket')).toEqual([]);
    expect(lint(keyPolicy(use), { kind: 'resource' }).filter((f) => f.code === CODE)).toEqual([]);
  });
});

describe('KEY_POLICY_LOCKOUT in templates and plans', () => {
  it('cdk check: an AWS::KMS::Key whose policy locks out; none with BypassPolicyLockoutSafetyCheck, or the default policy aws-cdk-lib writes', () => {
    const stack = new Stack(new App(), 'Keys');
    new kms.Key(stack, 'Locked', { policy: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ principals: [new iam.ArnPrincipal('arn:aws:iam::111122223333:role/app')], actions: ['kms:Decrypt'], resources: ['*'] })] }) });
    new kms.Key(stack, 'Default');
    new kms.CfnKey(stack, 'Bypassed', { keyPolicy: keyPolicy(use), bypassPolicyLockoutSafetyCheck: true });
    const found = checkTemplate(Assertions.fromStack(stack).toJSON() as Template).findings.filter((f) => f.code === CODE);
    expect(found.map((f) => [f.logicalId.replace(/[0-9A-F]{8}$/, ''), f.severity, f.templatePath.replace(/[0-9A-F]{8}\./, '.')])).toEqual([['Locked', 'error', 'Resources.Locked.Properties.KeyPolicy']]);
  });

  it('cdk check: a value known only at deploy time anywhere in the policy (a parameter) may be what allows the caller: not judged', () => {
    const key = (statement: object) => ({ Parameters: { Admin: { Type: 'String' }, Actions: { Type: 'CommaDelimitedList' } }, Resources: { K: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: keyPolicy(statement) } } } });
    const codes = (statement: object) => checkTemplate(key(statement) as Template).findings.filter((f) => f.code === CODE).length;
    expect(codes({ ...root, Action: { Ref: 'Actions' } })).toBe(0);
    expect(codes({ ...root, Principal: { Ref: 'Admin' }, Action: 'kms:Decrypt' })).toBe(0);
    // the rule reads conditions as met: one known only at deploy time decides nothing
    expect(codes({ ...use, Condition: { StringEquals: { 'aws:PrincipalOrgID': { Ref: 'Admin' } } } })).toBe(1);
    // a role the template makes is known (its ARN is read): not allowed kms:PutKeyPolicy, the key locks out
    const made = { ...key({ ...use, Principal: { AWS: { 'Fn::GetAtt': ['App', 'Arn'] } } }), Resources: { ...key(use).Resources, K: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: keyPolicy({ ...use, Principal: { AWS: { 'Fn::GetAtt': ['App', 'Arn'] } } }) } }, App: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: keyPolicy() } } } };
    expect(checkTemplate(made as Template).findings.filter((f) => f.code === CODE).length).toBe(1);
  });

  it('lintTerraform: aws_kms_key and aws_kms_key_policy, unless bypass_policy_lockout_safety_check', () => {
    const change = (type: string, after: object) => ({ address: `${type}.k`, mode: 'managed', type, name: 'k', change: { actions: ['create'], before: null, after, after_unknown: {} } });
    const plan = (...resource_changes: object[]) => ({ format_version: '1.2', resource_changes });
    const policy = JSON.stringify(keyPolicy(use));
    const paths = (json: object) => lintTerraform(json).filter((f) => f.code === CODE).map((f) => f.path);
    expect(paths(plan(change('aws_kms_key', { policy, bypass_policy_lockout_safety_check: false }), change('aws_kms_key_policy', { key_id: 'k', policy })))).toEqual(['aws_kms_key.k.policy', 'aws_kms_key_policy.k.policy']);
    expect(paths(plan(change('aws_kms_key', { policy, bypass_policy_lockout_safety_check: true }), change('aws_kms_key_policy', { key_id: 'k', policy, bypass_policy_lockout_safety_check: true })))).toEqual([]);
    // the replica and external keys take a policy and the setting too
    expect(paths(plan(change('aws_kms_replica_key', { policy, primary_key_arn: 'arn:aws:kms:us-east-1:111122223333:key/mrk-1' }), change('aws_kms_external_key', { policy })))).toEqual(['aws_kms_replica_key.k.policy', 'aws_kms_external_key.k.policy']);
    expect(paths(plan(change('aws_kms_replica_key', { policy, bypass_policy_lockout_safety_check: true }), change('aws_kms_external_key', { policy, bypass_policy_lockout_safety_check: true })))).toEqual([]);
  });
});

describe('KEY_POLICY_LOCKOUT on generated key policies (fast-check, fixed seed)', () => {
  it('never throws; the statement of the default key policy (the account, kms:*) settles it unless everyone is denied', async () => {
    const fc = (await import('fast-check')).default;
    const principal = fc.oneof(fc.constant('*'), fc.record({ AWS: fc.constantFrom('*', '111122223333', 'arn:aws:iam::111122223333:role/app') }), fc.record({ Service: fc.constantFrom('logs.amazonaws.com', 'kms.amazonaws.com') }));
    const actions = fc.array(fc.constantFrom('kms:*', 'kms:Put*', 'kms:PutKeyPolicy', 'kms:Decrypt', '*', 'KMS:putkeypolicy', 's3:*'), { minLength: 1, maxLength: 3 });
    const statement = fc.record(
      {
        Effect: fc.constantFrom('Allow', 'Deny'),
        Principal: principal,
        Action: actions,
        NotAction: actions,
        Resource: fc.constantFrom('*', 'arn:aws:kms:us-east-1:111122223333:key/abc'),
        Condition: fc.constant({ Bool: { 'aws:SecureTransport': 'true' } }),
      },
      { requiredKeys: ['Effect', 'Principal', 'Resource'] },
    ).map(({ Action, NotAction, ...rest }) => (Action !== undefined ? { ...rest, Action } : NotAction !== undefined ? { ...rest, NotAction } : { ...rest, Action: 'kms:Decrypt' }));
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 4 }), (statements) => {
        const publicDeny = statements.some((s) => s.Effect === 'Deny' && s.Condition === undefined && (s.Principal === '*' || (typeof s.Principal === 'object' && 'AWS' in s.Principal && s.Principal.AWS === '*')));
        const found = lockout(keyPolicy(...statements, root));
        // a public Deny reaching kms:PutKeyPolicy may still be reported; without one, the account's kms:* passes the check
        if (!publicDeny) expect(found).toEqual([]);
      }),
      { seed: 20261207, numRuns: 400 },
    );
  });
});
