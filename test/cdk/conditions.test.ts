/**
 * Templates whose policies a CloudFormation condition chooses (`Fn::If`, `AWS::NoValue`, a resource
 * `Condition`): every branch that may be deployed is read, linted and sized; none is left out.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTemplate, findPolicies, layoutRole, type Template, type TemplateValue } from '../../src/cdk/index.js';

const NO = { Ref: 'AWS::NoValue' };
const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
const doc = (resource: string) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${resource}/*` }] });
const role = (properties: { [key: string]: TemplateValue }): Template => ({
  Resources: { Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: trust, ...properties } } },
});
const inlineSizes = (t: Template) => checkTemplate(t).sizes.filter((s) => s.target === 'inline-role').map((s) => [s.property, s.longest, s.fits]);

describe("a role's Policies chosen by Fn::If (CloudFormation: Fn::If in a list property, AWS::NoValue removes it)", () => {
  it('the list chosen is read (it was not: an 11,000-character policy passed without a word)', () => {
    const t = role({ Policies: { 'Fn::If': ['Prod', [{ PolicyName: 'p', PolicyDocument: doc('a'.repeat(11_000)) }], NO] } });
    expect(inlineSizes(t)).toEqual([['Policies.Fn::If[1][0].PolicyDocument', 11_110, 'maybe']]);
    expect(checkTemplate(t).findings.map((f) => f.code)).toEqual(['POLICY_SIZE_MAY_EXCEED_QUOTA']);
    // no token in it: the message names the choice, not tokens (it said "if its tokens resolve to long values")
    const [message] = checkTemplate(t).findings.map((f) => f.message);
    expect(message).toContain("where the template's choices (Fn::If conditions, Fn::Select indexes, Fn::FindInMap keys) pick the longest values");
    expect(message).not.toContain('tokenLengths');
  });

  it('a policy of the list chosen so is read', () => {
    const t = role({ Policies: [{ 'Fn::If': ['Prod', { PolicyName: 'p', PolicyDocument: doc('a'.repeat(11_000)) }, NO] }] });
    expect(inlineSizes(t)).toEqual([['Policies[0].Fn::If[1].PolicyDocument', 11_110, 'maybe']]);
  });

  it('two alternatives count the longer one, not their sum; a policy always there counts at its shortest', () => {
    const t = role({
      Policies: [
        { PolicyName: 'always', PolicyDocument: doc('a'.repeat(4_000)) },
        { 'Fn::If': ['Prod', { PolicyName: 'p', PolicyDocument: doc('b'.repeat(5_000)) }, { PolicyName: 'q', PolicyDocument: doc('c'.repeat(6_000)) }] },
      ],
    });
    // 4,110 + 6,110 (the longer branch): within, though both branches together would be 15,330
    expect(inlineSizes(t).map(([, n, fits]) => [n, fits])).toEqual([
      [10_220, 'yes'],
      [10_220, 'yes'],
      [10_220, 'yes'],
    ]);
  });
});

describe('a resource Condition (CloudFormation creates the resource only when it holds)', () => {
  const policy = (condition: string | undefined) => ({ Type: 'AWS::IAM::Policy', ...(condition === undefined ? {} : { Condition: condition }), Properties: { PolicyName: 'x', Roles: [{ Ref: 'Role' }], PolicyDocument: doc('b'.repeat(6_000)) } });
  const withPolicy = (condition: string | undefined): Template => {
    const t = role({ Policies: [{ PolicyName: 'a', PolicyDocument: doc('a'.repeat(6_000)) }] });
    return { Resources: { ...t.Resources, Extra: policy(condition) } };
  };

  it('a conditional AWS::IAM::Policy may be left out: over only if created (a warning, not an error)', () => {
    expect(inlineSizes(withPolicy('Prod')).map(([, n, fits]) => [n, fits])).toEqual([
      [12_220, 'maybe'],
      [12_220, 'maybe'],
    ]);
    expect(inlineSizes(withPolicy(undefined)).map(([, , fits]) => fits)).toEqual(['no', 'no']);
  });

  it("a conditional role's own Policies exist whenever it does: still an error", () => {
    const t = role({ Policies: [{ PolicyName: 'a', PolicyDocument: doc('a'.repeat(11_000)) }] });
    expect(inlineSizes({ Resources: { Role: { ...t.Resources!['Role']!, Condition: 'Prod' } as never } }).map(([, , fits]) => fits)).toEqual(['no']);
  });
});

describe('a resource policy chosen whole by Fn::If', () => {
  it('each branch is a policy of its own (it was POLICY_NOT_READ, a warning)', () => {
    const open = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' }] };
    const t: Template = { Resources: { Key: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: { 'Fn::If': ['Prod', doc('k'), open] } } } } };
    expect(findPolicies(t).map((p) => p.property)).toEqual(['KeyPolicy.Fn::If[1]', 'KeyPolicy.Fn::If[2]']);
    const findings = checkTemplate(t).findings.map((f) => `${f.code} ${f.templatePath}`);
    expect(findings).toContain('PUBLIC_PRINCIPAL_WITHOUT_CONDITION Resources.Key.Properties.KeyPolicy.Fn::If[2].Statement[0].Principal');
    expect(findings.some((f) => f.startsWith('POLICY_NOT_READ'))).toBe(false);
  });
});

describe('lint reads both branches of an Fn::If inside a policy', () => {
  const public_ = (principal: TemplateValue): Template => ({
    Resources: { Policy: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: 'b', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] } } } },
  });
  const account = { AWS: 'arn:aws:iam::111111111111:root' };
  it.each([
    ['a statement', { 'Fn::If': ['Prod', { Effect: 'Allow', Principal: account, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }, { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] }],
    ['the principal', { 'Fn::If': ['Prod', account, '*'] }],
    ['an entry of the principal', { AWS: { 'Fn::If': ['Prod', 'arn:aws:iam::111111111111:root', '*'] } }],
  ])('a public principal in the second branch of %s is reported (only the first was linted)', (_, value) => {
    const t = _ === 'a statement' ? { Resources: { Policy: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: 'b', PolicyDocument: { Version: '2012-10-17', Statement: [value] } } } } } : public_(value);
    expect(checkTemplate(t as Template).findings.map((f) => f.code)).toEqual(['PUBLIC_PRINCIPAL_WITHOUT_CONDITION']);
  });
});

describe('an optional parameter (Default "") used where a condition says it is given', () => {
  // CloudFormation: a parameter's Default is the value used when none is given; "" is how templates mark one
  // optional, read only in the branch of a condition that says it is not empty. An ARN of an empty bucket name
  // (arn:aws:s3:::/*) fitted no resource type: ACTION_MATCHES_NO_RESOURCE on s3:GetObject (aws-cloudformation-templates' AD Connector)
  const optional = (parameter: { [key: string]: TemplateValue }): Template => ({
    Parameters: { LogsBucket: { Type: 'String', ...parameter } },
    Conditions: { HasLogs: { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'LogsBucket' }, ''] }] } },
    ...role({
      Policies: [
        {
          'Fn::If': [
            'HasLogs',
            { PolicyName: 'logs', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetObject'], Resource: [{ 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${LogsBucket}' }, { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${LogsBucket}/*' }] }] } },
            NO,
          ],
        },
      ],
    }),
  });
  it.each([
    ['Default ""', { Default: '' }],
    ['AllowedValues starting with ""', { AllowedValues: ['', 'logs-a', 'logs-b'] }],
  ])('%s: lint reads a value in its place, not an empty bucket name', (_, parameter) => {
    expect(checkTemplate(optional(parameter)).findings).toEqual([]);
  });
});

describe('ManagedPolicyArns chosen by Fn::If (IAM quota: 10 managed policies per role by default)', () => {
  const arns = Array.from({ length: 12 }, (_, i) => `arn:aws:iam::111122223333:policy/P${i}`);
  const t = role({ ManagedPolicyArns: { 'Fn::If': ['Prod', arns, NO] } });

  it('12 ARNs in a branch are 12 (they counted as one): over where Prod is true, a warning naming it (none are attached otherwise)', () => {
    const found = checkTemplate(t).findings;
    expect(found.map((f) => [f.code, f.severity])).toEqual([['MANAGED_POLICIES_QUOTA_MAY_BE_EXCEEDED', 'warning']]);
    expect(found[0]!.message).toContain('12 managed policies are attached where condition Prod is true,');
    // 12 in each branch: over wherever, an error
    const both = role({ ManagedPolicyArns: { 'Fn::If': ['Prod', arns, arns.map((a) => `${a}b`)] } });
    expect(checkTemplate(both).findings.map((f) => [f.code, f.severity])).toEqual([['MANAGED_POLICIES_QUOTA_EXCEEDED', 'error']]);
  });

  it('layoutRole counts them too (a list that is no array made maxManagedPolicies NaN, and planRole threw)', () => {
    const template: Template = {
      ...t,
      Resources: { ...t.Resources, Default: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'd', Roles: [{ Ref: 'Role' }], PolicyDocument: doc('d') } } },
    };
    const layout = layoutRole(template, 'Role', 'Default', []);
    expect(layout.plan.inline).toBeDefined();
  });
});

describe('Fn::If branches of a policy counted in bytes (SQS queue policy: 8,192 bytes)', () => {
  /** A queue policy whose one statement an Fn::If chooses: a resource of `ascii` ASCII characters, or of `latin` é (two bytes each). */
  const queue = (ascii: number, latin: number): Template => {
    const st = (resource: string) => ({ Effect: 'Allow', Principal: { AWS: '111111111111' }, Action: 'sqs:SendMessage', Resource: `arn:aws:sqs:us-east-1:111111111111:${resource}` });
    return { Resources: { P: { Type: 'AWS::SQS::QueuePolicy', Properties: { Queues: ['q'], PolicyDocument: { Version: '2012-10-17', Statement: [{ 'Fn::If': ['Prod', st('a'.repeat(ascii)), st('é'.repeat(latin))] }] } } } } };
  };
  const bytesOf = (t: Template, branch: 1 | 2) => {
    const s = (((t.Resources!['P']!.Properties!['PolicyDocument'] as { Statement: TemplateValue[] }).Statement[0] as { 'Fn::If': TemplateValue[] })['Fn::If'][branch]) as TemplateValue;
    return new TextEncoder().encode(JSON.stringify({ Version: '2012-10-17', Statement: [s] })).length;
  };

  it('the branch of fewer characters but more bytes is the longest (5,000 ASCII beside 4,900 é was "fits")', () => {
    const size = checkTemplate(queue(5_000, 4_900)).sizes[0]!;
    expect([size.longest, size.fits]).toEqual([bytesOf(queue(5_000, 4_900), 2), 'maybe']);
  });

  it('property: the longest is the larger branch in bytes, the shortest the smaller; the verdict follows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6_000 }), fc.integer({ min: 0, max: 6_000 }), (ascii, latin) => {
        const t = queue(ascii, latin);
        const [a, b] = [bytesOf(t, 1), bytesOf(t, 2)];
        const size = checkTemplate(t).sizes[0]!;
        expect([size.longest, size.shortest]).toEqual([Math.max(a, b), Math.min(a, b)]);
        expect(size.fits).toBe(Math.max(a, b) <= 8_192 ? 'yes' : Math.min(a, b) > 8_192 ? 'no' : 'maybe');
      }),
      { seed: 20261204, numRuns: 60 },
    );
  });
});
