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
 * JSON-shaped data frozen all the way down without freezing anything of the caller's: parts that
 * are frozen all the way down already are kept, everything else is copied (keys defined as data,
 * so `"__proto__"` stays a key) and the copy frozen.
 */
export function frozenCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  let same = Object.isFrozen(value);
  if (Array.isArray(value)) {
    const out = value.map((v: unknown) => {
      const c = frozenCopy(v);
      if (c !== v) same = false;
      return c;
    });
    return same ? value : (Object.freeze(out) as T);
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[k];
    const c = frozenCopy(v);
    if (c !== v) same = false;
    setOwn(out, k, c);
  }
  return same ? value : (Object.freeze(out) as T);
}
