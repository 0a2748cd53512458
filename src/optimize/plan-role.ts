/** `planRole`: spread a role's permissions over its inline policy and managed policies, exactly. */
import { SIZE_TARGETS, type SizeTarget } from '../emit/size-targets.js';
import type { SizeReport } from '../emit/size.js';
import type { PolicyDocument, Statement } from '../model/policy-document.js';
import { createPolicy, type StatementSource } from '../policy/policy.js';
import type { Policy } from '../policy/types.js';
import { optimizeMessages } from './messages.js';
import { minimizeStatements, type MinimizeOptions, type PolicyLike } from './minimize.js';
import { firstFit, measurePieces } from './pack.js';
import { uniqueSids } from './split.js';

/** Options of {@link planRole}. */
export interface RolePlanOptions {
  /** Managed policies the role may have attached (IAM quota, 10 by default). Default `10`. */
  readonly maxManagedPolicies?: number;
  /** Characters already used by other inline policies of the role (the 10,240 limit is a sum). Default `0`. */
  readonly inlineUsed?: number;
  /** Put statements in an inline policy first. Default `true`; `false` plans managed policies only. */
  readonly useInline?: boolean;
  /** Minimize the statements first (never changes a decision). Default `false`. */
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
  /** Says what to do when the plan is not within quota. */
  readonly problem?: string;
}

function toStatement(s: Statement | StatementSource): Statement {
  return typeof (s as StatementSource).toStatement === 'function' ? (s as StatementSource).toStatement() : (s as Statement);
}

/**
 * Plans a role's permission policies by exact size: statements fill the inline policy up to the
 * 10,240-character limit (minus `inlineUsed`), then managed policies of up to 6,144 characters each,
 * first-fit in statement order. Reports (does not throw) when more managed policies would be needed
 * than the role may have; throws `PolicySizeError` for a statement that fits no policy on its own.
 *
 * @example
 * ```ts
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
  const base: PolicyDocument = fromPolicy
    ? (input as PolicyLike).document
    : { Version: '2012-10-17', Statement: (input as readonly (Statement | StatementSource)[]).map(toStatement) };
  // check the statements once, as one identity policy
  const whole = createPolicy('identity', base);
  let statements: Statement[] = whole.document.Statement.slice();
  if (options.minimize !== undefined && options.minimize !== false)
    statements = minimizeStatements(statements, options.minimize === true ? {} : options.minimize);
  statements = uniqueSids(statements);

  const max = Math.max(0, Math.floor(options.maxManagedPolicies ?? 10));
  const inlineBase = SIZE_TARGETS['inline-role'];
  const inlineTarget: SizeTarget = { ...inlineBase, limit: Math.max(0, inlineBase.limit - (options.inlineUsed ?? 0)) };
  const managedTarget = SIZE_TARGETS.managed;
  const useInline = options.useInline !== false;

  const measured = measurePieces(base, statements);
  const parts = firstFit(statements, measured, (i) => (useInline && i === 0 ? inlineTarget : managedTarget));
  const build = (indices: readonly number[]) =>
    createPolicy('identity', {
      Version: base.Version,
      ...(base.Id === undefined ? {} : { Id: base.Id }),
      Statement: indices.map((i) => statements[i]!),
    });

  const inline = useInline && parts.length > 0 ? build(parts[0]!) : undefined;
  const managed = (useInline ? parts.slice(1) : parts).map(build);
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
