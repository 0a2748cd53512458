/**
 * Condition operators (iam-reference §2, §7): every family, `IfExists`, `ForAnyValue:` /
 * `ForAllValues:`, negated operators (NOR over values), the missing-key table, and policy variables
 * in String and ARN values. Each evaluated key yields a {@link ConditionOutcome} that
 * `explain.ts` turns into prose.
 */
import type { ConditionElement, ConditionValue } from '../model/policy-document.js';
import { Context, isMulti, scalarText } from './context.js';
import { arnComponentsMatch, globMatch, literalEquals, padPattern, splitPattern, type Pattern } from './pattern.js';
import type { ContextScalar } from './types.js';
import { bytesEqual, cidrContains, decodeBase64, parseBool, parseCidr, parseDate, parseIp, parseNumber, type Cidr } from './values.js';
import { substitute } from './variables.js';
import { BoundedCache } from '../internal/bounded-cache.js';

type Family = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'Ip' | 'Arn' | 'Null';
type Compare = 'eq' | 'eqi' | 'like' | 'lt' | 'le' | 'gt' | 'ge';

interface BaseOperator {
  readonly family: Family;
  readonly compare: Compare;
  readonly negated: boolean;
}

/** The base operators IAM knows; names are case-sensitive as in IAM. */
const OPERATORS: ReadonlyMap<string, BaseOperator> = new Map<string, BaseOperator>([
  ['StringEquals', { family: 'String', compare: 'eq', negated: false }],
  ['StringNotEquals', { family: 'String', compare: 'eq', negated: true }],
  ['StringEqualsIgnoreCase', { family: 'String', compare: 'eqi', negated: false }],
  ['StringNotEqualsIgnoreCase', { family: 'String', compare: 'eqi', negated: true }],
  ['StringLike', { family: 'String', compare: 'like', negated: false }],
  ['StringNotLike', { family: 'String', compare: 'like', negated: true }],
  ['NumericEquals', { family: 'Numeric', compare: 'eq', negated: false }],
  ['NumericNotEquals', { family: 'Numeric', compare: 'eq', negated: true }],
  ['NumericLessThan', { family: 'Numeric', compare: 'lt', negated: false }],
  ['NumericLessThanEquals', { family: 'Numeric', compare: 'le', negated: false }],
  ['NumericGreaterThan', { family: 'Numeric', compare: 'gt', negated: false }],
  ['NumericGreaterThanEquals', { family: 'Numeric', compare: 'ge', negated: false }],
  ['DateEquals', { family: 'Date', compare: 'eq', negated: false }],
  ['DateNotEquals', { family: 'Date', compare: 'eq', negated: true }],
  ['DateLessThan', { family: 'Date', compare: 'lt', negated: false }],
  ['DateLessThanEquals', { family: 'Date', compare: 'le', negated: false }],
  ['DateGreaterThan', { family: 'Date', compare: 'gt', negated: false }],
  ['DateGreaterThanEquals', { family: 'Date', compare: 'ge', negated: false }],
  ['Bool', { family: 'Bool', compare: 'eq', negated: false }],
  ['BinaryEquals', { family: 'Binary', compare: 'eq', negated: false }],
  ['IpAddress', { family: 'Ip', compare: 'eq', negated: false }],
  ['NotIpAddress', { family: 'Ip', compare: 'eq', negated: true }],
  ['ArnEquals', { family: 'Arn', compare: 'like', negated: false }],
  ['ArnLike', { family: 'Arn', compare: 'like', negated: false }],
  ['ArnNotEquals', { family: 'Arn', compare: 'like', negated: true }],
  ['ArnNotLike', { family: 'Arn', compare: 'like', negated: true }],
  ['Null', { family: 'Null', compare: 'eq', negated: false }],
]);

/** A parsed operator such as `ForAnyValue:StringLikeIfExists`. */
export interface ParsedOperator {
  readonly name: string;
  readonly set: 'ForAnyValue' | 'ForAllValues' | undefined;
  readonly base: BaseOperator;
  readonly ifExists: boolean;
}

const parsedCache = new BoundedCache<string, ParsedOperator | null>(1024);

/** Parses an operator; undefined when IAM would not know it (`NullIfExists` included). */
export function parseOperator(name: string): ParsedOperator | undefined {
  const hit = parsedCache.get(name);
  if (hit !== undefined) return hit ?? undefined;
  let rest = name;
  let set: ParsedOperator['set'];
  const colon = rest.indexOf(':');
  if (colon !== -1) {
    const q = rest.slice(0, colon).toLowerCase();
    if (q === 'foranyvalue') set = 'ForAnyValue';
    else if (q === 'forallvalues') set = 'ForAllValues';
    else return remember(name, undefined);
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  if (rest.endsWith('IfExists')) {
    ifExists = true;
    rest = rest.slice(0, -'IfExists'.length);
  }
  const base = OPERATORS.get(rest);
  if (base === undefined || (ifExists && base.family === 'Null')) return remember(name, undefined);
  return remember(name, { name, set, base, ifExists });
}

function remember(name: string, op: ParsedOperator | undefined): ParsedOperator | undefined {
  parsedCache.set(name, op ?? null);
  return op;
}

/** Why one condition key matched or not; `explain.ts` words it. */
export type ConditionReason =
  | { readonly kind: 'unknown-operator' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'null'; readonly present: boolean; readonly wantAbsent: readonly boolean[] }
  | { readonly kind: 'needs-qualifier'; readonly values: readonly string[] }
  | {
      readonly kind: 'compared';
      readonly values: readonly string[];
      /** The policy value that matched a request value (positive sense), if any. */
      readonly hit: string | undefined;
      /** Variables that could not be resolved. */
      readonly unresolved: readonly string[];
    };

/** The result of one operator/key pair. */
export interface ConditionOutcome {
  readonly operator: string;
  readonly key: string;
  readonly op: ParsedOperator | undefined;
  readonly policyValues: readonly ConditionValue[];
  readonly matched: boolean;
  readonly reason: ConditionReason;
}

/** One policy value, parsed for its family. */
type Prepared =
  | { readonly kind: 'never'; readonly shown: string }
  | { readonly kind: 'always'; readonly shown: string }
  | { readonly kind: 'string'; readonly shown: string; readonly compare: Compare; readonly pattern: Pattern }
  | { readonly kind: 'arn'; readonly shown: string; readonly parts: readonly Pattern[] }
  | { readonly kind: 'number' | 'date'; readonly shown: string; readonly compare: Compare; readonly value: number }
  | { readonly kind: 'bool'; readonly shown: string; readonly value: boolean }
  | { readonly kind: 'binary'; readonly shown: string; readonly bytes: Uint8Array }
  | { readonly kind: 'ip'; readonly shown: string; readonly cidr: Cidr };

function ordered(compare: Compare, a: number, b: number): boolean {
  switch (compare) {
    case 'lt':
      return a < b;
    case 'le':
      return a <= b;
    case 'gt':
      return a > b;
    case 'ge':
      return a >= b;
    default:
      return a === b;
  }
}

/** Prepares one policy value for a family: parse, substitute variables. */
function prepare(base: BaseOperator, v: ConditionValue, ctx: Context, version: string, unresolved: string[]): Prepared {
  const shown = String(v);
  switch (base.family) {
    case 'String': {
      const s = substitute(shown, ctx, version);
      if (!s.ok) {
        unresolved.push(s.variable);
        return { kind: 'never', shown };
      }
      return { kind: 'string', shown, compare: base.compare, pattern: s.pattern };
    }
    case 'Arn': {
      const s = substitute(shown, ctx, version);
      if (!s.ok) {
        unresolved.push(s.variable);
        return { kind: 'never', shown };
      }
      const p = s.pattern;
      if (p.text === '*' && p.lit?.[0] !== 1) return { kind: 'always', shown };
      let parts = splitPattern(p);
      if (parts === undefined) {
        // a short ARN pattern matches only when it ends in `*`: pad the missing components with `*`
        if (!p.text.endsWith('*')) return { kind: 'never', shown };
        parts = padPattern(p);
      }
      return { kind: 'arn', shown, parts };
    }
    case 'Numeric': {
      const n = parseNumber(v);
      return n === undefined ? { kind: 'never', shown } : { kind: 'number', shown, compare: base.compare, value: n };
    }
    case 'Date': {
      const d = parseDate(v);
      return d === undefined ? { kind: 'never', shown } : { kind: 'date', shown, compare: base.compare, value: d };
    }
    case 'Bool': {
      const b = parseBool(v);
      return b === undefined ? { kind: 'never', shown } : { kind: 'bool', shown, value: b };
    }
    case 'Binary': {
      const bytes = typeof v === 'string' ? decodeBase64(v) : undefined;
      return bytes === undefined ? { kind: 'never', shown } : { kind: 'binary', shown, bytes };
    }
    case 'Ip': {
      const cidr = typeof v === 'string' ? parseCidr(v) : undefined;
      return cidr === undefined ? { kind: 'never', shown } : { kind: 'ip', shown, cidr };
    }
    case 'Null':
      return { kind: 'never', shown };
  }
}

/** Positive-sense test of one request value against one prepared policy value. */
function test(p: Prepared, c: ContextScalar): boolean {
  switch (p.kind) {
    case 'never':
      return false;
    case 'always':
      return true;
    case 'string':
      return p.compare === 'like'
        ? globMatch(p.pattern, scalarText(c), false)
        : literalEquals(p.pattern.text, scalarText(c), p.compare === 'eqi');
    case 'arn':
      return arnComponentsMatch(p.parts, scalarText(c), false);
    case 'number': {
      const x = c instanceof Date ? undefined : parseNumber(c);
      return x !== undefined && ordered(p.compare, x, p.value);
    }
    case 'date': {
      const x = parseDate(c);
      return x !== undefined && ordered(p.compare, x, p.value);
    }
    case 'bool':
      return !(c instanceof Date) && parseBool(c) === p.value;
    case 'binary': {
      const x = typeof c === 'string' ? decodeBase64(c) : undefined;
      return x !== undefined && bytesEqual(x, p.bytes);
    }
    case 'ip': {
      if (typeof c !== 'string') return false;
      const slash = c.indexOf('/');
      const ip = parseIp(slash === -1 ? c : c.slice(0, slash));
      return ip !== undefined && cidrContains(p.cidr, ip);
    }
  }
}

function outcome(
  operator: string,
  key: string,
  op: ParsedOperator | undefined,
  policyValues: readonly ConditionValue[],
  matched: boolean,
  reason: ConditionReason,
): ConditionOutcome {
  return { operator, key, op, policyValues, matched, reason };
}

/**
 * Evaluates one operator/key pair against the context.
 *
 * @example
 * ```ts
 * evaluateCondition('BoolIfExists', 'aws:MultiFactorAuthPresent', ['false'], new Context({}), '2012-10-17').matched; // true
 * ```
 */
export function evaluateCondition(
  operator: string,
  key: string,
  values: readonly ConditionValue[],
  ctx: Context,
  version: string,
): ConditionOutcome {
  const op = parseOperator(operator);
  if (op === undefined) return outcome(operator, key, op, values, false, { kind: 'unknown-operator' });
  const raw = ctx.get(key);

  if (op.base.family === 'Null') {
    const present = raw !== undefined && !(isMulti(raw) && raw.length === 0);
    const wants = values.map(parseBool);
    let matched = false;
    for (const w of wants) if (w !== undefined && w === !present) matched = true;
    return outcome(operator, key, op, values, matched, { kind: 'null', present, wantAbsent: wants.map((w) => w === true) });
  }

  let list: readonly ContextScalar[] | undefined = raw === undefined ? undefined : isMulti(raw) ? raw : [raw];
  if (list !== undefined && list.length === 0) list = undefined;

  if (list === undefined) {
    // the missing-key table (iam-reference §7)
    const matched = op.ifExists || op.set === 'ForAllValues' || (op.set === undefined && op.base.negated);
    return outcome(operator, key, op, values, matched, { kind: 'missing' });
  }
  if (op.set === undefined && list.length > 1)
    return outcome(operator, key, op, values, false, { kind: 'needs-qualifier', values: list.map(scalarText) });

  const unresolved: string[] = [];
  const prepared: Prepared[] = [];
  for (const v of values) prepared.push(prepare(op.base, v, ctx, version, unresolved));
  let hit: string | undefined;
  let all = true;
  let some = false;
  for (const c of list) {
    let any = false;
    for (const p of prepared)
      if (test(p, c)) {
        any = true;
        hit ??= p.shown;
        break;
      }
    const ok = op.base.negated ? !any : any;
    if (ok) some = true;
    else all = false;
  }
  const matched = op.set === 'ForAllValues' ? all : some;
  return outcome(operator, key, op, values, matched, { kind: 'compared', values: list.map(scalarText), hit, unresolved });
}

/**
 * Evaluates a whole `Condition` block: every operator and every key must match (AND). Stops at the
 * first failure unless `all` is set (for explanations).
 */
export function evaluateConditionBlock(
  block: ConditionElement,
  ctx: Context,
  version: string,
  all = false,
): { readonly matched: boolean; readonly outcomes: readonly ConditionOutcome[] } {
  const outcomes: ConditionOutcome[] = [];
  let matched = true;
  for (const operator of Object.keys(block)) {
    const keys = block[operator]!;
    for (const key of Object.keys(keys)) {
      const o = evaluateCondition(operator, key, keys[key]!, ctx, version);
      outcomes.push(o);
      if (!o.matched) {
        matched = false;
        if (!all) return { matched, outcomes };
      }
    }
  }
  return { matched, outcomes };
}
