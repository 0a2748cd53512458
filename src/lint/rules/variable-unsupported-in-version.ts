import type { LintRule } from '../context.js';
import { ALL_KINDS, show, variables } from '../helpers.js';

/** VARIABLE_UNSUPPORTED_IN_VERSION: policy variables in a 2008-10-17 policy, where they are literal text. */
export const variableUnsupportedInVersion: LintRule = {
  code: 'VARIABLE_UNSUPPORTED_IN_VERSION',
  severity: 'error',
  description: 'A policy variable is used in a policy of version 2008-10-17 (or without Version), where `${...}` is plain text.',
  kinds: ALL_KINDS,
  inspects: 'variables',
  check(ctx, report) {
    if (ctx.document.Version !== '2008-10-17') return;
    const advice = 'add "Version": "2012-10-17" so IAM substitutes it';
    for (const s of ctx.statements) {
      for (const r of s.resources)
        if (variables(r.raw).length > 0) report(r.path, `${show(r.raw)} holds a policy variable, which the 2008-10-17 language reads literally; ${advice}.`);
      for (const c of s.conditions) {
        const v = c.values.find((x) => typeof x === 'string' && variables(x).length > 0);
        if (v !== undefined) report(c.path, `${show(v)} holds a policy variable, which the 2008-10-17 language reads literally; ${advice}.`);
      }
    }
  },
};
