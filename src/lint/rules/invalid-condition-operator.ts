import { didYouMean, suggestOperators } from '../../catalog/index.js';
import type { LintRule } from '../context.js';
import { ALL_KINDS, show } from '../helpers.js';
import { BASE_OPERATORS } from '../../model/operators.js';

/** The operator IAM would accept when `op` differs only in letter case, else undefined. */
function caseFix(op: string): string | undefined {
  const lower = op.toLowerCase();
  let q = '';
  let rest = op;
  if (lower.startsWith('foranyvalue:')) [q, rest] = ['ForAnyValue:', op.slice(12)];
  else if (lower.startsWith('forallvalues:')) [q, rest] = ['ForAllValues:', op.slice(13)];
  let suffix = '';
  if (rest.toLowerCase().endsWith('ifexists')) [suffix, rest] = ['IfExists', rest.slice(0, -8)];
  const base = Object.keys(BASE_OPERATORS).find((b) => b.toLowerCase() === rest.toLowerCase());
  if (base === undefined || (base === 'Null' && suffix !== '')) return undefined;
  return `${q}${base}${suffix}`;
}

/** True for `NullIfExists` with or without a qualifier (reported by NULL_WITH_IF_EXISTS). */
export function isNullIfExists(op: string): boolean {
  return op === 'NullIfExists' || op === 'ForAnyValue:NullIfExists' || op === 'ForAllValues:NullIfExists';
}

/** INVALID_CONDITION_OPERATOR: an operator IAM does not know (operators are case-sensitive). */
export const invalidConditionOperator: LintRule = {
  code: 'INVALID_CONDITION_OPERATOR',
  severity: 'error',
  description: 'A condition operator is not one IAM knows; operator names are case-sensitive (`stringEquals` is rejected).',
  kinds: ALL_KINDS,
  inspects: 'conditions',
  check(ctx, report) {
    for (const s of ctx.statements) {
      const seen = new Set<string>();
      for (const c of s.conditions) {
        if (c.op !== undefined || isNullIfExists(c.operator) || seen.has(c.operator)) continue;
        seen.add(c.operator);
        const fix = caseFix(c.operator);
        report(
          c.operatorPath,
          fix !== undefined
            ? `Condition operator ${show(c.operator)} is not valid: operators are case-sensitive; write ${show(fix)}.`
            : `Condition operator ${show(c.operator)} does not exist.${didYouMean(suggestOperators(c.operator))} Operators are StringEquals, StringLike, ArnLike, NumericLessThan, DateGreaterThan, Bool, IpAddress, Null, ... (optionally with ForAnyValue:/ForAllValues: and IfExists).`,
        );
      }
    }
  },
};
