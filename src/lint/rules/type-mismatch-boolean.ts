import { valueRule } from '../value-rule.js';

/** TYPE_MISMATCH_BOOLEAN: a value other than true/false under Bool or Null. */
export const typeMismatchBoolean = valueRule('TYPE_MISMATCH_BOOLEAN', ['Bool', 'Null'], 'A value under `Bool` or `Null` is not `true` or `false`.');
