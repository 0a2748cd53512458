/**
 * Checks on condition keys and values that need no account data: INVALID_VPC_FORMAT, INVALID_VPCE_FORMAT,
 * INVALID_REGION, INVALID_DATE_VALUE, MISSING_TAG_KEY_IN_CONDITION.
 */
import { valuePath, type ConditionEntry, type LintRule } from '../context.js';
import { hasVariable, isRegionName, show } from '../helpers.js';
import { conditionRule, conditionValueRule } from '../value-rule.js';
import { hasWildcard } from '../../model/match.js';

/** Each literal string value (no wildcard under a Like operator, no variable) of the conditions on `key`. */
function literalValues(c: ConditionEntry, visit: (v: string, path: string) => void): void {
  const like = c.op?.base === 'StringLike' || c.op?.base === 'StringNotLike';
  c.values.forEach((v, i) => {
    if (typeof v !== 'string' || hasVariable(v) || (like && hasWildcard(v))) return;
    visit(v, valuePath(c, i));
  });
}

function formatRule(code: string, key: string, valid: (v: string) => boolean, description: string, advice: string): LintRule {
  return conditionRule({
    code,
    severity: 'error',
    description,
    each(c, report) {
      if (c.keyLower !== key || c.op?.family !== 'String') return;
      literalValues(c, (v, path) => {
        if (!valid(v)) report(path, `${show(v)} is not a valid ${c.key} value; ${advice}`);
      });
    },
  });
}

/** INVALID_VPC_FORMAT: aws:SourceVpc value not `vpc-` + 8 or 17 alphanumerics. */
export const invalidVpcFormat = formatRule(
  'INVALID_VPC_FORMAT',
  'aws:sourcevpc',
  (v) => /^vpc-(?:[0-9a-z]{8}|[0-9a-z]{17})$/.test(v),
  'An `aws:SourceVpc` value is not a VPC ID (`vpc-` followed by 8 or 17 alphanumeric characters), so it never matches.',
  'use "vpc-" followed by 8 or 17 alphanumeric characters (vpc-1a2b3c4d).',
);
/** INVALID_VPCE_FORMAT: aws:SourceVpce value not `vpce-` + 8 or 17 alphanumerics. */
export const invalidVpceFormat = formatRule(
  'INVALID_VPCE_FORMAT',
  'aws:sourcevpce',
  (v) => /^vpce-(?:[0-9a-z]{8}|[0-9a-z]{17})$/.test(v),
  'An `aws:SourceVpce` value is not a VPC endpoint ID (`vpce-` followed by 8 or 17 alphanumeric characters), so it never matches.',
  'use "vpce-" followed by 8 or 17 alphanumeric characters (vpce-1a2b3c4d).',
);
/** INVALID_REGION: an aws:RequestedRegion value that is not a Region name. */
export const invalidRegion = formatRule(
  'INVALID_REGION',
  'aws:requestedregion',
  isRegionName,
  'An `aws:RequestedRegion` value is not written like a Region name (`us-east-1`), so it never matches.',
  'write a Region name such as "us-east-1".',
);

/** INVALID_DATE_VALUE: a date given as UNIX epoch seconds. */
export const invalidDateValue: LintRule = conditionValueRule({
  code: 'INVALID_DATE_VALUE',
  severity: 'warning',
  description: 'A Date operator value is written as UNIX epoch seconds; it might not resolve as expected. Use the W3C format (`2026-07-16` or `2026-07-16T19:20:30Z`).',
  families: ['Date'],
  message: (v) =>
    typeof v === 'number' || (typeof v === 'string' && /^\d+$/.test(v))
      ? `The date ${show(v)} is epoch seconds and might not resolve as expected; write it as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.`
      : undefined,
});

/** True for a tag condition key without its tag key (`aws:ResourceTag`, `ec2:ResourceTag/`). */
export function missingTagKey(keyLower: string): boolean {
  return /^[a-z0-9-]+:(?:resourcetag|requesttag|principaltag)\/?$/.test(keyLower);
}

/** MISSING_TAG_KEY_IN_CONDITION: `aws:ResourceTag` without `/tag-key`. */
export const missingTagKeyInCondition = conditionRule({
  code: 'MISSING_TAG_KEY_IN_CONDITION',
  severity: 'error',
  description: 'A tag condition key (`aws:ResourceTag`, `aws:RequestTag`, `aws:PrincipalTag`, or a service form) has no tag key after the slash, so it names no value.',
  each(c, report) {
    if (missingTagKey(c.keyLower)) report(c.path, `Condition key ${show(c.key)} must name a tag key: write ${show(`${c.key.replace(/\/$/, '')}/<tag-key>`)}.`);
  },
});
