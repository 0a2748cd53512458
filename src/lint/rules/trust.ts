/**
 * Role trust policy checks: MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY, MISSING_TAG_SESSION_FOR_EKS_POD_IDENTITY, MISSING_ACTION_FOR_CONDITION_KEY,
 * INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY, SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED,
 * CONFIRM_AUDIENCE_CLAIM_TYPE, FORANYVALUE_WITH_AUDIENCE_CLAIM_TYPE.
 */
import type { LintRule, StatementFacts } from '../context.js';
import { normaliseKey, patternKeys } from '../catalog-cache.js';
import { isGitHubHost, oidcProviders } from '../federated.js';
import { isFederatedPrincipal } from '../../model/principals.js';
import { hasWildcard, principalValues, show } from '../helpers.js';
import { wildcardMatch } from '../../model/match.js';
import { conditionRule } from '../value-rule.js';

/** True when the statement's Action list reaches `action` (directly or through a wildcard). */
function allows(s: StatementFacts, action: string): boolean {
  return s.actionElement === 'Action' && s.actions.some((a) => wildcardMatch(a.raw, action));
}

const ROLES_ANYWHERE = ['sts:AssumeRole', 'sts:SetSourceIdentity', 'sts:TagSession'];

/** MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY */
export const missingActionForRolesAnywhereTrustPolicy: LintRule = {
  code: 'MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY',
  severity: 'error',
  description: 'A trust policy allows `rolesanywhere.amazonaws.com` without all of `sts:AssumeRole`, `sts:SetSourceIdentity` and `sts:TagSession`, which IAM Roles Anywhere needs to deliver credentials.',
  kinds: ['trust'],
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.statement.Effect !== 'Allow') continue;
      const i = principalValues(s.statement.Principal, 'Service').findIndex((v) => v.toLowerCase() === 'rolesanywhere.amazonaws.com');
      if (i < 0) continue;
      const missing = ROLES_ANYWHERE.filter((a) => !allows(s, a));
      if (missing.length > 0) report(`${s.path}.Action`, `rolesanywhere.amazonaws.com needs ${ROLES_ANYWHERE.join(', ')} to assume a role; add ${missing.join(', ')}.`);
    }
  },
};

/**
 * MISSING_TAG_SESSION_FOR_EKS_POD_IDENTITY (ours): Amazon EKS User Guide, "Create IAM role with trust policy
 * required by EKS Pod Identity": the trust policy allows `pods.eks.amazonaws.com` `sts:AssumeRole` and
 * `sts:TagSession`, the latter because "EKS Pod Identity uses TagSession to include session tags in the
 * requests to AWS STS". An association may turn its session tags off (`disableSessionTags`, required beside
 * a session policy): a warning, not an error.
 */
export const missingTagSessionForEksPodIdentity: LintRule = {
  code: 'MISSING_TAG_SESSION_FOR_EKS_POD_IDENTITY',
  severity: 'warning',
  description:
    'A trust policy allows `pods.eks.amazonaws.com` `sts:AssumeRole` without `sts:TagSession`, which EKS Pod Identity uses to add its session tags (cluster, namespace, service account): pods of an association that keeps its session tags get no credentials. Not needed where every association of the role disables its session tags.',
  kinds: ['trust'],
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.statement.Effect !== 'Allow' || !allows(s, 'sts:AssumeRole') || allows(s, 'sts:TagSession')) continue;
      if (!principalValues(s.statement.Principal, 'Service').some((v) => v.toLowerCase() === 'pods.eks.amazonaws.com')) continue;
      report(
        `${s.path}.Action`,
        'EKS Pod Identity assumes the role with sts:AssumeRole and tags the session with sts:TagSession (kubernetes-namespace, kubernetes-service-account, eks-cluster-name, ...): add sts:TagSession, unless every Pod Identity association of the role disables its session tags.',
      );
    }
  },
};

/** Trust-policy condition keys that are only set by an action that must be allowed beside sts:AssumeRole*. */
const KEY_ACTIONS: readonly { readonly matches: (key: string) => boolean; readonly action: string }[] = [
  { matches: (k) => k === 'sts:sourceidentity', action: 'sts:SetSourceIdentity' },
  { matches: (k) => k === 'aws:tagkeys' || k.startsWith('aws:requesttag/') || k === 'sts:transitivetagkeys', action: 'sts:TagSession' },
];

/** MISSING_ACTION_FOR_CONDITION_KEY: `sts:SourceIdentity` without `sts:SetSourceIdentity`, session tags without `sts:TagSession`. */
export const missingActionForConditionKey: LintRule = {
  code: 'MISSING_ACTION_FOR_CONDITION_KEY',
  severity: 'error',
  description: 'A trust policy statement conditions on a key that only a companion action sets (`sts:SourceIdentity` needs `sts:SetSourceIdentity`; `aws:RequestTag/...`, `aws:TagKeys` and `sts:TransitiveTagKeys` need `sts:TagSession`) without allowing that action.',
  kinds: ['trust'],
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.statement.Effect !== 'Allow' || s.actionElement !== 'Action') continue;
      for (const c of s.conditions) {
        const need = KEY_ACTIONS.find((k) => k.matches(c.keyLower));
        if (need === undefined || allows(s, need.action)) continue;
        report(c.path, `The ${need.action} action must be in the Action element to set values for ${show(c.key)}; add ${need.action}.`);
      }
    }
  },
};

/** INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY */
export const invalidFederatedPrincipalSyntaxInRoleTrustPolicy: LintRule = {
  code: 'INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY',
  severity: 'error',
  description: 'A `Principal.Federated` value of a trust policy is neither an identity provider ARN (`arn:aws:iam::111122223333:saml-provider/Name`, `...:oidc-provider/host`) nor a web identity domain (`cognito-identity.amazonaws.com`, `accounts.google.com`, `graph.facebook.com`, `www.amazon.com`). A value with a wildcard is left to ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL.',
  kinds: ['trust'],
  check(ctx, report) {
    for (const s of ctx.statements)
      principalValues(s.statement.Principal, 'Federated').forEach((v, i) => {
        // a value with a wildcard is ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL's (one mistake, one finding)
        if (isFederatedPrincipal(v) || hasWildcard(v)) return;
        report(`${s.path}.Principal.Federated[${i}]`, `${show(v)} is not a federated principal; use a provider ARN (arn:aws:iam::<account>:saml-provider/<name> or :oidc-provider/<host>) or a web identity domain.`);
      });
  },
};

const hasWildcardChar = (v: unknown): boolean => typeof v === 'string' && hasWildcard(v);

/** A `sub` value that names one repository before any wildcard: `repo:<owner>/<repo>:...`. */
const NAMES_REPOSITORY = /^repo:[^/*?:]+\/[^/*?:]+:/;

/**
 * True when the statement pins the branch in the host's `ref` claim: a plain positive operator (no
 * IfExists, no set qualifier, which both also match a token without the claim) whose values hold no wildcard.
 */
function pinsRef(s: StatementFacts, refKey: string): boolean {
  return s.conditions.some((c) => c.keyLower === refKey && c.op !== undefined && !c.op.negated && !c.op.ifExists && c.op.qualifier === undefined && c.op.family === 'String' && c.values.length > 0 && !c.values.some(hasWildcardChar));
}

/**
 * SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED: a wildcard in the GitHub `sub` claim. The reference lets
 * the branch be named in `sub` "or in a separate token.actions.githubusercontent.com:ref condition key",
 * so a `sub` that names the repository before its wildcard is enough when `ref` is pinned.
 */
export const specificGithubRepoAndBranchRecommended: LintRule = {
  code: 'SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED',
  severity: 'warning',
  description:
    'A trust policy for GitHub Actions matches `token.actions.githubusercontent.com:sub` with a wildcard, so more repositories or branches than intended can assume the role; name the repository and branch. A `sub` that names the repository (`repo:org/app:*`) is enough when the same statement names the branch in `token.actions.githubusercontent.com:ref` without a wildcard.',
  kinds: ['trust', 'resource'],
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.statement.Effect !== 'Allow') continue;
      const hosts = new Set(oidcProviders(s).filter((p) => isGitHubHost(p.host)).map((p) => p.host));
      for (const c of s.conditions) {
        if (!c.keyLower.endsWith(':sub') || !hosts.has(c.keyLower.slice(0, -4)) || c.op?.negated !== false) continue;
        const refPinned = pinsRef(s, `${c.keyLower.slice(0, -4)}:ref`);
        const wild = c.values.find((v) => hasWildcardChar(v) && !(refPinned && NAMES_REPOSITORY.test(v as string)));
        if (wild !== undefined) report(c.path, `${show(wild)} in ${show(c.key)} can allow workflows of more repositories or branches than intended; name the repository and branch (repo:<org>/<repo>:ref:refs/heads/<branch>).`);
      }
    }
  },
};

/** True for an identity provider's audience claim key (`<provider>:aud`). */
const isAudienceClaim = (keyLower: string): boolean => keyLower.endsWith(':aud');

/**
 * CONFIRM_AUDIENCE_CLAIM_TYPE: an OIDC `aud` claim tested with a set qualifier ("Suggestion – Confirm
 * audience claim type": the claim names the token's intended recipients; a single-valued claim takes
 * no qualifier, a multivalued one does). `ForAnyValue:` is also the security warning below.
 */
export const confirmAudienceClaimType = conditionRule({
  code: 'CONFIRM_AUDIENCE_CLAIM_TYPE',
  severity: 'suggestion',
  description:
    "An identity provider's `aud` claim (the token's intended recipients) is tested with `ForAnyValue:`/`ForAllValues:`; that is right only if the provider sends several audiences (most send one, which needs a plain operator). Confirm the claim's type. With `ForAnyValue:` the security warning FORANYVALUE_WITH_AUDIENCE_CLAIM_TYPE is reported too.",
  kinds: ['trust'],
  decidedBy: 'Condition',
  each(c, report) {
    if (isAudienceClaim(c.keyLower) && c.op?.qualifier !== undefined)
      report(c.operatorPath, `${show(c.key)} names the recipients the token is meant for and is tested with ${show(c.op.qualifier)}; a single-valued audience claim takes no qualifier, so drop it unless the provider sends several audiences.`);
  },
});

/**
 * FORANYVALUE_WITH_AUDIENCE_CLAIM_TYPE: an OIDC `aud` claim tested with `ForAnyValue:` ("Security
 * Warning – ForAnyValue with audience claim type": the claim is single-valued, and a set operator on it
 * can be overly permissive; remove `ForAnyValue:`).
 */
export const forAnyValueWithAudienceClaimType = conditionRule({
  code: 'FORANYVALUE_WITH_AUDIENCE_CLAIM_TYPE',
  severity: 'security',
  description:
    "An identity provider's single-valued `aud` claim is tested with `ForAnyValue:`, a set operator meant for multivalued keys, which can match more tokens than intended; remove `ForAnyValue:` and use the plain operator.",
  kinds: ['trust'],
  each(c, report) {
    if (isAudienceClaim(c.keyLower) && c.op?.qualifier === 'ForAnyValue')
      report(c.path, `${show(c.operator)} treats the single-valued audience claim ${show(c.key)} as a set, which can be overly permissive; remove "ForAnyValue:".`);
  },
});

const COMPANIONS = ['sts:tagsession', 'sts:setsourceidentity', 'sts:setcontext'];

/**
 * UNSUPPORTED_ACTION_FOR_CONDITION_KEY: in a trust policy, a service key (`sts:ExternalId`) that some
 * listed actions support and others do not; the condition is not evaluated for those others. As in
 * Access Analyzer, actions with wildcards are not checked.
 */
export const unsupportedActionForConditionKey: LintRule = {
  code: 'UNSUPPORTED_ACTION_FOR_CONDITION_KEY',
  severity: 'error',
  description: 'A role trust policy statement conditions on a service key (such as `sts:ExternalId`) that some of its actions do not support (Service Authorization Reference); move those actions to a statement without the key.',
  kinds: ['trust'],
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.actionElement !== 'Action') continue;
      // sts:TagSession and sts:SetSourceIdentity are authorized within the AssumeRole* call, whose context they share
      const exact = s.actions.filter((a) => !a.wildcard && a.data.actions.length > 0 && !COMPANIONS.includes(a.lower));
      if (exact.length < 2) continue;
      for (const c of s.conditions) {
        const info = c.info;
        if (info === undefined || info.global || c.keyLower.startsWith('aws:')) continue;
        const key = normaliseKey(info.key);
        const unsupported = exact.filter((a) => !patternKeys(a.lower).has(key));
        if (unsupported.length === 0 || unsupported.length === exact.length) continue;
        const one = unsupported.length === 1;
        report(
          c.path,
          `${one ? 'The action' : 'The actions'} ${unsupported.map((a) => show(a.raw)).join(', ')} ${one ? 'does' : 'do'} not support ${show(c.key)}, so the condition is not evaluated for ${one ? 'it' : 'them'}; move ${one ? 'it' : 'them'} to a statement without this key.`,
        );
      }
    }
  },
};
