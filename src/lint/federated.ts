/** Helpers for federated (OIDC / web identity / SAML) principals. */
import type { StatementFacts } from './context.js';
import { principalValues } from './helpers.js';

import { WEB_IDENTITY_PROVIDERS } from '../model/principals.js';

/** The OIDC provider hosts (lower case) of a statement's Federated principals, with their index. */
export function oidcProviders(s: StatementFacts): { host: string; index: number }[] {
  const out: { host: string; index: number }[] = [];
  principalValues(s.statement.Principal, 'Federated').forEach((v, index) => {
    const lower = v.toLowerCase();
    const at = lower.indexOf(':oidc-provider/');
    if (at >= 0) out.push({ host: lower.slice(at + 15), index });
    else if (WEB_IDENTITY_PROVIDERS.includes(lower)) out.push({ host: lower, index });
  });
  return out;
}

/** True when the statement has a Federated SAML provider. */
export function hasSamlProvider(s: StatementFacts): boolean {
  return principalValues(s.statement.Principal, 'Federated').some((v) => v.toLowerCase().includes(':saml-provider/'));
}

/** True for GitHub Actions token hosts (github.com, GHE.com and enterprise-specific issuers). */
export function isGitHubHost(host: string): boolean {
  return host.startsWith('token.actions.githubusercontent.com') || (host.startsWith('token.actions.') && host.endsWith('.ghe.com'));
}
