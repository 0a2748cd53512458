import type { LintRule } from '../context.js';
import { ALL_KINDS, principalValues, show, splitArn, variables } from '../helpers.js';
import { keyPath } from '../context.js';
import { PRINCIPAL_TYPES } from '../../model/policy-document.js';

/** VARIABLE_UNSUPPORTED_IN_ELEMENT: a policy variable where IAM does not substitute one. */
export const variableUnsupportedInElement: LintRule = {
  code: 'VARIABLE_UNSUPPORTED_IN_ELEMENT',
  severity: 'error',
  description: 'A policy variable appears in the partition or service field of an ARN, in an Action or NotAction, a Principal, a Sid or a condition key, where IAM does not substitute it.',
  kinds: ALL_KINDS,
  inspects: 'variables',
  check(ctx, report) {
    for (const s of ctx.statements) {
      for (const r of s.resources) {
        if (!r.raw.includes('${')) continue;
        const vars = variables(r.raw);
        if (vars.length === 0) continue;
        const f = r.arn ?? splitArn(r.raw);
        const first = vars[0]!;
        // partition and service must be literal; region and account may hold a variable (AWS managed policies use ${aws:PrincipalAccount})
        if (f !== undefined && first.start >= f.regionStart) continue;
        report(r.path, `Policy variable \${${first.body}} in ${show(r.raw)} is in the partition or service field of the ARN, where IAM does not substitute it; write them literally (use "*" for any partition).`);
      }
      for (const a of s.actions)
        if (a.raw.includes('${') && variables(a.raw).length > 0)
          report(a.path, `Policy variables are not allowed in ${s.actionElement ?? 'Action'}: ${show(a.raw)}; name the actions (wildcards allowed) and put the variable in Resource or a condition.`);
      for (const el of ['Principal', 'NotPrincipal'] as const) {
        const p = s.statement[el];
        for (const type of PRINCIPAL_TYPES)
          principalValues(p, type).forEach((v, i) => {
            if (variables(v).length > 0)
              report(`${s.path}.${el}.${type}[${i}]`, `Policy variables are not allowed in ${el}: ${show(v)}; list the principals or use a condition on aws:PrincipalArn.`);
          });
      }
      if (s.statement.Sid !== undefined && variables(s.statement.Sid).length > 0)
        report(`${s.path}.Sid`, `Policy variables are not allowed in Sid: ${show(s.statement.Sid)}.`);
      for (const c of s.conditions)
        if (variables(c.key).length > 0)
          report(keyPath(c.operatorPath, c.key), `Policy variables are not allowed in condition keys: ${show(c.key)}; put the variable in the value instead.`);
    }
  },
};
