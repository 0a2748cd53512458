/**
 * EQUIVALENT_TO_NULL_TRUE / EQUIVALENT_TO_NULL_FALSE: a `*` pattern that only tests whether the key
 * is present. IAM: a condition on a key absent from the request context is false, except for
 * negated operators, which are true (reference_policies_elements_condition_operators).
 */
import type { ConditionEntry } from '../context.js';
import { show } from '../helpers.js';
import { conditionRule } from '../value-rule.js';

/** An unqualified `StringLike`/`StringNotLike`/`ArnLike`/`ArnNotLike` whose only value is `*`. */
function starOnly(c: ConditionEntry): boolean {
  const op = c.op;
  if (op === undefined || op.qualifier !== undefined || op.ifExists) return false;
  if (op.base !== 'StringLike' && op.base !== 'StringNotLike' && op.base !== 'ArnLike' && op.base !== 'ArnNotLike') return false;
  return c.values.length > 0 && c.values.every((v) => v === '*');
}

/** EQUIVALENT_TO_NULL_FALSE: `StringLike "*"` matches exactly when the key is present. */
export const equivalentToNullFalse = conditionRule({
  code: 'EQUIVALENT_TO_NULL_FALSE',
  severity: 'suggestion',
  description: '`StringLike` (or `ArnLike`) with the only value `"*"` matches exactly when the key is present; write `"Null": {"key": "false"}`, which says so.',
  each(c, report) {
    if (starOnly(c) && !c.op!.negated) report(c.path, `${show(c.operator)} with "*" only tests that ${show(c.key)} is present; write "Null": {${show(c.key)}: "false"} instead.`);
  },
});

/** EQUIVALENT_TO_NULL_TRUE: `StringNotLike "*"` matches exactly when the key is absent. */
export const equivalentToNullTrue = conditionRule({
  code: 'EQUIVALENT_TO_NULL_TRUE',
  severity: 'suggestion',
  description: '`StringNotLike` (or `ArnNotLike`) with the only value `"*"` matches exactly when the key is absent; write `"Null": {"key": "true"}`, which says so.',
  each(c, report) {
    if (starOnly(c) && c.op!.negated) report(c.path, `${show(c.operator)} with "*" only tests that ${show(c.key)} is absent; write "Null": {${show(c.key)}: "true"} instead.`);
  },
});
