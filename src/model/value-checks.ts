/**
 * The values of a statement checked by the element and operator family that read them: condition
 * values by their operator's parser, Resource entries as ARN patterns. The builder runs these
 * checks when a statement is built, `statementValueIssues` on statements given as data, and lint reports
 * the same problems with the same messages (TYPE_MISMATCH_*, INVALID_ARN_PREFIX, MISSING_ARN_FIELD).
 */
import { arnProblem } from './arn.js';
import type { PolicyIssue } from './issues.js';
import { badArn, show, valueNeverMatches } from './messages.js';
import { operatorFamily } from './operators.js';
import type { ConditionValue, Statement } from './policy-document.js';
import { isFamilyValue } from './values.js';

/**
 * Why a condition value never works under `operator`, as a message, or undefined when its family
 * reads it (or the operator is not one IAM knows: that is the operator's problem). String values
 * are any text; every other value must parse as its family's type (see `isFamilyValue`). Policy
 * variables are substituted under String and ARN operators only (reference_policies_variables),
 * so an ARN value may hold them (`arn:aws:iam::${aws:PrincipalAccount}:role/x`), while under the
 * other operators `${aws:username}` is compared as written and never matches.
 *
 * @example
 * ```ts
 * conditionValueProblem('IpAddress', 'not-an-ip');
 * // 'Value "not-an-ip" under "IpAddress" never matches: write an address or CIDR block such as ...'
 * conditionValueProblem('IpAddress', '203.0.113.0/24'); // undefined
 * ```
 */
export function conditionValueProblem(operator: string, v: ConditionValue): string | undefined {
  const family = operatorFamily(operator);
  return family === undefined || isFamilyValue(family, v) ? undefined : valueNeverMatches(v, operator, family);
}

/** The problems of the values of one condition key (`path` is the key's path, with `[i]` when it holds more than one value). */
export function conditionValueIssues(operator: string, key: string, values: readonly ConditionValue[], path: string): PolicyIssue[] {
  const out: PolicyIssue[] = [];
  values.forEach((value, i) => {
    const message = conditionValueProblem(operator, value);
    if (message !== undefined) out.push({ path: values.length === 1 ? path : `${path}[${i}]`, code: 'INVALID_CONDITION_VALUE', message, operator, key, value });
  });
  return out;
}

/** The problem of one Resource/NotResource entry at `path`, or undefined (empty text is the grammar's EMPTY_VALUE). */
export function resourceIssue(r: string, path: string): PolicyIssue | undefined {
  const problem = r === '' ? undefined : arnProblem(r);
  return problem === undefined ? undefined : { path, code: 'INVALID_RESOURCE', message: badArn(r), value: r };
}

/**
 * The value problems of a statement given as data (`at` is its path, `Statement[2]`): Resource and
 * NotResource entries, and condition values under the operators IAM knows. Shapes the grammar
 * rejects (a Condition that is not an object, an unknown operator) are left to the grammar check.
 *
 * @example
 * ```ts
 * statementValueIssues({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['my-bucket/*'] }, 'Statement[0]');
 * // [{ path: 'Statement[0].Resource[0]', code: 'INVALID_RESOURCE', message: 'Resource "my-bucket/*" is not an ARN; ...', value: 'my-bucket/*' }]
 * ```
 */
export function statementValueIssues(s: Statement, at: string): PolicyIssue[] {
  const out: (PolicyIssue | undefined)[] = [];
  for (const el of ['Resource', 'NotResource'] as const)
    [s[el] ?? []].flat().forEach((r, i) => out.push(typeof r === 'string' ? resourceIssue(r, `${at}.${el}[${i}]`) : undefined));
  for (const [operator, block] of Object.entries(s.Condition ?? {}))
    for (const [key, values] of Object.entries(block ?? {}))
      out.push(...conditionValueIssues(operator, key, [values].flat().filter((v) => typeof v !== 'object'), `${at}.Condition.${operator}[${show(key)}]`));
  return out.filter((x) => x !== undefined);
}
