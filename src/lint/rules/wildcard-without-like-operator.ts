import { show, variables } from '../helpers.js';
import { conditionRule } from '../value-rule.js';

/** True when `v` holds `*` or `?` outside `${*}`/`${?}` escapes and variables. */
function hasLiteralWildcard(v: string): boolean {
  if (!v.includes('*') && !v.includes('?')) return false;
  let at = 0;
  let rest = '';
  for (const u of variables(v)) {
    rest += v.slice(at, u.start);
    at = u.end;
  }
  rest += v.slice(at);
  rest = rest.split('${*}').join('').split('${?}').join('');
  return rest.includes('*') || rest.includes('?');
}

/** WILDCARD_WITHOUT_LIKE_OPERATOR: `*` or `?` in a value of an Equals string operator. */
export const wildcardWithoutLikeOperator = conditionRule({
  code: 'WILDCARD_WITHOUT_LIKE_OPERATOR',
  severity: 'warning',
  description: 'A value under StringEquals, StringNotEquals or their IgnoreCase forms contains `*` or `?`, which these operators compare literally.',
  each(c, report) {
    if (c.op === undefined || c.op.family !== 'String' || c.op.base === 'StringLike' || c.op.base === 'StringNotLike') return;
    const v = c.values.find((x) => typeof x === 'string' && hasLiteralWildcard(x));
    if (v === undefined) return;
    const like = c.operator.replace(c.op.base, c.op.negated ? 'StringNotLike' : 'StringLike');
    report(c.path, `Value ${show(v)} contains a wildcard, but ${show(c.operator)} compares literally; use ${show(like)} to match a pattern.`);
  },
});
