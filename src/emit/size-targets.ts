/**
 * Where a policy will live decides how large it may be and how AWS counts (iam-reference §5).
 * Each target knows its limit, its unit, and whether whitespace outside strings counts.
 */
import type { PolicyKind } from '../model/policy-document.js';
import { PolicyArgumentError } from '../errors.js';
import { badTarget, notAggregateTarget, unknownTarget } from '../messages.js';
import { ATTACHABLE } from './attachable.js';
import { readKeys } from '../internal/record.js';

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
  /** Quotas on the number of elements, beside the size (SQS, SNS); AWS refuses a policy over any of them. */
  readonly counts?: CountQuotas;
  /**
   * Most policies of this target one entity can have attached, when AWS caps it: `managed` 10 (a
   * role's or user's default quota; adjustable to 20), `scp` 10 per root, OU or account (since 15
   * May 2026; 5 before), `rcp` 5. `split` refuses to make more parts (its `maxParts` option).
   */
  readonly attachable?: number;
}

/**
 * Element-count quotas of a target (iam-reference §5): each a largest count. A target of your own
 * may set them too.
 */
export interface CountQuotas {
  /** Most statements in the policy. */
  readonly statements?: number;
  /** Most entries in the `Action` element of one statement. */
  readonly actionsPerStatement?: number;
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
  | 'efs-file-system'
  | 'iam-api';

/** How a target counts: the unit, whether whitespace counts, whether the limit is an aggregate. */
type Counting = Omit<SizeTarget, 'name' | 'limit' | 'counts' | 'attachable'>;
const CHARACTERS: Counting = { unit: 'characters', whitespaceCounts: false, aggregate: false };
const CHARACTERS_AGGREGATE: Counting = { ...CHARACTERS, aggregate: true };
const CHARACTERS_AS_SENT: Counting = { ...CHARACTERS, whitespaceCounts: true };
const BYTES: Counting = { unit: 'bytes', whitespaceCounts: false, aggregate: false };
const BYTES_AS_SENT: Counting = { ...BYTES, whitespaceCounts: true };

/** The limit of each target and how it counts (sources: {@link SIZE_TARGET_SOURCES}). */
const LIMITS: { readonly [N in SizeTargetName]: readonly [limit: number, counting: Counting, counts?: CountQuotas] } = {
  'managed': [6144, CHARACTERS],
  'inline-user': [2048, CHARACTERS_AGGREGATE],
  'inline-group': [5120, CHARACTERS_AGGREGATE],
  'inline-role': [10240, CHARACTERS_AGGREGATE],
  'trust': [2048, CHARACTERS],
  'session': [2048, CHARACTERS_AS_SENT],
  'scp': [10240, CHARACTERS_AS_SENT],
  'rcp': [5120, CHARACTERS_AS_SENT],
  's3-bucket': [20480, BYTES],
  's3-glacier-vault': [20480, BYTES_AS_SENT],
  'kms-key': [32768, BYTES_AS_SENT],
  'sqs-queue': [8192, BYTES_AS_SENT, { statements: 20, actionsPerStatement: 7 }],
  'sns-topic': [30720, BYTES_AS_SENT, { statements: 100 }],
  'lambda': [20480, BYTES_AS_SENT],
  'dynamodb': [20480, BYTES_AS_SENT],
  'secretsmanager': [20480, CHARACTERS_AS_SENT],
  'ecr-repository': [10240, CHARACTERS_AS_SENT],
  'eventbridge-bus': [10240, CHARACTERS_AS_SENT],
  'logs-resource-policy': [5120, CHARACTERS_AS_SENT],
  'apigateway': [8192, CHARACTERS_AS_SENT],
  'opensearch': [102400, CHARACTERS_AS_SENT],
  'vpc-endpoint': [20480, CHARACTERS_AS_SENT],
  'efs-file-system': [20000, CHARACTERS_AS_SENT],
  'iam-api': [131072, CHARACTERS_AS_SENT],
};

/**
 * Every size target, keyed by name.
 *
 * @example
 * ```ts
 * import { SIZE_TARGETS } from 'typed-iam';
 * SIZE_TARGETS.managed; // { name: 'managed', limit: 6144, unit: 'characters', whitespaceCounts: false, aggregate: false, attachable: 10 }
 * ```
 */
// a pure IIFE, not a pure Object.freeze: the calls in its argument would keep the table (and what it
// reads) in every bundle of dist/core.js, used or not
export const SIZE_TARGETS: { readonly [N in SizeTargetName]: SizeTarget } = /*#__PURE__*/ (() => Object.freeze(
  Object.fromEntries(
    Object.entries(LIMITS).map(([name, [limit, counting, counts]]) => [
      name,
      Object.freeze({
        name: name as SizeTargetName,
        limit,
        ...counting,
        ...(counts && { counts: Object.freeze(counts) }),
        ...(Object.hasOwn(ATTACHABLE, name) && { attachable: ATTACHABLE[name as keyof typeof ATTACHABLE] }),
      }),
    ]),
  ) as { readonly [N in SizeTargetName]: SizeTarget },
))();

/**
 * Where each target's figure comes from (iam-reference §5). Kept apart from {@link SIZE_TARGETS}
 * so that code which only checks sizes does not carry the citations.
 *
 * @example
 * ```ts
 * import { SIZE_TARGET_SOURCES } from 'typed-iam';
 * SIZE_TARGET_SOURCES['sqs-queue']; // 'Amazon SQS policy quotas: 8,192 bytes, 20 statements, 7 actions per statement'
 * ```
 */
export const SIZE_TARGET_SOURCES: { readonly [N in SizeTargetName]: string } = /*#__PURE__*/ Object.freeze({
  'managed': 'IAM quotas: managed policy size (also permissions boundaries); managed policies per role or user 10 (adjustable to 20)',
  'inline-user': 'IAM quotas: inline policies per user, aggregate',
  'inline-group': 'IAM quotas: inline policies per group, aggregate',
  'inline-role': 'IAM quotas: inline policies per role, aggregate',
  'trust': 'IAM quotas: role trust policy length (default; adjustable quota L-C07B4B0D)',
  'session': 'STS AssumeRole: session policy plaintext, the inline policy and the PolicyArns together',
  'scp': 'Organizations quotas: service control policy size, 10,240 characters, and 10 SCPs attached per root, OU or account, since 15 May 2026 (were 5,120 and 5)',
  'rcp': 'Organizations quotas: resource control policy size; 5 RCPs attached per root, OU or account',
  's3-bucket': 'Amazon S3: bucket policy size 20 KB',
  's3-glacier-vault': 'S3 Glacier: vault access policy 20 KB',
  'kms-key': 'AWS KMS: key policy 32 KB',
  'sqs-queue': 'Amazon SQS policy quotas: 8,192 bytes, 20 statements, 7 actions per statement',
  'sns-topic': 'Amazon SNS policy quotas: 30 KB, 100 statements',
  'lambda': 'AWS Lambda: function resource policy 20 KB',
  'dynamodb': 'DynamoDB PutResourcePolicy: 20 KB, whitespace counted',
  'secretsmanager': 'Secrets Manager: resource policy 20,480 characters',
  'ecr-repository': 'ECR SetRepositoryPolicy: policyText 10,240 characters',
  'eventbridge-bus': 'EventBridge: event bus policy 10,240 characters (default)',
  'logs-resource-policy': 'CloudWatch Logs PutResourcePolicy: 5,120 characters',
  'apigateway': 'API Gateway: REST API resource policy 8,192 characters',
  'opensearch': 'OpenSearch: domain access policy 100 KB',
  'vpc-endpoint': 'AWS PrivateLink: endpoint policy 20,480 characters including whitespace',
  'efs-file-system': 'EFS PutFileSystemPolicy: file system policy 20,000 characters (whitespace not said: counted)',
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

/** A whole number of at least `min`, or `Infinity`. */
const isCount = (n: unknown, min = 0): boolean => typeof n === 'number' && (Number.isSafeInteger(n) || n === Infinity) && n >= min;

const isBoolean = (v: unknown): boolean => typeof v === 'boolean';

/** The fields of a target and the test of each value (undefined: absent). */
const FIELDS: Record<string, (v: unknown) => boolean> = {
  name: (v) => typeof v === 'string' && v !== '',
  limit: isCount,
  unit: (v) => v === 'characters' || v === 'bytes',
  whitespaceCounts: isBoolean,
  aggregate: isBoolean,
  counts: (v) => v === undefined || (typeof v === 'object' && v !== null && Object.values(v).every((n) => isCount(n))),
  attachable: (v) => v === undefined || isCount(v, 1),
};

/** The defined fields of a target object, each read once (`counts` too), frozen. */
function readOnce(o: object): Record<string, unknown> {
  const out = readKeys(o, Object.keys(FIELDS));
  if (typeof out.counts === 'object' && out.counts !== null) out.counts = Object.freeze(readKeys(out.counts, ['statements', 'actionsPerStatement']));
  return Object.freeze(out);
}

/**
 * Looks a target up by name, or checks a target object of your own and returns a frozen copy of
 * it: each field is read once, so a getter or a Proxy answering differently later cannot make a
 * count use a limit or unit that was not checked (a limit read from configuration as `"4096"`, or
 * `NaN`, would measure nothing right).
 */
export function resolveTarget(target: SizeTargetName | SizeTarget): SizeTarget {
  if (typeof target === 'object' && target !== null) {
    const t = readOnce(target);
    for (const k in FIELDS) if (!FIELDS[k]!(t[k])) throw new PolicyArgumentError('target', badTarget(k, t[k]));
    return t as unknown as SizeTarget;
  }
  if (!Object.hasOwn(SIZE_TARGETS, target)) throw new PolicyArgumentError('target', unknownTarget(String(target), Object.keys(SIZE_TARGETS)));
  return SIZE_TARGETS[target];
}

/** Names of the targets whose limit is a sum over the policies of one entity (inline policies). */
const AGGREGATE_TARGETS = /*#__PURE__*/ (Object.keys(LIMITS) as SizeTargetName[]).filter((n) => LIMITS[n][1].aggregate);

/**
 * {@link resolveTarget} for a sum over several policies (`inlineSize`): the target must be one
 * whose limit is an aggregate (`inline-user`, `inline-group`, `inline-role`, or a target of your
 * own with `aggregate: true`); any other is refused with a {@link PolicyArgumentError} naming
 * those targets (a call from plain JavaScript with `'managed'` would sum policies against a
 * per-policy limit).
 */
export function resolveAggregateTarget(target: SizeTargetName | SizeTarget): SizeTarget {
  const t = resolveTarget(target);
  if (!t.aggregate) throw new PolicyArgumentError('target', notAggregateTarget(t.name, AGGREGATE_TARGETS));
  return t;
}
