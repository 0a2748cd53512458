import type { LintRule } from '../context.js';
import { ALL_KINDS, show } from '../helpers.js';

/** NULL_WITH_QUALIFIER: `ForAllValues:Null` / `ForAnyValue:Null`. */
export const nullWithQualifier: LintRule = {
  code: 'NULL_WITH_QUALIFIER',
  severity: 'suggestion',
  description: '`Null` with a `ForAllValues:` or `ForAnyValue:` qualifier: the set test makes the result constant (true for ForAllValues, false for ForAnyValue); use plain `Null`.',
  kinds: ALL_KINDS,
  inspects: 'conditions',
  check(ctx, report) {
    for (const s of ctx.statements)
      for (const c of s.conditions)
        if (c.op?.family === 'Null' && c.op.qualifier !== undefined)
          report(c.operatorPath, `${show(c.operator)} always ${c.op.qualifier === 'ForAllValues' ? 'matches' : 'fails'}; write "Null" without the qualifier.`);
  },
};
