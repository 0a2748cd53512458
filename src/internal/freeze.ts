/** Freezes `value` and everything reachable from it; returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  Object.freeze(value);
  for (const v of Object.values(value as object)) deepFreeze(v);
  return value;
}

/**
 * Sets `obj[key] = value` as an own data property even for `"__proto__"`, which plain assignment
 * would turn into a prototype change.
 */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/**
 * JSON-shaped data frozen all the way down without freezing the caller's objects: a copy (keys
 * defined as data by `Object.fromEntries`, so `"__proto__"` stays a key), frozen. An object
 * frozen already (typed-iam's own statements are, all the way down) is kept and only made sure of.
 */
export function frozenCopy<T>(v: T): T {
  if (typeof v !== 'object' || v === null) return v;
  if (Object.isFrozen(v)) return deepFreeze(v);
  return Object.freeze(Array.isArray(v) ? v.map(frozenCopy) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, frozenCopy(x)]))) as T;
}
