/** The condition operators of IAM (iam-reference §2) and their parts, for run-time checks. */

/** Operator families. */
export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IPAddress' | 'ARN' | 'Null';

const NAMES =
  'StringEquals StringNotEquals StringEqualsIgnoreCase StringNotEqualsIgnoreCase StringLike StringNotLike ' +
  'NumericEquals NumericNotEquals NumericLessThan NumericLessThanEquals NumericGreaterThan NumericGreaterThanEquals ' +
  'DateEquals DateNotEquals DateLessThan DateLessThanEquals DateGreaterThan DateGreaterThanEquals ' +
  'Bool BinaryEquals IpAddress NotIpAddress ArnEquals ArnLike ArnNotEquals ArnNotLike Null';

/** The family of a base operator, read off its name. */
function familyOf(name: string): OperatorFamily {
  if (name.startsWith('String')) return 'String';
  if (name.startsWith('Numeric')) return 'Numeric';
  if (name.startsWith('Date')) return 'Date';
  if (name.startsWith('Arn')) return 'ARN';
  if (name.endsWith('IpAddress')) return 'IPAddress';
  if (name === 'BinaryEquals') return 'Binary';
  return name === 'Bool' ? 'Bool' : 'Null';
}

/** Each base operator with its family and whether it is negated (`...Not...`, `NotIpAddress`). */
export const BASE_OPERATORS: { readonly [op: string]: { readonly family: OperatorFamily; readonly negated: boolean } } =
  /*#__PURE__*/ (() => {
    const table: Record<string, { readonly family: OperatorFamily; readonly negated: boolean }> = Object.create(null);
    for (const name of NAMES.split(' ')) table[name] = Object.freeze({ family: familyOf(name), negated: name.includes('Not') });
    return Object.freeze(table);
  })();

/** An operator taken apart: `ForAnyValue:StringLikeIfExists` -> qualifier, base, ifExists. */
export interface ParsedOperator {
  readonly qualifier: 'ForAnyValue' | 'ForAllValues' | undefined;
  readonly base: string;
  readonly ifExists: boolean;
  readonly family: OperatorFamily;
  readonly negated: boolean;
}

/**
 * Takes an operator apart, case-sensitively as IAM does. Returns undefined for an operator IAM
 * does not know (including `NullIfExists`).
 */
export function parseOperator(operator: string): ParsedOperator | undefined {
  let rest = operator;
  let qualifier: ParsedOperator['qualifier'];
  if (rest.startsWith('ForAnyValue:')) {
    qualifier = 'ForAnyValue';
    rest = rest.slice(12);
  } else if (rest.startsWith('ForAllValues:')) {
    qualifier = 'ForAllValues';
    rest = rest.slice(13);
  }
  let ifExists = false;
  if (rest.endsWith('IfExists')) {
    ifExists = true;
    rest = rest.slice(0, -8);
  }
  if (!Object.hasOwn(BASE_OPERATORS, rest)) return undefined;
  const info = BASE_OPERATORS[rest]!;
  if (ifExists && rest === 'Null') return undefined;
  return { qualifier, base: rest, ifExists, family: info.family, negated: info.negated };
}
