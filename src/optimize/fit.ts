/** `fit`: minimize, then compress if allowed, then split only if still needed. */
import { PolicySizeError } from '../errors.js';
import { assertCountsFit, assertFits, countExcesses } from '../emit/size.js';
import { optimizeMessages } from './messages.js';
import type { SizeTarget, SizeTargetName } from '../emit/size-targets.js';
import type { SizeReport } from '../emit/size.js';
import type { CompressActionsOptions } from './compress.js';
import { minimize, type PolicyLike } from './minimize.js';
import { checkArguments, checkMinimizeOptions, optimizeTarget } from './arguments.js';
import { canSplit, split, withUniqueSids } from './split.js';
import { fitAdvice } from '../messages.js';

/** Options of {@link fit}. */
export interface FitOptions {
  /** Merge statements while minimizing (see `minimize`). Default `true`. */
  readonly merge?: boolean;
  /**
   * Allow catalog-exact action wildcards when the minimized policy is still too large. Opt-in
   * (default `false`): a wildcard also covers actions AWS adds later.
   */
  readonly compressActions?: boolean | CompressActionsOptions;
  /** Allow splitting into several policies. Default `true`; `false` throws when the rest did not suffice. */
  readonly split?: boolean;
  /** Most policies to split into (see `split`); default the target's `attachable` (10 managed policies, 10 SCPs, 5 RCPs) less the policy that stays attached beside SCP or RCP parts. */
  readonly maxParts?: number;
}

/** One thing {@link fit} did, with sizes in the target's unit. */
export type FitStep =
  | {
      readonly step: 'minimize' | 'compress';
      readonly lengthBefore: number;
      readonly lengthAfter: number;
      readonly statementsBefore: number;
      readonly statementsAfter: number;
    }
  | { readonly step: 'split'; readonly parts: number; readonly lengths: readonly number[] };

/** What {@link fit} returns. */
export interface FitResult<P extends PolicyLike> {
  /** One policy when it fits after minimizing (and compressing), else the parts of the split. */
  readonly policies: readonly P[];
  /** What was done, in order. `minimize` is always there; `compress` and `split` only when used. */
  readonly steps: readonly FitStep[];
  /** Size of the input. */
  readonly before: SizeReport;
  /** Size of each returned policy. */
  readonly after: readonly SizeReport[];
}

/**
 * Makes a policy fit `target` (default: the policy's own target) without changing any decision:
 * minimizes it, then (only if still too large and `compressActions` allows) replaces action lists
 * by catalog-exact wildcards, then (only if still too large) splits it with {@link split}, which
 * divides a statement too large for one part (so a statement merged past the target by minimize
 * is divided again). `fit` succeeds whenever `split` alone would: if the merged form cannot be
 * split, the unmerged one is. The target's element-count quotas hold too: merging never puts more
 * actions in a statement than `sqs-queue` takes (7), `compressActions` is also tried when the
 * policy is over such a quota, and a result still over one is a `PolicyQuotaError`.
 *
 * @example
 * ```ts
 * import { allow, policy } from 'typed-iam';
 * import { fit } from 'typed-iam/optimize';
 * const bigPolicy = policy.identity(Array.from({ length: 300 }, (_, i) => allow('s3:GetObject').on(`arn:aws:s3:::bucket-${i}/*`)));
 * const { policies, steps } = fit(bigPolicy, 'managed', { compressActions: { withinAccessLevel: true } });
 * steps.map((s) => s.step); // ['minimize', 'compress', 'split']
 * ```
 */
export function fit<P extends PolicyLike>(
  policy: P,
  target?: SizeTargetName | SizeTarget,
  options: FitOptions = {},
): FitResult<P> {
  checkArguments([['policy', policy]], options);
  options = checkMinimizeOptions(options, true);
  const t = optimizeTarget(target ?? policy.defaultTarget);
  const before = policy.size(t);
  const steps: FitStep[] = [];
  const merge = options.merge !== false;

  let current = minimize(policy, { merge, target: t });
  let size = current.size(t);
  steps.push({
    step: 'minimize',
    lengthBefore: before.length,
    lengthAfter: size.length,
    statementsBefore: policy.document.Statement.length,
    statementsAfter: current.document.Statement.length,
  });

  // over the size, or over an element-count quota (SQS: 7 actions per statement) that wildcards may meet
  const tooMany = () => countExcesses(current.document, t).length > 0;
  if ((!size.fits || tooMany()) && options.compressActions !== undefined && options.compressActions !== false) {
    const previous = current;
    current = minimize(current, { merge, target: t, compressActions: options.compressActions });
    const next = current.size(t);
    steps.push({
      step: 'compress',
      lengthBefore: size.length,
      lengthAfter: next.length,
      statementsBefore: previous.document.Statement.length,
      statementsAfter: current.document.Statement.length,
    });
    size = next;
  }

  // the policy returned is the one measured: with its Sids made unique, as split's parts have them
  current = withUniqueSids(current);
  size = current.size(t);
  if (size.fits) {
    // nothing here adds statements or actions: a quota the result is over, the input was over too
    assertCountsFit(current.document, t);
    return { policies: [current], steps, before, after: [size] };
  }
  if (options.split === false) {
    const compressed = options.compressActions !== undefined && options.compressActions !== false;
    assertFits(size, optimizeMessages.splitTurnedOff(compressed, canSplit(policy.kind, t) ? undefined : fitAdvice(t.name, policy.kind)));
  }
  const parts = options.maxParts === undefined ? {} : { maxParts: options.maxParts };
  let policies: P[];
  try {
    policies = split(current, t, parts);
  } catch (e) {
    // merging can only grow Action and Resource lists, which split divides; a merged statement
    // that still cannot be placed (a longer Sid, say) falls back to the unmerged statements
    if (!(e instanceof PolicySizeError) || !merge) throw e;
    policies = split(minimize(policy, { merge: false }), t, parts);
  }
  for (const p of policies) assertCountsFit(p.document, t);
  const after = policies.map((p) => p.size(t));
  steps.push({ step: 'split', parts: policies.length, lengths: after.map((r) => r.length) });
  return { policies, steps, before, after };
}
