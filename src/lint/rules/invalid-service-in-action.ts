import { didYouMean, suggestActions, suggestServices } from '../../catalog/index.js';
import { ACTION_FLAGS, type LintRule } from '../context.js';
import { ALL_KINDS, show } from '../helpers.js';

/**
 * INVALID_SERVICE_IN_ACTION: an action names a service prefix AWS does not have (Access Analyzer's
 * code for it, as ValidatePolicy returns it). This rule was once INVALID_SERVICE, which now names
 * Access Analyzer's own check of an ARN's service (rules/invalid-service.ts), so it is no alias here.
 */
export const invalidServiceInAction: LintRule = {
  code: 'INVALID_SERVICE_IN_ACTION',
  severity: 'error',
  description: 'An action names a service prefix that does not exist, so the entry matches nothing.',
  kinds: ALL_KINDS,
  check(ctx, report) {
    for (const s of ctx.statements) {
      if ((s.actionFlags & ACTION_FLAGS.unknownService) === 0) continue;
      for (const a of s.actions) {
        if (a.star || a.serviceWildcard || a.known) continue;
        report(a.path, `Service prefix ${show(a.service)} in ${show(a.raw)} is not a known AWS service.${didYouMean(a.wildcard ? suggestServices(a.service) : suggestActions(a.raw))} Check the spelling against the Service Authorization Reference or remove the entry.`);
      }
    }
  },
};
