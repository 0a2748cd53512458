import type { LintRule } from '../context.js';
import { ALL_KINDS, show } from '../helpers.js';

/**
 * STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS: `StringLike`/`StringNotLike` on a key of type ARN.
 * A string wildcard also matches colons, so `arn:aws:iam::*:role/app-*` under StringLike crosses ARN
 * fields that ArnLike keeps apart. Access Analyzer reports it as a security warning (seen on AWS managed
 * policies: StringLike on `iam:AssociatedResourceArn`, StringNotLike on `aws:PrincipalArn`).
 */
export const stringLikeOperatorWithArnConditionKeys: LintRule = {
  code: 'STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS',
  severity: 'security',
  description: '`StringLike` or `StringNotLike` tests a condition key of type ARN; its `*` also matches across the colons between ARN fields, where `ArnLike`/`ArnNotLike` match field by field.',
  kinds: ALL_KINDS,
  inspects: 'conditions',
  check(ctx, report) {
    for (const s of ctx.statements)
      for (const c of s.conditions) {
        if (c.op === undefined || (c.op.base !== 'StringLike' && c.op.base !== 'StringNotLike')) continue;
        const type = c.info?.type;
        if (type !== 'ARN' && type !== 'ArrayOfARN') continue;
        const arn = c.operator.replace(c.op.base, c.op.base === 'StringLike' ? 'ArnLike' : 'ArnNotLike');
        report(c.path, `${show(c.key)} is an ARN: use ${show(arn)} instead of ${show(c.operator)}, whose wildcards also match across the colons between ARN fields.`);
      }
  },
};
