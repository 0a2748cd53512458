/** The condition operators of IAM (iam-reference §2) and their parts, for run-time checks. */

/** Operator families. */
export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IPAddress' | 'ARN' | 'Null';

/** Each base operator with its family and whether it is negated. */
export const BASE_OPERATORS: { readonly [op: string]: { readonly family: OperatorFamily; readonly negated: boolean } } =
  Object.freeze(
    Object.assign(Object.create(null) as object, {
      StringEquals: { family: 'String', negated: false },
      StringNotEquals: { family: 'String', negated: true },
      StringEqualsIgnoreCase: { family: 'String', negated: false },
      StringNotEqualsIgnoreCase: { family: 'String', negated: true },
      StringLike: { family: 'String', negated: false },
      StringNotLike: { family: 'String', negated: true },
      NumericEquals: { family: 'Numeric', negated: false },
      NumericNotEquals: { family: 'Numeric', negated: true },
      NumericLessThan: { family: 'Numeric', negated: false },
      NumericLessThanEquals: { family: 'Numeric', negated: false },
      NumericGreaterThan: { family: 'Numeric', negated: false },
      NumericGreaterThanEquals: { family: 'Numeric', negated: false },
      DateEquals: { family: 'Date', negated: false },
      DateNotEquals: { family: 'Date', negated: true },
      DateLessThan: { family: 'Date', negated: false },
      DateLessThanEquals: { family: 'Date', negated: false },
      DateGreaterThan: { family: 'Date', negated: false },
      DateGreaterThanEquals: { family: 'Date', negated: false },
      Bool: { family: 'Bool', negated: false },
      BinaryEquals: { family: 'Binary', negated: false },
      IpAddress: { family: 'IPAddress', negated: false },
      NotIpAddress: { family: 'IPAddress', negated: true },
      ArnEquals: { family: 'ARN', negated: false },
      ArnLike: { family: 'ARN', negated: false },
      ArnNotEquals: { family: 'ARN', negated: true },
      ArnNotLike: { family: 'ARN', negated: true },
      Null: { family: 'Null', negated: false },
    } satisfies Record<string, { family: OperatorFamily; negated: boolean }>),
  );

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
