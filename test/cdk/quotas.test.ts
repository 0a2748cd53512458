/** Element-count quotas of resource policies CDK writes (SQS, SNS), read by the aspect and checkTemplate. */
import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { checkTemplate, TypedIamChecks, type Template as CfnTemplate } from '../../src/cdk/index.js';

/** A queue subscribed to `n` topics: CDK adds one statement per topic to the queue policy (aws-cdk#16303). */
function subscribed(n: number): { stack: Stack; template: CfnTemplate } {
  const app = new App();
  const stack = new Stack(app, 'Fanout');
  const queue = new sqs.Queue(stack, 'Inbox');
  for (let i = 0; i < n; i++) new sns.Topic(stack, `Topic${i}`).addSubscription(new subscriptions.SqsSubscription(queue));
  Aspects.of(app).add(new TypedIamChecks());
  return { stack, template: Template.fromStack(stack).toJSON() as CfnTemplate };
}

describe('element-count quotas of SQS queue policies', () => {
  it('21 topics subscribing one queue fail synth: SQS takes 20 statements ("21 statements were found in the submitted policy, max allowed is 20")', () => {
    const { stack, template } = subscribed(21);
    const errors = Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('POLICY_ELEMENTS_EXCEED_QUOTA'));
    expect(errors.map((e) => e.id)).toEqual(['/Fanout/Inbox/Policy/Resource']);
    expect(String(errors[0]!.entry.data)).toContain("21 statements, 1 over the 20 of target 'sqs-queue'");
    const found = checkTemplate(template).findings.filter((f) => f.code === 'POLICY_ELEMENTS_EXCEED_QUOTA');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('error');
  }, 60_000);

  it('20 topics fit', () => {
    const { stack, template } = subscribed(20);
    expect(Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('POLICY_ELEMENTS_EXCEED_QUOTA'))).toEqual([]);
    expect(checkTemplate(template).findings.filter((f) => f.code === 'POLICY_ELEMENTS_EXCEED_QUOTA')).toEqual([]);
  }, 60_000);
});

describe('managed policies counted in each combination of the template choices (IAM quota: 10 per role by default)', () => {
  const NO = { Ref: 'AWS::NoValue' };
  const arn = (name: string) => `arn:aws:iam::aws:policy/${name}`;
  const when = (condition: string, value: unknown, otherwise: unknown = NO) => ({ 'Fn::If': [condition, value, otherwise] });
  const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };
  /** A role with `arns` as its ManagedPolicyArns, and managed policies naming it (their extra attributes and Roles). */
  const template = (arns: unknown[], managed: { extra?: object; roles?: unknown[] }[] = [], role: object = {}): CfnTemplate =>
    ({
      Conditions: Object.fromEntries(['Prod', 'A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c) => [c, { 'Fn::Equals': [{ Ref: 'Env' }, c] }])),
      Parameters: { Env: { Type: 'String' } },
      Resources: {
        Role: { Type: 'AWS::IAM::Role', ...role, Properties: { AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] }, ManagedPolicyArns: arns } },
        ...Object.fromEntries(managed.map((m, i) => [`Managed${i}`, { Type: 'AWS::IAM::ManagedPolicy', ...m.extra, Properties: { Roles: m.roles ?? [{ Ref: 'Role' }], PolicyDocument: doc } }])),
      },
    }) as unknown as CfnTemplate;
  const managedFindings = (t: CfnTemplate) => checkTemplate(t).findings.filter((f) => f.code.startsWith('MANAGED_POLICIES'));
  const six = (prefix: string) => Array.from({ length: 6 }, (_, i) => arn(`${prefix}${i}`));

  it('six in each branch of one Fn::If are six, never twelve: no finding (was MANAGED_POLICIES_QUOTA_EXCEEDED)', () => {
    expect(managedFindings(template([...six('Prod').map((a) => when('Prod', a)), ...six('Dev').map((a) => when('Prod', NO, a))]))).toEqual([]);
  });

  it('managed policies whose Roles an Fn::If chooses, or whose resource has a Condition: over only where Prod is true, a warning naming it', () => {
    const plain = six('Plain').slice(0, 5);
    for (const managed of [Array.from({ length: 6 }, () => ({ roles: [when('Prod', { Ref: 'Role' })] })), Array.from({ length: 6 }, () => ({ extra: { Condition: 'Prod' } }))]) {
      const found = managedFindings(template(plain, managed));
      expect(found.map((f) => [f.code, f.severity, f.logicalId])).toEqual([['MANAGED_POLICIES_QUOTA_MAY_BE_EXCEEDED', 'warning', 'Role']]);
      expect(found[0]!.message).toMatch(/^11 managed policies are attached where condition Prod is true, more than the 10 IAM allows .*deployment fails there; attach fewer in that case or raise the quota and set maxManagedPolicies\.$/);
    }
  });

  it('over only where two conditions are both true: the message names both', () => {
    const four = (p: string) => six(p).slice(0, 4);
    const found = managedFindings(template([...four('Plain'), ...four('A').map((a) => when('A', a)), ...four('B').map((a) => when('B', a))]));
    expect(found.map((f) => f.code)).toEqual(['MANAGED_POLICIES_QUOTA_MAY_BE_EXCEEDED']);
    expect(found[0]!.message).toContain('12 managed policies are attached where condition A is true and condition B is true,');
  });

  it('over in every combination: an error with the fewest counted; a role with a Condition is judged where it exists', () => {
    const eleven = [...six('Plain'), ...six('More').slice(0, 5)];
    const found = managedFindings(template([...eleven, when('Prod', arn('Extra'))]));
    expect(found.map((f) => [f.code, f.severity])).toEqual([['MANAGED_POLICIES_QUOTA_EXCEEDED', 'error']]);
    expect(found[0]!.message).toMatch(/^11 managed policies are attached/);
    expect(managedFindings(template(eleven, [], { Condition: 'Prod' })).map((f) => [f.code, f.severity])).toEqual([['MANAGED_POLICIES_QUOTA_EXCEEDED', 'error']]);
  });

  it('more than 64 combinations: counted with every choice at once, a warning that says so', () => {
    const arns = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].flatMap((c) => [when(c, arn(`${c}1`)), when(c, arn(`${c}2`))]);
    const found = managedFindings(template(arns));
    expect(found.map((f) => [f.code, f.severity])).toEqual([['MANAGED_POLICIES_QUOTA_MAY_BE_EXCEEDED', 'warning']]);
    expect(found[0]!.message).toMatch(/^Up to 14 managed policies may be attached, .*counted with every choice at once, since the Fn::If conditions attaching them make more than 64 combinations\. /);
  });
});
