/**
 * The hidden method by which a policy takes a statement builder's statement without freezing it
 * (the policy freezes it when its document is first read). A policy checks only its kind's rules
 * for such a statement: the builder made it valid against the grammar.
 */
import type { Statement } from '../model/policy-document.js';

export const ASSEMBLE: unique symbol = Symbol('typed-iam.assemble') as never;

/** What a statement builder offers policies. */
export interface Assembles {
  [ASSEMBLE](): Statement;
}
