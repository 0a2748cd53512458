/**
 * Statements aws-cdk-lib writes for a service principal without a source condition: the finding
 * (RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL, as Access Analyzer's check) stays, and its message names
 * the concrete fix (the feature flag, the construct option, or the suppression limited to the
 * policy); applying that fix makes synth pass. Apps synthesised in process with aws-cdk-lib 2.276.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Aspects, Duration, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as appconfig from 'aws-cdk-lib/aws-appconfig';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as elbTargets from 'aws-cdk-lib/aws-elasticloadbalancingv2-targets';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as secrets from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cxapi from 'aws-cdk-lib/cx-api';
import { describe, expect, it } from 'vitest';
import { checkTemplate, TypedIamChecks, type Template as CfnTemplate, type TypedIamChecksOptions } from '../../src/cdk/index.js';

const RESTRICT = 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL';
const typedIam = Match.stringLikeRegexp('\\[typed-iam\\]');
const hourly = events.Schedule.rate(Duration.hours(1));

type Build = (s: Stack) => void;

/** Synthesises one stack with the aspect: its typed-iam errors and infos (`id: text`), and its template. */
function synth(build: Build, context: Record<string, unknown> = {}, options: TypedIamChecksOptions = {}) {
  const app = new App({ context });
  const stack = new Stack(app, 'S', { env: { account: '111122223333', region: 'eu-west-1' } });
  build(stack);
  Aspects.of(app).add(new TypedIamChecks(options));
  const template = Template.fromStack(stack).toJSON() as CfnTemplate;
  const a = Annotations.fromStack(stack);
  const show = (x: { id: string; entry: { data?: unknown } }) => `${x.id}: ${String(x.entry.data)}`;
  return { errors: a.findError('*', typedIam).map(show), infos: a.findInfo('*', Match.stringLikeRegexp(RESTRICT)).map(show), template };
}

const fn = (s: Stack, id = 'Fn') => new lambda.Function(s, id, { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {}') });
const encryptedQueue = (s: Stack) => new sqs.Queue(s, 'Queue', { encryptionMasterKey: new kms.Key(s, 'Key') });
const encryptedTopic = (s: Stack) => new sns.Topic(s, 'Topic', { masterKey: new kms.Key(s, 'Key') });
/** An ECS service with ECS Exec on a cluster whose ECS Exec configuration has a key. */
function execService(s: Stack): void {
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc: new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0 }) as never, executeCommandConfiguration: { kmsKey: new kms.Key(s, 'Key') } });
  const task = new ecs.FargateTaskDefinition(s, 'Task');
  task.addContainer('App', { image: ecs.ContainerImage.fromRegistry('public.ecr.aws/nginx/nginx') });
  new ecs.FargateService(s, 'Service', { cluster: cluster as never, taskDefinition: task, enableExecuteCommand: true, assignPublicIp: true, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } });
}

/** A state machine encrypted with a customer managed key, with or without logs; returns the key. */
function machine(s: Stack, withLogs: boolean): kms.Key {
  const key = new kms.Key(s, 'Key');
  new sfn.StateMachine(s, 'Machine', {
    definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(s, 'Pass')),
    encryptionConfiguration: new sfn.CustomerManagedEncryptionConfiguration(key),
    ...(withLogs ? { logs: { destination: new logs.LogGroup(s, 'Logs'), level: sfn.LogLevel.ALL } } : {}),
  });
  return key;
}

describe('CDK statements a feature flag fixes: the message names the flag, and setting it makes synth pass', () => {
  const cases: { name: string; build: Build; flag: string; where: string[] }[] = [
    {
      name: 'an events.Rule targeting a KMS-encrypted queue (key and queue policy for events.amazonaws.com)',
      build: (s) => new events.Rule(s, 'Rule', { schedule: hourly, targets: [new targets.SqsQueue(encryptedQueue(s))] }),
      flag: cxapi.EVENTS_TARGET_QUEUE_SAME_ACCOUNT,
      where: ['/S/Key/Resource', '/S/Queue/Policy/Resource'],
    },
    {
      name: 'an SQS subscription of a KMS-encrypted queue (key policy for sns.amazonaws.com)',
      build: (s) => new sns.Topic(s, 'Topic').addSubscription(new subs.SqsSubscription(encryptedQueue(s))),
      flag: cxapi.SNS_SUBSCRIPTIONS_SQS_DECRYPTION_POLICY,
      where: ['/S/Key/Resource'],
    },
    {
      name: 'an AppSync API with a Lambda authorizer (Lambda permission for appsync.amazonaws.com)',
      build: (s) => {
        const schema = join(mkdtempSync(join(tmpdir(), 'typed-iam-appsync-')), 'schema.graphql');
        writeFileSync(schema, 'type Query { a: String }\n');
        const handler = fn(s);
        new appsync.GraphqlApi(s, 'Api', { name: 'api', definition: appsync.Definition.fromFile(schema), authorizationConfig: { defaultAuthorization: { authorizationType: appsync.AuthorizationType.LAMBDA, lambdaAuthorizerConfig: { handler } } } });
      },
      flag: '@aws-cdk/aws-appsync:appSyncGraphQLAPIScopeLambdaPermission',
      where: ['/S/Fn/Api-appsync'],
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      // aws-cdk-lib: without the flag (an app made before it, no cdk.json context) the statement has no source condition
      const before = synth(c.build);
      expect(before.errors.map((e) => e.split(':')[0]).sort()).toEqual(c.where);
      for (const e of before.errors) {
        expect(e).toContain(RESTRICT);
        expect(e).toContain(`add "${c.flag}": true to the "context" of cdk.json`);
      }
      // the flag in the app's context: CDK writes the condition, nothing to report
      expect(synth(c.build, { [c.flag]: true }).errors).toEqual([]);
    });
});

describe('CDK statements a construct option avoids', () => {
  it('an events.Rule targeting an SNS topic: authorizeUsingRole (no flag exists; a fresh cdk init app fails too)', () => {
    const build = (role: boolean): Build => (s) => new events.Rule(s, 'Rule', { schedule: hourly, targets: [new targets.SnsTopic(encryptedTopic(s), role ? { authorizeUsingRole: true } : {})] });
    const plain = synth(build(false), { ...cxapi.CURRENTLY_RECOMMENDED_FLAGS, '@aws-cdk/core:validateAgainstDefaultRules': false, '@aws-cdk/core:annotationsInValidationReport': false });
    expect(plain.errors.map((e) => e.split(':')[0]).sort()).toEqual(['/S/Key/Resource', '/S/Topic/Policy/Resource']);
    for (const e of plain.errors) expect(e).toContain('new targets.SnsTopic(topic, { authorizeUsingRole: true })');
    expect(synth(build(true)).errors).toEqual([]);
  });
});

describe('CDK statements with no option: the message gives the suppression limited to the policy, which makes synth pass', () => {
  const cases: { name: string; build: Build; where: string; wrote: string }[] = [
    { name: 'cloudtrail.Trail (bucket policy for cloudtrail.amazonaws.com)', build: (s) => new cloudtrail.Trail(s, 'Trail'), where: 'S/Trail/S3/Policy', wrote: 'cloudtrail.Trail' },
    {
      name: 'loadBalancer.logAccessLogs (bucket policy for delivery.logs.amazonaws.com)',
      // `as never`: aws-cdk-lib's interfaces are not written for exactOptionalPropertyTypes
      build: (s) => new elbv2.ApplicationLoadBalancer(s, 'Alb', { vpc: new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0 }) as never }).logAccessLogs(new s3.Bucket(s, 'Logs') as never),
      where: 'S/Logs/Policy',
      wrote: 'logAccessLogs',
    },
    {
      name: 'an S3 notification to a KMS-encrypted queue (key policy for s3.amazonaws.com)',
      build: (s) => new s3.Bucket(s, 'B').addObjectCreatedNotification(new s3n.SqsDestination(encryptedQueue(s))),
      where: 'S/Key',
      wrote: 's3n.SqsDestination',
    },
    {
      name: 'secret rotation by a Lambda function (permission for secretsmanager.amazonaws.com)',
      build: (s) => new secrets.Secret(s, 'Secret').addRotationSchedule('Rotation', { rotationLambda: fn(s) }),
      where: 'S/Fn/Invoke',
      wrote: 'addRotationSchedule',
    },
    {
      name: 'a Lambda function behind a load balancer (permission for elasticloadbalancing.amazonaws.com)',
      build: (s) =>
        new elbv2.ApplicationLoadBalancer(s, 'Alb', { vpc: new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0 }) as never })
          .addListener('Http', { port: 80 })
          .addTargets('Fn', { targets: [new elbTargets.LambdaTarget(fn(s) as never)] }),
      where: 'S/Fn/Invoke',
      wrote: 'LambdaTarget',
    },
    {
      name: 'a backup vault notifying a KMS-encrypted topic (topic and key policy for backup.amazonaws.com)',
      build: (s) => new backup.BackupVault(s, 'Vault', { notificationTopic: encryptedTopic(s) }),
      where: 'S/',
      wrote: 'backup.BackupVault',
    },
    {
      name: 'a CodeStar notification rule to a topic (topic policy for codestar-notifications.amazonaws.com)',
      build: (s) => new codebuild.Project(s, 'Build', { buildSpec: codebuild.BuildSpec.fromObject({ version: '0.2' }) }).notifyOnBuildSucceeded('Done', new sns.Topic(s, 'Topic')),
      where: 'S/Topic/Policy',
      wrote: 'notification rule',
    },
    {
      name: 'an AppConfig validator function (Lambda permission for appconfig.amazonaws.com)',
      build: (s) =>
        void new appconfig.HostedConfiguration(s, 'Config', { application: new appconfig.Application(s, 'App'), content: appconfig.ConfigurationContent.fromInlineText('x'), validators: [appconfig.LambdaValidator.fromFunction(fn(s) as never)] }),
      where: 'S/Fn/AppConfigPermission',
      wrote: 'LambdaValidator.fromFunction',
    },
    {
      name: 'an AppConfig extension action to a function (Lambda permission for appconfig.amazonaws.com)',
      build: (s) =>
        void new appconfig.Extension(s, 'Extension', { actions: [new appconfig.Action({ actionPoints: [appconfig.ActionPoint.ON_DEPLOYMENT_COMPLETE], eventDestination: new appconfig.LambdaDestination(fn(s) as never) })] }),
      where: 'S/Fn/AppConfigPermission',
      wrote: 'appconfig.LambdaDestination',
    },
    {
      name: 'a Lambda function of a container image in an ECR repository (repository policy for lambda.amazonaws.com)',
      build: (s) => void new lambda.DockerImageFunction(s, 'Fn', { code: lambda.DockerImageCode.fromEcr(new ecr.Repository(s, 'Repo') as never) }),
      where: 'S/Repo',
      wrote: 'DockerImageCode.fromEcr',
    },
    {
      name: 'server access logs to a bucket encrypted with a customer managed key (key policy for logging.s3.amazonaws.com)',
      build: (s) => void new s3.Bucket(s, 'Site', { serverAccessLogsBucket: new s3.Bucket(s, 'Logs', { encryption: s3.BucketEncryption.KMS, encryptionKey: new kms.Key(s, 'Key') }) as never }),
      where: 'S/Key',
      wrote: 'serverAccessLogsBucket',
    },
    {
      name: 'an EventBridge archive encrypted with a customer managed key (key policy for events.amazonaws.com: kms:DescribeKey; the key operations are narrowed to the bus)',
      build: (s) => void new events.Archive(s, 'Archive', { sourceEventBus: new events.EventBus(s, 'Bus'), eventPattern: { source: ['app'] }, kmsKey: new kms.Key(s, 'Key') }),
      where: 'S/Key',
      wrote: 'EventBridge `Archive`',
    },
    {
      name: 'a state machine with logs, encrypted with a customer managed key (key policy for delivery.logs.amazonaws.com)',
      build: (s) => machine(s, true),
      where: 'S/Key',
      wrote: 'sfn.StateMachine',
    },
    {
      name: 'a CodeStar notification rule to a KMS-encrypted topic (topic and key policy for codestar-notifications.amazonaws.com)',
      build: (s) => new codebuild.Project(s, 'Build', { buildSpec: codebuild.BuildSpec.fromObject({ version: '0.2' }) }).notifyOnBuildSucceeded('Done', encryptedTopic(s)),
      where: 'S/',
      wrote: 'notification rule',
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const before = synth(c.build);
      expect(before.errors.length).toBeGreaterThan(0);
      const paths = new Set<string>();
      for (const e of before.errors) {
        expect(e).toContain(RESTRICT);
        expect(e).toContain(c.wrote);
        const path = /suppressions: \[\{ code: 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL', path: '([^']+)'/.exec(e)?.[1];
        expect(path, e).toBeDefined();
        expect(path!.startsWith(c.where)).toBe(true);
        paths.add(path!);
      }
      // the suppression the message gives: synth passes, each finding stays visible as info with the reason
      const after = synth(c.build, {}, { suppressions: [...paths].map((path) => ({ code: RESTRICT, path, reason: 'written by aws-cdk-lib' })) });
      expect(after.errors).toEqual([]);
      expect(after.infos).toHaveLength(before.errors.length);
      for (const i of after.infos) expect(i).toContain('(suppressed: written by aws-cdk-lib)');
    });

  it('the suppression is limited to its policy: the same statement elsewhere in the app still fails', () => {
    const build: Build = (s) => {
      new cloudtrail.Trail(s, 'Trail');
      new cloudtrail.Trail(s, 'Other');
    };
    const after = synth(build, {}, { suppressions: [{ code: RESTRICT, path: 'S/Trail/S3/Policy', reason: 'written by aws-cdk-lib' }] });
    expect(after.errors.map((e) => e.split(':')[0])).toEqual(['/S/Other/S3/Policy/Resource', '/S/Other/S3/Policy/Resource']);
  });
});

describe('a grant you wrote', () => {
  it('on an unencrypted queue a rule targets (CDK writes aws:SourceArn there): the advice is the condition to write', () => {
    const found = synth((s) => {
      const queue = new sqs.Queue(s, 'Queue');
      new events.Rule(s, 'Rule', { schedule: hourly, targets: [new targets.SqsQueue(queue)] });
      queue.grantSendMessages(new iam.ServicePrincipal('events.amazonaws.com'));
    });
    expect(found.errors).toHaveLength(1);
    expect(found.errors[0]).not.toContain('aws-cdk-lib writes');
    expect(found.errors[0]).toContain('new iam.ServicePrincipal(');
  });

  it('on a queue a rule targets, with the flag set: the advice is the condition to write, not the flag again', () => {
    const build: Build = (s) => {
      const queue = encryptedQueue(s);
      new events.Rule(s, 'Rule', { schedule: hourly, targets: [new targets.SqsQueue(queue)] });
      queue.grantSendMessages(new iam.ServicePrincipal('events.amazonaws.com'));
    };
    const flagged = synth(build, { [cxapi.EVENTS_TARGET_QUEUE_SAME_ACCOUNT]: true });
    expect(flagged.errors.length).toBeGreaterThan(0);
    for (const e of flagged.errors) {
      expect(e).not.toContain(cxapi.EVENTS_TARGET_QUEUE_SAME_ACCOUNT);
      expect(e).toContain('new iam.ServicePrincipal(');
    }
  });

  it('is not attributed to CDK: the message shows the principal with a condition, and that principal passes', () => {
    const build = (conditioned: boolean): Build => (s) => {
      const queue = new sqs.Queue(s, 'Queue');
      const rule = new events.Rule(s, 'Rule', { schedule: hourly });
      queue.grantSendMessages(new iam.ServicePrincipal('events.amazonaws.com', conditioned ? { conditions: { ArnEquals: { 'aws:SourceArn': rule.ruleArn } } } : {}));
    };
    const before = synth(build(false));
    expect(before.errors).toHaveLength(1);
    expect(before.errors[0]).toContain("new iam.ServicePrincipal('<service>', { conditions: { ArnEquals: { 'aws:SourceArn': sourceArn } } })");
    expect(before.errors[0]).not.toContain('aws-cdk-lib writes');
    expect(synth(build(true)).errors).toEqual([]);
  });

  it('an ECS service with an ECS Exec key: the key statement CDK writes is narrowed to the account, no security finding', () => {
    // logs.<region>.amazonaws.com under ArnLike kms:EncryptionContext:aws:logs:arn arn:...:logs:<region>:<account>:*,
    // the CloudWatch Logs guide's statement: CloudWatch Logs sets the context from the log group it encrypts
    for (const env of [true, false]) {
      const app = new App();
      const stack = new Stack(app, 'S', env ? { env: { account: '111122223333', region: 'eu-west-1' } } : {});
      execService(stack);
      Aspects.of(app).add(new TypedIamChecks());
      const key = Object.values(Template.fromStack(stack).toJSON().Resources as CfnTemplate['Resources'] & object).find((r) => r.Type === 'AWS::KMS::Key')!;
      expect(JSON.stringify(key)).toContain('kms:EncryptionContext:aws:logs:arn');
      expect(Annotations.fromStack(stack).findError('*', typedIam)).toEqual([]);
      expect(Annotations.fromStack(stack).findInfo('*', Match.stringLikeRegexp('RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL'))).toHaveLength(1);
    }
  });

  it('on the key of a state machine without logs: not attributed to CDK (it writes the log delivery statement only for logs)', () => {
    const found = synth((s) => machine(s, false).addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.ServicePrincipal('delivery.logs.amazonaws.com')], actions: ['kms:Decrypt*'], resources: ['*'] })));
    expect(found.errors).toHaveLength(1);
    expect(found.errors[0]).not.toContain('aws-cdk-lib writes');
    expect(found.errors[0]).toContain('new iam.ServicePrincipal(');
  });

  it('a Lambda permission: the message names addPermission with sourceArn, which passes', () => {
    const build = (source: boolean): Build => (s) => {
      const rule = new events.Rule(s, 'Rule', { schedule: hourly });
      fn(s).addPermission('FromRule', { principal: new iam.ServicePrincipal('events.amazonaws.com'), ...(source ? { sourceArn: rule.ruleArn } : {}) });
    };
    const before = synth(build(false));
    expect(before.errors).toHaveLength(1);
    expect(before.errors[0]).toContain('fn.addPermission(id, { principal, sourceArn })');
    expect(synth(build(true)).errors).toEqual([]);
  });
});

describe('typed-iam cdk check (checkTemplate on the synthesised template) gives the same advice', () => {
  it('on the template of an events.Rule targeting a KMS-encrypted queue', () => {
    const { template } = synth((s) => new events.Rule(s, 'Rule', { schedule: hourly, targets: [new targets.SqsQueue(encryptedQueue(s))] }));
    const found = checkTemplate(template).findings.filter((f) => f.code === RESTRICT);
    expect(found).toHaveLength(2);
    for (const f of found) expect(f.message).toContain(cxapi.EVENTS_TARGET_QUEUE_SAME_ACCOUNT);
  });
});
