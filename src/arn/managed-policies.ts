/** ARNs of AWS managed policies by name. */
import type { Partition } from '../builder/principal.js';
import type { ManagedPolicyName } from '../catalog/generated/managed-policies.js';

/**
 * The ARN of an AWS managed policy, from its name with its path (typed: a typo fails to compile).
 *
 * @example
 * ```ts
 * managedPolicyArn('service-role/AWSLambdaBasicExecutionRole');
 * // 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'
 * managedPolicyArn('ReadOnlyAccess', { partition: 'aws-us-gov' });
 * // 'arn:aws-us-gov:iam::aws:policy/ReadOnlyAccess'
 * ```
 */
export function managedPolicyArn<const N extends ManagedPolicyName, P extends Partition = 'aws'>(
  name: N,
  options?: { readonly partition?: P },
): `arn:${P}:iam::aws:policy/${N}` {
  return `arn:${options?.partition ?? 'aws'}:iam::aws:policy/${name}` as `arn:${P}:iam::aws:policy/${N}`;
}
