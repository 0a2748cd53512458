/**
 * The policy object both the builder and the parser return: a frozen document of one kind, with
 * emit and size. Kind rules are checked once, at construction.
 */
import { PolicySizeError, PolicyValidationError, type PolicyIssue } from '../errors.js';
import { emitDocument, type PolicyJson } from '../emit/emit.js';
import { measure, report, type SizeReport } from '../emit/size.js';
import { DEFAULT_TARGET, resolveTarget, type SizeTarget, type SizeTargetName } from '../emit/size-targets.js';
import { validateDocument } from '../model/kinds.js';
import type { PolicyDocument, PolicyKind, Statement } from '../model/policy-document.js';
import { deepFreeze } from '../internal/freeze.js';
import type { Policy } from './types.js';

/** Anything that can become a statement: a model statement or a statement builder. */
export interface StatementSource {
  toStatement(): Statement;
}

/** Options of `toString`. */
export interface ToStringOptions {
  /** Indent with two spaces. Targets that count whitespace measure the pretty text. */
  readonly pretty?: boolean;
  /** Check against this target instead of the policy's default. */
  readonly target?: SizeTargetName | SizeTarget;
}

/** Marker for objects made by typed-iam (works across duplicated module copies). */
const POLICY_BRAND: unique symbol = Symbol.for('typed-iam.policy') as never;

/** A policy document of kind `K`, frozen; every method returns a new policy. */
export class PolicyImpl<K extends PolicyKind = PolicyKind> {
  readonly [POLICY_BRAND] = true;
  readonly kind: K;
  readonly document: PolicyDocument;
  readonly defaultTarget: SizeTargetName | SizeTarget;
  #compact: string | undefined;

  constructor(kind: K, document: PolicyDocument, target?: SizeTargetName | SizeTarget) {
    this.kind = kind;
    this.document = document;
    this.defaultTarget = target ?? DEFAULT_TARGET[kind];
    Object.freeze(this);
  }

  get statements(): readonly Statement[] {
    return this.document.Statement;
  }

  add(...statements: readonly (StatementSource | Statement)[]): Policy<K> {
    return createPolicy(this.kind, {
      ...this.document,
      Statement: [...this.document.Statement, ...statements.map(toModelStatement)],
    }, this.defaultTarget);
  }

  withId(id: string): Policy<K> {
    return createPolicy(this.kind, { ...this.document, Id: id }, this.defaultTarget);
  }

  withTarget(target: SizeTargetName | SizeTarget): Policy<K> {
    resolveTarget(target);
    return new PolicyImpl(this.kind, this.document, target) as unknown as Policy<K>;
  }

  toJSON(): PolicyJson {
    return emitDocument(this.document);
  }

  /** Compact text, computed once (private fields stay writable on a frozen object). */
  #compactText(): string {
    return (this.#compact ??= JSON.stringify(emitDocument(this.document)));
  }

  toString(options: ToStringOptions = {}): string {
    const compact = this.#compactText();
    const sent = options.pretty ? JSON.stringify(this.toJSON(), null, 2) : compact;
    const r = measure(compact, sent, options.target ?? this.defaultTarget);
    if (!r.fits) {
      throw new PolicySizeError({ length: r.length, limit: r.limit, target: String(r.target), unit: r.unit });
    }
    return sent;
  }

  size(target?: SizeTargetName | SizeTarget, options: { readonly pretty?: boolean } = {}): SizeReport {
    const compact = this.#compactText();
    const sent = options.pretty ? JSON.stringify(this.toJSON(), null, 2) : compact;
    return measure(compact, sent, target ?? this.defaultTarget);
  }
}

function toModelStatement(s: StatementSource | Statement): Statement {
  return typeof (s as StatementSource).toStatement === 'function' ? (s as StatementSource).toStatement() : (s as Statement);
}

/** True for policy objects made by typed-iam (built or parsed). */
export function isPolicy(value: unknown): value is Policy {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[POLICY_BRAND] === true;
}

/**
 * Validates `document` against the grammar and the rules of `kind` and wraps it; throws
 * {@link PolicyValidationError} listing every problem.
 */
export function createPolicy<K extends PolicyKind>(
  kind: K,
  document: PolicyDocument,
  target?: SizeTargetName | SizeTarget,
): Policy<K> {
  const issues = validateDocument(document, kind);
  if (issues.length > 0) throw new PolicyValidationError(issues as [PolicyIssue, ...PolicyIssue[]], kind);
  return new PolicyImpl(kind, deepFreeze(document), target) as unknown as Policy<K>;
}

/** Wraps an already validated document without checking it again. */
export function trustedPolicy<K extends PolicyKind>(kind: K, document: PolicyDocument): Policy<K> {
  return new PolicyImpl(kind, deepFreeze(document)) as unknown as Policy<K>;
}

/**
 * Sums the sizes of the inline policies of one user, group or role: their limit is an aggregate.
 *
 * @example
 * ```ts
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
