/** Typed lists of a service's actions by access level, ready to spread into `allow(...)`. */
import type { AccessLevelActions } from './generated/access-levels.js';
import type { ServicePrefix } from './generated/actions.js';
import { service, serviceIndex } from './data.js';
import type { AccessLevel } from './types.js';

type Prefixed<S extends string, T extends readonly string[]> = { readonly [I in keyof T]: `${S}:${T[I]}` };

/**
 * The actions of service `S` at the levels `L`, in the order given (each level in catalog order);
 * `readonly string[]` when `S` or a level is `any` (untyped code), so no `any` reaches the result.
 */
export type AccessLevelList<S extends ServicePrefix, L extends readonly AccessLevel[]> = unknown extends S | L[number]
  ? readonly string[]
  : L extends readonly [
      infer H extends AccessLevel,
      ...infer R extends readonly AccessLevel[],
    ]
    ? // the level's list named as a type parameter: TypeScript 5.0-5.3 otherwise compute its
      // constraint over every service to prove the spread is an array ("union type too complex")
      AccessLevelActions[S][H] extends infer T extends readonly string[]
      ? readonly [...Prefixed<S, T>, ...AccessLevelList<S, R>]
      : never
    : readonly [];

/**
 * Every action of `service` at the given access levels, as a readonly tuple of literals: spread it
 * into `allow(...)` and each action is still checked.
 *
 * @example
 * ```ts
 * import { allow } from 'typed-iam';
 * import { accessLevel } from 'typed-iam/catalog';
 * allow(...accessLevel('sqs', 'Read', 'List')).on('arn:aws:sqs:*:123456789012:orders');
 * // "Action": ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ListDeadLetterSourceQueues", ...]
 * ```
 */
export function accessLevel<S extends ServicePrefix, const L extends readonly [AccessLevel, ...AccessLevel[]]>(
  service: S,
  ...levels: L
): AccessLevelList<S, L>;
export function accessLevel(prefix: string, ...levels: readonly string[]): readonly string[] {
  const i = serviceIndex(prefix);
  if (i < 0) return Object.freeze([]);
  const svc = service(i);
  const out: string[] = [];
  for (const level of levels)
    for (let j = 0; j < svc.names.length; j++) if (svc.levels[j] === level) out.push(`${svc.prefix}:${svc.names[j]}`);
  return Object.freeze(out);
}
