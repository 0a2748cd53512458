/**
 * The request context: caller-supplied keys (looked up case-insensitively) plus the keys IAM
 * derives from the principal and resource (iam-reference §3), unless the caller set them.
 */
import { PolicyArgumentError, PolicyValidationError } from '../errors.js';
import { inputMessages } from './explain.js';
import type { Caller } from './principal.js';
import { copyDate, dateRange, hasOuterSpace, scalarText } from '../model/values.js';
import type { ContextScalar, ContextValue, RequestContext } from './types.js';
import { readItems } from '../internal/record.js';

/** The request context with case-insensitive lookup. */
export class Context {
  readonly #values = new Map<string, ContextValue>();

  /**
   * Condition keys are case-insensitive in IAM, so two given keys that differ only in case name the
   * same key: that is an error (which one would win is not something to guess).
   */
  constructor(given: RequestContext | undefined) {
    if (given === undefined) return;
    const written = new Map<string, string>();
    if (typeof given !== 'object' || given === null || Array.isArray(given))
      throw new PolicyArgumentError('context', inputMessages.contextShape(describe(given)));
    for (const key of Object.keys(given)) {
      // a list read once, item by item, before it is checked: the check and the conditions read the same values
      // and a Date as a new one of its time (copyDate): a subclass whose getTime answered the
      // check with one time and the conditions with another was decided by a time no check saw
      const read = given[key];
      const v = Array.isArray(read) ? readItems(read as readonly unknown[]).map(readScalar) : readScalar(read);
      if (v === undefined) continue;
      if (!isContextValue(v)) throw new PolicyArgumentError('context', inputMessages.contextValue(key, describe(read)));
      const lower = key.toLowerCase();
      const first = written.get(lower);
      if (first !== undefined)
        throw new PolicyValidationError([
          {
            path: `context[${JSON.stringify(key)}]`,
            code: 'DUPLICATE_KEY',
            message: inputMessages.contextKeyCase(first, key),
          },
        ]);
      written.set(lower, key);
      this.#values.set(lower, v);
    }
  }

  /** The value of `key` (any case), or undefined. */
  get(key: string): ContextValue | undefined {
    return this.#values.get(key.toLowerCase());
  }

  has(key: string): boolean {
    return this.#values.has(key.toLowerCase());
  }

  /** Sets `key` only when the caller did not. */
  derive(key: string, value: ContextValue | undefined): void {
    if (value !== undefined && !this.has(key)) this.#values.set(key.toLowerCase(), value);
  }

  /** The text of a single-valued key for policy variables; undefined when absent or multivalued. */
  text(key: string): string | undefined {
    const v = this.get(key);
    if (v === undefined || isMulti(v)) return undefined;
    return scalarText(v);
  }
}

/** An object given as a context scalar read as a date ({@link copyDate}; `NOT_A_DATE` for any other object); other values as given. */
const readScalar = (v: unknown): unknown => (typeof v === 'object' && v !== null ? (copyDate(v) ?? NOT_A_DATE) : v);
const NOT_A_DATE: unknown = Symbol('not a date');

/** A scalar IAM can hold: text, a finite number, a boolean or a valid date (a copy made by {@link readScalar}). */
function isScalar(v: unknown): boolean {
  if (typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  return v instanceof Date && !Number.isNaN(v.getTime());
}

/** A context value: a scalar, or an array of scalars (a multivalued key). */
function isContextValue(v: unknown): v is ContextValue {
  // a list is a copy (readItems): a hole of the caller's array is an undefined item, refused
  return Array.isArray(v) ? v.every(isScalar) : isScalar(v);
}

/** A short description of a value that is not a context value, for messages. */
function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array holding a value that is not a string, finite number, boolean or valid Date';
  if (copyDate(v) !== undefined) return 'an invalid Date';
  if (typeof v === 'number') return String(v);
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** True for multivalued context values (arrays). */
export function isMulti(v: ContextValue): v is readonly ContextScalar[] {
  return Array.isArray(v);
}


const PRINCIPAL_TYPE: Partial<Record<Caller['kind'], string>> = {
  user: 'User',
  root: 'Account',
  role: 'AssumedRole',
  session: 'AssumedRole',
  'federated-user': 'FederatedUser',
  anonymous: 'Anonymous',
};

/**
 * Builds the context of one request: the given keys plus derived `aws:PrincipalArn`,
 * `aws:PrincipalAccount`, `aws:PrincipalType`, `aws:username`, `aws:userid`,
 * `aws:PrincipalIsAWSService`, `aws:PrincipalServiceName`, `aws:ResourceAccount`,
 * `aws:CurrentTime`, `aws:EpochTime`.
 */
export function buildContext(
  given: RequestContext | undefined,
  caller: Caller,
  principalAccount: string | undefined,
  resourceAccount: string | undefined,
  principalId: string | undefined,
): Context {
  const ctx = new Context(given);
  const k = caller.kind;
  const signed = k !== 'anonymous';
  if (k === 'user' || k === 'root' || k === 'federated-user') ctx.derive('aws:PrincipalArn', caller.arn);
  if (k === 'role' || k === 'session') ctx.derive('aws:PrincipalArn', caller.roleArn);
  ctx.derive('aws:PrincipalAccount', principalAccount);
  ctx.derive('aws:PrincipalType', PRINCIPAL_TYPE[k]);
  if (k === 'user') ctx.derive('aws:username', caller.name);
  if (k === 'root') ctx.derive('aws:userid', principalAccount);
  if (k === 'anonymous') ctx.derive('aws:userid', 'anonymous');
  if (k === 'federated-user' && principalAccount !== undefined) ctx.derive('aws:userid', `${principalAccount}:${caller.name ?? ''}`);
  if (principalId !== undefined) {
    if (k === 'user' || k === 'role') ctx.derive('aws:userid', principalId);
    if (k === 'session') ctx.derive('aws:userid', `${principalId}:${caller.sessionName ?? ''}`);
  }
  if (signed) ctx.derive('aws:PrincipalIsAWSService', k === 'service');
  if (k === 'service') {
    ctx.derive('aws:PrincipalServiceName', caller.raw);
  }
  ctx.derive('aws:ResourceAccount', resourceAccount);
  ctx.derive('aws:ViaAWSService', false);
  if (!ctx.has('aws:CurrentTime') || !ctx.has('aws:EpochTime')) {
    const given = ctx.get('aws:CurrentTime') ?? ctx.get('aws:EpochTime');
    const range = given === undefined || isMulti(given) || hasOuterSpace(given) ? undefined : dateRange(given);
    if (given !== undefined && (range === undefined || range[0] !== range[1])) {
      // not one instant (no time zone, unreadable): the other key holds the same text, read the same way
      ctx.derive('aws:CurrentTime', given);
      ctx.derive('aws:EpochTime', given);
    } else {
      const now = range?.[0] ?? Date.now();
      ctx.derive('aws:CurrentTime', new Date(now));
      ctx.derive('aws:EpochTime', Math.floor(now / 1000));
    }
  }
  return ctx;
}
