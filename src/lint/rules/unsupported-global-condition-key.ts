import type { LintRule } from '../context.js';
import { ALL_KINDS, show } from '../helpers.js';

/** Global keys AWS documents as unsupported (lower case), with what to use instead. A Map: a key named `constructor` finds nothing. */
export const UNSUPPORTED_GLOBAL_KEYS: ReadonlyMap<string, string> = /*#__PURE__*/ new Map([['aws:arn', 'aws:PrincipalArn or aws:SourceArn']]);

/** UNSUPPORTED_GLOBAL_CONDITION_KEY: `aws:ARN`. */
export const unsupportedGlobalConditionKey: LintRule = {
  code: 'UNSUPPORTED_GLOBAL_CONDITION_KEY',
  severity: 'error',
  description: 'The condition uses `aws:ARN`, a global key AWS does not support (it was deprecated); use `aws:PrincipalArn` or `aws:SourceArn`.',
  kinds: ALL_KINDS,
  inspects: 'conditions',
  check(ctx, report) {
    for (const s of ctx.statements)
      for (const c of s.conditions) {
        const instead = UNSUPPORTED_GLOBAL_KEYS.get(c.keyLower);
        if (instead !== undefined) report(c.path, `Condition key ${show(c.key)} is not supported; use ${instead} instead.`);
      }
  },
};
