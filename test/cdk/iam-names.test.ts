/**
 * IAM_NAME_NOT_UNIQUE: IAM API reference (CreateRole, CreateUser, CreateGroup, CreatePolicy): "IAM
 * user, group, role, and policy names must be unique within the account. Names are not
 * distinguished by case. For example, you cannot create resources named both "MyResource" and
 * "myresource"." IAM is global, so two stacks of one account naming a role alike fail in any two
 * Regions: the second create is refused ("already exists"), a common failure of CDK apps deployed to
 * several Regions with a fixed `roleName`.
 */
import { App, Aspects, Stack, type Environment } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { checkTemplate, namedIamResources, TypedIamChecks, type Template } from '../../src/cdk/index.js';
import { sameAccount } from '../../src/cdk/assembly.js';
import { checkedAssembly } from './assembly-check.js';
import { PolicyArgumentError } from '../../src/errors.js';
import { lintTerraform } from '../../src/lint/index.js';

const CODES = ['IAM_NAME_NOT_UNIQUE', 'IAM_NAME_MAY_NOT_BE_UNIQUE'];
const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
const role = (name: unknown, extra: object = {}) => ({ Type: 'AWS::IAM::Role', Properties: { RoleName: name, AssumeRolePolicyDocument: trust }, ...extra });
const template = (resources: object, rest: object = {}) => ({ ...rest, Resources: resources }) as Template;
const found = (resources: object, rest: object = {}) =>
  checkTemplate(template(resources, rest))
    .findings.filter((f) => CODES.includes(f.code))
    .map((f) => [f.code, f.severity, f.templatePath]);

describe('one template', () => {
  it('two roles of one name, ignoring case: an error at each naming the other', () => {
    expect(found({ A: role('App'), B: role('app'), C: role('other') })).toEqual([
      ['IAM_NAME_NOT_UNIQUE', 'error', 'Resources.A.Properties.RoleName'],
      ['IAM_NAME_NOT_UNIQUE', 'error', 'Resources.B.Properties.RoleName'],
    ]);
    const [f] = checkTemplate(template({ A: role('App'), B: role('app') })).findings.filter((x) => CODES.includes(x.code));
    expect(f?.message).toMatch(/^Another role named "App" \(B\) is made in this stack's account\. IAM user, group, role and policy names are unique in an account, ignoring case, in every Region/);
  });

  it('users, groups and managed policies too, each kind apart (a role and a user may share a name)', () => {
    const user = { Type: 'AWS::IAM::User', Properties: { UserName: 'app' } };
    const group = { Type: 'AWS::IAM::Group', Properties: { GroupName: 'app' } };
    const policy = { Type: 'AWS::IAM::ManagedPolicy', Properties: { ManagedPolicyName: 'app', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }] } } };
    expect(found({ R: role('app'), U: user, G: group, P: policy })).toEqual([]);
    expect(found({ U: user, V: user }).map((x) => x[2])).toEqual(['Resources.U.Properties.UserName', 'Resources.V.Properties.UserName']);
    expect(found({ G: group, H: group })).toHaveLength(2);
    // a managed policy's path does not make its name another (CreatePolicy: unique within the account)
    expect(found({ P: policy, Q: { ...policy, Properties: { ...policy.Properties, Path: '/team/' } } }).map((x) => x[2])).toEqual(['Resources.P.Properties.ManagedPolicyName', 'Resources.Q.Properties.ManagedPolicyName']);
  });

  it('one under a Condition may not be made: a warning; a name known only at deploy time is not compared', () => {
    const conditions = { Conditions: { Prod: { 'Fn::Equals': ['a', 'b'] } } };
    expect(found({ A: role('app'), B: role('app', { Condition: 'Prod' }) }, conditions).map((x) => x[0])).toEqual(['IAM_NAME_MAY_NOT_BE_UNIQUE', 'IAM_NAME_MAY_NOT_BE_UNIQUE']);
    const params = { Parameters: { Name: { Type: 'String' } } };
    // an Fn::Sub of text without variables is that text
    expect(found({ A: role({ 'Fn::Sub': 'app' }), B: role('app') })).toHaveLength(2);
    expect(found({ A: role({ 'Fn::Sub': 'app-${AWS::Region}' }), B: role({ 'Fn::Sub': 'app-${AWS::Region}' }), C: role({ Ref: 'Name' }), D: role({ Ref: 'Name' }) }, params)).toEqual([]);
  });
});

describe("the app's other templates (iamNamesElsewhere)", () => {
  const other = (sameAccount: 'yes' | 'maybe', conditional = false) => [{ stack: 'West', logicalId: 'Role', kind: 'role', name: 'APP', property: 'RoleName', conditional, sameAccount }];

  it('a stack of the same account (any Region): an error; of an account not known at synth, or under a Condition: a warning', () => {
    const check = (elsewhere: ReturnType<typeof other>) => checkTemplate(template({ Role: role('app') }), { stackKey: 'East', iamNamesElsewhere: () => elsewhere }).findings.filter((f) => CODES.includes(f.code));
    const [f] = check(other('yes'));
    expect([f?.code, f?.message]).toEqual(['IAM_NAME_NOT_UNIQUE', expect.stringMatching(/^Another role named "app" \(West: Role\) is made in this stack's account \(in any Region\)\./)]);
    expect(check(other('maybe')).map((x) => [x.code, x.message])).toEqual([['IAM_NAME_MAY_NOT_BE_UNIQUE', expect.stringContaining("may be made in this stack's account (in any Region) if the app's stacks whose account is not known at synth")]]);
    expect(check(other('yes', true)).map((x) => x.code)).toEqual(['IAM_NAME_MAY_NOT_BE_UNIQUE']);
    // its own names given back are not counted twice
    expect(checkTemplate(template({ Role: role('app') }), { stackKey: 'East', iamNamesElsewhere: () => namedIamResources(template({ Role: role('app') }), 'East').map((u) => ({ ...u, sameAccount: 'yes' as const })) }).findings.filter((x) => CODES.includes(x.code))).toEqual([]);
  });

  it('namedIamResources lists the literal names in template order, loops expanded; it refuses what is no template', () => {
    const t = template({ A: role('app'), B: role({ Ref: 'AWS::StackName' }), U: { Type: 'AWS::IAM::User', Properties: { UserName: 'u' }, Condition: 'C' } });
    expect(namedIamResources(t, 'S')).toEqual([
      { stack: 'S', logicalId: 'A', kind: 'role', name: 'app', property: 'RoleName', conditional: false },
      { stack: 'S', logicalId: 'U', kind: 'user', name: 'u', property: 'UserName', conditional: true },
    ]);
    const loop = { Transform: 'AWS::LanguageExtensions', Resources: { 'Fn::ForEach::Roles': ['Name', ['a', 'b'], { 'Role${Name}': role({ 'Fn::Sub': 'role-${Name}' }) }] } };
    expect(namedIamResources(loop as unknown as Template, 'S').map((u) => u.name)).toEqual(['role-a', 'role-b']);
    expect(() => namedIamResources('Resources: {}' as unknown as Template, 'S')).toThrow(PolicyArgumentError);
    expect(() => namedIamResources({ Resources: {} }, 1 as unknown as string)).toThrow(PolicyArgumentError);
  });

  it('sameAccount: one root, or one known account in any Region, is one account', () => {
    expect(sameAccount({ root: 'A' }, { root: 'A' })).toBe('yes');
    expect(sameAccount({ account: '111122223333', region: 'us-east-1', root: 'A' }, { account: '111122223333', region: 'eu-west-1', root: 'B' })).toBe('yes');
    expect(sameAccount({ account: '111122223333', root: 'A' }, { account: '444455556666', root: 'B' })).toBe('no');
    expect(sameAccount({ root: 'A' }, { account: '111122223333', root: 'B' })).toBe('maybe');
  });
});

const withRole = (app: App, id: string, env?: Environment) => {
  const stack = new Stack(app, id, env === undefined ? {} : { env });
  new iam.Role(stack, 'Role', { roleName: 'app-role', assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  return stack;
};
const account = (region: string): Environment => ({ account: '111122223333', region });

describe('a CDK app', () => {
  it('one roleName in stacks of one account in two Regions: an error in each; other accounts: none; env-agnostic stacks: a warning', () => {
    const app = new App();
    const east = withRole(app, 'East', account('us-east-1'));
    const west = withRole(app, 'West', account('eu-west-1'));
    const other = withRole(app, 'Other', { account: '444455556666', region: 'us-east-1' });
    Aspects.of(app).add(new TypedIamChecks());
    app.synth();
    for (const s of [east, west]) Annotations.fromStack(s).hasError(`/${s.stackName}/Role/Resource`, Match.stringLikeRegexp('IAM_NAME_NOT_UNIQUE RoleName: Another role named "app-role"'));
    expect(Annotations.fromStack(other).findError('*', Match.stringLikeRegexp('IAM_NAME'))).toEqual([]);
    expect(Annotations.fromStack(other).findWarning('*', Match.stringLikeRegexp('IAM_NAME'))).toEqual([]);

    const agnostic = new App();
    const a = withRole(agnostic, 'A');
    withRole(agnostic, 'B');
    Aspects.of(agnostic).add(new TypedIamChecks());
    agnostic.synth();
    Annotations.fromStack(a).hasWarning('/A/Role/Resource', Match.stringLikeRegexp('IAM_NAME_MAY_NOT_BE_UNIQUE'));
  }, 120_000);

  it('cdk check of the assembly (readAssembly, stackOptions): an error in each stack of the account', () => {
    const codes = checkedAssembly((app) => {
      withRole(app, 'East', account('us-east-1'));
      withRole(app, 'West', account('eu-west-1'));
      withRole(app, 'Other', { account: '444455556666', region: 'us-east-1' });
    }, CODES);
    expect(codes).toEqual({ East: ['IAM_NAME_NOT_UNIQUE'], West: ['IAM_NAME_NOT_UNIQUE'], Other: [] });
  }, 120_000);
});

describe('lintTerraform', () => {
  const instance = (address: string, type: string, after: object, unknown: object = {}) => ({ address, mode: 'managed', type, name: address.split('.')[1], change: { actions: ['create'], before: null, after, after_unknown: unknown } });
  const roleOf = (address: string, name: string | undefined) => instance(address, 'aws_iam_role', { ...(name === undefined ? {} : { name }), assume_role_policy: JSON.stringify(trust) }, name === undefined ? { name: true } : {});
  const providers = (n: number) => ({ provider_config: Object.fromEntries(Array.from({ length: n }, (_, i) => [i === 0 ? 'aws' : `aws.r${i}`, { name: 'aws', ...(i === 0 ? {} : { alias: `r${i}` }) }])), root_module: {} });
  const plan = (changes: object[], n = 1) => ({ format_version: '1.2', configuration: providers(n), resource_changes: changes });
  const lintNames = (json: object) => lintTerraform(json).filter((f) => CODES.includes(f.code));

  it('two roles of one name (ignoring case) with one AWS provider configuration: an error at each; with several, a warning', () => {
    const two = [roleOf('aws_iam_role.a', 'App'), roleOf('aws_iam_role.b', 'app')];
    const [f, g, ...rest] = lintNames(plan(two));
    expect(rest).toEqual([]);
    expect([f?.code, f?.path, g?.path]).toEqual(['IAM_NAME_NOT_UNIQUE', 'aws_iam_role.a.name', 'aws_iam_role.b.name']);
    expect(f?.message).toMatch(/^Another role of the plan is named "App" \(aws_iam_role\.b\)\. IAM user, group, role and policy names are unique/);
    expect(lintNames(plan(two, 2)).map((x) => [x.code, x.severity])).toEqual([
      ['IAM_NAME_MAY_NOT_BE_UNIQUE', 'warning'],
      ['IAM_NAME_MAY_NOT_BE_UNIQUE', 'warning'],
    ]);
  });

  it('kinds apart; a name known only after apply (name_prefix) is not compared; a state is not read', () => {
    expect(lintNames(plan([roleOf('aws_iam_role.a', 'app'), instance('aws_iam_user.a', 'aws_iam_user', { name: 'app' }), instance('aws_iam_policy.a', 'aws_iam_policy', { name: 'app', policy: '{}' })]))).toEqual([]);
    expect(lintNames(plan([instance('aws_iam_policy.a', 'aws_iam_policy', { name: 'p', path: '/a/' }), instance('aws_iam_policy.b', 'aws_iam_policy', { name: 'P', path: '/b/' })])).map((x) => x.code)).toEqual(['IAM_NAME_NOT_UNIQUE', 'IAM_NAME_NOT_UNIQUE']);
    expect(lintNames(plan([roleOf('aws_iam_role.a', undefined), roleOf('aws_iam_role.b', undefined)]))).toEqual([]);
    const state = { format_version: '1.0', values: { root_module: { resources: ['a', 'b'].map((n) => ({ address: `aws_iam_role.${n}`, mode: 'managed', type: 'aws_iam_role', name: n, values: { name: 'app', assume_role_policy: JSON.stringify(trust) } })) } } };
    expect(lintNames(state)).toEqual([]);
  });
});
