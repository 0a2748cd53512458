import type { LintRule } from '../context.js';
import { ALL_KINDS } from '../helpers.js';

/** INVALID_CONDITION_MULTIPLE_BOOLEAN: more than one value under Bool. */
export const invalidConditionMultipleBoolean: LintRule = {
  code: 'INVALID_CONDITION_MULTIPLE_BOOLEAN',
  severity: 'error',
  description: 'A `Bool` condition lists more than one value; IAM rejects it (true or false, one value).',
  kinds: ALL_KINDS,
  inspects: 'conditions',
  check(ctx, report) {
    for (const s of ctx.statements)
      for (const c of s.conditions)
        if (c.op?.base === 'Bool' && c.values.length > 1)
          report(c.path, 'Bool takes exactly one value ("true" or "false"); with both the condition is always true, so remove it or keep one value.');
  },
};
