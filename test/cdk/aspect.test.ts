/** TypedIamChecks on synthesised CDK apps: sizes, fitRolePolicies, lint findings, tokens, suppressions. */
import { App, Aspects, NestedStack, Stack, Stage } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sam from 'aws-cdk-lib/aws-sam';
import { beforeAll, describe, expect, it } from 'vitest';
import { TypedIamChecks, type TypedIamChecksOptions } from '../../src/cdk/index.js';
import { evaluate } from '../../src/evaluate/index.js';
import { PolicyArgumentError } from '../../src/errors.js';

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

/** 200 statements with conditions, as in the issue: CDK's estimate leaves them over their limits. */
function bigRole(options: TypedIamChecksOptions) {
  const app = new App();
  const stack = new Stack(app, 'Big');
  const role = new iam.Role(stack, 'Worker', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  for (let i = 0; i < 200; i++) {
    role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['s3:GetObject', 's3:PutObject'],
        resources: [`arn:aws:s3:::bucket-${i}/prefix-${i}/*`],
        conditions: { StringEquals: { 'aws:PrincipalOrgID': 'o-abcdef1234', 's3:ExistingObjectTag/team': `team-${i}` } },
      }),
    );
  }
  Aspects.of(app).add(new TypedIamChecks(options));
  const template = Template.fromStack(stack);
  return { stack, resources: template.toJSON().Resources as Resources, annotations: Annotations.fromStack(stack) };
}

/** The role's permission policies as the template holds them, with their compact length (IAM counts no whitespace). */
function rolePolicies(resources: Resources) {
  return Object.entries(resources)
    .filter(([, r]) => r.Type === 'AWS::IAM::Policy' || r.Type === 'AWS::IAM::ManagedPolicy')
    .map(([id, r]) => ({ id, type: r.Type, document: r.Properties!['PolicyDocument'] as { Statement: unknown[] }, length: JSON.stringify(r.Properties!['PolicyDocument']).length }));
}

/** JSON text with keys sorted (CDK and typed-iam order statement keys differently). */
function sortedJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(sortedJson).join(',')}]`;
  if (typeof v === 'object' && v !== null) return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${sortedJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

/** The annotations of a stack whose role `roleId` (assumed by Lambda) gets `grant`'s permissions, checked by TypedIamChecks. */
function grantChecked(stackName: string, roleId: string, grant: (stack: Stack, role: iam.Role) => void): Annotations {
  const app = new App();
  const stack = new Stack(app, stackName);
  grant(stack, new iam.Role(stack, roleId, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }));
  Aspects.of(app).add(new TypedIamChecks());
  Template.fromStack(stack);
  return Annotations.fromStack(stack);
}

function typedIamErrors(annotations: Annotations) {
  return annotations.findError('*', Match.stringLikeRegexp('\\[typed-iam\\]'));
}

describe('a role with 200 conditioned statements', () => {
  let plain: ReturnType<typeof bigRole>;
  let fitted: ReturnType<typeof bigRole>;
  beforeAll(() => {
    plain = bigRole({});
    fitted = bigRole({ fitRolePolicies: true });
  }, 120_000);

  it('without fitRolePolicies: an error annotation on each policy over its limit (IAM quotas: inline 10,240 per role, managed 6,144)', () => {
    const policies = rolePolicies(plain.resources);
    const over = policies.filter((p) => p.length > (p.type === 'AWS::IAM::Policy' ? 10_240 : 6_144));
    // CDK's estimate-based split leaves several policies over their limits
    expect(over.length).toBeGreaterThan(1);
    console.log(`CDK split: ${policies.map((p) => `${p.type === 'AWS::IAM::Policy' ? 'inline' : 'managed'} ${p.length}`).join(', ')}`);
    const errors = typedIamErrors(plain.annotations).filter((e) => String(e.entry.data).includes('POLICY_SIZE_EXCEEDS_QUOTA'));
    const annotated = new Set(errors.map((e) => e.id));
    expect(annotated.size).toBe(over.length);
    for (const e of errors) {
      const id = e.id.split('/').slice(-2, -1)[0]!;
      const policy = over.find((p) => p.id.startsWith(`Worker${id}`));
      expect(policy, e.id).toBeDefined();
      // the message gives the exact length measured on the template
      expect(String(e.entry.data)).toContain(policy!.length.toLocaleString('en-US'));
    }
  });

  it('with fitRolePolicies: every policy within its limit, measured on the template, within the managed-policy quota, no errors', () => {
    const policies = rolePolicies(fitted.resources);
    console.log(`fitRolePolicies: ${policies.map((p) => `${p.type === 'AWS::IAM::Policy' ? 'inline' : 'managed'} ${p.length}`).join(', ')}`);
    const inline = policies.filter((p) => p.type === 'AWS::IAM::Policy');
    const managed = policies.filter((p) => p.type === 'AWS::IAM::ManagedPolicy');
    expect(inline).toHaveLength(1);
    expect(inline[0]!.length).toBeLessThanOrEqual(10_240);
    for (const m of managed) expect(m.length).toBeLessThanOrEqual(6_144);
    expect(managed.length).toBeLessThanOrEqual(10);
    expect(typedIamErrors(fitted.annotations)).toEqual([]);
    // every statement is kept exactly once
    const all = (ps: typeof policies) => ps.flatMap((p) => p.document.Statement.map(sortedJson)).sort();
    expect(all(policies)).toEqual(all(rolePolicies(plain.resources)));
  });

  it('with fitRolePolicies: the role is granted exactly the same (evaluate)', () => {
    const before = rolePolicies(plain.resources).map((p) => p.document);
    const after = rolePolicies(fitted.resources).map((p) => p.document);
    const principal = 'arn:aws:iam::111122223333:role/worker';
    for (let i = 0; i < 200; i += 7) {
      for (const [team, org] of [[`team-${i}`, 'o-abcdef1234'], [`team-${i + 1}`, 'o-abcdef1234'], [`team-${i}`, 'o-other']] as const) {
        const request = {
          principal,
          action: i % 2 === 0 ? 's3:GetObject' : 's3:PutObject',
          resource: `arn:aws:s3:::bucket-${i}/prefix-${i}/file.txt`,
          context: { 'aws:PrincipalOrgID': org, 's3:ExistingObjectTag/team': team },
        };
        expect(evaluate({ identity: after as never }, request).decision).toBe(evaluate({ identity: before as never }, request).decision);
      }
      expect(evaluate({ identity: after as never }, { principal, action: 's3:GetObject', resource: `arn:aws:s3:::bucket-${i}/prefix-${i}/a`, context: { 'aws:PrincipalOrgID': 'o-abcdef1234', 's3:ExistingObjectTag/team': `team-${i}` } }).decision).toBe('allow');
    }
  });

  it('with fitRolePolicies: the layout is deterministic (same template on every synth)', () => {
    const again = bigRole({ fitRolePolicies: true });
    expect(rolePolicies(again.resources)).toEqual(rolePolicies(fitted.resources));
  }, 60_000);
});

describe('lint findings and sizes as annotations', () => {
  function bucketStack(options: TypedIamChecksOptions = {}, suppress = false) {
    const app = new App();
    const stack = new Stack(app, 'Site');
    const bucket = new s3.Bucket(stack, 'Public');
    bucket.addToResourcePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')], principals: [new iam.AnyPrincipal()] }));
    if (suppress) TypedIamChecks.suppress(bucket, [{ code: 'PUBLIC_PRINCIPAL_WITHOUT_CONDITION', reason: 'static website, public by design' }]);
    Aspects.of(app).add(new TypedIamChecks(options));
    const template = Template.fromStack(stack);
    return { template, annotations: Annotations.fromStack(stack) };
  }

  it('a bucket policy with Principal "*" and no condition gets a security annotation (an error with the default failOn)', () => {
    const { annotations } = bucketStack();
    const errors = annotations.findError('/Site/Public/Policy/Resource', Match.stringLikeRegexp('\\[typed-iam\\] security PUBLIC_PRINCIPAL_WITHOUT_CONDITION'));
    expect(errors).toHaveLength(1);
    // tokens (the bucket ARN) are sized at their longest and said so
    const info = annotations.findInfo('/Site/Public/Policy/Resource', Match.stringLikeRegexp('POLICY_SIZE'));
    expect(info).toHaveLength(1);
    expect(String(info[0]!.entry.data)).toMatch(/at most [\d,]+ of 20,480 bytes .*Public[0-9A-F]+\.Arn \d+/);
  });

  it('an AWS SAM function (aws-sam CfnFunction): its inline policy is checked; the typed property left undefined fields (it threw a TypeError)', () => {
    const app = new App();
    const stack = new Stack(app, 'Sam');
    // IAMPolicyDocumentProperty's optional version renders as undefined before CDK writes JSON
    new sam.CfnFunction(stack, 'Fn', { codeUri: 's3://b/k', handler: 'index.handler', runtime: 'nodejs24.x', policies: [{ statement: [{ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }] }] });
    Aspects.of(app).add(new TypedIamChecks());
    app.synth();
    const annotations = Annotations.fromStack(stack);
    expect(annotations.findError('/Sam/Fn', Match.stringLikeRegexp('\\[typed-iam\\] error INVALID_ACTION Policies\\[0\\]\\.Statement\\[0\\]\\.Action\\[0\\]'))).toHaveLength(1);
    expect(annotations.findInfo('/Sam/Fn', Match.stringLikeRegexp('POLICY_SIZE Policies\\[0\\] \\(inline policies of Sam/Fn together\\)'))).toHaveLength(1);
  });

  it("failOn: 'error' turns the security finding into a warning", () => {
    const { annotations } = bucketStack({ failOn: 'error' });
    expect(annotations.findError('*', Match.stringLikeRegexp('PUBLIC_PRINCIPAL'))).toEqual([]);
    expect(annotations.findWarning('/Site/Public/Policy/Resource', Match.stringLikeRegexp('\\[typed-iam\\] security PUBLIC_PRINCIPAL_WITHOUT_CONDITION'))).toHaveLength(1);
  });

  it('a suppression with a reason becomes info and is written into the template metadata; without a reason it throws', () => {
    const { annotations, template } = bucketStack({}, true);
    expect(annotations.findError('*', Match.stringLikeRegexp('PUBLIC_PRINCIPAL'))).toEqual([]);
    expect(annotations.findInfo('/Site/Public/Policy/Resource', Match.stringLikeRegexp('suppressed: static website, public by design'))).toHaveLength(1);
    template.hasResource('AWS::S3::BucketPolicy', { Metadata: { 'typed-iam': { suppressions: [{ code: 'PUBLIC_PRINCIPAL_WITHOUT_CONDITION', reason: 'static website, public by design' }] } } });
    expect(() => new TypedIamChecks({ suppressions: [{ code: 'X', reason: ' ' }] })).toThrow(/needs a reason/);
    expect(() => TypedIamChecks.suppress(new Stack(), [{ code: 'X', reason: '' }])).toThrow(/needs a reason/);
  });

  it('a suppression bound to a reference policy holds while the policy grants nothing more, and stops covering a widening (cdk-nag#833)', () => {
    const run = (widen: boolean) => {
      const app = new App();
      const stack = new Stack(app, 'Site');
      const bucket = new s3.Bucket(stack, 'Public');
      const read = new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')], principals: [new iam.AnyPrincipal()] });
      bucket.addToResourcePolicy(read);
      if (widen) bucket.addToResourcePolicy(new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: [bucket.arnForObjects('uploads/*')], principals: [new iam.AnyPrincipal()] }));
      TypedIamChecks.suppress(bucket, [{ code: 'PUBLIC_PRINCIPAL_WITHOUT_CONDITION', reason: 'public website', reference: new iam.PolicyDocument({ statements: [read] }) }]);
      Aspects.of(app).add(new TypedIamChecks());
      Template.fromStack(stack);
      return Annotations.fromStack(stack);
    };
    expect(run(false).findError('*', Match.stringLikeRegexp('PUBLIC_PRINCIPAL'))).toEqual([]);
    const widened = run(true).findError('/Site/Public/Policy/Resource', Match.stringLikeRegexp('PUBLIC_PRINCIPAL_WITHOUT_CONDITION'));
    expect(widened.length).toBeGreaterThan(0);
    expect(String(widened[0]!.entry.data)).toMatch(/suppression "public website" no longer applies: the policy now grants s3:PutObject/);
  }, 60_000);

  it('suppressions in the options match by construct path prefix', () => {
    const { annotations } = bucketStack({ suppressions: [{ code: 'PUBLIC_PRINCIPAL_WITHOUT_CONDITION', reason: 'website', path: 'Site/Public' }] });
    expect(annotations.findError('*', Match.stringLikeRegexp('PUBLIC_PRINCIPAL'))).toEqual([]);
    const other = bucketStack({ suppressions: [{ code: 'PUBLIC_PRINCIPAL_WITHOUT_CONDITION', reason: 'website', path: 'Site/Other' }] });
    expect(other.annotations.findError('*', Match.stringLikeRegexp('PUBLIC_PRINCIPAL'))).toHaveLength(1);
  });
});

describe("CDK's own grants", () => {
  it('a DynamoDB read grant (stream actions on the table ARN) is a warning, not an error that fails synth', async () => {
    const dynamodb = await import('aws-cdk-lib/aws-dynamodb');
    const annotations = grantChecked('Orders', 'Worker', (stack, worker) =>
      new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } }).grantReadWriteData(worker),
    );
    expect(annotations.findError('*', Match.stringLikeRegexp('typed-iam'))).toEqual([]);
    const warnings = annotations.findWarning('/Orders/Worker/DefaultPolicy/Resource', Match.stringLikeRegexp('RESOURCE_MISMATCH'));
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0]!.entry.data)).toContain('"dynamodb:GetRecords"');
  });

  it('a Kinesis read grant (stream.grantRead, which KinesisEventSource calls) puts consumer actions on the stream ARN: two warnings, no error', async () => {
    // Service Authorization Reference, Amazon Kinesis: SubscribeToShard and DescribeStreamConsumer
    // take the resource type consumer (arn:...:stream/S/consumer/C:...), not stream
    const kinesis = await import('aws-cdk-lib/aws-kinesis');
    const annotations = grantChecked('Events', 'Reader', (stack, reader) => new kinesis.Stream(stack, 'Stream').grantRead(reader));
    expect(annotations.findError('*', Match.stringLikeRegexp('typed-iam'))).toEqual([]);
    const warnings = annotations.findWarning('/Events/Reader/DefaultPolicy/Resource', Match.stringLikeRegexp('typed-iam'));
    expect(warnings.map((w) => /ACTION_MATCHES_NO_RESOURCE .*?Action "(kinesis:\w+)"/.exec(String(w.entry.data))?.[1])).toEqual(['kinesis:SubscribeToShard', 'kinesis:DescribeStreamConsumer']);
  });

  it('an AwsCustomResource policy from SDK calls names the IAM action after the SDK call: a call whose IAM action has another name is an INVALID_ACTION error', async () => {
    // aws-cdk-lib writes `${iamPrefix}:${SdkCall}`; S3's ListBuckets call is authorised by s3:ListAllMyBuckets
    // (Service Authorization Reference, Amazon S3: ListAllMyBuckets "Grants permission to list all buckets"),
    // so the custom resource would fail with AccessDenied when deployed
    const cr = await import('aws-cdk-lib/custom-resources');
    const app = new App();
    const stack = new Stack(app, 'Setup');
    const call = (action: string) => ({ service: 'S3', action, physicalResourceId: cr.PhysicalResourceId.of(action) });
    new cr.AwsCustomResource(stack, 'List', { onCreate: call('listBuckets'), policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: cr.AwsCustomResourcePolicy.ANY_RESOURCE }) });
    new cr.AwsCustomResource(stack, 'Head', { onCreate: call('getBucketTagging'), policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: cr.AwsCustomResourcePolicy.ANY_RESOURCE }) });
    Aspects.of(app).add(new TypedIamChecks({ reportSizes: false }));
    Template.fromStack(stack);
    const errors = Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('typed-iam'));
    expect(errors.map((e) => String(e.entry.data).match(/INVALID_ACTION .*?Action "([^"]+)"/)?.[1])).toEqual(['s3:ListBuckets']);
    // the message says where the name comes from and what to write instead
    expect(String(errors[0]!.entry.data)).toContain("aws-cdk-lib's `AwsCustomResourcePolicy.fromSdkCalls` names each action after its SDK call");
    expect(String(errors[0]!.entry.data)).toContain('write the policy with `AwsCustomResourcePolicy.fromStatements`');
  }, 60_000);

  it("a Step Functions CallAwsService task names the IAM action after the call too, unless iamAction is given: s3 listBuckets is an INVALID_ACTION error", async () => {
    // aws-cdk-lib writes `${service}:${action}` (the iamAction prop overrides it); IAM reads action
    // names ignoring case, and S3's ListBuckets call is authorised by s3:ListAllMyBuckets
    const sfn = await import('aws-cdk-lib/aws-stepfunctions');
    const tasks = await import('aws-cdk-lib/aws-stepfunctions-tasks');
    const app = new App();
    const stack = new Stack(app, 'Flow');
    const task = (id: string, action: string, iamAction?: string) => new tasks.CallAwsService(stack, id, { service: 's3', action, iamResources: ['*'], ...(iamAction === undefined ? {} : { iamAction }) });
    new sfn.StateMachine(stack, 'Sm', {
      definitionBody: sfn.DefinitionBody.fromChainable(task('List', 'listBuckets').next(task('Tags', 'getBucketTagging')).next(task('Fixed', 'listBuckets', 's3:ListAllMyBuckets'))),
    });
    Aspects.of(app).add(new TypedIamChecks({ reportSizes: false }));
    Template.fromStack(stack);
    const errors = Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('typed-iam'));
    expect(errors.map((e) => String(e.entry.data).match(/INVALID_ACTION .*?Action "([^"]+)"/)?.[1])).toEqual(['s3:listBuckets']);
    // the custom resource's advice is its own: a state machine's role gets none
    expect(String(errors[0]!.entry.data)).not.toContain('fromSdkCalls');
  }, 60_000);
});

describe('stages (CDK Pipelines)', () => {
  // CDK synthesises each Stage with the stage's own aspects, before the app's: an aspect added to
  // the app never visits the stacks of a stage
  const staged = (onStage: boolean) => {
    const app = new App();
    const stage = new Stage(app, 'Prod');
    const api = new Stack(stage, 'Api');
    const inner = new NestedStack(api, 'Inner');
    new iam.Role(inner, 'Runner', { assumedBy: new iam.AccountRootPrincipal() }).addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObjekt'], resources: ['*'] }));
    Aspects.of(app).add(new TypedIamChecks());
    if (onStage) Aspects.of(stage).add(new TypedIamChecks());
    return { app, stage };
  };

  it("added to the app only: synth throws, naming the stage and the fix, instead of checking nothing", () => {
    const { app } = staged(false);
    expect(() => app.synth()).toThrow(PolicyArgumentError);
    expect(() => staged(false).app.synth()).toThrow(/TypedIamChecks does not reach the stacks of stage 'Prod': .*Aspects\.of\(stage\)\.add/);
  });

  it('added to the stage as well: its stacks, nested stacks included, are checked', () => {
    const { app, stage } = staged(true);
    app.synth();
    const messages = stage
      .synth()
      .stacks.flatMap((s) => s.messages)
      .map((m) => `${m.level} ${m.id} ${String(m.entry.data)}`);
    expect(messages.some((m) => m.startsWith('error /Prod/Api/Inner/Runner/DefaultPolicy/Resource [typed-iam] error INVALID_ACTION'))).toBe(true);
  });
});
