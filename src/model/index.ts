export type {
  PolicyVersion,
  Effect,
  PrincipalType,
  PrincipalElement,
  ConditionValue,
  ConditionElement,
  Statement,
  PolicyDocument,
  PolicyKind,
} from './policy-document.js';
export { PRINCIPAL_TYPES, STATEMENT_KEYS, POLICY_KINDS } from './policy-document.js';
export { kindRules, validateDocument, validateStatement, type KindRules } from './kinds.js';
export { isActionSyntax, firstInvalidChar, TRUST_ACTIONS } from './syntax.js';
export { wildcardMatch, hasWildcard } from './match.js';
export { BASE_OPERATORS, parseOperator, isOperator, type OperatorFamily, type ParsedOperator } from './operators.js';
