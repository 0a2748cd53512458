/**
 * THE condition operator table of IAM (iam-reference §2): every base operator with its family, how
 * it compares, whether it is negated and whether policy variables and wildcards work in its
 * values; how an operator name is taken apart (set qualifier, `IfExists`). The evaluator, the
 * parser, lint and the builder all read this table; `src/types/conditions.ts` states the same
 * operators as types and a test keeps the two in step.
 */
import { BoundedCache } from './bounded-cache.js';
import type { ConditionValue } from './policy-document.js';
import { parseBool } from './values.js';

/** Operator families (the names `src/types/conditions.ts` uses). */
export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IPAddress' | 'ARN' | 'Null';

/**
 * How a base operator compares one request value with one policy value, in the positive sense:
 * `eq` equal, `eqi` equal ignoring case, `like` wildcard match (`*`, `?`), `lt`/`le`/`gt`/`ge`
 * ordered comparisons of numbers and dates.
 */
export type Comparison = 'eq' | 'eqi' | 'like' | 'lt' | 'le' | 'gt' | 'ge';

/** One row of the table. */
export interface BaseOperatorInfo {
  readonly family: OperatorFamily;
  /** `...Not...` and `NotIpAddress`: true when no value matches (NOR over the values). */
  readonly negated: boolean;
  readonly compare: Comparison;
  /** Policy variables are substituted in values (String and ARN operators only). */
  readonly variables: boolean;
}

/** A row of the table; policy variables work in String and ARN values. */
const row = (family: OperatorFamily, compare: Comparison, negated = false): BaseOperatorInfo =>
  Object.freeze({ family, negated, compare, variables: family === STRING || family === ARN });

const STRING = 'String';
const NUMERIC = 'Numeric';
const DATE = 'Date';
const ARN = 'ARN';

/** Each base operator IAM knows (case-sensitive names) with its row of the table. */
// a pure IIFE: the row(...) calls in a pure Object.freeze's argument kept the table in every bundle
export const BASE_OPERATORS: { readonly [op: string]: BaseOperatorInfo } = /*#__PURE__*/ (() => Object.freeze({
  StringEquals: row(STRING, 'eq'),
  StringNotEquals: row(STRING, 'eq', true),
  StringEqualsIgnoreCase: row(STRING, 'eqi'),
  StringNotEqualsIgnoreCase: row(STRING, 'eqi', true),
  StringLike: row(STRING, 'like'),
  StringNotLike: row(STRING, 'like', true),
  NumericEquals: row(NUMERIC, 'eq'),
  NumericNotEquals: row(NUMERIC, 'eq', true),
  NumericLessThan: row(NUMERIC, 'lt'),
  NumericLessThanEquals: row(NUMERIC, 'le'),
  NumericGreaterThan: row(NUMERIC, 'gt'),
  NumericGreaterThanEquals: row(NUMERIC, 'ge'),
  DateEquals: row(DATE, 'eq'),
  DateNotEquals: row(DATE, 'eq', true),
  DateLessThan: row(DATE, 'lt'),
  DateLessThanEquals: row(DATE, 'le'),
  DateGreaterThan: row(DATE, 'gt'),
  DateGreaterThanEquals: row(DATE, 'ge'),
  // ArnEquals is ArnLike and ArnNotEquals is ArnNotLike: both take wildcards in every component
  ArnEquals: row(ARN, 'like'),
  ArnLike: row(ARN, 'like'),
  ArnNotEquals: row(ARN, 'like', true),
  ArnNotLike: row(ARN, 'like', true),
  Bool: row('Bool', 'eq'),
  BinaryEquals: row('Binary', 'eq'),
  IpAddress: row('IPAddress', 'eq'),
  NotIpAddress: row('IPAddress', 'eq', true),
  Null: row('Null', 'eq'),
}))();

/** An operator taken apart: `ForAnyValue:StringLikeIfExists` -> qualifier, base, ifExists, and the base's row. */
export interface ParsedOperator extends BaseOperatorInfo {
  /** The operator as written. */
  readonly name: string;
  readonly qualifier: 'ForAnyValue' | 'ForAllValues' | undefined;
  readonly base: string;
  readonly ifExists: boolean;
}

/** `ForAnyValue:StringLikeIfExists` -> [qualifier, base, ifExists]; undefined when the base is not one IAM knows. */
function split(operator: string): [ParsedOperator['qualifier'], string, boolean] | undefined {
  const qualifier = operator.startsWith('ForAnyValue:') ? 'ForAnyValue' : operator.startsWith('ForAllValues:') ? 'ForAllValues' : undefined;
  let rest = qualifier === undefined ? operator : operator.slice(qualifier.length + 1);
  const ifExists = rest.endsWith('IfExists');
  if (ifExists) rest = rest.slice(0, -8);
  return Object.hasOwn(BASE_OPERATORS, rest) && !(ifExists && rest === 'Null') ? [qualifier, rest, ifExists] : undefined;
}

/** The operator taken apart, or null for one IAM does not know. */
function parse(operator: string): ParsedOperator | null {
  const parts = split(operator);
  return parts === undefined ? null : Object.freeze({ ...BASE_OPERATORS[parts[1]]!, name: operator, qualifier: parts[0], base: parts[1], ifExists: parts[2] });
}

const parsed = /*#__PURE__*/ new BoundedCache<string, ParsedOperator | null>(1024);

/**
 * Takes an operator apart, case-sensitively as IAM does (`stringEquals` and `forAnyValue:` are
 * rejected by IAM). Returns undefined for an operator IAM does not know, including `NullIfExists`.
 *
 * @example
 * ```ts
 * import { parseOperator } from './operators.js';
 * parseOperator('ForAnyValue:StringLikeIfExists');
 * // { name: 'ForAnyValue:StringLikeIfExists', qualifier: 'ForAnyValue', base: 'StringLike', ifExists: true,
 * //   family: 'String', negated: false, compare: 'like', variables: true }
 * ```
 */
export function parseOperator(operator: string): ParsedOperator | undefined {
  return parsed.remember(operator, parse) ?? undefined;
}

/**
 * The family of an operator IAM accepts (`ForAnyValue:IpAddressIfExists` -> `IPAddress`), or
 * undefined for one it does not: {@link parseOperator}'s `family` without the rest of the row.
 *
 * @example
 * ```ts
 * import { operatorFamily } from './operators.js';
 * operatorFamily('BoolIfExists');  // 'Bool'
 * operatorFamily('stringEquals');  // undefined
 * ```
 */
export function operatorFamily(operator: string): OperatorFamily | undefined {
  const parts = typeof operator === 'string' ? split(operator) : undefined;
  return parts === undefined ? undefined : BASE_OPERATORS[parts[1]]!.family;
}

/**
 * True for every operator IAM accepts (case-sensitive; `NullIfExists` is not one).
 *
 * @example
 * ```ts
 * import { isOperator } from './operators.js';
 * isOperator('ForAllValues:StringEquals'); // true
 * isOperator('stringEquals');              // false
 * ```
 */
export function isOperator(operator: string): boolean {
  return typeof operator === 'string' && split(operator) !== undefined;
}

/**
 * Whether a request value is an empty data set: an empty list, the empty string, or a list holding
 * only empty strings. IAM User Guide (multivalued context keys): "If the key values in the request
 * resolve to an empty data set (for example, an empty string), a condition operator modified by
 * `ForAllValues` returns true, and a condition operator modified by `ForAnyValue` returns false";
 * `Null` with `false` keeps "context keys with empty values" from matching. The set operators and
 * `Null` read such a value as a missing key ({@link matchesMissingKey}); a plain operator compares
 * a value it holds (`""` is a value of a single-valued key, such as a tag with an empty value).
 *
 * @example
 * ```ts
 * import { isEmptyDataSet } from './operators.js';
 * isEmptyDataSet('');      // true
 * isEmptyDataSet(['']);    // true
 * isEmptyDataSet(['env']); // false
 * ```
 */
export function isEmptyDataSet(value: unknown): boolean {
  if (value === '') return true;
  if (!Array.isArray(value)) return false;
  for (const v of value) if (v !== '') return false;
  return true;
}

/**
 * Whether a condition matches a request that lacks its key (or holds an empty list for it): the
 * missing-key table (iam-reference §7). `...IfExists`, `ForAllValues:` and the negated operators
 * match; the other operators do not. `Null` matches when a value says `true` (the key is null);
 * `ForAllValues:Null` always matches and `ForAnyValue:Null` never does (Access Analyzer, "Null with
 * qualifier").
 *
 * @example
 * ```ts
 * import { matchesMissingKey, parseOperator } from './operators.js';
 * matchesMissingKey(parseOperator('StringNotEquals')!, ['prod']); // true
 * matchesMissingKey(parseOperator('StringEquals')!, ['prod']);    // false
 * matchesMissingKey(parseOperator('Null')!, ['false']);           // false
 * ```
 */
export function matchesMissingKey(op: ParsedOperator, values: readonly ConditionValue[]): boolean {
  if (op.family === 'Null') return op.qualifier === undefined ? values.some((v) => parseBool(v) === true) : op.qualifier === 'ForAllValues';
  return op.ifExists || op.qualifier === 'ForAllValues' || (op.qualifier === undefined && op.negated);
}
