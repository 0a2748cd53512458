/**
 * Statements the builder made: valid by construction against the grammar and frozen all the way
 * down, so policy creation only checks the kind's rules for them and does not walk them to freeze.
 * The mark is a hidden (non-enumerable) symbol property set just before the statement is frozen,
 * when it leaves the builder: JSON, `Object.keys` and equality checks do not see it.
 */
import type { Statement } from '../model/policy-document.js';

const BUILT: unique symbol = Symbol('typed-iam.built') as never;

/** Marks an unfrozen statement of the builder as built, then freezes it. */
export function markBuilt(s: Statement): Statement {
  if (!isBuilt(s)) Object.freeze(Object.defineProperty(s, BUILT, { value: true }));
  return s;
}

/** True for statements the builder made. */
export function isBuilt(s: object): boolean {
  return (s as { [BUILT]?: true })[BUILT] === true;
}
