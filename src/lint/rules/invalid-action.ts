import { catalogVersion, didYouMean, suggestActions } from '../../catalog/index.js';
import { ACTION_FLAGS, type LintRule } from '../context.js';
import { ALL_KINDS, show } from '../helpers.js';

/** INVALID_ACTION: an action of a known service that the catalog does not list. */
export const invalidAction: LintRule = {
  code: 'INVALID_ACTION',
  severity: 'error',
  description: 'An action (without wildcards) does not exist in its service, for example a typo or an action AWS has removed.',
  kinds: ALL_KINDS,
  check(ctx, report) {
    for (const s of ctx.statements) {
      if ((s.actionFlags & ACTION_FLAGS.unknownAction) === 0) continue;
      for (const a of s.actions) {
        if (a.wildcard || a.data.actions.length > 0 || !a.known) continue;
        report(
          a.path,
          `Action ${show(a.raw)} does not exist in service ${show(a.service)} (AWS catalog of ${catalogVersion.date}).${didYouMean(suggestActions(a.raw))} Fix the spelling or remove it.`,
        );
      }
    }
  },
};
