import { isBuilt } from './built.js';

/** Objects known to be frozen all the way down (set by the builder, read by deepFreeze). */
const deeplyFrozen = new WeakSet<object>();

/** Marks an object that its maker froze all the way down. Returns it. */
export function markDeeplyFrozen<T extends object>(value: T): T {
  deeplyFrozen.add(value);
  return value;
}

/** True for objects marked by {@link markDeeplyFrozen}. */
export function isDeeplyFrozen(value: object): boolean {
  return deeplyFrozen.has(value);
}

/** Freezes `value` and everything reachable from it; returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || deeplyFrozen.has(value) || isBuilt(value)) return value;
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
