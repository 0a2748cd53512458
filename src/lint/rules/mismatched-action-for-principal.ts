import type { LintRule } from '../context.js';
import { wildcardMatch } from '../../model/match.js';
import { hasSamlProvider, oidcProviders } from '../federated.js';

/** MISMATCHED_ACTION_FOR_PRINCIPAL: federated principals with an sts action they cannot use. */
export const mismatchedActionForPrincipal: LintRule = {
  code: 'MISMATCHED_ACTION_FOR_PRINCIPAL',
  severity: 'error',
  description: 'A trust policy names an OIDC/web identity provider without `sts:AssumeRoleWithWebIdentity`, or a SAML provider without `sts:AssumeRoleWithSAML`, so the provider\'s users cannot assume the role.',
  kinds: ['trust'],
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.statement.Effect !== 'Allow' || s.actionElement !== 'Action') continue;
      const allows = (action: string) => s.actions.some((a) => wildcardMatch(a.raw, action));
      if (oidcProviders(s).length > 0 && !allows('sts:AssumeRoleWithWebIdentity'))
        report(`${s.path}.Action`, 'An OIDC / web identity provider is trusted, but users of that provider call sts:AssumeRoleWithWebIdentity; add it to Action.');
      if (hasSamlProvider(s) && !allows('sts:AssumeRoleWithSAML'))
        report(`${s.path}.Action`, 'A SAML provider is trusted, but its users call sts:AssumeRoleWithSAML; add it to Action.');
    }
  },
};
