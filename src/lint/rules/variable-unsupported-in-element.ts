import type { LintRule } from '../context.js';
import { ALL_KINDS, hasVariable, principalValues, show, splitArn, variables } from '../helpers.js';
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
    // the texts are read, and an entry (with its path) is made only to report: making the entries of
    // every statement of a policy with one variable was most of this rule's time
    for (const s of ctx.statements) {
      for (let i = 0; i < s.resourceTexts.length; i++) {
        const r = s.resourceTexts[i]!;
        if (!r.raw.includes('${')) continue;
        const vars = variables(r.raw);
        if (vars.length === 0) continue;
        const f = r.arn ?? splitArn(r.raw);
        const first = vars[0]!;
        // partition and service must be literal; region and account may hold a variable (AWS managed policies use ${aws:PrincipalAccount})
        if (f !== undefined && first.start >= f.regionStart) continue;
        report(s.resources[i]!.path, `Policy variable \${${first.body}} in ${show(r.raw)} is in the partition or service field of the ARN, where IAM does not substitute it; write them literally (use "*" for any partition).`);
      }
      for (let i = 0; i < s.actionTexts.length; i++)
        if (hasVariable(s.actionTexts[i]!.raw))
          report(s.actions[i]!.path, `Policy variables are not allowed in ${s.actionElement ?? 'Action'}: ${show(s.actionTexts[i]!.raw)}; name the actions (wildcards allowed) and put the variable in Resource or a condition.`);
      for (const el of ['Principal', 'NotPrincipal'] as const) {
        const p = s.statement[el];
        if (p === undefined) continue;
        for (const type of PRINCIPAL_TYPES)
          principalValues(p, type).forEach((v, i) => {
            if (hasVariable(v))
              report(`${s.path}.${el}.${type}[${i}]`, `Policy variables are not allowed in ${el}: ${show(v)}; list the principals or use a condition on aws:PrincipalArn.`);
          });
      }
      if (s.statement.Sid !== undefined && hasVariable(s.statement.Sid))
        report(`${s.path}.Sid`, `Policy variables are not allowed in Sid: ${show(s.statement.Sid)}.`);
      for (const c of s.conditions)
        if (hasVariable(c.key))
          report(keyPath(c.operatorPath, c.key), `Policy variables are not allowed in condition keys: ${show(c.key)}; put the variable in the value instead.`);
    }
  },
};
