import { didYouMean, suggestConditionKeys } from '../../catalog/index.js';
import type { LintRule } from '../context.js';
import { UNSUPPORTED_GLOBAL_KEYS } from './unsupported-global-condition-key.js';
import { missingTagKey } from './condition-values.js';
import { ALL_KINDS, show, UNLISTED_KEYS } from '../helpers.js';

/** INVALID_GLOBAL_CONDITION_KEY: an `aws:` key that is not a global condition key. */
export const invalidGlobalConditionKey: LintRule = {
  code: 'INVALID_GLOBAL_CONDITION_KEY',
  severity: 'error',
  description: 'A condition key starting with `aws:` is not one of the global condition keys (a misspelling such as `aws:SourceIP4`).',
  kinds: ALL_KINDS,
  inspects: 'conditions',
  check(ctx, report) {
    for (const s of ctx.statements)
      for (const c of s.conditions) {
        if (!c.keyLower.startsWith('aws:') || UNLISTED_KEYS.has(c.keyLower) || c.info !== undefined || UNSUPPORTED_GLOBAL_KEYS.has(c.keyLower) || missingTagKey(c.keyLower)) continue;
        report(c.path, `Condition key ${show(c.key)} is not a global condition key, so the condition never sees a value.${didYouMean(suggestConditionKeys(c.key))} Check the spelling against the list of global condition keys.`);
      }
  },
};
