import type { LintRule } from '../context.js';
import { ALL_KINDS, hasWildcard, show } from '../helpers.js';

/** WILDCARD_IN_SERVICE_NAME: `*` or `?` in the service prefix of an action or in the service field of a resource ARN. */
export const wildcardInServiceName: LintRule = {
  code: 'WILDCARD_IN_SERVICE_NAME',
  severity: 'suggestion',
  description: 'An action has a wildcard in its service prefix, or a resource ARN in its service field (`arn:aws:*code*::111122223333:*`), which silently covers other services with similar names and services added later.',
  kinds: ALL_KINDS,
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.anyServiceWildcard)
        for (const a of s.actions)
          if (a.serviceWildcard)
            report(a.path, `Action ${show(a.raw)} has a wildcard in the service prefix; name the services explicitly.`);
      for (let i = 0; i < s.resourceTexts.length; i++) {
        const service = s.resourceTexts[i]!.arn?.service;
        if (service !== undefined && hasWildcard(service))
          report(s.resources[i]!.path, `Resource ${show(s.resourceTexts[i]!.raw)} has a wildcard in the service field; name the service.`);
      }
    }
  },
};
