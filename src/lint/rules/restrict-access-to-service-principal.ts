import type { LintRule } from '../context.js';
import { principalValues, show } from '../helpers.js';

const SOURCE_KEYS = ['aws:sourcearn', 'aws:sourceaccount', 'aws:sourceorgid', 'aws:sourceorgpaths', 'aws:sourceowner'];

/** RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL: a service principal in a resource policy without a source condition. */
export const restrictAccessToServicePrincipal: LintRule = {
  code: 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL',
  severity: 'security',
  description: 'A resource policy allows a service principal without `aws:SourceArn`/`aws:SourceAccount` (or `aws:SourceOrgID`), so the service may act for any customer (confused deputy).',
  kinds: ['resource'],
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.statement.Effect !== 'Allow') continue;
      const services = principalValues(s.statement.Principal, 'Service');
      if (services.length === 0 || SOURCE_KEYS.some((k) => s.keys.has(k))) continue;
      report(
        `${s.path}.Principal.Service`,
        `Service principal ${services.map(show).join(', ')} is allowed for requests made on behalf of any account; add a condition on aws:SourceArn or aws:SourceAccount (or aws:SourceOrgID).`,
      );
    }
  },
};
