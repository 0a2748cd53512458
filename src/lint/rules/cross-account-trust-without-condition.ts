import { narrowsKey, type LintRule } from '../context.js';
import { principalValues, show, splitArn } from '../helpers.js';
import { isAccountId } from '../../model/principals.js';

const GUARD_KEYS = ['sts:externalid', 'aws:principalorgid', 'aws:principalorgpaths'];

/** The account of an AWS principal value (12-digit id or ARN), if any. */
function accountOf(v: string): string | undefined {
  if (isAccountId(v)) return v;
  const f = v.startsWith('arn:') ? splitArn(v) : undefined;
  return f?.account;
}

/** CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION: another account may assume the role without ExternalId or an organisation condition. */
export const crossAccountTrustWithoutCondition: LintRule = {
  code: 'CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION',
  severity: 'security',
  description: 'A trust policy lets principals of another account assume the role without a condition that limits `sts:ExternalId` or the organisation (`aws:PrincipalOrgID`/`aws:PrincipalOrgPaths`) to listed values. Pass `accounts` to mark your own account ids as same-account.',
  kinds: ['trust'],
  decidedBy: 'Condition',
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.statement.Effect !== 'Allow' || GUARD_KEYS.some((k) => narrowsKey(s, k))) continue;
      const foreign = principalValues(s.statement.Principal, 'AWS').filter((v) => {
        const account = accountOf(v);
        return v !== '*' && account !== undefined && !ctx.accounts.includes(account);
      });
      if (foreign.length === 0) continue;
      report(
        `${s.path}.Principal.AWS`,
        `${foreign.map(show).join(', ')} may assume this role with no sts:ExternalId or organisation condition; add "StringEquals": {"sts:ExternalId": "<shared secret>"} for a third party, or aws:PrincipalOrgID for your organisation.`,
      );
    }
  },
};
