/** The checks of the optimizer's public arguments, for plain JavaScript callers. */
import { PolicyArgumentError } from '../errors.js';
import { isPolicy } from '../policy/policy.js';
import { optimizeMessages } from './messages.js';
import { sayType as said } from '../model/messages.js';
import { resolveTarget, type SizeTarget, type SizeTargetName } from '../emit/size-targets.js';

/**
 * Refuses, as the optimizer's public functions' arguments from JavaScript, a policy argument that
 * is no typed-iam policy and options that are no object (each was a TypeError from inside).
 */
export function checkArguments(policies: readonly (readonly [argument: string, value: unknown])[], options: unknown): void {
  for (const [argument, value] of policies) if (!isPolicy(value)) throw new PolicyArgumentError(argument, optimizeMessages.notPolicy(argument, said(value)));
  if (typeof options !== 'object' || options === null) throw new PolicyArgumentError('options', optimizeMessages.badOptions(options));
}

/** Refuses a list argument that is no array, or holds an entry `ok` refuses. */
export function checkList(argument: string, what: string, list: unknown, ok: (v: unknown) => boolean): void {
  if (!Array.isArray(list)) throw new PolicyArgumentError(argument, optimizeMessages.notList(argument, what, said(list)));
  // findIndex visits holes too (as undefined)
  const bad = list.findIndex((v) => !ok(v));
  if (bad >= 0) throw new PolicyArgumentError(`${argument}[${bad}]`, optimizeMessages.notList(argument, what, `one holding ${said(list[bad])} at ${bad}`));
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
