import { show } from '../helpers.js';
import { conditionRule } from '../value-rule.js';

/** NULL_WITH_QUALIFIER: `ForAllValues:Null` / `ForAnyValue:Null`. */
export const nullWithQualifier = conditionRule({
  code: 'NULL_WITH_QUALIFIER',
  severity: 'suggestion',
  description: '`Null` with a `ForAllValues:` or `ForAnyValue:` qualifier: the set test makes the result constant (true for ForAllValues, false for ForAnyValue); use plain `Null`.',
  each(c, report) {
    if (c.op?.family === 'Null' && c.op.qualifier !== undefined)
      report(c.operatorPath, `${show(c.operator)} always ${c.op.qualifier === 'ForAllValues' ? 'matches' : 'fails'}; write "Null" without the qualifier.`);
  },
});
