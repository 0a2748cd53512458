/**
 * The checks of typed-iam/cdk's option values. Options come from plain JavaScript and
 * configuration too: a value of the wrong type is a PolicyArgumentError naming the option, never
 * read as something else (`failOn: 'Error'` made no finding fail the synth) or a TypeError from inside.
 */
import { PolicyArgumentError } from '../errors.js';
import { isRuleSetting, SEVERITIES } from '../lint/types.js';
import { badOptionValue, FLAG, readOptionRecords, wholeFrom, type OptionCheck } from '../internal/option-values.js';
import { isRecord, readItems, readKeys } from '../internal/record.js';
import { cdkMessages } from './messages.js';

/** The fields of a suppression (`Suppression`). */
const SUPPRESSION_FIELDS: readonly string[] = ['code', 'reason', 'path', 'reference'];

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
  appAccounts: [(v) => Array.isArray(v) && v.every((x) => typeof x === 'string'), 'a list of account ids (strings)'],
  region: text,
  partition: text,
  inlineElsewhere: fn,
  entityHolder: fn,
  managedElsewhere: fn,
  logsPoliciesElsewhere: fn,
  organizationPoliciesElsewhere: fn,
  iamNamesElsewhere: fn,
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

/** The options whose values are objects of named values: copied too. */
const RECORDS = ['tokenLengths', 'rules', 'fitRolePolicies'] as const;

/**
 * The options as typed-iam/cdk uses them: a copy read once (each option, each entry of an object
 * option, each suppression), each value checked; the caller keeps the copy, so a getter cannot
 * answer the check with one value and the checks of a later synth with another.
 */
function checkValues<T extends object>(options: T, checks: Readonly<Record<string, OptionCheck>>): T {
  // `failon: 'warning'` read as absent failed the synth on security findings only
  const known = [...Object.keys(checks), 'suppressions'].sort();
  const read = readOptionRecords(options, known, RECORDS);
  if ('unknown' in read) throw new PolicyArgumentError('options', cdkMessages.unknownOption(read.unknown, known));
  const copy = read.options;
  // a list option is read once, into the copy that is checked and used
  if (Array.isArray(copy['appAccounts'])) copy['appAccounts'] = readItems(copy['appAccounts'] as readonly unknown[]);
  const bad = badOptionValue(copy, checks);
  if (bad !== undefined) throw new PolicyArgumentError(bad.name, cdkMessages.badOption(bad.name, bad.value, bad.expected));
  if (copy['suppressions'] !== undefined) copy['suppressions'] = checkSuppressions(copy['suppressions'] as readonly unknown[]);
  return copy as T;
}

/** The options of `checkTemplate`, `findPolicies` or `layoutRole`, checked, as a copy read once. */
export const checkTemplateOptions = <T extends object>(options: T): T => checkValues(options, TEMPLATE);

/** The options of `TypedIamChecks`, checked, as a copy read once. */
export const checkAspectOptions = <T extends object>(options: T): T => checkValues(options, ASPECT);

/**
 * A list of suppressions as a copy read once (each suppression's `code`, `reason`, `path` and
 * `reference`); refuses one that is no array, or a suppression without a code or a reason, or with
 * a `path` that is no string.
 */
export function checkSuppressions<T>(list: readonly T[]): T[] {
  if (!Array.isArray(list)) throw new PolicyArgumentError('suppressions', cdkMessages.badOption('suppressions', list, 'an array of { code, reason, path? }'));
  const copies = readItems(list as readonly unknown[]).map((s) => (isRecord(s) ? readKeys(s, SUPPRESSION_FIELDS) : s));
  for (const s of copies) {
    if (!isRecord(s) || typeof s['code'] !== 'string' || s['code'] === '') throw new PolicyArgumentError('suppressions', cdkMessages.suppressionCode());
    if (typeof s['reason'] !== 'string' || s['reason'].trim() === '') throw new PolicyArgumentError('suppressions', cdkMessages.suppressionReason(s['code']));
    if (s['path'] !== undefined && typeof s['path'] !== 'string') throw new PolicyArgumentError('suppressions', cdkMessages.badOption(`path of the suppression of ${s['code']}`, s['path'], 'a string'));
    if (s['reference'] !== undefined && (typeof s['reference'] !== 'object' || s['reference'] === null))
      throw new PolicyArgumentError('suppressions', cdkMessages.badOption(`reference of the suppression of ${s['code']}`, s['reference'], 'a policy (a JSON document, a typed-iam policy or a CDK PolicyDocument)'));
  }
  return copies as T[];
}
