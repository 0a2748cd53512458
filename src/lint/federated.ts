/** Helpers for federated (OIDC / web identity / SAML) principals. */
import type { LintContext, StatementFacts } from './context.js';
import { hasWildcard, principalValues } from './helpers.js';

import { WEB_IDENTITY_PROVIDERS } from '../model/principals.js';

/**
 * The OIDC provider hosts (lower case) of a statement's Federated principals, with their index. A
 * value with a wildcard names no provider (principals match literally): it is
 * ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL's finding, and the rules that ask which
 * providers a statement trusts do not see it.
 */
export function oidcProviders(s: StatementFacts): { host: string; index: number }[] {
  const out: { host: string; index: number }[] = [];
  principalValues(s.statement.Principal, 'Federated').forEach((v, index) => {
    if (hasWildcard(v)) return;
    const lower = v.toLowerCase();
    const at = lower.indexOf(':oidc-provider/');
    if (at >= 0) out.push({ host: lower.slice(at + 15), index });
    else if (WEB_IDENTITY_PROVIDERS.includes(lower)) out.push({ host: lower, index });
  });
  return out;
}

/** True when the statement has a Federated SAML provider (a value with a wildcard names none, as in {@link oidcProviders}). */
export function hasSamlProvider(s: StatementFacts): boolean {
  return principalValues(s.statement.Principal, 'Federated').some((v) => !hasWildcard(v) && v.toLowerCase().includes(':saml-provider/'));
}

/** True when a Federated value of the statement holds a wildcard, so which provider it meant is not known. */
export function hasWildcardFederated(s: StatementFacts): boolean {
  return principalValues(s.statement.Principal, 'Federated').some(hasWildcard);
}

/** True for GitHub Actions token hosts (github.com, GHE.com and enterprise-specific issuers). */
export function isGitHubHost(host: string): boolean {
  return host.startsWith('token.actions.githubusercontent.com') || (host.startsWith('token.actions.') && host.endsWith('.ghe.com'));
}

/**
 * The OIDC providers trusted by Allow statements without a condition that `narrowed` accepts:
 * GitHub's token hosts when `github` is true, every other provider when it is false. The walk of
 * MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL and MISSING_GITHUB_REPO_CONDITION_KEY.
 */
export function* unnarrowedProviders(ctx: LintContext, github: boolean, narrowed: (s: StatementFacts, host: string) => boolean): Generator<{ host: string; path: string }> {
  for (const s of ctx.statements) {
    if (s.statement.Effect !== 'Allow') continue;
    for (const p of oidcProviders(s))
      if (isGitHubHost(p.host) === github && !narrowed(s, p.host)) yield { host: p.host, path: `${s.path}.Principal.Federated[${p.index}]` };
  }
}
