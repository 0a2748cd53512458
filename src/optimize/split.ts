/** `split`: several policies that each fit a size target, together deciding like the original. */
import { assertFits } from '../emit/size.js';
import { ATTACHED_BY_DEFAULT } from '../emit/attachable.js';
import type { SizeTarget, SizeTargetName } from '../emit/size-targets.js';
import type { PolicyKind, Statement } from '../model/policy-document.js';
import { kindRules } from '../model/kinds.js';
import { optimizeMessages } from './messages.js';
import { rebuild, type PolicyLike } from './minimize.js';
import { checkArguments, optimizeTarget, readSplitOptions } from './arguments.js';
import { packStatements } from './pack.js';
import { bug } from '../internal/bug.js';
import { PolicyArgumentError, PolicyQuotaError, type QuotaExcess } from '../errors.js';

/**
 * Kinds whose statements may be spread over several policies without changing a decision: several
 * identity policies on one principal, or several SCPs / RCPs on one node, act as their union.
 */
const SPLITTABLE: ReadonlySet<PolicyKind> = new Set<PolicyKind>(['identity', 'scp', 'rcp']);

/**
 * Gives every statement a Sid no other statement has: later repeats of a Sid get a number
 * appended (`Read`, `Read2`, ...). Statements without a Sid stay without one.
 */
export function uniqueSids(statements: readonly Statement[]): Statement[] {
  const taken = new Set<string>();
  for (const s of statements) if (s.Sid !== undefined && s.Sid !== '') taken.add(s.Sid);
  const seen = new Set<string>();
  return statements.map((s) => {
    if (s.Sid === undefined || s.Sid === '') return s;
    if (!seen.has(s.Sid)) {
      seen.add(s.Sid);
      return s;
    }
    let k = 2;
    while (taken.has(`${s.Sid}${k}`)) k++;
    const sid = `${s.Sid}${k}`;
    taken.add(sid);
    seen.add(sid);
    return { ...s, Sid: sid };
  });
}

/**
 * `policy` with unique Sids when its kind requires them (IAM and Organizations policies: "the Sid
 * value must be unique within a JSON policy"; parse reads repeats as AWS stored them): later
 * repeats get a number appended. A resource or endpoint policy is returned as it is.
 */
export function withUniqueSids<P extends PolicyLike>(policy: P): P {
  if (!kindRules[policy.kind].uniqueSids) return policy;
  const statements = uniqueSids(policy.document.Statement);
  return statements.some((s, i) => s !== policy.document.Statement[i]) ? rebuild(policy, statements) : policy;
}

/**
 * The policy that stays attached to a root, OU or account beside the parts of an SCP or RCP and takes
 * one place of the quota: RCPFullAWSAccess, which "cannot" be detached (Organizations User Guide, "RCP
 * evaluation"); and, beside SCP parts that only deny, an SCP that allows (FullAWSAccess), because
 * every root, OU and account keeps at least one SCP attached (Organizations API, DetachPolicy) and
 * without an Allow at each level nothing is allowed. AWS does not say whether RCPFullAWSAccess counts
 * toward the 5 RCPs; it is counted, the reading that never plans more parts than attach.
 */
function keptBeside(t: SizeTarget, policy: PolicyLike): QuotaExcess['kept'] {
  if (t.name === 'rcp') return ATTACHED_BY_DEFAULT.rcp;
  if (t.name === 'scp' && !policy.document.Statement.some((s) => s.Effect === 'Allow')) return ATTACHED_BY_DEFAULT.scp;
  return undefined;
}

/** Options of {@link split}. */
export interface SplitOptions {
  /**
   * Most parts to return; more is a `PolicyQuotaError` (quota `attachedPolicies`). Default: the
   * target's `attachable` (`managed` 10, `scp` 10, `rcp` 5), less one for the policy that stays
   * attached beside the parts (RCPFullAWSAccess always; FullAWSAccess beside an SCP that only
   * denies), else no limit. Given, it is used as it is. Pass a raised quota
   * (`20` for a role whose managed policy quota is raised), or `Infinity` to plan more parts
   * than one entity can hold.
   */
  readonly maxParts?: number;
}

/** True when a policy of `kind` too large for `t` can be split into several that each fit. */
export function canSplit(kind: PolicyKind, t: SizeTarget): boolean {
  return SPLITTABLE.has(kind) && !t.aggregate;
}

/** Throws the size error for `policy` not fitting `t`, with `detail`. */
function tooLarge(policy: PolicyLike, t: SizeTarget, detail: string): void {
  assertFits(policy.size(t), detail);
}

/**
 * Splits a policy into policies that each fit `target` (default: the policy's own target),
 * measured exactly on the JSON each part emits. Statements keep their order and fill the parts
 * one after another (next-fit), so appending statements changes only the last part. A statement
 * too large for a part on its own is divided: its Resource list (or its Action list) is cut into
 * runs, each a statement with the same Effect, Principal, Condition and other elements, which
 * together allow or deny exactly what the statement did; its Sid gets the piece number appended
 * (`Read1`, `Read2`, ...). NotAction and NotResource lists are never divided. Sids are unique
 * across all parts (repeats get a number appended) in kinds that require unique Sids, which all
 * splittable kinds do. A policy that already fits comes back as the only part (a resource or
 * endpoint policy exactly as it is, repeated Sids and all).
 *
 * Only identity policies, SCPs and RCPs can be split (attaching several acts as their union);
 * for other kinds, and for aggregate targets such as `inline-role`, a policy that does not fit is
 * a {@link PolicySizeError}. So is a statement that cannot be divided small enough (its
 * NotAction, NotResource, Principal or Condition alone is too large); the error names it
 * (`Statement[3] (Sid "ReadLogs")`). More parts than one entity can have attached (the target's
 * `attachable`: 10 managed policies per role or user, 10 SCPs or 5 RCPs per root, OU or account,
 * less the RCPFullAWSAccess that cannot be detached and the FullAWSAccess an SCP that only denies
 * needs beside it; `options.maxParts` sets another number) is a {@link PolicyQuotaError} naming both numbers.
 *
 * @example
 * ```ts
 * import { allow, policy } from 'typed-iam';
 * import { split } from 'typed-iam/optimize';
 * const bigPolicy = policy.identity(Array.from({ length: 300 }, (_, i) => allow('s3:GetObject').on(`arn:aws:s3:::bucket-${i}/*`)));
 * const parts = split(bigPolicy, 'managed');
 * parts.every((p) => p.size('managed').fits); // true
 * ```
 */
export function split<P extends PolicyLike>(policy: P, target?: SizeTargetName | SizeTarget, options: SplitOptions = {}): P[] {
  checkArguments([['policy', policy]], options);
  // read once: a getter answering undefined, then a count, read twice gave a count with no kept policy beside it
  const given = readSplitOptions(options).maxParts;
  const t = optimizeTarget(target ?? policy.defaultTarget);
  const kept = given === undefined ? keptBeside(t, policy) : undefined;
  const maxParts = given ?? (t.attachable === undefined ? Infinity : t.attachable - (kept === undefined ? 0 : 1));
  if (typeof maxParts !== 'number' || !(Number.isSafeInteger(maxParts) || maxParts === Infinity) || maxParts < 1)
    throw new PolicyArgumentError('maxParts', optimizeMessages.badMaxParts(maxParts));
  const whole = withUniqueSids(policy);
  if (whole.size(t).fits) return [whole];
  if (!SPLITTABLE.has(policy.kind)) tooLarge(whole, t, optimizeMessages.notSplittable(policy.kind));
  if (t.aggregate) tooLarge(whole, t, optimizeMessages.aggregateTarget(t.name, t.limit, t.unit));

  const parts = packStatements(policy.document, whole.document.Statement, () => t).filter((p) => p.length > 0);
  if (parts.length > maxParts) throw new PolicyQuotaError(t.name, [{ quota: 'attachedPolicies', count: parts.length, limit: maxParts, path: '', ...(kept === undefined ? {} : { kept }) }]);
  return parts.map((list) => {
    const part = rebuild(policy, list);
    const r = part.size(t);
    // the packer's arithmetic is exact; this guards the invariant the caller relies on
    if (!r.fits) bug(`split produced a part of ${r.length} ${r.unit} for limit ${r.limit}`);
    return part;
  });
}
