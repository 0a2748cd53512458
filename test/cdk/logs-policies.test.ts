/**
 * LOGS_RESOURCE_POLICIES_QUOTA_EXCEEDED: CloudWatch Logs keeps at most 10 resource policies without a resource ARN in
 * an account and Region. CloudWatch Logs API reference, PutResourcePolicy: "Policy limits - An account can have a
 * maximum of 10 policies without resourceARN and one per LogGroup resourceARN"; its quotas page: "Up to 10 CloudWatch
 * Logs resource policies per Region per account. This quota can't be changed." PutResourcePolicy "creates or updates"
 * the policy of a name: two writes of one name are one policy. aws-cdk-lib makes one per events rule target
 * CloudWatchLogGroup (Custom::CloudwatchLogResourcePolicy) and per log group given addToResourcePolicy
 * (AWS::Logs::ResourcePolicy), and deployments fail past the quota ("Resource limit exceeded", aws/aws-cdk#20567).
 */
import { App, Aspects, NestedStack, Stack, type Environment } from 'aws-cdk-lib';
import { Annotations, Match, Template as Assertions } from 'aws-cdk-lib/assertions';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import { describe, expect, it } from 'vitest';
import { checkTemplate, TypedIamChecks, type Template } from '../../src/cdk/index.js';
import { samePlace } from '../../src/cdk/assembly.js';
import { checkedAssembly } from './assembly-check.js';
import { lintTerraform } from '../../src/lint/index.js';

const CODES = ['LOGS_RESOURCE_POLICIES_QUOTA_EXCEEDED', 'LOGS_RESOURCE_POLICIES_QUOTA_MAY_BE_EXCEEDED'];
const document = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'route53.amazonaws.com' }, Action: 'logs:PutLogEvents', Resource: 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/route53/*' }] });
const policy = (name: unknown, extra: object = {}) => ({ Type: 'AWS::Logs::ResourcePolicy', Properties: { PolicyName: name, PolicyDocument: document }, ...extra });
const found = (t: object) => checkTemplate(t as Template).findings.filter((f) => CODES.includes(f.code));
const resources = (n: number, make: (i: number) => object = (i) => policy(`p${i}`)) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`P${i}`, make(i)]));

describe('one template (cdk check)', () => {
  it('11 policies are an error, at the first, naming them; 10 are none', () => {
    const [f, ...rest] = found({ Resources: resources(11) });
    expect(rest).toEqual([]);
    expect([f?.code, f?.severity, f?.logicalId, f?.templatePath]).toEqual(['LOGS_RESOURCE_POLICIES_QUOTA_EXCEEDED', 'error', 'P0', 'Resources.P0.Properties.PolicyName']);
    expect(f?.message).toMatch(/^11 CloudWatch Logs resource policies of the account are made in this stack's account and Region \(P0, P1, .*P9 and 1 more\)\. CloudWatch Logs allows 10 /);
    expect(f?.message).toContain('"Resource limit exceeded"');
    expect(f?.message).toContain('AWS::Logs::LogGroup ResourcePolicyDocument');
    expect(found({ Resources: resources(10) })).toEqual([]);
  });

  it('policies of one name are one policy; a name given by a reference is one of its own', () => {
    // PutResourcePolicy of a name that exists updates it
    expect(found({ Resources: resources(12, (i) => policy(i < 3 ? 'shared' : `p${i}`)) })).toEqual([]);
    const refs = found({ Parameters: { N: { Type: 'String' } }, Resources: resources(11, (i) => policy(i < 3 ? { 'Fn::Sub': '${N}' } : `p${i}`)) });
    expect(refs.map((f) => f.code)).toEqual(['LOGS_RESOURCE_POLICIES_QUOTA_EXCEEDED']);
  });

  it("a log group's own policy (a resource ARN) is outside the quota", () => {
    const t = { Resources: resources(11, (i) => (i === 0 ? { ...policy('p0'), Properties: { ...policy('p0').Properties, ResourceArn: 'arn:aws:logs:us-east-1:111122223333:log-group:a' } } : policy(`p${i}`))) };
    expect(found(t)).toEqual([]);
  });

  it('with resources under a Condition, over only if they are made: a warning', () => {
    const t = { Conditions: { Prod: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] } }, Resources: resources(11, (i) => policy(`p${i}`, i === 10 ? { Condition: 'Prod' } : {})) };
    const [f, ...rest] = found(t);
    expect(rest).toEqual([]);
    expect([f?.code, f?.severity]).toEqual(['LOGS_RESOURCE_POLICIES_QUOTA_MAY_BE_EXCEEDED', 'warning']);
    expect(f?.message).toContain('if the resources under a template Condition are made');
  });

  it("another stack's 11 are its error; this stack, whose one is under a Condition, gets the warning", () => {
    const others = Object.keys(resources(11)).map((id, i) => ({ stack: 'B', logicalId: id, resourceType: 'AWS::Logs::ResourcePolicy', name: `b${i}`, conditional: false, sameAccount: 'yes' as const }));
    const t = { Conditions: { Prod: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] } }, Resources: { Mine: policy('mine', { Condition: 'Prod' }) } };
    const f = checkTemplate(t as unknown as Template, { stackKey: 'A', logsPoliciesElsewhere: () => others }).findings.filter((x) => CODES.includes(x.code));
    expect(f.map((x) => [x.code, x.logicalId])).toEqual([['LOGS_RESOURCE_POLICIES_QUOTA_MAY_BE_EXCEEDED', 'Mine']]);
    expect(f[0]!.message).toMatch(/^12 CloudWatch Logs resource policies .*\(Mine, B: P0, .*if the resources under a template Condition are made/);
  });

  it('custom resources whose SDK call puts a policy without resourceArn count, in each way of naming the call', () => {
    const call = (service: string, action: string, parameters: object) => ({ Type: 'Custom::CloudwatchLogResourcePolicy', Properties: { ServiceToken: 'arn:aws:lambda:us-east-1:111122223333:function:f', Create: JSON.stringify({ service, action, parameters }) } });
    const mixed = resources(11, (i) =>
      i < 4 ? policy(`p${i}`) : i < 8 ? call('CloudWatchLogs', 'putResourcePolicy', { policyName: `c${i}`, policyDocument: document }) : call('@aws-sdk/client-cloudwatch-logs', 'PutResourcePolicyCommand', { policyName: `c${i}`, policyDocument: document }),
    );
    const [f] = found({ Resources: { ...Object.fromEntries(Object.entries(mixed).slice(4)), ...Object.fromEntries(Object.entries(mixed).slice(0, 4)) } });
    expect([f?.code, f?.templatePath]).toEqual(['LOGS_RESOURCE_POLICIES_QUOTA_EXCEEDED', 'Resources.P4.Properties.Create']);
    expect(f?.message).toContain('Custom::CloudwatchLogResourcePolicy');
    // a log group's policy, and other calls, do not count
    const other = { ...mixed, P9: call('CloudWatchLogs', 'putResourcePolicy', { policyName: 'c9', policyDocument: document, resourceArn: 'arn:aws:logs:us-east-1:111122223333:log-group:a' }), P10: call('CloudWatchLogs', 'deleteResourcePolicy', { policyName: 'c10' }) };
    expect(found({ Resources: other })).toEqual([]);
  });
});

/** A stack with `n` log groups, each given a resource policy (AWS::Logs::ResourcePolicy), `m` rules logging to a log group (Custom::CloudwatchLogResourcePolicy). */
function logging(scope: App | Stack, id: string, n: number, m = 0, env?: Environment): Stack {
  const stack = scope instanceof App ? new Stack(scope, id, env === undefined ? {} : { env }) : new NestedStack(scope, id);
  for (let i = 0; i < n; i++) new logs.LogGroup(stack, `Group${i}`).addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.ServicePrincipal('route53.amazonaws.com')], actions: ['logs:PutLogEvents'], resources: ['*'] }));
  const target = m > 0 ? new logs.LogGroup(stack, 'Events') : undefined;
  for (let i = 0; i < m; i++) new events.Rule(stack, `Rule${i}`, { eventPattern: { source: [`app.${i}`] }, targets: [new targets.CloudWatchLogGroup(target!)] });
  return stack;
}

const logsErrors = Match.stringLikeRegexp('LOGS_RESOURCE_POLICIES_QUOTA_EXCEEDED');
const logsWarnings = Match.stringLikeRegexp('LOGS_RESOURCE_POLICIES_QUOTA_MAY_BE_EXCEEDED');

describe('aws-cdk-lib apps', () => {
  it("events rules logging to a log group: one policy each (aws-cdk-lib's custom resource), 11 an error", () => {
    const stack = logging(new App(), 'Events', 0, 11);
    const t = Assertions.fromStack(stack).toJSON() as Template;
    expect(Object.values(t.Resources ?? {}).filter((r) => r.Type === 'Custom::CloudwatchLogResourcePolicy').length).toBe(11);
    const [f, ...rest] = found(t);
    expect(rest).toEqual([]);
    expect(f?.code).toBe('LOGS_RESOURCE_POLICIES_QUOTA_EXCEEDED');
    expect(f?.message).toContain('CfnRule');
    expect(found(Assertions.fromStack(logging(new App(), 'Events', 0, 10)).toJSON())).toEqual([]);
  });

  const env = (region: string): Environment => ({ account: '111122223333', region });

  it('the aspect counts the stacks of one account and Region together: an error in each', () => {
    const app = new App();
    const a = logging(app, 'A', 6, 0, env('us-east-1'));
    const b = logging(app, 'B', 6, 0, env('us-east-1'));
    const c = logging(app, 'C', 6, 0, env('eu-west-1'));
    Aspects.of(app).add(new TypedIamChecks());
    app.synth();
    for (const s of [a, b]) expect(Annotations.fromStack(s).findError('*', logsErrors).length).toBe(1);
    expect(String(Annotations.fromStack(a).findError('*', logsErrors)[0]!.entry.data)).toMatch(/^\[typed-iam\] error LOGS_RESOURCE_POLICIES_QUOTA_EXCEEDED PolicyName: 12 CloudWatch Logs resource policies .*B: Group0/);
    expect(Annotations.fromStack(c).findError('*', logsErrors)).toEqual([]);
  }, 120_000);

  it('env-agnostic stacks may deploy to one account: a warning; a nested stack deploys with its parent: an error', () => {
    const app = new App();
    const a = logging(app, 'A', 6);
    const b = logging(app, 'B', 6);
    Aspects.of(app).add(new TypedIamChecks());
    app.synth();
    for (const s of [a, b]) {
      expect(Annotations.fromStack(s).findError('*', logsErrors)).toEqual([]);
      expect(Annotations.fromStack(s).findWarning('*', logsWarnings).length).toBe(1);
    }
    expect(String(Annotations.fromStack(a).findWarning('*', logsWarnings)[0]!.entry.data)).toContain("if the app's stacks whose account or Region is not known at synth deploy to this stack's");

    const nesting = new App();
    const parent = logging(nesting, 'Parent', 6);
    logging(parent, 'Child', 6);
    Aspects.of(nesting).add(new TypedIamChecks());
    nesting.synth();
    expect(Annotations.fromStack(parent).findError('*', logsErrors).length).toBe(2);
  }, 120_000);

  it('cdk check of the assembly (readAssembly, stackOptions): an error in each stack of the account and Region over the quota, none in the other Region', () => {
    const codes = checkedAssembly((app) => {
      logging(app, 'A', 6, 0, env('us-east-1'));
      logging(app, 'B', 6, 0, env('us-east-1'));
      logging(app, 'C', 6, 0, env('eu-west-1'));
    }, CODES);
    expect(codes).toEqual({ A: ['LOGS_RESOURCE_POLICIES_QUOTA_EXCEEDED'], B: ['LOGS_RESOURCE_POLICIES_QUOTA_EXCEEDED'], C: [] });
  }, 120_000);

  it('samePlace: one root, or a known account and Region alike, is one place; a known difference is none', () => {
    expect(samePlace({ root: 'A' }, { root: 'A' })).toBe('yes');
    expect(samePlace({ account: '111122223333', region: 'us-east-1', root: 'A' }, { account: '111122223333', region: 'us-east-1', root: 'B' })).toBe('yes');
    expect(samePlace({ account: '111122223333', root: 'A' }, { account: '111122223333', region: 'us-east-1', root: 'B' })).toBe('maybe');
    expect(samePlace({ account: '111122223333', root: 'A' }, { account: '444455556666', root: 'B' })).toBe('no');
    expect(samePlace({ region: 'us-east-1', root: 'A' }, { region: 'eu-west-1', root: 'B' })).toBe('no');
  });
});

describe('lintTerraform', () => {
  const instance = (i: number, after: object, unknown: object = {}) => ({
    address: `aws_cloudwatch_log_resource_policy.p[${i}]`,
    mode: 'managed',
    type: 'aws_cloudwatch_log_resource_policy',
    name: 'p',
    index: i,
    change: { actions: ['create'], before: null, after: { policy_name: `p${i}`, policy_document: document, ...after }, after_unknown: unknown },
  });
  const oneProvider = { provider_config: { aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws' } }, root_module: {} };
  const plan = (n: number, after: (i: number) => object = () => ({}), configuration: object = oneProvider) => ({ format_version: '1.2', configuration, resource_changes: Array.from({ length: n }, (_, i) => instance(i, after(i))) });
  const lintLogs = (json: object) => lintTerraform(json).filter((f) => CODES.includes(f.code));

  it('a plan making 11 with one AWS provider configuration: an error at the first', () => {
    const [f, ...rest] = lintLogs(plan(11));
    expect(rest).toEqual([]);
    expect([f?.code, f?.severity, f?.path]).toEqual(['LOGS_RESOURCE_POLICIES_QUOTA_EXCEEDED', 'error', 'aws_cloudwatch_log_resource_policy.p[0].policy_name']);
    expect(f?.message).toMatch(/^The plan makes or keeps 11 CloudWatch Logs resource policies without resource_arn \(aws_cloudwatch_log_resource_policy\.p\[0\], aws_cloudwatch_log_resource_policy\.p\[1\], /);
    expect(f?.message).toContain('aws_cloudwatch_log_resource_policy with resource_arn');
    expect(lintLogs(plan(10))).toEqual([]);
  });

  it('with several AWS provider configurations (several accounts, maybe), or none known: a warning', () => {
    const two = { provider_config: { aws: { name: 'aws' }, 'aws.audit': { name: 'aws', alias: 'audit' } }, root_module: {} };
    expect(lintLogs(plan(11, () => ({}), two)).map((f) => [f.code, f.severity])).toEqual([['LOGS_RESOURCE_POLICIES_QUOTA_MAY_BE_EXCEEDED', 'warning']]);
    const { configuration: _, ...bare } = plan(11);
    expect(lintLogs(bare).map((f) => f.code)).toEqual(['LOGS_RESOURCE_POLICIES_QUOTA_MAY_BE_EXCEEDED']);
  });

  it('counted by Region (AWS provider 6 sets region on each resource) and by name; a resource_arn is a log group policy', () => {
    expect(lintLogs(plan(12, (i) => ({ region: i % 2 === 0 ? 'us-east-1' : 'eu-west-1' })))).toEqual([]);
    const one = lintLogs(plan(11, () => ({ region: 'eu-west-1' })));
    expect(one[0]?.message).toContain('without resource_arn in eu-west-1 (');
    expect(lintLogs(plan(12, (i) => ({ policy_name: i < 3 ? 'shared' : `p${i}` })))).toEqual([]);
    expect(lintLogs(plan(11, (i) => (i === 0 ? { policy_name: null, resource_arn: 'arn:aws:logs:us-east-1:111122223333:log-group:a' } : {})))).toEqual([]);
    // a region or resource_arn known only after apply is not judged
    const later = { ...plan(11), resource_changes: plan(11).resource_changes.map((r, i) => (i === 0 ? { ...r, change: { ...r.change, after_unknown: { resource_arn: true } } } : r)) };
    expect(lintLogs(later)).toEqual([]);
  });

  it('a state is not counted: what it holds was made within the quota', () => {
    const state = { format_version: '1.0', values: { root_module: { resources: Array.from({ length: 11 }, (_, i) => ({ address: `aws_cloudwatch_log_resource_policy.p[${i}]`, mode: 'managed', type: 'aws_cloudwatch_log_resource_policy', name: 'p', index: i, values: { policy_name: `p${i}`, policy_document: document } })) } } };
    expect(lintLogs(state)).toEqual([]);
  });
});

describe('accountLogsPolicies', () => {
  it('reads a template as checkTemplate does, and refuses what is none', async () => {
    const { accountLogsPolicies } = await import('../../src/cdk/cloudformation.js');
    const { PolicyArgumentError } = await import('../../src/errors.js');
    expect(accountLogsPolicies({ Resources: resources(2) } as Template, 'S').map((u) => [u.stack, u.logicalId, u.name, u.conditional])).toEqual([
      ['S', 'P0', 'p0', false],
      ['S', 'P1', 'p1', false],
    ]);
    // an Fn::ForEach loop is expanded (CloudFormation's LanguageExtensions transform)
    const loop = { Transform: 'AWS::LanguageExtensions', Resources: { 'Fn::ForEach::Logs': ['Name', ['a', 'b'], { 'Policy${Name}': policy({ 'Fn::Sub': 'p-${Name}' }) }] } };
    expect(accountLogsPolicies(loop as unknown as Template, 'S').map((u) => u.logicalId)).toEqual(['Policya', 'Policyb']);
    expect(() => accountLogsPolicies('Resources: {}' as unknown as Template, 'S')).toThrow(PolicyArgumentError);
    expect(() => accountLogsPolicies({ Resources: {} }, 1 as unknown as string)).toThrow(PolicyArgumentError);
  });
});
