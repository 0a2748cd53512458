/**
 * Policy variables: `${aws:username}` and friends, usable in Resource (resource part) and in String
 * and ARN condition values. Requires Version 2012-10-17, which typed-iam always emits.
 */
import type { ConditionKeyPatternsByType, ConditionKeysByType } from '../catalog/generated/condition-keys.js';
import { PolicyArgumentError } from '../errors.js';
import { badVariableDefault, badVariableKey } from '../messages.js';
import { variableNameProblem } from '../model/variables.js';

/** Keys that can be policy variables: single-valued keys (never multivalued ones). */
export type VariableKey = ConditionKeysByType[SingleValued] | ConditionKeyPatternsByType[SingleValued];
type SingleValued = 'String' | 'ARN' | 'Numeric' | 'Bool' | 'Date' | 'IPAddress';

/**
 * Writes a policy variable, optionally with a default used when the key is absent.
 *
 * @example
 * ```ts
 * import { allow, policyVariable } from 'typed-iam';
 * allow('s3:GetObject').on(`arn:aws:s3:::home/${policyVariable('aws:username')}/*`);
 * // "Resource": "arn:aws:s3:::home/${aws:username}/*"
 * policyVariable('aws:PrincipalTag/team', 'company-wide'); // "${aws:PrincipalTag/team, 'company-wide'}"
 * ```
 */
export function policyVariable<const K extends VariableKey>(key: K, defaultValue?: string): `\${${K}}` | `\${${K}, '${string}'}` {
  // plain JavaScript callers pass anything: a number was a TypeError, '' wrote `${}`, '*' the
  // escape `${*}` (a literal `*`, no variable), a tab or "'" a variable IAM refuses
  if (typeof key !== 'string' || variableNameProblem(key) !== undefined)
    throw new PolicyArgumentError('key', badVariableKey(key));
  if (defaultValue === undefined) return `\${${key}}`;
  if (typeof defaultValue !== 'string' || defaultValue.includes("'") || defaultValue.includes('}'))
    throw new PolicyArgumentError('defaultValue', badVariableDefault(defaultValue));
  return `\${${key}, '${defaultValue}'}`;
}
