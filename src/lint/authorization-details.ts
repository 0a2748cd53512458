/**
 * The policies of an account as `aws iam get-account-authorization-details` (IAM
 * GetAccountAuthorizationDetails) lists them, and the kind and size target of each; lint's
 * `lintAuthorizationDetails` (lint/index.ts) lints each as the kind it is.
 */
import { isRecord } from '../internal/record.js';
import type { PolicyKind } from '../model/policy-document.js';
import type { SizeTargetName } from '../emit/size-targets.js';

/** The lists of a GetAccountAuthorizationDetails response. */
const LISTS = ['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'] as const;

/**
 * True for a value shaped as a GetAccountAuthorizationDetails response: an object holding at least
 * one of its lists (`UserDetailList`, `GroupDetailList`, `RoleDetailList`, `Policies`) as an array,
 * and no `Statement`.
 *
 * @example
 * ```ts
 * import { isAuthorizationDetails } from 'typed-iam/lint';
 * isAuthorizationDetails({ RoleDetailList: [], Policies: [] }); // true
 * isAuthorizationDetails({ Version: '2012-10-17', Statement: [] }); // false
 * ```
 */
export function isAuthorizationDetails(value: unknown): boolean {
  return isRecord(value) && !Object.hasOwn(value, 'Statement') && LISTS.some((l) => Object.hasOwn(value, l) && Array.isArray(value[l]));
}

/** One policy of the response: where it is, and what it is. */
export interface AuthorizationSite {
  readonly path: string;
  readonly document: unknown;
  readonly kind: PolicyKind;
  readonly target: SizeTargetName;
}

/** The policies of the response in the order it lists them (lint's `lintAuthorizationDetails` reads them). */
export function authorizationSites(details: { readonly [key: string]: unknown }): AuthorizationSite[] {
  const out: AuthorizationSite[] = [];
  const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
  const inline = (name: string, field: string, target: SizeTargetName) =>
    list(details[name]).forEach((entity, i) => {
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
  list(details['Policies']).forEach((p, i) => {
    // an AWS managed policy (arn:aws:iam::aws:policy/...) is AWS's to change, not the account's
    if (!isRecord(p) || (typeof p['Arn'] === 'string' && /^arn:[^:]*:iam::aws:/.test(p['Arn']))) return;
    // used only as a permissions boundary: the boundary rules apply
    const boundary = p['AttachmentCount'] === 0 && typeof p['PermissionsBoundaryUsageCount'] === 'number' && p['PermissionsBoundaryUsageCount'] > 0;
    list(p['PolicyVersionList']).forEach((v, k) => {
      // the default version is the one IAM uses
      if (isRecord(v) && v['IsDefaultVersion'] === true && v['Document'] !== undefined)
        out.push({ path: `Policies[${i}].PolicyVersionList[${k}].Document`, document: v['Document'], kind: boundary ? 'boundary' : 'identity', target: 'managed' });
    });
  });
  return out;
}

/** The account ids of the response's users, groups, roles and policies (from their ARNs). */
export function authorizationAccounts(details: { readonly [key: string]: unknown }): string[] {
  const ids = new Set<string>();
  for (const l of LISTS)
    for (const e of Array.isArray(details[l]) ? (details[l] as unknown[]) : []) {
      const arn = isRecord(e) ? e['Arn'] : undefined;
      const id = typeof arn === 'string' ? /^arn:[^:]+:iam::(\d{12}):/.exec(arn)?.[1] : undefined;
      if (id !== undefined) ids.add(id);
    }
  return [...ids];
}
