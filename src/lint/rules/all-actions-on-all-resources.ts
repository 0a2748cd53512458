import type { LintRule } from '../context.js';

/** ALL_ACTIONS_ON_ALL_RESOURCES: Allow "*" on "*" without conditions (full administrator access). */
export const allActionsOnAllResources: LintRule = {
  code: 'ALL_ACTIONS_ON_ALL_RESOURCES',
  severity: 'security',
  description: '`Allow` of `"Action": "*"` on `"Resource": "*"` without conditions grants full administrator access.',
  kinds: ['identity', 'resource'],
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (!s.anyStar || s.statement.Effect !== 'Allow' || s.statement.Condition !== undefined) continue;
      const a = s.actions.find((x) => x.raw === '*');
      if (s.actionElement !== 'Action' || a === undefined) continue;
      if (s.resourceElement === 'Resource' && s.resources.some((r) => r.raw === '*'))
        report(a.path, 'Action "*" on Resource "*" grants full administrator access; grant the services and actions the principal needs.');
    }
  },
};
