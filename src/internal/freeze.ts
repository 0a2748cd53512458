/** Freezes `value` and everything reachable from it; returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const key in value) deepFreeze(value[key]);
    Object.freeze(value);
  }
  return value;
}

/** True when `value` and everything reachable from it is frozen (primitives are). */
export function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!isDeepFrozen(value[i])) return false;
  } else for (const key in value) if (!isDeepFrozen((value as Record<string, unknown>)[key])) return false;
  return true;
}

/**
 * Sets `obj[key] = value` as an own data property even for `"__proto__"`, which plain assignment
 * would turn into a prototype change.
 */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}
