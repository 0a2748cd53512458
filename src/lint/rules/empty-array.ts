import type { LintRule } from '../context.js';
import { ALL_KINDS } from '../helpers.js';

/** EMPTY_ARRAY: an empty Action, Resource or principal list. */
export const emptyArray: LintRule = {
  code: 'EMPTY_ARRAY',
  severity: 'suggestion',
  description: 'Action, NotAction, Resource, NotResource or a principal list is an empty array (Access Analyzer: Empty array action/resource/principal), so the statement matches nothing or the element does nothing.',
  kinds: ALL_KINDS,
  check(ctx, report) {
    for (const s of ctx.statements) {
      const st = s.statement;
      for (const el of ['Action', 'NotAction', 'Resource', 'NotResource'] as const)
        if (st[el]?.length === 0) report(`${s.path}.${el}`, `${el} is an empty list, so the statement matches no request; add entries or remove the statement.`);
      for (const el of ['Principal', 'NotPrincipal'] as const) {
        const p = st[el];
        if (p === undefined || p === '*') continue;
        for (const t of ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const)
          if (p[t]?.length === 0) report(`${s.path}.${el}.${t}`, `${el}.${t} is an empty list; add principals or remove it.`);
      }
    }
  },
};
