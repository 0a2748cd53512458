/** `planRole`: spread a role's permissions over its inline policy and managed policies, exactly. */
import { SIZE_TARGETS, type SizeTarget } from '../emit/size-targets.js';
import type { SizeReport } from '../emit/size.js';
import type { PolicyDocument, Statement } from '../model/policy-document.js';
import { createPolicy, toModelStatement, type StatementSource } from '../policy/policy.js';
import type { Policy } from '../policy/types.js';
import { optimizeMessages } from './messages.js';
import { checkArguments, checkList, checkPlanOptions } from './arguments.js';
import { checkedPolicy, minimizeChecked, type MinimizeOptions, type PolicyLike } from './minimize.js';
import { PolicyArgumentError, PolicySizeError } from '../errors.js';
import { packStatements } from './pack.js';
import { uniqueSids } from './split.js';

/** Options of {@link planRole}. */
export interface RolePlanOptions {
  /** Managed policies the role may have attached (IAM quota, 10 by default). Default `10`. */
  readonly maxManagedPolicies?: number;
  /** Characters already used by other inline policies of the role (the 10,240 limit is a sum). Default `0`. */
  readonly inlineUsed?: number;
  /** Put statements in an inline policy first. Default `true`; `false` plans managed policies only. */
  readonly useInline?: boolean;
  /**
   * Minimize the statements first: `true`, or the options of `minimize`. Never changes a decision,
   * unless the options hold `compressActions` (opt-in): its wildcards also cover actions AWS adds
   * later. Default `false`.
   */
  readonly minimize?: boolean | MinimizeOptions;
}

/** What {@link planRole} returns. */
export interface RolePlan {
  /** The role's inline policy (target `inline-role`), or `undefined` when nothing goes inline. */
  readonly inline: Policy<'identity'> | undefined;
  /** Customer managed policies (target `managed`, 6,144 characters each), in fill order. */
  readonly managed: readonly Policy<'identity'>[];
  /** Size of the inline policy against what is left of the 10,240-character inline budget. */
  readonly inlineSize: SizeReport | undefined;
  /** Size of each managed policy against 6,144 characters. */
  readonly managedSizes: readonly SizeReport[];
  /** The quota the plan was checked against. */
  readonly maxManagedPolicies: number;
  /** False when `managed.length` exceeds `maxManagedPolicies`: the role cannot hold this plan. */
  readonly withinQuota: boolean;
  /** Says what to do when the plan is not within quota, or why no plan could be made (then `managed` is empty). */
  readonly problem?: string;
}

/**
 * Plans a role's permission policies by exact size: statements fill the inline policy up to the
 * 10,240-character limit (minus `inlineUsed`), then managed policies of up to 6,144 characters each,
 * in statement order (next-fit). A statement too large for any one policy is divided along its
 * Resource or Action list, as `split` does. Never throws for sizes: when more managed policies
 * would be needed than the role may have, or a statement cannot be divided small enough (its
 * NotAction, NotResource or Condition alone is too large), `withinQuota` is false and `problem`
 * says what to do. Statements that are not valid in an identity policy are a
 * `PolicyValidationError`, as everywhere; a policy of another kind (a boundary, an SCP: its
 * statements would become grants), and an `inlineUsed` or `maxManagedPolicies` that is not a whole
 * number 0 or more, are a `PolicyArgumentError`.
 *
 * @example
 * ```ts
 * import { allow } from 'typed-iam';
 * import { planRole } from 'typed-iam/optimize';
 * const statements = [allow('s3:GetObject').on('arn:aws:s3:::docs/*'), allow('sqs:SendMessage').on('*')];
 * const plan = planRole(statements, { maxManagedPolicies: 10 });
 * plan.inline?.toString({ target: 'inline-role' });
 * plan.managed.map((p) => p.toString({ target: 'managed' }));
 * if (!plan.withinQuota) console.warn(plan.problem);
 * ```
 */
export function planRole(
  input: PolicyLike | readonly (Statement | StatementSource)[],
  options: RolePlanOptions = {},
): RolePlan {
  const fromPolicy = !Array.isArray(input);
  if (fromPolicy) checkArguments([['input', input]], options);
  else {
    input = checkList('input', 'statements', input as readonly (Statement | StatementSource)[], (s) => typeof s === 'object' && s !== null);
    checkArguments([], options);
  }
  options = checkPlanOptions(options);
  // a boundary, SCP, session or resource policy would become grants of the role: refused
  if (fromPolicy && (input as PolicyLike).kind !== 'identity') throw new PolicyArgumentError('input', optimizeMessages.notIdentity((input as PolicyLike).kind));
  // counts from plain JavaScript: a negative inlineUsed planned an inline policy over 10,240 as fitting
  const count = (option: 'inlineUsed' | 'maxManagedPolicies', v: unknown): number | undefined => {
    if (v === undefined) return undefined;
    if (typeof v === 'number' && ((Number.isSafeInteger(v) && v >= 0) || (v === Infinity && option === 'maxManagedPolicies'))) return v;
    throw new PolicyArgumentError(option, optimizeMessages.badPlanCount(option, v));
  };
  const inlineUsed = count('inlineUsed', options.inlineUsed) ?? 0;
  const max = count('maxManagedPolicies', options.maxManagedPolicies) ?? 10;
  const base: PolicyDocument = fromPolicy
    ? (input as PolicyLike).document
    : { Version: '2012-10-17', Statement: (input as readonly (Statement | StatementSource)[]).map(toModelStatement) };
  // check the statements once, as one identity policy: given as data, as the builder checks them;
  // a policy's statements as a document that is read (a parsed one keeps what AWS accepted)
  const whole = fromPolicy ? checkedPolicy<Policy<'identity'>>('identity', base, 'managed') : createPolicy('identity', base);
  let statements: Statement[] = whole.document.Statement.slice();
  if (options.minimize !== undefined && options.minimize !== false)
    statements = minimizeChecked(statements, options.minimize === true ? {} : options.minimize);
  statements = uniqueSids(statements);

  const inlineBase = SIZE_TARGETS['inline-role'];
  const inlineTarget: SizeTarget = { ...inlineBase, limit: Math.max(0, inlineBase.limit - inlineUsed) };
  const managedTarget = SIZE_TARGETS.managed;
  const useInline = options.useInline !== false;

  let parts: Statement[][];
  try {
    parts = packStatements(base, statements, (i) => (useInline && i === 0 ? inlineTarget : managedTarget));
  } catch (e) {
    if (!(e instanceof PolicySizeError)) throw e;
    return { inline: undefined, managed: [], inlineSize: undefined, managedSizes: [], maxManagedPolicies: max, withinQuota: false, problem: e.message };
  }
  const build = (list: readonly Statement[]) =>
    checkedPolicy<Policy<'identity'>>('identity', { Version: base.Version, ...(base.Id === undefined ? {} : { Id: base.Id }), Statement: list }, 'managed');

  const inlinePart = useInline ? parts[0]! : [];
  const inline = inlinePart.length > 0 ? build(inlinePart) : undefined;
  const managed = (useInline ? parts.slice(1) : parts).filter((p) => p.length > 0).map(build);
  const withinQuota = managed.length <= max;
  return {
    inline,
    managed,
    inlineSize: inline?.size(inlineTarget),
    managedSizes: managed.map((p) => p.size(managedTarget)),
    maxManagedPolicies: max,
    withinQuota,
    ...(withinQuota ? {} : { problem: optimizeMessages.overQuota(managed.length, max) }),
  };
}
