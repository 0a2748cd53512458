/** The condition operators of IAM (iam-reference §2) and their parts, for run-time checks. */

/** Operator families. */
export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IPAddress' | 'ARN' | 'Null';

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
    // built inside the pure function so that bundles which never read the table drop the names too
    const compare = 'Equals NotEquals LessThan LessThanEquals GreaterThan GreaterThanEquals'.split(' ');
    const names = [
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
    const table: Record<string, { readonly family: OperatorFamily; readonly negated: boolean }> = Object.create(null);
    for (const name of names) table[name] = Object.freeze({ family: familyOf(name), negated: name.includes('Not') });
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

/**
 * True for every operator IAM accepts (case-sensitive; `NullIfExists` is not one). A fixed
 * pattern: nothing of the input goes into it.
 */
export function isOperator(operator: string): boolean {
  return OPERATOR.test(operator);
}

const OPERATOR =
  /^(ForAnyValue:|ForAllValues:)?((String(Not)?(Equals(IgnoreCase)?|Like)|(Numeric|Date)(Not)?Equals|(Numeric|Date)(Less|Greater)Than(Equals)?|Bool|BinaryEquals|(Not)?IpAddress|Arn(Not)?(Equals|Like))(IfExists)?|Null)$/;
