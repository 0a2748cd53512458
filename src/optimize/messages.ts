/** Wording of every optimizer message, in one place. Messages say what is wrong and what to do. */
import type { PolicyKind } from '../model/policy-document.js';

import { article, show } from '../model/messages.js';
const n = (x: number): string => x.toLocaleString('en-US');

export const optimizeMessages = {
  optionsAsTarget: (inner: unknown) =>
    `Size target is an options object { target: ${show(inner)} }; pass the target itself as the second argument, as in fit(policy, "managed") or split(policy, "managed"), and options third.`,
  statementTooLarge: (where: string) =>
    `(That is a policy holding only the smallest piece of ${where}: one value of its Resource and Action lists, the longest.) ${where} cannot be divided small enough: its Resource and Action lists are divided, one value per piece at the smallest, but its NotAction, NotResource, Principal and Condition are kept whole in every piece. Shorten those (a NotAction or NotResource list cannot be divided without changing what it means).`,
  notSplittable: (kind: PolicyKind) =>
    `${article(kind, true)} ${kind} policy cannot be split into several policies: ${
      kind === 'trust'
        ? 'a role has exactly one trust policy'
        : kind === 'boundary'
          ? 'a user or role has exactly one permissions boundary'
          : kind === 'session'
            ? 'the session policy limit applies to all session policies together'
            : kind === 'resource'
              ? 'a resource has one resource-based policy'
              : 'an endpoint has one endpoint policy'
    }. Remove or shorten statements (minimize with compressActions may help).`,
  aggregateTarget: (target: string, limit: number, unit: string) =>
    `Target '${target}' is a limit on the sum of all inline policies of one entity (${n(limit)} ${unit}), so several inline policies do not help. For a role use planRole, which moves the overflow to managed policies; otherwise split for 'managed'.`,
  overQuota: (needed: number, max: number) =>
    `The role needs ${needed} managed policies, more than the ${max} allowed per role (IAM quota "Managed policies per role": 10 by default, adjustable). Shrink the statements (fit with compressActions), raise the quota and pass maxManagedPolicies, or spread the permissions over several roles.`,
  duplicateSid: (sid: string, first: string, second: string) =>
    `Sid ${show(sid)} appears in ${first} and in ${second}; combine needs unique Sids. Rename one, or use override() to let the later statement replace the earlier one.`,
  versionMismatch: (first: string, other: string) =>
    `Policies with Version ${show(first)} and ${show(other)} cannot be composed: policy variables mean different things in each. Rewrite the older policy with Version "2012-10-17".`,
  nothingToCompose: () => 'Pass at least one policy.',
  kindMismatch: (first: PolicyKind, other: PolicyKind) =>
    `${article(first, true)} ${first} policy cannot be composed with ${article(other, false)} ${other} policy: the result would be ${article(first, false)} ${first} policy holding statements written for ${article(other, false)} ${other} policy, which ${
      first === 'identity' || first === 'resource' || first === 'trust' ? 'grant' : 'only limit'
    } there. Compose policies of one kind.`,
  notPolicy: (argument: string, got: string) => `${argument} must be a typed-iam policy (policy.identity(...), parsePolicy(...)), not ${got}.`,
  notList: (argument: string, what: string, got: string) => `${argument} must be an array of ${what}, not ${got}.`,
  badOptions: (got: unknown) => `options must be an object, not ${show(got)}.`,
  badPlanCount: (option: 'inlineUsed' | 'maxManagedPolicies', v: unknown) =>
    `Option ${option} must be a whole number, 0 or more${option === 'maxManagedPolicies' ? ' (or Infinity)' : ''}, not ${typeof v === 'number' ? v : show(v)}: ${
      option === 'inlineUsed' ? 'the characters other inline policies of the role use, which leave less of the 10,240 for this plan' : 'the managed policies the role may have attached (10, or your raised quota)'
    }.`,
  notIdentity: (kind: PolicyKind) =>
    `planRole plans a role's permission policies, so it takes statements or an identity policy, not ${article(kind, false)} ${kind} policy: its statements would become identity policies that grant what the ${kind} policy ${
      kind === 'boundary' || kind === 'scp' || kind === 'rcp' || kind === 'session' || kind === 'endpoint' ? 'only limits' : 'grants on a resource'
    }. Pass its statements as data only if you mean them as the role's own permissions.`,
  badMaxParts: (v: unknown) => `Option maxParts must be a whole number, 1 or more (or Infinity), not ${typeof v === 'number' ? v : show(v)}.`,
  /** `advice`: the target's own (a policy that cannot be split); else splitting is what helps. */
  splitTurnedOff: (compressed: boolean, advice?: string) =>
    `Minimizing${compressed ? ' and compressing actions' : ''} did not make it fit and splitting is turned off (split: false). ${
      advice ?? `To fit it, allow splitting${compressed ? '' : ', or pass compressActions (its wildcards also cover actions AWS adds later)'}, or remove statements.`
    }`,
} as const;
