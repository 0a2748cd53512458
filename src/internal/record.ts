/**
 * Objects of named values, as JSON and policy documents have them: the one test of such an object
 * (not null, not an array), the one own-property read, and the one own-property write (`__proto__`
 * included). Parse, its zod schema, size, emit, evaluate, the policy factories and the CDK readers use them.
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

/**
 * Sets `obj[key] = value` as an own data property even for `"__proto__"`, which plain assignment
 * would turn into a prototype change (JSON.parse keeps such a key as data, and so must every copy).
 *
 * @example
 * ```ts
 * import { setOwn } from './record.js';
 * const o: Record<string, string> = {};
 * setOwn(o, '__proto__', 'x');
 * Object.keys(o); // ['__proto__']
 * ```
 */
export function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/**
 * The own enumerable fields of `o`, each read once, in a new object (`__proto__` kept as data):
 * what checks a caller's object and what acts on it then read the same values, where a getter or
 * a Proxy could answer a second read otherwise. Nested values are kept as they are.
 *
 * @example
 * ```ts
 * import { readFields } from './record.js';
 * let n = 0;
 * const copy = readFields({ get action() { return ++n === 1 ? 's3:GetObject' : 's3:*'; } });
 * [copy.action, copy.action]; // ['s3:GetObject', 's3:GetObject']
 * ```
 */
export function readFields(o: object): { [key: string]: unknown } {
  const out: { [key: string]: unknown } = {};
  for (const k of Object.keys(o)) setOwn(out, k, (o as { readonly [key: string]: unknown })[k]);
  return out;
}

/**
 * {@link readFields}, with each field that is a list copied by {@link readItems} too (a policy
 * set's policies, a query's actions): one read of each field and of each item.
 *
 * @example
 * ```ts
 * import { readFieldsAndLists } from './record.js';
 * const given = { actions: ['s3:GetObject'] };
 * readFieldsAndLists(given).actions === given.actions; // false: a new list
 * ```
 */
export function readFieldsAndLists(o: object): { [key: string]: unknown } {
  const out = readFields(o);
  for (const k of Object.keys(out)) {
    const v = out[k];
    if (Array.isArray(v)) out[k] = readItems(v as readonly unknown[]);
  }
  return out;
}

/**
 * The defined values of the named `keys` of `o` (own or inherited, as destructuring reads them),
 * each read once, in a new object: for options and targets, whose fields are known by name (a
 * getter or a Proxy answering differently later cannot change a value that was checked).
 *
 * @example
 * ```ts
 * import { readKeys } from './record.js';
 * readKeys({ kind: 'scp', other: 1 }, ['kind', 'rules']); // { kind: 'scp' }
 * ```
 */
export function readKeys(o: object, keys: readonly string[]): { [key: string]: unknown } {
  const out: { [key: string]: unknown } = {};
  for (const k of keys) {
    const v: unknown = (o as { readonly [key: string]: unknown })[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/**
 * The items of the array `list`, each read once (its `length` too), in a new array: a hole reads
 * as `undefined`. (`Array.from` reads `length` again at every step of its iterator.)
 *
 * @example
 * ```ts
 * import { readItems } from './record.js';
 * readItems(['a', , 'c']); // ['a', undefined, 'c']
 * ```
 */
export function readItems<T>(list: readonly T[]): T[] {
  const n = list.length;
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(list[i] as T);
  return out;
}

/**
 * True when an object at any depth of `value` (arrays walked through) has an own key that `test`
 * accepts. Iterative, each object once: a JSON value nested 100,000 levels deep, which a recursive
 * walk or `JSON.stringify` overflows on, is read to its end.
 *
 * @example
 * ```ts
 * import { hasKeyDeep } from './record.js';
 * hasKeyDeep({ Roles: [{ 'Fn::If': ['C', 'a', 'b'] }] }, (k) => k === 'Fn::If'); // true
 * hasKeyDeep(['Fn::If'], (k) => k === 'Fn::If');                                  // false
 * ```
 */
export function hasKeyDeep(value: unknown, test: (key: string) => boolean): boolean {
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) for (const x of v as unknown[]) stack.push(x);
    else
      for (const [k, x] of Object.entries(v)) {
        if (test(k)) return true;
        stack.push(x);
      }
  }
  return false;
}
