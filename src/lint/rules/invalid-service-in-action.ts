import { didYouMean, suggestActions, suggestServices } from '../../catalog/index.js';
import { clientServices } from '../../catalog/suggest.js';
import { actionSlip } from '../../model/syntax.js';
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
        // a pattern written with a `.` for the colon (`s3.Get*`) is suggested as the pattern it stands for
        const suggested = a.wildcard && actionSlip(a.raw) === undefined ? suggestServices(a.service) : suggestActions(a.raw);
        // the suggestion names a service the written prefix names as an SDK client does (`bedrock-runtime`)
        const client = !a.wildcard && suggested.length > 0 && clientServices(a.service).includes(suggested[0]!.slice(0, suggested[0]!.indexOf(':')));
        report(
          a.path,
          `Service prefix ${show(a.service)} in ${show(a.raw)} is not a known AWS service.${didYouMean(suggested)}${client ? ` ${show(a.service)} is the name of an SDK client or endpoint; IAM names the action by its service.` : ' Check the spelling against the Service Authorization Reference or remove the entry.'}`,
        );
      }
    }
  },
};
