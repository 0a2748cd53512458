import { isNumberValue } from '../helpers.js';
import { valueRule } from '../value-rule.js';

/** TYPE_MISMATCH_NUMBER: a value under a Numeric operator that is not a number. */
export const typeMismatchNumber = valueRule(
  'TYPE_MISMATCH_NUMBER',
  ['Numeric'],
  isNumberValue,
  'A value under a Numeric operator is not an integer or decimal number.',
  'write a number such as "3600".',
);
