import { didYouMean, suggestConditionKeys } from '../../catalog/index.js';
import { UNSUPPORTED_GLOBAL_KEYS } from './unsupported-global-condition-key.js';
import { missingTagKey } from './condition-values.js';
import { show, UNLISTED_KEYS } from '../helpers.js';
import { conditionRule } from '../value-rule.js';

/** INVALID_GLOBAL_CONDITION_KEY: an `aws:` key that is not a global condition key. */
export const invalidGlobalConditionKey = conditionRule({
  code: 'INVALID_GLOBAL_CONDITION_KEY',
  severity: 'error',
  description: 'A condition key starting with `aws:` is not one of the global condition keys (a misspelling such as `aws:SourceIP4`).',
  each(c, report) {
    if (!c.keyLower.startsWith('aws:') || UNLISTED_KEYS.has(c.keyLower) || c.info !== undefined || UNSUPPORTED_GLOBAL_KEYS.has(c.keyLower) || missingTagKey(c.keyLower)) return;
    report(c.path, `Condition key ${show(c.key)} is not a global condition key, so the condition never sees a value.${didYouMean(suggestConditionKeys(c.key))} Check the spelling against the list of global condition keys.`);
  },
});
