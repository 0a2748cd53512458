import type { LintRule } from '../context.js';
import { ALL_KINDS } from '../helpers.js';

/** EMPTY_SID_VALUE: `"Sid": ""`. */
export const emptySidValue: LintRule = {
  code: 'EMPTY_SID_VALUE',
  severity: 'suggestion',
  description: 'A statement has an empty Sid; remove it or give it a name.',
  kinds: ALL_KINDS,
  check(ctx, report) {
    for (const s of ctx.statements)
      if (s.statement.Sid === '') report(`${s.path}.Sid`, 'Sid is empty; remove it or name the statement.');
  },
};
