/**
 * Three realistic CDK apps, every finding and size verdict of the aspect pinned. Each size was
 * checked by hand against the synthesised template: every token replaced by its longest value
 * (partition 10, region 19, account 12, URL suffix 16; bucket name 63, queue 80, topic 256,
 * function 64, role 64, key id 36) and the compact JSON counted (bytes for S3, SQS, KMS, Lambda).
 */
import { App, Aspects, Duration, NestedStack, Stack, Tags, type IAspect } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { TypedIamChecks } from '../../src/cdk/index.js';

/** The aspect's annotations: level, construct path, and the finding code or the size. */
const annotations = (app: App) =>
  app
    .synth()
    .stacks.flatMap((s) => s.messages)
    .map((m) => [m.level, m.id, String(m.entry.data)] as const)
    .filter(([, , text]) => text.startsWith('[typed-iam]'))
    .map(([level, id, text]) => [level, id, /^\[typed-iam\] (?:\w+ )?([A-Z_]+) /.exec(text)?.[1], /: (?:at most )?([\d,]+) of /.exec(text)?.[1]].filter((x) => x !== undefined).join(' '))
    .sort();

describe('three CDK apps, checked by hand', () => {
  it('Lambda + S3 + SQS/SNS grants, an S3 notification and a subscription: no finding; every size as counted by hand', () => {
    const app = new App();
    const stack = new Stack(app, 'Ingest');
    const bucket = new s3.Bucket(stack, 'Uploads');
    const queue = new sqs.Queue(stack, 'Jobs', { visibilityTimeout: Duration.seconds(60) });
    const topic = new sns.Topic(stack, 'Events');
    const fn = new lambda.Function(stack, 'Handler', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler=async()=>{}') });
    bucket.grantRead(fn);
    bucket.grantPut(fn);
    queue.grantSendMessages(fn);
    queue.grantConsumeMessages(fn);
    topic.grantPublish(fn);
    topic.addSubscription(new subs.SqsSubscription(queue));
    bucket.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.SqsDestination(queue));
    fn.addPermission('FromS3', { principal: new iam.ServicePrincipal('s3.amazonaws.com'), sourceArn: bucket.bucketArn, sourceAccount: stack.account });
    Aspects.of(app).add(new TypedIamChecks());
    expect(annotations(app)).toEqual([
      'info /Ingest/BucketNotificationsHandler050a0587b7544547bf325f094a3db834/Role/Resource POLICY_SIZE 130',
      'info /Ingest/Handler/FromS3 POLICY_SIZE 520',
      'info /Ingest/Handler/ServiceRole/DefaultPolicy/Resource POLICY_SIZE 1,444',
      'info /Ingest/Handler/ServiceRole/Resource POLICY_SIZE 130',
      'info /Ingest/Jobs/Policy/Resource POLICY_SIZE 1,037',
      'info /Ingest/Uploads/Notifications/HandlerPolicy/Resource POLICY_SIZE 190',
    ]);
  }, 120_000);

  it('a KMS key with grants, a cross-account grant and a key policy statement for a service: the findings lint gives', () => {
    const app = new App();
    const stack = new Stack(app, 'Keys');
    const key = new kms.Key(stack, 'Data', { enableKeyRotation: true });
    const reader = new iam.Role(stack, 'Reader', { assumedBy: new iam.AccountPrincipal('111122223333') });
    const writer = new iam.Role(stack, 'Writer', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    key.grantDecrypt(reader);
    key.grantEncryptDecrypt(writer);
    key.grant(new iam.AccountPrincipal('444455556666'), 'kms:DescribeKey');
    key.addToResourcePolicy(new iam.PolicyStatement({ sid: 'Logs', principals: [new iam.ServicePrincipal('logs.amazonaws.com')], actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:GenerateDataKey*'], resources: ['*'], conditions: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:aws:logs:${stack.region}:${stack.account}:*` } } }));
    new s3.Bucket(stack, 'Enc', { encryption: s3.BucketEncryption.KMS, encryptionKey: key, enforceSSL: true });
    new kms.Alias(stack, 'Alias', { aliasName: 'alias/data', targetKey: key });
    Aspects.of(app).add(new TypedIamChecks());
    expect(annotations(app)).toEqual([
      // an account's root may assume the role with no external id or organisation condition
      'error /Keys/Reader/Resource CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION',
      'info /Keys/Data/Resource POLICY_SIZE 539',
      // logs.amazonaws.com narrowed by kms:EncryptionContext:aws:logs:arn to this account's log groups: tied to the
      // account as a source key ties it (no RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL); the source keys are still suggested
      'info /Keys/Data/Resource RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL',
      'info /Keys/Enc/Policy/Resource POLICY_SIZE 336',
      'info /Keys/Reader/DefaultPolicy/Resource POLICY_SIZE 186',
      'info /Keys/Reader/Resource POLICY_SIZE 143',
      'info /Keys/Writer/DefaultPolicy/Resource POLICY_SIZE 242',
      'info /Keys/Writer/Resource POLICY_SIZE 130',
    ]);
  });

  it('cross-stack references, a nested stack and an Aspect of the app: imports and the nested output read where they are made', () => {
    const app = new App();
    const shared = new Stack(app, 'Shared');
    const bucket = new s3.Bucket(shared, 'Lake');
    const topic = new sns.Topic(shared, 'Alerts');
    const consumer = new Stack(app, 'Consumer');
    const role = new iam.Role(consumer, 'Analyst', { assumedBy: new iam.AccountRootPrincipal() });
    bucket.grantRead(role);
    topic.grantPublish(role);
    const inner = new NestedStack(consumer, 'Workers');
    const q = new sqs.Queue(inner, 'Work');
    q.grantSendMessages(role);
    const innerRole = new iam.Role(inner, 'Worker', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });
    q.grantConsumeMessages(innerRole);
    bucket.grantReadWrite(innerRole);
    Aspects.of(app).add(new TagAll());
    Aspects.of(app).add(new TypedIamChecks());
    expect(annotations(app)).toEqual([
      // Fn::ImportValue of the bucket ARN (83) and the topic ARN (308), the nested stack's output of the queue ARN (132)
      'info /Consumer/Analyst/DefaultPolicy/Resource POLICY_SIZE 899',
      'info /Consumer/Analyst/Resource POLICY_SIZE 143',
      'info /Consumer/Workers/Worker/DefaultPolicy/Resource POLICY_SIZE 733',
      'info /Consumer/Workers/Worker/Resource POLICY_SIZE 133',
    ]);
  });
});

class TagAll implements IAspect {
  visit(node: import('constructs').IConstruct): void {
    if (node instanceof iam.Role) Tags.of(node).add('team', 'data');
  }
}
