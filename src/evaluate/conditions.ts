/**
 * Condition operators over the request context (iam-reference §2, §7): every family, `IfExists`,
 * `ForAnyValue:` / `ForAllValues:`, negated operators (NOR over values), the missing-key table and
 * policy variables in String and ARN values. The operators themselves (names, families,
 * comparisons) come from the one table in `model/operators.ts`; values are parsed by
 * `model/values.ts` and matched by `model/match.ts`. Each evaluated key yields a
 * {@link ConditionOutcome} that `explain.ts` turns into prose.
 */
import { PolicyParseError } from '../errors.js';
import { arnBounds, arnComponentsMatch, codePointForm, foldText, globMatch, literalEquals, padPattern, patternHasWildcard, splitPattern, type Pattern } from '../model/match.js';
import { entryComponents } from '../model/arn.js';
import { isEmptyDataSet, matchesMissingKey, parseOperator, type Comparison, type ParsedOperator } from '../model/operators.js';
import type { ConditionElement, ConditionValue } from '../model/policy-document.js';
import { bytesEqual, compareDecimal, dateRange, decodeBase64, hasOuterSpace, isCanonicalBase64, parseBool, parseCidr, parseNumber, policyCidrHolds, policyCidrs, type Cidr } from '../model/values.js';
import { hasSpacedVariable, hasVariable, substitute } from '../model/variables.js';
import { Context, isMulti } from './context.js';
import { scalarText } from '../model/values.js';
import type { ContextScalar } from './types.js';
import { PolicyArgumentError } from '../errors.js';
import { show, unknownOperator } from '../messages.js';

export type { ParsedOperator } from '../model/operators.js';

/** Why one condition key matched or not; `explain.ts` words it. */
export type ConditionReason =
  /** `empty`: the key is present but holds an empty data set ({@link isEmptyDataSet}), read as missing. */
  | { readonly kind: 'missing'; readonly empty: boolean }
  | { readonly kind: 'null'; readonly present: boolean; readonly empty: boolean; readonly wantAbsent: readonly boolean[] }
  /** `ForAllValues:Null` (always true) or `ForAnyValue:Null` (always false), whatever the request holds. */
  | { readonly kind: 'qualified-null' }
  | { readonly kind: 'needs-qualifier'; readonly values: readonly string[] }
  | {
      readonly kind: 'compared';
      readonly values: readonly string[];
      /** The policy value that matched a request value (positive sense), if any. */
      readonly hit: string | undefined;
      /** Variables that could not be resolved (their values never match). */
      readonly unresolved: readonly string[];
      /** Request values the operator's family cannot read (each makes its comparison unknown). */
      readonly unreadable: readonly string[];
    };

/** The result of one operator/key pair. */
export interface ConditionOutcome {
  readonly operator: string;
  readonly key: string;
  readonly op: ParsedOperator | undefined;
  readonly policyValues: readonly ConditionValue[];
  /** The condition holds (false when it fails or is unknown). */
  readonly matched: boolean;
  /**
   * The condition is unknown: a request value it needed cannot be read by the operator's family
   * (`"abc"` under `NumericNotEquals`), or a plain operator meets several values. It holds for a
   * Deny and not for an Allow ({@link conditionHolds}).
   */
  readonly unknown: boolean;
  readonly reason: ConditionReason;
}

/**
 * Whether one condition outcome lets a statement of `effect` apply: a known outcome as it is, an
 * unknown one (a request value the operator cannot read) for a Deny only, so that such a value
 * never lets an Allow apply and never stops a Deny (docs/evaluation.md). evaluate and analyze
 * both read outcomes through it.
 *
 * @example
 * ```ts
 * import { conditionHolds, evaluateCondition } from './conditions.js';
 * import { Context } from './context.js';
 * const o = evaluateCondition('NumericNotEquals', 's3:max-keys', ['10'], new Context({ 's3:max-keys': 'abc' }), '2012-10-17');
 * conditionHolds(o, 'Allow'); // false
 * conditionHolds(o, 'Deny');  // true
 * ```
 */
export function conditionHolds(o: ConditionOutcome, effect: 'Allow' | 'Deny'): boolean {
  return o.matched || (o.unknown && effect === 'Deny');
}

/** One policy value, parsed for its family. */
type Prepared =
  | { readonly kind: 'never'; readonly shown: string }
  /** A value with two readings that AWS does not choose between (`" 5"`, base64 `QR==`): every comparison with it is unknown. */
  | { readonly kind: 'unknown'; readonly shown: string }
  | { readonly kind: 'always'; readonly shown: string }
  | { readonly kind: 'string'; readonly shown: string; readonly compare: Comparison; readonly pattern: Pattern; readonly wild?: Pattern }
  /**
   * `parts`: the components of the value with its variables substituted first (`null`: it matches
   * nothing); `confined`: of the value split first, each variable's value kept in its component, as
   * in a Resource entry; present only when the two readings differ (a value holding a colon).
   */
  | { readonly kind: 'arn'; readonly shown: string; readonly parts: readonly Pattern[] | null; readonly confined?: readonly Pattern[] | null }
  | { readonly kind: 'number'; readonly shown: string; readonly compare: Comparison; readonly value: number }
  /** `lo`/`hi`: the instants the value may stand for ({@link dateRange}), one unless it has no time zone. */
  | { readonly kind: 'date'; readonly shown: string; readonly compare: Comparison; readonly lo: number; readonly hi: number }
  | { readonly kind: 'bool'; readonly shown: string; readonly value: boolean }
  | { readonly kind: 'binary'; readonly shown: string; readonly bytes: Uint8Array }
  /** `cidrs`: the blocks the value may stand for ({@link policyCidrs}: two for an IPv6 address without a prefix length). */
  | { readonly kind: 'ip'; readonly shown: string; readonly cidrs: readonly Cidr[] };

/**
 * The policy values of one operator/key pair, prepared once. String values without an active
 * wildcard are also held in a set (`exact`, case-folded for `...IgnoreCase`), so a request value
 * is looked up instead of compared with each value in turn: `ForAnyValue:` over 10^5 request
 * values and 10^3 policy values stays fast.
 */
interface PreparedValues {
  readonly list: readonly Prepared[];
  /** Exact (wildcard-free) string values -> the value as written; `undefined` when not a string family. */
  readonly exact: ReadonlyMap<string, string> | undefined;
  /** Folded lookup (`...IgnoreCase`). */
  readonly folded: boolean;
  /** The values that still need a pattern match (those with wildcards, or every non-string value). */
  readonly rest: readonly Prepared[];
  /** Variables that could not be resolved. */
  readonly unresolved: readonly string[];
}

function ordered(compare: Comparison, a: number, b: number): boolean {
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

/**
 * Prepares one policy value for its family: parse, substitute variables. A value whose variable
 * cannot be resolved has no value: it never matches, so a negated operator holds against it (IAM
 * User Guide: "Inverted condition operators ... do match against a null value").
 */
function prepare(op: ParsedOperator, v: ConditionValue, ctx: Context, version: string, unresolved: string[]): Prepared {
  const shown = scalarText(v);
  // a variable whose name has white space (`${ aws:username }`; Access Analyzer: "Unsupported space in
  // variable"): read as the key without the spaces or as a variable with no value, AWS says neither,
  // so every comparison with the value is unknown (an Allow does not apply, a Deny does)
  if ((op.family === 'String' || op.family === 'ARN') && hasSpacedVariable(shown, version)) return { kind: 'unknown', shown };
  switch (op.family) {
    case 'String': {
      const s = substitute(shown, ctx, version);
      if (!s.ok) {
        unresolved.push(s.variable);
        return { kind: 'never', shown };
      }
      // a `*` or `?` a variable's value holds, literal or a wildcard (substitute): `...Like` reads it both ways
      const w = op.compare === 'like' && s.wildValue === true ? substitute(shown, ctx, version, true) : undefined;
      if (w?.ok === true) return { kind: 'string', shown, compare: op.compare, pattern: s.pattern, wild: w.pattern };
      return { kind: 'string', shown, compare: op.compare, pattern: s.pattern };
    }
    case 'ARN': {
      const s = substitute(shown, ctx, version);
      if (!s.ok) {
        unresolved.push(s.variable);
        return { kind: 'never', shown };
      }
      const p = s.pattern;
      if (p.text === '*' && p.lit?.[0] !== 1) return { kind: 'always', shown };
      let parts: Pattern[] | null = splitPattern(p) ?? null;
      // a short ARN pattern matches only when it ends in `*`: pad the missing components with `*`
      if (parts === null && p.text.endsWith('*')) parts = padPattern(p);
      const confined = version === '2008-10-17' || !hasVariable(shown) ? undefined : confinedParts(shown, ctx, version);
      if (confined === undefined || sameParts(parts, confined)) return parts === null ? { kind: 'never', shown } : { kind: 'arn', shown, parts };
      return { kind: 'arn', shown, parts, confined };
    }
    case 'Numeric': {
      const n = parseNumber(v);
      if (n === undefined) return { kind: 'never', shown };
      // read trimmed or not at all: two readings (hasOuterSpace)
      return hasOuterSpace(v) ? { kind: 'unknown', shown } : { kind: 'number', shown, compare: op.compare, value: n };
    }
    case 'Date': {
      const d = dateRange(v);
      if (d === undefined) return { kind: 'never', shown };
      return hasOuterSpace(v) ? { kind: 'unknown', shown } : { kind: 'date', shown, compare: op.compare, lo: d[0], hi: d[1] };
    }
    case 'Bool': {
      const b = parseBool(v);
      if (b === undefined) return { kind: 'never', shown };
      return hasOuterSpace(v) ? { kind: 'unknown', shown } : { kind: 'bool', shown, value: b };
    }
    case 'Binary': {
      const bytes = typeof v === 'string' ? decodeBase64(v) : undefined;
      if (bytes === undefined) return { kind: 'never', shown };
      // decoded leniently or compared as written: two readings unless canonical (isCanonicalBase64)
      return isCanonicalBase64(v) ? { kind: 'binary', shown, bytes } : { kind: 'unknown', shown };
    }
    case 'IPAddress': {
      const cidrs = typeof v === 'string' ? policyCidrs(v) : undefined;
      return cidrs === undefined ? { kind: 'never', shown } : { kind: 'ip', shown, cidrs };
    }
    case 'Null':
      return { kind: 'never', shown };
  }
}

/**
 * An ARN condition value read as a Resource entry is: split into components as written
 * ({@link entryComponents}), then each variable substituted in its component, its value literal
 * there (a colon it holds separates nothing); `undefined` (one reading) for a value written with
 * fewer than six components.
 */
function confinedParts(raw: string, ctx: Context, version: string): Pattern[] | undefined | null {
  const comps = entryComponents(raw, version);
  // a value written with fewer components (`${aws:PrincipalArn}`) is an ARN only once substituted: one reading
  if (comps.length < 6) return undefined;
  const out: Pattern[] = [];
  for (const c of comps) {
    const s = substitute(c, ctx, version);
    // the whole value resolved, so each component does
    if (!s.ok) return null;
    out.push(s.pattern);
  }
  return out;
}

function sameParts(a: readonly Pattern[] | null, b: readonly Pattern[] | null): boolean {
  if (a === null || b === null) return a === b;
  for (let i = 0; i < 6; i++) if (a[i]!.text !== b[i]!.text) return false;
  return true;
}

/** Values without variables do not depend on the request: prepared once per value list. */
const preparedCache = new WeakMap<readonly ConditionValue[], Map<string, PreparedValues>>();

function hasVariableText(values: readonly ConditionValue[]): boolean {
  for (const v of values) if (typeof v === 'string' && v.includes('${')) return true;
  return false;
}

function prepareAll(op: ParsedOperator, values: readonly ConditionValue[], ctx: Context, version: string): PreparedValues {
  const cacheable = !op.variables || version === '2008-10-17' || !hasVariableText(values);
  let byOp: Map<string, PreparedValues> | undefined;
  if (cacheable) {
    byOp = preparedCache.get(values);
    const hit = byOp?.get(op.base);
    if (hit !== undefined) return hit;
  }
  const list: Prepared[] = [];
  const unresolved: string[] = [];
  for (const v of values) list.push(prepare(op, v, ctx, version, unresolved));
  let exact: Map<string, string> | undefined;
  let rest: Prepared[] = list;
  const folded = op.compare === 'eqi';
  // a set pays off from a few values on; below that, comparing in turn is as fast
  if (op.family === 'String' && list.length > 4) {
    exact = new Map();
    rest = [];
    for (const p of list) {
      if (p.kind === 'string' && (p.compare !== 'like' || (!patternHasWildcard(p.pattern) && p.wild === undefined))) {
        const key = folded ? foldText(p.pattern.text) : p.pattern.text;
        if (!exact.has(key)) exact.set(key, p.shown);
      } else rest.push(p);
    }
  }
  const out: PreparedValues = { list, exact, folded, rest, unresolved };
  if (cacheable) {
    if (byOp === undefined) preparedCache.set(values, (byOp = new Map()));
    byOp.set(op.base, out);
  }
  return out;
}

/** ARN components against a text, `?` read by code units and by code points ({@link codePointForm}): unknown where they differ. */
function arnTest(parts: readonly Pattern[], text: string): boolean | undefined {
  const m = arnComponentsMatch(parts, text, false);
  const cp = codePointForm(parts, text);
  if (cp === undefined) return m;
  return cp !== null && arnComponentsMatch(cp.patterns, cp.text, false) === m ? m : undefined;
}

/**
 * Whether a request instant `x` compares with every instant of `[lo, hi]` (a policy date,
 * {@link dateRange}) the same way: that answer, or `undefined` when the instants disagree.
 */
function orderedRange(compare: Comparison, x: number, lo: number, hi: number): boolean | undefined {
  if (compare !== 'eq' && compare !== 'eqi') {
    // lt, le, gt, ge are monotone in the bound: the two ends decide
    const a = ordered(compare, x, lo);
    return a === ordered(compare, x, hi) ? a : undefined;
  }
  if (lo === hi) return x === lo;
  return x < lo || x > hi ? false : undefined;
}

/**
 * Positive-sense test of one request value against one prepared policy value: `undefined` when it
 * cannot be told, because the family cannot read the request value (`"abc"` for a number, a text
 * without six ARN components) or reads it two ways (an IPv4-mapped IPv6 address, `cidrHolds`; an
 * IPv6 policy address without a prefix length, /128 or the documented default /32, `policyCidrs`; a
 * number whose order differs as a double and as a decimal, `compareDecimal`; whitespace around a
 * number, date or boolean, `hasOuterSpace`; a date without a time zone, `dateRange`; base64 in
 * another spelling than its canonical one, `isCanonicalBase64`), or the policy value does (a `*`
 * or `?` a variable's value holds, literal or a wildcard, `substitute`).
 */
function test(p: Prepared, c: ContextScalar): boolean | undefined {
  switch (p.kind) {
    case 'never':
      return false;
    case 'unknown':
      return undefined;
    case 'always':
      return true;
    case 'string': {
      if (p.compare !== 'like') return literalEquals(p.pattern.text, scalarText(c), p.compare === 'eqi');
      const text = scalarText(c);
      const m = globMatch(p.pattern, text, false);
      // a variable's `*` or `?` read literally and as a wildcard: unknown where they differ
      if (p.wild !== undefined && globMatch(p.wild, text, false) !== m) return undefined;
      // `?` as one UTF-16 code unit or one code point (a character outside the BMP): unknown where they differ
      const cp = codePointForm([p.pattern], text);
      if (cp === undefined) return m;
      return cp !== null && globMatch(cp.patterns[0]!, cp.text, false) === m ? m : undefined;
    }
    case 'arn': {
      const text = scalarText(c);
      if (arnBounds(text) === undefined) return undefined;
      const m = p.parts === null ? false : arnTest(p.parts, text);
      if (p.confined === undefined) return m;
      // a variable's value holding a colon: read as substituted before the split and as confined to
      // its component (as in a Resource entry); AWS documents neither, so unknown where they differ
      return m === (p.confined === null ? false : arnTest(p.confined, text)) ? m : undefined;
    }
    case 'number': {
      const x = c instanceof Date || hasOuterSpace(c) ? undefined : parseNumber(c);
      if (x === undefined) return undefined;
      // two readings, as doubles and as exact decimals (AWS documents no precision): unknown where
      // they differ (`9007199254740993` against `9007199254740992`, one double)
      const asDouble = ordered(p.compare, x, p.value);
      return ordered(p.compare, compareDecimal(c, p.shown)!, 0) === asDouble ? asDouble : undefined;
    }
    case 'date': {
      // a request date without a time zone is unknown under every bound (give a Date or a zone)
      const x = hasOuterSpace(c) ? undefined : dateRange(c);
      return x === undefined || x[0] !== x[1] ? undefined : orderedRange(p.compare, x[0], p.lo, p.hi);
    }
    case 'bool': {
      const x = c instanceof Date || hasOuterSpace(c) ? undefined : parseBool(c);
      return x === undefined ? undefined : x === p.value;
    }
    case 'binary': {
      const x = isCanonicalBase64(c) ? decodeBase64(c as string) : undefined;
      return x === undefined ? undefined : bytesEqual(x, p.bytes);
    }
    case 'ip': {
      // a request value is one address, with or without a full prefix length (`203.0.113.9/32`):
      // a block (`10.1.2.3/8`) or a malformed suffix (`10.1.2.3/abc`) names no one address, so it is unreadable
      const cidr = typeof c === 'string' ? parseCidr(c) : undefined;
      return cidr === undefined || cidr.bits !== (cidr.address.v4 ? 32 : 128) ? undefined : policyCidrHolds(p.cidrs, cidr.address);
    }
  }
}

/**
 * The policy value (as written) that one request value matches in the positive sense; `undefined`
 * when it matches none; `null` when it matches none but some comparison cannot be told ({@link test}).
 */
function firstHit(values: PreparedValues, c: ContextScalar): string | undefined | null {
  if (values.exact !== undefined) {
    const text = scalarText(c);
    const hit = values.exact.get(values.folded ? foldText(text) : text);
    if (hit !== undefined) return hit;
  }
  let unknown = false;
  for (const p of values.rest) {
    const t = test(p, c);
    if (t === true) return p.shown;
    if (t === undefined) unknown = true;
  }
  return unknown ? null : undefined;
}

function outcome(
  operator: string,
  key: string,
  op: ParsedOperator | undefined,
  policyValues: readonly ConditionValue[],
  matched: boolean,
  reason: ConditionReason,
  unknown = false,
): ConditionOutcome {
  return { operator, key, op, policyValues, matched, unknown, reason };
}

/**
 * Evaluates one operator/key pair against the context. The operator must be one IAM knows
 * (documents are checked when `evaluate` reads them); an unknown one throws.
 *
 * Corner decisions (docs/evaluation.md): an empty multivalued value counts as absent; a
 * `ForAnyValue:...IfExists` on an absent key matches (IfExists decides); a plain operator on a
 * multivalued key with exactly one value compares that value, with several it is unknown.
 *
 * @example
 * ```ts
 * import { evaluateCondition } from './conditions.js';
 * import { Context } from './context.js';
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
  if (op === undefined) throw new PolicyArgumentError('operator', unknownOperator(show(operator)));
  const raw = ctx.get(key);

  // Access Analyzer, "Null with qualifier": with ForAllValues or ForAnyValue, Null always returns true or false respectively
  if (op.family === 'Null' && op.qualifier !== undefined) return outcome(operator, key, op, values, op.qualifier === 'ForAllValues', { kind: 'qualified-null' });
  if (op.family === 'Null') {
    // an empty data set (`[]`, `""`, `[""]`) is null: Null false keeps keys with empty values from matching
    const empty = raw !== undefined && isEmptyDataSet(raw);
    const present = raw !== undefined && !empty;
    const wants = values.map(parseBool);
    let matched = false;
    for (const w of wants) if (w !== undefined && w === !present) matched = true;
    return outcome(operator, key, op, values, matched, { kind: 'null', present, empty, wantAbsent: wants.map((w) => w === true) });
  }

  let list: readonly ContextScalar[] | undefined = raw === undefined ? undefined : isMulti(raw) ? raw : [raw];
  // an empty list is no value; under a set operator so is any empty data set (ForAllValues true, ForAnyValue false)
  const empty = list !== undefined && (list.length === 0 || (op.qualifier !== undefined && isEmptyDataSet(raw)));
  if (empty) list = undefined;

  if (list === undefined) {
    // the missing-key table (iam-reference §7)
    return outcome(operator, key, op, values, matchesMissingKey(op, values), { kind: 'missing', empty });
  }
  // AWS documents no result for a plain operator on several values: unknown, so that it never lets
  // an Allow apply and never stops a Deny (docs/evaluation.md, corner decisions)
  if (op.qualifier === undefined && list.length > 1)
    return outcome(operator, key, op, values, false, { kind: 'needs-qualifier', values: list.map(scalarText) }, true);

  const prepared = prepareAll(op, values, ctx, version);
  // three-valued: each request value passes, fails, or is unknown (a comparison it needs cannot be told)
  let hit: string | undefined;
  let pass = 0;
  let fail = 0;
  const unreadable: string[] = [];
  for (const c of list) {
    const h = firstHit(prepared, c);
    if (h === null) unreadable.push(scalarText(c));
    else {
      hit ??= h;
      if (op.negated ? h === undefined : h !== undefined) pass++;
      else fail++;
    }
    // the answer is known: ForAnyValue found one, ForAllValues lost one
    if (op.qualifier === 'ForAllValues' ? fail > 0 : pass > 0) break;
  }
  // ForAllValues: every value passes; otherwise (ForAnyValue, or one value): some value passes
  const matched = op.qualifier === 'ForAllValues' ? fail === 0 && unreadable.length === 0 : pass > 0;
  const unknown = !matched && unreadable.length > 0 && (op.qualifier !== 'ForAllValues' || fail === 0);
  return outcome(operator, key, op, values, matched, { kind: 'compared', values: list.map(scalarText), hit, unresolved: prepared.unresolved, unreadable }, unknown);
}

/**
 * Evaluates a whole `Condition` block for a statement of `effect`: every operator and every key
 * must hold (AND; an unknown outcome holds for a Deny only, {@link conditionHolds}). Stops at the
 * first failure unless `all` is set (for explanations).
 */
export function evaluateConditionBlock(
  block: ConditionElement,
  ctx: Context,
  version: string,
  effect: 'Allow' | 'Deny',
  all = false,
): { readonly matched: boolean; readonly outcomes: readonly ConditionOutcome[] } {
  const outcomes: ConditionOutcome[] = [];
  let matched = true;
  for (const operator of Object.keys(block)) {
    const keys = block[operator]!;
    for (const key of Object.keys(keys)) {
      const o = evaluateCondition(operator, key, keys[key]!, ctx, version);
      outcomes.push(o);
      if (!conditionHolds(o, effect)) {
        matched = false;
        if (!all) return { matched, outcomes };
      }
    }
  }
  return { matched, outcomes };
}
