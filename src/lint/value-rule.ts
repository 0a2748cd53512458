/** Factory for the rules that check condition values against their operator family. */
import { valuePath, type LintRule } from './context.js';
import { ALL_KINDS } from './helpers.js';
import { valueNeverMatches } from '../model/messages.js';
import type { OperatorFamily } from '../model/operators.js';
import { isFamilyValue } from '../model/values.js';

/**
 * Builds a rule reporting every value under an operator of `families` that the family's parser
 * rejects (the model's `isFamilyValue`, as the builder checks; Access Analyzer: General Warning, an Error for IP ranges).
 */
export function valueRule(code: string, families: readonly OperatorFamily[], description: string, aliases?: readonly string[], severity: 'warning' | 'error' = 'warning'): LintRule {
  return {
    code,
    ...(aliases === undefined ? {} : { aliases }),
    severity,
    description,
    kinds: ALL_KINDS,
    inspects: 'conditions',
    check(ctx, report) {
      for (const s of ctx.statements)
        for (const c of s.conditions) {
          const op = c.op;
          if (op === undefined || !families.includes(op.family)) continue;
          c.values.forEach((v, i) => {
            // a policy variable outside String and ARN values is compared as written: never matches either
            if (!isFamilyValue(op.family, v)) report(valuePath(c, i), valueNeverMatches(v, c.operator, op.family));
          });
        }
    },
  };
}
