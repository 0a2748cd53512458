import { valueRule } from '../value-rule.js';

/** TYPE_MISMATCH_STRING (formerly TYPE_MISMATCH_BASE64): a value under BinaryEquals that is not base64. */
export const typeMismatchString = valueRule('TYPE_MISMATCH_STRING', ['Binary'], 'A value under `BinaryEquals` is not base64-encoded.', ['TYPE_MISMATCH_BASE64']);
