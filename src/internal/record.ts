/**
 * The one test of "an object of named values", as JSON and policy documents have them: not null,
 * not an array. Parse, size, evaluate and the zod schema read input through it.
 */

/**
 * True for an object that is not an array (nor null).
 *
 * @example
 * ```ts
 * import { isRecord } from './record.js';
 * isRecord({ Effect: 'Allow' }); // true
 * isRecord(['Allow']);           // false
 * ```
 */
export function isRecord(v: unknown): v is { [key: string]: unknown } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * `o[key]` when `key` is an own property of `o` (never one `o` inherits, such as `constructor` or
 * `__proto__`), else undefined.
 *
 * @example
 * ```ts
 * import { ownValue } from './record.js';
 * ownValue({ Sid: 'a' }, 'Sid');         // 'a'
 * ownValue({ Sid: 'a' }, 'constructor'); // undefined
 * ```
 */
export function ownValue<T>(o: { readonly [key: string]: T }, key: string): T | undefined {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}
