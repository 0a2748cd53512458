/**
 * The policies of an account as `aws iam get-account-authorization-details` (IAM
 * GetAccountAuthorizationDetails) lists them, and the kind and size target of each; lint's
 * `lintAuthorizationDetails` (lint/index.ts) lints each as the kind it is.
 */
import { isRecord } from '../internal/record.js';
import type { PolicyKind } from '../model/policy-document.js';
import type { SizeTargetName } from '../emit/size-targets.js';
import type { EntityKind } from './types.js';

/** The lists of a GetAccountAuthorizationDetails response. */
const LISTS = ['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'] as const;

/**
 * True for a value shaped as a GetAccountAuthorizationDetails response: an object without `Statement`
 * holding `UserDetailList`, `GroupDetailList` or `RoleDetailList` as an array, or (the response filtered
 * to managed policies) `Policies` whose entries hold a `PolicyVersionList`. A `Policies` list alone whose
 * entries hold none is another response (`aws iam list-policies`, `aws organizations list-policies`) and
 * no policy: reading it as an account with nothing to lint would pass it without a word.
 *
 * @example
 * ```ts
 * import { isAuthorizationDetails } from 'typed-iam/lint';
 * isAuthorizationDetails({ RoleDetailList: [], Policies: [] }); // true
 * isAuthorizationDetails({ Policies: [{ PolicyName: 'p', Arn: 'arn:aws:iam::111122223333:policy/p' }] }); // false: aws iam list-policies
 * isAuthorizationDetails({ Version: '2012-10-17', Statement: [] }); // false
 * ```
 */
export function isAuthorizationDetails(value: unknown): boolean {
  try {
    if (!isRecord(value) || Object.hasOwn(value, 'Statement')) return false;
    if (LISTS.some((l) => l !== 'Policies' && Object.hasOwn(value, l) && Array.isArray(value[l]))) return true;
    const policies = value['Policies'];
    return Array.isArray(policies) && policies.some((p) => isRecord(p) && Array.isArray(p['PolicyVersionList']));
  } catch {
    // a getter or proxy that throws: no response of IAM's
    return false;
  }
}

/** One policy of the response: where it is, and what it is; or, with `thrown`, an entry whose reading threw (a getter, a proxy). */
export type AuthorizationSite =
  | { readonly path: string; readonly document: unknown; readonly kind: PolicyKind; readonly target: SizeTargetName; readonly attachedTo?: readonly (EntityKind)[] }
  | { readonly path: string; readonly thrown: unknown };

/** The policies of the response in the order it lists them (lint's `lintAuthorizationDetails` reads them). */
export function authorizationSites(details: { readonly [key: string]: unknown }): AuthorizationSite[] {
  const out: AuthorizationSite[] = [];
  const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
  // each entry read on its own: one that throws is one site of its own, the others are still read
  const each = (name: string, f: (entry: unknown, i: number) => void) => {
    let entries: readonly unknown[];
    try {
      entries = [...list(details[name])];
    } catch (e) {
      out.push({ path: name, thrown: e });
      return;
    }
    entries.forEach((entry, i) => {
      try {
        f(entry, i);
      } catch (e) {
        out.push({ path: `${name}[${i}]`, thrown: e });
      }
    });
  };
  const inline = (name: string, field: string, target: SizeTargetName) =>
    each(name, (entity, i) => {
      if (!isRecord(entity)) return;
      list(entity[field]).forEach((p, j) => {
        if (isRecord(p) && p['PolicyDocument'] !== undefined) out.push({ path: `${name}[${i}].${field}[${j}].PolicyDocument`, document: p['PolicyDocument'], kind: 'identity', target });
      });
      if (name === 'RoleDetailList' && entity['AssumeRolePolicyDocument'] !== undefined)
        out.push({ path: `${name}[${i}].AssumeRolePolicyDocument`, document: entity['AssumeRolePolicyDocument'], kind: 'trust', target: 'trust' });
    });
  inline('UserDetailList', 'UserPolicyList', 'inline-user');
  inline('GroupDetailList', 'GroupPolicyList', 'inline-group');
  inline('RoleDetailList', 'RolePolicyList', 'inline-role');
  const attached = attachedEntities(details);
  each('Policies', (p, i) => {
    // an AWS managed policy (arn:aws:iam::aws:policy/...) is AWS's to change, not the account's
    if (!isRecord(p) || (typeof p['Arn'] === 'string' && /^arn:[^:]*:iam::aws:/.test(p['Arn']))) return;
    // used only as a permissions boundary: the boundary rules apply
    const boundary = p['AttachmentCount'] === 0 && typeof p['PermissionsBoundaryUsageCount'] === 'number' && p['PermissionsBoundaryUsageCount'] > 0;
    // every attachment and boundary use the response lists (as many as AttachmentCount and
    // PermissionsBoundaryUsageCount say): the kinds of entity whose requests it decides
    const found = typeof p['Arn'] === 'string' ? attached.get(p['Arn']) : undefined;
    const complete = found !== undefined && found.count === p['AttachmentCount'] && found.boundaries === p['PermissionsBoundaryUsageCount'];
    const attachedTo = complete ? { attachedTo: [...found.kinds] } : {};
    list(p['PolicyVersionList']).forEach((v, k) => {
      // the default version is the one IAM uses
      if (isRecord(v) && v['IsDefaultVersion'] === true && v['Document'] !== undefined)
        out.push({ path: `Policies[${i}].PolicyVersionList[${k}].Document`, document: v['Document'], kind: boundary ? 'boundary' : 'identity', target: 'managed', ...attachedTo });
    });
  });
  return out;
}

/**
 * The entities of the response each managed policy is attached to (`AttachedManagedPolicies` of its
 * users, groups and roles) or is the permissions boundary of (their `PermissionsBoundary`), by policy
 * ARN: how many of each, and of which kinds. A filtered response (`--filter Role`) lists some of
 * them, which `AttachmentCount` and `PermissionsBoundaryUsageCount` then tell apart.
 */
function attachedEntities(details: { readonly [key: string]: unknown }): Map<string, { count: number; boundaries: number; kinds: Set<EntityKind> }> {
  const out = new Map<string, { count: number; boundaries: number; kinds: Set<EntityKind> }>();
  const entry = (arn: string) => out.get(arn) ?? out.set(arn, { count: 0, boundaries: 0, kinds: new Set() }).get(arn)!;
  for (const [name, kind] of [['UserDetailList', 'user'], ['GroupDetailList', 'group'], ['RoleDetailList', 'role']] as const)
    try {
      for (const entity of Array.isArray(details[name]) ? (details[name] as unknown[]) : []) {
        if (!isRecord(entity)) continue;
        const policies = entity['AttachedManagedPolicies'];
        const arns = new Set((Array.isArray(policies) ? policies : []).map((a) => (isRecord(a) ? a['PolicyArn'] : undefined)).filter((a): a is string => typeof a === 'string'));
        for (const arn of arns) {
          const e = entry(arn);
          e.count++;
          e.kinds.add(kind);
        }
        const boundary = isRecord(entity['PermissionsBoundary']) ? entity['PermissionsBoundary']['PermissionsBoundaryArn'] : undefined;
        if (typeof boundary === 'string') {
          const e = entry(boundary);
          e.boundaries++;
          e.kinds.add(kind);
        }
      }
    } catch {
      // a list whose reading throws: its policies' attachments are not all known (the count tells)
    }
  return out;
}

/** The account ids of the response's users, groups, roles and policies (from their ARNs). */
export function authorizationAccounts(details: { readonly [key: string]: unknown }): string[] {
  const ids = new Set<string>();
  for (const l of LISTS)
    try {
      for (const e of Array.isArray(details[l]) ? (details[l] as unknown[]) : []) {
        const arn = isRecord(e) ? e['Arn'] : undefined;
        const id = typeof arn === 'string' ? /^arn:[^:]+:iam::(\d{12}):/.exec(arn)?.[1] : undefined;
        if (id !== undefined) ids.add(id);
      }
    } catch {
      // an entry that throws names no account (its policies are reported unreadable)
    }
  return [...ids];
}
