/**
 * The builder's exported types: statement state, the effect entries, the policy factories,
 * principals, size options and targets, the emitted JSON. Normal use and a misuse of each.
 */
import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';
import {
  allow,
  deny,
  countExcesses,
  inlineSize,
  isPolicy,
  policy,
  principal,
  DEFAULT_TARGET,
  SIZE_TARGETS,
  SIZE_TARGET_SOURCES,
  PolicyQuotaError,
  type AnyStatement,
  type CountQuotas,
  type QuotaExcess,
  type By,
  type CheckStatements,
  type EffectEntry,
  type NotBy,
  type NotOn,
  type On,
  type Partition,
  type Policy,
  type PolicyFactories,
  type PolicyFactory,
  type PolicyJson,
  type PolicyKind,
  type PrincipalOptions,
  type PrincipalValue,
  type ResourceString,
  type ServicePrincipalName,
  type SizeOptions,
  type SizeReport,
  type SizeTarget,
  type SizeTargetName,
  type Started,
  type StatementBuilder,
  type StatementJson,
  type StatementSource,
  type StatementState,
  type StateOf,
  type ToStringOptions,
  type WithSid,
} from 'typed-iam';

// statement state: each builder call names its step
const started = allow('s3:GetObject');
expectType<Started<'Allow', 'Action', 's3:GetObject'>>({} as StateOf<typeof started>);
const denied = deny.not('iam:*');
expectType<Started<'Deny', 'NotAction', 'iam:*'>>({} as StateOf<typeof denied>);
const on = started.on('*');
expectType<StatementBuilder<On<Started<'Allow', 'Action', 's3:GetObject'>>>>(on);
expectType<'Resource'>({} as StateOf<typeof on>['resource']);
const notOn = denied.notOn('arn:aws:s3:::b/*');
expectType<StatementBuilder<NotOn<Started<'Deny', 'NotAction', 'iam:*'>>>>(notOn);
const by = on.by(principal.anyone());
expectType<StatementBuilder<By<On<Started<'Allow', 'Action', 's3:GetObject'>>, true>>>(by);
const byAccount = on.by(principal.account('111122223333'));
expectType<false>({} as StateOf<typeof byAccount>['anyone']);
const notBy = deny('s3:*').on('*').notBy(principal.account('111122223333'));
expectType<'NotPrincipal'>({} as StateOf<typeof notBy>['principal']);
expectAssignable<StatementBuilder<NotBy<On<Started<'Deny', 'Action', 's3:*'>>>>>(notBy);
const withSid = on.sid('ReadAll');
expectType<StatementBuilder<WithSid<On<Started<'Allow', 'Action', 's3:GetObject'>>, 'ReadAll'>>>(withSid);
// every state is a StatementState; a made-up one is not
expectAssignable<StatementState>({} as StateOf<typeof withSid>);
expectNotAssignable<StatementState>({ effect: 'Allow', actionElement: 'Actions', actions: 's3:GetObject', principal: 'none', anyone: false, resource: 'none', sid: false });
expectError<Started<'Permit', 'Action', 's3:GetObject'>>({} as Started<'Allow', 'Action', 's3:GetObject'>);
expectError<On<{ effect: 'Allow' }>>({} as never);
// steps keep what they do not change, and record what they do
expectNotAssignable<StatementBuilder<On<Started<'Allow', 'Action', 's3:GetObject'>>>>(started);
expectNotAssignable<StatementBuilder<WithSid<On<Started<'Allow', 'Action', 's3:GetObject'>>, 'Other'>>>(withSid);

// the effect entries
expectType<EffectEntry<'Allow'>>(allow);
expectType<EffectEntry<'Deny'>>(deny);
expectType<StatementBuilder<Started<'Deny', 'Action', string>>>(deny.unchecked('s3:GetObject'));
expectType<StatementBuilder<Started<'Allow', 'NotAction', string>>>(allow.uncheckedNot('iam:*'));
expectNotAssignable<EffectEntry<'Allow'>>(deny);
expectError(allow.unchecked());
expectError<EffectEntry<'Permit'>>(allow);

// resources
expectAssignable<ResourceString>('*');
expectAssignable<ResourceString>('arn:aws:s3:::media/*');
expectAssignable<ResourceString>('execute-api:/prod/GET/*');
expectNotAssignable<ResourceString>('media/*');
expectNotAssignable<ResourceString>('');

// the policy factories, one per kind
expectType<PolicyFactories>(policy);
expectType<PolicyFactory<'identity'>>(policy.identity);
expectType<PolicyFactory<'trust'>>(policy.trust);
expectNotAssignable<PolicyFactory<'identity'>>(policy.trust);
expectError(policy.custom);
expectError<PolicyFactory<'custom'>>(policy.identity);
// CheckStatements: the parameter list a factory checks against
expectType<readonly [typeof on]>({} as CheckStatements<'identity', readonly [typeof on]>);
expectType<[typeof on, 'Principal is not allowed in an identity policy: remove .by(...)']>({} as CheckStatements<'identity', [typeof on, typeof by]>);
expectType<readonly [give_at_least_one: 'give at least one statement']>({} as CheckStatements<'identity', [readonly []]>);
expectType<[readonly (typeof on)[], readonly (typeof on)[]]>({} as CheckStatements<'identity', [readonly (typeof on)[], readonly (typeof on)[]]>);
// AnyStatement: builders and model statements, nothing else
expectAssignable<AnyStatement>(on);
expectAssignable<AnyStatement>(on.toStatement());
expectNotAssignable<AnyStatement>({ Effect: 'Permit' });
expectNotAssignable<AnyStatement>('s3:GetObject');
// StatementSource: what policy.<kind>(...) reads from a builder
expectAssignable<StatementSource>(on);
expectNotAssignable<StatementSource>(on.toStatement());

// principals
expectType<PrincipalValue<'*'>>(principal.anyone());
expectType<PrincipalValue<'AWS'>>(principal.role('111122223333', 'deploy', { path: '/ci/', partition: 'aws-cn' }));
expectType<PrincipalValue<'Service'>>(principal.service('lambda.amazonaws.com'));
expectType<PrincipalValue<'Federated'>>(principal.githubActions('111122223333'));
expectAssignable<PrincipalValue>(principal.canonicalUser('79a59df900b949e55d96a1e698fbace'));
expectNotAssignable<PrincipalValue<'AWS'>>(principal.service('lambda.amazonaws.com'));
expectError<PrincipalValue<'Group'>>(principal.anyone());
expectAssignable<PrincipalOptions>({ partition: 'aws-us-gov', path: '/ci/' });
expectNotAssignable<PrincipalOptions>({ partition: 'aws-mars' });
expectError(principal.role('111122223333', 'deploy', { region: 'eu-west-1' }));
expectAssignable<Partition>('aws-eusc');
expectNotAssignable<Partition>('AWS');
expectAssignable<ServicePrincipalName>('lambda.amazonaws.com');
expectAssignable<ServicePrincipalName>('my-new-service.amazonaws.com');
expectAssignable<ServicePrincipalName>('ec2.amazonaws.com.cn');
// service principal domains (model/principals.ts): Alexa invokes as alexa-appkit.amazon.com; the ISO partitions have their own
expectAssignable<ServicePrincipalName>('alexa-appkit.amazon.com');
expectAssignable<ServicePrincipalName>('ec2.c2s.ic.gov');
expectNotAssignable<ServicePrincipalName>('lambda.amazon.org');
expectType<PrincipalValue<'Service'>>(principal.service('alexa-appkit.amazon.com'));
expectType<PrincipalValue<'Service'>>(principal.service('ec2.sc2s.sgov.gov'));
expectError(principal.service('lambda.amazon.org'));
// a name under a service principal domain is DNS labels, as the run-time rule reads it (these compiled, then threw)
expectType<PrincipalValue<'Service'>>(principal.service('my-service.example-1.amazonaws.com'));
expectError(principal.service('a b.amazonaws.com'));
expectError(principal.service('.amazonaws.com'));
expectError(principal.service('*.amazonaws.com'));
expectError(principal.service('x..amazonaws.com'));
expectError(principal.service('-x.amazonaws.com'));
expectError(principal.service('s3-.amazonaws.com'));
expectError(principal.service('a.b-.amazonaws.com'));
expectError(principal.service('a_b.amazonaws.com'));
// a run-time name typed as ServicePrincipalName passes; a plain string does not
declare const runtimeService: ServicePrincipalName;
principal.service(runtimeService);
declare const anyString: string;
expectError(principal.service(anyString));

// size: options, targets, reports
const p = policy.identity(on);
expectType<Policy<'identity'>>(p);
expectType<SizeReport>(p.size('inline-role', { pretty: true }));
expectType<SizeReport>(p.size(SIZE_TARGETS.managed));
expectType<string>(p.toString({ target: 'managed', pretty: false, canonical: true }));
expectAssignable<SizeOptions>({ pretty: true, canonical: false });
expectNotAssignable<SizeOptions>({ pretty: 'yes' });
expectAssignable<ToStringOptions>({ target: 'scp', pretty: true });
expectNotAssignable<ToStringOptions>({ target: 'bucket' });
expectError(p.toString({ target: 'bucket' }));
expectError(p.size('bucket'));
expectError(p.size(anyString));
expectAssignable<SizeTargetName>('s3-bucket');
expectNotAssignable<SizeTargetName>('S3-Bucket');
expectType<SizeTarget>(SIZE_TARGETS['kms-key']);
// element-count quotas of a target (SQS: 20 statements, 7 actions per statement), and the error naming each excess
expectType<CountQuotas | undefined>(SIZE_TARGETS['sqs-queue'].counts);
expectAssignable<SizeTarget>({ ...SIZE_TARGETS['sqs-queue'], counts: { statements: 10 } });
expectNotAssignable<CountQuotas>({ statements: '10' });
declare const quotaError: PolicyQuotaError;
expectType<readonly [QuotaExcess, ...QuotaExcess[]]>(quotaError.excesses);
expectType<'statements' | 'actionsPerStatement' | 'attachedPolicies'>(quotaError.excesses[0].quota);
expectType<SizeTargetName>(DEFAULT_TARGET.trust);
// the quotas a document exceeds: named targets and target objects, never a misspelt name or a JSON string
expectType<QuotaExcess[]>(countExcesses(p.document, 'sqs-queue'));
expectType<QuotaExcess[]>(countExcesses(p.document, SIZE_TARGETS['sqs-queue']));
expectError(countExcesses(p.document, 'sqs'));
expectError(countExcesses(p.document, anyString));
expectError(countExcesses(p.toString(), 'sqs-queue'));
expectError(countExcesses(p.document));
// the citation of each target's figure, keyed by the same names
expectType<string>(SIZE_TARGET_SOURCES['sqs-queue']);
expectError(SIZE_TARGET_SOURCES.sqs);
expectError((SIZE_TARGET_SOURCES['kms-key'] = 'mine'));
// isPolicy narrows unknown input to a policy of any kind
declare const input: unknown;
if (isPolicy(input)) {
  expectType<Policy>(input);
  expectType<PolicyKind>(input.kind);
}
expectType<boolean>(isPolicy({ Version: '2012-10-17', Statement: [] }));
expectAssignable<SizeTarget>({ name: 'managed', limit: 6144, unit: 'characters', whitespaceCounts: false, aggregate: false });
expectNotAssignable<SizeTarget>({ name: 'managed', limit: 6144, unit: 'kilobytes', whitespaceCounts: false, aggregate: false });
expectType<boolean>(p.size().fits);
expectError(p.size().fits = false);
expectType<SizeReport>(inlineSize('inline-role', [p]));
expectError(inlineSize('managed', [p]));

// the emitted JSON
expectType<PolicyJson>(p.toJSON());
expectType<StatementJson>(on.toJSON());
expectType<'2012-10-17' | '2008-10-17'>(p.toJSON().Version);
expectAssignable<StatementJson>({ Effect: 'Allow', Action: 's3:GetObject', Resource: ['*'], Condition: { Bool: { 'aws:SecureTransport': 'true' } } });
expectNotAssignable<StatementJson>({ Effect: 'allow', Action: 's3:GetObject' });
expectAssignable<PolicyJson>({ Version: '2012-10-17', Statement: [] });
expectNotAssignable<PolicyJson>({ Version: '2012-10-18', Statement: [] });
