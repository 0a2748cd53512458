import { rcpSupportedServices } from '../../catalog/index.js';
import type { LintRule } from '../context.js';
import { show } from '../helpers.js';
import { wildcardMatch } from '../../model/match.js';

/** RCP_SYNTAX_ERROR_ACTION: an RCP action of a service that RCPs do not support. */
export const rcpSyntaxErrorAction: LintRule = {
  code: 'RCP_SYNTAX_ERROR_ACTION',
  severity: 'error',
  description: 'A resource control policy names an action of a service that RCPs do not support; RCPs only apply to the services AWS lists.',
  kinds: ['rcp'],
  check(ctx, report) {
    const supported = rcpSupportedServices();
    for (const s of ctx.statements)
      for (const a of s.actions) {
        if (a.raw === '*') continue;
        const ok = a.serviceWildcard ? supported.some((x) => wildcardMatch(a.service, x)) : supported.includes(a.service);
        if (!ok) report(a.path, `Service ${show(a.service)} is not supported by resource control policies, so ${show(a.raw)} has no effect; RCPs cover ${supported.slice(0, 6).join(', ')}, ...`);
      }
  },
};
