/**
 * Statements the builder made: valid by construction against the grammar and frozen all the way
 * down, so policy creation only checks the kind's rules for them and does not walk them to freeze.
 * A statement is recorded when it leaves the builder (`toStatement()`), not at every step.
 */
import type { Statement } from '../model/policy-document.js';
import { markDeeplyFrozen, isDeeplyFrozen } from './freeze.js';

/** Records a statement the builder made (frozen deeply, grammar-valid). */
export function markBuilt(s: Statement): Statement {
  return markDeeplyFrozen(s);
}

/** True for statements the builder made. */
export function isBuilt(s: Statement): boolean {
  return isDeeplyFrozen(s);
}
