/** Factory for the rules that check condition values against their operator family. */
import { valuePath, type LintRule } from './context.js';
import { ALL_KINDS, show, variables } from './helpers.js';
import type { OperatorFamily } from '../model/operators.js';
import type { ConditionValue } from '../model/policy-document.js';

/** Builds a rule reporting every value under an operator of `families` that `valid` rejects (Access Analyzer: General Warning). */
export function valueRule(
  code: string,
  families: readonly OperatorFamily[],
  valid: (v: ConditionValue) => boolean,
  description: string,
  advice: string,
  aliases?: readonly string[],
): LintRule {
  return {
    code,
    ...(aliases === undefined ? {} : { aliases }),
    severity: 'warning',
    description,
    kinds: ALL_KINDS,
    inspects: 'conditions',
    check(ctx, report) {
      for (const s of ctx.statements)
        for (const c of s.conditions) {
          if (c.op === undefined || !families.includes(c.op.family)) continue;
          c.values.forEach((v, i) => {
            if (typeof v === 'string' && variables(v).length > 0) return;
            if (!valid(v)) report(valuePath(c, i), `Value ${show(v)} under ${show(c.operator)} never matches: ${advice}`);
          });
        }
    },
  };
}
