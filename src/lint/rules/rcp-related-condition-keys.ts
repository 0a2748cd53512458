/**
 * Resource control policy checks of the keys that tell IAM principals from AWS service principals:
 * RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY, RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY,
 * RCP_MISSING_SERVICE_CONDITION_KEY_NULL_CHECK (reference entries "General Warning – RCP missing ...":
 * an RCP applies to IAM roles and users and to service principals, so a statement keyed on one kind
 * of caller should say so with `aws:PrincipalIsAWSService`, and one keyed on a service's source with a
 * `Null` test of `aws:SourceAccount` or `aws:SourceArn`).
 */
import type { ConditionEntry, LintRule, StatementFacts } from '../context.js';
import { show } from '../helpers.js';
import { parseBool } from '../../model/values.js';

/**
 * Principal keys: the keys of "Properties of the principal" (global condition keys page, which the
 * entries link to) that describe an IAM role or user; a service principal's request lacks them or
 * holds other values. The section's service-principal keys (`aws:PrincipalIsAWSService`,
 * `aws:PrincipalServiceName`, `aws:PrincipalServiceNamesList`) are not principal keys here.
 */
const PRINCIPAL_KEYS: ReadonlySet<string> = new Set(['aws:principalarn', 'aws:principalaccount', 'aws:principalorgid', 'aws:principalorgpaths', 'aws:principaltype', 'aws:userid', 'aws:username']);
const isPrincipalKey = (k: string): boolean => PRINCIPAL_KEYS.has(k) || k.startsWith('aws:principaltag/');

/**
 * Service keys: the keys the reference names for restricting what a service principal acts for
 * ("Restrict access to service principal": aws:SourceArn, aws:SourceAccount, aws:SourceOrgID,
 * aws:SourceOrgPaths); only requests a service makes on a resource's behalf carry them.
 */
const SERVICE_KEYS: ReadonlySet<string> = new Set(['aws:sourcearn', 'aws:sourceaccount', 'aws:sourceorgid', 'aws:sourceorgpaths']);

/** A condition that compares a service key's value (a `Null` test of it is the check the third rule asks for, not a use). */
const comparesServiceKey = (c: ConditionEntry): boolean => SERVICE_KEYS.has(c.keyLower) && c.op?.base !== 'Null';

/** True when the statement tests `key` (lower case) with `base` (`Bool` also as `BoolIfExists`), no qualifier, and only the value `expected`. */
function tests(s: StatementFacts, key: string, base: 'Bool' | 'Null', expected: boolean): boolean {
  return s.conditions.some((c) => c.keyLower === key && c.op?.base === base && c.op.qualifier === undefined && c.values.length > 0 && c.values.every((v) => parseBool(v) === expected));
}

/** RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY */
export const rcpMissingRelatedPrincipalConditionKey: LintRule = {
  code: 'RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY',
  severity: 'warning',
  description:
    'An RCP statement tests a key of IAM principals (`aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:PrincipalArn`, `aws:PrincipalTag/...`, ...) without also testing `aws:PrincipalIsAWSService` for `false` (`"BoolIfExists": {"aws:PrincipalIsAWSService": "false"}`), so it also applies to AWS services calling on your behalf, whose requests do not carry those values.',
  kinds: ['rcp'],
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (tests(s, 'aws:principalisawsservice', 'Bool', false)) continue;
      for (const c of s.conditions)
        if (isPrincipalKey(c.keyLower))
          report(c.path, `${show(c.key)} describes IAM principals, but this RCP statement also applies to AWS service principals acting for you; add "BoolIfExists": {"aws:PrincipalIsAWSService": "false"} to leave them out.`);
    }
  },
};

/** RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY */
export const rcpMissingRelatedServicePrincipalConditionKey: LintRule = {
  code: 'RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY',
  severity: 'warning',
  description:
    'An RCP statement tests a key of requests that services make for a resource (`aws:SourceArn`, `aws:SourceAccount`, `aws:SourceOrgID`, `aws:SourceOrgPaths`) without also testing `aws:PrincipalIsAWSService` for `true` (`"BoolIfExists": {"aws:PrincipalIsAWSService": "true"}`), so it also applies to your IAM roles and users.',
  kinds: ['rcp'],
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (tests(s, 'aws:principalisawsservice', 'Bool', true)) continue;
      for (const c of s.conditions)
        if (comparesServiceKey(c))
          report(c.path, `${show(c.key)} describes requests of AWS service principals, but this RCP statement also applies to your IAM roles and users; add "BoolIfExists": {"aws:PrincipalIsAWSService": "true"} to limit it to services.`);
    }
  },
};

/** RCP_MISSING_SERVICE_CONDITION_KEY_NULL_CHECK */
export const rcpMissingServiceConditionKeyNullCheck: LintRule = {
  code: 'RCP_MISSING_SERVICE_CONDITION_KEY_NULL_CHECK',
  severity: 'warning',
  description:
    'An RCP statement tests `aws:SourceArn`, `aws:SourceAccount`, `aws:SourceOrgID` or `aws:SourceOrgPaths` without `"Null": {"aws:SourceAccount": "false"}` or `"Null": {"aws:SourceArn": "false"}`: some service integrations send no source key, and the statement would then apply to them too.',
  kinds: ['rcp'],
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (tests(s, 'aws:sourceaccount', 'Null', false) || tests(s, 'aws:sourcearn', 'Null', false)) continue;
      for (const c of s.conditions)
        if (comparesServiceKey(c))
          report(c.path, `A service integration may call without ${show(c.key)}, and this RCP statement would then apply to it as well; add "Null": {"aws:SourceAccount": "false"} or "Null": {"aws:SourceArn": "false"}.`);
    }
  },
};
