import { valueRule } from '../value-rule.js';

/** TYPE_MISMATCH_ARN: a value under an ARN operator that is neither an ARN pattern nor `*`. */
export const typeMismatchArn = valueRule(
  'TYPE_MISMATCH_ARN',
  ['ARN'],
  'A value under an ARN operator (`ArnLike`, `ArnEquals`, ...) is neither an ARN (`arn:partition:service:region:account:resource`, wildcards allowed) nor `*`, so it never matches.',
);
