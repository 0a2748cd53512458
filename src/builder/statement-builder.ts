/**
 * The immutable statement builder: `allow(...)` / `deny(...)` start one; every method checks its
 * arguments and returns a new builder over frozen data (each step freezes the lists and blocks it
 * makes). `toStatement()` assembles the model statement and freezes it: frozen all the way down.
 */
import { PolicyValidationError, type PolicyIssueCode } from '../errors.js';
import { emitStatement, type StatementJson } from '../emit/emit.js';
import * as messages from '../messages.js';
import { show } from '../messages.js';
import { parseOperator } from '../model/operators.js';
import { API_SHORT_FORM, arnProblem } from '../model/arn.js';
import { badArn, badPrincipalValue, valueNeverMatches } from '../model/messages.js';
import { isPrincipalValue } from '../model/principals.js';
import { copyDate, isFamilyValue, scalarText } from '../model/values.js';
import { PRINCIPAL_TYPES, type ConditionElement, type ConditionValue, type Effect, type PrincipalElement, type PrincipalType, type Statement } from '../model/policy-document.js';
import { isActionSyntax, isConditionKey, firstInvalidChar } from '../model/syntax.js';
import { appendNew } from '../internal/unique.js';
import { flatten } from '../internal/flatten.js';
import type { ActionsOf, CheckActions } from '../types/actions.js';
import type { CheckResources, ResourceString } from '../types/resources.js';
import type { CheckValue, KeyOk, KeyMessage, OperatorOk, OperatorMessage, ValueArg } from '../types/conditions.js';
import type { PrincipalValue } from './principal.js';
import type { Args, AtLeastOneOf, Uninferred } from '../types/args.js';

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
  /** `false` until `.sid(...)`; then the Sid (a literal, or `string` when known at run time only). */
  readonly sid: false | string;
}

// The states after each step are interfaces, so that editors show them by name
// (`StatementBuilder<On<Started<"Allow", "Action", "s3:GetObject">>>`) and the compiler resolves
// only the members it reads.

/** State after `.on(...)`: `S` with a `Resource`. */
export interface On<S extends StatementState> extends Keep<S, 'effect' | 'actionElement' | 'actions' | 'principal' | 'anyone' | 'sid'> {
  readonly resource: 'Resource';
}
/** State after `.notOn(...)`: `S` with a `NotResource`. */
export interface NotOn<S extends StatementState> extends Keep<S, 'effect' | 'actionElement' | 'actions' | 'principal' | 'anyone' | 'sid'> {
  readonly resource: 'NotResource';
}
/** State after `.by(...)`: `S` with a `Principal` (`Anyone` when it is `"*"`). */
export interface By<S extends StatementState, Anyone extends boolean> extends Keep<S, 'effect' | 'actionElement' | 'actions' | 'resource' | 'sid'> {
  readonly principal: 'Principal';
  readonly anyone: Anyone;
}
/** State after `.notBy(...)`: `S` with a `NotPrincipal`. */
export interface NotBy<S extends StatementState> extends Keep<S, 'effect' | 'actionElement' | 'actions' | 'anyone' | 'resource' | 'sid'> {
  readonly principal: 'NotPrincipal';
}
/** State after `.sid(id)`. */
export interface WithSid<S extends StatementState, I extends string> extends Keep<S, 'effect' | 'actionElement' | 'actions' | 'principal' | 'anyone' | 'resource'> {
  readonly sid: I;
}
/** The members `M` of state `S`, unchanged. */
type Keep<S extends StatementState, M extends keyof StatementState> = { readonly [K in M]: S[K] };

/** Arguments of `.by(...)`: principals one by one, arrays of them, or both. */
type PrincipalArgs = Args<PrincipalValue>;
/** The rest parameter of `.by(...)`: at least one principal written. */
type CheckPrincipals<P extends PrincipalArgs> = AtLeastOneOf<P, 'give at least one principal', PrincipalArgs>;
type Anyone<P extends PrincipalArgs> = '*' extends (P[number] extends infer E ? (E extends readonly (infer X extends PrincipalValue)[] ? X : E & PrincipalValue) : never)['type']
  ? true
  : false;

export type { ResourceString };

/** Arguments of `.on(...)`: resources one by one, arrays of them, or both. */
type ResourceArgs = Args<string>;
/** Arguments of `allow(...)`: actions one by one, arrays of them, or both. */
type ActionArgs = Args<string>;
/**
 * The rest parameter of `allow.unchecked(...)`: strings, arrays of them, values typed by a type
 * parameter of the caller's function; a call that writes none is refused.
 */
type UncheckedActions<A extends ActionArgs> = AtLeastOneOf<A, 'give at least one action', ActionArgs>;

/** Key of the phantom type state: declared only, no value exists at run time. */
declare const STATE: unique symbol;

/** The type state of a statement builder type. */
export type StateOf<B> = B extends StatementBuilder<infer S> ? S : never;

/**
 * A statement under construction. Immutable: each method returns a new builder.
 *
 * @example
 * ```ts
 * import { allow } from 'typed-iam';
 * allow('s3:GetObject').on('arn:aws:s3:::my-bucket/*').when('Bool', 'aws:SecureTransport', true).sid('ReadObjects');
 * // { "Sid": "ReadObjects", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::my-bucket/*",
 * //   "Condition": { "Bool": { "aws:SecureTransport": "true" } } }
 * ```
 */
export interface StatementBuilder<S extends StatementState = StatementState> {
  /** Phantom: the statement's type state (a symbol key, so editors do not offer it). */
  readonly [STATE]?: S;
  /**
   * `Resource`: the ARNs (or `"*"`) the statement covers, one by one, as arrays (`.on(arns)`,
   * `.on(...arns)`), or both; an empty list is an error when built. Calls add up.
   *
   * @example
   * ```ts
   * import { allow } from 'typed-iam';
   * allow('s3:GetObject').on('arn:aws:s3:::media/*', ['arn:aws:s3:::logs/*']); // Resource: both ARNs
   * ```
   */
  on<const R extends ResourceArgs>(...resources: CheckResources<R>): StatementBuilder<On<S>>;
  /**
   * `NotResource`: every resource except these (one by one, as arrays, or both).
   *
   * @example
   * ```ts
   * import { deny } from 'typed-iam';
   * deny('s3:*').notOn('arn:aws:s3:::public/*'); // denies s3 on every resource but the public prefix
   * ```
   */
  notOn<const R extends ResourceArgs>(...resources: CheckResources<R>): StatementBuilder<NotOn<S>>;
  /**
   * `Principal`: who the statement applies to (resource, trust, RCP and endpoint policies), one by
   * one, as arrays, or both. Calls add up.
   *
   * @example
   * ```ts
   * import { allow, principal } from 'typed-iam';
   * allow('sqs:SendMessage').on('*').by(principal.service('sns.amazonaws.com'), principal.account('111122223333'));
   * // Principal: { AWS: 'arn:aws:iam::111122223333:root', Service: 'sns.amazonaws.com' }
   * ```
   */
  by<const P extends PrincipalArgs>(...principals: CheckPrincipals<P>): StatementBuilder<By<S, Anyone<P>>>;
  /**
   * `NotPrincipal`: everyone except these (use with Deny; prefer conditions on aws:PrincipalArn).
   *
   * @example
   * ```ts
   * import { deny, principal } from 'typed-iam';
   * deny('s3:DeleteBucket').on('*').notBy(principal.role('111122223333', 'Admin'));
   * ```
   */
  notBy<const P extends PrincipalArgs>(...principals: CheckPrincipals<P>): StatementBuilder<NotBy<S>>;
  // The parameters spell out CheckOperator<O> and CheckKey<O, K>: an error then prints the
  // sentence or the completions, where the aliases printed as `CheckKey<"StringEquals", "aws:X">`.
  /**
   * Adds a condition. The operator must fit the key's type; the value is typed by the operator: one
   * value or an array of them (an empty array written as such, `[]`, is a compile error: IAM takes
   * no key without a value; one known at run time only is refused when built). Several calls with
   * the same operator and key add values (OR).
   *
   * @example
   * ```ts
   * import { allow } from 'typed-iam';
   * allow('s3:GetObject').on('*').when('StringEquals', 'aws:PrincipalOrgID', 'o-a1b2c3d4e5');
   * allow('s3:GetObject').on('*').when('Bool', 'aws:SecureTransport', true);
   * allow('s3:GetObject').on('*').when('StringEquals', 'aws:PrincipalTag/team', ['data', 'ml']);
   * // Condition: { StringEquals: { 'aws:PrincipalTag/team': ['data', 'ml'] } }
   * ```
   */
  when<const O extends string, const K extends string, V extends ValueArg<O>>(
    operator: OperatorOk<O> | Uninferred<OperatorMessage<O>>,
    key: KeyOk<O, K> | Uninferred<KeyMessage<O, K>>,
    value: CheckValue<V>,
  ): StatementBuilder<S>;
  /**
   * Adds a condition from run-time strings (config). The operator is checked at run time.
   *
   * @example
   * ```ts
   * import { allow } from 'typed-iam';
   * const config = { operator: 'StringEquals', key: 'aws:PrincipalTag/team', value: 'data' }; // read at run time
   * allow('s3:GetObject').on('*').whenUnchecked(config.operator, config.key, config.value);
   * ```
   */
  whenUnchecked(operator: string, key: string, value: ConditionValue | Date | readonly (ConditionValue | Date)[]): StatementBuilder<S>;
  /**
   * Sets the Sid. Setting it twice is an error. (An `any` Sid is recorded as `string`, so no `any` reaches the state.)
   *
   * @example
   * ```ts
   * import { allow } from 'typed-iam';
   * allow('s3:GetObject').on('*').sid('ReadObjects').toJSON().Sid; // 'ReadObjects'
   * ```
   */
  sid<const I extends string>(id: S['sid'] extends false ? I : 'the Sid is already set: call .sid(...) once'): StatementBuilder<WithSid<S, string extends I ? string : I>>;
  /**
   * The statement as model data.
   *
   * @example
   * ```ts
   * import { allow } from 'typed-iam';
   * allow('s3:GetObject').on('*').toStatement(); // { Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'] }
   * ```
   */
  toStatement(): Statement;
  /**
   * The statement as canonical JSON.
   *
   * @example
   * ```ts
   * import { allow } from 'typed-iam';
   * allow('s3:GetObject').on('*').toJSON(); // { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }
   * ```
   */
  toJSON(): StatementJson;
}

function fail(path: string, code: PolicyIssueCode, message: string): never {
  throw new PolicyValidationError([{ path, code, message }]);
}

function failCondition(operator: string, key: string, code: PolicyIssueCode, message: string): never {
  // JavaScript callers can pass anything: a symbol or an object in a template literal would throw a TypeError here
  fail(`Condition.${typeof operator === 'string' ? operator : show(operator)}[${show(key)}]`, code, message);
}

/** One condition value as IAM text: booleans, numbers and dates become strings. */
function conditionValue(v: ConditionValue | Date): string {
  // a Date (of any realm) as a new one of its time; look-alikes (a Proxy, Object.create(Date.prototype)) are none
  const date = copyDate(v);
  const ok = typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) || (date !== undefined && !Number.isNaN(date.getTime()));
  const text = ok ? scalarText(date ?? v) : undefined;
  // show(), not String(): String() of an object without a prototype throws, and undefined, NaN or a
  // Symbol shown as text ("undefined") would read as a string refused; a Date refused has no time
  // (its text, "Invalid Date", would read as a string refused too)
  if (text === undefined || firstInvalidChar(text) >= 0) fail('Condition', 'INVALID_CONDITION', messages.badConditionValue(date ? 'new Date(NaN)' : show(v)));
  return text;
}

const isResource = (r: unknown): boolean => typeof r === 'string' && r !== '' && firstInvalidChar(r) < 0;
/**
 * A principal value read once into a new pair (a getter could answer otherwise at a second read),
 * or undefined: a type of the Principal element's (`AWS`, `Service`, ...) with a non-empty value in
 * IAM characters, or everyone (`"*"` only; JavaScript callers can pass `{ type: '*', value: arn }`).
 */
function principalValue(p: unknown): PrincipalValue | undefined {
  if (typeof p !== 'object' || p === null) return undefined;
  const { type, value } = p as PrincipalValue;
  const ok = typeof value === 'string' && value !== '' && firstInvalidChar(value) < 0 && (type === '*' ? value === '*' : PRINCIPAL_TYPES.includes(type));
  return ok ? { type, value } : undefined;
}
/** A new frozen list: `old` then the values of `add` not in it yet. A document holds no repeats, as its text does not. */
function addUnique(old: readonly string[] | undefined, add: string[]): readonly string[] {
  // a spread, not old.slice(): slice() of a frozen array takes V8's slow path (three chained .on calls: 29% faster)
  return Object.freeze(appendNew(old === undefined ? [] : [...old], add));
}

function mergePrincipal(existing: PrincipalElement | undefined, add: readonly PrincipalValue[]): PrincipalElement {
  if (existing === '*' || add.some((p) => p.type === '*')) return '*';
  const added: { [T in PrincipalType]?: string[] } = {};
  for (const p of add) (added[p.type as PrincipalType] ??= []).push(p.value);
  // types in canonical order; a list the step leaves alone is shared (it is frozen)
  const map: { [T in PrincipalType]?: readonly string[] } = {};
  for (const t of PRINCIPAL_TYPES) {
    const old = existing?.[t];
    const more = added[t];
    if (more !== undefined) map[t] = Object.freeze(appendNew(old === undefined ? [] : [...old], more));
    else if (old !== undefined) map[t] = old;
  }
  return Object.freeze(map);
}

type Pair = 'Resource' | 'NotResource' | 'Principal' | 'NotPrincipal';

const unNot = (el: Pair) => el.replace('Not', '');

/**
 * One object per step, each element in its own private field. A step copies the fields and
 * changes one; the arrays and condition blocks it makes are frozen and shared with later steps, so
 * a step allocates only what it adds. `toStatement()` assembles the statement in canonical key
 * order and freezes that object (its parts are frozen already).
 */
class StatementBuilderImpl {
  #effect: Effect;
  #actionEl: 'Action' | 'NotAction';
  #actions: readonly string[];
  #resourceEl: 'Resource' | 'NotResource' | undefined;
  #resources: readonly string[] | undefined;
  #principalEl: 'Principal' | 'NotPrincipal' | undefined;
  #principal: PrincipalElement | undefined;
  #condition: ConditionElement | undefined;
  #sid: string | undefined;

  constructor(effect: Effect, actionEl: 'Action' | 'NotAction', actions: readonly string[]) {
    this.#effect = effect;
    this.#actionEl = actionEl;
    this.#actions = actions;
  }

  /** A copy of this builder; callers set the one field that changes before anyone sees it. */
  #copy(): StatementBuilderImpl {
    const b = newBuilder(this.#effect, this.#actionEl, this.#actions);
    b.#resourceEl = this.#resourceEl;
    b.#resources = this.#resources;
    b.#principalEl = this.#principalEl;
    b.#principal = this.#principal;
    b.#condition = this.#condition;
    b.#sid = this.#sid;
    return b;
  }

  /**
   * Adds to one member of a pair (Resource/NotResource, Principal/NotPrincipal); the other member
   * must be unset.
   */
  #pair(el: Pair, args: unknown[]) {
    const values = flatten(args);
    const resource = el.endsWith('Resource');
    const set = resource ? this.#resourceEl : this.#principalEl;
    if (set !== undefined && set !== el) fail(el, 'CONFLICTING_ELEMENTS', messages.conflicting(unNot(el), `Not${unNot(el)}`));
    if (values.length === 0) fail(el, 'EMPTY_VALUE', messages.emptyElement(el));
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      const ok = resource ? isResource(v) : (values[i] = principalValue(v)) !== undefined;
      if (!ok) fail(el, resource ? 'EMPTY_VALUE' : 'INVALID_PRINCIPAL', messages.invalidValue(el, show(v)));
      // a principal written by hand is held to the form its helper makes (a Deny on "hello world" denies nobody)
      const p = values[i] as PrincipalValue;
      if (!resource && p.type !== '*' && !isPrincipalValue(p.type, p.value)) fail(el, 'INVALID_PRINCIPAL', badPrincipalValue(p.type as PrincipalType, p.value));
      // an ARN or "*": IAM refuses anything else in Resource/NotResource (lint: INVALID_ARN_PREFIX, MISSING_ARN_FIELD)
      // (or API Gateway's short form, valid in its resource policies; lint flags it elsewhere)
      if (resource && arnProblem(v as string) && !(v as string).startsWith(API_SHORT_FORM))
        throw new PolicyValidationError([{ path: `${el}[${(this.#resources?.length ?? 0) + i}]`, code: 'INVALID_RESOURCE', message: badArn(v as string), value: v as string }]);
    }
    const b = this.#copy();
    if (resource) {
      b.#resourceEl = el as 'Resource' | 'NotResource';
      b.#resources = addUnique(this.#resources, values as string[]);
    } else {
      b.#principalEl = el as 'Principal' | 'NotPrincipal';
      b.#principal = mergePrincipal(this.#principal, values as PrincipalValue[]);
    }
    return b;
  }

  on(...resources: unknown[]) {
    return this.#pair('Resource', resources);
  }
  notOn(...resources: unknown[]) {
    return this.#pair('NotResource', resources);
  }
  by(...principals: unknown[]) {
    return this.#pair('Principal', principals);
  }
  notBy(...principals: unknown[]) {
    return this.#pair('NotPrincipal', principals);
  }

  whenUnchecked(operator: string, key: string, value: ConditionValue | Date | readonly (ConditionValue | Date)[]) {
    // one cached read of the operator gives both the check and the family
    const parsed = typeof operator === 'string' ? parseOperator(operator) : undefined;
    if (parsed === undefined) failCondition(operator, key, 'INVALID_CONDITION', messages.unknownOperator(show(operator)));
    if (!isConditionKey(key)) failCondition(operator, key, 'INVALID_CONDITION', messages.badConditionKey(show(key)));
    // Array.from, not map: a hole of a sparse array is a value (undefined, refused), not skipped;
    // one value is converted directly (Array.from of a one-value array cost 22% of build + emit).
    // Converted (copied) before the length is checked: an array read twice could change between the reads.
    const added = Array.isArray(value) ? Array.from(value as readonly (ConditionValue | Date)[], conditionValue) : [conditionValue(value as ConditionValue | Date)];
    if (added.length === 0) failCondition(operator, key, 'EMPTY_VALUE', messages.emptyElement('A condition key'));
    // copy on write: untouched operator blocks and value lists are shared (nothing changes them)
    const old = this.#condition;
    const oldBlock = old !== undefined && Object.hasOwn(old, operator) ? old[operator] : undefined;
    let target = key;
    let values: ConditionValue[] = [];
    if (oldBlock !== undefined) {
      // keys are case-insensitive: a second call with other casing adds to the first key's values
      const lower = key.toLowerCase();
      for (const k of Object.keys(oldBlock)) if (k.toLowerCase() === lower) values = [...oldBlock[(target = k)]!];
    }
    const checked = values.length;
    const list = appendNew(values, added);
    // each new value read by its operator's family (lint's TYPE_MISMATCH_* rules, same messages);
    // the earlier calls' values were read under this operator already (reading them again made n
    // calls of one value each quadratic: 4,000 addresses took 9 s)
    const family = parsed.family;
    for (let i = checked; i < list.length; i++) {
      const v = list[i]!;
      if (!isFamilyValue(family, v))
        throw new PolicyValidationError([
          { path: `Condition.${operator}[${show(target)}]${list.length > 1 ? `[${i}]` : ''}`, code: 'INVALID_CONDITION_VALUE', message: valueNeverMatches(v, operator, family), operator, key: target, value: v },
        ]);
    }
    const condition = Object.freeze({ ...old, [operator]: Object.freeze({ ...oldBlock, [target]: Object.freeze(list) }) });
    const b = this.#copy();
    b.#condition = condition;
    return b;
  }

  sid(id: string) {
    if (this.#sid !== undefined) fail('Sid', 'DUPLICATE_SLOT', messages.slotTwice('Sid', this.#sid, id));
    if (typeof id !== 'string') fail('Sid', 'INVALID_SID', messages.notAString('Sid', id));
    if (firstInvalidChar(id) >= 0) fail('Sid', 'INVALID_SID', messages.badChar('Sid', id));
    const b = this.#copy();
    b.#sid = id;
    return b;
  }

  when(operator: string, key: string, value: ConditionValue | Date | readonly (ConditionValue | Date)[]) {
    // the typed front of `whenUnchecked`: the same run-time checks, types aside
    return this.whenUnchecked(operator, key, value);
  }

  /** The statement in canonical key order, frozen (its parts are, from the step that made them). */
  toStatement(): Statement {
    const s: Record<string, unknown> = {};
    if (this.#sid !== undefined) s.Sid = this.#sid;
    s.Effect = this.#effect;
    if (this.#principalEl !== undefined) s[this.#principalEl] = this.#principal;
    s[this.#actionEl] = this.#actions;
    if (this.#resourceEl !== undefined) s[this.#resourceEl] = this.#resources;
    if (this.#condition !== undefined) s.Condition = this.#condition;
    return Object.freeze(s) as unknown as Statement;
  }

  toJSON(): StatementJson {
    return emitStatement(this.toStatement());
  }
}

/**
 * A new builder. Outside the class on purpose: a class whose body names it is bundled by esbuild
 * with a top-level assignment (`_a = StatementBuilderImpl`), a side effect that kept the whole
 * builder in every bundle of dist/core.js (an S3 ARN helper alone was 39,831 bytes minified;
 * test/packaging/install.test.ts).
 */
function newBuilder(effect: Effect, actionEl: 'Action' | 'NotAction', actions: readonly string[]): StatementBuilderImpl {
  return new StatementBuilderImpl(effect, actionEl, actions);
}

/** True for the builders `allow` and `deny` make (of this copy of the module). */
export const isStatementBuilder = (value: unknown): value is StatementBuilderImpl => value instanceof StatementBuilderImpl;

/** Starts a statement; used by `allow`/`deny` and their variants. */
export function startStatement(effect: Effect, element: 'Action' | 'NotAction', args: unknown[]): StatementBuilderImpl {
  const actions = flatten(args) as string[];
  if (actions.length === 0) fail(element, 'MISSING_ELEMENT', messages.noActions(element));
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i]!;
    // checks the type too: JavaScript callers can pass anything
    if (!isActionSyntax(a)) fail(`${element}[${i}]`, 'INVALID_ACTION', messages.invalidActionSyntax(a));
  }
  // `actions` is the rest array of the call (or a new array of the flattened arguments): ours to keep
  return newBuilder(effect, element, addUnique(undefined, actions));
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
   * catalog: exact names, `service:*`, `*`, and wildcards that match at least one action. Arrays
   * work too, alone, spread or beside actions (`allow(actions)`, `allow(...actions)`): literal
   * elements are checked the same way, strings known only at run time are checked for IAM syntax
   * when built (an empty list is an error).
   */
  <const A extends ActionArgs>(...actions: CheckActions<A>): StatementBuilder<Started<E, 'Action', ActionsOf<A>>>;
  /**
   * `NotAction`: every action except these (checked like the main form).
   *
   * @example
   * ```ts
   * import { allow } from 'typed-iam';
   * allow.not('iam:*').on('*'); // { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }
   * ```
   */
  not<const A extends ActionArgs>(...actions: CheckActions<A>): StatementBuilder<Started<E, 'NotAction', ActionsOf<A>>>;
  /**
   * Actions from run-time strings (config), one by one or as arrays: checked at run time for IAM
   * syntax only. Values typed by a type parameter of your own function are taken too; a call that
   * writes no action (`allow.unchecked()`, `allow.unchecked([])`) is a compile error.
   *
   * @example
   * ```ts
   * import { allow } from 'typed-iam';
   * const actions: string[] = ['s3:GetObject', 'sqs:SendMessage']; // read at run time
   * allow.unchecked(actions).on('*');
   * const grant = <A extends string>(action: A) => allow.unchecked(action).on('*');
   * grant('s3:GetObject').toJSON(); // { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }
   * ```
   */
  unchecked<const A extends ActionArgs>(...actions: UncheckedActions<A>): StatementBuilder<Started<E, 'Action', string>>;
  /**
   * `NotAction` from run-time strings (or values typed by a type parameter), as {@link EffectEntry.unchecked}.
   *
   * @example
   * ```ts
   * import { deny } from 'typed-iam';
   * const kept: string[] = ['iam:*']; // read at run time
   * deny.uncheckedNot(kept).on('*'); // { Effect: 'Deny', NotAction: 'iam:*', Resource: '*' }
   * const keepOnly = <A extends string>(actions: A[]) => deny.uncheckedNot(...actions).on('*');
   * keepOnly(['iam:*', 'sts:*']); // { Effect: 'Deny', NotAction: ['iam:*', 'sts:*'], Resource: '*' }
   * ```
   */
  uncheckedNot<const A extends ActionArgs>(...actions: UncheckedActions<A>): StatementBuilder<Started<E, 'NotAction', string>>;
}

function entry<E extends Effect>(effect: E): EffectEntry<E> {
  // the checked and unchecked forms differ in their types only
  const fn = (...actions: unknown[]) => startStatement(effect, 'Action', actions);
  const not = (...actions: unknown[]) => startStatement(effect, 'NotAction', actions);
  return Object.freeze(Object.assign(fn, { not, unchecked: fn, uncheckedNot: not })) as unknown as EffectEntry<E>;
}

/**
 * Starts an `Allow` statement. Actions are checked at compile time; a typo is a compile error.
 *
 * @example
 * ```ts
 * import { allow } from 'typed-iam';
 * allow('dynamodb:GetItem', 'dynamodb:Query').on('arn:aws:dynamodb:us-east-1:123456789012:table/Orders');
 * allow.not('iam:*').on('*');              // NotAction
 * const fromConfig: string = 's3:GetObject';
 * allow.unchecked(fromConfig).on('*');    // run-time strings, checked at run time
 * ```
 */
export const allow: EffectEntry<'Allow'> = /*#__PURE__*/ entry('Allow');

/**
 * Starts a `Deny` statement. Same forms as {@link allow}.
 *
 * @example
 * ```ts
 * import { deny } from 'typed-iam';
 * deny('s3:DeleteBucket').on('*');
 * ```
 */
export const deny: EffectEntry<'Deny'> = /*#__PURE__*/ entry('Deny');
