import type { LintRule } from '../context.js';
import { isPublicPrincipal } from '../helpers.js';

/** PUBLIC_PRINCIPAL_WITHOUT_CONDITION: Principal "*" in an Allow without any condition. */
export const publicPrincipalWithoutCondition: LintRule = {
  code: 'PUBLIC_PRINCIPAL_WITHOUT_CONDITION',
  severity: 'security',
  description: 'An `Allow` names the public principal `"*"` without conditions, so anyone, including anonymous callers, is granted access.',
  kinds: ['resource', 'trust'],
  decidedBy: 'Condition',
  check(ctx, report) {
    for (const s of ctx.statements)
      if (s.statement.Effect === 'Allow' && s.statement.Condition === undefined && isPublicPrincipal(s.statement.Principal))
        report(`${s.path}.Principal`, 'Principal "*" without conditions allows anyone, anonymous callers included; name the principals or add conditions such as aws:PrincipalOrgID or aws:SourceVpce.');
  },
};
