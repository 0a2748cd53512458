/**
 * Conditions beside service principals in resource-based policies: RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL
 * and UNSUPPORTED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL.
 */
import type { LintRule, StatementFacts } from '../context.js';
import { principalValues, show } from '../helpers.js';
import { SOURCE_KEYS } from './restrict-access-to-service-principal.js';


/** True when every principal of the statement is a service principal. */
function onlyServices(s: StatementFacts): boolean {
  const p = s.statement.Principal;
  if (p === undefined || p === '*') return false;
  return principalValues(p, 'Service').length > 0 && (Object.keys(p) as string[]).every((t) => t === 'Service');
}

/** RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL: a service principal narrowed by another key than aws:SourceArn/SourceAccount. */
export const recommendedConditionKeyForServicePrincipal: LintRule = {
  code: 'RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL',
  severity: 'suggestion',
  description: 'A service principal is narrowed by a condition key other than the source keys (`aws:SourceArn`, `aws:SourceAccount`, `aws:SourceOrgID`, `aws:SourceOrgPaths`; such as `aws:Referer`); the source keys are the ones that stop the confused deputy.',
  kinds: ['resource'],
  decidedBy: 'Condition',
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.statement.Effect !== 'Allow' || principalValues(s.statement.Principal, 'Service').length === 0) continue;
      if (s.conditions.length === 0 || SOURCE_KEYS.some((k) => s.keys.has(k))) continue;
      const c = s.conditions[0]!;
      report(c.path, `To restrict a service principal acting on your behalf, condition on aws:SourceArn, aws:SourceAccount, aws:SourceOrgID or aws:SourceOrgPaths; ${show(c.key)} does not (keep it where the service asks for it).`);
    }
  },
};

/** Keys never in the request context of a service principal (they describe IAM principals). */
const NOT_FOR_SERVICES = ['aws:principalorgid', 'aws:principalorgpaths'];

/** UNSUPPORTED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL: `aws:PrincipalOrgID` with only service principals. */
export const unsupportedConditionKeyForServicePrincipal: LintRule = {
  code: 'UNSUPPORTED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL',
  severity: 'error',
  description: 'A statement whose principals are all service principals conditions on a key that service principals never carry (`aws:PrincipalOrgID`, `aws:PrincipalOrgPaths`, `aws:PrincipalTag/...`), so it never matches.',
  kinds: ['resource'],
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (!onlyServices(s)) continue;
      for (const c of s.conditions)
        if (NOT_FOR_SERVICES.includes(c.keyLower) || c.keyLower.startsWith('aws:principaltag/'))
          report(c.path, `Condition key ${show(c.key)} is not in the request context of a service principal (${principalValues(s.statement.Principal, 'Service').map(show).join(', ')}); use aws:SourceArn, aws:SourceAccount or aws:SourceOrgID.`);
    }
  },
};
