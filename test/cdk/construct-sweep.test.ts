/**
 * One CDK app of about forty aws-cdk-lib L2 constructs and their grants (Lambda, S3, SQS, SNS,
 * DynamoDB, Kinesis, Step Functions, ECR, Secrets Manager, SSM, EventBridge, CloudWatch Logs,
 * CodeBuild, ECS, API Gateway, Cognito, OpenSearch, EFS, Backup, CloudTrail, CloudFront, Firehose,
 * IAM users, groups, roles and OIDC): every finding `checkTemplate` gives on the policies aws-cdk-lib
 * writes, pinned by code and severity. aws-cdk-lib's policies deploy, so an error among them is one
 * only where AWS would refuse or the grant cannot work; the one here is real: `fromSdkCalls` turns
 * the SDK call `listObjectsV2` into the action `s3:ListObjectsV2`, which IAM does not have (S3
 * authorizes ListObjectsV2 as `s3:ListBucket`, Service Authorization Reference), so the custom
 * resource is denied at deploy.
 */
import { App, Stack, Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as ddb from 'aws-cdk-lib/aws-dynamodb';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as sm from 'aws-cdk-lib/aws-secretsmanager';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as cw from 'aws-cdk-lib/aws-cloudwatch';
import * as cwa from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as es from 'aws-cdk-lib/aws-opensearchservice';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as cr from 'aws-cdk-lib/custom-resources';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as cf from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as glue from 'aws-cdk-lib/aws-glue';
import * as athena from 'aws-cdk-lib/aws-athena';
import { describe, expect, it } from 'vitest';
import { checkTemplate, type Template } from '../../src/cdk/index.js';

function kitchenSink(): Template[] {
  const app = new App();
  const stack = new Stack(app, 'Kitchen', { env: { account: '123456789012', region: 'us-east-1' } });
  const key = new kms.Key(stack, 'Key', { enableKeyRotation: true });
  const bucketL2 = new s3.Bucket(stack, 'Bucket', { encryptionKey: key, enforceSSL: true, serverAccessLogsPrefix: 'logs/' });
  const bucket = bucketL2 as s3.IBucket;
  const queue = new sqs.Queue(stack, 'Queue', { encryptionMasterKey: key });
  const dlq = new sqs.Queue(stack, 'Dlq');
  const topic = new sns.Topic(stack, 'Topic', { masterKey: key });
  const table = new ddb.Table(stack, 'Table', { partitionKey: { name: 'pk', type: ddb.AttributeType.STRING }, stream: ddb.StreamViewType.NEW_IMAGE, encryption: ddb.TableEncryption.CUSTOMER_MANAGED, encryptionKey: key }) as ddb.ITable;
  const tablev2 = new ddb.TableV2(stack, 'TableV2', { partitionKey: { name: 'pk', type: ddb.AttributeType.STRING }, resourcePolicy: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], principals: [new iam.AccountRootPrincipal()], resources: ['*'] })] }) });
  const stream = new kinesis.Stream(stack, 'Stream', { encryption: kinesis.StreamEncryption.KMS, encryptionKey: key });
  const repo = new ecr.Repository(stack, 'Repo');
  const secret = new sm.Secret(stack, 'Secret', { encryptionKey: key }) as sm.ISecret;
  const param = new ssm.StringParameter(stack, 'Param', { stringValue: 'x' });
  const logGroup = new logs.LogGroup(stack, 'Logs', { encryptionKey: key, removalPolicy: RemovalPolicy.DESTROY });

  const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler=async()=>1'), deadLetterQueue: dlq, logGroup });
  bucket.grantReadWrite(fn); bucket.grantDelete(fn); bucket.grantPut(fn); bucket.grantPutAcl(fn);
  queue.grantSendMessages(fn); queue.grantConsumeMessages(fn); queue.grantPurge(fn);
  topic.grantPublish(fn); topic.grantSubscribe(fn);
  table.grantReadWriteData(fn); table.grantStreamRead(fn); tablev2.grantFullAccess(fn);
  stream.grantReadWrite(fn);
  repo.grantPullPush(fn);
  secret.grantRead(fn); secret.grantWrite(fn);
  param.grantRead(fn); param.grantWrite(fn);
  logGroup.grantWrite(fn); logGroup.grantRead(fn);
  key.grantEncryptDecrypt(fn); key.grantGenerateMac(fn);
  fn.addEventSource(new sources.SqsEventSource(queue));
  fn.addEventSource(new sources.DynamoEventSource(table, { startingPosition: lambda.StartingPosition.LATEST }));
  fn.addEventSource(new sources.KinesisEventSource(stream, { startingPosition: lambda.StartingPosition.LATEST }));
  fn.addEventSource(new sources.S3EventSource(bucketL2, { events: [s3.EventType.OBJECT_CREATED] }));
  fn.addEventSource(new sources.SnsEventSource(topic));
  fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM }).grantInvokeUrl(new iam.AccountPrincipal('210987654321'));
  fn.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));

  const rule = new events.Rule(stack, 'Rule', { schedule: events.Schedule.rate(Duration.minutes(5)) });
  rule.addTarget(new targets.LambdaFunction(fn));
  rule.addTarget(new targets.SqsQueue(queue));
  rule.addTarget(new targets.SnsTopic(topic));
  rule.addTarget(new targets.CloudWatchLogGroup(new logs.LogGroup(stack, 'RuleLogs')));
  rule.addTarget(new targets.KinesisStream(stream));
  const bus = new events.EventBus(stack, 'Bus');
  bus.grantPutEventsTo(fn);
  bus.addToResourcePolicy(new iam.PolicyStatement({ sid: 'x', actions: ['events:PutEvents'], principals: [new iam.AccountPrincipal('210987654321')], resources: [bus.eventBusArn] }));

  const sm1 = new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(new tasks.LambdaInvoke(stack, 'Invoke', { lambdaFunction: fn }).next(new tasks.DynamoPutItem(stack, 'Put', { table, item: { pk: tasks.DynamoAttributeValue.fromString('a') } })).next(new tasks.SqsSendMessage(stack, 'Send', { queue, messageBody: sfn.TaskInput.fromText('x') }))), logs: { destination: new logs.LogGroup(stack, 'SMLogs'), level: sfn.LogLevel.ALL }, tracingEnabled: true });
  const starter = new lambda.Function(stack, 'Starter', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler=async()=>1') });
  sm1.grantStartExecution(starter); sm1.grantRead(starter); sm1.grantTaskResponse(starter);

  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 }) as ec2.IVpc;
  vpc.addFlowLog('Flow');
  vpc.addGatewayEndpoint('S3Ep', { service: ec2.GatewayVpcEndpointAwsService.S3 }).addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')], principals: [new iam.AnyPrincipal()] }));
  const cluster = new ecs.Cluster(stack, 'Cluster', { vpc }) as ecs.ICluster;
  const td = new ecs.FargateTaskDefinition(stack, 'TD');
  td.addContainer('c', { image: ecs.ContainerImage.fromEcrRepository(repo), logging: ecs.LogDrivers.awsLogs({ streamPrefix: 'x' }), secrets: { S: ecs.Secret.fromSecretsManager(secret) } });
  bucket.grantRead(td.taskRole);
  new ecs.FargateService(stack, 'Svc', { cluster, taskDefinition: td, enableExecuteCommand: true });

  const project = new codebuild.Project(stack, 'Build', { buildSpec: codebuild.BuildSpec.fromObject({ version: '0.2', phases: { build: { commands: ['ls'] } } }), vpc, environment: { buildImage: codebuild.LinuxBuildImage.STANDARD_7_0 }, cache: codebuild.Cache.bucket(bucket), encryptionKey: key });
  repo.grantPullPush(project);

  const api = new apigw.LambdaRestApi(stack, 'Api', { handler: fn, policy: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['execute-api:Invoke'], principals: [new iam.AnyPrincipal()], resources: ['execute-api:/*'], conditions: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } } })] }), cloudWatchRole: true });
  const pool = new cognito.UserPool(stack, 'Pool', { selfSignUpEnabled: true });
  pool.grant(fn, 'cognito-idp:AdminCreateUser');
  new cognito.UserPoolClient(stack, 'Client', { userPool: pool });

  new cw.Alarm(stack, 'Alarm', { metric: queue.metricApproximateNumberOfMessagesVisible(), threshold: 1, evaluationPeriods: 1 }).addAlarmAction(new cwa.SnsAction(topic));

  const domain = new es.Domain(stack, 'Domain', { version: es.EngineVersion.OPENSEARCH_2_11, logging: { slowSearchLogEnabled: true, appLogEnabled: true }, encryptionAtRest: { enabled: true }, nodeToNodeEncryption: true, enforceHttps: true, accessPolicies: [new iam.PolicyStatement({ actions: ['es:ESHttp*'], principals: [new iam.AccountRootPrincipal()], resources: ['*'] })] });
  domain.grantReadWrite(fn);

  const fs = new efs.FileSystem(stack, 'Efs', { vpc, fileSystemPolicy: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['elasticfilesystem:ClientMount'], principals: [new iam.AnyPrincipal()], conditions: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } } })] }) });
  fs.grantReadWrite(fn);

  const vault = new backup.BackupVault(stack, 'Vault', { encryptionKey: key, blockRecoveryPointDeletion: true });
  const plan = backup.BackupPlan.dailyWeeklyMonthly5YearRetention(stack, 'Plan', vault);
  plan.addSelection('Sel', { resources: [backup.BackupResource.fromDynamoDbTable(table)] });

  new cr.AwsCustomResource(stack, 'Sdk', { onUpdate: { service: 'S3', action: 'listObjectsV2', parameters: { Bucket: bucket.bucketName }, physicalResourceId: cr.PhysicalResourceId.of('x') }, policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: [bucket.bucketArn] }) });

  new cloudtrail.Trail(stack, 'Trail', { sendToCloudWatchLogs: true, bucket: new s3.Bucket(stack, 'TrailBucket') as s3.IBucket });
  new cf.Distribution(stack, 'Dist', { defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessControl(new s3.Bucket(stack, 'Site') as s3.IBucket) } });

  const deliveryBucket = new s3.Bucket(stack, 'Delivery') as s3.IBucket;
  new firehose.DeliveryStream(stack, 'Firehose', { destination: new firehose.S3Bucket(deliveryBucket), source: new firehose.KinesisStreamSource(stream) });

  const user = new iam.User(stack, 'User');
  const group = new iam.Group(stack, 'Group');
  group.addUser(user);
  bucket.grantRead(user); table.grantReadData(group);
  const role = new iam.Role(stack, 'AssumableRole', { assumedBy: new iam.CompositePrincipal(new iam.AccountPrincipal('210987654321').withConditions({ StringEquals: { 'sts:ExternalId': 'abc' } }), new iam.ArnPrincipal(user.userArn)), managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')], permissionsBoundary: iam.ManagedPolicy.fromAwsManagedPolicyName('PowerUserAccess') });
  role.grantAssumeRole(user);
  new iam.ManagedPolicy(stack, 'MP', { statements: [new iam.PolicyStatement({ actions: ['s3:ListAllMyBuckets'], resources: ['*'] })], roles: [role] });
  const oidc = new iam.OpenIdConnectProvider(stack, 'Gh', { url: 'https://token.actions.githubusercontent.com', clientIds: ['sts.amazonaws.com'] });
  new iam.Role(stack, 'GhRole', { assumedBy: new iam.WebIdentityPrincipal(oidc.openIdConnectProviderArn, { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:org/repo:ref:refs/heads/main' } }) });
  return app.synth().stacks.map((s) => s.template as Template);
}

describe('an app of many L2 constructs (aws-cdk-lib writes every policy)', () => {
  it('the findings lint gives, by code and severity; the only error is the real one', () => {
    const findings = kitchenSink().flatMap((t) => checkTemplate(t).findings);
    const counts: Record<string, number> = {};
    for (const f of findings) counts[`${f.severity} ${f.code}`] = (counts[`${f.severity} ${f.code}`] ?? 0) + 1;
    expect(counts).toEqual({
      'error INVALID_ACTION': 1,
      // a service principal without a source condition: each names what aws-cdk-lib wrote it for, and what to pass
      'security RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL': 9,
      'suggestion NO_RESOURCE_LEVEL_PERMISSIONS': 1,
      'suggestion RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL': 1,
      // kinesis stream grants: SubscribeToShard and DescribeStreamConsumer take a consumer ARN
      'warning ACTION_MATCHES_NO_RESOURCE': 6,
      // the function's role: its table, queue and bucket names at their longest
      'warning POLICY_SIZE_MAY_EXCEED_QUOTA': 1,
      // DynamoDB read grants: GetRecords and GetShardIterator take a stream ARN
      'warning RESOURCE_MISMATCH': 2,
    });
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.code, f.resourceType, f.templatePath.replace(/^.*\.Statement/, 'Statement')])).toEqual([['INVALID_ACTION', 'AWS::IAM::Policy', 'Statement[0].Action[0]']]);
    expect(errors[0]?.message).toContain('"ListObjectsV2" is the name of an API operation, which IAM authorizes as "s3:ListBucket"');
    // the findings on what aws-cdk-lib writes say so, and what to write in CDK
    for (const f of findings.filter((x) => x.code === 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL' || x.code === 'RESOURCE_MISMATCH' || x.code === 'ACTION_MATCHES_NO_RESOURCE')) expect(f.message).toMatch(/aws-cdk-lib|In CDK/);
  }, 120_000);
});
