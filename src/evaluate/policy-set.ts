/** The shape of a policy set: the policy types it may name. */
import { readFieldsAndLists, readItems } from '../internal/record.js';
import type { PolicySet } from './types.js';

/**
 * Every key of a {@link PolicySet}: the policy types (a key added to `PolicySet` is a compile
 * error here until listed).
 */
export const POLICY_SET_KEYS: ReadonlySet<string> = new Set(
  Object.keys({ identity: 0, resource: 0, boundary: 0, session: 0, endpoint: 0, scp: 0, rcp: 0 } satisfies Record<keyof PolicySet, 0>),
);

/**
 * The keys of `set` that name no policy type (`identty`, `scps`, or the fields of a policy given
 * where a set belongs). Read as absent, such a key would drop its policies and their Denies:
 * evaluate, analyze and the vitest matchers refuse a set that has one.
 *
 * @example
 * ```ts
 * import { unknownPolicyTypes } from './policy-set.js';
 * unknownPolicyTypes({ identity: undefined, scps: [] }); // ['scps']
 * ```
 */
export function unknownPolicyTypes(set: object): string[] {
  return Object.keys(set).filter((k) => !POLICY_SET_KEYS.has(k));
}

/**
 * The organization policy types of `set` (`scp`, `rcp`) given as no array of levels, such as
 * `{ scp: policy }` for `{ scp: [[policy]] }`: evaluate and analyze refuse a set that has one.
 *
 * @example
 * ```ts
 * import { misshapenLevels } from './policy-set.js';
 * misshapenLevels({ scp: { Version: '2012-10-17', Statement: [] } }); // ['scp']
 * ```
 */
export function misshapenLevels(set: object): ('scp' | 'rcp')[] {
  return (['scp', 'rcp'] as const).filter((k) => {
    const v: unknown = (set as { readonly [key: string]: unknown })[k];
    return v !== undefined && !Array.isArray(v);
  });
}

/**
 * A copy of the policy set `set`, each field read once, and its lists copied the same way (the
 * policies of a type, the levels of `scp` and `rcp`, the policies of a level): the checks and the
 * evaluation read the same policies, where a getter or a Proxy could answer a second read
 * otherwise (an SCP level that was checked, then read as none, restricted nothing). What is no
 * list is kept for the checks to refuse.
 *
 * @example
 * ```ts
 * import { readPolicySet } from './policy-set.js';
 * const set = readPolicySet({ scp: [[]] });
 * Object.isFrozen(set); // false: a new object, the caller's is left alone
 * ```
 */
export function readPolicySet(set: object): PolicySet {
  const out = readFieldsAndLists(set);
  // the levels of the organization policies, one list more
  for (const k of ['scp', 'rcp']) {
    const levels = out[k];
    if (Array.isArray(levels)) out[k] = levels.map((level: unknown) => (Array.isArray(level) ? readItems(level as readonly unknown[]) : level));
  }
  return out as PolicySet;
}
