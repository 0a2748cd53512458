/**
 * AWS managed policies by name: the path of a name, and what is wrong with an ARN that names none
 * (the one reading of the managed-policy list, for `managedPolicyArn` and `cdk check`).
 */
import { managedPolicyPaths, managedPolicyRoot, managedPolicySource } from './generated/managed-policies.js';
import { indexOf, nearest, SHORTEST_PREFIX, type NameIndex } from './nearest.js';

/** Every managed policy name with its path, keyed by its bare name (names are unique without their path). */
let byBareName: Map<string, string> | undefined;
let fullIndex: NameIndex | undefined;
let bareIndex: NameIndex | undefined;

function names(): Map<string, string> {
  if (byBareName !== undefined) return byBareName;
  const out = new Map<string, string>();
  for (const n of managedPolicyRoot.split(' ')) out.set(n, n);
  for (const [path, list] of Object.entries(managedPolicyPaths)) for (const n of list.split(' ')) out.set(n, `${path}${n}`);
  return (byBareName = out);
}

/**
 * The path (`service-role/`, ...) of a bare AWS managed policy name, or `''` (no path, or no such
 * policy).
 *
 * @example
 * ```ts
 * import { managedPolicyPath } from './managed-policies.js';
 * managedPolicyPath('AWSLambdaBasicExecutionRole'); // 'service-role/'
 * managedPolicyPath('ReadOnlyAccess');              // ''
 * ```
 */
export function managedPolicyPath(bare: string): string {
  const full = names().get(bare);
  return full === undefined ? '' : full.slice(0, full.length - bare.length);
}

/** What an ARN's `policy/...` part says of the AWS managed policy it names (see {@link awsManagedPolicy}). */
export type ManagedPolicyLookup =
  /** an AWS managed policy; `serviceLinked`: under `aws-service-role/`, for service-linked roles only */
  | { readonly found: true; readonly serviceLinked: boolean }
  /** no policy has this name at this path, but one has it at another (`path`) or in another case (`case`): `name` is it */
  | { readonly found: false; readonly why: 'path' | 'case'; readonly name: string }
  /** no policy of the list has the name in any case; `near`: the names it begins, else those a few edits from it (up to 3) */
  | { readonly found: false; readonly why: 'unknown'; readonly near: readonly string[] };

/**
 * What the list of AWS managed policies says of `name`, the part of an ARN after `policy/` (its path
 * and name: `service-role/AWSLambdaBasicExecutionRole`). The list is {@link managedPolicySource}'s:
 * a policy AWS published after its newest change is `unknown` here.
 *
 * @example
 * ```ts
 * import { awsManagedPolicy } from './managed-policies.js';
 * awsManagedPolicy('service-role/AWSLambdaBasicExecutionRole'); // { found: true, serviceLinked: false }
 * awsManagedPolicy('AWSLambdaBasicExecutionRole');
 * // { found: false, why: 'path', name: 'service-role/AWSLambdaBasicExecutionRole' }
 * awsManagedPolicy('readonlyaccess'); // { found: false, why: 'case', name: 'ReadOnlyAccess' }
 * ```
 */
export function awsManagedPolicy(name: string): ManagedPolicyLookup {
  const all = names();
  const bare = name.slice(name.lastIndexOf('/') + 1);
  const full = all.get(bare);
  if (full === name) return { found: true, serviceLinked: name.startsWith('aws-service-role/') };
  if (full !== undefined) return { found: false, why: 'path', name: full };
  const lower = bare.toLowerCase();
  for (const [b, f] of all) if (b.toLowerCase() === lower) return { found: false, why: 'case', name: f };
  // names it begins (`AmazonS3ReadOnly`: `AmazonS3ReadOnlyAccess`), shortest first; else near the name with
  // its path, else near the bare name (a path written wrong as well)
  const begun = [...all.values()].filter((f) => f.toLowerCase().startsWith(name.toLowerCase()) || f.slice(f.lastIndexOf('/') + 1).toLowerCase().startsWith(lower));
  if (bare.length >= SHORTEST_PREFIX && begun.length > 0) return { found: false, why: 'unknown', near: begun.sort((x, y) => x.length - y.length || (x < y ? -1 : 1)).slice(0, 3) };
  fullIndex ??= indexOf(all.values());
  const near = nearest(fullIndex, name, 3, false);
  if (near.length > 0) return { found: false, why: 'unknown', near };
  bareIndex ??= indexOf(all.keys());
  return { found: false, why: 'unknown', near: nearest(bareIndex, bare, 3, false).map((b) => all.get(b)!) };
}

export { managedPolicySource };
