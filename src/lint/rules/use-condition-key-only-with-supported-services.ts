import type { ActionText, LintRule } from '../context.js';
import { ALL_KINDS, show } from '../helpers.js';
import { VPCE_KEY_EXCEPT_ACTIONS, VPCE_KEY_SERVICES, VPCE_KEY_SERVICES_SOURCE } from '../vpce-key-services.js';

/**
 * True when the action entry can name an action of a service that supports the key: its service is
 * listed (and it is not only an excluded action, such as `iam:PassRole`), or its service is a wildcard
 * (`*`, `s3*:Get*`), which may stand for a listed one.
 */
function canBeSupported(a: ActionText, services: ReadonlySet<string>): boolean {
  if (a.star || a.serviceWildcard) return true;
  return services.has(a.service) && !VPCE_KEY_EXCEPT_ACTIONS.has(a.lower);
}

/**
 * USE_CONDITION_KEY_ONLY_WITH_SUPPORTED_SERVICES ("General Warning – Use condition key only with supported
 * services": "The condition key {{key}} works only with specific AWS services and must be scoped to supported
 * services in your policies"; its related terms are `aws:VpceAccount`, `aws:VpceOrgID` and `aws:VpceOrgPaths`).
 * The services come from the global condition keys page ({@link VPCE_KEY_SERVICES}).
 */
export const useConditionKeyOnlyWithSupportedServices: LintRule = {
  code: 'USE_CONDITION_KEY_ONLY_WITH_SUPPORTED_SERVICES',
  severity: 'warning',
  description: `A statement tests \`aws:VpceAccount\`, \`aws:VpceOrgID\` or \`aws:VpceOrgPaths\` and none of its actions is of a service the IAM User Guide lists as supporting that key (global condition keys page, each key's "Availability"; lists read ${VPCE_KEY_SERVICES_SOURCE.read}; \`iam:PassRole\` is excluded). The key is not in the request context of other services, so the condition does not do what it says ("Using this key with unsupported services can lead to unintended authorization results"). Statements with \`NotAction\` or a wildcard in an action's service are not reported.`,
  kinds: ALL_KINDS,
  inspects: 'conditions',
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.actionElement !== 'Action' || s.actionTexts.length === 0) continue;
      for (const c of s.conditions) {
        const services = VPCE_KEY_SERVICES.get(c.keyLower);
        if (services === undefined || s.actionTexts.some((a) => canBeSupported(a, services))) continue;
        report(
          c.path,
          `The condition key ${show(c.key)} works only with specific AWS services, and none of this statement's actions is of one (${[...new Set(s.actionTexts.map((a) => a.service))].slice(0, 5).map(show).join(', ')}); scope it to a supported service (such as "s3", "kms" or "lambda"; see ${VPCE_KEY_SERVICES_SOURCE.url}).`,
        );
      }
    }
  },
};
