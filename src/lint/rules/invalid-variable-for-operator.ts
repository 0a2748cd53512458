import { show, variables } from '../helpers.js';
import { conditionRule } from '../value-rule.js';

/** INVALID_VARIABLE_FOR_OPERATOR: a policy variable under an operator other than String or ARN. */
export const invalidVariableForOperator = conditionRule({
  code: 'INVALID_VARIABLE_FOR_OPERATOR',
  severity: 'error',
  description: 'A policy variable appears in a value of an operator that does not substitute variables (only String and ARN operators do).',
  each(c, report) {
    if (c.op === undefined || c.op.family === 'String' || c.op.family === 'ARN') return;
    const v = c.values.find((x) => typeof x === 'string' && variables(x).length > 0);
    if (v !== undefined)
      report(c.path, `Operator ${show(c.operator)} does not substitute policy variables, so ${show(v)} is compared literally; only String and ARN operators support variables.`);
  },
});
