import { show } from '../helpers.js';
import { matchesMissingKey } from '../../model/operators.js';
import { parseBool } from '../../model/values.js';
import { conditionRule } from '../value-rule.js';

/**
 * INVALID_CONDITION_MULTIPLE_BOOLEAN: more than one value under Bool. The reference says only that the
 * key does not support several Boolean values and that the match may surprise; with both values the
 * condition tests the key's presence (false when the key is missing, unless the missing-key table says
 * otherwise), so the message says that much and no more.
 */
export const invalidConditionMultipleBoolean = conditionRule({
  code: 'INVALID_CONDITION_MULTIPLE_BOOLEAN',
  severity: 'error',
  description: 'A `Bool` condition lists more than one value; IAM rejects it (true or false, one value).',
  each(c, report) {
    const op = c.op;
    if (op?.base !== 'Bool' || c.values.length < 2) return;
    const read = new Set(c.values.map((v) => parseBool(v)));
    const both = read.has(true) && read.has(false);
    const what = !both
      ? ''
      : matchesMissingKey(op, c.values)
        ? '; with both it always matches'
        : `; with both it matches whenever ${show(c.key)} is present and never when it is missing`;
    report(c.path, `${c.operator} takes a single value ("true" or "false"), not a list${what}. Keep one value.`);
  },
});
