import { narrowsKey, type LintRule } from '../context.js';
import { principalValues, show } from '../helpers.js';

/** The keys that name the source a service acts for (lower case). */
export const SOURCE_KEYS: readonly string[] = ['aws:sourcearn', 'aws:sourceaccount', 'aws:sourceorgid', 'aws:sourceorgpaths', 'aws:sourceowner'];

/** RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL: a service principal in a resource policy without a source condition. */
export const restrictAccessToServicePrincipal: LintRule = {
  code: 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL',
  severity: 'security',
  description: 'A resource policy allows a service principal without a condition that limits `aws:SourceArn`/`aws:SourceAccount` (or `aws:SourceOrgID`) to listed values, so the service may act for any customer (confused deputy).',
  kinds: ['resource'],
  decidedBy: 'Condition',
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.statement.Effect !== 'Allow') continue;
      const services = principalValues(s.statement.Principal, 'Service');
      // a negated or IfExists test names no source (services send the source keys only for some requests)
      if (services.length === 0 || SOURCE_KEYS.some((k) => narrowsKey(s, k))) continue;
      report(
        `${s.path}.Principal.Service`,
        `Service principal ${services.map(show).join(', ')} is allowed for requests made on behalf of any account; add a condition on aws:SourceArn or aws:SourceAccount (or aws:SourceOrgID).`,
      );
    }
  },
};
