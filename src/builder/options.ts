/**
 * The options argument of the root entry's calls that take one: a policy's `toString` and `size`,
 * and the principal helpers (`partition`, `path`). The reading of `internal/option-values.ts`
 * (names that are no option refused, then each option read once), without its table of checks:
 * each call checks its values itself.
 */
import { PolicyArgumentError } from '../errors.js';
import { notOptions, unknownOption } from '../messages.js';
import { unknownOptions } from '../internal/option-values.js';
import { readKeys } from '../internal/record.js';

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
  const unknown = unknownOptions(options, names);
  if (unknown.length > 0) throw new PolicyArgumentError('options', unknownOption(unknown, names));
  return readKeys(options, names);
}
