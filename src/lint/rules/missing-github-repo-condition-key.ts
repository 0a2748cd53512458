import { narrowsKey, type LintRule } from '../context.js';
import { show } from '../helpers.js';
import { isGitHubHost, oidcProviders } from '../federated.js';

const REPO_CLAIMS = ['sub', 'repository', 'repository_id', 'job_workflow_ref'];

/** MISSING_GITHUB_REPO_CONDITION_KEY: GitHub Actions OIDC trust without a repository condition. */
export const missingGithubRepoConditionKey: LintRule = {
  code: 'MISSING_GITHUB_REPO_CONDITION_KEY',
  severity: 'security',
  description: 'A role trusts the GitHub Actions OIDC provider without a condition that limits `token.actions.githubusercontent.com:sub` (or repository) to listed values, so a workflow of any GitHub repository can assume it.',
  kinds: ['trust', 'resource'],
  decidedBy: 'Condition',
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.statement.Effect !== 'Allow') continue;
      for (const p of oidcProviders(s)) {
        if (!isGitHubHost(p.host)) continue;
        // the token always carries its claims, so IfExists narrows too; a negated test does not
        if (REPO_CLAIMS.some((c) => narrowsKey(s, `${p.host}:${c}`, true))) continue;
        report(
          `${s.path}.Principal.Federated[${p.index}]`,
          `Workflows of any GitHub repository can assume this role; add "StringLike": {"${p.host}:sub": "repo:<org>/<repo>:*"} (and "${p.host}:aud": "sts.amazonaws.com").`,
        );
      }
    }
  },
};
