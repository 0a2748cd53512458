/**
 * Statements aws-cdk-lib writes into resource policies for a service principal without a source
 * condition (RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL), recognised in the template by the resource that
 * makes CDK write them, with the concrete fix: the feature flag or construct option that makes CDK
 * write the condition, or, when aws-cdk-lib offers none, the suppression that accepts exactly that
 * policy. No aws-cdk-lib here: `typed-iam cdk check` gives the same advice on `cdk.out`.
 */
import { isIntrinsic, isObject, listOf, type Props, type Template, type TemplateValue } from './tokens.js';

/** One way aws-cdk-lib writes a service-principal statement without a source condition. */
interface CdkWrite {
  readonly services: readonly string[];
  /** Type of the resource the policy protects (a key policy protects the queues and topics it encrypts). */
  readonly protects: readonly string[];
  /** Which policy CDK writes it into: the key policy of an encrypted queue or topic, or the resource's own policy. */
  readonly into: 'key' | 'policy' | 'both';
  /**
   * What makes CDK write the statement: a resource of this type that references the protected
   * resource, or `{ own }`: the protected resource itself with that property.
   */
  readonly via: string | { readonly own: string };
  /** What the user wrote, in CDK. */
  readonly wrote: string;
  /** Only for a KMS-encrypted queue or topic (for an unencrypted one CDK writes `aws:SourceArn`). */
  readonly encryptedOnly?: true;
  /** The feature flag that makes CDK add a source condition, and the key it adds. */
  readonly flag?: { readonly name: string; readonly adds: string };
  /** The construct option that makes CDK write no such statement. */
  readonly option?: string;
}

/** Checked against aws-cdk-lib 2.276 (test/cdk/origins.test.ts synthesises each). */
const CDK_WRITES: readonly CdkWrite[] = [
  {
    services: ['events.amazonaws.com'],
    protects: ['AWS::SQS::Queue'],
    into: 'both',
    via: 'AWS::Events::Rule',
    wrote: 'an events.Rule target `new targets.SqsQueue(queue)` on a KMS-encrypted queue',
    encryptedOnly: true,
    flag: { name: '@aws-cdk/aws-events:eventsTargetQueueSameAccount', adds: 'aws:SourceAccount' },
  },
  {
    services: ['events.amazonaws.com'],
    protects: ['AWS::SNS::Topic'],
    into: 'both',
    via: 'AWS::Events::Rule',
    wrote: 'an events.Rule target `new targets.SnsTopic(topic)`',
    option: 'pass `new targets.SnsTopic(topic, { authorizeUsingRole: true })`: EventBridge then publishes with a role of the rule, and CDK writes no service-principal statement',
  },
  {
    services: ['sns.amazonaws.com'],
    protects: ['AWS::SQS::Queue'],
    into: 'key',
    via: 'AWS::SNS::Subscription',
    wrote: '`topic.addSubscription(new SqsSubscription(queue))` on a KMS-encrypted queue',
    flag: { name: '@aws-cdk/aws-sns-subscriptions:restrictSqsDescryption', adds: 'aws:SourceArn' },
  },
  {
    services: ['appsync.amazonaws.com'],
    protects: ['AWS::Lambda::Function'],
    into: 'policy',
    via: 'AWS::AppSync::GraphQLApi',
    wrote: 'an `appsync.GraphqlApi` with a Lambda authorizer',
    flag: { name: '@aws-cdk/aws-appsync:appSyncGraphQLAPIScopeLambdaPermission', adds: 'aws:SourceArn' },
  },
  {
    services: ['s3.amazonaws.com'],
    protects: ['AWS::SQS::Queue', 'AWS::SNS::Topic'],
    into: 'key',
    via: 'Custom::S3BucketNotifications',
    wrote: 'an S3 event notification (`s3n.SqsDestination`, `s3n.SnsDestination`) to a KMS-encrypted queue or topic',
  },
  {
    services: ['cloudtrail.amazonaws.com'],
    protects: ['AWS::S3::Bucket', 'AWS::SNS::Topic'],
    into: 'policy',
    via: 'AWS::CloudTrail::Trail',
    wrote: 'a `cloudtrail.Trail` (its bucket and SNS topic)',
  },
  {
    services: ['delivery.logs.amazonaws.com', 'logdelivery.elasticloadbalancing.amazonaws.com'],
    protects: ['AWS::S3::Bucket'],
    into: 'policy',
    via: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    wrote: '`loadBalancer.logAccessLogs(bucket)`',
  },
  {
    services: ['elasticloadbalancing.amazonaws.com'],
    protects: ['AWS::Lambda::Function'],
    into: 'policy',
    via: 'AWS::ElasticLoadBalancingV2::TargetGroup',
    wrote: 'a load balancer target `new LambdaTarget(fn)`',
  },
  {
    services: ['backup.amazonaws.com'],
    protects: ['AWS::SNS::Topic'],
    into: 'both',
    via: 'AWS::Backup::BackupVault',
    wrote: 'a `backup.BackupVault` with `notificationTopic`',
  },
  {
    services: ['secretsmanager.amazonaws.com'],
    protects: ['AWS::Lambda::Function'],
    into: 'policy',
    via: 'AWS::SecretsManager::RotationSchedule',
    wrote: '`secret.addRotationSchedule(id, { rotationLambda })`',
  },
  {
    services: ['codestar-notifications.amazonaws.com'],
    protects: ['AWS::SNS::Topic'],
    into: 'both',
    via: 'AWS::CodeStarNotifications::NotificationRule',
    wrote: 'a notification rule to this topic (`notifyOn...`, `NotificationRule`)',
  },
  {
    services: ['events.amazonaws.com'],
    protects: ['AWS::Logs::LogGroup'],
    into: 'policy',
    via: 'AWS::Events::Rule',
    wrote: 'an events.Rule target `new targets.CloudWatchLogGroup(logGroup)` (a CloudWatch Logs resource policy set by a custom resource)',
  },
  {
    services: ['es.amazonaws.com'],
    protects: ['AWS::Logs::LogGroup'],
    into: 'policy',
    via: 'AWS::OpenSearchService::Domain',
    wrote: 'an OpenSearch `Domain` with `logging` (a CloudWatch Logs resource policy set by a custom resource)',
  },
  {
    services: ['es.amazonaws.com'],
    protects: ['AWS::Logs::LogGroup'],
    into: 'policy',
    via: 'AWS::Elasticsearch::Domain',
    wrote: 'an Elasticsearch `Domain` with `logging` (a CloudWatch Logs resource policy set by a custom resource)',
  },
  {
    services: ['appconfig.amazonaws.com'],
    protects: ['AWS::Lambda::Function'],
    into: 'policy',
    via: 'AWS::AppConfig::ConfigurationProfile',
    wrote: 'an AppConfig configuration validator `LambdaValidator.fromFunction(fn)`',
  },
  {
    services: ['appconfig.amazonaws.com'],
    protects: ['AWS::Lambda::Function'],
    into: 'policy',
    via: 'AWS::AppConfig::Extension',
    wrote: 'an AppConfig extension action to `new appconfig.LambdaDestination(fn)`',
  },
  {
    services: ['lambda.amazonaws.com'],
    protects: ['AWS::ECR::Repository'],
    into: 'policy',
    via: 'AWS::Lambda::Function',
    wrote: 'a Lambda function of a container image in this repository (`DockerImageCode.fromEcr(repository)`, which calls `repository.grantPull`)',
  },
  {
    services: ['logging.s3.amazonaws.com'],
    protects: ['AWS::S3::Bucket'],
    into: 'key',
    via: 'AWS::S3::Bucket',
    wrote: 'a bucket with `serverAccessLogsBucket` set to a bucket encrypted with this key (`grantEncryptDecrypt` for the log delivery)',
  },
  {
    services: ['events.amazonaws.com'],
    protects: ['AWS::Events::Archive'],
    into: 'key',
    via: { own: 'KmsKeyIdentifier' },
    wrote: 'an EventBridge `Archive` encrypted with this key (`kmsKey`: kms:DescribeKey for EventBridge; its key operations are narrowed to the bus by `kms:EncryptionContext:aws:events:event-bus:arn`)',
  },
  {
    services: ['delivery.logs.amazonaws.com'],
    protects: ['AWS::StepFunctions::StateMachine'],
    into: 'key',
    via: { own: 'LoggingConfiguration' },
    wrote: 'a `sfn.StateMachine` with `logs` and `encryptionConfiguration: new CustomerManagedEncryptionConfiguration(key)` (kms:Decrypt* for the log delivery)',
  },
];

/**
 * The policy resources that hold a resource policy, and the property naming what they protect
 * (`''`: the resource's policy is its own, as an ECR repository's).
 */
const PROTECTED_BY: { readonly [type: string]: string } = {
  'AWS::ECR::Repository': '',
  'AWS::SQS::QueuePolicy': 'Queues',
  'AWS::SNS::TopicPolicy': 'Topics',
  'AWS::S3::BucketPolicy': 'Bucket',
  'AWS::Lambda::Permission': 'FunctionName',
  // the log groups a CloudWatch Logs resource policy set by aws-cdk-lib's custom resource names (in its SDK call)
  'Custom::CloudwatchLogResourcePolicy': 'Create',
};

/** The path a suppression names for the policy of `logicalId`: its construct path without the L1's `/Resource` or `/Default`, else the logical ID. */
function suppressionPath(constructPath: string | undefined, logicalId: string): string {
  return constructPath?.replace(/\/(Resource|Default)$/, '') ?? logicalId;
}

/** How to accept a finding for one policy: the suppression of its code at the policy's path. */
const suppression = (code: string, where: string) => `To accept it for this policy only: new TypedIamChecks({ suppressions: [{ code: '${code}', path: '${where}', reason: '<why>' }] })`;

/** Logical IDs a value references (`Ref`, `Fn::GetAtt`, anywhere inside it). */
function referenced(v: TemplateValue | undefined, out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) for (const x of v as TemplateValue[]) referenced(x, out);
  else if (typeof v === 'object' && v !== null) {
    if (isIntrinsic(v)) {
      const o = v as { Ref?: unknown; 'Fn::GetAtt'?: unknown };
      if (typeof o.Ref === 'string') out.add(o.Ref);
      const att = o['Fn::GetAtt'];
      if (Array.isArray(att) && typeof att[0] === 'string') out.add(att[0]);
      if (typeof att === 'string') out.add(att.split('.')[0]!);
    }
    for (const x of Object.values(v as { [k: string]: TemplateValue })) referenced(x, out);
  }
  return out;
}

function services(principal: TemplateValue | undefined): string[] {
  return isObject(principal) ? listOf(principal['Service']).filter((x): x is string => typeof x === 'string') : [];
}

/**
 * Advice for a RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL finding on `statement` of resource `logicalId`:
 * which CDK construct wrote it and the concrete fix, or how to give a principal you wrote a source
 * condition. `flagSet`: whether a feature flag is set in the app, when known.
 */
function serviceStatementAdvice(template: Template, logicalId: string, statement: TemplateValue | undefined, constructPath: string | undefined, flagSet?: (name: string) => boolean): string {
  const resources = template.Resources ?? {};
  const r = resources[logicalId];
  const type = r?.Type ?? '';
  const principal = isObject(statement) ? statement['Principal'] : undefined;
  const named = services(principal);
  // what the policy protects: a key protects what names it (the queues, topics, buckets, ... it encrypts)
  const isKey = type === 'AWS::KMS::Key';
  const prop = Object.hasOwn(PROTECTED_BY, type) ? PROTECTED_BY[type] : undefined;
  const protectedIds = isKey
    ? Object.keys(resources).filter((id) => id !== logicalId && referenced(resources[id]?.Properties).has(logicalId))
    : prop === undefined
      ? []
      : prop === ''
        ? [logicalId]
        : [...referenced(r?.Properties?.[prop])];
  const path = suppressionPath(constructPath, logicalId);
  for (const w of CDK_WRITES) {
    if (!named.some((s) => w.services.includes(s))) continue;
    if ((w.into === 'key' && !isKey) || (w.into === 'policy' && isKey)) continue;
    // with the flag set CDK writes the condition: this statement is not the one CDK writes
    if (w.flag !== undefined && flagSet?.(w.flag.name) === true) continue;
    const hits = protectedIds.filter((id) => w.protects.includes(resources[id]?.Type ?? ''));
    const encrypted = (id: string) => w.encryptedOnly !== true || resources[id]?.Properties?.['KmsMasterKeyId'] !== undefined;
    const by = w.via;
    const via =
      typeof by === 'string'
        ? Object.values(resources).some((x) => x.Type === by && hits.some((id) => encrypted(id) && referenced(x.Properties).has(id)))
        : hits.some((id) => resources[id]?.Properties?.[by.own] !== undefined);
    if (!via) continue;
    const lead = ` aws-cdk-lib writes this statement for ${w.wrote}`;
    if (w.flag !== undefined) return `${lead} unless the feature flag ${w.flag.name} is set: add "${w.flag.name}": true to the "context" of cdk.json (a new \`cdk init\` app has it) and CDK adds ${w.flag.adds}.`;
    if (w.option !== undefined) return `${lead}: ${w.option}.`;
    return `${lead} and has no option to add a source condition (aws-cdk-lib 2.276). ${suppression('RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL', path)} (a \`reference\` binds it to the policy as accepted: docs/cdk.md).`;
  }
  return type === 'AWS::Lambda::Permission'
    ? ' In CDK: give `fn.addPermission(id, { principal, sourceArn })` (or `sourceAccount`).'
    : " In CDK: give the principal the condition, e.g. `new iam.ServicePrincipal('<service>', { conditions: { ArnEquals: { 'aws:SourceArn': sourceArn } } })`.";
}

/**
 * One statement aws-cdk-lib's grants write with actions and entries that do not fit: RESOURCE_MISMATCH
 * on an entry (every action of the statement is one of `actions`) or ACTION_MATCHES_NO_RESOURCE on one
 * of `actions` (CDK's statements merged by @aws-cdk/aws-iam:minimizePolicies). Checked against
 * aws-cdk-lib 2.276 (test/cdk/grant-advice.test.ts).
 */
interface CdkGrant {
  /** The actions, lower case, as CDK writes them. */
  readonly actions: readonly string[];
  /** The statement's whole action list, lower case, when the actions alone are a common mistake: the statement is CDK's only if it holds exactly these. */
  readonly statement?: readonly string[];
  /** Every Resource entry of the statement is of this form (as the read document gives it). */
  readonly entries: RegExp;
  /** What CDK wrote, why the entry or action grants nothing, and what to write instead; `principal`: the statement names one (a resource policy). */
  readonly advice: (principal: boolean) => string;
}

const CDK_GRANTS: readonly CdkGrant[] = [
  {
    // DynamoDB's PRINCIPAL_ONLY_READ_DATA_ACTIONS, on the table and its indexes
    actions: ['dynamodb:getrecords', 'dynamodb:getsharditerator'],
    entries: /^arn:[^:]+:dynamodb:[^:]*:[^:]*:table\/[^/]+(?:\/index\/\*)?$/,
    advice: () =>
      "aws-cdk-lib writes dynamodb:GetRecords and dynamodb:GetShardIterator on the table and its indexes for `table.grantReadData(grantee)` and `grantReadWriteData` (Table, TableV2): they take the table's stream ARN, so this grants them nothing and allows nothing more; `table.grantStreamRead(grantee)` grants them on the stream.",
  },
  {
    // Kinesis Stream's READ_OPERATIONS, on the stream
    actions: ['kinesis:subscribetoshard', 'kinesis:describestreamconsumer'],
    entries: /^arn:[^:]+:kinesis:[^:]*:[^:]*:stream\/[^/]+$/,
    advice: () =>
      "aws-cdk-lib writes kinesis:SubscribeToShard and kinesis:DescribeStreamConsumer on the stream for `stream.grantRead(grantee)` and `grantReadWrite` (`KinesisEventSource`, a Firehose `KinesisStreamSource` and a `StreamConsumer`'s `grantRead` call it): they take a stream consumer's ARN, so this grants them nothing and allows nothing more; a `kinesis.StreamConsumer`'s `grantRead(grantee)` grants them on the consumer.",
  },
  {
    // S3's BUCKET_PUT_ACTIONS and BUCKET_DELETE_ACTIONS: object actions, on the bucket beside its objects
    actions: ['s3:putobject', 's3:putobjectlegalhold', 's3:putobjectretention', 's3:putobjecttagging', 's3:putobjectversiontagging', 's3:abort*', 's3:deleteobject*'],
    entries: /^arn:[^:]+:s3:::[^/]+(?:\/.*)?$/,
    advice: (principal) =>
      principal
        ? "aws-cdk-lib writes this statement into an inventory's destination bucket policy for a bucket's `inventories` (s3:PutObject on the bucket beside its objects) and has no option to leave the bucket out (aws-cdk-lib 2.276): s3:PutObject takes object ARNs, so the bucket entry grants nothing and allows nothing more."
        : "aws-cdk-lib writes the object actions of `bucket.grantWrite(grantee)` on the bucket beside `<bucket ARN>/*` (CodePipeline's actions call it on the artifact bucket, a Step Functions `tasks.SageMakerCreateTrainingJob` on its output location): they take object ARNs, so the bucket entry grants nothing and allows nothing more; `bucket.grantPut(grantee)` and `bucket.grantDelete(grantee)` grant the same actions on the objects alone.",
  },
  {
    // stepfunctions-tasks AthenaStartQueryExecution, on its output location
    actions: ['s3:listbucketmultipartuploads'],
    statement: ['s3:abortmultipartupload', 's3:listbucketmultipartuploads', 's3:listmultipartuploadparts', 's3:putobject'],
    entries: /^arn:[^:]+:s3:::[^/]+\/.*$/,
    advice: () =>
      "aws-cdk-lib writes s3:ListBucketMultipartUploads with the object actions on the output location of a Step Functions `tasks.AthenaStartQueryExecution` task and has no option to leave it out (aws-cdk-lib 2.276): it takes the bucket's ARN, so this grants it nothing and allows nothing more.",
  },
  {
    // codepipeline-actions CodeStarConnectionsSourceAction, on a connection of the renamed service
    actions: ['codestar-connections:useconnection'],
    entries: /^arn:[^:]+:codeconnections:[^:]*:[^:]*:connection\/[^/]+$/,
    advice: () =>
      "aws-cdk-lib writes codestar-connections:UseConnection on the connection for a `CodeStarConnectionsSourceAction`, whatever its ARN (aws-cdk-lib 2.276); a connection created since 1 July 2024 has a codeconnections ARN, and the CodeConnections guide says the action's service prefix must match the resource's, so this grants nothing and the source stage is refused; pass the action a `role` and grant it codeconnections:UseConnection on the connection.",
  },
  {
    // stepfunctions-tasks CodeBuildStartBuild, on the project
    actions: ['codebuild:batchgetreports'],
    statement: ['codebuild:startbuild', 'codebuild:stopbuild', 'codebuild:batchgetbuilds', 'codebuild:batchgetreports'],
    entries: /^arn:[^:]+:codebuild:[^:]*:[^:]*:project\/[^/]+$/,
    advice: () =>
      "aws-cdk-lib writes codebuild:BatchGetReports with the build actions on the project of a Step Functions `tasks.CodeBuildStartBuild` task and has no option to leave it out (aws-cdk-lib 2.276): it takes a report group's ARN, so this grants it nothing and allows nothing more.",
  },
];

/**
 * Advice for a RESOURCE_MISMATCH or ACTION_MATCHES_NO_RESOURCE finding at `path` of `statement` (of
 * the read document) that aws-cdk-lib's grants cause ({@link CDK_GRANTS}: DynamoDB's read grants,
 * Kinesis's, S3's `grantWrite` and inventories, two Step Functions tasks): an Allow whose actions do not take some of its
 * entries. What it is, what to write instead and how to accept it for that policy; `''` for any
 * other finding.
 */
function grantAdvice(code: string, path: string, statement: TemplateValue | undefined, constructPath: string | undefined, logicalId: string): string {
  if (!isObject(statement) || statement['Effect'] !== 'Allow') return '';
  const actions = listOf(statement['Action']).map((a) => (typeof a === 'string' ? a.toLowerCase() : ''));
  const resources = listOf(statement['Resource']);
  const action = /^Statement(?:\[\d+\])?\.Action(?:\[(\d+)\])?$/.exec(path);
  for (const g of CDK_GRANTS) {
    if (resources.length === 0 || !resources.every((r) => typeof r === 'string' && g.entries.test(r))) continue;
    if (g.statement !== undefined && !(actions.length === g.statement.length && g.statement.every((a) => actions.includes(a)))) continue;
    // the entry fits none of the statement's actions, all of them CDK's (its statement as written), or
    // the action fits none of the entries (CDK's statements merged by @aws-cdk/aws-iam:minimizePolicies)
    const fits =
      code === 'RESOURCE_MISMATCH'
        ? /^Statement(?:\[\d+\])?\.Resource(?:\[\d+\])?$/.test(path) && actions.length > 0 && actions.every((a) => g.actions.includes(a))
        : code === 'ACTION_MATCHES_NO_RESOURCE' && action !== null && g.actions.includes(actions[Number(action[1] ?? 0)] ?? '');
    if (fits) return ` ${g.advice(statement['Principal'] !== undefined)} ${suppression(code, suppressionPath(constructPath, logicalId))}.`;
  }
  return '';
}

/**
 * A condition aws-cdk-lib writes with an operator a lint rule reports, recognised by the
 * statement's one service principal and the condition's operator, key and value. Checked against
 * aws-cdk-lib 2.276 (test/cdk/grant-advice.test.ts).
 */
interface CdkCondition {
  readonly code: string;
  readonly service: string;
  readonly operator: string;
  /** The condition key, lower case. */
  readonly key: string;
  /** Its one value, as the read document gives it. */
  readonly value: RegExp;
  /** What CDK wrote, what it means, and what to write instead. */
  readonly advice: string;
}

const CDK_CONDITIONS: readonly CdkCondition[] = [
  {
    // logs-destinations FirehoseDestination: the role CloudWatch Logs assumes to put records
    code: 'STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS',
    service: 'logs.amazonaws.com',
    operator: 'StringLike',
    key: 'aws:sourcearn',
    value: /^arn:aws[a-z-]*:logs:[a-z0-9-]*:\d{12}:\*$/,
    advice:
      "aws-cdk-lib writes this trust policy for a subscription filter to a Firehose stream (`new destinations.FirehoseDestination(stream)`) and has no option to write ArnLike (aws-cdk-lib 2.276): its one `*` follows the account, where StringLike and ArnLike match the same ARNs. To write ArnLike, pass `role` with a trust policy of your own.",
  },
];

/**
 * Advice for a finding at `path` (of the read document) on a condition aws-cdk-lib writes
 * ({@link CDK_CONDITIONS}: the Firehose subscription destination's trust policy): what it is, what to
 * write instead and how to accept it for that policy; `''` for any other finding.
 */
function conditionAdvice(code: string, path: string, statement: TemplateValue | undefined, constructPath: string | undefined, logicalId: string): string {
  const at = /^Statement(?:\[\d+\])?\.Condition\.([^.[]+)\["([^"]+)"\]$/.exec(path);
  if (at === null || !isObject(statement)) return '';
  const named = services(statement['Principal']);
  const condition = statement['Condition'];
  const block = isObject(condition) ? condition[at[1]!] : undefined;
  const values = listOf(isObject(block) ? block[at[2]!] : undefined);
  for (const c of CDK_CONDITIONS) {
    if (c.code !== code || at[1] !== c.operator || at[2]!.toLowerCase() !== c.key || named.length !== 1 || named[0] !== c.service) continue;
    if (values.length === 1 && typeof values[0] === 'string' && c.value.test(values[0])) return ` ${c.advice} ${suppression(code, suppressionPath(constructPath, logicalId))}.`;
  }
  return '';
}

/**
 * A whole statement aws-cdk-lib writes that a rule reports, recognised by its shape: the finding
 * stays, and its message says who wrote it, what it allows and how to accept it for that policy.
 * Checked against aws-cdk-lib 2.276 (test/cdk/grant-advice.test.ts).
 */
interface CdkStatement {
  readonly code: string;
  /** True when `statement` (an Allow of the read document) has the shape CDK writes. */
  readonly is: (statement: Props) => boolean;
  /** What CDK wrote, what it allows, and what to write instead. */
  readonly advice: string;
}

/** The strings of `v` (one or a list), when every entry is one. */
const texts = (v: TemplateValue | undefined): string[] | undefined => {
  const list = listOf(v);
  return list.every((x) => typeof x === 'string') ? (list as string[]) : undefined;
};
/** True when `v` (one string or a list) holds exactly the strings of `want`, in any order. */
const exactly = (v: TemplateValue | undefined, want: readonly string[]): boolean => {
  const got = texts(v);
  return got !== undefined && got.length === want.length && want.every((w) => got.includes(w));
};
/** `iam:PassRole` on `*` under StringEqualsIfExists iam:PassedToService with exactly `services`, as codepipeline-actions writes it. */
const passRoleIfExists = (services: readonly string[]) => (s: Props) => {
  const c = s['Condition'];
  const block = isObject(c) && Object.keys(c).length === 1 ? c['StringEqualsIfExists'] : undefined;
  return exactly(s['Action'], ['iam:PassRole']) && exactly(s['Resource'], ['*']) && isObject(block) && Object.keys(block).length === 1 && exactly(block['iam:PassedToService'], services);
};
/**
 * `{"AWS": "*"}` with no condition, actions that `actions` accepts, and one Resource entry that
 * `resource` matches: the public statements aws-cdk-lib writes for a bucket or a domain.
 */
const anyoneOn = (actions: (names: string[]) => boolean, resource: RegExp) => (s: Props) => {
  const principal = s['Principal'];
  const names = texts(s['Action']);
  const resources = texts(s['Resource']);
  return (
    s['Condition'] === undefined &&
    isObject(principal) &&
    Object.keys(principal).length === 1 &&
    exactly(principal['AWS'], ['*']) &&
    names !== undefined &&
    actions(names) &&
    resources?.length === 1 &&
    resource.test(resources[0]!)
  );
};
/** What the ECS deploy actions' statement allows. */
const passRoleRisk = (to: string) =>
  `it lets the pipeline pass any role of the account, administrators' included, to ${to}, and StringEqualsIfExists also matches a request that carries no iam:PassedToService; the action cannot name the task definition's roles at synth.`;

const CDK_STATEMENTS: readonly CdkStatement[] = [
  {
    // codepipeline-actions EcsDeployAction, on its action role
    code: 'PASS_ROLE_WITH_STAR_IN_RESOURCE',
    is: passRoleIfExists(['ec2.amazonaws.com', 'ecs-tasks.amazonaws.com']),
    advice: `aws-cdk-lib writes this statement for a CodePipeline \`EcsDeployAction\` and has no option to name the roles (aws-cdk-lib 2.276): ${passRoleRisk('ECS tasks and EC2')}`,
  },
  {
    // codepipeline-actions CodeDeployEcsDeployAction, on its action role
    code: 'PASS_ROLE_WITH_STAR_IN_RESOURCE',
    is: passRoleIfExists(['ecs-tasks.amazonaws.com']),
    advice: `aws-cdk-lib writes this statement for a CodePipeline \`CodeDeployEcsDeployAction\` (blue/green ECS deployments) and has no option to name the roles (aws-cdk-lib 2.276): ${passRoleRisk('ECS tasks')}`,
  },
  {
    // s3 Bucket publicReadAccess / grantPublicAccess: AnyPrincipal, the bucket's objects under a prefix
    code: 'PUBLIC_PRINCIPAL_WITHOUT_CONDITION',
    is: anyoneOn((actions) => actions.every((a) => a.toLowerCase().startsWith('s3:')), /^arn:[^:]+:s3:::[^/]+\/.+$/),
    advice:
      "This is the statement aws-cdk-lib writes for a bucket's `publicReadAccess: true` and `bucket.grantPublicAccess()`: anyone on the internet, signed or not, is allowed these actions on these objects. To serve a website, keep the bucket private and serve it through CloudFront (`origins.S3BucketOrigin.withOriginAccessControl(bucket)`); if the objects are meant to be public, accept the finding.",
  },
  {
    // opensearchservice Domain useUnsignedBasicAuth: AnyPrincipal, es:ESHttp* on the domain's subresources
    code: 'PUBLIC_PRINCIPAL_WITHOUT_CONDITION',
    is: anyoneOn((actions) => exactly(actions, ['es:ESHttp*']), /^arn:[^:]+:es:[^:]*:[^:]*:domain\/[^/]+\/\*$/),
    advice:
      "This is the domain access policy aws-cdk-lib writes for an OpenSearch `Domain` with `useUnsignedBasicAuth: true`: requests to the domain need no AWS signature, and fine-grained access control (the master user and the roles it maps) alone decides what each caller may do, so anyone who reaches the endpoint may try credentials. To keep IAM in front, leave `useUnsignedBasicAuth` off and name the principals in `accessPolicies` (or place the domain in a VPC); if the domain is meant to authenticate its users itself, accept the finding.",
  },
];

/**
 * Advice for a finding on a statement aws-cdk-lib writes whole ({@link CDK_STATEMENTS}: the ECS deploy
 * actions' iam:PassRole, a bucket's public read, an OpenSearch domain's unsigned access): what it is, what it allows, what to write instead and
 * how to accept it for that policy; `''` for any other finding.
 */
function statementAdvice(code: string, statement: TemplateValue | undefined, constructPath: string | undefined, logicalId: string): string {
  if (!isObject(statement) || statement['Effect'] !== 'Allow') return '';
  const hit = CDK_STATEMENTS.find((c) => c.code === code && c.is(statement));
  return hit === undefined ? '' : ` ${hit.advice} ${suppression(code, suppressionPath(constructPath, logicalId))}.`;
}

/** Construct path of the policy aws-cdk-lib's `AwsCustomResource` writes its statements into. */
const CUSTOM_RESOURCE_POLICY = /\/CustomResourcePolicy\/Resource$/;

/**
 * Advice for an INVALID_ACTION finding on the policy of an `AwsCustomResource` (construct path
 * `.../CustomResourcePolicy/Resource`): `AwsCustomResourcePolicy.fromSdkCalls` names each action
 * after its SDK call, and some calls are authorised by an action of another name; `''` otherwise.
 */
function sdkCallAdvice(code: string, constructPath: string | undefined): string {
  if (code !== 'INVALID_ACTION' || constructPath === undefined || !CUSTOM_RESOURCE_POLICY.test(constructPath)) return '';
  return " aws-cdk-lib's `AwsCustomResourcePolicy.fromSdkCalls` names each action after its SDK call (`lambda:Invoke` for Lambda's `invoke`, `s3:ListBuckets` for S3's `listBuckets`), and IAM authorises this call by an action of another name, so this statement allows nothing and the call is refused unless another policy grants it: write the policy with `AwsCustomResourcePolicy.fromStatements` naming that action (the Service Authorization Reference lists it: `lambda:InvokeFunction`, `s3:ListAllMyBuckets`).";
}

/** A finding on a policy of a template, with what {@link cdkAdvice} reads beside it. */
export interface AdviceSite {
  readonly template: Template;
  /** The resource that wrote the statement (the policy's, or the owner of one statement of an assembled policy). */
  readonly logicalId: string;
  /** The statement the finding is on, as the read document gives it. */
  readonly statement: TemplateValue | undefined;
  readonly constructPath: string | undefined;
  /** Whether a feature flag is set in the app, when known. */
  readonly flagSet?: ((name: string) => boolean) | undefined;
}

/**
 * The advice appended to a finding on a statement aws-cdk-lib writes, from the first table that
 * knows it: service principals without a source condition ({@link CDK_WRITES}), grants with
 * entries their actions do not take ({@link CDK_GRANTS}), conditions ({@link CDK_CONDITIONS}),
 * whole statements ({@link CDK_STATEMENTS}) and an `AwsCustomResource`'s SDK-call actions; `''`
 * for a finding none of them knows.
 */
export function cdkAdvice(code: string, path: string, at: AdviceSite): string {
  if (code === 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL') return serviceStatementAdvice(at.template, at.logicalId, at.statement, at.constructPath, at.flagSet);
  return (
    grantAdvice(code, path, at.statement, at.constructPath, at.logicalId) ||
    conditionAdvice(code, path, at.statement, at.constructPath, at.logicalId) ||
    statementAdvice(code, at.statement, at.constructPath, at.logicalId) ||
    sdkCallAdvice(code, at.constructPath)
  );
}
