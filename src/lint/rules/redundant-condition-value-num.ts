import type { LintRule } from '../context.js';
import { ALL_KINDS, isNumberValue, show } from '../helpers.js';

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
export const redundantConditionValueNum: LintRule = {
  code: 'REDUNDANT_CONDITION_VALUE_NUM',
  severity: 'suggestion',
  description: 'A numeric bound operator (`NumericLessThan`, `NumericGreaterThanEquals`, ...) lists several values for one key; values are ORed, so only the loosest bound counts. Keep that one.',
  kinds: ALL_KINDS,
  inspects: 'conditions',
  check(ctx, report) {
    for (const s of ctx.statements)
      for (const c of s.conditions) {
        if (c.op === undefined || c.op.qualifier !== undefined || c.values.length < 2) continue;
        const dir = DIRECTION[c.op.base];
        if (dir === undefined || !c.values.every(isNumberValue)) continue;
        const nums = c.values.map(Number);
        const keep = dir === 'max' ? Math.max(...nums) : Math.min(...nums);
        report(c.path, `Values of ${show(c.key)} under ${show(c.operator)} are ORed, so only ${keep} counts; replace the list with the ${dir === 'max' ? 'greatest' : 'least'} single value ${keep}.`);
      }
  },
};
