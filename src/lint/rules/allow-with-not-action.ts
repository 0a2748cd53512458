import type { LintRule } from '../context.js';

/** ALLOW_WITH_NOT_ACTION: Allow with NotAction grants every other action, including future ones. */
export const allowWithNotAction: LintRule = {
  code: 'ALLOW_WITH_NOT_ACTION',
  severity: 'security',
  description: '`Allow` with `NotAction` grants every action not listed, including actions AWS adds later.',
  kinds: ['identity', 'resource'],
  check(ctx, report) {
    for (const s of ctx.statements)
      if (s.statement.Effect === 'Allow' && s.actionElement === 'NotAction')
        report(`${s.path}.NotAction`, 'Allow with NotAction grants every action not listed, including services and actions added later; list the allowed actions in Action, or use Deny with NotAction.');
  },
};
