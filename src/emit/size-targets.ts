/**
 * Where a policy will live decides how large it may be and how AWS counts (iam-reference §5).
 * Each target knows its limit, its unit, and whether whitespace outside strings counts.
 */
import type { PolicyKind } from '../model/policy-document.js';
import { PolicyArgumentError } from '../errors.js';
import { unknownTarget } from '../messages.js';

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

/** `name:limit:flags`: flags are the unit (`c`haracters or `b`ytes), `w` whitespace counts, `a` aggregate. */
const SPEC =
  'managed:6144:c-- inline-user:2048:c-a inline-group:5120:c-a inline-role:10240:c-a trust:2048:c-- ' +
  'session:2048:cw- scp:5120:cw- rcp:5120:cw- s3-bucket:20480:b-- s3-glacier-vault:20480:bw- ' +
  'kms-key:32768:bw- sqs-queue:8192:bw- sns-topic:30720:bw- lambda:20480:bw- dynamodb:20480:bw- ' +
  'secretsmanager:20480:cw- ecr-repository:10240:cw- eventbridge-bus:10240:cw- logs-resource-policy:5120:cw- apigateway:8192:cw- ' +
  'opensearch:102400:cw- vpc-endpoint:20480:cw- iam-api:131072:cw- ';

/**
 * Every size target, keyed by name.
 *
 * @example
 * ```ts
 * import { SIZE_TARGETS } from 'typed-iam';
 * SIZE_TARGETS.managed; // { name: 'managed', limit: 6144, unit: 'characters', whitespaceCounts: false, aggregate: false }
 * ```
 */
export const SIZE_TARGETS: { readonly [N in SizeTargetName]: SizeTarget } = /*#__PURE__*/ (() => {
  const out: Record<string, SizeTarget> = {};
  for (const entry of SPEC.trim().split(' ')) {
    const [name, limit, flags] = entry.split(':') as [SizeTargetName, string, string];
    out[name] = Object.freeze({
      name,
      limit: Number(limit),
      unit: flags[0] === 'b' ? 'bytes' : 'characters',
      whitespaceCounts: flags[1] === 'w',
      aggregate: flags[2] === 'a',
    });
  }
  return Object.freeze(out) as { readonly [N in SizeTargetName]: SizeTarget };
})();

/**
 * Where each target's figure comes from (iam-reference §5). Kept apart from {@link SIZE_TARGETS}
 * so that code which only checks sizes does not carry the citations.
 *
 * @example
 * ```ts
 * import { SIZE_TARGET_SOURCES } from 'typed-iam';
 * SIZE_TARGET_SOURCES['sqs-queue']; // 'Amazon SQS: queue policy 8,192 bytes'
 * ```
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

/**
 * The target each policy kind is checked against unless another is given.
 *
 * @example
 * ```ts
 * import { DEFAULT_TARGET } from 'typed-iam';
 * DEFAULT_TARGET.resource; // 's3-bucket'
 * ```
 */
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
    throw new PolicyArgumentError('target', unknownTarget(String(target), Object.keys(SIZE_TARGETS)));
  }
  return found;
}
