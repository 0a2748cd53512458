import { isNumberValue, show } from '../helpers.js';
import { conditionRule } from '../value-rule.js';

const DIRECTION: { readonly [base: string]: 'max' | 'min' } = {
  NumericLessThan: 'max',
  NumericLessThanEquals: 'max',
  NumericGreaterThan: 'min',
  NumericGreaterThanEquals: 'min',
};

/**
 * REDUNDANT_CONDITION_VALUE_NUM: several values under a numeric bound operator. The values of one
 * key are ORed, so `NumericLessThan [2700, 3600]` is `NumericLessThan 3600`.
 */
export const redundantConditionValueNum = conditionRule({
  code: 'REDUNDANT_CONDITION_VALUE_NUM',
  severity: 'suggestion',
  description: 'A numeric bound operator (`NumericLessThan`, `NumericGreaterThanEquals`, ...) lists several values for one key; values are ORed, so only the loosest bound counts. Keep that one.',
  each(c, report) {
    if (c.op === undefined || c.op.qualifier !== undefined || c.values.length < 2) return;
    const dir = DIRECTION[c.op.base];
    if (dir === undefined || !c.values.every(isNumberValue)) return;
    const nums = c.values.map(Number);
    const keep = dir === 'max' ? Math.max(...nums) : Math.min(...nums);
    report(c.path, `Values of ${show(c.key)} under ${show(c.operator)} are ORed, so only ${keep} counts; replace the list with the ${dir === 'max' ? 'greatest' : 'least'} single value ${keep}.`);
  },
});
