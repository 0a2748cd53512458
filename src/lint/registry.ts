/** Every lint rule, in documentation order (actions, resources, conditions, principals, hygiene, kind rules). */
import type { LintRule } from './context.js';
import { allActionsOnAllResources } from './rules/all-actions-on-all-resources.js';
import { allowWithNotAction } from './rules/allow-with-not-action.js';
import { allowWithNotPrincipal } from './rules/allow-with-not-principal.js';
import { allowWithNotResource } from './rules/allow-with-not-resource.js';
import { badPatternForMfa } from './rules/bad-pattern-for-mfa.js';
import { crossAccountTrustWithoutCondition } from './rules/cross-account-trust-without-condition.js';
import { emptyArray } from './rules/empty-array.js';
import { emptyObject } from './rules/empty-object.js';
import { emptySidValue } from './rules/empty-sid-value.js';
import { forAllValuesWithSingleValuedKey } from './rules/for-all-values-with-single-valued-key.js';
import { invalidAction } from './rules/invalid-action.js';
import { invalidArnAccount } from './rules/invalid-arn-account.js';
import { invalidArnPrefix } from './rules/invalid-arn-prefix.js';
import { invalidArnServiceCase } from './rules/invalid-arn-service-case.js';
import { invalidConditionMultipleBoolean } from './rules/invalid-condition-multiple-boolean.js';
import { invalidConditionOperator } from './rules/invalid-condition-operator.js';
import { invalidGlobalConditionKey } from './rules/invalid-global-condition-key.js';
import { invalidPartition } from './rules/invalid-partition.js';
import { invalidServiceConditionKey } from './rules/invalid-service-condition-key.js';
import { invalidService } from './rules/invalid-service.js';
import { invalidVariableForOperator } from './rules/invalid-variable-for-operator.js';
import { irrelevantConditionKey } from './rules/irrelevant-condition-key.js';
import { legacyScpSyntax } from './rules/legacy-scp-syntax.js';
import { mismatchedActionForPrincipal } from './rules/mismatched-action-for-principal.js';
import { missingArnField } from './rules/missing-arn-field.js';
import { missingConditionKeyForOidcPrincipal } from './rules/missing-condition-key-for-oidc-principal.js';
import { missingGithubRepoConditionKey } from './rules/missing-github-repo-condition-key.js';
import { missingQualifier } from './rules/missing-qualifier.js';
import { missingVersion } from './rules/missing-version.js';
import { noResourceLevelPermissions } from './rules/no-resource-level-permissions.js';
import { nullWithIfExists } from './rules/null-with-if-exists.js';
import { oldVersion } from './rules/old-version.js';
import { passRoleWithStarInResource } from './rules/pass-role-with-star-in-resource.js';
import { policySizeExceedsQuota } from './rules/policy-size-exceeds-quota.js';
import { privateIpAddress } from './rules/private-ip-address.js';
import { publicPrincipalWithoutCondition } from './rules/public-principal-without-condition.js';
import { rcpSyntaxErrorAction } from './rules/rcp-syntax-error-action.js';
import { redundantAction } from './rules/redundant-action.js';
import { redundantStatement } from './rules/redundant-statement.js';
import { resourceMismatch } from './rules/resource-mismatch.js';
import { restrictAccessToServicePrincipal } from './rules/restrict-access-to-service-principal.js';
import { typeMismatchBase64 } from './rules/type-mismatch-base64.js';
import { typeMismatchBoolean } from './rules/type-mismatch-boolean.js';
import { typeMismatchDate } from './rules/type-mismatch-date.js';
import { typeMismatchIpRange } from './rules/type-mismatch-ip-range.js';
import { typeMismatchNumber } from './rules/type-mismatch-number.js';
import { typeMismatch } from './rules/type-mismatch.js';
import { uniqueSidsRecommended } from './rules/unique-sids-recommended.js';
import { unsupportedSid } from './rules/unsupported-sid.js';
import { variableUnsupportedInElement } from './rules/variable-unsupported-in-element.js';
import { variableUnsupportedInVersion } from './rules/variable-unsupported-in-version.js';
import { wildcardInServiceName } from './rules/wildcard-in-service-name.js';
import { wildcardMatchesNoAction } from './rules/wildcard-matches-no-action.js';
import { wildcardWithoutLikeOperator } from './rules/wildcard-without-like-operator.js';

/** The rules in documentation order. */
export const RULES: readonly LintRule[] = [
  // actions
  invalidService,
  invalidAction,
  wildcardMatchesNoAction,
  wildcardInServiceName,
  redundantAction,
  noResourceLevelPermissions,
  // resources
  invalidArnPrefix,
  missingArnField,
  invalidPartition,
  invalidArnServiceCase,
  invalidArnAccount,
  resourceMismatch,
  variableUnsupportedInElement,
  // conditions
  invalidConditionOperator,
  nullWithIfExists,
  invalidGlobalConditionKey,
  invalidServiceConditionKey,
  irrelevantConditionKey,
  typeMismatch,
  typeMismatchBoolean,
  typeMismatchDate,
  typeMismatchIpRange,
  typeMismatchNumber,
  typeMismatchBase64,
  invalidConditionMultipleBoolean,
  missingQualifier,
  forAllValuesWithSingleValuedKey,
  wildcardWithoutLikeOperator,
  privateIpAddress,
  badPatternForMfa,
  invalidVariableForOperator,
  // security
  allowWithNotAction,
  allowWithNotResource,
  allowWithNotPrincipal,
  passRoleWithStarInResource,
  allActionsOnAllResources,
  restrictAccessToServicePrincipal,
  missingConditionKeyForOidcPrincipal,
  missingGithubRepoConditionKey,
  crossAccountTrustWithoutCondition,
  publicPrincipalWithoutCondition,
  // hygiene
  uniqueSidsRecommended,
  unsupportedSid,
  emptySidValue,
  missingVersion,
  oldVersion,
  variableUnsupportedInVersion,
  emptyArray,
  emptyObject,
  redundantStatement,
  policySizeExceedsQuota,
  // kind-specific
  rcpSyntaxErrorAction,
  mismatchedActionForPrincipal,
  legacyScpSyntax,
];
