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

/** Up to this many statements are compared pairwise (at most 496 cheap comparisons); more are grouped by {@link signature}. */
const SMALL = 32;

/** The fields {@link signature} reads, compared directly. */
function alike(a: Statement, b: Statement): boolean {
  const aa = a.Action ?? a.NotAction;
  const ba = b.Action ?? b.NotAction;
  const ar = a.Resource ?? a.NotResource;
  const br = b.Resource ?? b.NotResource;
  return (
    a.Effect === b.Effect &&
    (a.Action === undefined) === (b.Action === undefined) &&
    aa?.length === ba?.length &&
    aa?.[0] === ba?.[0] &&
    (a.Resource === undefined) === (b.Resource === undefined) &&
    ar?.length === br?.length &&
    ar?.[0] === br?.[0] &&
    (a.Condition === undefined) === (b.Condition === undefined) &&
    (a.Principal === undefined) === (b.Principal === undefined) &&
    (a.NotPrincipal === undefined) === (b.NotPrincipal === undefined)
  );
}

/** REDUNDANT_STATEMENT: a statement identical to an earlier one (ignoring Sid). */
export const redundantStatement: LintRule = {
  code: 'REDUNDANT_STATEMENT',
  severity: 'suggestion',
  description: 'A statement repeats an earlier statement exactly (apart from its Sid); remove one.',
  kinds: ALL_KINDS,
  check(ctx, report) {
    const n = ctx.statements.length;
    if (n < 2) return;
    const texts: (string | undefined)[] = [];
    const text = (i: number): string => (texts[i] ??= canonical(ctx.statements[i]!.statement));
    if (n <= SMALL) {
      // few statements: compare each with the earlier ones on cheap fields first, no signature strings
      for (let j = 1; j < n; j++) {
        const b = ctx.statements[j]!.statement;
        for (let i = 0; i < j; i++) {
          if (!alike(ctx.statements[i]!.statement, b) || text(i) !== text(j)) continue;
          report(ctx.statements[j]!.path, `This statement repeats Statement[${i}]; remove it.`);
          break;
        }
      }
      return;
    }
    const bySignature = new Map<string, number[]>();
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
