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
  /** Where the figure comes from. */
  readonly source: string;
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
  source: string,
  aggregate = false,
): SizeTarget => Object.freeze({ name, limit, unit, whitespaceCounts, aggregate, source });

/** Every size target, keyed by name. */
export const SIZE_TARGETS: { readonly [N in SizeTargetName]: SizeTarget } = Object.freeze({
  managed: t('managed', 6144, 'characters', false, 'IAM quotas: managed policy size (also permissions boundaries)'),
  'inline-user': t('inline-user', 2048, 'characters', false, 'IAM quotas: inline policies per user, aggregate', true),
  'inline-group': t('inline-group', 5120, 'characters', false, 'IAM quotas: inline policies per group, aggregate', true),
  'inline-role': t('inline-role', 10240, 'characters', false, 'IAM quotas: inline policies per role, aggregate', true),
  trust: t('trust', 2048, 'characters', false, 'IAM quotas: role trust policy length (default; adjustable quota L-C07B4B0D)'),
  session: t('session', 2048, 'characters', true, 'STS AssumeRole: session policy plaintext'),
  scp: t('scp', 5120, 'characters', true, 'Organizations quotas: service control policy size'),
  rcp: t('rcp', 5120, 'characters', true, 'Organizations quotas: resource control policy size'),
  's3-bucket': t('s3-bucket', 20480, 'bytes', false, 'Amazon S3: bucket policy size 20 KB'),
  's3-glacier-vault': t('s3-glacier-vault', 20480, 'bytes', true, 'S3 Glacier: vault access policy 20 KB'),
  'kms-key': t('kms-key', 32768, 'bytes', true, 'AWS KMS: key policy 32 KB'),
  'sqs-queue': t('sqs-queue', 8192, 'bytes', true, 'Amazon SQS: queue policy 8,192 bytes'),
  'sns-topic': t('sns-topic', 30720, 'bytes', true, 'Amazon SNS: topic policy 30 KB'),
  lambda: t('lambda', 20480, 'bytes', true, 'AWS Lambda: function resource policy 20 KB'),
  dynamodb: t('dynamodb', 20480, 'bytes', true, 'DynamoDB PutResourcePolicy: 20 KB, whitespace counted'),
  secretsmanager: t('secretsmanager', 20480, 'characters', true, 'Secrets Manager: resource policy 20,480 characters'),
  'ecr-repository': t('ecr-repository', 10240, 'characters', true, 'ECR SetRepositoryPolicy: policyText 10,240 characters'),
  'eventbridge-bus': t('eventbridge-bus', 10240, 'characters', true, 'EventBridge: event bus policy 10,240 characters (default)'),
  'logs-resource-policy': t('logs-resource-policy', 5120, 'characters', true, 'CloudWatch Logs PutResourcePolicy: 5,120 characters'),
  apigateway: t('apigateway', 8192, 'characters', true, 'API Gateway: REST API resource policy 8,192 characters'),
  opensearch: t('opensearch', 102400, 'characters', true, 'OpenSearch: domain access policy 100 KB'),
  'vpc-endpoint': t('vpc-endpoint', 20480, 'characters', true, 'AWS PrivateLink: endpoint policy 20,480 characters including whitespace'),
  'iam-api': t('iam-api', 131072, 'characters', true, 'IAM API: PolicyDocument parameter length'),
});

/** The target each policy kind is checked against unless another is given. */
export const DEFAULT_TARGET: { readonly [K in PolicyKind]: SizeTargetName } = Object.freeze({
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
