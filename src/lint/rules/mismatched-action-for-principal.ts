import type { LintContext, LintRule, StatementFacts } from '../context.js';
import { wildcardMatch } from '../../model/match.js';
import { hasSamlProvider, hasWildcardFederated, oidcProviders } from '../federated.js';
import { show } from '../helpers.js';

/**
 * Actions a provider's users use beside assuming the role, which a trust policy may give them in a
 * statement of their own: IAM User Guide, "Monitor and control actions taken with assumed roles" (its
 * SAML and OIDC trust policies allow sts:SetSourceIdentity to the provider in a second statement) and
 * "Passing session tags in AWS STS" (sts:TagSession).
 */
const COMPANIONS: readonly string[] = ['sts:setsourceidentity', 'sts:tagsession'];

/** True when an Allow statement of the policy with a provider that `trusts` accepts allows `action`. */
function policyAllows(ctx: LintContext, action: string, trusts: (s: StatementFacts) => boolean): boolean {
  return ctx.statements.some((o) => o.statement.Effect === 'Allow' && o.actionElement === 'Action' && trusts(o) && o.actions.some((a) => wildcardMatch(a.raw, action)));
}

/**
 * MISMATCHED_ACTION_FOR_PRINCIPAL: federated principals with an sts action they cannot use, and the
 * federated actions named beside principals that cannot call them. Access Analyzer: "Use a SAML
 * provider principal with the sts:AssumeRoleWithSAML action or use an OIDC provider principal with
 * the sts:AssumeRoleWithWebIdentity action. Ensure the provider is Federated".
 */
export const mismatchedActionForPrincipal: LintRule = {
  code: 'MISMATCHED_ACTION_FOR_PRINCIPAL',
  severity: 'error',
  description:
    "A trust policy names an OIDC/web identity provider without `sts:AssumeRoleWithWebIdentity`, or a SAML provider without `sts:AssumeRoleWithSAML`, so the provider's users cannot assume the role (a statement of `sts:SetSourceIdentity` or `sts:TagSession` alone is fine where another statement allows the provider's assume action, as in the IAM User Guide's source identity trust policies); or it names one of those actions where no principal of the statement is a provider that can call it (`{\"AWS\": ...}` with `sts:AssumeRoleWithWebIdentity`). A Federated value with a wildcard names no provider and is left to ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL.",
  kinds: ['trust'],
  decidedBy: 'Principal',
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.statement.Effect !== 'Allow' || s.actionElement !== 'Action') continue;
      const allows = (action: string) => s.actions.some((a) => wildcardMatch(a.raw, action));
      const oidc = oidcProviders(s).length > 0;
      const saml = hasSamlProvider(s);
      // a statement of companion actions only (the IAM User Guide's source identity trust policies give
      // sts:SetSourceIdentity to the provider in a statement of its own) is fine where another statement
      // lets the provider's users assume the role
      const companionsOnly = s.actions.length > 0 && s.actions.every((a) => !a.wildcard && COMPANIONS.includes(a.lower));
      if (oidc && !allows('sts:AssumeRoleWithWebIdentity') && !(companionsOnly && policyAllows(ctx, 'sts:AssumeRoleWithWebIdentity', (o) => oidcProviders(o).length > 0)))
        report(`${s.path}.Action`, 'An OIDC / web identity provider is trusted, but users of that provider call sts:AssumeRoleWithWebIdentity; add it to Action.');
      if (saml && !allows('sts:AssumeRoleWithSAML') && !(companionsOnly && policyAllows(ctx, 'sts:AssumeRoleWithSAML', hasSamlProvider)))
        report(`${s.path}.Action`, 'A SAML provider is trusted, but its users call sts:AssumeRoleWithSAML; add it to Action.');
      // a named federated action that no principal of the statement can call (`"*"` may stand for any caller;
      // a Federated value with a wildcard is ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL's finding)
      const p = s.statement.Principal;
      if (p === undefined || p === '*' || hasWildcardFederated(s)) continue;
      for (const a of s.actions) {
        if (a.wildcard) continue;
        if (a.lower === 'sts:assumerolewithwebidentity' && !oidc)
          report(a.path, `${show(a.raw)} is called with a token of an OIDC / web identity provider, and no principal of this statement is one; name the provider in Principal.Federated (arn:aws:iam::<account>:oidc-provider/<host>) or use sts:AssumeRole.`);
        else if (a.lower === 'sts:assumerolewithsaml' && !saml)
          report(a.path, `${show(a.raw)} is called with a SAML assertion, and no principal of this statement is a SAML provider; name it in Principal.Federated (arn:aws:iam::<account>:saml-provider/<name>) or use sts:AssumeRole.`);
      }
    }
  },
};
