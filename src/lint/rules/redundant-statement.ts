import type { LintRule } from '../context.js';
import { ALL_KINDS } from '../helpers.js';
import type { Statement } from '../../model/policy-document.js';

/** The statement as JSON without its Sid (model statements keep one key order, so equal statements give equal text). */
function canonical(s: Statement): string {
  if (s.Sid === undefined) return JSON.stringify(s);
  const { Sid: _sid, ...rest } = s;
  return JSON.stringify(rest);
}

/**
 * A cheap signature that equal statements share (element sizes and first entries): the JSON text is
 * only built for statements whose signatures collide.
 */
function signature(s: Statement): string {
  const actions = s.Action ?? s.NotAction;
  const resources = s.Resource ?? s.NotResource;
  return `${s.Effect}|${s.Action === undefined ? 'N' : ''}${actions?.length ?? -1}|${actions?.[0] ?? ''}|${s.Resource === undefined ? 'N' : ''}${resources?.length ?? -1}|${resources?.[0] ?? ''}|${s.Condition === undefined ? 0 : 1}${s.Principal === undefined ? 0 : 1}${s.NotPrincipal === undefined ? 0 : 1}`;
}

/** REDUNDANT_STATEMENT: a statement identical to an earlier one (ignoring Sid). */
export const redundantStatement: LintRule = {
  code: 'REDUNDANT_STATEMENT',
  severity: 'suggestion',
  description: 'A statement repeats an earlier statement exactly (apart from its Sid); remove one.',
  kinds: ALL_KINDS,
  check(ctx, report) {
    if (ctx.statements.length < 2) return;
    const bySignature = new Map<string, number[]>();
    const texts = new Map<number, string>();
    const text = (i: number): string => {
      let t = texts.get(i);
      if (t === undefined) {
        t = canonical(ctx.statements[i]!.statement);
        texts.set(i, t);
      }
      return t;
    };
    for (const s of ctx.statements) {
      const sig = signature(s.statement);
      const earlier = bySignature.get(sig);
      if (earlier === undefined) {
        bySignature.set(sig, [s.index]);
        continue;
      }
      const mine = text(s.index);
      const at = earlier.find((i) => text(i) === mine);
      if (at === undefined) earlier.push(s.index);
      else report(s.path, `This statement repeats Statement[${at}]; remove it.`);
    }
  },
};
