/** Factories for the rules that look at each condition of a policy, and at each of its values. */
import { valuePath, type ConditionEntry, type LintRule, type Report, type StatementFacts } from './context.js';
import { ALL_KINDS } from './helpers.js';
import { valueNeverMatches } from '../model/messages.js';
import type { OperatorFamily, ParsedOperator } from '../model/operators.js';
import type { ConditionValue } from '../model/policy-document.js';
import { isFamilyValue } from '../model/values.js';

/** What {@link conditionRule} builds a rule from: the rule's fields, and the check of one condition. */
export interface ConditionRule extends Omit<LintRule, 'check' | 'kinds' | 'inspects'> {
  /** The policy kinds the rule runs on; all of them when absent. */
  readonly kinds?: LintRule['kinds'];
  /** Looks at one condition (a key under an operator) of statement `s` and reports what is wrong with it. */
  readonly each: (c: ConditionEntry, report: Report, s: StatementFacts) => void;
}

/**
 * Builds a rule that looks at each condition of every statement on its own (the rule is skipped on
 * a policy without conditions): the one walk of the per-condition rules.
 *
 * @example
 * ```ts
 * import { conditionRule } from './value-rule.js';
 * export const example = conditionRule({
 *   code: 'EXAMPLE',
 *   severity: 'warning',
 *   description: 'A condition tests aws:userid.',
 *   each(c, report) {
 *     if (c.keyLower === 'aws:userid') report(c.path, 'aws:userid is tested.');
 *   },
 * });
 * ```
 */
export function conditionRule({ each, kinds = ALL_KINDS, ...rule }: ConditionRule): LintRule {
  return {
    ...rule,
    kinds,
    inspects: 'conditions',
    check(ctx, report) {
      for (const s of ctx.statements) for (const c of s.conditions) each(c, report, s);
    },
  };
}

/** What {@link conditionValueRule} builds a rule from. */
export interface ConditionValueRule {
  readonly code: string;
  readonly severity: LintRule['severity'];
  readonly description: string;
  readonly aliases?: readonly string[];
  /** The operator families whose values are checked. */
  readonly families: readonly OperatorFamily[];
  /** The finding's message for one value, or `undefined` when the value has none. */
  readonly message: (v: ConditionValue, c: ConditionEntry & { readonly op: ParsedOperator }) => string | undefined;
}

/**
 * Builds a rule that looks at each value of every condition whose operator is of `families` and
 * reports, at the value's path, what `message` says of it: the one walk of the per-value rules
 * (type mismatches, IP ranges, epoch dates).
 */
export function conditionValueRule(rule: ConditionValueRule): LintRule {
  const { code, severity, description, aliases, families, message } = rule;
  return conditionRule({
    code,
    ...(aliases === undefined ? {} : { aliases }),
    severity,
    description,
    each(c, report) {
      const op = c.op;
      if (op === undefined || !families.includes(op.family)) return;
      const entry = c as ConditionEntry & { readonly op: ParsedOperator };
      c.values.forEach((v, i) => {
        const m = message(v, entry);
        if (m !== undefined) report(valuePath(c, i), m);
      });
    },
  });
}

/**
 * Builds a rule reporting every value under an operator of `families` that the family's parser
 * rejects (the model's `isFamilyValue`, as the builder checks; Access Analyzer: General Warning, an Error for IP ranges).
 */
export function valueRule(code: string, families: readonly OperatorFamily[], description: string, aliases?: readonly string[], severity: 'warning' | 'error' = 'warning'): LintRule {
  return conditionValueRule({
    code,
    severity,
    description,
    ...(aliases === undefined ? {} : { aliases }),
    families,
    // a policy variable outside String and ARN values is compared as written: never matches either
    message: (v, c) => (isFamilyValue(c.op.family, v) ? undefined : valueNeverMatches(v, c.operator, c.op.family)),
  });
}
