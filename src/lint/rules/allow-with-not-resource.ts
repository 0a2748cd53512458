import type { LintRule } from '../context.js';

/** ALLOW_WITH_NOT_RESOURCE: Allow with NotResource grants on every other resource. */
export const allowWithNotResource: LintRule = {
  code: 'ALLOW_WITH_NOT_RESOURCE',
  severity: 'security',
  description: '`Allow` with `NotResource` grants the actions on every resource not listed, including resources created later.',
  kinds: ['identity', 'resource'],
  check(ctx, report) {
    for (const s of ctx.statements)
      if (s.statement.Effect === 'Allow' && s.resourceElement === 'NotResource')
        report(`${s.path}.NotResource`, 'Allow with NotResource grants on every resource not listed, including future ones; list the allowed resources in Resource instead.');
  },
};
