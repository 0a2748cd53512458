/**
 * The one reading of option values by table, for the layers whose options come from plain
 * JavaScript and configuration (cdk, optimize, lint): each names its options, the test of a value and
 * what the value must be; the layer words the error.
 */
import { isRecord, readFields, readKeys } from './record.js';

/** The test of one option's value, and what the value must be (for the message). */
export type OptionCheck = readonly [ok: (v: unknown) => boolean, expected: string];

/** `true` or `false`. */
export const FLAG: OptionCheck = [(v) => typeof v === 'boolean', 'true or false'];

/** A test for a whole number, `min` or more (a safe integer: `NaN` and `Infinity` are none). */
export const wholeFrom =
  (min: number) =>
  (v: unknown): boolean =>
    typeof v === 'number' && Number.isSafeInteger(v) && v >= min;

/**
 * The first option whose value its check refuses (in the order of `checks`; an option set to
 * `undefined` is absent), or `undefined` when every value is of its kind.
 *
 * @example
 * ```ts
 * import { badOptionValue, FLAG } from './option-values.js';
 * badOptionValue({ merge: 'no' }, { merge: FLAG }); // { name: 'merge', value: 'no', expected: 'true or false' }
 * badOptionValue({ merge: true }, { merge: FLAG }); // undefined
 * ```
 */
export function badOptionValue(options: object, checks: Readonly<Record<string, OptionCheck>>): { name: string; value: unknown; expected: string } | undefined {
  for (const [name, [ok, expected]] of Object.entries(checks)) {
    const value = (options as Record<string, unknown>)[name];
    if (value !== undefined && !ok(value)) return { name, value, expected };
  }
  return undefined;
}

/**
 * The own keys of `options` that are not in `known`: a misspelt option read as absent takes its
 * default, which may be laxer than the value meant.
 *
 * @example
 * ```ts
 * import { unknownOptions } from './option-values.js';
 * unknownOptions({ mrege: false }, ['merge']); // ['mrege']
 * ```
 */
export function unknownOptions(options: object, known: readonly string[]): string[] {
  return Object.keys(options).filter((k) => !known.includes(k));
}

/**
 * Options as a layer uses them: names that are no option (`known`) refused first, then each option
 * read once into a copy (`readKeys`: own or inherited, as destructuring reads them). The layer checks
 * the copy's values (with {@link badOptionValue} or its own tests), words the errors, and reads the
 * copy only, so a getter or a Proxy cannot answer a check with one value and the work with another.
 *
 * @example
 * ```ts
 * import { readOptionValues } from './option-values.js';
 * readOptionValues({ merge: true }, ['merge', 'split']); // { options: { merge: true } }
 * readOptionValues({ mrege: true }, ['merge']);          // { unknown: ['mrege'] }
 * ```
 */
export function readOptionValues(options: object, known: readonly string[]): { readonly options: { [name: string]: unknown } } | { readonly unknown: string[] } {
  const unknown = unknownOptions(options, known);
  return unknown.length > 0 ? { unknown } : { options: readKeys(options, known) };
}

/**
 * {@link readOptionValues}, with the object values of the options named in `records` copied one
 * level down too (`readFields`: lint's and cdk's rule settings). Apart from it so that the root
 * entry's readers, which have no such option, do not bundle the copy.
 *
 * @example
 * ```ts
 * import { readOptionRecords } from './option-values.js';
 * const rules = { team: 'warning' };
 * const read = readOptionRecords({ rules }, ['rules'], ['rules']);
 * 'options' in read && read.options['rules'] !== rules; // true: a copy
 * ```
 */
export function readOptionRecords(
  options: object,
  known: readonly string[],
  records: readonly string[],
): { readonly options: { [name: string]: unknown } } | { readonly unknown: string[] } {
  const read = readOptionValues(options, known);
  if ('options' in read)
    for (const name of records) {
      const v = read.options[name];
      if (isRecord(v)) read.options[name] = readFields(v);
    }
  return read;
}
