/** The checks of the optimizer's public arguments, for plain JavaScript callers. */
import { PolicyArgumentError } from '../errors.js';
import { isPolicy } from '../policy/policy.js';
import { optimizeMessages } from './messages.js';
import { parseMessages } from '../messages.js';
import { sayType as said } from '../model/messages.js';
import { resolveTarget, type SizeTarget, type SizeTargetName } from '../emit/size-targets.js';
import { badOptionValue, FLAG, readOptionValues, type OptionCheck } from '../internal/option-values.js';
import { isRecord, readItems } from '../internal/record.js';

/**
 * Refuses, as the optimizer's public functions' arguments from JavaScript, a policy argument that
 * is no typed-iam policy and options that are no object (each was a TypeError from inside).
 */
export function checkArguments(policies: readonly (readonly [argument: string, value: unknown])[], options: unknown): void {
  for (const [argument, value] of policies) if (!isPolicy(value)) throw new PolicyArgumentError(argument, optimizeMessages.notPolicy(argument, said(value)));
  if (typeof options !== 'object' || options === null) throw new PolicyArgumentError('options', optimizeMessages.badOptions(options));
}

/**
 * A list argument as a copy read once (internal/record.ts `readItems`), which the caller then uses:
 * refuses one that is no array, or holds an entry `ok` refuses (a hole reads as `undefined`).
 */
export function checkList<T>(argument: string, what: string, list: readonly T[], ok: (v: unknown) => boolean): T[] {
  if (!Array.isArray(list)) throw new PolicyArgumentError(argument, optimizeMessages.notList(argument, what, said(list)));
  const items = readItems(list);
  const bad = items.findIndex((v) => !ok(v));
  if (bad >= 0) throw new PolicyArgumentError(`${argument}[${bad}]`, optimizeMessages.notList(argument, what, `one holding ${said(items[bad])} at ${bad}`));
  return items;
}

/**
 * The size target of `fit` and `split` (their second argument), resolved; an options object
 * (`{ target: 'managed' }`, the shape of `toString`'s options) given there is refused with a
 * message that says to pass the target itself, where a target of your own would be refused for
 * its missing `name`.
 */
export function optimizeTarget(target: SizeTargetName | SizeTarget): SizeTarget {
  if (typeof target === 'object' && target !== null && 'target' in target && !('name' in target))
    throw new PolicyArgumentError('target', optimizeMessages.optionsAsTarget((target as { target?: unknown }).target));
  return resolveTarget(target);
}

const COMPRESS: Readonly<Record<string, OptionCheck>> = {
  withinAccessLevel: FLAG,
  // NaN is no number 1 or more; Infinity is (no wildcard stands for that many actions: none is used)
  minActionsPerWildcard: [(v) => typeof v === 'number' && v >= 1, 'a number, 1 or more'],
};
const MINIMIZE: Readonly<Record<string, OptionCheck>> = {
  merge: FLAG,
  compressActions: [(v) => typeof v === 'boolean' || isRecord(v), 'true, false or the options of compressActions ({ withinAccessLevel: true })'],
};
const FIT: Readonly<Record<string, OptionCheck>> = { ...MINIMIZE, split: FLAG };
const PLAN: Readonly<Record<string, OptionCheck>> = {
  useInline: FLAG,
  minimize: [(v) => typeof v === 'boolean' || isRecord(v), 'true, false or the options of minimize ({ compressActions: true })'],
};

/**
 * The options as the function uses them: a copy read once (`readKeys`), each value checked; the
 * caller reads the copy, so a getter cannot answer the check with one value and the optimizer with
 * another.
 */
function checkValues<T extends object>(options: T, checks: Readonly<Record<string, OptionCheck>>, prefix: string, others: readonly string[] = []): T {
  const known = [...Object.keys(checks), ...others];
  const read = readOptionValues(options, known);
  if ('unknown' in read) throw unknownOptionsError(read.unknown, known, prefix);
  const bad = badOptionValue(read.options, checks);
  if (bad !== undefined) throw new PolicyArgumentError(prefix + bad.name, parseMessages.invalidOption(prefix + bad.name, bad.value, bad.expected));
  return read.options as T;
}

/**
 * split's options as a copy read once; refuses a name that is no option (`maxParts` is its one;
 * split checks the count's value). Read as absent, a misspelt option takes its default
 * (`withinAcessLevel: true` let wildcards reach past the access level asked for; `inlineUsd` planned
 * an inline policy over the role's 10,240 characters as fitting): every optimizer function refuses it.
 */
export function readSplitOptions(options: object): { maxParts?: unknown } {
  const read = readOptionValues(options, ['maxParts']);
  if ('unknown' in read) throw unknownOptionsError(read.unknown, ['maxParts'], '');
  return read.options;
}

const unknownOptionsError = (unknown: readonly string[], known: readonly string[], prefix: string): PolicyArgumentError =>
  new PolicyArgumentError(prefix === '' ? 'options' : prefix.slice(0, -1), parseMessages.unknownOption(unknown.map((k) => prefix + k), [...known].sort()));

/**
 * Refuses option values of the wrong type in the options of `compressActions` (plain JavaScript,
 * configuration: `withinAccessLevel: 'true'` was read as false, so a wildcard could reach past the
 * access level asked for). `prefix` names where they were given (`compressActions.`).
 */
export function checkCompressOptions<T extends object>(options: T, prefix = ''): T {
  return checkValues(options, COMPRESS, prefix);
}

/**
 * Refuses option values of the wrong type in the options of `minimize`, `minimizeStatements` and
 * planRole's `minimize` (`prefix` `minimize.`); with `fit`, those of `fit` (`split` too).
 */
export function checkMinimizeOptions<T extends object>(options: T, fit = false, prefix = ''): T {
  // fit's maxParts is split's to check; minimize's target the size targets'
  const copy = checkValues(options, fit ? FIT : MINIMIZE, prefix, fit ? ['maxParts'] : ['target']) as Record<string, unknown>;
  const compress = copy['compressActions'];
  if (isRecord(compress)) copy['compressActions'] = checkCompressOptions(compress, `${prefix}compressActions.`);
  return copy as T;
}

/**
 * Refuses option values of the wrong type and names that are no option in planRole's options
 * (`minimize: null` was a TypeError from inside minimize); its counts are planRole's to check.
 */
export function checkPlanOptions<T extends object>(options: T): T {
  const copy = checkValues(options, PLAN, '', ['inlineUsed', 'maxManagedPolicies']) as Record<string, unknown>;
  const minimize = copy['minimize'];
  if (isRecord(minimize)) copy['minimize'] = checkMinimizeOptions(minimize, false, 'minimize.');
  return copy as T;
}
