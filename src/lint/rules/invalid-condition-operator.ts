import { didYouMean, suggestOperators } from '../../catalog/index.js';
import { keyPath, type LintRule } from '../context.js';
import { ALL_KINDS, show } from '../helpers.js';
import { BASE_OPERATORS, parseOperator } from '../../model/operators.js';

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
  check(ctx, report) {
    for (const s of ctx.statements) {
      // the operators as written, an empty block's too (it holds no condition entry)
      for (const operator of Object.keys(s.statement.Condition ?? {})) {
        if (parseOperator(operator) !== undefined || isNullIfExists(operator)) continue;
        const fix = caseFix(operator);
        report(
          keyPath(`${s.path}.Condition`, operator),
          fix !== undefined
            ? `Condition operator ${show(operator)} is not valid: operators are case-sensitive; write ${show(fix)}.`
            : `Condition operator ${show(operator)} does not exist.${didYouMean(suggestOperators(operator))} Operators are StringEquals, StringLike, ArnLike, NumericLessThan, DateGreaterThan, Bool, IpAddress, Null, ... (optionally with ForAnyValue:/ForAllValues: and IfExists).`,
        );
      }
    }
  },
};
