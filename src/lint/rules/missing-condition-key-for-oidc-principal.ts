import { narrowsKey, type LintRule, type StatementFacts } from '../context.js';
import { show } from '../helpers.js';
import { unnarrowedProviders } from '../federated.js';

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
  description: 'A role trusts an OIDC / web identity provider without a condition that limits one of its keys (`<provider>:aud`, `<provider>:sub`, ...) to listed values, so any identity of that provider (any app, any tenant) can assume it. A Federated value with a wildcard names no provider and is left to ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL.',
  kinds: ['trust', 'resource'],
  decidedBy: 'Condition',
  check(ctx, report) {
    // GitHub's hosts are MISSING_GITHUB_REPO_CONDITION_KEY's
    for (const { host, path } of unnarrowedProviders(ctx, false, narrowedByProvider))
      report(path, `Any identity of OIDC provider ${show(host)} can assume this role; add conditions on "${host}:aud" (your client id) and "${host}:sub" (the subject).`);
  },
};
