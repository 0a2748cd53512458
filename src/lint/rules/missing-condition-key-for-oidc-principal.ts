import type { LintRule } from '../context.js';
import { show } from '../helpers.js';
import { isGitHubHost, oidcProviders } from '../federated.js';

/** MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL: an OIDC provider trusted without `aud` or `sub`. */
export const missingConditionKeyForOidcPrincipal: LintRule = {
  code: 'MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL',
  severity: 'security',
  description: 'A role trusts an OIDC / web identity provider without a condition on `<provider>:aud` or `<provider>:sub`, so any identity of that provider (any app, any tenant) can assume it.',
  kinds: ['trust', 'resource'],
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.statement.Effect !== 'Allow') continue;
      for (const p of oidcProviders(s)) {
        if (isGitHubHost(p.host)) continue; // MISSING_GITHUB_REPO_CONDITION_KEY
        if (s.keys.has(`${p.host}:aud`) || s.keys.has(`${p.host}:sub`)) continue;
        report(
          `${s.path}.Principal.Federated[${p.index}]`,
          `Any identity of OIDC provider ${show(p.host)} can assume this role; add conditions on "${p.host}:aud" (your client id) and "${p.host}:sub" (the subject).`,
        );
      }
    }
  },
};
