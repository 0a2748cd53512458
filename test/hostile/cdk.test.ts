/**
 * Hostile CloudFormation templates for typed-iam/cdk and `typed-iam cdk check`: nesting without
 * bound must give a finding or an undecided answer, never a stack overflow or a silent pass.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readAssembly } from '../../src/cdk/assembly.js';
import { diffTemplates } from '../../src/cdk/diff.js';
import { accountLogsPolicies, attachedOrganizationPolicies, checkTemplate, namedIamResources } from '../../src/cdk/template.js';
import type { Template } from '../../src/cdk/tokens.js';

const DEPTH = 100_000;
/** `["x"]` inside itself DEPTH times, as JSON.parse gives it (parse reads it; a recursive walk would not). */
const deepArray = (): unknown => JSON.parse(`${'['.repeat(DEPTH)}"x"${']'.repeat(DEPTH)}`);
const policy = (resource: unknown): Template =>
  ({ Resources: { R: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: resource }] } } } } }) as Template;

const dir = mkdtempSync(join(tmpdir(), 'typed-iam-hostile-cdk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('templates that nest without bound', () => {
  it('a policy nested 100,000 levels deep is an error finding (IAM refuses it), not a stack overflow', () => {
    const { findings } = checkTemplate(policy(deepArray()));
    expect(findings).toEqual([expect.objectContaining({ code: 'POLICY_NOT_READ', severity: 'error', logicalId: 'R' })]);
    expect(findings[0]!.message).toContain('more than 64 levels deep');
    // intrinsics nested as deep: the same, where before the value read as a token and the policy passed
    let join: unknown = 'x';
    for (let i = 0; i < 50_000; i++) join = { 'Fn::Join': ['', [join]] };
    expect(checkTemplate(policy(join)).findings.map((f) => f.code)).toEqual(['POLICY_NOT_READ']);
  });

  it('a template with an Fn::ForEach loop beside a policy nested 100,000 levels deep: the loop is expanded, the policy reported too deep', () => {
    // was: RangeError (Maximum call stack size exceeded): the test for a loop stringified the resources
    const deep = policy(deepArray());
    const loop = ['Name', ['a', 'b'], { 'Topic${Name}': { Type: 'AWS::SNS::Topic', Properties: { TopicName: { 'Fn::Sub': '${Name}' } } } }];
    const t = { Resources: { ...deep.Resources, 'Fn::ForEach::Topics': loop } } as unknown as Template;
    const { findings } = checkTemplate(t);
    expect(findings.map((f) => [f.code, f.logicalId])).toEqual([['POLICY_NOT_READ', 'R']]);
    expect(findings[0]!.message).toContain('more than 64 levels deep');
    // a loop making a policy whose document nests as deep: read as deep as expansion goes, then reported
    let nested: unknown = 'arn:aws:s3:::b/*';
    for (let i = 0; i < DEPTH; i++) nested = [nested];
    const inLoop = { Resources: { 'Fn::ForEach::P': ['N', ['a'], { 'P${N}': policy(nested).Resources!['R'] }] } } as unknown as Template;
    expect(checkTemplate(inLoop).findings.map((f) => [f.code, f.logicalId])).toEqual([['POLICY_NOT_READ', 'Pa']]);
  });

  it("an AWS::IAM::Policy whose Roles nest 100,000 levels deep is read without overflow (the test for an Fn::If in them was JSON.stringify)", () => {
    const t = {
      Resources: {
        P: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', Roles: deepArray(), PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] } } },
      },
    } as unknown as Template;
    expect(() => checkTemplate(t)).not.toThrow();
  });

  it('a ManagedPolicyArns entry, a permission set ManagedPolicies entry nested 100,000 levels deep: read without overflow (both were JSON.stringify)', () => {
    // was: RangeError in the key of an entity or policy reference (a boundary's, an attachment's) and in the permission set count
    let join: unknown = { Ref: 'P' };
    for (let i = 0; i < DEPTH; i++) join = { 'Fn::Join': ['', [join]] };
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/${aws:username}' }] };
    const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
    const t = {
      Resources: {
        P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: doc } },
        R: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: trust, ManagedPolicyArns: [join, { Ref: 'P' }], PermissionsBoundary: join } },
        S: { Type: 'AWS::SSO::PermissionSet', Properties: { InstanceArn: 'arn:aws:sso:::instance/ssoins-1', Name: 's', ManagedPolicies: [deepArray(), ...Array.from({ length: 10 }, (_, i) => `arn:aws:iam::aws:policy/P${i}`)] } },
      },
    } as unknown as Template;
    const codes = checkTemplate(t).findings.map((f) => `${f.code} ${f.logicalId}`);
    // the deep entry may name P too: P is not known to be attached to roles only
    expect(codes).not.toContain('UNRESOLVABLE_VARIABLE P');
    expect(codes).toContain('MANAGED_POLICIES_QUOTA_EXCEEDED S');
  });

  it('diff: a policy too deep to read leaves its construct undecided, with the reason', () => {
    const changes = diffTemplates([{ name: 'S', template: policy('*') }], [{ name: 'S', template: policy(deepArray()) }]);
    expect(changes).toEqual([expect.objectContaining({ construct: 'R', complete: false, added: [], removed: [] })]);
    expect(changes[0]!.reasons[0]!.message).toContain('more than 64 levels deep');
  });

  it('diff and the managed-policy count: an Fn::If whose condition, or whose branch, nests 100,000 levels deep is read without overflow', () => {
    const deepIf = { 'Fn::If': [deepArray(), { Ref: 'Role' }, { Ref: 'AWS::NoValue' }] };
    const arns = [...Array.from({ length: 11 }, (_, i) => `arn:aws:iam::aws:policy/P${i}`), { 'Fn::If': ['C', deepArray(), { Ref: 'AWS::NoValue' }] }, { 'Fn::If': [deepArray(), 'arn:aws:iam::aws:policy/X', { Ref: 'AWS::NoValue' }] }];
    const t = (roles: unknown): Template =>
      ({
        Conditions: { C: deepArray() },
        Resources: {
          Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] }, ManagedPolicyArns: arns } },
          P: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', Roles: [roles], PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: { 'Fn::If': ['C', 's3:GetObject', 's3:PutObject'] }, Resource: '*' }] } } },
        },
      }) as unknown as Template;
    expect(() => checkTemplate(t(deepIf))).not.toThrow();
    expect(checkTemplate(t(deepIf)).findings.map((f) => f.code)).toContain('MANAGED_POLICIES_QUOTA_EXCEEDED');
    const changes = diffTemplates([{ name: 'S', template: t(deepIf) }], [{ name: 'S', template: t({ Ref: 'Role' }) }]);
    expect(changes.map((c) => c.construct)).toEqual(['Role']);
  });

  it('diff: a policy with 5,000 Fn::If conditions is compared in at most 65 of their combinations, within the time given, and says it is not complete', () => {
    const many = (action: string): Template =>
      ({ Resources: { R: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: Array.from({ length: 5_000 }, (_, i) => ({ 'Fn::If': [`C${i}`, { Effect: 'Allow', Action: i === 0 ? action : `s3:GetObject`, Resource: `arn:aws:s3:::b${i}/*` }, { Ref: 'AWS::NoValue' }] })) } } } } }) as unknown as Template;
    const started = Date.now();
    const changes = diffTemplates([{ name: 'S', template: many('sqs:SendMessage') }], [{ name: 'S', template: many('sns:Publish') }], { timeoutMs: 2_000 });
    expect(changes.map((c) => [c.construct, c.complete])).toEqual([['R', false]]);
    expect(changes[0]!.reasons.map((r) => r.message)).toContainEqual(expect.stringContaining('more than 64 combinations; 65 were compared'));
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 120_000);

  it("a nested stack's TemplateURL nested 100,000 levels deep is read without overflow", () => {
    writeFileSync(join(dir, 'Parent.template.json'), `{"Resources":{"Child":{"Type":"AWS::CloudFormation::Stack","Properties":{"TemplateURL":${'['.repeat(DEPTH)}"x"${']'.repeat(DEPTH)}}}}}`);
    expect(readAssembly(dir).map((s) => s.name)).toEqual(['Parent']);
  });
});

describe('generated templates (fast-check, fixed seed)', () => {
  // values a template may hold where a permission set, a managed policy's attachments, an EKS association or a
  // policy's references are read: JSON, intrinsics (Ref, Fn::GetAtt, Fn::Sub, Fn::If) with names the template has or
  // lacks, lists and objects of them
  const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    v: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue(),
      fc.constantFrom('P', 'R', 'arn:aws:iam::aws:policy/ReadOnlyAccess', 'AWSLambdaBasicExecutionRole', '${aws:username}', 'SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY', 'ou-ab12-11111111'),
      fc.record({ Ref: fc.constantFrom('P', 'R', 'X', 'AWS::Region', 'a:b') }),
      fc.record({ 'Fn::GetAtt': fc.oneof(fc.tuple(fc.constantFrom('P', 'R', 'X'), fc.string()), fc.string()) }),
      fc.record({ 'Fn::Sub': fc.oneof(fc.constantFrom('${P}', '${X.Arn}', '${aws:username}', '${!x}', '${'), fc.tuple(fc.string(), fc.dictionary(fc.string(), tie('v')))) }),
      fc.record({ 'Fn::If': fc.tuple(fc.constantFrom('C', 'D'), tie('v'), tie('v')) }),
      fc.array(tie('v'), { maxLength: 4 }),
      fc.dictionary(fc.constantFrom('Statement', 'Effect', 'Action', 'Resource', 'Version', 'Name', 'Path', 'ManagedPolicyArn'), tie('v'), { maxKeys: 4 }),
    ),
  })).v;
  const home = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/${aws:username}' }] };
  const types = ['AWS::SSO::PermissionSet', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::EKS::PodIdentityAssociation', 'AWS::Serverless::Function', 'AWS::IAM::Policy', 'AWS::Logs::ResourcePolicy', 'Custom::CloudwatchLogResourcePolicy', 'AWS::KMS::Key', 'AWS::Organizations::Policy', 'AWS::Organizations::OrganizationalUnit', 'AWS::Organizations::Organization'];
  const props = ['InlinePolicy', 'ManagedPolicies', 'CustomerManagedPolicyReferences', 'PermissionsBoundary', 'PolicyDocument', 'Roles', 'Users', 'Groups', 'ManagedPolicyArns', 'Policy', 'DisableSessionTags', 'Policies', 'PolicyName', 'ResourceArn', 'Create', 'KeyPolicy', 'BypassPolicyLockoutSafetyCheck', 'Type', 'TargetIds', 'Content', 'RoleName', 'ManagedPolicyName'];
  const resource = fc.record(
    { Type: fc.constantFrom(...types), Properties: fc.dictionary(fc.constantFrom(...props), fc.oneof(value, fc.constant(home)), { maxKeys: 5 }), Condition: fc.constantFrom('C', 'D') },
    { requiredKeys: ['Type', 'Properties'] },
  );
  const template = fc.record({
    Resources: fc.dictionary(fc.constantFrom('P', 'R', 'U', 'S', 'E'), resource, { minKeys: 1, maxKeys: 5 }),
    Outputs: fc.dictionary(fc.string(), fc.record({ Value: value }), { maxKeys: 2 }),
    Conditions: fc.constant({ C: { 'Fn::Equals': ['a', 'b'] }, D: { 'Fn::Equals': ['a', 'a'] } }),
  });

  it('checkTemplate reads each without throwing', () => {
    fc.assert(
      fc.property(template, (t) => {
        checkTemplate(t as unknown as Template);
      }),
      { seed: 20261207, numRuns: 500 },
    );
  });

  it('an app of such templates, counted together (logsPoliciesElsewhere, organizationPoliciesElsewhere, iamNamesElsewhere), is read without throwing', () => {
    fc.assert(
      fc.property(template, template, fc.nat(15), fc.boolean(), (a, b, more, same) => {
        // the other stack's, and up to 15 more of a third stack's (over the quota with or without this one's)
        const extra = Array.from({ length: more }, (_, i) => ({ stack: 'C', logicalId: `L${i}`, resourceType: 'AWS::Logs::ResourcePolicy', name: `c${i}`, conditional: i % 7 === 6 }));
        const others = [...accountLogsPolicies(b as unknown as Template, 'B'), ...extra].map((u) => ({ ...u, sameAccount: same ? ('yes' as const) : ('maybe' as const) }));
        // and the SCPs and RCPs of both, with up to 15 more of the third stack's on the one OU the generator names
        const attached = [...attachedOrganizationPolicies(b as unknown as Template, 'B'), ...Array.from({ length: more }, (_, i) => ({ stack: 'C', logicalId: `S${i}`, type: i % 3 === 0 ? ('rcp' as const) : ('scp' as const), target: 'ou-ab12-11111111', conditional: i % 5 === 4 }))];
        const names = namedIamResources(b as unknown as Template, 'B').map((u) => ({ ...u, sameAccount: same ? ('yes' as const) : ('maybe' as const) }));
        checkTemplate(a as unknown as Template, { stackKey: 'A', logsPoliciesElsewhere: () => others, organizationPoliciesElsewhere: () => attached, iamNamesElsewhere: () => names });
      }),
      { seed: 20261208, numRuns: 300 },
    );
  });
});
