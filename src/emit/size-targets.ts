/**
 * Where a policy will live decides how large it may be and how AWS counts (iam-reference §5).
 * Each target knows its limit, its unit, and whether whitespace outside strings counts.
 */
import type { PolicyKind } from '../model/policy-document.js';

/** How a target counts a policy. */
export interface SizeTarget {
  readonly name: SizeTargetName;
  /** Largest accepted size, in `unit`. */
  readonly limit: number;
  /** `characters`: UTF-16 code units (every character IAM accepts is one); `bytes`: UTF-8 bytes. */
  readonly unit: 'characters' | 'bytes';
  /** True when whitespace outside strings counts, so the exact text sent is measured. */
  readonly whitespaceCounts: boolean;
  /** True when the limit is a sum over all policies of this target on one entity (inline policies). */
  readonly aggregate: boolean;
}

/** Names of the size targets. */
export type SizeTargetName =
  | 'managed'
  | 'inline-user'
  | 'inline-group'
  | 'inline-role'
  | 'trust'
  | 'session'
  | 'scp'
  | 'rcp'
  | 's3-bucket'
  | 's3-glacier-vault'
  | 'kms-key'
  | 'sqs-queue'
  | 'sns-topic'
  | 'lambda'
  | 'dynamodb'
  | 'secretsmanager'
  | 'ecr-repository'
  | 'eventbridge-bus'
  | 'logs-resource-policy'
  | 'apigateway'
  | 'opensearch'
  | 'vpc-endpoint'
  | 'iam-api';

const t = (
  name: SizeTargetName,
  limit: number,
  unit: SizeTarget['unit'],
  whitespaceCounts: boolean,
  aggregate = false,
): SizeTarget => Object.freeze({ name, limit, unit, whitespaceCounts, aggregate });

/** Every size target, keyed by name. */
export const SIZE_TARGETS: { readonly [N in SizeTargetName]: SizeTarget } = /*#__PURE__*/ Object.freeze({
  managed: t('managed', 6144, 'characters', false),
  'inline-user': t('inline-user', 2048, 'characters', false, true),
  'inline-group': t('inline-group', 5120, 'characters', false, true),
  'inline-role': t('inline-role', 10240, 'characters', false, true),
  trust: t('trust', 2048, 'characters', false),
  session: t('session', 2048, 'characters', true),
  scp: t('scp', 5120, 'characters', true),
  rcp: t('rcp', 5120, 'characters', true),
  's3-bucket': t('s3-bucket', 20480, 'bytes', false),
  's3-glacier-vault': t('s3-glacier-vault', 20480, 'bytes', true),
  'kms-key': t('kms-key', 32768, 'bytes', true),
  'sqs-queue': t('sqs-queue', 8192, 'bytes', true),
  'sns-topic': t('sns-topic', 30720, 'bytes', true),
  lambda: t('lambda', 20480, 'bytes', true),
  dynamodb: t('dynamodb', 20480, 'bytes', true),
  secretsmanager: t('secretsmanager', 20480, 'characters', true),
  'ecr-repository': t('ecr-repository', 10240, 'characters', true),
  'eventbridge-bus': t('eventbridge-bus', 10240, 'characters', true),
  'logs-resource-policy': t('logs-resource-policy', 5120, 'characters', true),
  apigateway: t('apigateway', 8192, 'characters', true),
  opensearch: t('opensearch', 102400, 'characters', true),
  'vpc-endpoint': t('vpc-endpoint', 20480, 'characters', true),
  'iam-api': t('iam-api', 131072, 'characters', true),
});

/**
 * Where each target's figure comes from (iam-reference §5). Kept apart from {@link SIZE_TARGETS}
 * so that code which only checks sizes does not carry the citations.
 */
export const SIZE_TARGET_SOURCES: { readonly [N in SizeTargetName]: string } = /*#__PURE__*/ Object.freeze({
  'managed': 'IAM quotas: managed policy size (also permissions boundaries)',
  'inline-user': 'IAM quotas: inline policies per user, aggregate',
  'inline-group': 'IAM quotas: inline policies per group, aggregate',
  'inline-role': 'IAM quotas: inline policies per role, aggregate',
  'trust': 'IAM quotas: role trust policy length (default; adjustable quota L-C07B4B0D)',
  'session': 'STS AssumeRole: session policy plaintext',
  'scp': 'Organizations quotas: service control policy size',
  'rcp': 'Organizations quotas: resource control policy size',
  's3-bucket': 'Amazon S3: bucket policy size 20 KB',
  's3-glacier-vault': 'S3 Glacier: vault access policy 20 KB',
  'kms-key': 'AWS KMS: key policy 32 KB',
  'sqs-queue': 'Amazon SQS: queue policy 8,192 bytes',
  'sns-topic': 'Amazon SNS: topic policy 30 KB',
  'lambda': 'AWS Lambda: function resource policy 20 KB',
  'dynamodb': 'DynamoDB PutResourcePolicy: 20 KB, whitespace counted',
  'secretsmanager': 'Secrets Manager: resource policy 20,480 characters',
  'ecr-repository': 'ECR SetRepositoryPolicy: policyText 10,240 characters',
  'eventbridge-bus': 'EventBridge: event bus policy 10,240 characters (default)',
  'logs-resource-policy': 'CloudWatch Logs PutResourcePolicy: 5,120 characters',
  'apigateway': 'API Gateway: REST API resource policy 8,192 characters',
  'opensearch': 'OpenSearch: domain access policy 100 KB',
  'vpc-endpoint': 'AWS PrivateLink: endpoint policy 20,480 characters including whitespace',
  'iam-api': 'IAM API: PolicyDocument parameter length',
});

/** The target each policy kind is checked against unless another is given. */
export const DEFAULT_TARGET: { readonly [K in PolicyKind]: SizeTargetName } = /*#__PURE__*/ Object.freeze({
  identity: 'managed',
  boundary: 'managed',
  trust: 'trust',
  session: 'session',
  scp: 'scp',
  rcp: 'rcp',
  resource: 's3-bucket',
  endpoint: 'vpc-endpoint',
});

/** Looks a target up by name, or returns a custom target object unchanged. */
export function resolveTarget(target: SizeTargetName | SizeTarget): SizeTarget {
  if (typeof target === 'object') return target;
  const found = (SIZE_TARGETS as Record<string, SizeTarget | undefined>)[target];
  if (found === undefined || !Object.hasOwn(SIZE_TARGETS, target)) {
    throw new RangeError(
      `Unknown size target ${JSON.stringify(target)}. Known targets: ${Object.keys(SIZE_TARGETS).join(', ')}.`,
    );
  }
  return found;
}
