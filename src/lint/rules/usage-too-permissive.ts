/**
 * WILDCARD_USAGE_TOO_PERMISSIVE and VARIABLE_USAGE_TOO_PERMISSIVE, for the one key their reference
 * entries name: `aws:userid` ("Error – Wildcard usage too permissive", "Error – Variable usage too
 * permissive": a wildcard or policy variable in an `aws:userid` value belongs right of the colon
 * (`AIDACKCEVSQ6C2EXAMPLE:*`) or alone left of it (`*:*`, `${aws:userid}:*`)). The entries' other
 * findings, for "sensitive" keys listed on the global condition keys page and for fewer than six
 * characters before a wildcard, depend on a key list the catalog does not carry and are not reported.
 */
import { valuePath, type ConditionEntry } from '../context.js';
import { hasWildcard, show, variables } from '../helpers.js';
import { outsideVariables } from '../../model/variables.js';
import { conditionRule } from '../value-rule.js';

const USER_ID = 'aws:userid';

/** The part of an `aws:userid` value before its first colon outside a policy variable, and whether it has one. */
function leftOfColon(v: string): { readonly left: string; readonly colon: boolean } {
  const uses = variables(v);
  for (let i = v.indexOf(':'); i >= 0; i = v.indexOf(':', i + 1)) if (!uses.some((u) => u.start <= i && i < u.end)) return { left: v.slice(0, i), colon: true };
  return { left: v, colon: false };
}

/** Each string value of an `aws:userid` condition, with where it is reported. */
function* userIdValues(c: ConditionEntry): Generator<[string, string]> {
  if (c.keyLower !== USER_ID) return;
  for (let i = 0; i < c.values.length; i++) {
    const v = c.values[i];
    if (typeof v === 'string') yield [v, valuePath(c, i)];
  }
}

/** WILDCARD_USAGE_TOO_PERMISSIVE: a wildcard in the unique-ID part of an `aws:userid` pattern. */
export const wildcardUsageTooPermissive = conditionRule({
  code: 'WILDCARD_USAGE_TOO_PERMISSIVE',
  severity: 'error',
  description:
    'An `aws:userid` pattern (a `...Like` operator) has a wildcard left of the colon, in the unique ID of the role or user, or has no colon at all (`*`, `AIDA*`), so it matches the IDs of many principals; write the wildcard right of the colon (`AROAEXAMPLEID:*`) or as the whole left side (`*:session`).',
  each(c, report) {
    if (c.op?.compare !== 'like') return;
    for (const [v, path] of userIdValues(c)) {
      const { left, colon } = leftOfColon(v);
      if (hasWildcard(outsideVariables(left)) && !(colon && left === '*'))
        report(path, `The wildcard in ${show(v)} stands for unique IDs of principals, which matches too many callers of ${show(c.key)}; put it right of the colon (<unique-id>:*) or make it the whole left side (*:<session>).`);
    }
  },
});

/** VARIABLE_USAGE_TOO_PERMISSIVE: a policy variable beside other text left of the colon of an `aws:userid` value, or a value without a colon. */
export const variableUsageTooPermissive = conditionRule({
  code: 'VARIABLE_USAGE_TOO_PERMISSIVE',
  severity: 'error',
  description:
    'An `aws:userid` value has a policy variable left of the colon next to other text, or has no colon at all (`${aws:userid}`), where the variable can act as a wildcard over unique IDs; write the variable right of the colon (`AROAEXAMPLEID:${aws:username}`) or as the whole left side (`${aws:userid}:*`).',
  each(c, report) {
    // only operators that substitute policy variables
    if (c.op?.variables !== true) return;
    for (const [v, path] of userIdValues(c)) {
      const { left, colon } = leftOfColon(v);
      const uses = variables(left);
      if (uses.length === 0) continue;
      const alone = colon && uses.length === 1 && uses[0]!.start === 0 && uses[0]!.end === left.length;
      if (!alone)
        report(path, `The policy variable in ${show(v)} can stand for the unique IDs of many principals in ${show(c.key)}; put it right of the colon (<unique-id>:\${...}) or make it the whole left side (\${aws:userid}:*).`);
    }
  },
});
