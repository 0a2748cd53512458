import type { LintRule } from '../context.js';
import { show } from '../helpers.js';
import { wildcardMatch } from '../../model/syntax.js';

/** PASS_ROLE_WITH_STAR_IN_RESOURCE: iam:PassRole allowed on every role. */
export const passRoleWithStarInResource: LintRule = {
  code: 'PASS_ROLE_WITH_STAR_IN_RESOURCE',
  severity: 'security',
  description: '`iam:PassRole` (directly or through a wildcard such as `iam:*`) is allowed on `"*"` or with NotResource, so any role, including admin roles, can be passed to a service.',
  kinds: ['identity', 'resource'],
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.statement.Effect !== 'Allow' || s.actionElement !== 'Action') continue;
      const a = s.actions.find((x) => x.raw !== '*' && wildcardMatch(x.raw, 'iam:PassRole'));
      if (a === undefined) continue;
      if (s.resourceElement === 'NotResource') {
        report(`${s.path}.NotResource`, `${show(a.raw)} with NotResource lets any other role be passed; list the roles in Resource (arn:aws:iam::<account>:role/<name>).`);
        continue;
      }
      const star = s.resources.find((r) => r.raw === '*');
      if (star !== undefined)
        report(star.path, `${show(a.raw)} on "*" lets any role, including administrator roles, be passed to a service; list the roles (arn:aws:iam::<account>:role/<name>) and add an iam:PassedToService condition.`);
    }
  },
};
