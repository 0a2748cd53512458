/**
 * The policy object both the builder and the parser return: a frozen document of one kind, with
 * emit and size. Kind rules are checked once, at construction.
 */
import { PolicyValidationError, type PolicyIssue } from '../errors.js';
import { compactText, emitDocument, type PolicyJson } from '../emit/emit.js';
import { assertFits, measure, report, type SizeReport } from '../emit/size.js';
import { DEFAULT_TARGET, resolveTarget, type SizeTarget, type SizeTargetName } from '../emit/size-targets.js';
import { checkDocument } from '../model/kinds.js';
import type { PolicyDocument, PolicyKind, Statement } from '../model/policy-document.js';
import { deepFreeze } from '../internal/freeze.js';
import * as messages from '../messages.js';
import { firstInvalidChar } from '../model/syntax.js';
import { ASSEMBLE, type Assembles } from '../internal/built.js';
import type { Policy, ToStringOptions } from './types.js';

/** Anything that can become a statement: a model statement or a statement builder. */
export interface StatementSource {
  toStatement(): Statement;
}


/** Marker for objects made by typed-iam (works across duplicated module copies). */
const POLICY_BRAND: unique symbol = Symbol.for('typed-iam.policy') as never;

/** A policy document of kind `K`, frozen; every method returns a new policy. */
export class PolicyImpl<K extends PolicyKind = PolicyKind> {
  readonly [POLICY_BRAND] = true;
  readonly kind: K;
  readonly defaultTarget: SizeTargetName | SizeTarget;
  #document: PolicyDocument;
  // private fields stay writable on a frozen object: the two below change once, as caches do
  /** True while statements of the builder in the document are not frozen yet (see `document`). */
  #open: boolean;
  #compact: string | undefined;

  constructor(kind: K, document: PolicyDocument, target?: SizeTargetName | SizeTarget, open = false) {
    this.kind = kind;
    this.#document = document;
    this.#open = open;
    this.defaultTarget = target ?? DEFAULT_TARGET[kind];
    Object.freeze(this);
  }

  /**
   * The model data, frozen all the way down. Statements of the builder are frozen here, on first
   * read, rather than when the policy is made: until then only this policy and its builders hold
   * them, and nothing changes them, so `build + toString` pays for no freezing at all.
   */
  get document(): PolicyDocument {
    if (this.#open) {
      for (const s of this.#document.Statement) deepFreeze(s);
      this.#open = false;
    }
    return this.#document;
  }

  get statements(): readonly Statement[] {
    return this.document.Statement;
  }

  add(...statements: readonly (StatementSource | Statement)[]): Policy<K> {
    return makePolicy(this.kind, this.#document, statements, this.defaultTarget, this.#open);
  }

  withId(id: string): Policy<K> {
    // the text must parse again: a string of IAM's characters
    if (typeof id !== 'string' || firstInvalidChar(id) >= 0)
      throw new PolicyValidationError([{ path: 'Id', code: typeof id === 'string' ? 'INVALID_CHARACTER' : 'INVALID_TYPE', message: messages.badChar('Id', id) }], this.kind);
    // the statements are checked already: only the Id changes
    return new PolicyImpl(this.kind, Object.freeze({ ...this.#document, Id: id }), this.defaultTarget, this.#open) as unknown as Policy<K>;
  }

  withTarget(target: SizeTargetName | SizeTarget): Policy<K> {
    resolveTarget(target);
    return new PolicyImpl(this.kind, this.#document, target, this.#open) as unknown as Policy<K>;
  }

  toJSON(): PolicyJson {
    return emitDocument(this.#document);
  }

  /** Compact text, computed once. */
  #compactText(): string {
    return (this.#compact ??= compactText(this.#document));
  }

  toString(options: ToStringOptions = {}): string {
    const compact = this.#compactText();
    const sent = options.pretty ? JSON.stringify(this.toJSON(), null, 2) : compact;
    const r = measure(compact, sent, options.target ?? this.defaultTarget);
    assertFits(r);
    return sent;
  }

  size(target?: SizeTargetName | SizeTarget, options: { readonly pretty?: boolean } = {}): SizeReport {
    const compact = this.#compactText();
    const sent = options.pretty ? JSON.stringify(this.toJSON(), null, 2) : compact;
    return measure(compact, sent, target ?? this.defaultTarget);
  }
}

/** A statement builder's statement, or a model statement as it is. */
export function toModelStatement(s: StatementSource | Statement): Statement {
  return typeof (s as StatementSource).toStatement === 'function' ? (s as StatementSource).toStatement() : (s as Statement);
}

/**
 * A policy of `kind`: the statements of `base` (checked already for this kind) followed by
 * `items`. A builder's statement is valid against the grammar by construction, so only the kind's
 * rules are checked for it, and it is frozen when the document is first read: until then only the
 * policy and its builders hold it, and nothing changes it. Every other statement is copied (what
 * is frozen already is kept) once checked in full, and the copy frozen: its owner
 * could change the original later, and the original is never frozen.
 */
export function makePolicy<K extends PolicyKind>(
  kind: K,
  base: PolicyDocument,
  items: readonly (StatementSource | Statement)[],
  target?: SizeTargetName | SizeTarget,
  open = false,
): Policy<K> {
  const from = base.Statement.length;
  const statements = base.Statement.slice();
  /** `built[i]`: statement `i` is a builder's (indexes below `from` stay unset). */
  const built: boolean[] = [];
  for (const item of items) {
    const assemble = (item as Partial<Assembles>)[ASSEMBLE];
    built[statements.length] = assemble !== undefined;
    statements.push(assemble !== undefined ? assemble.call(item) : toModelStatement(item));
  }
  const document = { ...base, Statement: statements };
  const issues = checkDocument(document, kind, from, (i) => built[i]!);
  if (issues.length > 0) throw new PolicyValidationError(issues as [PolicyIssue, ...PolicyIssue[]], kind);
  for (let i = from; i < statements.length; i++) {
    const st = statements[i]!;
    if (built[i]) open = true;
    // a statement given as data is copied once checked (it is JSON data then): the caller's object is never frozen
    else statements[i] = deepFreeze(Object.isFrozen(st) ? st : structuredClone(st));
  }
  Object.freeze(statements);
  return new PolicyImpl(kind, Object.freeze(document), target, open) as unknown as Policy<K>;
}

/**
 * True for policy objects made by typed-iam (built or parsed).
 *
 * @example
 * ```ts
 * import { allow, isPolicy, policy } from 'typed-iam';
 * isPolicy(policy.identity(allow('s3:GetObject').on('*'))); // true
 * isPolicy({ Version: '2012-10-17', Statement: [] });      // false
 * ```
 */
export function isPolicy(value: unknown): value is Policy {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[POLICY_BRAND] === true;
}

/**
 * @internal Not exported from the package: users build (`policy.<kind>(...)`, which also takes
 * model statements) or parse (`parsePolicy(object)`). Validates `document` against the grammar and
 * the rules of `kind` and wraps it; throws {@link PolicyValidationError} listing every problem.
 * Statements are copied and the copies frozen (the ones frozen already are kept); the caller's
 * objects are never frozen.
 *
 * @example
 * ```ts
 * import { createPolicy } from './policy.js';
 * const p = createPolicy('identity', {
 *   Version: '2012-10-17',
 *   Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::my-bucket/*'] }],
 * });
 * p.toString(); // {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject",...}]}
 * ```
 */
export function createPolicy<K extends PolicyKind>(
  kind: K,
  document: PolicyDocument,
  target?: SizeTargetName | SizeTarget,
): Policy<K> {
  return makePolicy(kind, { ...document, Statement: [] }, document.Statement, target);
}

/**
 * Wraps an already validated document without checking it again; `frozen` says its maker froze
 * all of it already.
 */
export function trustedPolicy<K extends PolicyKind>(kind: K, document: PolicyDocument, frozen = false): Policy<K> {
  return new PolicyImpl(kind, frozen ? document : deepFreeze(document)) as unknown as Policy<K>;
}

/**
 * Sums the sizes of the inline policies of one user, group or role: their limit is an aggregate.
 *
 * @example
 * ```ts
 * import { allow, inlineSize, policy } from 'typed-iam';
 * const policyA = policy.identity(allow('s3:GetObject').on('*'));
 * const policyB = policy.identity(allow('sqs:SendMessage').on('*'));
 * inlineSize('inline-role', [policyA, policyB]).fits;
 * ```
 */
export function inlineSize(
  target: 'inline-user' | 'inline-group' | 'inline-role',
  policies: readonly { toJSON(): unknown }[],
): SizeReport {
  const t = resolveTarget(target);
  let length = 0;
  for (const p of policies) length += JSON.stringify(p.toJSON()).length;
  return report(length, t);
}
