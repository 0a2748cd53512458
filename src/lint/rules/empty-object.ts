import type { LintRule } from '../context.js';
import { keyPath } from '../context.js';
import { ALL_KINDS } from '../helpers.js';

/** EMPTY_OBJECT: an empty Condition, operator block or Principal map. */
export const emptyObject: LintRule = {
  code: 'EMPTY_OBJECT',
  severity: 'suggestion',
  description: 'A Condition, a condition operator block or a Principal is an empty object (Access Analyzer: Empty object condition/principal); remove it.',
  kinds: ALL_KINDS,
  check(ctx, report) {
    for (const s of ctx.statements) {
      const c = s.statement.Condition;
      if (c !== undefined) {
        const ops = Object.keys(c);
        if (ops.length === 0) report(`${s.path}.Condition`, 'Condition is an empty object; remove it.');
        for (const op of ops)
          if (Object.keys(c[op]!).length === 0) report(keyPath(`${s.path}.Condition`, op), `Operator block ${JSON.stringify(op)} is empty; remove it or add a key.`);
      }
      for (const el of ['Principal', 'NotPrincipal'] as const) {
        const p = s.statement[el];
        if (p !== undefined && p !== '*' && Object.keys(p).length === 0) report(`${s.path}.${el}`, `${el} is an empty object; name principals or remove it.`);
      }
    }
  },
};
