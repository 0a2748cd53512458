import type { LintRule } from '../context.js';

/**
 * ID_NOT_SUPPORTED: an `Id` in an identity-based policy. The IAM reference on the Id element: "ID is
 * allowed in resource-based policies, but not in identity-based policies". No AWS managed policy
 * has one.
 */
export const idNotSupported: LintRule = {
  code: 'ID_NOT_SUPPORTED',
  severity: 'warning',
  description: 'The policy has an Id, which the IAM documentation allows in resource-based policies but not in identity-based ones (identity policies, permissions boundaries, session policies).',
  kinds: ['identity', 'boundary', 'session'],
  check(ctx, report) {
    if (ctx.document.Id === undefined) return;
    report('Id', `The IAM documentation allows Id in resource-based policies, not in identity-based policies such as this ${ctx.kind} policy; remove the Id.`);
  },
};
