import { narrows, narrowsKey, type ConditionEntry, type LintRule } from '../context.js';
import { principalValues, show, splitArn } from '../helpers.js';
import { isAccountId } from '../../model/principals.js';

/** The keys that name the source a service acts for (lower case). */
export const SOURCE_KEYS: readonly string[] = ['aws:sourcearn', 'aws:sourceaccount', 'aws:sourceorgid', 'aws:sourceorgpaths', 'aws:sourceowner'];

/** True for an account id, or an ARN (pattern) whose account field is one account id. */
function namesAccount(v: unknown): boolean {
  return typeof v === 'string' && (isAccountId(v) || isAccountId(splitArn(v)?.account ?? ''));
}

/**
 * A condition that ties the request to resources of named accounts as the source keys do: it
 * narrows its key (positive, not IfExists or ForAllValues) to account ids or ARNs each naming one
 * account, such as the CloudWatch Logs guide's `ArnLike` `kms:EncryptionContext:aws:logs:arn`
 * `arn:aws:logs:<region>:<account>:*`, which the service sets from the resource it acts on.
 */
const tiesToAccounts = (c: ConditionEntry): boolean => c.values.length > 0 && c.values.every(namesAccount) && narrows(c);

/** RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL: a service principal in a resource policy without a source condition. */
export const restrictAccessToServicePrincipal: LintRule = {
  code: 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL',
  severity: 'security',
  description: 'A resource policy allows a service principal without a condition that limits `aws:SourceArn`/`aws:SourceAccount` (or `aws:SourceOrgID`) to listed values, so the service may act for any customer (confused deputy). A condition that limits another key to account ids or ARNs naming one account each (`ArnLike` `kms:EncryptionContext:aws:logs:arn` `arn:aws:logs:<region>:<account>:*`, as the CloudWatch Logs guide writes) ties the request to those accounts as well; RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL still suggests the source keys.',
  kinds: ['resource'],
  decidedBy: 'Condition',
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.statement.Effect !== 'Allow') continue;
      const services = principalValues(s.statement.Principal, 'Service');
      // a negated or IfExists test names no source (services send the source keys only for some requests)
      if (services.length === 0 || SOURCE_KEYS.some((k) => narrowsKey(s, k)) || s.conditions.some(tiesToAccounts)) continue;
      report(
        `${s.path}.Principal.Service`,
        `Service principal ${services.map(show).join(', ')} is allowed for requests made on behalf of any account; add a condition on aws:SourceArn or aws:SourceAccount (or aws:SourceOrgID).`,
      );
    }
  },
};
