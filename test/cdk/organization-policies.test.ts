/**
 * ORGANIZATION_POLICIES_QUOTA_EXCEEDED: AWS Organizations attaches at most 10 service control policies
 * (5 before 15 May 2026) and 5 resource control policies to one root, OU or account (Organizations
 * quotas, "Maximum number of policies attached to a root, OU, or account"). AttachPolicy API reference:
 * Organizations "attaches a default SCP named FullAWSAccess to every root, OU, and account", so an OU or
 * account a template or plan makes holds it beside the SCPs attached to it; on one that exists it may
 * have been detached. RCP syntax: RCPFullAWSAccess "is automatically attached to the organization root,
 * every OU, and every account" and cannot be detached; AWS does not say whether it takes one of the 5
 * places, so it may (a warning, never an error).
 */
import { App, Aspects, CfnCondition, Fn, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as organizations from 'aws-cdk-lib/aws-organizations';
import { describe, expect, it } from 'vitest';
import { attachedOrganizationPolicies, checkTemplate, TypedIamChecks, type Template } from '../../src/cdk/index.js';
import { checkedAssembly } from './assembly-check.js';
import { PolicyArgumentError } from '../../src/errors.js';
import { lintTerraform } from '../../src/lint/index.js';

const CODES = ['ORGANIZATION_POLICIES_QUOTA_EXCEEDED', 'ORGANIZATION_POLICIES_QUOTA_MAY_BE_EXCEEDED'];
const content = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' }] };
const policy = (targets: unknown, type = 'SERVICE_CONTROL_POLICY', extra: object = {}) => ({ Type: 'AWS::Organizations::Policy', Properties: { Type: type, Name: 'p', Content: type === 'RESOURCE_CONTROL_POLICY' ? { ...content, Statement: [{ ...content.Statement[0], Principal: '*' }] } : content, TargetIds: targets }, ...extra });
const policies = (n: number, targets: unknown, type?: string, prefix = 'P') => Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, policy(targets, type)]));
const template = (resources: object, rest: object = {}) => ({ ...rest, Resources: resources }) as Template;
const found = (resources: object, rest: object = {}) =>
  checkTemplate(template(resources, rest))
    .findings.filter((f) => CODES.includes(f.code))
    .map((f) => [f.code, f.severity, f.templatePath]);
const OU = 'ou-ab12-11111111';
const madeOu = { Type: 'AWS::Organizations::OrganizationalUnit', Properties: { Name: 'Workloads', ParentId: 'r-ab12' } };

describe('one template (cdk check)', () => {
  it('11 SCPs attached to an OU: an error at the first policy; 10: a warning, FullAWSAccess may still be attached; 9: none', () => {
    expect(found(policies(11, [OU]))).toEqual([['ORGANIZATION_POLICIES_QUOTA_EXCEEDED', 'error', 'Resources.P0.Properties.TargetIds']]);
    const { findings } = checkTemplate(template(policies(11, [OU])));
    expect(findings.find((f) => f.code === CODES[0])?.message).toMatch(/^11 service control policies are attached to ou-ab12-11111111 \(P0, P1, .* and 1 more\)\. AWS Organizations attaches at most 10 service control policies to one root, OU or account/);
    expect(found(policies(10, [OU]))).toEqual([['ORGANIZATION_POLICIES_QUOTA_MAY_BE_EXCEEDED', 'warning', 'Resources.P0.Properties.TargetIds']]);
    expect(checkTemplate(template(policies(10, [OU]))).findings.find((f) => f.code === CODES[1])?.message).toContain('if FullAWSAccess is still attached to it');
    expect(found(policies(9, [OU]))).toEqual([]);
  });

  it('an OU or account the template makes holds FullAWSAccess (AttachPolicy: attached to every OU and account): 10 SCPs are 11', () => {
    expect(found({ OU: madeOu, ...policies(10, [{ Ref: 'OU' }]) })).toEqual([['ORGANIZATION_POLICIES_QUOTA_EXCEEDED', 'error', 'Resources.P0.Properties.TargetIds']]);
    expect(checkTemplate(template({ OU: madeOu, ...policies(10, [{ Ref: 'OU' }]) })).findings.find((f) => f.code === CODES[0])?.message).toMatch(/^11 service control policies are attached to the OU OU this template makes \(P0, .*, and FullAWSAccess, which Organizations attaches/);
    expect(found({ OU: madeOu, ...policies(10, [{ 'Fn::GetAtt': ['OU', 'Id'] }]) })).toHaveLength(1);
    expect(found({ OU: madeOu, ...policies(10, ['OU.Id'].map((a) => ({ 'Fn::GetAtt': a }))) })).toHaveLength(1);
    const account = { Type: 'AWS::Organizations::Account', Properties: { AccountName: 'a', Email: 'a@example.com' } };
    expect(found({ A: account, ...policies(10, [{ Ref: 'A' }]) }).map((f) => f[0])).toEqual(['ORGANIZATION_POLICIES_QUOTA_EXCEEDED']);
    expect(found({ A: account, ...policies(10, [{ 'Fn::GetAtt': ['A', 'AccountId'] }]) })).toHaveLength(1);
    expect(found({ OU: madeOu, ...policies(9, [{ Ref: 'OU' }]) })).toEqual([]);
    // the organization's root existed before: FullAWSAccess may have been detached from it
    const org = { Type: 'AWS::Organizations::Organization', Properties: { FeatureSet: 'ALL' } };
    expect(found({ Org: org, ...policies(10, [{ 'Fn::GetAtt': ['Org', 'RootId'] }]) }).map((f) => f[0])).toEqual(['ORGANIZATION_POLICIES_QUOTA_MAY_BE_EXCEEDED']);
  });

  it('RCPs: 6 are an error; 5 a warning (RCPFullAWSAccess cannot be detached and AWS does not say whether it takes a place); SCPs and RCPs are counted apart', () => {
    const rcp = 'RESOURCE_CONTROL_POLICY';
    expect(found(policies(6, [OU], rcp))).toEqual([['ORGANIZATION_POLICIES_QUOTA_EXCEEDED', 'error', 'Resources.P0.Properties.TargetIds']]);
    const [maybe] = checkTemplate(template(policies(5, [OU], rcp))).findings.filter((f) => CODES.includes(f.code));
    expect([maybe?.code, maybe?.message]).toEqual(['ORGANIZATION_POLICIES_QUOTA_MAY_BE_EXCEEDED', expect.stringMatching(/^6 resource control policies are attached to ou-ab12-11111111 \(P0, P1, P2, P3, P4\) if RCPFullAWSAccess, attached to every root, OU and account, takes a place/)]);
    expect(found(policies(4, [OU], rcp))).toEqual([]);
    expect(found({ ...policies(9, [OU]), ...policies(4, [OU], rcp, 'R') })).toEqual([]);
    // tag, backup and other policy types are not IAM policies and have quotas of their own
    expect(found(policies(12, [OU], 'TAG_POLICY'))).toEqual([]);
  });

  it('counted per target; a policy naming one target twice is one policy there', () => {
    const other = 'ou-ab12-22222222';
    expect(found({ ...policies(6, [OU]), ...policies(5, [other], undefined, 'Q') })).toEqual([]);
    expect(found(policies(9, [OU, OU, other]))).toEqual([]);
    const both = found(policies(11, [OU, other]));
    expect(both).toEqual([
      ['ORGANIZATION_POLICIES_QUOTA_EXCEEDED', 'error', 'Resources.P0.Properties.TargetIds'],
      ['ORGANIZATION_POLICIES_QUOTA_EXCEEDED', 'error', 'Resources.P0.Properties.TargetIds'],
    ]);
  });

  it('policies under a template Condition, or targets in a branch of Fn::If, may be attached: a warning naming them', () => {
    const conditions = { Conditions: { Prod: { 'Fn::Equals': ['a', 'b'] } } };
    const conditional = { ...policies(10, [OU]), Extra: policy([OU], undefined, { Condition: 'Prod' }) };
    expect(found(conditional, conditions).map((f) => f[0])).toEqual(['ORGANIZATION_POLICIES_QUOTA_MAY_BE_EXCEEDED']);
    expect(checkTemplate(template(conditional, conditions)).findings.find((f) => f.code === CODES[1])?.message).toContain('if the policies under a template Condition are made, and if FullAWSAccess');
    // an OU the template makes: FullAWSAccess is surely there, so the Condition alone decides
    const made = { OU: madeOu, ...policies(9, [{ Ref: 'OU' }]), Extra: policy([{ 'Fn::If': ['Prod', { Ref: 'OU' }, { Ref: 'AWS::NoValue' }] }]) };
    const [f] = checkTemplate(template(made, conditions)).findings.filter((x) => CODES.includes(x.code));
    expect([f?.code, f?.templatePath]).toEqual(['ORGANIZATION_POLICIES_QUOTA_MAY_BE_EXCEEDED', 'Resources.P0.Properties.TargetIds']);
    expect(f?.message).not.toContain('FullAWSAccess is still attached');
    // the error stands at the first policy surely attaching
    const first = { Extra: policy([OU], undefined, { Condition: 'Prod' }), ...policies(11, [OU]) };
    expect(found(first, conditions)).toEqual([['ORGANIZATION_POLICIES_QUOTA_EXCEEDED', 'error', 'Resources.P0.Properties.TargetIds']]);
    // a policy naming the target outside an Fn::If too attaches to it whatever the condition
    expect(found({ ...policies(10, [OU]), Extra: policy([OU, { 'Fn::If': ['Prod', OU, { Ref: 'AWS::NoValue' }] }]) }, conditions).map((x) => x[0])).toEqual(['ORGANIZATION_POLICIES_QUOTA_EXCEEDED']);
  });

  it('a Type or target known only at deploy time is not counted', () => {
    const parameters = { Parameters: { Target: { Type: 'String' }, Kind: { Type: 'String' } } };
    expect(found(policies(12, [{ Ref: 'Target' }]), parameters)).toEqual([]);
    expect(found(policies(12, [{ 'Fn::ImportValue': 'OuId' }]))).toEqual([]);
    expect(found(policies(12, [OU], { Ref: 'Kind' } as unknown as string), parameters)).toEqual([]);
    expect(found(policies(12, { Ref: 'AWS::NoValue' }))).toEqual([]);
  });
});

describe('a CDK app (the aspect)', () => {
  it('L1 CfnPolicy resources attaching 11 SCPs to an OU: an error annotation on the first; under a CfnCondition, a warning', () => {
    const app = new App();
    const stack = new Stack(app, 'Org');
    for (let i = 0; i < 11; i++) new organizations.CfnPolicy(stack, `Scp${i}`, { name: `scp-${i}`, type: 'SERVICE_CONTROL_POLICY', content, targetIds: [OU] });
    Aspects.of(app).add(new TypedIamChecks());
    app.synth();
    Annotations.fromStack(stack).hasError('/Org/Scp0', Match.stringLikeRegexp('ORGANIZATION_POLICIES_QUOTA_EXCEEDED TargetIds: 11 service control policies'));
    expect(Annotations.fromStack(stack).findError('/Org/Scp1', Match.stringLikeRegexp('ORGANIZATION_POLICIES'))).toEqual([]);

    const app2 = new App();
    const stack2 = new Stack(app2, 'Org');
    const prod = new CfnCondition(stack2, 'Prod', { expression: Fn.conditionEquals('a', 'b') });
    for (let i = 0; i < 11; i++) {
      const p = new organizations.CfnPolicy(stack2, `Scp${i}`, { name: `scp-${i}`, type: 'SERVICE_CONTROL_POLICY', content, targetIds: [OU] });
      if (i === 10) p.cfnOptions.condition = prod;
    }
    Aspects.of(app2).add(new TypedIamChecks());
    app2.synth();
    Annotations.fromStack(stack2).hasWarning('/Org/Scp0', Match.stringLikeRegexp('ORGANIZATION_POLICIES_QUOTA_MAY_BE_EXCEEDED'));
  });
});

describe("the app's other templates (organizationPoliciesElsewhere)", () => {
  const others = (n: number, conditional = false) => Array.from({ length: n }, (_, i) => ({ stack: 'Other', logicalId: `O${i}`, type: 'scp' as const, target: OU, conditional }));

  it('Organizations counts the policies attached to one target whatever stack attaches them: an error at this template\'s first, listing the others by stack', () => {
    const [f, ...rest] = checkTemplate(template(policies(5, [OU])), { stackKey: 'Here', organizationPoliciesElsewhere: () => others(6) }).findings.filter((x) => CODES.includes(x.code));
    expect(rest).toEqual([]);
    expect([f?.code, f?.templatePath]).toEqual(['ORGANIZATION_POLICIES_QUOTA_EXCEEDED', 'Resources.P0.Properties.TargetIds']);
    expect(f?.message).toMatch(/^11 service control policies are attached to ou-ab12-11111111 \(P0, P1, P2, P3, P4, Other: O0, Other: O1, Other: O2, Other: O3, Other: O4 and 1 more\)/);
    // a target this template does not attach to is not this template's finding; its own entries given back are not counted twice
    expect(checkTemplate(template(policies(5, ['ou-ab12-22222222'])), { stackKey: 'Here', organizationPoliciesElsewhere: () => others(11) }).findings.filter((x) => CODES.includes(x.code))).toEqual([]);
    const mine = attachedOrganizationPolicies(template(policies(9, [OU])), 'Here');
    expect(checkTemplate(template(policies(9, [OU])), { stackKey: 'Here', organizationPoliciesElsewhere: () => mine }).findings.filter((x) => CODES.includes(x.code))).toEqual([]);
  });

  it('a template whose own policies are all under a Condition may attach none: a warning, not the error', () => {
    const conditions = { Conditions: { Prod: { 'Fn::Equals': ['a', 'b'] } } };
    const own = { Extra: policy([OU], undefined, { Condition: 'Prod' }) };
    const found = checkTemplate(template(own, conditions), { stackKey: 'Here', organizationPoliciesElsewhere: () => others(11) }).findings.filter((x) => CODES.includes(x.code));
    expect(found.map((x) => [x.code, x.templatePath])).toEqual([['ORGANIZATION_POLICIES_QUOTA_MAY_BE_EXCEEDED', 'Resources.Extra.Properties.TargetIds']]);
    expect(found[0]?.message).toContain('if the policies under a template Condition are made');
    // the others' own Conditions count as possible only
    expect(checkTemplate(template(policies(5, [OU])), { stackKey: 'Here', organizationPoliciesElsewhere: () => others(6, true) }).findings.filter((x) => CODES.includes(x.code)).map((x) => x.code)).toEqual(['ORGANIZATION_POLICIES_QUOTA_MAY_BE_EXCEEDED']);
  });

  it('attachedOrganizationPolicies lists the ids each policy attaches to, not the OUs the template makes; it refuses what is no template', () => {
    const t = template({ OU: madeOu, A: policy([OU, { Ref: 'OU' }, 'r-ab12']), B: policy([OU], 'RESOURCE_CONTROL_POLICY', { Condition: 'C' }), T: policy([OU], 'TAG_POLICY') });
    expect(attachedOrganizationPolicies(t, 'S')).toEqual([
      { stack: 'S', logicalId: 'A', type: 'scp', target: OU, conditional: false },
      { stack: 'S', logicalId: 'A', type: 'scp', target: 'r-ab12', conditional: false },
      { stack: 'S', logicalId: 'B', type: 'rcp', target: OU, conditional: true },
    ]);
    // an Fn::ForEach loop is expanded (CloudFormation's LanguageExtensions transform)
    const loop = { Transform: 'AWS::LanguageExtensions', Resources: { 'Fn::ForEach::Scps': ['Name', ['a', 'b'], { 'Scp${Name}': policy([OU]) }] } };
    expect(attachedOrganizationPolicies(loop as unknown as Template, 'S').map((u) => u.logicalId)).toEqual(['Scpa', 'Scpb']);
    expect(() => attachedOrganizationPolicies('Resources: {}' as unknown as Template, 'S')).toThrow(PolicyArgumentError);
    expect(() => attachedOrganizationPolicies({ Resources: {} }, 1 as unknown as string)).toThrow(PolicyArgumentError);
  });

  const guardrails = (app: App, id: string, n: number, env?: { account: string; region: string }) => {
    const stack = new Stack(app, id, env === undefined ? {} : { env });
    for (let i = 0; i < n; i++) new organizations.CfnPolicy(stack, `Scp${i}`, { name: `${id}-${i}`, type: 'SERVICE_CONTROL_POLICY', content, targetIds: [OU] });
    return stack;
  };

  it('the aspect counts the stacks of a stage together, whatever their Region: an error in each', () => {
    const app = new App();
    const a = guardrails(app, 'A', 6, { account: '111122223333', region: 'us-east-1' });
    const b = guardrails(app, 'B', 5, { account: '111122223333', region: 'eu-west-1' });
    Aspects.of(app).add(new TypedIamChecks());
    app.synth();
    for (const s of [a, b]) Annotations.fromStack(s).hasError(`/${s.stackName}/Scp0`, Match.stringLikeRegexp('ORGANIZATION_POLICIES_QUOTA_EXCEEDED TargetIds: 11 service control policies'));
  }, 120_000);

  it('cdk check of the assembly (readAssembly, stackOptions): an error in each stack attaching to the OU', () => {
    const codes = checkedAssembly((app) => {
      guardrails(app, 'A', 6);
      guardrails(app, 'B', 5);
    }, CODES);
    expect(codes).toEqual({ A: ['ORGANIZATION_POLICIES_QUOTA_EXCEEDED'], B: ['ORGANIZATION_POLICIES_QUOTA_EXCEEDED'] });
  }, 120_000);
});

describe('lintTerraform', () => {
  const scpContent = JSON.stringify(content);
  const orgPolicy = (address: string, id: string | undefined, type = 'SERVICE_CONTROL_POLICY') => ({
    address,
    mode: 'managed',
    type: 'aws_organizations_policy',
    name: /^aws_organizations_policy\.([^[]+)/.exec(address)![1],
    change: { actions: [id === undefined ? 'create' : 'no-op'], before: null, after: { ...(id === undefined ? {} : { id }), type, content: scpContent }, after_unknown: id === undefined ? { id: true } : {} },
  });
  const attachment = (address: string, policyId: string | undefined, targetId: string | undefined) => ({
    address,
    mode: 'managed',
    type: 'aws_organizations_policy_attachment',
    name: 'a',
    change: { actions: ['create'], before: null, after: { ...(policyId === undefined ? {} : { policy_id: policyId }), ...(targetId === undefined ? {} : { target_id: targetId }) }, after_unknown: { ...(policyId === undefined ? { policy_id: true } : {}), ...(targetId === undefined ? { target_id: true } : {}), id: true } },
  });
  const newOu = { address: 'aws_organizations_organizational_unit.w', mode: 'managed', type: 'aws_organizations_organizational_unit', name: 'w', change: { actions: ['create'], before: null, after: { name: 'Workloads', parent_id: 'r-ab12' }, after_unknown: { id: true } } };
  /** A plan attaching `n` existing policies of `type` (ids p-0, p-1, ...) and the `extra` ids to an OU, with count. */
  const plan = (n: number, options: { type?: string; extra?: string[] } = {}) => {
    const ids = [...Array.from({ length: n }, (_, i) => `p-${i}`), ...(options.extra ?? [])];
    return {
      format_version: '1.2',
      resource_changes: [...Array.from({ length: n }, (_, i) => orgPolicy(`aws_organizations_policy.p[${i}]`, `p-${i}`, options.type)), ...ids.map((id, i) => attachment(`aws_organizations_policy_attachment.a[${i}]`, id, OU))],
    };
  };
  /**
   * A plan making `n` policies and an OU and attaching each policy to it, as written with for_each
   * (`for_each = aws_organizations_policy.p`, `policy_id = each.value.id`) or count
   * (`policy_id = aws_organizations_policy.p[count.index].id`): ids known only after apply.
   */
  const made = (n: number, by: 'for_each' | 'count') => {
    const key = (i: number) => (by === 'count' ? `[${i}]` : `["scp${i}"]`);
    const block = {
      address: 'aws_organizations_policy_attachment.a',
      mode: 'managed',
      type: 'aws_organizations_policy_attachment',
      name: 'a',
      ...(by === 'count' ? { count_expression: { constant_value: n } } : { for_each_expression: { references: ['aws_organizations_policy.p'] } }),
      expressions: {
        policy_id: { references: by === 'count' ? ['aws_organizations_policy.p', 'count.index'] : ['each.value.id', 'each.value'] },
        target_id: { references: ['aws_organizations_organizational_unit.w.id', 'aws_organizations_organizational_unit.w'] },
      },
    };
    return {
      format_version: '1.2',
      configuration: { root_module: { resources: [block] } },
      resource_changes: [newOu, ...Array.from({ length: n }, (_, i) => orgPolicy(`aws_organizations_policy.p${key(i)}`, undefined)), ...Array.from({ length: n }, (_, i) => attachment(`aws_organizations_policy_attachment.a${key(i)}`, undefined, undefined))],
    };
  };
  const lintOrg = (json: object) => lintTerraform(json).filter((f) => CODES.includes(f.code));

  it('11 SCPs attached to an OU: an error at the first attachment; 10: a warning', () => {
    const [f, ...rest] = lintOrg(plan(11));
    expect(rest).toEqual([]);
    expect([f?.code, f?.severity, f?.path]).toEqual(['ORGANIZATION_POLICIES_QUOTA_EXCEEDED', 'error', 'aws_organizations_policy_attachment.a[0].target_id']);
    expect(f?.message).toMatch(/^The plan attaches 11 service control policies to ou-ab12-11111111 \(aws_organizations_policy_attachment\.a\[0\], .*, and 1 more\)\. AWS Organizations attaches at most 10/);
    expect(lintOrg(plan(10)).map((x) => [x.code, x.severity])).toEqual([['ORGANIZATION_POLICIES_QUOTA_MAY_BE_EXCEEDED', 'warning']]);
    expect(lintOrg(plan(9))).toEqual([]);
  });

  it('new policies and a new OU, read through the configuration (for_each, count): FullAWSAccess on the new OU makes 10 SCPs 11', () => {
    for (const by of ['for_each', 'count'] as const) {
      const [f, ...rest] = lintOrg(made(10, by));
      expect(rest).toEqual([]);
      expect([f?.code, f?.message]).toEqual(['ORGANIZATION_POLICIES_QUOTA_EXCEEDED', expect.stringMatching(/^The plan attaches 11 service control policies to aws_organizations_organizational_unit\.w, which the plan makes \(.*, and FullAWSAccess, which Organizations attaches/)]);
      expect(lintOrg(made(9, by))).toEqual([]);
    }
    // a policy_id the configuration does not tie to one policy of the plan: its type is not known, so it is not counted
    const loose = made(10, 'for_each');
    const block = loose.configuration.root_module.resources[0]!;
    const untied = { ...loose, configuration: { root_module: { resources: [{ ...block, expressions: { ...block.expressions, policy_id: { references: ['var.policy_id'] } } }] } } };
    expect(lintOrg(untied)).toEqual([]);
  });

  it('FullAWSAccess attached by the plan is one of them, not one more', () => {
    expect(lintOrg(plan(9, { extra: ['p-FullAWSAccess'] }))).toEqual([]);
    expect(lintOrg(plan(10, { extra: ['p-FullAWSAccess'] })).map((x) => x.code)).toEqual(['ORGANIZATION_POLICIES_QUOTA_EXCEEDED']);
  });

  it('RCPs: 6 an error, 5 a warning; other policy types and policies the plan does not show are not counted', () => {
    expect(lintOrg(plan(6, { type: 'RESOURCE_CONTROL_POLICY' })).map((x) => x.code)).toEqual(['ORGANIZATION_POLICIES_QUOTA_EXCEEDED']);
    expect(lintOrg(plan(5, { type: 'RESOURCE_CONTROL_POLICY' })).map((x) => x.code)).toEqual(['ORGANIZATION_POLICIES_QUOTA_MAY_BE_EXCEEDED']);
    expect(lintOrg(plan(12, { type: 'TAG_POLICY' }))).toEqual([]);
    expect(lintOrg(plan(0, { extra: Array.from({ length: 12 }, (_, i) => `p-other${i}`) }))).toEqual([]);
  });

  it('a state is not counted: what it holds was attached within the quota', () => {
    const resources = plan(11).resource_changes.map((r) => ({ address: r.address, mode: r.mode, type: r.type, name: r.name, values: r.change.after }));
    expect(lintOrg({ format_version: '1.0', values: { root_module: { resources } } })).toEqual([]);
  });
});
