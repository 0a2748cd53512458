/**
 * What a template may become at deploy time, each way: every combination of its conditions
 * (`Fn::If`), of an `Fn::Select` by a parameter and of an `Fn::FindInMap` by the Region is linted
 * and sized; a policy whose `Roles` a condition chooses counts toward each role in its own branch;
 * a role name is one role per account; an OpenAPI body's policy and the resources of an
 * `Fn::ForEach` loop are read; `fitRolePolicies` lays out every stack before checking any.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Aspects, Aws, CfnCondition, CfnMapping, CfnParameter, Fn, Stack, Stage, Token } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTemplate, TypedIamChecks, type Template as CfnTemplate, type TemplateValue } from '../../src/cdk/index.js';
import { exportsOf, readAssembly, stackOptions } from '../../src/cdk/assembly.js';

const ACCOUNT = 'arn:aws:iam::111111111111:root';
const NO = Fn.ref('AWS::NoValue');
const doc = (statements: object[]) => ({ Version: '2012-10-17', Statement: statements });
/** A statement of about `n` characters on objects of bucket `tag`. */
const sized = (tag: string, n: number) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${tag}-${'x'.repeat(n)}/*` });
const PUBLIC = 'PUBLIC_PRINCIPAL_WITHOUT_CONDITION';

/** Findings of `code` of the aspect on a stack, as `<path> <where in the resource>`. */
function annotated(stack: Stack, code: string, kind: 'error' | 'warning' = 'error'): string[] {
  const found = kind === 'error' ? Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp(code)) : Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp(code));
  return found.map((e) => `${e.id} ${String(e.entry.data).split(' ')[3]}`).sort();
}

describe('one stack whose policies conditions, parameters and the Region choose', () => {
  let stack: Stack;
  let template: CfnTemplate;
  beforeAll(() => {
    const app = new App();
    stack = new Stack(app, 'Choices');
    const c1 = new CfnCondition(stack, 'C1', { expression: Fn.conditionEquals(Aws.STACK_NAME, 'a') });
    const c2 = new CfnCondition(stack, 'C2', { expression: Fn.conditionEquals(Aws.STACK_NAME, 'b') });
    const If = (c: CfnCondition, a: unknown, b: unknown) => Fn.conditionIf(c.logicalId, a, b);
    const bucket = new s3.Bucket(stack, 'Data');
    // C1 makes the principal public, C2 drops the organization condition: all-first and all-second are safe, C1 with not-C2 is not
    new s3.CfnBucketPolicy(stack, 'Combo', {
      bucket: bucket.bucketName,
      policyDocument: doc([{ Effect: 'Allow', Principal: If(c1, '*', { AWS: ACCOUNT }), Action: 's3:GetObject', Resource: `${bucket.bucketArn}/*`, Condition: If(c2, { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }, NO) }]),
    });
    // one condition twice, the long branch first in one statement and second in the other: 11,000 + 200 at most, never 22,000
    new s3.CfnBucketPolicy(stack, 'Sizes', {
      bucket: 'other',
      policyDocument: doc([If(c1, { ...sized('a', 11_000), Principal: { AWS: ACCOUNT } }, { ...sized('b', 200), Principal: { AWS: ACCOUNT } }), If(c1, { ...sized('c', 200), Principal: { AWS: ACCOUNT } }, { ...sized('d', 11_000), Principal: { AWS: ACCOUNT } })]),
    });
    // Fn::Select by a parameter: the element lint read was the first only
    const which = new CfnParameter(stack, 'Which', { type: 'Number', default: 0 });
    const queue = new sqs.Queue(stack, 'Queue');
    new sqs.CfnQueuePolicy(stack, 'Picked', {
      queues: [queue.queueUrl],
      policyDocument: doc([{ Effect: 'Allow', Principal: { AWS: Fn.select(Token.asNumber(which.value), [ACCOUNT, '*']) }, Action: 'sqs:SendMessage', Resource: queue.queueArn }]),
    });
    // Fn::FindInMap by the Region of an env-agnostic stack: one Region's value is public
    const readers = new CfnMapping(stack, 'Readers', { mapping: { 'us-east-1': { Reader: ACCOUNT }, 'eu-west-1': { Reader: '*' } } });
    const topic = new sns.Topic(stack, 'Topic');
    new sns.CfnTopicPolicy(stack, 'Mapped', {
      topics: [topic.topicArn],
      policyDocument: doc([{ Effect: 'Allow', Principal: { AWS: readers.findInMap(Aws.REGION, 'Reader') }, Action: 'sns:Subscribe', Resource: topic.topicArn }]),
    });
    // an iam.Policy on role One or role Two as C1 says, 500 characters under C1, 2,500 otherwise
    const role = (id: string, own: number) =>
      new iam.Role(stack, id, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), inlinePolicies: { own: iam.PolicyDocument.fromJson(doc([sized(id, own)])) } });
    const one = role('One', 9_400);
    const two = role('Two', 8_000);
    new iam.CfnPolicy(stack, 'Either', { policyName: 'either', roles: [Token.asString(If(c1, one.roleName, two.roleName))], policyDocument: If(c1, doc([sized('e', 500)]), doc([sized('f', 2_500)])) });
    // SpecRestApi with an inline OpenAPI definition holding a public policy
    new apigw.SpecRestApi(stack, 'Api', {
      apiDefinition: apigw.ApiDefinition.fromInline({
        openapi: '3.0.2',
        info: { title: 'api', version: '1' },
        paths: { '/': { get: { 'x-amazon-apigateway-integration': { type: 'MOCK' } } } },
        'x-amazon-apigateway-policy': doc([{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' }]),
      }),
    });
    Aspects.of(app).add(new TypedIamChecks());
    app.synth();
    template = Template.fromStack(stack).toJSON() as CfnTemplate;
  }, 120_000);

  it('every combination of the conditions is linted: C1 with not C2 is public without a condition (all-first and all-second were not)', () => {
    const findings = checkTemplate(template).findings.filter((f) => f.code === PUBLIC);
    expect(findings.filter((f) => f.logicalId === 'Combo').map((f) => f.templatePath)).toEqual(['Resources.Combo.Properties.PolicyDocument.Statement[0].Principal']);
    expect(annotated(stack, PUBLIC)).toContain('/Choices/Combo PolicyDocument.Statement[0].Principal:');
  });

  it('a condition named twice takes one branch both times: 11,000 and 200, within 20,480 bytes (the worst case, 22,000, was "maybe")', () => {
    const size = checkTemplate(template).sizes.find((s) => s.logicalId === 'Sizes')!;
    expect(size.fits).toBe('yes');
    expect(size.longest).toBeLessThan(12_000);
    expect(annotated(stack, 'POLICY_SIZE', 'warning').filter((a) => a.startsWith('/Choices/Sizes'))).toEqual([]);
  });

  it('every element of an Fn::Select by a parameter, and the value of every Region of an Fn::FindInMap, is linted', () => {
    const publics = checkTemplate(template).findings.filter((f) => f.code === PUBLIC).map((f) => f.logicalId);
    expect(publics).toEqual(expect.arrayContaining(['Picked', 'Mapped']));
    // the stack's Region known: the mapping's entry for it only
    const known = checkTemplate(template, { region: 'us-east-1' }).findings.filter((f) => f.code === PUBLIC).map((f) => f.logicalId);
    expect(known).not.toContain('Mapped');
    expect(checkTemplate(template, { region: 'eu-west-1' }).findings.filter((f) => f.code === PUBLIC).map((f) => f.logicalId)).toContain('Mapped');
  });

  it('Roles chosen by Fn::If: each role counts the policy in its own branch (One with 500: fits; Two with 2,500: over only if not C1)', () => {
    const sizes = checkTemplate(template).sizes.filter((s) => s.target === 'inline-role' && s.logicalId === 'Either');
    const of = (role: string) => sizes.find((s) => s.aggregate?.entity.includes(role))!;
    // One: 9,400 of its own and the 500 of the C1 branch (2,500 counted toward it was an error: "no")
    expect(of('One').fits).toBe('yes');
    expect(of('One').longest).toBeLessThan(10_240);
    // Two: 8,000 and 2,500 only when C1 is false: a warning, not an error
    expect([of('Two').fits, of('Two').shortest < 10_240, of('Two').longest > 10_240]).toEqual(['maybe', true, true]);
    expect(annotated(stack, 'POLICY_SIZE_EXCEEDS_QUOTA')).toEqual([]);
  });

  it("the x-amazon-apigateway-policy of a SpecRestApi's inline definition is read", () => {
    const api = checkTemplate(template).findings.filter((f) => f.resourceType === 'AWS::ApiGateway::RestApi');
    expect(api.map((f) => [f.code, f.property])).toEqual([[PUBLIC, 'Body.x-amazon-apigateway-policy']]);
    expect(checkTemplate(template).sizes.filter((s) => s.resourceType === 'AWS::ApiGateway::RestApi').map((s) => [s.target, s.fits])).toEqual([['apigateway', 'yes']]);
  });
});

describe('more combinations than the bound (hand-written: seven conditions)', () => {
  it('lint reads the bound, says so (POLICY_PARTLY_LINTED), and the size is the worst case', () => {
    const statements = Array.from({ length: 7 }, (_, i) => ({ 'Fn::If': [`C${i}`, { ...sized(`a${i}`, 1_000), Principal: { AWS: ACCOUNT } }, { ...sized(`b${i}`, 2_000), Principal: { AWS: ACCOUNT } }] }));
    const t: CfnTemplate = { Resources: { P: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: 'b', PolicyDocument: doc(statements) as TemplateValue } } } };
    const { findings, sizes } = checkTemplate(t);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['POLICY_PARTLY_LINTED', 'warning']]);
    expect(findings[0]!.message).toContain('more than 64 combinations');
    // every condition at its longer branch: 7 x 2,000 and more
    expect(sizes[0]!.longest).toBeGreaterThan(14_000);
  });
});

describe('Fn::ForEach loops (AWS::LanguageExtensions; hand-written: CDK writes none)', () => {
  const loop = (collection: TemplateValue, type: string, properties: object) => ['Name', collection, { 'Res${Name}': { Type: type, Properties: properties } }];
  const open = { Queues: [{ Ref: 'Name' }], PolicyDocument: doc([{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: { 'Fn::Sub': 'arn:aws:sqs:us-east-1:111111111111:${Name}' } }]) };
  const t = (collection: TemplateValue, type = 'AWS::SQS::QueuePolicy'): CfnTemplate =>
    ({ Transform: 'AWS::LanguageExtensions', Parameters: { Names: { Type: 'CommaDelimitedList' } }, Resources: { 'Fn::ForEach::Policies': loop(collection, type, open) } }) as unknown as CfnTemplate;

  it('a loop over a list of text is expanded: each resource it makes is checked', () => {
    const findings = checkTemplate(t(['alpha', 'beta'])).findings;
    expect(findings.map((f) => `${f.code} ${f.logicalId}`)).toEqual([`${PUBLIC} Resalpha`, `${PUBLIC} Resbeta`]);
  });

  it('a loop over a parameter is reported not read, unless what it makes holds no policy and no role', () => {
    expect(checkTemplate(t({ Ref: 'Names' })).findings.map((f) => [f.code, f.logicalId, f.severity])).toEqual([['POLICY_NOT_READ', 'Fn::ForEach::Policies', 'warning']]);
    expect(checkTemplate(t({ Ref: 'Names' }, 'AWS::SNS::Topic')).findings).toEqual([]);
    // what it makes is no resource CloudFormation would take: reported, not read (a null resource was a TypeError)
    const odd = { Resources: { 'Fn::ForEach::Odd': ['N', ['a'], { 'R${N}': null }] } } as unknown as CfnTemplate;
    expect(checkTemplate(odd).findings.map((f) => [f.code, f.logicalId])).toEqual([['POLICY_NOT_READ', 'Fn::ForEach::Odd']]);
  });
});

describe('one stage, several accounts; and fitRolePolicies over several stacks', () => {
  let dir: string;
  let app: App;
  let stacks: { p1: Stack; p2: Stack; q1: Stack; q2: Stack; a: Stack; b: Stack };
  const errors = (s: Stack) => Annotations.fromStack(s).findError('*', Match.stringLikeRegexp('POLICY_SIZE_EXCEEDS_QUOTA')).map((e) => e.id);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'typed-iam-combinations-'));
    app = new App({ outdir: dir });
    const aspect = new TypedIamChecks({ fitRolePolicies: true });
    /** A role named `worker` with 6,000 characters of inline policy. */
    const worker = (scope: Stage, id: string, account?: string) => {
      const s = new Stack(scope, id, account === undefined ? {} : { env: { account, region: 'eu-west-1' } });
      new iam.Role(s, 'Worker', { roleName: 'worker', assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), inlinePolicies: { own: iam.PolicyDocument.fromJson(doc([sized(id, 6_000)])) } });
      return s;
    };
    const split = new Stage(app, 'Split');
    const mixed = new Stage(app, 'Mixed');
    for (const stage of [split, mixed]) Aspects.of(stage).add(aspect);
    // A is checked before B, and attaches 1,500 characters to B's role, whose DefaultPolicy CDK splits at about 10,000
    const a = new Stack(app, 'A');
    const b = new Stack(app, 'B');
    const big = new iam.Role(b, 'Big', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    for (let i = 0; i < 40; i++) big.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [`arn:aws:s3:::big-${'x'.repeat(240)}-${i}/*`] }));
    new iam.Policy(a, 'Extra', { roles: [big], statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [`arn:aws:s3:::extra-${'x'.repeat(1_400)}/*`] })] });
    stacks = { p1: worker(split, 'P1', '111111111111'), p2: worker(split, 'P2', '222222222222'), q1: worker(mixed, 'Q1', '111111111111'), q2: worker(mixed, 'Q2'), a, b };
    Aspects.of(app).add(aspect);
    app.synth();
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a role name in two accounts is two roles: 6,000 each fits (they were summed, 12,000: an error)', () => {
    expect([...errors(stacks.p1), ...errors(stacks.p2)]).toEqual([]);
  });

  it('a stack whose account is not known may deploy to any: its role counts with the same name of a known account (conservative)', () => {
    expect([...errors(stacks.q1), ...errors(stacks.q2)].sort()).toEqual(['/Mixed/Q1/Worker/Resource', '/Mixed/Q2/Worker/Resource']);
  });

  it('cdk check reads it alike', () => {
    const read = readAssembly(dir);
    const imports = exportsOf(read);
    const over = read.flatMap((s) => checkTemplate(s.template, stackOptions(s, imports, {})).findings.filter((f) => f.code === 'POLICY_SIZE_EXCEEDS_QUOTA').map((f) => `${s.name} ${f.logicalId}`));
    expect(over.filter((o) => o.startsWith('Split'))).toEqual([]);
    expect(over.filter((o) => o.startsWith('Mixed')).length).toBe(2);
  });

  it("fitRolePolicies lays out B before A is checked: A's policy on B's role fits (A saw CDK's split, 11,000 together: an error)", () => {
    expect([...errors(stacks.a), ...errors(stacks.b)]).toEqual([]);
    const info = Annotations.fromStack(stacks.a).findInfo('/A/Extra/Resource', Match.stringLikeRegexp('inline policies of B/Big together'));
    expect(info).toHaveLength(1);
  });
});
