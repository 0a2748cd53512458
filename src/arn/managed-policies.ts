/** ARNs of AWS managed policies by name. */
import type { Partition } from '../builder/principal.js';
import { PolicyArgumentError } from '../errors.js';
import { arnMessages } from '../messages.js';
import { readOptionsArgument } from '../builder/options.js';
import { PARTITIONS } from '../model/arn.js';
import { managedPolicyPath } from '../catalog/managed-policies.js';
import type { ManagedPolicyName } from '../catalog/generated/managed-policies.js';
import type { Uninferred } from '../types/args.js';

/** A managed policy name without its path (`AWSLambdaBasicExecutionRole`); each is unique. */
export type BareManagedPolicyName = ManagedPolicyName extends infer M
  ? M extends `${string}/${infer B}`
    ? B extends `${string}/${infer C}`
      ? C
      : B
    : never
  : never;

/** The name with its path of `N`, a name with or without its path. */
export type ManagedPolicyFullName<N extends string> = unknown extends N // `any` (untyped code): some name, not `any`
  ? string
  : N extends ManagedPolicyName
    ? N
    : Extract<ManagedPolicyName, `${string}/${N}`>;

/** The managed policy spelled like `N` but for case. */
type CaseVariant<N extends string> = ManagedPolicyName | BareManagedPolicyName extends infer C
  ? C extends string
    ? Lowercase<N> extends Lowercase<C>
      ? C
      : never
    : never
  : never;

/**
 * Checks the name argument of `managedPolicyArn`: itself when it names a policy (with or without
 * its path); while being typed, the names that complete it; else a sentence naming the fix.
 */
export type CheckManagedPolicyName<N extends string> = string extends N
  ? ManagedPolicyName
  : N extends ManagedPolicyName | BareManagedPolicyName
    ? N
    : Uninferred<
        [Extract<ManagedPolicyName | BareManagedPolicyName, `${N}${string}`>] extends [never]
          ? [CaseVariant<N>] extends [never]
            ? `unknown AWS managed policy '${N}': check the name (e.g. 'ReadOnlyAccess' or 'service-role/AWSLambdaBasicExecutionRole')`
            : `AWS managed policy names are case-sensitive: write '${CaseVariant<N>}'`
          : Extract<ManagedPolicyName | BareManagedPolicyName, `${N}${string}`>
      >;

/** A policy name, with an optional path: IAM's characters for both (letters, digits and `+=,.@_-`; `/` between path parts). */
const POLICY_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]+$/;

/** The path (`service-role/`, ...) of a name without one, or `''` (a name given with its path keeps it). */
const pathOf = (name: string): string => (name.includes('/') ? '' : managedPolicyPath(name));

/**
 * The ARN of an AWS managed policy, from its name with or without its path (typed: a typo fails
 * to compile; editors complete both forms). The ARN always carries the path.
 *
 * @example
 * ```ts
 * import { managedPolicyArn } from 'typed-iam/arn';
 * managedPolicyArn('AWSLambdaBasicExecutionRole');
 * // 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'
 * managedPolicyArn('service-role/AWSLambdaBasicExecutionRole');
 * // 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'
 * managedPolicyArn('ReadOnlyAccess', { partition: 'aws-us-gov' });
 * // 'arn:aws-us-gov:iam::aws:policy/ReadOnlyAccess'
 * ```
 */
export function managedPolicyArn<const N extends string, P extends Partition = 'aws'>(
  name: CheckManagedPolicyName<N>,
  options?: { readonly partition?: P },
): `arn:${unknown extends P ? string : P}:iam::aws:policy/${ManagedPolicyFullName<N>}` {
  // from JavaScript: a name that is no text was a TypeError inside, and options of null one too
  if (typeof name !== 'string' || !POLICY_NAME.test(name)) throw new PolicyArgumentError('name', arnMessages.policyName(name));
  // options read once; null as none, no object or a name that is no option refused (`partiton` wrote the aws partition)
  const partition: unknown = readOptionsArgument(options, ['partition'], "{ partition: 'aws-cn' }")['partition'];
  // an AWS managed policy ARN names one partition: no wildcard, no variable
  if (partition !== undefined && (typeof partition !== 'string' || !PARTITIONS.includes(partition))) throw new PolicyArgumentError('options', arnMessages.partition('managedPolicyArn', partition, false));
  return `arn:${partition ?? 'aws'}:iam::aws:policy/${pathOf(name)}${name}` as `arn:${unknown extends P ? string : P}:iam::aws:policy/${ManagedPolicyFullName<N>}`;
}
