import type { LintRule, StatementFacts } from '../context.js';
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

/** Same texts in the same order (equal statements have equal lists). */
function sameTexts(a: readonly { readonly raw: string }[], b: readonly { readonly raw: string }[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.raw !== b[i]!.raw) return false;
  return true;
}

/** What equal statements must share, compared directly: the JSON text is built only when all agree. */
function alike(x: StatementFacts, y: StatementFacts): boolean {
  const a = x.statement;
  const b = y.statement;
  return (
    a.Effect === b.Effect &&
    x.actionElement === y.actionElement &&
    x.resourceElement === y.resourceElement &&
    x.conditions.length === y.conditions.length &&
    (a.Principal === undefined) === (b.Principal === undefined) &&
    (a.NotPrincipal === undefined) === (b.NotPrincipal === undefined) &&
    sameTexts(x.actionTexts, y.actionTexts) &&
    sameTexts(x.resourceTexts, y.resourceTexts)
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
      // few statements: compare each with the earlier ones on their texts first, no signature strings
      for (let j = 1; j < n; j++) {
        const b = ctx.statements[j]!;
        for (let i = 0; i < j; i++) {
          if (!alike(ctx.statements[i]!, b) || text(i) !== text(j)) continue;
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
