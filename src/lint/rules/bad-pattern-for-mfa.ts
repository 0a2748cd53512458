import type { LintRule } from '../context.js';
import { ALL_KINDS } from '../helpers.js';

/** BAD_PATTERN_FOR_MFA: `Bool aws:MultiFactorAuthPresent false`, which skips long-term credentials. */
export const badPatternForMfa: LintRule = {
  code: 'BAD_PATTERN_FOR_MFA',
  severity: 'security',
  description: '`"Bool": {"aws:MultiFactorAuthPresent": "false"}` never matches requests signed with long-term access keys (the key is absent then), so a Deny built on it lets them through.',
  kinds: ALL_KINDS,
  inspects: 'conditions',
  check(ctx, report) {
    for (const s of ctx.statements)
      for (const c of s.conditions) {
        if (c.keyLower !== 'aws:multifactorauthpresent' || c.operator !== 'Bool') continue;
        if (!c.values.some((v) => String(v).toLowerCase() === 'false')) continue;
        report(
          c.path,
          s.statement.Effect === 'Deny'
            ? 'This Deny does not apply to long-term access keys, where aws:MultiFactorAuthPresent is absent; write "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}.'
            : 'aws:MultiFactorAuthPresent is absent for long-term access keys, so "false" does not mean "no MFA"; require MFA with "Bool": {"aws:MultiFactorAuthPresent": "true"} or deny with BoolIfExists.',
        );
      }
  },
};
