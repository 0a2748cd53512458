/**
 * The policy object both the builder and the parser return: a document of one kind, checked and
 * frozen all the way down when the policy is made, with emit and size. Every method returns a new
 * policy.
 */
import { PolicyArgumentError, PolicyValidationError, type PolicyIssue } from '../errors.js';
import { compactText, emitDocument, type PolicyJson } from '../emit/emit.js';
import { assertCountsFit, assertSentFits, measure, report, type SizeReport } from '../emit/size.js';
import { DEFAULT_TARGET, resolveAggregateTarget, resolveTarget, type SizeTarget, type SizeTargetName } from '../emit/size-targets.js';
import { dataValueIssues, documentIssues, repeatedSidIssues, shapeIssues, validateStatement } from '../model/kinds.js';
import { isStatementBuilder } from '../builder/statement-builder.js';
import { STATEMENT_KEYS, type PolicyDocument, type PolicyKind, type Statement } from '../model/policy-document.js';
import { deepFreeze } from '../internal/freeze.js';
import { setOwn } from '../internal/record.js';
import { readOptionsArgument } from '../builder/options.js';
import { flatten } from '../internal/flatten.js';
import * as messages from '../messages.js';
import { firstInvalidChar } from '../model/syntax.js';
import type { Policy, SizeOptions, ToStringOptions } from './types.js';

/** Anything that can become a statement: a model statement or a statement builder. */
export interface StatementSource {
  toStatement(): Statement;
}

/**
 * The brand of a policy, the marker of objects typed-iam made: a getter of the class's prototype,
 * found by the other build (ESM or CommonJS) and other copies of typed-iam too. A string key, not a `Symbol.for` key: esbuild keeps a class with a
 * computed key in every bundle of dist/core.js, used or not, and all the class uses.
 */
const POLICY_BRAND = 'typed-iam.policy';

/**
 * A policy document of kind `K`. The document is frozen all the way down before the policy is
 * made; the policy itself is frozen; every method returns a new policy.
 */
export class PolicyImpl<K extends PolicyKind = PolicyKind> {
  /** The brand sits on the prototype: a copy (`{ ...policy }`) has the data but no methods, and is no policy. */
  get 'typed-iam.policy'(): true {
    return true;
  }
  readonly kind: K;
  /** The model data, frozen all the way down. */
  readonly document: PolicyDocument;
  readonly defaultTarget: SizeTargetName | SizeTarget;
  /** The compact text, computed on first use (private fields stay writable on a frozen object). */
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

  add(...statements: unknown[]): Policy<K> {
    return makePolicy(this.kind, this.document, flatten(statements) as (StatementSource | Statement)[], this.defaultTarget, true);
  }

  withId(id: string): Policy<K> {
    // the text must parse again: a string of IAM's characters
    if (typeof id !== 'string' || firstInvalidChar(id) >= 0)
      throw new PolicyValidationError([{ path: 'Id', code: typeof id === 'string' ? 'INVALID_CHARACTER' : 'INVALID_TYPE', message: messages.badChar('Id', id) }], this.kind);
    // the statements are checked already: only the Id changes
    return newPolicy(this.kind, Object.freeze({ ...this.document, Id: id }), this.defaultTarget);
  }

  withTarget(target: SizeTargetName | SizeTarget): Policy<K> {
    // a target of your own is kept as its checked, frozen copy: its getters are read once, here
    const checked = resolveTarget(target);
    return newPolicy(this.kind, this.document, typeof target === 'string' ? target : checked);
  }

  toJSON(): PolicyJson {
    return emitDocument(this.document);
  }

  toString(given?: ToStringOptions): string {
    const options = readPolicyOptions(given, TO_STRING_OPTIONS);
    const sent = options.pretty ? JSON.stringify(this.toJSON(), null, 2) : this.#compactText();
    // resolved once: both checks read the same checked copy of a target of your own
    const target = resolveTarget(options.target ?? this.defaultTarget);
    assertSentFits(this.#compactText(), sent, target, this.kind);
    assertCountsFit(this.document, target);
    return sent;
  }

  size(target?: SizeTargetName | SizeTarget, given?: SizeOptions): SizeReport {
    const sent = readPolicyOptions(given, SIZE_OPTIONS).pretty ? JSON.stringify(this.toJSON(), null, 2) : this.#compactText();
    return measure(this.#compactText(), sent, target ?? this.defaultTarget);
  }

  #compactText(): string {
    return (this.#compact ??= compactText(this.document));
  }
}

/** The options of a policy's `toString` and `size` (a parsed policy's read `canonical`; a built policy is canonical). */
export const TO_STRING_OPTIONS: readonly string[] = ['canonical', 'pretty', 'target'];
export const SIZE_OPTIONS: readonly string[] = ['canonical', 'pretty'];

/** A policy's `toString` or `size` options as a copy, each read once (`readOptionsArgument`). */
export const readPolicyOptions = (options: unknown, names: readonly string[]): ToStringOptions => readOptionsArgument(options, names, "{ target: 'managed' }");

/**
 * A policy over `document` (checked and frozen already). Written outside the class on purpose: the
 * build bundles this module into dist/core.js, where esbuild names a class whose body names it
 * `_PolicyImpl`, and that is the name `console.log` prints (test/packaging/entry-load.test.ts).
 */
export function newPolicy<K extends PolicyKind>(kind: K, document: PolicyDocument, target?: SizeTargetName | SizeTarget): Policy<K> {
  return new PolicyImpl(kind, document, target) as unknown as Policy<K>;
}

/** The elements of a statement. */
const ELEMENTS: readonly string[] = STATEMENT_KEYS;

/**
 * A copy of data given for a statement, each property read once: the copy is what is checked and
 * kept, so a getter, a Proxy or a later change of the caller's objects cannot make the policy
 * differ from what was checked. Objects `depth` levels down (the statement 3, Principal and
 * Condition 2, an operator's block 1), own enumerable keys only, as JSON reads them (a statement
 * inheriting its elements reads as empty); arrays copied (a hole reads as `undefined`, refused
 * as no string), deeper values kept for the checks to refuse. An element set to `undefined` is absent.
 */
function copyData(v: unknown, depth: number): unknown {
  if (Array.isArray(v)) return Array.from(v as unknown[]);
  if (typeof v !== 'object' || v === null || depth === 0) return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[k];
    if (x !== undefined || depth < 3) setOwn(out, k, copyData(x, depth - 1));
  }
  return out;
}

/**
 * What IAM refuses in data given for a statement that the model form allows: texts outside its
 * characters (the parser refuses them too: the text would not read back) and empty lists (the
 * builder refuses them).
 */
function dataIssues(v: unknown, path: string, out: PolicyIssue[]): void {
  if (typeof v === 'string') {
    if (firstInvalidChar(v) >= 0) out.push({ path, code: 'INVALID_CHARACTER', message: messages.badChar('Text', v) });
  } else if (Array.isArray(v)) {
    if (v.length === 0) out.push({ path, code: 'EMPTY_VALUE', message: messages.emptyElement('A list') });
    v.forEach((x, i) => dataIssues(x, `${path}[${i}]`, out));
  } else if (typeof v === 'object' && v !== null)
    for (const k of Object.keys(v)) {
      const at = `${path}[${messages.show(k)}]`;
      dataIssues(k, at, out);
      dataIssues((v as Record<string, unknown>)[k], at, out);
    }
}

/** A statement builder's statement, or a model statement as it is. */
export function toModelStatement(s: StatementSource | Statement): Statement {
  return typeof (s as StatementSource).toStatement === 'function' ? (s as StatementSource).toStatement() : (s as Statement);
}

/**
 * A policy of `kind`: the statements of `base` (checked already for this kind) followed by
 * `items`. A statement builder's statement is valid against the grammar by construction and
 * frozen all the way down: only the kind's rules are checked and it is kept as it is. Any other
 * statement (data, or what a `toStatement()` not of this module gives) is copied, each property
 * read once, and the copy checked in full and frozen: its owner could change the original later (a
 * frozen object too, through a getter), and the original is never frozen.
 */
export function makePolicy<K extends PolicyKind>(
  kind: K,
  base: PolicyDocument,
  items: readonly (StatementSource | Statement)[],
  target?: SizeTargetName | SizeTarget,
  values = false,
): Policy<K> {
  const statements = base.Statement.slice();
  // a new document: a known Version and at least one statement
  const issues = base.Statement.length === 0 ? documentIssues({ ...base, Statement: items as readonly Statement[] }) : [];
  for (const item of items) {
    // builder-made: kind rules only, kept as it is (bench/build-emit.ts: 22% of build + emit, 4.65x -> 3.66x JSON.stringify)
    const built = isStatementBuilder(item);
    const at = `Statement[${statements.length}]`;
    // JavaScript callers: `undefined` (a hole, `cond && statement`), a string, an array inside the
    // list; a StatementSource of another copy of typed-iam, or of the caller, may give anything
    const given = built || (typeof item === 'object' && item !== null) ? toModelStatement(item) : item;
    if (!built && (typeof given !== 'object' || given === null || Array.isArray(given))) {
      issues.push({ path: at, code: 'INVALID_TYPE', message: messages.notAStatement(given) });
      statements.push(given);
      continue;
    }
    // given as data: the copy is checked and kept
    const s = built ? given : (copyData(given, 3) as Statement);
    // the elements and the model form first (the other checks read its lists); an element emit
    // does not know would be dropped (a misspelt Condition would widen an Allow)
    const shape = built ? [] : shapeIssues(s, statements.length);
    if (!built) {
      for (const k of Object.keys(s)) if (!ELEMENTS.includes(k)) shape.push({ path: at, code: 'UNKNOWN_ELEMENT', message: messages.unknownStatementElement(k, ELEMENTS) });
      if (s.Sid !== undefined && typeof s.Sid !== 'string') shape.push({ path: `${at}.Sid`, code: 'INVALID_TYPE', message: messages.badChar('Sid', messages.show(s.Sid)) });
    }
    const found = shape.length > 0 ? shape : validateStatement(s, statements.length, kind, !built);
    // given as data by a user (`values`; not statements optimize rebuilds from a parsed policy):
    // the values the builder checks when a statement is built
    if (values && found.length === 0) {
      if (!built) {
        for (const k of Object.keys(s)) dataIssues(s[k as keyof Statement], `${at}.${k}`, found);
        found.push(...dataValueIssues(s, statements.length));
      }
      // added to a 2008-10-17 policy (a parsed one; a missing Version reads so), where IAM reads
      // ${...} as plain text: a Deny naming ${aws:username} would deny nobody. (A checked
      // statement is JSON: strings, numbers, booleans.)
      if (base.Version !== '2012-10-17' && JSON.stringify(s).includes('${')) found.push({ path: at, code: 'INVALID_VERSION', message: messages.variableIn2008 });
    }
    issues.push(...found);
    // frozen when checked (a refused copy may hold the caller's cyclic objects)
    const kept = built || found.length > 0 ? s : deepFreeze(s);
    statements.push(values && kind === 'trust' && kept.Principal === '*' ? awsAnyone(kept) : kept);
  }
  // the whole statement list: a repeated Sid is refused when the user builds or adds (parse reads it, lint reports it)
  if (values && issues.length === 0) issues.push(...repeatedSidIssues(statements, kind, base.Statement.length));
  if (issues.length > 0) throw new PolicyValidationError(issues as [PolicyIssue, ...PolicyIssue[]], kind);
  return newPolicy(kind, Object.freeze({ ...base, Statement: Object.freeze(statements) }), target);
}

/** The same statement with all principals written `{"AWS": "*"}`, the spelling a role trust policy takes. */
const ANY_AWS = /*#__PURE__*/ Object.freeze({ AWS: Object.freeze(['*']) });
function awsAnyone(s: Statement): Statement {
  // IAM refuses "Principal": "*" in a role trust policy (MalformedPolicyDocument, "invalid principal") and
  // accepts {"AWS": "*"}, the same principals (IAM User Guide, Principal element): built or given as
  // data, a trust policy's "*" is written so (parsed policies keep their text; lint reports it there)
  return Object.freeze({ ...s, Principal: ANY_AWS });
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
  if (typeof value !== 'object' || value === null) return false;
  // a Proxy whose get trap throws is no policy of ours (ours are frozen plain objects)
  try {
    return (value as Record<string, unknown>)[POLICY_BRAND] === true;
  } catch {
    return false;
  }
}

/**
 * @internal Not exported from the package: users build (`policy.<kind>(...)`, which also takes
 * model statements) or parse (`parsePolicy(object)`). Validates `document` against the grammar and
 * the rules of `kind` and wraps it; throws {@link PolicyValidationError} listing every problem.
 * Statements are copied and the copies frozen; the caller's objects are never frozen.
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
  return newPolicy(kind, frozen ? document : deepFreeze(document));
}

/**
 * Sums the sizes of the inline policies of one user, group or role: their limit is an aggregate.
 * A typed-iam policy counts as its `toString()` text (a parsed one as written, without
 * whitespace); any other object with `toJSON()` (a CDK `PolicyDocument`) as its compact JSON.
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
  const t = resolveAggregateTarget(target);
  // plain JavaScript callers: one policy, or null, instead of a list (was a TypeError)
  if (!Array.isArray(policies)) throw new PolicyArgumentError('policies', messages.notPolicyList(policies));
  let length = 0;
  // a typed-iam policy measures its own text (a parsed one keeps its source form); others their JSON
  policies.forEach((p, i) => {
    if (isPolicy(p)) length += p.size(t).length;
    else {
      // plain JavaScript callers: null, or a toJSON() giving nothing JSON writes: undefined, a
      // function, a bigint or a cycle (was a TypeError)
      let text: string | undefined;
      if (typeof p?.toJSON === 'function') {
        const json = p.toJSON();
        try {
          text = JSON.stringify(json) as string | undefined;
        } catch {
          text = undefined;
        }
      }
      if (text === undefined) throw new PolicyArgumentError(`policies[${i}]`, messages.notSizable(p));
      // counted as the target counts (characters or UTF-8 bytes); compact JSON is also the text sent
      length += measure(text, text, t).length;
    }
  });
  return report(length, t);
}
