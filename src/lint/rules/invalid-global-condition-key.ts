import type { LintRule } from '../context.js';
import { ALL_KINDS, show, UNLISTED_KEYS } from '../helpers.js';

/** INVALID_GLOBAL_CONDITION_KEY: an `aws:` key that is not a global condition key. */
export const invalidGlobalConditionKey: LintRule = {
  code: 'INVALID_GLOBAL_CONDITION_KEY',
  severity: 'error',
  description: 'A condition key starting with `aws:` is not one of the global condition keys (for example `aws:ARN` or a misspelling).',
  kinds: ALL_KINDS,
  check(ctx, report) {
    for (const s of ctx.statements)
      for (const c of s.conditions) {
        if (!c.keyLower.startsWith('aws:') || UNLISTED_KEYS.has(c.keyLower) || c.info !== undefined) continue;
        const hint = c.keyLower === 'aws:arn' ? ' Use aws:PrincipalArn.' : ' Check the spelling against the list of global condition keys.';
        report(c.path, `Condition key ${show(c.key)} is not a global condition key, so the condition never sees a value.${hint}`);
      }
  },
};
