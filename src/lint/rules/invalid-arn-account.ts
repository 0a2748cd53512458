import { eachResource, type LintRule, type ResourceText } from '../context.js';
import { show } from '../helpers.js';
import { isAccountField } from '../../model/arn.js';

/** The finding of an ARN whose account field is not a 12-digit id, empty, `aws` or a wildcard pattern of digits. */
function badAccount(r: ResourceText): string | undefined {
  const f = r.arn;
  if (f === undefined || isAccountField(f.account)) return undefined;
  return `ARN ${show(r.raw)} has account ${show(f.account)}; an account id is 12 digits without hyphens (or "*").`;
}

/** INVALID_ARN_ACCOUNT: an account field that is not a 12-digit id (or empty, `aws`, or a wildcard). */
export const invalidArnAccount: LintRule = {
  code: 'INVALID_ARN_ACCOUNT',
  severity: 'error',
  description: 'The account field of an ARN is not empty, a 12-digit account id, `aws` (AWS-owned resources) or a wildcard pattern of digits.',
  kinds: ['identity', 'resource', 'boundary', 'scp', 'rcp', 'session', 'endpoint'],
  inspects: 'arns',
  resource: badAccount,
  check: eachResource(badAccount),
};
