/** Permissions boundaries in CDK apps are linted as boundaries, not as identity policies. */
import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { checkTemplate, findPolicies, TypedIamChecks, type Template as CfnTemplate } from '../../src/cdk/index.js';

// IAM User Guide, "Permissions boundaries for IAM entities": a boundary sets the maximum permissions an
// identity-based policy can grant and grants nothing itself, so `Allow * on *` plus Deny statements is its usual form
const wide = () => [
  new iam.PolicyStatement({ actions: ['*'], resources: ['*'] }),
  new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['iam:CreateUser', 'iam:DeleteRolePermissionsBoundary'], resources: ['*'] }),
];
const identityOnly = /ALL_ACTIONS_ON_ALL_RESOURCES|PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE|CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE/;

function app() {
  const a = new App();
  const stack = new Stack(a, 'Bounded');
  const boundary = new iam.ManagedPolicy(stack, 'Boundary', { statements: wide() });
  new iam.Role(stack, 'Worker', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), permissionsBoundary: boundary });
  // PermissionsBoundary.of applies one to every role and user below a scope
  const team = new Stack(a, 'Team');
  const teamBoundary = new iam.ManagedPolicy(team, 'TeamBoundary', { statements: wide() });
  new iam.User(team, 'Dev');
  iam.PermissionsBoundary.of(team).apply(teamBoundary);
  // the same document attached to a role grants it: an identity policy
  const admin = new Stack(a, 'Admin');
  const granted = new iam.ManagedPolicy(admin, 'Granted', { statements: wide() });
  new iam.Role(admin, 'Ops', { assumedBy: new iam.AccountRootPrincipal(), managedPolicies: [granted], permissionsBoundary: granted });
  return { a, stacks: [stack, team, admin] as const };
}

describe('a managed policy used as a permissions boundary', () => {
  it('is linted as kind boundary: Allow * on * with Denies gets no identity-policy findings (were ALL_ACTIONS_ON_ALL_RESOURCES, PASS_ROLE_..., CREATE_SLR_...)', () => {
    const { a, stacks } = app();
    Aspects.of(a).add(new TypedIamChecks({ failOn: 'suggestion' }));
    for (const s of stacks) Template.fromStack(s);
    const [bounded, team] = stacks;
    for (const s of [bounded, team]) {
      const t = Template.fromStack(s).toJSON() as CfnTemplate;
      expect(findPolicies(t).filter((p) => p.resourceType === 'AWS::IAM::ManagedPolicy').map((p) => p.kind)).toEqual(['boundary']);
      const found = [...Annotations.fromStack(s).findError('*', Match.stringLikeRegexp('typed-iam')), ...Annotations.fromStack(s).findWarning('*', Match.stringLikeRegexp('typed-iam'))];
      expect(found.map((f) => String(f.entry.data)).filter((m) => identityOnly.test(m))).toEqual([]);
    }
  });

  it('one also attached as a managed policy is an identity policy and keeps its findings', () => {
    const { stacks } = app();
    const t = Template.fromStack(stacks[2]).toJSON() as CfnTemplate;
    expect(findPolicies(t).filter((p) => p.resourceType === 'AWS::IAM::ManagedPolicy').map((p) => p.kind)).toEqual(['identity']);
    expect(checkTemplate(t).findings.map((f) => f.code)).toContain('ALL_ACTIONS_ON_ALL_RESOURCES');
  });

  it('a CfnRole naming it by PolicyArn (Fn::GetAtt), and one attaching it through ManagedPolicyArns', () => {
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
    const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
    const template = (extra: object): CfnTemplate => ({
      Resources: {
        B: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: doc } },
        R: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: trust, PermissionsBoundary: { 'Fn::GetAtt': ['B', 'PolicyArn'] } } },
        ...extra,
      },
    }) as never;
    const kinds = (t: CfnTemplate) => findPolicies(t).filter((p) => p.logicalId === 'B').map((p) => p.kind);
    expect(kinds(template({}))).toEqual(['boundary']);
    expect(kinds(template({ G: { Type: 'AWS::IAM::Group', Properties: { ManagedPolicyArns: [{ Ref: 'B' }] } } }))).toEqual(['identity']);
  });
});
