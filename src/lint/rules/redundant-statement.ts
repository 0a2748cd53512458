import type { LintRule } from '../context.js';
import { ALL_KINDS } from '../helpers.js';
import type { Statement } from '../../model/policy-document.js';

/** The statement as JSON without its Sid (model statements keep one key order, so equal statements give equal text). */
function canonical(s: Statement): string {
  if (s.Sid === undefined) return JSON.stringify(s);
  const { Sid: _sid, ...rest } = s;
  return JSON.stringify(rest);
}

/** REDUNDANT_STATEMENT: a statement identical to an earlier one (ignoring Sid). */
export const redundantStatement: LintRule = {
  code: 'REDUNDANT_STATEMENT',
  severity: 'suggestion',
  description: 'A statement repeats an earlier statement exactly (apart from its Sid); remove one.',
  kinds: ALL_KINDS,
  check(ctx, report) {
    if (ctx.statements.length < 2) return;
    const seen = new Map<string, number>();
    for (const s of ctx.statements) {
      const key = canonical(s.statement);
      const at = seen.get(key);
      if (at === undefined) seen.set(key, s.index);
      else report(s.path, `This statement repeats Statement[${at}]; remove it.`);
    }
  },
};
