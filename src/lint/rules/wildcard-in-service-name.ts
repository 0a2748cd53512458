import type { LintRule } from '../context.js';
import { ALL_KINDS, show } from '../helpers.js';

/** WILDCARD_IN_SERVICE_NAME: `*` or `?` in the service prefix of an action. */
export const wildcardInServiceName: LintRule = {
  code: 'WILDCARD_IN_SERVICE_NAME',
  severity: 'suggestion',
  description: 'An action has a wildcard in its service prefix, which silently covers services added later.',
  kinds: ALL_KINDS,
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (!s.anyServiceWildcard) continue;
      for (const a of s.actions)
        if (a.serviceWildcard)
          report(a.path, `Action ${show(a.raw)} has a wildcard in the service prefix; name the services explicitly.`);
    }
  },
};
