import type { LintRule } from '../context.js';
import { ALL_KINDS } from '../helpers.js';
import { compactText } from '../../emit/emit.js';
import { measure } from '../../emit/size.js';
import { DEFAULT_TARGET, resolveTarget } from '../../emit/size-targets.js';

/** A number with an exponent (`1e5`) can grow when re-emitted; otherwise compact output is never longer than the text. */
const EXPONENT = /\d[eE][+-]?\d/;

/** POLICY_SIZE_EXCEEDS_QUOTA: the compact policy is larger than its size target allows. */
export const policySizeExceedsQuota: LintRule = {
  code: 'POLICY_SIZE_EXCEEDS_QUOTA',
  severity: 'error',
  description: "The policy is larger than the quota of its size target (option `target`, default: the kind's default target), counted the way AWS counts.",
  kinds: ALL_KINDS,
  check(ctx, report) {
    const target = ctx.target ?? DEFAULT_TARGET[ctx.kind];
    if (ctx.source !== undefined && !EXPONENT.test(ctx.source)) {
      // upper bound: the emitted compact text is at most the source plus a Version element; bytes at most 2 per character
      const t = resolveTarget(target);
      const bound = (ctx.source.length + 32) * (t.unit === 'bytes' ? 2 : 1);
      if (bound <= t.limit) return;
    }
    let r;
    if (ctx.measure !== undefined) r = ctx.measure(target);
    else {
      const compact = compactText(ctx.document);
      r = measure(compact, compact, target);
    }
    if (!r.fits)
      report('', `The policy is ${r.length} ${r.unit}, ${r.over} over the ${r.limit}-${r.unit === 'bytes' ? 'byte' : 'character'} limit of target '${String(r.target)}'; split it (typed-iam/optimize) or remove statements.`);
  },
};
