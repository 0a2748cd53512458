import { show } from '../helpers.js';
import { conditionRule } from '../value-rule.js';

/**
 * FORALLVALUES_WITH_SINGLE_VALUED_KEY: `ForAllValues:` on a single-valued key. The reference names no
 * effect, so a Deny is reported too; there the same meaning is `<operator>IfExists` (true when the key
 * is absent, the plain test when present), and dropping the qualifier alone would narrow the Deny.
 */
export const forAllValuesWithSingleValuedKey = conditionRule({
  code: 'FORALLVALUES_WITH_SINGLE_VALUED_KEY',
  severity: 'security',
  aliases: ['FOR_ALL_VALUES_WITH_SINGLE_VALUED_KEY'],
  description:
    '`ForAllValues:` on a single-valued key is also true when the key is absent, so an Allow can match more requests than intended. Reported for a Deny too (the reference names no effect), where it also denies requests without the key: the message then advises the operator with `IfExists`, which keeps that meaning, since dropping the qualifier alone would let such requests through.',
  each(c, report, s) {
    if (c.op?.qualifier !== 'ForAllValues') return;
    const info = c.info;
    if (info === undefined || info.multivalued) return;
    const plain = c.operator.slice(13);
    if (s.statement.Effect === 'Deny') {
      const ifExists = plain.endsWith('IfExists') ? plain : `${plain}IfExists`;
      report(
        c.path,
        `Condition key ${show(c.key)} is single-valued: in this Deny ${show(c.operator)} is also true when the key is missing, so requests without it are denied; to keep that, write ${show(ifExists)} (dropping the qualifier alone would let them through).`,
      );
    } else report(c.path, `Condition key ${show(c.key)} is single-valued: ${show(c.operator)} is also true when the key is missing; drop the qualifier and write ${show(plain)}.`);
  },
});
