import { conditionRule } from '../value-rule.js';

/** BAD_PATTERN_FOR_MFA: `Bool aws:MultiFactorAuthPresent false`, which skips long-term credentials. */
export const badPatternForMfa = conditionRule({
  code: 'BAD_PATTERN_FOR_MFA',
  severity: 'security',
  description: '`"Bool": {"aws:MultiFactorAuthPresent": "false"}` never matches requests signed with long-term access keys (the key is absent then), so a Deny built on it lets them through.',
  each(c, report, s) {
    if (c.keyLower !== 'aws:multifactorauthpresent' || c.operator !== 'Bool') return;
    if (!c.values.some((v) => String(v).toLowerCase() === 'false')) return;
    report(
      c.path,
      s.statement.Effect === 'Deny'
        ? 'This Deny does not apply to long-term access keys, where aws:MultiFactorAuthPresent is absent; write "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}.'
        : 'aws:MultiFactorAuthPresent is absent for long-term access keys, so "false" does not mean "no MFA"; require MFA with "Bool": {"aws:MultiFactorAuthPresent": "true"} or deny with BoolIfExists.',
    );
  },
});
