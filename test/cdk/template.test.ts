/** The template engine: which policies it reaches, token sizes at their longest, size verdicts. */
import { App, Aspects, Stack, Fn } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secrets from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { checkTemplate, findPolicies, TypedIamChecks, type Template as CfnTemplate } from '../../src/cdk/index.js';
import { diffTemplates } from '../../src/cdk/diff.js';

function servicesStack() {
  const app = new App();
  const stack = new Stack(app, 'Services');
  const account = new iam.AccountPrincipal('444455556666');
  const bucket = new s3.Bucket(stack, 'Bucket');
  bucket.grantRead(account);
  const key = new kms.Key(stack, 'Key');
  const queue = new sqs.Queue(stack, 'Queue');
  queue.grantSendMessages(new iam.ServicePrincipal('sns.amazonaws.com'));
  const topic = new sns.Topic(stack, 'Topic');
  topic.grantPublish(account);
  const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;') });
  bucket.grantRead(fn);
  fn.addPermission('FromBucket', { principal: new iam.ServicePrincipal('s3.amazonaws.com'), sourceArn: bucket.bucketArn, sourceAccount: stack.account });
  const secret = new secrets.Secret(stack, 'Secret');
  secret.grantRead(account);
  const repo = new ecr.Repository(stack, 'Repo');
  repo.grantPull(account);
  const group = new iam.Group(stack, 'Group');
  group.addToPolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
  const user = new iam.User(stack, 'User');
  user.addManagedPolicy(new iam.ManagedPolicy(stack, 'Managed', { statements: [new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn] })] }));
  Aspects.of(app).add(new TypedIamChecks({ failOn: 'error' }));
  return { stack, template: Template.fromStack(stack) };
}

describe('reach', () => {
  it('finds identity, trust and the common resource policies of a synthesised stack, with their size targets', () => {
    const { stack, template } = servicesStack();
    const found = findPolicies(template.toJSON() as CfnTemplate).map((p) => `${p.resourceType} ${p.property} ${p.target?.name}`);
    for (const want of [
      'AWS::IAM::Role AssumeRolePolicyDocument trust',
      'AWS::IAM::Policy PolicyDocument inline-role',
      'AWS::IAM::Policy PolicyDocument inline-group',
      'AWS::IAM::ManagedPolicy PolicyDocument managed',
      'AWS::S3::BucketPolicy PolicyDocument s3-bucket',
      'AWS::KMS::Key KeyPolicy kms-key',
      'AWS::SQS::QueuePolicy PolicyDocument sqs-queue',
      'AWS::SNS::TopicPolicy PolicyDocument sns-topic',
      'AWS::Lambda::Permission (function policy) lambda',
      'AWS::SecretsManager::ResourcePolicy ResourcePolicy secretsmanager',
      'AWS::ECR::Repository RepositoryPolicyText ecr-repository',
    ])
      expect(found).toContain(want);
    // every policy gets its exact size as an info annotation on its construct
    const infos = Annotations.fromStack(stack).findInfo('*', Match.stringLikeRegexp('POLICY_SIZE'));
    expect(infos.map((i) => i.id)).toEqual(expect.arrayContaining(['/Services/Key/Resource', '/Services/Repo/Resource', '/Services/Fn/FromBucket']));
  }, 60_000);
});

/** A template with one managed policy whose resources are the given values. */
function managed(resources: unknown[], extra: Record<string, unknown> = {}): CfnTemplate {
  return {
    Resources: {
      Bucket: { Type: 'AWS::S3::Bucket' },
      Named: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'acme-reports' } },
      Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] }, Path: '/service/' } },
      P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: resources }] } } },
      ...extra,
    },
  } as CfnTemplate;
}

describe('tokens are sized at their longest value', () => {
  const base = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: [] }] }).length;
  const sizeOf = (resources: unknown[], options = {}) => checkTemplate(managed(resources), options).sizes.find((s) => s.logicalId === 'P')!;

  it('GetAtt of a bucket without a name: arn:<partition, at most 10>:s3:::<name, at most 63> (S3 bucket naming rules)', () => {
    const s = sizeOf([{ 'Fn::GetAtt': ['Bucket', 'Arn'] }]);
    expect(s.longest).toBe(base + 2 + 'arn:'.length + 10 + ':s3:::'.length + 63);
    expect(s.shortest).toBe(base + 2 + 'arn:'.length + 3 + ':s3:::'.length + 3);
    expect(s.tokens.map((t) => t.token)).toEqual(['Bucket.Arn']);
  });

  it('a bucket with a literal name is exact but for the partition; a known partition makes it exact', () => {
    const s = sizeOf([{ 'Fn::GetAtt': ['Named', 'Arn'] }]);
    expect(s.longest - s.shortest).toBe(10 - 3);
    const exact = sizeOf([{ 'Fn::GetAtt': ['Named', 'Arn'] }], { partition: 'aws' });
    expect(exact.longest).toBe(exact.shortest);
    expect(exact.longest).toBe(base + JSON.stringify('arn:aws:s3:::acme-reports').length);
  });

  it('Fn::Join, Fn::Sub, pseudo parameters and IAM paths add up', () => {
    const joined = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::', { Ref: 'Named' }, '/', { Ref: 'AWS::AccountId' }, '/*']] };
    const sub = { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::acme-reports/${AWS::Region}/*' };
    const role = { 'Fn::GetAtt': ['Role', 'Arn'] };
    const s = sizeOf([joined, sub, role], { partition: 'aws' });
    const texts = ['arn:aws:s3:::acme-reports/123456789012/*', `arn:aws:s3:::acme-reports/${'r'.repeat(19)}/*`, `arn:aws:iam::123456789012:role/service/${'n'.repeat(64)}`];
    expect(s.longest).toBe(base + texts.reduce((a, t) => a + t.length + 2, 0) + 2);
  });

  it('a token nothing is known about counts at 2048 (the longest ARN) unless its length is set; the verdict says maybe', () => {
    const statements = Array.from({ length: 40 }, (_, i) => `arn:aws:s3:::bucket-${i}/some/long/prefix/${'x'.repeat(80)}`);
    const unknown = { 'Fn::ImportValue': 'Shared-BucketArn' };
    const r = checkTemplate(managed([...statements, unknown]));
    const s = r.sizes.find((x) => x.logicalId === 'P')!;
    expect(s.fits).toBe('maybe');
    expect(s.longest - s.shortest).toBe(2048);
    const warning = r.findings.find((f) => f.code === 'POLICY_SIZE_MAY_EXCEED_QUOTA')!;
    expect(warning.severity).toBe('warning');
    expect(warning.message).toContain('Fn::ImportValue Shared-BucketArn 2,048');
    const known = checkTemplate(managed([...statements, unknown]), { tokenLengths: { 'Shared-BucketArn': 60 } });
    expect(known.sizes.find((x) => x.logicalId === 'P')!.fits).toBe('yes');
    expect(known.findings.filter((f) => f.code.startsWith('POLICY_SIZE'))).toEqual([]);
  });

  it('over even at the shortest token values: an error', () => {
    const statements = Array.from({ length: 60 }, (_, i) => `arn:aws:s3:::bucket-${i}/some/long/prefix/${'x'.repeat(80)}`);
    const r = checkTemplate(managed([...statements, { 'Fn::GetAtt': ['Bucket', 'Arn'] }]));
    const f = r.findings.find((x) => x.code === 'POLICY_SIZE_EXCEEDS_QUOTA')!;
    expect(f.severity).toBe('error');
    expect(f.templatePath).toBe('Resources.P.Properties.PolicyDocument');
    expect(f.message).toContain('Split it into several managed policies');
  });

  it("a trust policy over its quota: the advice fits a role's one trust policy and names the option of a raised quota", () => {
    // IAM quotas: one trust policy per role, 2,048 characters by default, adjustable (L-C07B4B0D)
    const trust = {
      Version: '2012-10-17',
      Statement: Array.from({ length: 60 }, (_, i) => ({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${String(111122223300 + i)}:root` }, Action: 'sts:AssumeRole' })),
    };
    const template = { Resources: { Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: trust } } } } as CfnTemplate;
    const f = checkTemplate(template).findings.find((x) => x.code === 'POLICY_SIZE_EXCEEDS_QUOTA')!;
    expect(f.message).toContain('A role has one trust policy');
    expect(f.message).toContain('set trustPolicyLimit');
    expect(f.message).not.toContain('Split');
    expect(checkTemplate(template, { trustPolicyLimit: 8192 }).findings.filter((x) => x.code.startsWith('POLICY_SIZE'))).toEqual([]);
  });

  it('a policy given as JSON text is measured as written where the target counts whitespace (Organizations: the text sent)', () => {
    const statement = (i: number) => ({ Sid: `Deny${i}`, Effect: 'Deny', Action: 'ec2:RunInstances', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } } });
    const doc = { Version: '2012-10-17', Statement: Array.from({ length: 60 }, (_, i) => statement(i)) };
    const indented = JSON.stringify(doc, null, 2);
    expect(JSON.stringify(doc).length).toBeLessThan(10240);
    expect(indented.length).toBeGreaterThan(10240);
    const scp = (Content: string | typeof doc): CfnTemplate => ({ Resources: { Scp: { Type: 'AWS::Organizations::Policy', Properties: { Type: 'SERVICE_CONTROL_POLICY', Name: 'x', Content } } } });
    const asText = checkTemplate(scp(indented)).sizes.find((x) => x.logicalId === 'Scp')!;
    expect(asText).toMatchObject({ target: 'scp', longest: indented.length, shortest: indented.length, fits: 'no' });
    // the same policy as a JSON object in the template: CloudFormation sends it without whitespace
    const asObject = checkTemplate(scp(doc)).sizes.find((x) => x.logicalId === 'Scp')!;
    expect(asObject).toMatchObject({ longest: JSON.stringify(doc).length, fits: 'yes' });
    // a target that ignores whitespace measures the compact text either way
    const managedText = checkTemplate({ Resources: { P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }, null, 2) } } } });
    expect(managedText.sizes.find((x) => x.logicalId === 'P')!.longest).toBe(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }).length);
  });

  it('a suppression bound to a reference stops, without a crash, when the policy is one the analysis will not read', () => {
    const read = { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' };
    const bucketPolicy = (...Statement: { [k: string]: string | string[] }[]): CfnTemplate => ({ Resources: { P: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: 'site', PolicyDocument: { Version: '2012-10-17', Statement } } } } });
    const suppressions = [{ code: 'PUBLIC_PRINCIPAL_WITHOUT_CONDITION', reason: 'public website', reference: { Version: '2012-10-17', Statement: [read] } }];
    const codes = (t: CfnTemplate) => checkTemplate(t, { suppressions }).findings.filter((f) => f.code === 'PUBLIC_PRINCIPAL_WITHOUT_CONDITION');
    expect(codes(bucketPolicy(read)).every((f) => f.suppressed !== undefined)).toBe(true);
    // an empty NotResource: evaluate and analyze refuse it (docs/evaluation.md), so nothing is proven
    const odd = codes(bucketPolicy(read, { Effect: 'Deny', Principal: '*', Action: 's3:DeleteObject', NotResource: [] }));
    expect(odd.length).toBeGreaterThan(0);
    expect(odd.some((f) => f.suppressed === undefined && /could not prove/.test(f.message))).toBe(true);
  });

  it('diffTemplates marks a policy the analysis will not read as undecided instead of stopping', () => {
    const role = (Statement: { [k: string]: string | string[] }[]): CfnTemplate => ({
      Resources: { P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement } } } },
    });
    const before = role([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]);
    const after = role([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }, { Effect: 'Deny', Action: 's3:*', NotResource: [] }]);
    const [change, ...rest] = diffTemplates([{ name: 'App', template: before }], [{ name: 'App', template: after }]);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ complete: false, added: [], removed: [] });
    expect(change?.reasons[0]?.message).toContain('NotResource excludes nothing');
  });

  it('findings inside elements holding unknown values are not reported (lint cannot see the value)', () => {
    const t = managed([{ 'Fn::ImportValue': 'X' }]);
    expect(checkTemplate(t).findings.filter((f) => f.path.startsWith('Statement[0].Resource'))).toEqual([]);
  });

  it('a real CDK app with tokens synthesises without crashing and sizes them', () => {
    const app = new App();
    const stack = new Stack(app, 'Tokens');
    const bucket = new s3.Bucket(stack, 'Data');
    const role = new iam.Role(stack, 'Reader', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    bucket.grantRead(role);
    role.addToPolicy(new iam.PolicyStatement({ actions: ['ssm:GetParameter'], resources: [Fn.importValue('Shared-ParamArn'), Stack.of(stack).formatArn({ service: 'ssm', resource: 'parameter', resourceName: 'app/*' })] }));
    Aspects.of(app).add(new TypedIamChecks({ tokenLengths: { 'Shared-ParamArn': 80, 'Tokens/Data': 20 } }));
    Template.fromStack(stack);
    const info = Annotations.fromStack(stack).findInfo('/Tokens/Reader/DefaultPolicy/Resource', Match.stringLikeRegexp('POLICY_SIZE'));
    expect(info).toHaveLength(1);
    expect(String(info[0]!.entry.data)).toMatch(/Fn::ImportValue Shared-ParamArn 80/);
    expect(String(info[0]!.entry.data)).toMatch(/Data[0-9A-F]+\.Arn 40/);
  }, 60_000);
});
