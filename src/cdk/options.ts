/**
 * The checks of typed-iam/cdk's option values. Options come from plain JavaScript and
 * configuration too: a value of the wrong type is a PolicyArgumentError naming the option, never
 * read as something else (`failOn: 'Error'` made no finding fail the synth) or a TypeError from inside.
 */
import { PolicyArgumentError } from '../errors.js';
import { isRuleSetting, SEVERITIES } from '../lint/types.js';
import { badOptionValue, FLAG, unknownOptions, wholeFrom, type OptionCheck } from '../internal/option-values.js';
import { isRecord } from '../internal/record.js';
import { cdkMessages } from './messages.js';

const text: OptionCheck = [(v) => typeof v === 'string', 'a string'];
const fn: OptionCheck = [(v) => typeof v === 'function', 'a function'];
// the command line's flags take the same (`--unknown-token-length`, `--max-managed-policies`, `--trust-policy-limit`)
const count: OptionCheck = [wholeFrom(1), 'a whole number, 1 or more'];

/** The options `checkTemplate`, `findPolicies` and `layoutRole` share with `TypedIamChecks`. */
const SHARED: Readonly<Record<string, OptionCheck>> = {
  tokenLengths: [(v) => isRecord(v) && Object.values(v).every(wholeFrom(0)), 'an object from names to whole numbers of characters, 0 or more'],
  unknownTokenLength: count,
  maxManagedPolicies: count,
  trustPolicyLimit: count,
  rules: [(v) => isRecord(v) && Object.values(v).every((s) => s === undefined || isRuleSetting(s)), `an object from rule codes to "off" or one of ${SEVERITIES.join(', ')}`],
};

/** Options of `checkTemplate` (and `findPolicies`, `layoutRole`). */
const TEMPLATE: Readonly<Record<string, OptionCheck>> = {
  ...SHARED,
  stackKey: text,
  stackName: text,
  account: text,
  region: text,
  partition: text,
  inlineElsewhere: fn,
  entityHolder: fn,
  managedElsewhere: fn,
  pathOf: fn,
  importValue: fn,
  parameterValue: fn,
  nestedOutput: fn,
  featureFlag: fn,
  minimize: FLAG,
};

/** Options of `TypedIamChecks`. */
const ASPECT: Readonly<Record<string, OptionCheck>> = {
  ...SHARED,
  failOn: [(v) => (SEVERITIES as readonly unknown[]).includes(v), `one of ${SEVERITIES.join(', ')}`],
  reportSizes: FLAG,
  fitRolePolicies: [(v) => typeof v === 'boolean' || (isRecord(v) && (v['minimize'] === undefined || typeof v['minimize'] === 'boolean')), 'true, false or { minimize: true | false }'],
};

function checkValues(options: Record<string, unknown>, checks: Readonly<Record<string, OptionCheck>>): void {
  // `failon: 'warning'` read as absent failed the synth on security findings only
  const known = [...Object.keys(checks), 'suppressions'].sort();
  const unknown = unknownOptions(options, known);
  if (unknown.length > 0) throw new PolicyArgumentError('options', cdkMessages.unknownOption(unknown, known));
  const bad = badOptionValue(options, checks);
  if (bad !== undefined) throw new PolicyArgumentError(bad.name, cdkMessages.badOption(bad.name, bad.value, bad.expected));
  if (options['suppressions'] !== undefined) checkSuppressions(options['suppressions']);
}

/** Refuses the options of `checkTemplate`, `findPolicies` or `layoutRole` that hold a value of the wrong type. */
export const checkTemplateOptions = (options: object): void => checkValues(options as Record<string, unknown>, TEMPLATE);

/** Refuses the options of `TypedIamChecks` that hold a value of the wrong type. */
export const checkAspectOptions = (options: object): void => checkValues(options as Record<string, unknown>, ASPECT);

/** Refuses a list of suppressions that is no array, or one without a code or a reason, or with a `path` that is no string. */
export function checkSuppressions(list: unknown): void {
  if (!Array.isArray(list)) throw new PolicyArgumentError('suppressions', cdkMessages.badOption('suppressions', list, 'an array of { code, reason, path? }'));
  for (const s of list as unknown[]) {
    if (!isRecord(s) || typeof s['code'] !== 'string' || s['code'] === '') throw new PolicyArgumentError('suppressions', cdkMessages.suppressionCode());
    if (typeof s['reason'] !== 'string' || s['reason'].trim() === '') throw new PolicyArgumentError('suppressions', cdkMessages.suppressionReason(s['code']));
    if (s['path'] !== undefined && typeof s['path'] !== 'string') throw new PolicyArgumentError('suppressions', cdkMessages.badOption(`path of the suppression of ${s['code']}`, s['path'], 'a string'));
    if (s['reference'] !== undefined && (typeof s['reference'] !== 'object' || s['reference'] === null))
      throw new PolicyArgumentError('suppressions', cdkMessages.badOption(`reference of the suppression of ${s['code']}`, s['reference'], 'a policy (a JSON document, a typed-iam policy or a CDK PolicyDocument)'));
  }
}
