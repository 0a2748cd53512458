import type { LintRule } from '../context.js';
import { ALL_KINDS, show } from '../helpers.js';

/**
 * S3_PREFIX_IN_NEGATIVE_CONTEXT: `s3:prefix` tested by a positive string operator in a Deny, or by a
 * negated one in an Allow. A caller lists with a shorter prefix (`priv` instead of `private/`), which
 * the value does not match, so the Deny does not apply (or the Allow does) and the objects are listed.
 */
export const s3PrefixInNegativeContext: LintRule = {
  code: 'S3_PREFIX_IN_NEGATIVE_CONTEXT',
  severity: 'security',
  description:
    '`s3:prefix` is tested in a Deny with a positive string operator (`StringLike`, `StringEquals`) or in an Allow with a negated one (`StringNotLike`): a request with a shorter prefix does not match the value and still lists the objects. Allow with `StringLike`, or Deny with `StringNotLike`.',
  kinds: ALL_KINDS,
  inspects: 'conditions',
  check(ctx, report) {
    for (const s of ctx.statements) {
      const effect = s.statement.Effect;
      if ((effect !== 'Allow' && effect !== 'Deny') || !s.keys.has('s3:prefix')) continue;
      for (const c of s.conditions) {
        if (c.keyLower !== 's3:prefix' || c.op === undefined || c.op.family !== 'String') continue;
        if ((effect === 'Deny') === c.op.negated) continue;
        report(c.path, `${show(c.operator)} on s3:prefix in ${effect === 'Deny' ? 'a Deny' : 'an Allow'} statement does not keep a caller from listing those objects with a shorter prefix; ${effect === 'Deny' ? 'deny with StringNotLike on the prefixes to allow' : 'allow with StringLike on the prefixes to allow'}.`);
      }
    }
  },
};
