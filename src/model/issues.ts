/** Problems found in a policy, as data: the closed list of issue codes and the issue shape. */

/**
 * Codes of single problems inside a `PolicyParseError` or `PolicyValidationError` (src/errors.ts),
 * in the order `docs/errors.md` describes them. Closed list.
 */
export const POLICY_ISSUE_CODES = [
  // input and JSON level
  'JSON_SYNTAX',
  'DUPLICATE_KEY',
  'INVALID_CHARACTER',
  'INPUT_TOO_LARGE',
  'TOO_DEEP',
  'INVALID_ENCODING',
  'INVALID_OPTION',
  'TOO_MANY_ISSUES',
  // grammar
  'UNKNOWN_ELEMENT',
  'INVALID_TYPE',
  'MISSING_ELEMENT',
  'CONFLICTING_ELEMENTS',
  'EMPTY_STATEMENT',
  'EMPTY_VALUE',
  'INVALID_VERSION',
  'INVALID_EFFECT',
  'INVALID_ACTION',
  'INVALID_RESOURCE',
  'INVALID_PRINCIPAL',
  'INVALID_CONDITION',
  'INVALID_CONDITION_VALUE',
  'INVALID_SID',
  'DUPLICATE_SLOT',
  // rules of a policy kind
  'PRINCIPAL_NOT_ALLOWED',
  'PRINCIPAL_REQUIRED',
  'NOT_PRINCIPAL_NOT_ALLOWED',
  'RESOURCE_NOT_ALLOWED',
  'RESOURCE_REQUIRED',
  'ACTION_NOT_ALLOWED',
  'NOT_ACTION_NOT_ALLOWED',
  'EFFECT_NOT_ALLOWED',
  'PRINCIPAL_MUST_BE_ANYONE',
] as const;

/** One of {@link POLICY_ISSUE_CODES}. */
export type PolicyIssueCode = (typeof POLICY_ISSUE_CODES)[number];

/** One problem found in a policy, with the path written the way a user reads it. */
export interface PolicyIssue {
  /** Where the problem is, e.g. `Statement[2].Condition.StringEquals["aws:SourceIp"]`. */
  readonly path: string;
  readonly code: PolicyIssueCode;
  readonly message: string;
  /** The condition operator, for problems of a condition value (`INVALID_CONDITION_VALUE`). */
  readonly operator?: string;
  /** The condition key, for problems of a condition value. */
  readonly key?: string;
  /** The offending value (a condition value or a Resource entry), when the problem is one value. */
  readonly value?: string | number | boolean;
  /** 1-based line of the problem in JSON text input, when known. */
  readonly line?: number;
  /** 1-based column of the problem in JSON text input, when known. */
  readonly column?: number;
}
