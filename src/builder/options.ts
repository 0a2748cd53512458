/**
 * The options argument of the root entry's calls that take one: a policy's `toString` and `size`,
 * the principal helpers (`partition`, `path`) and `managedPolicyArn`: `readOptionValues` of
 * `internal/option-values.ts` (names that are no option refused, then each option read once), with
 * `null` read as none and the errors of the root entry's messages; each call checks its values.
 */
import { PolicyArgumentError } from '../errors.js';
import { notOptions, unknownOption } from '../messages.js';
import { readOptionValues } from '../internal/option-values.js';

/**
 * An optional options argument as a copy, each option read once; `null` and `undefined` read as no
 * options. Refused with `PolicyArgumentError`: options that are no object (`toString('inline-user')`,
 * `principal.role(account, name, 'aws-cn')`) and a name that is no option (`taget`, `partiton`): read
 * as absent, each took its default (the kind's size target, the `aws` partition).
 *
 * @example
 * ```ts
 * import { readOptionsArgument } from './options.js';
 * readOptionsArgument({ partition: 'aws-cn' }, ['partition', 'path'], "{ partition: 'aws-cn' }"); // { partition: 'aws-cn' }
 * readOptionsArgument(null, ['partition'], "{ partition: 'aws-cn' }");                              // {}
 * ```
 */
export function readOptionsArgument(options: unknown, names: readonly string[], example: string): { readonly [name: string]: unknown } {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') throw new PolicyArgumentError('options', notOptions(options, example));
  const read = readOptionValues(options, names);
  if ('unknown' in read) throw new PolicyArgumentError('options', unknownOption(read.unknown, names));
  return read.options;
}
