import { valueRule } from '../value-rule.js';

/** TYPE_MISMATCH_NUMBER: a value under a Numeric operator that is not a number. */
export const typeMismatchNumber = valueRule('TYPE_MISMATCH_NUMBER', ['Numeric'], 'A value under a Numeric operator is not an integer or decimal number.');
