/**
 * The values of a builder call (`allow`, `.on`, `.by`, `policy.<kind>`, `.add`): its arguments,
 * each array argument replaced by its elements, one level deep (`allow('a', ['b', 'c'])` and
 * `allow(...list)` both give a, b, c). A new array when an array was given, as the caller's array
 * stays theirs; holes read as `undefined` (`Array.from`), so the checks report them instead of
 * skipping them as `flat()` would.
 */
export const flatten = (args: unknown[]): unknown[] => (args.some(Array.isArray) ? args.flatMap((a) => (Array.isArray(a) ? Array.from(a) : [a])) : args);
