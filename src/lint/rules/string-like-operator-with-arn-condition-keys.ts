import { show } from '../helpers.js';
import { conditionRule } from '../value-rule.js';

/**
 * STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS: `StringLike`/`StringNotLike` on a key of type ARN.
 * A string wildcard also matches colons, so `arn:aws:iam::*:role/app-*` under StringLike crosses ARN
 * fields that ArnLike keeps apart. Access Analyzer reports it as a security warning (seen on AWS managed
 * policies: StringLike on `iam:AssociatedResourceArn`, StringNotLike on `aws:PrincipalArn`).
 */
export const stringLikeOperatorWithArnConditionKeys = conditionRule({
  code: 'STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS',
  severity: 'security',
  description: '`StringLike` or `StringNotLike` tests a condition key of type ARN; its `*` also matches across the colons between ARN fields, where `ArnLike`/`ArnNotLike` match field by field.',
  each(c, report) {
    if (c.op === undefined || (c.op.base !== 'StringLike' && c.op.base !== 'StringNotLike')) return;
    const type = c.info?.type;
    if (type !== 'ARN' && type !== 'ArrayOfARN') return;
    const arn = c.operator.replace(c.op.base, c.op.base === 'StringLike' ? 'ArnLike' : 'ArnNotLike');
    report(c.path, `${show(c.key)} is an ARN: use ${show(arn)} instead of ${show(c.operator)}, whose wildcards also match across the colons between ARN fields.`);
  },
});
