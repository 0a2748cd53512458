import type { LintRule } from '../context.js';
import { ALL_KINDS } from '../helpers.js';
import { isNullIfExists } from './invalid-condition-operator.js';

/** NULL_WITH_IF_EXISTS: the `NullIfExists` operator, which IAM rejects. */
export const nullWithIfExists: LintRule = {
  code: 'NULL_WITH_IF_EXISTS',
  severity: 'error',
  description: '`Null` cannot take the `IfExists` suffix: `NullIfExists` is rejected by IAM.',
  kinds: ALL_KINDS,
  inspects: 'conditions',
  check(ctx, report) {
    for (const s of ctx.statements) {
      const seen = new Set<string>();
      for (const c of s.conditions) {
        if (!isNullIfExists(c.operator) || seen.has(c.operator)) continue;
        seen.add(c.operator);
        report(c.operatorPath, 'NullIfExists is not a valid operator: Null already tests whether the key exists; write "Null".');
      }
    }
  },
};
