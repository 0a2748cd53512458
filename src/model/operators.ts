/**
 * THE condition operator table of IAM (iam-reference §2): every base operator with its family, how
 * it compares, whether it is negated and whether policy variables and wildcards work in its
 * values; how an operator name is taken apart (set qualifier, `IfExists`). The evaluator, the
 * parser, lint and the builder all read this table; `src/types/conditions.ts` states the same
 * operators as types and a test keeps the two in step.
 */


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

/** Family, comparison and negation of each base operator, read off its name (the names are regular). */
function infoOf(name: string): BaseOperatorInfo {
  const family: OperatorFamily = name.startsWith('String')
    ? 'String'
    : name.startsWith('Numeric')
      ? 'Numeric'
      : name.startsWith('Date')
        ? 'Date'
        : name.startsWith('Arn')
          ? 'ARN'
          : name.endsWith('IpAddress')
            ? 'IPAddress'
            : name === 'BinaryEquals'
              ? 'Binary'
              : name === 'Bool'
                ? 'Bool'
                : 'Null';
  // ArnEquals is ArnLike and ArnNotEquals is ArnNotLike: both take wildcards in every component
  const compare: Comparison =
    family === 'ARN' || name.endsWith('Like')
      ? 'like'
      : name.endsWith('IgnoreCase')
        ? 'eqi'
        : name.includes('LessThan')
          ? name.endsWith('Equals') ? 'le' : 'lt'
          : name.includes('GreaterThan')
            ? name.endsWith('Equals') ? 'ge' : 'gt'
            : 'eq';
  return Object.freeze({ family, negated: name.includes('Not'), compare, variables: family === 'String' || family === 'ARN' });
}

/** The base operators IAM knows (case-sensitive names); the builder reads only this list. */
const BASE_NAMES: readonly string[] = /*#__PURE__*/ (() => {
  const compare = 'Equals NotEquals LessThan LessThanEquals GreaterThan GreaterThanEquals'.split(' ');
  return [
    ...'Equals NotEquals EqualsIgnoreCase NotEqualsIgnoreCase Like NotLike'.split(' ').map((o) => `String${o}`),
    ...compare.map((o) => `Numeric${o}`),
    ...compare.map((o) => `Date${o}`),
    ...'Equals Like NotEquals NotLike'.split(' ').map((o) => `Arn${o}`),
    'Bool',
    'BinaryEquals',
    'IpAddress',
    'NotIpAddress',
    'Null',
  ];
})();

/** Each base operator IAM knows (case-sensitive names) with its row of the table. */
export const BASE_OPERATORS: { readonly [op: string]: BaseOperatorInfo } = /*#__PURE__*/ (() => {
  // built inside the pure function so that bundles which never read the table drop it
  const table: Record<string, BaseOperatorInfo> = Object.create(null);
  for (const name of BASE_NAMES) table[name] = infoOf(name);
  return Object.freeze(table);
})();

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
  return BASE_NAMES.includes(rest) && !(ifExists && rest === 'Null') ? [qualifier, rest, ifExists] : undefined;
}

// model/ imports nothing of ours, so this cache bounds itself (as internal/bounded-cache.ts does)
const parsed = /*#__PURE__*/ new Map<string, ParsedOperator | null>();

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
  const hit = parsed.get(operator);
  if (hit !== undefined) return hit ?? undefined;
  const parts = split(operator);
  const out: ParsedOperator | undefined =
    parts === undefined ? undefined : Object.freeze({ ...BASE_OPERATORS[parts[1]]!, name: operator, qualifier: parts[0], base: parts[1], ifExists: parts[2] });
  if (parsed.size >= 1024) parsed.clear();
  parsed.set(operator, out ?? null);
  return out;
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
  return split(operator) !== undefined;
}
