/** Every lint rule, in documentation order (actions, resources, conditions, principals, hygiene, kind rules). */
import type { LintRule } from './context.js';
import { allActionsOnAllResources } from './rules/all-actions-on-all-resources.js';
import { allowWithNotAction } from './rules/allow-with-not-action.js';
import { allowWithNotPrincipal } from './rules/allow-with-not-principal.js';
import { allowWithNotResource } from './rules/allow-with-not-resource.js';
import { badPatternForMfa } from './rules/bad-pattern-for-mfa.js';
import { crossAccountTrustWithoutCondition } from './rules/cross-account-trust-without-condition.js';
import * as empty from './rules/empty.js';
import { emptySidValue } from './rules/empty-sid-value.js';
import { forAllValuesWithSingleValuedKey } from './rules/forallvalues-with-single-valued-key.js';
import { invalidAction } from './rules/invalid-action.js';
import { invalidArnAccount } from './rules/invalid-arn-account.js';
import { invalidArnPrefix } from './rules/invalid-arn-prefix.js';
import { invalidArnServiceCase } from './rules/invalid-arn-service-case.js';
import { invalidConditionMultipleBoolean } from './rules/invalid-condition-multiple-boolean.js';
import { invalidConditionOperator } from './rules/invalid-condition-operator.js';
import { invalidGlobalConditionKey } from './rules/invalid-global-condition-key.js';
import { invalidPartition } from './rules/invalid-partition.js';
import { invalidConditionDataType, invalidConditionKeyFormat, invalidServiceConditionKey } from './rules/invalid-service-condition-key.js';
import { invalidService } from './rules/invalid-service.js';
import { invalidServiceInAction } from './rules/invalid-service-in-action.js';
import { invalidVariableForOperator } from './rules/invalid-variable-for-operator.js';
import { irrelevantConditionKey } from './rules/irrelevant-condition-key.js';
import { legacyScpSyntax } from './rules/legacy-scp-syntax.js';
import { mismatchedActionForPrincipal } from './rules/mismatched-action-for-principal.js';
import { missingArnField } from './rules/missing-arn-field.js';
import { missingConditionKeyForOidcPrincipal } from './rules/missing-condition-key-for-oidc-principal.js';
import { missingGithubRepoConditionKey } from './rules/missing-github-repo-condition-key.js';
import { missingQualifier } from './rules/missing-qualifier.js';
import { missingVersion } from './rules/missing-version.js';
import { idNotSupported } from './rules/id-not-supported.js';
import { noResourceLevelPermissions } from './rules/no-resource-level-permissions.js';
import { nullWithIfExists } from './rules/null-with-if-exists.js';
import { oldVersion } from './rules/old-version.js';
import * as passRole from './rules/pass-role.js';
import * as size from './rules/policy-size.js';
import * as ip from './rules/ip-address.js';
import { publicPrincipalWithoutCondition } from './rules/public-principal-without-condition.js';
import { rcpSyntaxErrorAction } from './rules/rcp-syntax-error-action.js';
import * as rcp from './rules/rcp-related-condition-keys.js';
import { redundantAction } from './rules/redundant-action.js';
import { redundantKeyDueToWildcardInCondition, redundantStatementDueToWildcardInCondition } from './rules/redundant-due-to-wildcard.js';
import { redundantStatement } from './rules/redundant-statement.js';
import { resourceMismatch } from './rules/resource-mismatch.js';
import { actionMatchesNoResource } from './rules/action-matches-no-resource.js';
import { restrictAccessToServicePrincipal } from './rules/restrict-access-to-service-principal.js';
import { typeMismatchString } from './rules/type-mismatch-string.js';
import { typeMismatchBoolean } from './rules/type-mismatch-boolean.js';
import { typeMismatchDate } from './rules/type-mismatch-date.js';
import { typeMismatchIpRange } from './rules/type-mismatch-ip-range.js';
import { typeMismatchNumber } from './rules/type-mismatch-number.js';
import { typeMismatch } from './rules/type-mismatch.js';
import { typeMismatchArn } from './rules/type-mismatch-arn.js';
import { stringLikeOperatorWithArnConditionKeys } from './rules/string-like-operator-with-arn-condition-keys.js';
import { uniqueSidsRecommended } from './rules/unique-sids-recommended.js';
import { unsupportedSid } from './rules/unsupported-sid.js';
import { variableUsageTooPermissive, wildcardUsageTooPermissive } from './rules/usage-too-permissive.js';
import { untrustworthyConditionKey } from './rules/untrustworthy-condition-key.js';
import { useConditionKeyOnlyWithSupportedServices } from './rules/use-condition-key-only-with-supported-services.js';
import { variableUnsupportedInElement } from './rules/variable-unsupported-in-element.js';
import { variableUnsupportedInVersion } from './rules/variable-unsupported-in-version.js';
import { wildcardInServiceName } from './rules/wildcard-in-service-name.js';
import { wildcardMatchesNoAction } from './rules/wildcard-matches-no-action.js';
import { wildcardWithoutLikeOperator } from './rules/wildcard-without-like-operator.js';
import * as arn from './rules/arn-fields.js';
import * as slr from './rules/create-slr.js';
import * as values from './rules/condition-values.js';
import { duplicateKeysWithDifferentCase } from './rules/duplicate-keys-with-different-case.js';
import { equivalentToNullFalse, equivalentToNullTrue } from './rules/equivalent-to-null.js';
import { missingPairedConditionKeys } from './rules/missing-paired-condition-keys.js';
import { s3PrefixInNegativeContext } from './rules/s3-prefix-in-negative-context.js';
import { dynamodbAttributesWithoutSelect } from './rules/dynamodb-attributes-without-select.js';
import { nullWithQualifier } from './rules/null-with-qualifier.js';
import * as principals from './rules/principals.js';
import { redundantConditionValueNum } from './rules/redundant-condition-value-num.js';
import { redundantResource } from './rules/redundant-resource.js';
import * as sp from './rules/service-principal-conditions.js';
import * as trust from './rules/trust.js';
import { keyPolicyLockout } from './rules/key-policy.js';
import { uniqueSidsRequired } from './rules/unique-sids-required.js';
import { unsupportedGlobalConditionKey } from './rules/unsupported-global-condition-key.js';
import * as tags from './rules/unsupported-tag-condition-key.js';
import * as vars from './rules/variable-syntax.js';
import { unresolvableVariable } from './rules/unresolvable-variable.js';

/** Marks a rule of typed-iam's own (no Access Analyzer check of that name and meaning). */
const ours = (rule: LintRule): LintRule => ({ ...rule, ours: true });

/** The rules in documentation order. */
export const RULES: readonly LintRule[] = [
  // actions
  invalidServiceInAction,
  invalidAction,
  ours(wildcardMatchesNoAction),
  wildcardInServiceName,
  redundantAction,
  ours(noResourceLevelPermissions),
  // resources
  invalidArnPrefix,
  missingArnField,
  invalidPartition,
  invalidService,
  invalidArnServiceCase,
  invalidArnAccount,
  arn.invalidArnRegion,
  arn.missingArnRegion,
  arn.missingArnAccount,
  arn.arnRegionNotAllowed,
  arn.arnAccountNotAllowed,
  arn.invalidArnResource,
  ours(resourceMismatch),
  ours(actionMatchesNoResource),
  redundantResource,
  variableUnsupportedInElement,
  vars.missingBraceInVariable,
  vars.emptyVariable,
  vars.unsupportedSpaceInVariable,
  vars.unsupportedSymbolInVariable,
  vars.missingQuoteInVariable,
  vars.variableUsageTooBroad,
  ours(unresolvableVariable),
  // conditions
  invalidConditionOperator,
  nullWithIfExists,
  nullWithQualifier,
  invalidGlobalConditionKey,
  unsupportedGlobalConditionKey,
  invalidServiceConditionKey,
  invalidConditionKeyFormat,
  invalidConditionDataType,
  values.missingTagKeyInCondition,
  duplicateKeysWithDifferentCase,
  ours(irrelevantConditionKey),
  typeMismatch,
  typeMismatchBoolean,
  typeMismatchDate,
  typeMismatchIpRange,
  typeMismatchNumber,
  typeMismatchString,
  ours(typeMismatchArn),
  stringLikeOperatorWithArnConditionKeys,
  values.invalidDateValue,
  invalidConditionMultipleBoolean,
  missingQualifier,
  forAllValuesWithSingleValuedKey,
  wildcardWithoutLikeOperator,
  wildcardUsageTooPermissive,
  variableUsageTooPermissive,
  equivalentToNullTrue,
  equivalentToNullFalse,
  redundantConditionValueNum,
  redundantKeyDueToWildcardInCondition,
  redundantStatementDueToWildcardInCondition,
  ip.privateIpAddress,
  ip.privateNotIpAddress,
  ip.privateIpAddressSubset,
  ip.privateNotIpAddressSubset,
  ip.improveIpRange,
  ours(ip.ipv6AddressWithoutPrefix),
  values.invalidVpcFormat,
  values.invalidVpceFormat,
  values.invalidRegion,
  ours(badPatternForMfa),
  invalidVariableForOperator,
  tags.allowWithUnsupportedTagConditionKeyForService,
  tags.allowNotActionWithUnsupportedTagConditionKeyForService,
  // security
  ours(allowWithNotAction),
  ours(allowWithNotResource),
  allowWithNotPrincipal,
  passRole.passRoleWithStarInResource,
  passRole.passRoleWithStarInActionAndResource,
  passRole.passRoleWithStarInResourceAndNotAction,
  passRole.passRoleWithNotResource,
  passRole.passRoleWithStarInActionAndNotResource,
  passRole.passRoleWithNotActionAndNotResource,
  slr.createSlrWithStarInResource,
  slr.createSlrWithStarInActionAndResource,
  slr.createSlrWithStarInResourceAndNotAction,
  slr.createSlrWithNotResource,
  slr.createSlrWithStarInActionAndNotResource,
  slr.createSlrWithNotActionAndNotResource,
  ours(allActionsOnAllResources),
  missingPairedConditionKeys,
  s3PrefixInNegativeContext,
  dynamodbAttributesWithoutSelect,
  untrustworthyConditionKey,
  useConditionKeyOnlyWithSupportedServices,
  tags.denyWithUnsupportedTagConditionKeyForService,
  tags.denyNotActionWithUnsupportedTagConditionKeyForService,
  restrictAccessToServicePrincipal,
  sp.recommendedConditionKeyForServicePrincipal,
  sp.unsupportedConditionKeyForServicePrincipal,
  missingConditionKeyForOidcPrincipal,
  missingGithubRepoConditionKey,
  trust.specificGithubRepoAndBranchRecommended,
  trust.confirmAudienceClaimType,
  trust.forAnyValueWithAudienceClaimType,
  ours(crossAccountTrustWithoutCondition),
  ours(publicPrincipalWithoutCondition),
  // principals
  principals.unsupportedWildcardInPrincipal,
  principals.roleTrustPolicyUnsupportedWildcardInPrincipal,
  principals.invalidServicePrincipalFormat,
  principals.invalidPrincipalFormat,
  principals.federatedPrincipalNotSupported,
  principals.redundantPrincipalInRoleTrustPolicy,
  principals.invalidRoleReference,
  principals.invalidUserReference,
  trust.invalidFederatedPrincipalSyntaxInRoleTrustPolicy,
  trust.missingActionForRolesAnywhereTrustPolicy,
  ours(trust.missingTagSessionForEksPodIdentity),
  ours(keyPolicyLockout),
  trust.missingActionForConditionKey,
  trust.unsupportedActionForConditionKey,
  // hygiene
  uniqueSidsRequired,
  uniqueSidsRecommended,
  unsupportedSid,
  emptySidValue,
  missingVersion,
  ours(idNotSupported),
  ours(oldVersion),
  variableUnsupportedInVersion,
  empty.emptyArrayAction,
  empty.emptyArrayResource,
  empty.emptyArrayPrincipal,
  empty.emptyArrayCondition,
  empty.emptyArrayConditionForAllValues,
  empty.emptyArrayConditionForAnyValue,
  empty.emptyArrayConditionIfExists,
  empty.emptyObjectCondition,
  empty.emptyObjectPrincipal,
  redundantStatement,
  size.policySizeExceedsIdentityPolicyQuota,
  size.policySizeExceedsResourcePolicyQuota,
  size.policySizeExceedsRoleTrustPolicyQuota,
  size.policySizeExceedsScpQuota,
  size.policySizeExceedsRcpQuota,
  ours(size.policyElementsExceedQuota),
  // kind-specific
  rcpSyntaxErrorAction,
  rcp.rcpMissingRelatedPrincipalConditionKey,
  rcp.rcpMissingRelatedServicePrincipalConditionKey,
  rcp.rcpMissingServiceConditionKeyNullCheck,
  mismatchedActionForPrincipal,
  ours(legacyScpSyntax),
];
