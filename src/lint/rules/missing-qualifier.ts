import { show } from '../helpers.js';
import { conditionRule } from '../value-rule.js';

/** MISSING_QUALIFIER: a plain operator on a multivalued key. */
export const missingQualifier = conditionRule({
  code: 'MISSING_QUALIFIER',
  severity: 'error',
  description: 'A multivalued condition key (type ArrayOf...) is tested with an operator that has no `ForAnyValue:`/`ForAllValues:` qualifier: a request that carries two or more values leaves a plain operator, positive or negated, unknown (docs/evaluation.md), so an Allow never grants it and a Deny always denies it. Access Analyzer reports it as an error too, also on a few AWS managed policies (`events:detail-type` in three of them).',
  each(c, report) {
    if (c.op === undefined || c.op.qualifier !== undefined || c.op.family === 'Null') return;
    const info = c.info;
    if (info === undefined || !info.multivalued) return;
    report(c.path, `Condition key ${show(c.key)} holds several values; write ${show(`ForAnyValue:${c.operator}`)} (any value matches) or ${show(`ForAllValues:${c.operator}`)} (every value matches).`);
  },
});
