import type { LintRule } from '../context.js';
import { ALL_KINDS, show } from '../helpers.js';

/** FORALLVALUES_WITH_SINGLE_VALUED_KEY: `ForAllValues:` on a single-valued key. */
export const forAllValuesWithSingleValuedKey: LintRule = {
  code: 'FORALLVALUES_WITH_SINGLE_VALUED_KEY',
  severity: 'security',
  aliases: ['FOR_ALL_VALUES_WITH_SINGLE_VALUED_KEY'],
  description: '`ForAllValues:` on a single-valued key is also true when the key is absent, so an Allow can match more requests than intended.',
  kinds: ALL_KINDS,
  inspects: 'conditions',
  check(ctx, report) {
    for (const s of ctx.statements)
      for (const c of s.conditions) {
        if (c.op?.qualifier !== 'ForAllValues') continue;
        const info = c.info;
        if (info === undefined || info.multivalued) continue;
        report(c.path, `Condition key ${show(c.key)} is single-valued: ${show(c.operator)} is also true when the key is missing; drop the qualifier and write ${show(c.operator.slice(13))}.`);
      }
  },
};
