import { ACTION_FLAGS, type LintRule } from '../context.js';
import { ALL_KINDS, show } from '../helpers.js';

/** WILDCARD_MATCHES_NO_ACTION: an action pattern with `*`/`?` that matches no action. */
export const wildcardMatchesNoAction: LintRule = {
  code: 'WILDCARD_MATCHES_NO_ACTION',
  severity: 'error',
  description: 'An action pattern with `*` or `?` matches no action of any service, so the entry does nothing.',
  kinds: ALL_KINDS,
  check(ctx, report) {
    for (const s of ctx.statements) {
      if ((s.actionFlags & ACTION_FLAGS.matchesNothing) === 0) continue;
      for (const a of s.actions) {
        if (!a.wildcard || a.star) continue;
        if (!a.serviceWildcard && !a.known) continue;
        if (a.data.actions.length > 0) continue;
        report(a.path, `Action pattern ${show(a.raw)} matches no action; correct the pattern or remove it.`);
      }
    }
  },
};
