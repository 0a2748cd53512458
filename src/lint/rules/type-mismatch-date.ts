import { valueRule } from '../value-rule.js';

/** TYPE_MISMATCH_DATE: a value under a Date operator that is not a date. */
export const typeMismatchDate = valueRule(
  'TYPE_MISMATCH_DATE',
  ['Date'],
  'A value under a Date operator is neither an ISO 8601 date (`2026-01-31`, `2026-01-31T12:00:00Z`) nor UNIX epoch seconds.',
);
