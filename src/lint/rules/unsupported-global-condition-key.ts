import { show } from '../helpers.js';
import { conditionRule } from '../value-rule.js';

/** Global keys AWS documents as unsupported (lower case), with what to use instead. A Map: a key named `constructor` finds nothing. */
export const UNSUPPORTED_GLOBAL_KEYS: ReadonlyMap<string, string> = /*#__PURE__*/ new Map([['aws:arn', 'aws:PrincipalArn or aws:SourceArn']]);

/** UNSUPPORTED_GLOBAL_CONDITION_KEY: `aws:ARN`. */
export const unsupportedGlobalConditionKey = conditionRule({
  code: 'UNSUPPORTED_GLOBAL_CONDITION_KEY',
  severity: 'error',
  description: 'The condition uses `aws:ARN`, a global key AWS does not support (it was deprecated); use `aws:PrincipalArn` or `aws:SourceArn`.',
  each(c, report) {
    const instead = UNSUPPORTED_GLOBAL_KEYS.get(c.keyLower);
    if (instead !== undefined) report(c.path, `Condition key ${show(c.key)} is not supported; use ${instead} instead.`);
  },
});
