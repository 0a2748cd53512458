import { isBase64Value } from '../helpers.js';
import { valueRule } from '../value-rule.js';

/** TYPE_MISMATCH_STRING (formerly TYPE_MISMATCH_BASE64): a value under BinaryEquals that is not base64. */
export const typeMismatchString = valueRule(
  'TYPE_MISMATCH_STRING',
  ['Binary'],
  isBase64Value,
  'A value under `BinaryEquals` is not base64-encoded.',
  'BinaryEquals compares base64-encoded bytes; encode the value as base64.',
  ['TYPE_MISMATCH_BASE64'],
);
