/**
 * typed-iam: typed, immutable builder for AWS IAM policies.
 *
 * @packageDocumentation
 */
export { allow, deny, type StatementBuilder, type StatementState, type EffectEntry, type ResourceString, type Started, type StateOf, type On, type NotOn, type By, type NotBy, type WithSid } from './builder/statement-builder.js';
export { policy, type PolicyFactory, type PolicyFactories } from './builder/policy-builder.js';
export type { CheckKind, CheckStatements, AnyStatement } from './types/kinds.js';
export { principal, type PrincipalValue, type Partition, type PrincipalOptions, type ServicePrincipalName } from './builder/principal.js';
export { policyVariable } from './builder/variables.js';
export type { Policy, SizeOptions, ToStringOptions } from './policy/types.js';
export {
  parsePolicy,
  safeParsePolicy,
  readPolicyInput,
  type ParseOptions,
  type SafeParseResult,
  type ReadOptions,
  type PolicyReading,
} from './parse/index.js';
export { isPolicy, inlineSize, type StatementSource } from './policy/policy.js';
export { SIZE_TARGETS, SIZE_TARGET_SOURCES, DEFAULT_TARGET, type SizeTarget, type SizeTargetName, type CountQuotas } from './emit/size-targets.js';
export { countExcesses, type SizeReport } from './emit/size.js';
export type { PolicyJson, StatementJson } from './emit/emit.js';
export {
  IamPolicyError,
  PolicyParseError,
  PolicyValidationError,
  PolicySizeError,
  PolicyQuotaError,
  PolicyArgumentError,
  PolicyCheckError,
  type CheckFinding,
  type QuotaExcess,
  type IamPolicyErrorCode,
  type PolicyIssue,
  type PolicyIssueCode,
} from './errors.js';
export type {
  PolicyDocument,
  Statement,
  PolicyKind,
  Effect,
  PolicyVersion,
  PrincipalElement,
  PrincipalType,
  ConditionElement,
  ConditionValue,
} from './model/policy-document.js';
export type { ConditionOperator, KeysFor, ValueFor, AnyConditionKey, CheckKey, CheckOperator, ValueArg, UseWhenUncheckedForRunTimeKeys, UseWhenUncheckedForRunTimeOperators } from './types/conditions.js';
export type { CheckResource, CheckResources } from './types/resources.js';
export type { CheckServicePrincipal } from './types/principals.js';
export type { CheckAction, CheckActions, ActionsOf, ActionName, NotALiteral, UseUncheckedForRunTimeActions } from './types/actions.js';
export type { ServicePrefix, ServiceActions } from './catalog/generated/actions.js';
