import type { LintRule } from '../context.js';

/** ALLOW_WITH_NOT_PRINCIPAL: Allow with NotPrincipal grants everyone else, including anonymous callers. */
export const allowWithNotPrincipal: LintRule = {
  code: 'ALLOW_WITH_NOT_PRINCIPAL',
  severity: 'security',
  description: '`Allow` with `NotPrincipal` grants access to every principal not listed, including anonymous callers.',
  kinds: ['resource', 'trust', 'endpoint'],
  check(ctx, report) {
    for (const s of ctx.statements)
      if (s.statement.Effect === 'Allow' && s.statement.NotPrincipal !== undefined)
        report(`${s.path}.NotPrincipal`, 'Allow with NotPrincipal grants everyone not listed, anonymous callers included; name the allowed principals in Principal.');
  },
};
