/**
 * The immutable statement builder: `allow(...)` / `deny(...)` start one; every method returns a new
 * builder over new frozen data.
 */
import { PolicyValidationError, type PolicyIssueCode } from '../errors.js';
import { emitStatement, type StatementJson } from '../emit/emit.js';
import * as messages from '../messages.js';
import { show } from '../messages.js';
import { isOperator } from '../model/operators.js';
import type { ConditionValue, Effect, PrincipalElement, PrincipalType, Statement } from '../model/policy-document.js';
import { isActionSyntax, firstInvalidChar } from '../model/syntax.js';
import { setOwn } from '../internal/freeze.js';
import { markBuilt } from '../internal/built.js';
import type { CheckActions } from '../types/actions.js';
import type { ConditionOperator, KeysFor, ValueFor } from '../types/conditions.js';
import type { PrincipalValue } from './principal.js';

/** What the type system knows about a statement under construction. */
export interface StatementState {
  readonly effect: Effect;
  readonly actionElement: 'Action' | 'NotAction';
  /** Union of the action strings (for trust policies). */
  readonly actions: string;
  readonly principal: 'none' | 'Principal' | 'NotPrincipal';
  /** True when the principal is `"*"`. */
  readonly anyone: boolean;
  readonly resource: 'none' | 'Resource' | 'NotResource';
  readonly sid: boolean;
}

type With<S extends StatementState, P extends Partial<StatementState>> = {
  readonly [K in keyof StatementState]: K extends keyof P ? P[K] : S[K];
};

type Anyone<P extends readonly PrincipalValue[]> = '*' extends P[number]['type'] ? true : false;

/** A resource: an ARN pattern (wildcards and policy variables allowed) or `"*"`. */
export type ResourceString = '*' | `arn:${string}`;

/**
 * A statement under construction. Immutable: each method returns a new builder.
 *
 * @example
 * ```ts
 * allow('s3:GetObject').on('arn:aws:s3:::my-bucket/*').when('Bool', 'aws:SecureTransport', true).sid('ReadObjects');
 * // { "Sid": "ReadObjects", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::my-bucket/*",
 * //   "Condition": { "Bool": { "aws:SecureTransport": "true" } } }
 * ```
 */
export interface StatementBuilder<S extends StatementState = StatementState> {
  /** Phantom: the statement's type state. */
  readonly ' state'?: S;
  /** `Resource`: the ARNs (or `"*"`) the statement covers. Calls add up. */
  on(...resources: readonly [ResourceString, ...ResourceString[]]): StatementBuilder<With<S, { resource: 'Resource' }>>;
  /** `NotResource`: every resource except these. */
  notOn(...resources: readonly [ResourceString, ...ResourceString[]]): StatementBuilder<With<S, { resource: 'NotResource' }>>;
  /** `Principal`: who the statement applies to (resource, trust, RCP and endpoint policies). Calls add up. */
  by<const P extends readonly [PrincipalValue, ...PrincipalValue[]]>(
    ...principals: P
  ): StatementBuilder<With<S, { principal: 'Principal'; anyone: Anyone<P> }>>;
  /** `NotPrincipal`: everyone except these (use with Deny; prefer conditions on aws:PrincipalArn). */
  notBy(...principals: readonly [PrincipalValue, ...PrincipalValue[]]): StatementBuilder<With<S, { principal: 'NotPrincipal' }>>;
  /**
   * Adds a condition. The operator must fit the key's type; the value is typed by the operator.
   * Several calls with the same operator and key add values (OR).
   */
  when<const O extends ConditionOperator, const K extends KeysFor<O>>(operator: O, key: K, value: ValueFor<O>): StatementBuilder<S>;
  /** Adds a condition from run-time strings (config). The operator is checked at run time. */
  whenUnchecked(operator: string, key: string, value: ConditionValue | Date | readonly (ConditionValue | Date)[]): StatementBuilder<S>;
  /** Sets the Sid. Setting it twice is an error. */
  sid(id: S['sid'] extends true ? 'the Sid is already set' : string): StatementBuilder<With<S, { sid: true }>>;
  /** The statement as model data. */
  toStatement(): Statement;
  /** The statement as canonical JSON. */
  toJSON(): StatementJson;
}

function fail(path: string, code: PolicyIssueCode, message: string): never {
  throw new PolicyValidationError([{ path, code, message }]);
}

/** One condition value as IAM text: booleans, numbers and dates become strings. */
function conditionValue(v: ConditionValue | Date): string {
  const text =
    v instanceof Date
      ? Number.isNaN(v.getTime())
        ? undefined
        : v.toISOString().replace('.000Z', 'Z')
      : typeof v === 'number'
        ? Number.isFinite(v)
          ? String(v)
          : undefined
        : typeof v === 'boolean' || typeof v === 'string'
          ? String(v)
          : undefined;
  if (text === undefined || firstInvalidChar(text) >= 0) fail('Condition', 'INVALID_CONDITION', messages.badConditionValue(show(String(v))));
  return text;
}

const isResource = (r: unknown): boolean => typeof r === 'string' && r !== '' && firstInvalidChar(r) < 0;
const isPrincipalValue = (p: unknown): boolean =>
  typeof p === 'object' && p !== null && typeof (p as PrincipalValue).value === 'string' && firstInvalidChar((p as PrincipalValue).value) < 0;
const addResources = (old: readonly string[] | undefined, add: readonly string[]): readonly string[] =>
  Object.freeze([...(old ?? []), ...add]);

function mergePrincipal(
  existing: PrincipalElement | undefined,
  add: readonly PrincipalValue[],
): PrincipalElement {
  if (existing === '*' || add.some((p) => p.type === '*')) return '*';
  const map: { [T in PrincipalType]?: string[] } = {};
  if (existing !== undefined) for (const [t, v] of Object.entries(existing)) map[t as PrincipalType] = [...(v as string[])];
  for (const p of add) {
    const list = (map[p.type as PrincipalType] ??= []);
    if (!list.includes(p.value)) list.push(p.value);
  }
  for (const list of Object.values(map)) Object.freeze(list);
  return Object.freeze(map);
}

class StatementBuilderImpl {
  readonly #s: Statement;
  constructor(s: Statement) {
    // every array and block inside is frozen when it is made; the statement object itself is
    // private until toStatement() marks and freezes it. Private and never reassigned: the builder
    // cannot change.
    this.#s = s;
  }

  /** A new builder whose statement differs from this one in `key` only. */
  #next<K extends keyof Statement>(key: K, value: Statement[K]): StatementBuilderImpl {
    const s = { ...this.#s } as { -readonly [P in keyof Statement]: Statement[P] };
    s[key] = value;
    return new StatementBuilderImpl(s);
  }

  /** Adds to one member of a pair (Resource/NotResource, Principal/NotPrincipal); the other must be unset. */
  #pair<T>(
    el: 'Resource' | 'NotResource' | 'Principal' | 'NotPrincipal',
    other: 'Resource' | 'NotResource' | 'Principal' | 'NotPrincipal',
    values: readonly T[],
    valid: (v: T) => boolean,
    merge: (old: never, values: readonly T[]) => unknown,
  ): StatementBuilderImpl {
    const base = () => el.replace('Not', '');
    if (this.#s[other] !== undefined) fail(el, 'CONFLICTING_ELEMENTS', messages.conflicting(base(), `Not${base()}`));
    if (values.length === 0) fail(el, 'EMPTY_VALUE', messages.emptyElement(el));
    for (const v of values) if (!valid(v)) fail(el, base() === 'Resource' ? 'EMPTY_VALUE' : 'INVALID_PRINCIPAL', messages.invalidValue(el, show(v)));
    return this.#next(el, merge(this.#s[el] as never, values) as never);
  }

  on(...resources: string[]) {
    return this.#pair('Resource', 'NotResource', resources, isResource, addResources);
  }
  notOn(...resources: string[]) {
    return this.#pair('NotResource', 'Resource', resources, isResource, addResources);
  }
  by(...principals: PrincipalValue[]) {
    return this.#pair('Principal', 'NotPrincipal', principals, isPrincipalValue, mergePrincipal);
  }
  notBy(...principals: PrincipalValue[]) {
    return this.#pair('NotPrincipal', 'Principal', principals, isPrincipalValue, mergePrincipal);
  }

  whenUnchecked(operator: string, key: string, value: ConditionValue | Date | readonly (ConditionValue | Date)[]) {
    const at = () => `Condition.${operator}[${show(key)}]`;
    if (!isOperator(operator)) fail(at(), 'INVALID_CONDITION', messages.unknownOperator(show(operator)));
    if (typeof key !== 'string' || !key.includes(':') || key.includes('${') || firstInvalidChar(key) >= 0)
      fail(at(), 'INVALID_CONDITION', messages.badConditionKey(show(key)));
    const values = (Array.isArray(value) ? value : [value]) as readonly (ConditionValue | Date)[];
    if (values.length === 0) fail(at(), 'EMPTY_VALUE', messages.emptyElement('A condition key'));
    // copy on write: untouched operator blocks and value lists are shared (they are frozen)
    const old = this.#s.Condition;
    const condition: Record<string, Record<string, readonly ConditionValue[]>> = {};
    if (old !== undefined) for (const op of Object.keys(old)) setOwn(condition, op, old[op]);
    const oldBlock = old !== undefined && Object.hasOwn(old, operator) ? old[operator]! : undefined;
    const block: Record<string, readonly ConditionValue[]> = {};
    let target = key;
    if (oldBlock !== undefined) {
      const lower = key.toLowerCase();
      for (const k of Object.keys(oldBlock)) {
        setOwn(block, k, oldBlock[k]);
        if (k.toLowerCase() === lower) target = k;
      }
    }
    const list = Object.hasOwn(block, target) ? [...block[target]!] : [];
    for (const v of values) {
      const c = conditionValue(v);
      if (!list.includes(c)) list.push(c);
    }
    setOwn(block, target, Object.freeze(list));
    setOwn(condition, operator, Object.freeze(block));
    return this.#next('Condition', Object.freeze(condition));
  }

  sid(id: string) {
    if (this.#s.Sid !== undefined) fail('Sid', 'DUPLICATE_SLOT', messages.slotTwice('Sid', this.#s.Sid, id));
    if (typeof id !== 'string' || firstInvalidChar(id) >= 0) fail('Sid', 'INVALID_SID', messages.badChar('Sid', String(id)));
    return this.#next('Sid', id);
  }

  toStatement(): Statement {
    return markBuilt(this.#s);
  }

  toJSON(): StatementJson {
    return emitStatement(this.#s);
  }
}

// `.when` is the typed front of `.whenUnchecked`: the same run-time checks, types aside
(StatementBuilderImpl.prototype as unknown as { when: unknown }).when = StatementBuilderImpl.prototype.whenUnchecked;

/** Starts a statement; used by `allow`/`deny` and their variants. */
export function startStatement(effect: Effect, element: 'Action' | 'NotAction', actions: readonly string[]): StatementBuilderImpl {
  if (actions.length === 0) fail(element, 'MISSING_ELEMENT', `${element} needs at least one action.`);
  actions.forEach((a, i) => {
    if (typeof a !== 'string' || !isActionSyntax(a)) fail(`${element}[${i}]`, 'INVALID_ACTION', messages.invalidActionSyntax(String(a)));
  });
  return new StatementBuilderImpl({ Effect: effect, [element]: Object.freeze([...actions]) } as Statement);
}

/** State of a statement just started. */
export type Started<E extends Effect, El extends 'Action' | 'NotAction', A extends string> = {
  readonly effect: E;
  readonly actionElement: El;
  readonly actions: A;
  readonly principal: 'none';
  readonly anyone: false;
  readonly resource: 'none';
  readonly sid: false;
};

/** The `allow` / `deny` entry points with their variants. */
export interface EffectEntry<E extends Effect> {
  /**
   * Starts a statement with these actions. Each action is checked at compile time against the AWS
   * catalog: exact names, `service:*`, `*`, and wildcards that match at least one action.
   */
  <const A extends readonly [string, ...string[]]>(...actions: CheckActions<A>): StatementBuilder<Started<E, 'Action', A[number]>>;
  /** `NotAction`: every action except these (checked like the main form). */
  not<const A extends readonly [string, ...string[]]>(...actions: CheckActions<A>): StatementBuilder<Started<E, 'NotAction', A[number]>>;
  /** Actions from run-time strings (config): checked at run time for IAM syntax only. */
  unchecked(...actions: readonly [string, ...string[]]): StatementBuilder<Started<E, 'Action', string>>;
  /** `NotAction` from run-time strings. */
  uncheckedNot(...actions: readonly [string, ...string[]]): StatementBuilder<Started<E, 'NotAction', string>>;
}

function entry<E extends Effect>(effect: E): EffectEntry<E> {
  const fn = (...actions: string[]) => startStatement(effect, 'Action', actions);
  return Object.freeze(
    Object.assign(fn, {
      not: (...actions: string[]) => startStatement(effect, 'NotAction', actions),
      unchecked: fn,
      uncheckedNot: (...actions: string[]) => startStatement(effect, 'NotAction', actions),
    }),
  ) as unknown as EffectEntry<E>;
}

/**
 * Starts an `Allow` statement. Actions are checked at compile time; a typo is a compile error.
 *
 * @example
 * ```ts
 * allow('dynamodb:GetItem', 'dynamodb:Query').on('arn:aws:dynamodb:us-east-1:123456789012:table/Orders');
 * allow.not('iam:*').on('*');              // NotAction
 * allow.unchecked(...actionsFromConfig);  // run-time strings
 * ```
 */
export const allow: EffectEntry<'Allow'> = /*#__PURE__*/ entry('Allow');

/**
 * Starts a `Deny` statement. Same forms as {@link allow}.
 *
 * @example
 * ```ts
 * deny('s3:DeleteBucket').on('*');
 * ```
 */
export const deny: EffectEntry<'Deny'> = /*#__PURE__*/ entry('Deny');
