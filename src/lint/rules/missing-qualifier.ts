import type { LintRule } from '../context.js';
import { ALL_KINDS, show } from '../helpers.js';

/** MISSING_QUALIFIER: a plain operator on a multivalued key. */
export const missingQualifier: LintRule = {
  code: 'MISSING_QUALIFIER',
  severity: 'warning',
  description: 'A multivalued condition key (type ArrayOf...) is tested with an operator that has no `ForAnyValue:`/`ForAllValues:` qualifier. Access Analyzer reports an ERROR; typed-iam a warning, because AWS managed policies rely on the plain form for keys that carry one value in practice.',
  kinds: ALL_KINDS,
  inspects: 'conditions',
  check(ctx, report) {
    for (const s of ctx.statements)
      for (const c of s.conditions) {
        if (c.op === undefined || c.op.qualifier !== undefined || c.op.family === 'Null') continue;
        const info = c.info;
        if (info === undefined || !info.multivalued) continue;
        report(c.path, `Condition key ${show(c.key)} holds several values; write ${show(`ForAnyValue:${c.operator}`)} (any value matches) or ${show(`ForAllValues:${c.operator}`)} (every value matches).`);
      }
  },
};
