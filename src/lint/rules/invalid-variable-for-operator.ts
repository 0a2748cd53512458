import type { LintRule } from '../context.js';
import { ALL_KINDS, show, variables } from '../helpers.js';

/** INVALID_VARIABLE_FOR_OPERATOR: a policy variable under an operator other than String or ARN. */
export const invalidVariableForOperator: LintRule = {
  code: 'INVALID_VARIABLE_FOR_OPERATOR',
  severity: 'error',
  description: 'A policy variable appears in a value of an operator that does not substitute variables (only String and ARN operators do).',
  kinds: ALL_KINDS,
  inspects: 'conditions',
  check(ctx, report) {
    for (const s of ctx.statements)
      for (const c of s.conditions) {
        if (c.op === undefined || c.op.family === 'String' || c.op.family === 'ARN') continue;
        const v = c.values.find((x) => typeof x === 'string' && variables(x).length > 0);
        if (v !== undefined)
          report(c.path, `Operator ${show(c.operator)} does not substitute policy variables, so ${show(v)} is compared literally; only String and ARN operators support variables.`);
      }
  },
};
