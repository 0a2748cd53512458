import { narrowsKey, type LintRule, type StatementFacts } from '../context.js';
import { show } from '../helpers.js';
import { unnarrowedProviders } from '../federated.js';

const REPO_CLAIMS = ['sub', 'repository', 'repository_id', 'job_workflow_ref'];

/** True when a condition limits a repository claim of the token to listed values (the token always carries its claims, so IfExists narrows too; a negated test does not). */
const narrowedToRepo = (s: StatementFacts, host: string): boolean => REPO_CLAIMS.some((c) => narrowsKey(s, `${host}:${c}`, true));

/** MISSING_GITHUB_REPO_CONDITION_KEY: GitHub Actions OIDC trust without a repository condition. */
export const missingGithubRepoConditionKey: LintRule = {
  code: 'MISSING_GITHUB_REPO_CONDITION_KEY',
  severity: 'security',
  description: 'A role trusts the GitHub Actions OIDC provider without a condition that limits `token.actions.githubusercontent.com:sub` (or repository) to listed values, so a workflow of any GitHub repository can assume it. A Federated value with a wildcard names no provider and is left to ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL.',
  kinds: ['trust', 'resource'],
  decidedBy: 'Condition',
  check(ctx, report) {
    for (const { host, path } of unnarrowedProviders(ctx, true, narrowedToRepo))
      report(path, `Workflows of any GitHub repository can assume this role; add "StringLike": {"${host}:sub": "repo:<org>/<repo>:*"} (and "${host}:aud": "sts.amazonaws.com").`);
  },
};
