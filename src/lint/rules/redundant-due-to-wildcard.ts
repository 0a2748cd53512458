/**
 * REDUNDANT_KEY_DUE_TO_WILDCARD_IN_CONDITION and REDUNDANT_STATEMENT_DUE_TO_WILDCARD_IN_CONDITION
 * ("Suggestion – Redundant key due to wildcard in condition": a key "always matched" because of a
 * wildcard value; "Suggestion – Redundant statement due to wildcard in condition": a key that matches
 * no value, so the statement never applies). Reported where that holds whatever the request holds:
 * a string pattern matching every text (`*`) under an operator that is then true with the key present
 * or absent, or false with it present or absent.
 */
import type { ConditionEntry } from '../context.js';
import { hasVariable, show } from '../helpers.js';
import { patternCovers } from '../../model/match.js';
import { conditionRule } from '../value-rule.js';

/** The first value of a `String...Like` condition that matches every text (`*`, `**`), or undefined. */
function matchAll(c: ConditionEntry): string | undefined {
  if (c.op?.family !== 'String' || c.op.compare !== 'like') return undefined;
  return c.values.find((v): v is string => typeof v === 'string' && !hasVariable(v) && patternCovers(v, '*', false));
}

/**
 * REDUNDANT_KEY_DUE_TO_WILDCARD_IN_CONDITION: `StringLikeIfExists` (true when the key is absent) or
 * `ForAllValues:StringLike` (true for an absent or empty key) with a value matching every text.
 */
export const redundantKeyDueToWildcardInCondition = conditionRule({
  code: 'REDUNDANT_KEY_DUE_TO_WILDCARD_IN_CONDITION',
  severity: 'suggestion',
  description:
    'A key is tested with `StringLikeIfExists` or `ForAllValues:StringLike` against `"*"`, which every request satisfies (with the key, `*` matches any value; without it, `IfExists` and `ForAllValues:` are true), so the key restricts nothing; remove it. (`StringLike` `"*"` alone is a presence test and is not reported.)',
  each(c, report) {
    const op = c.op;
    if (op === undefined || op.negated || !(op.ifExists || op.qualifier === 'ForAllValues') || op.qualifier === 'ForAnyValue') return;
    const v = matchAll(c);
    if (v !== undefined) report(c.path, `${show(c.key)} under ${show(c.operator)} is true for every request because ${show(v)} matches any value and a missing key passes too; drop the key, it changes nothing.`);
  },
});

/**
 * REDUNDANT_STATEMENT_DUE_TO_WILDCARD_IN_CONDITION: `ForAnyValue:StringNotLike` (no `IfExists`) with
 * a value matching every text: no request value can fail to match it, and an absent key is false.
 */
export const redundantStatementDueToWildcardInCondition = conditionRule({
  code: 'REDUNDANT_STATEMENT_DUE_TO_WILDCARD_IN_CONDITION',
  severity: 'suggestion',
  description:
    'A key is tested with `ForAnyValue:StringNotLike` against `"*"`: every value matches `*`, so no value passes, and a missing key fails too. The condition is never true and the statement never applies; remove the key (and rethink the statement).',
  each(c, report) {
    const op = c.op;
    if (op === undefined || !op.negated || op.ifExists || op.qualifier !== 'ForAnyValue') return;
    const v = matchAll(c);
    if (v !== undefined) report(c.path, `${show(c.key)} under ${show(c.operator)} is never true because every value matches ${show(v)}, so this statement never applies; remove the key.`);
  },
});
