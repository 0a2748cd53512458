import type { LintRule } from '../context.js';
import { ALL_KINDS, show } from '../helpers.js';

/** DUPLICATE_KEYS_WITH_DIFFERENT_CASE: one operator block names a key twice, in different case. */
export const duplicateKeysWithDifferentCase: LintRule = {
  code: 'DUPLICATE_KEYS_WITH_DIFFERENT_CASE',
  severity: 'error',
  description: 'A condition operator block names the same condition key twice with different capitalization (`aws:SourceVpc`, `aws:sourcevpc`); key names are case-insensitive, so which values apply is ambiguous.',
  kinds: ALL_KINDS,
  inspects: 'conditions',
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.conditions.length < 2) continue;
      const seen = new Map<string, string>();
      for (const c of s.conditions) {
        const id = `${c.operator}\u0000${c.keyLower}`;
        const first = seen.get(id);
        if (first === undefined) seen.set(id, c.key);
        else report(c.path, `Condition key ${show(c.key)} appears again as ${show(first)} in the same ${show(c.operator)} block (key names ignore case); keep one and merge the values.`);
      }
    }
  },
};
