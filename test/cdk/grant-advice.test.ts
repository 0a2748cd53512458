/**
 * aws-cdk-lib's grants that write actions beside entries they do not take: DynamoDB's read grants
 * (`grantReadData`, `grantReadWriteData` on `Table` and `TableV2`: dynamodb:GetRecords and
 * dynamodb:GetShardIterator on the table and index ARNs, whose resource type is the stream: Service
 * Authorization Reference, `arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/stream/${StreamLabel}`), Kinesis `stream.grantRead`
 * (kinesis:SubscribeToShard and kinesis:DescribeStreamConsumer, whose resource type is the stream
 * consumer: Service Authorization Reference, `arn:${Partition}:kinesis:${Region}:${Account}:${StreamType}/${StreamName}/consumer/${ConsumerName}:${ConsumerCreationTimpstamp}`),
 * S3 `bucket.grantWrite` (object actions on the bucket ARN beside its objects; the Reference's
 * PutObject, DeleteObject, AbortMultipartUpload, ... take the `object` type) and a bucket's
 * `inventories` (s3:PutObject on the destination bucket beside its objects). The finding stays; its
 * message says who wrote it, what to write instead, and the suppression limited to the policy.
 * Apps synthesised in process with aws-cdk-lib 2.276.
 */
import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as cp from 'aws-cdk-lib/aws-codepipeline';
import * as ddb from 'aws-cdk-lib/aws-dynamodb';
import * as cpa from 'aws-cdk-lib/aws-codepipeline-actions';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as os from 'aws-cdk-lib/aws-opensearchservice';
import * as destinations from 'aws-cdk-lib/aws-logs-destinations';
import * as les from 'aws-cdk-lib/aws-lambda-event-sources';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { describe, expect, it } from 'vitest';
import { checkTemplate, TypedIamChecks, type Template as CfnTemplate, type TypedIamChecksOptions } from '../../src/cdk/index.js';

const typedIam = Match.stringLikeRegexp('\\[typed-iam\\]');
type Build = (s: Stack, role: iam.Role) => void;

function synth(build: Build, context: Record<string, unknown> = {}, options: TypedIamChecksOptions = {}) {
  const app = new App({ context });
  const stack = new Stack(app, 'S', { env: { account: '111122223333', region: 'eu-west-1' } });
  build(stack, new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }));
  Aspects.of(app).add(new TypedIamChecks(options));
  const template = Template.fromStack(stack).toJSON() as CfnTemplate;
  const a = Annotations.fromStack(stack);
  const show = (x: { entry: { data?: unknown } }) => String(x.entry.data);
  return { problems: [...a.findError('*', typedIam), ...a.findWarning('*', typedIam)].map(show), infos: a.findInfo('*', Match.stringLikeRegexp('suppressed')).map(show), template };
}

const DYNAMODB = '`table.grantStreamRead(grantee)` grants them on the stream';
const key = { partitionKey: { name: 'pk', type: ddb.AttributeType.STRING } };
const KINESIS = "a `kinesis.StreamConsumer`'s `grantRead(grantee)` grants them on the consumer";
const WRITE = '`bucket.grantPut(grantee)` and `bucket.grantDelete(grantee)` grant the same actions on the objects alone';
const INVENTORY = "into an inventory's destination bucket policy for a bucket's `inventories`";
const ATHENA = 'the output location of a Step Functions `tasks.AthenaStartQueryExecution` task and has no option to leave it out';
const CODEBUILD = 'the project of a Step Functions `tasks.CodeBuildStartBuild` task and has no option to leave it out';
const CONNECTION = 'pass the action a `role` and grant it codeconnections:UseConnection on the connection';
const machine = (s: Stack, task: sfn.IChainable) => new sfn.StateMachine(s, 'Sm', { definitionBody: sfn.DefinitionBody.fromChainable(task) });

const handler = (s: Stack) => new lambda.Function(s, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler=async()=>{}') });

describe("aws-cdk-lib's grants: the finding names the grant, and its suppression makes it info", () => {
  const cases: { name: string; build: Build; code: string; count: number; advice: string; path: string; context?: Record<string, unknown> }[] = [
    { name: 'DynamoDB grantReadData on a Table without a stream', build: (s, r) => void new ddb.Table(s, 'T', key).grantReadData(r), code: 'RESOURCE_MISMATCH', count: 1, advice: DYNAMODB, path: 'S/Role/DefaultPolicy' },
    {
      name: 'DynamoDB grantReadWriteData on a Table with a stream and an index (the table and index entries)',
      build: (s, r) => {
        const t = new ddb.Table(s, 'T', { ...key, stream: ddb.StreamViewType.NEW_IMAGE });
        t.addGlobalSecondaryIndex({ indexName: 'byOwner', partitionKey: { name: 'owner', type: ddb.AttributeType.STRING } });
        t.grantReadWriteData(r);
      },
      code: 'RESOURCE_MISMATCH',
      count: 2,
      advice: DYNAMODB,
      path: 'S/Role/DefaultPolicy',
    },
    { name: 'DynamoDB grantReadData on a TableV2', build: (s, r) => void new ddb.TableV2(s, 'T', key).grantReadData(r), code: 'RESOURCE_MISMATCH', count: 1, advice: DYNAMODB, path: 'S/Role/DefaultPolicy' },
    {
      name: 'DynamoDB grantReadData with @aws-cdk/aws-iam:minimizePolicies (the statements merged: each action fits no entry)',
      build: (s, r) => void new ddb.Table(s, 'T', key).grantReadData(r),
      code: 'ACTION_MATCHES_NO_RESOURCE',
      count: 2,
      advice: DYNAMODB,
      path: 'S/Role/DefaultPolicy',
      context: { '@aws-cdk/aws-iam:minimizePolicies': true },
    },
    { name: 'Kinesis stream.grantRead', build: (s, r) => void new kinesis.Stream(s, 'K').grantRead(r), code: 'ACTION_MATCHES_NO_RESOURCE', count: 2, advice: KINESIS, path: 'S/Role/DefaultPolicy' },
    { name: 'Kinesis stream.grantReadWrite', build: (s, r) => void new kinesis.Stream(s, 'K').grantReadWrite(r), code: 'ACTION_MATCHES_NO_RESOURCE', count: 2, advice: KINESIS, path: 'S/Role/DefaultPolicy' },
    {
      name: "a StreamConsumer's grantRead (it calls the stream's)",
      build: (s, r) => void new kinesis.StreamConsumer(s, 'C', { stream: new kinesis.Stream(s, 'K'), streamConsumerName: 'c' }).grantRead(r),
      code: 'ACTION_MATCHES_NO_RESOURCE',
      count: 2,
      advice: KINESIS,
      path: 'S/Role/DefaultPolicy',
    },
    {
      name: 'a KinesisEventSource (the function role)',
      build: (s) => handler(s).addEventSource(new les.KinesisEventSource(new kinesis.Stream(s, 'K'), { startingPosition: lambda.StartingPosition.LATEST })),
      code: 'ACTION_MATCHES_NO_RESOURCE',
      count: 2,
      advice: KINESIS,
      path: 'S/Fn/ServiceRole/DefaultPolicy',
    },
    {
      name: "a Firehose delivery stream reading a Kinesis stream (KinesisStreamSource: the stream's grantRead, in the delivery stream's role)",
      build: (s) => void new firehose.DeliveryStream(s, 'D', { destination: new firehose.S3Bucket(new s3.Bucket(s, 'B') as s3.IBucket), source: new firehose.KinesisStreamSource(new kinesis.Stream(s, 'K')) }),
      code: 'ACTION_MATCHES_NO_RESOURCE',
      count: 2,
      advice: KINESIS,
      path: 'S/D/Service Role/DefaultPolicy',
    },
    { name: 'S3 bucket.grantWrite', build: (s, r) => void new s3.Bucket(s, 'B').grantWrite(r), code: 'RESOURCE_MISMATCH', count: 1, advice: WRITE, path: 'S/Role/DefaultPolicy' },
    {
      name: "a CodePipeline S3 source action (grantWrite on the artifact bucket, in the action's role)",
      build: (s) => {
        const source = new cp.Artifact();
        const pipeline = new cp.Pipeline(s, 'P', { crossAccountKeys: false });
        pipeline.addStage({ stageName: 'Source', actions: [new cpa.S3SourceAction({ actionName: 'Src', bucket: new s3.Bucket(s, 'Src', { versioned: true }) as s3.IBucket, bucketKey: 'k.zip', output: source })] });
        pipeline.addStage({ stageName: 'Build', actions: [new cpa.CodeBuildAction({ actionName: 'Build', project: new codebuild.PipelineProject(s, 'Proj'), input: source })] });
      },
      code: 'RESOURCE_MISMATCH',
      count: 1,
      advice: WRITE,
      path: 'S/P/Source/Src/CodePipelineActionRole/DefaultPolicy',
    },
    {
      name: 'a Step Functions SageMakerCreateTrainingJob task (grantWrite on its output location, in the SageMaker role)',
      build: (s) => {
        const b = new s3.Bucket(s, 'B');
        const train = new tasks.SageMakerCreateTrainingJob(s, 'Train', {
          trainingJobName: 'j',
          algorithmSpecification: { algorithmName: 'BlazingText' },
          inputDataConfig: [{ channelName: 'train', dataSource: { s3DataSource: { s3Location: tasks.S3Location.fromBucket(b as s3.IBucket, 'in/') } } }],
          outputDataConfig: { s3OutputLocation: tasks.S3Location.fromBucket(b as s3.IBucket, 'out/') },
        });
        void machine(s, train);
      },
      code: 'RESOURCE_MISMATCH',
      count: 1,
      advice: WRITE,
      path: 'S/Train/SagemakerRole/DefaultPolicy',
    },
    {
      name: 'a CodePipeline CodeStarConnectionsSourceAction on a connection with a codeconnections ARN (made since July 2024)',
      build: (s) => {
        const source = new cp.Artifact();
        const pipeline = new cp.Pipeline(s, 'P', { crossAccountKeys: false });
        const connectionArn = 'arn:aws:codeconnections:eu-west-1:111122223333:connection/0123abcd-0123-abcd-0123-0123456789ab';
        pipeline.addStage({ stageName: 'Source', actions: [new cpa.CodeStarConnectionsSourceAction({ actionName: 'Src', connectionArn, owner: 'o', repo: 'r', output: source })] });
        pipeline.addStage({ stageName: 'Build', actions: [new cpa.CodeBuildAction({ actionName: 'Build', project: new codebuild.PipelineProject(s, 'Proj'), input: source })] });
      },
      code: 'RESOURCE_MISMATCH',
      count: 1,
      advice: CONNECTION,
      path: 'S/P/Source/Src/CodePipelineActionRole/DefaultPolicy',
    },
    {
      name: "a bucket's inventories (the destination bucket's policy)",
      build: (s) => void new s3.Bucket(s, 'B', { inventories: [{ destination: { bucket: new s3.Bucket(s, 'Dest') as s3.IBucket } }] }),
      code: 'RESOURCE_MISMATCH',
      count: 1,
      advice: INVENTORY,
      path: 'S/Dest/Policy',
    },
    {
      name: 'a Step Functions AthenaStartQueryExecution task (s3:ListBucketMultipartUploads on the output location)',
      build: (s) =>
        void machine(s, new tasks.AthenaStartQueryExecution(s, 'Q', { queryString: 'select 1', resultConfiguration: { outputLocation: { bucketName: 'results', objectKey: 'out' } } })),
      code: 'ACTION_MATCHES_NO_RESOURCE',
      count: 1,
      advice: ATHENA,
      path: 'S/Sm/Role/DefaultPolicy',
    },
    {
      name: 'a Step Functions CodeBuildStartBuild task (codebuild:BatchGetReports on the project)',
      build: (s) => void machine(s, new tasks.CodeBuildStartBuild(s, 'B', { project: new codebuild.Project(s, 'P', { buildSpec: codebuild.BuildSpec.fromObject({ version: '0.2' }) }), integrationPattern: sfn.IntegrationPattern.RUN_JOB })),
      code: 'ACTION_MATCHES_NO_RESOURCE',
      count: 1,
      advice: CODEBUILD,
      path: 'S/Sm/Role/DefaultPolicy',
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const before = synth(c.build, c.context);
      expect(before.problems).toHaveLength(c.count);
      const paths = new Set<string>();
      for (const w of before.problems) {
        expect(w).toContain(`warning ${c.code}`);
        expect(w).toContain(c.advice);
        const path = new RegExp(`suppressions: \\[\\{ code: '${c.code}', path: '([^']+)'`).exec(w)?.[1];
        expect(path, w).toBe(c.path);
        paths.add(path!);
      }
      const after = synth(c.build, c.context, { suppressions: [...paths].map((path) => ({ code: c.code, path, reason: 'written by aws-cdk-lib' })) });
      expect(after.problems).toEqual([]);
      expect(after.infos).toHaveLength(c.count);
      // cdk check on the template gives the same advice
      const found = checkTemplate(before.template).findings.filter((f) => f.code === c.code);
      expect(found).toHaveLength(c.count);
      for (const f of found) expect(f.message).toContain(c.advice);
    }, 60_000);
});

describe('statements CDK does not write this way get no such advice', () => {
  const advised = (w: string) => /aws-cdk-lib writes/.test(w);
  const onTable = (s: Stack, r: iam.Role, props: iam.PolicyStatementProps) => r.addToPolicy(new iam.PolicyStatement({ resources: [new ddb.Table(s, 'T', key).tableArn], ...props }));
  it('a Deny of the stream actions on the table (an error: it denies nothing)', () => {
    const { template } = synth((s, r) => onTable(s, r, { effect: iam.Effect.DENY, actions: ['dynamodb:GetRecords'] }));
    const found = checkTemplate(template).findings.filter((f) => f.code === 'RESOURCE_MISMATCH');
    expect(found).toHaveLength(1);
    expect(advised(found[0]!.message)).toBe(false);
  });

  it('another action that takes no table ARN (a stream ARN written as the table)', () => {
    const { problems } = synth((s, r) => onTable(s, r, { actions: ['dynamodb:DescribeStream'] }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('RESOURCE_MISMATCH');
    expect(advised(problems[0]!)).toBe(false);
  });

  it('the stream actions on an ARN that is no table', () => {
    const { problems } = synth((_s, r) => r.addToPolicy(new iam.PolicyStatement({ actions: ['dynamodb:GetRecords'], resources: ['arn:aws:s3:::bucket/*'] })));
    expect(problems.length).toBeGreaterThan(0);
    for (const w of problems) expect(advised(w), w).toBe(false);
  });

  it('a Deny of the consumer actions on a stream (an error: it denies nothing)', () => {
    const { template } = synth((s, r) => r.addToPolicy(new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['kinesis:SubscribeToShard', 'kinesis:GetRecords'], resources: [new kinesis.Stream(s, 'K').streamArn] })));
    const found = checkTemplate(template).findings.filter((f) => f.code === 'ACTION_MATCHES_NO_RESOURCE');
    expect(found).toHaveLength(1);
    expect(advised(found[0]!.message)).toBe(false);
  });

  it('an object action on a bucket beside an action of another kind (s3:PutObject with iam:PassRole)', () => {
    const { problems } = synth((s, r) => {
      const b = new s3.Bucket(s, 'B');
      r.addToPolicy(new iam.PolicyStatement({ actions: ['s3:PutObject', 's3:GetBucketPolicy', 'kinesis:SubscribeToShard'], resources: [b.bucketArn, b.arnForObjects('*')] }));
    });
    expect(problems.length).toBeGreaterThan(0);
    for (const w of problems) expect(advised(w), w).toBe(false);
  });

  it('s3:ListBucketMultipartUploads on objects beside actions of another statement than the Athena task writes', () => {
    const { problems } = synth((s, r) => r.addToPolicy(new iam.PolicyStatement({ actions: ['s3:ListBucketMultipartUploads', 's3:GetObject'], resources: [new s3.Bucket(s, 'B').arnForObjects('*')] })));
    expect(problems).toHaveLength(1);
    expect(advised(problems[0]!)).toBe(false);
  });

  it('the consumer actions on a stream ARN beside an ARN of another service', () => {
    const { problems } = synth((s, r) => r.addToPolicy(new iam.PolicyStatement({ actions: ['kinesis:SubscribeToShard', 'kinesis:GetRecords', 's3:GetObject'], resources: [new kinesis.Stream(s, 'K').streamArn, 'arn:aws:s3:::bucket/*'] })));
    expect(problems.length).toBeGreaterThan(0);
    for (const w of problems) expect(advised(w), w).toBe(false);
  });
});

describe('a condition aws-cdk-lib writes: the Firehose subscription destination trusts logs.amazonaws.com under StringLike aws:SourceArn', () => {
  const STRING_LIKE = 'STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS';
  const ADVICE = 'aws-cdk-lib writes this trust policy for a subscription filter to a Firehose stream (`new destinations.FirehoseDestination(stream)`)';
  const subscribe = (s: Stack) => {
    const stream = new firehose.DeliveryStream(s, 'D', { destination: new firehose.S3Bucket(new s3.Bucket(s, 'B') as s3.IBucket) });
    new logs.SubscriptionFilter(s, 'Sub', { logGroup: new logs.LogGroup(s, 'Logs'), destination: new destinations.FirehoseDestination(stream), filterPattern: logs.FilterPattern.allEvents() });
  };
  it('the finding (security, as Access Analyzer gives it) names CDK and the suppression for the role, which makes synth pass', () => {
    const before = synth(subscribe);
    expect(before.problems).toHaveLength(1);
    expect(before.problems[0]).toContain(`security ${STRING_LIKE}`);
    expect(before.problems[0]).toContain(ADVICE);
    const path = new RegExp(`suppressions: \\[\\{ code: '${STRING_LIKE}', path: '([^']+)'`).exec(before.problems[0]!)?.[1];
    expect(path).toBe('S/Sub/CloudWatchLogsCanPutRecords');
    const after = synth(subscribe, {}, { suppressions: [{ code: STRING_LIKE, path: path!, reason: 'written by aws-cdk-lib' }] });
    expect(after.problems).toEqual([]);
    expect(after.infos).toHaveLength(1);
  }, 60_000);
  it('not for a value with a wildcard before the resource part, nor for another service principal', () => {
    const trust = (service: string, arn: string) => (s: Stack) =>
      void new iam.Role(s, 'Own', { assumedBy: new iam.ServicePrincipal(service, { conditions: { StringLike: { 'aws:SourceArn': arn } } }) });
    for (const build of [trust('logs.amazonaws.com', 'arn:aws:logs:*:111122223333:*'), trust('events.amazonaws.com', 'arn:aws:logs:eu-west-1:111122223333:*')]) {
      const { problems } = synth(build);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(STRING_LIKE);
      expect(problems[0]).not.toContain('aws-cdk-lib writes');
    }
  });
});

describe('statements aws-cdk-lib writes whole: the security finding stays, names the construct, and its suppression makes synth pass', () => {
  // Access Analyzer, "Pass role with star in resource": iam:PassRole on * is reported unless a condition
  // limits iam:PassedToService (IfExists does not: it reports AWSServiceRoleForAmazonEKSNodegroup's)
  const pipeline = (s: Stack, action: (input: cp.Artifact) => cp.IAction) => {
    const source = new cp.Artifact('Src');
    new cp.Pipeline(s, 'P', {
      stages: [
        { stageName: 'Source', actions: [new cpa.S3SourceAction({ actionName: 'Src', bucket: new s3.Bucket(s, 'In') as s3.IBucket, bucketKey: 'k.zip', output: source })] },
        { stageName: 'Deploy', actions: [action(source)] },
      ],
    });
  };
  const service = (s: Stack) => {
    const vpc = new ec2.Vpc(s, 'Vpc', { natGateways: 0, maxAzs: 2 });
    const cluster = new ecs.Cluster(s, 'C', { vpc: vpc as ec2.IVpc }) as ecs.ICluster;
    const task = new ecs.FargateTaskDefinition(s, 'T');
    task.addContainer('app', { image: ecs.ContainerImage.fromRegistry('nginx') });
    return new ecs.FargateService(s, 'Svc', { cluster, taskDefinition: task, deploymentController: { type: ecs.DeploymentControllerType.CODE_DEPLOY } });
  };
  const cases: { name: string; build: Build; code: string; advice: string }[] = [
    {
      name: 'EcsDeployAction (iam:PassRole on *, StringEqualsIfExists iam:PassedToService ec2 and ecs-tasks)',
      build: (s) => pipeline(s, (input) => new cpa.EcsDeployAction({ actionName: 'Ecs', service: service(s), input })),
      code: 'PASS_ROLE_WITH_STAR_IN_RESOURCE',
      advice: 'aws-cdk-lib writes this statement for a CodePipeline `EcsDeployAction` and has no option to name the roles',
    },
    {
      name: 'CodeDeployEcsDeployAction (the same, ecs-tasks only)',
      build: (s) =>
        pipeline(s, (input) => {
          const svc = service(s);
          const group = new codedeploy.EcsDeploymentGroup(s, 'G', {
            service: svc,
            blueGreenDeploymentConfig: {
              listener: new elbv2.ApplicationListener(s, 'L', { loadBalancer: new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc: svc.cluster.vpc }), port: 80, defaultAction: elbv2.ListenerAction.fixedResponse(200) }),
              blueTargetGroup: new elbv2.ApplicationTargetGroup(s, 'Blue', { vpc: svc.cluster.vpc, port: 80, targetType: elbv2.TargetType.IP }),
              greenTargetGroup: new elbv2.ApplicationTargetGroup(s, 'Green', { vpc: svc.cluster.vpc, port: 80, targetType: elbv2.TargetType.IP }),
            },
          });
          return new cpa.CodeDeployEcsDeployAction({ actionName: 'BlueGreen', deploymentGroup: group, taskDefinitionTemplateInput: input, appSpecTemplateInput: input });
        }),
      code: 'PASS_ROLE_WITH_STAR_IN_RESOURCE',
      advice: 'aws-cdk-lib writes this statement for a CodePipeline `CodeDeployEcsDeployAction` (blue/green ECS deployments)',
    },
    {
      name: "a bucket's publicReadAccess (s3:GetObject for {\"AWS\": \"*\"} on its objects)",
      build: (s) => void new s3.Bucket(s, 'Site', { publicReadAccess: true, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY }),
      code: 'PUBLIC_PRINCIPAL_WITHOUT_CONDITION',
      advice: "This is the statement aws-cdk-lib writes for a bucket's `publicReadAccess: true` and `bucket.grantPublicAccess()`",
    },
    {
      name: 'an OpenSearch domain with useUnsignedBasicAuth (es:ESHttp* for {"AWS": "*"} on the domain\'s subresources)',
      build: (s) => void new os.Domain(s, 'Search', { version: os.EngineVersion.OPENSEARCH_2_17, useUnsignedBasicAuth: true }),
      code: 'PUBLIC_PRINCIPAL_WITHOUT_CONDITION',
      advice: 'This is the domain access policy aws-cdk-lib writes for an OpenSearch `Domain` with `useUnsignedBasicAuth: true`',
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      // the pipelines' artifact bucket grant has a warning of its own (above)
      const security = (problems: string[]) => problems.filter((p) => p.includes('] security '));
      const before = security(synth(c.build).problems);
      expect(before).toHaveLength(1);
      expect(before[0]).toContain(`security ${c.code}`);
      expect(before[0]).toContain(c.advice);
      const path = new RegExp(`suppressions: \\[\\{ code: '${c.code}', path: '([^']+)'`).exec(before[0]!)?.[1];
      expect(path).toBeDefined();
      const after = synth(c.build, {}, { suppressions: [{ code: c.code, path: path!, reason: 'written by aws-cdk-lib' }] });
      expect(security(after.problems)).toEqual([]);
      expect(after.infos).toHaveLength(1);
    }, 60_000);

  it('not for statements of other shapes: another service, StringEquals beside it, a condition, another principal', () => {
    const builds: Build[] = [
      (_s, r) => r.addToPolicy(new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: ['*'], conditions: { StringEqualsIfExists: { 'iam:PassedToService': ['lambda.amazonaws.com'] } } })),
      (_s, r) => r.addToPolicy(new iam.PolicyStatement({ actions: ['iam:PassRole', 'iam:GetRole'], resources: ['*'], conditions: { StringEqualsIfExists: { 'iam:PassedToService': ['ecs-tasks.amazonaws.com'] } } })),
      (s) => void new s3.Bucket(s, 'Site', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY }).addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['sqs:SendMessage'], resources: ['*'] })),
      (s) => void new os.Domain(s, 'Search', { version: os.EngineVersion.OPENSEARCH_2_17, accessPolicies: [new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['es:ESHttp*'], resources: ['*'] })] }),
    ];
    for (const build of builds) {
      const { problems } = synth(build);
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) expect(p).not.toMatch(/aws-cdk-lib writes this statement|This is the statement aws-cdk-lib writes/);
    }
  }, 60_000);
});
