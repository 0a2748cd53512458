import { narrowsKey, type LintRule, type StatementFacts } from '../context.js';
import { show } from '../helpers.js';
import { isGitHubHost, oidcProviders } from '../federated.js';

/**
 * True when a condition limits a key of the provider (`<host>:aud`, `<host>:sub`, `<host>:amr`, ...) to
 * listed values: Access Analyzer asks for "condition keys with a prefix that matches your federated
 * OIDC principals". `aud` and `sub` are in every token, so IfExists narrows them too.
 */
function narrowedByProvider(s: StatementFacts, host: string): boolean {
  const prefix = `${host}:`;
  for (const k of s.keys) if (k.startsWith(prefix) && narrowsKey(s, k, k === `${prefix}aud` || k === `${prefix}sub`)) return true;
  return false;
}

/** MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL: an OIDC provider trusted without `aud` or `sub`. */
export const missingConditionKeyForOidcPrincipal: LintRule = {
  code: 'MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL',
  severity: 'security',
  description: 'A role trusts an OIDC / web identity provider without a condition that limits one of its keys (`<provider>:aud`, `<provider>:sub`, ...) to listed values, so any identity of that provider (any app, any tenant) can assume it.',
  kinds: ['trust', 'resource'],
  decidedBy: 'Condition',
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.statement.Effect !== 'Allow') continue;
      for (const p of oidcProviders(s)) {
        if (isGitHubHost(p.host)) continue; // MISSING_GITHUB_REPO_CONDITION_KEY
        if (narrowedByProvider(s, p.host)) continue;
        report(
          `${s.path}.Principal.Federated[${p.index}]`,
          `Any identity of OIDC provider ${show(p.host)} can assume this role; add conditions on "${p.host}:aud" (your client id) and "${p.host}:sub" (the subject).`,
        );
      }
    }
  },
};
