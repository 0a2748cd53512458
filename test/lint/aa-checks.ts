/**
 * Every check of the IAM Access Analyzer policy validation reference (IAM User Guide, "IAM policy
 * validation check reference") and what typed-iam does with it. Read by rules.test.ts (every offline
 * check has a rule with Access Analyzer's severity and a trigger/near-miss case) and by
 * scripts/lint-rules-doc.ts (the table in docs/lint-rules.md).
 */

/** Access Analyzer finding types. */
export type FindingType = 'ERROR' | 'SECURITY_WARNING' | 'WARNING' | 'SUGGESTION';

export interface AaCheck {
  /** The check as the reference titles it. */
  readonly title: string;
  readonly type: FindingType;
  /** The lint code (same as Access Analyzer's issue code), `parser:CODE` for a parse issue, or undefined. */
  readonly ours?: string;
  /** Why there is no offline rule, or how typed-iam deviates. */
  readonly note?: string;
  /** Reported, but not as the reference describes it (the note says how): counted as "differ". */
  readonly differs?: true;
  /** Not checkable from the policy alone (the note says what else it needs). */
  readonly notOffline?: true;
}

/**
 * Where the entries of the checks once "not checked yet" were found, and why those still without a rule
 * have none (docs/lint-rules.md prints it under the table's counts); each such note ends with {@link FOUND}.
 */
export const NOT_CHECKED_SEARCH =
  'The entries of the checks that had no rule because their wording could not be found (searches up to 2026-12-02 reached only the ' +
  "page's opening) were found on 2026-12-04 in a stored copy of the reference, and rules were built from them. One remains " +
  '"not checked yet": Invalid kms key value (its entry does not name the condition keys it applies to, and the catalog\'s ' +
  'KMS-related keys take key IDs as well as key ARNs). Missing ARN account has a rule since 2026-12-05: its entry names no ' +
  'exception, and AWS names some resources it owns with an empty account field where their ARN format has one (SSM documents and ' +
  'public parameters, Resource Explorer service views); the rule leaves those out by the table RESOURCE_MISMATCH reads them by ' +
  '(src/lint/aws-owned.ts). Use condition key only with supported services (its entry names ' +
  'aws:VpceAccount, aws:VpceOrgID and aws:VpceOrgPaths, which the catalog lists for no service) has a rule since 2026-12-05: ' +
  'the IAM User Guide\'s global condition keys page lists the services of each, copied into src/lint/vpce-key-services.ts. Wildcard usage ' +
  'too permissive and Variable usage too permissive are reported only for aws:userid, the one key their entries name.';

/** Ends the note of each check not checked yet. */
const FOUND = '; entry found on 2026-12-04 (see above)';

const NEEDS_RESOURCE_TYPE =
  'needs the resource type the resource-based policy is attached to (an input of ValidatePolicy, not part of the policy): not offline';

export const AA_CHECKS: readonly AaCheck[] = [
  // errors
  { title: 'ARN account not allowed', type: 'ERROR', ours: 'ARN_ACCOUNT_NOT_ALLOWED' },
  { title: 'ARN Region not allowed', type: 'ERROR', ours: 'ARN_REGION_NOT_ALLOWED' },
  { title: 'Data type mismatch', type: 'ERROR', ours: 'parser:INVALID_TYPE' },
  { title: 'Duplicate keys with different case', type: 'ERROR', ours: 'DUPLICATE_KEYS_WITH_DIFFERENT_CASE' },
  { title: 'Invalid action', type: 'ERROR', ours: 'INVALID_ACTION' },
  { title: 'Invalid ARN account', type: 'ERROR', ours: 'INVALID_ARN_ACCOUNT' },
  { title: 'Invalid ARN prefix', type: 'ERROR', ours: 'INVALID_ARN_PREFIX' },
  { title: 'Invalid ARN Region', type: 'ERROR', ours: 'INVALID_ARN_REGION', note: 'offline part only: a Region field that is not a Region name; whether the service is offered in a real Region needs the Region table (not carried)', differs: true },
  { title: 'Invalid ARN resource', type: 'ERROR', ours: 'INVALID_ARN_RESOURCE' },
  { title: 'Invalid ARN service case', type: 'ERROR', ours: 'INVALID_ARN_SERVICE_CASE' },
  { title: 'Invalid condition data type', type: 'ERROR', ours: 'INVALID_CONDITION_DATA_TYPE' },
  { title: 'Invalid condition key format', type: 'ERROR', ours: 'INVALID_CONDITION_KEY_FORMAT' },
  { title: 'Invalid condition multiple Boolean', type: 'ERROR', ours: 'INVALID_CONDITION_MULTIPLE_BOOLEAN' },
  { title: 'Invalid condition operator', type: 'ERROR', ours: 'INVALID_CONDITION_OPERATOR' },
  { title: 'Invalid effect', type: 'ERROR', ours: 'parser:INVALID_EFFECT' },
  { title: 'Invalid global condition key', type: 'ERROR', ours: 'INVALID_GLOBAL_CONDITION_KEY' },
  { title: 'Invalid partition', type: 'ERROR', ours: 'INVALID_PARTITION' },
  { title: 'Invalid policy element', type: 'ERROR', ours: 'parser:UNKNOWN_ELEMENT' },
  { title: 'Invalid principal format', type: 'ERROR', ours: 'INVALID_PRINCIPAL_FORMAT', note: 'the values of `AWS` and `CanonicalUser`; the shape of the element (a string other than `"*"`) is the parser\'s `INVALID_PRINCIPAL`; an empty object is EMPTY_OBJECT_PRINCIPAL only (its own entry), not also `INVALID_PRINCIPAL`' },
  { title: 'Invalid principal key', type: 'ERROR', ours: 'parser:INVALID_PRINCIPAL' },
  { title: 'Invalid Region', type: 'ERROR', ours: 'INVALID_REGION', note: 'offline part only: an aws:RequestedRegion value that is not a Region name', differs: true },
  { title: 'Invalid service', type: 'ERROR', ours: 'INVALID_SERVICE', note: 'the service field of a Resource or NotResource ARN; an unknown service in an action is INVALID_SERVICE_IN_ACTION, in a condition key INVALID_SERVICE_CONDITION_KEY' },
  { title: 'Invalid service condition key', type: 'ERROR', ours: 'INVALID_SERVICE_CONDITION_KEY' },
  { title: 'Invalid service in action', type: 'ERROR', ours: 'INVALID_SERVICE_IN_ACTION' },
  { title: 'Invalid service principal format', type: 'ERROR', ours: 'INVALID_SERVICE_PRINCIPAL_FORMAT' },
  { title: 'Invalid variable for operator', type: 'ERROR', ours: 'INVALID_VARIABLE_FOR_OPERATOR' },
  { title: 'Invalid version', type: 'ERROR', ours: 'parser:INVALID_VERSION' },
  { title: 'Json syntax error', type: 'ERROR', ours: 'parser:JSON_SYNTAX' },
  { title: 'Missing action', type: 'ERROR', ours: 'parser:MISSING_ELEMENT' },
  { title: 'Missing ARN field', type: 'ERROR', ours: 'MISSING_ARN_FIELD' },
  { title: 'Missing ARN Region', type: 'ERROR', ours: 'MISSING_ARN_REGION' },
  { title: 'Missing effect', type: 'ERROR', ours: 'parser:MISSING_ELEMENT' },
  { title: 'Missing principal', type: 'ERROR', ours: 'parser:PRINCIPAL_REQUIRED' },
  // "Error – Missing qualifier": "The request context key has multiple values. Use the ForAllValues or ForAnyValue condition key qualifiers"
  { title: 'Missing qualifier', type: 'ERROR', ours: 'MISSING_QUALIFIER' },
  { title: 'Missing resource', type: 'ERROR', ours: 'parser:RESOURCE_REQUIRED' },
  { title: 'Missing statement', type: 'ERROR', ours: 'parser:MISSING_ELEMENT' },
  { title: 'Missing tag key in condition', type: 'ERROR', ours: 'MISSING_TAG_KEY_IN_CONDITION' },
  { title: 'Null with if exists', type: 'ERROR', ours: 'NULL_WITH_IF_EXISTS' },
  { title: 'SCP syntax error action wildcard', type: 'ERROR', ours: 'LEGACY_SCP_SYNTAX', note: 'SCPs accept the full IAM language since September 2025; the old SCP restrictions are one opt-in rule', differs: true },
  { title: 'SCP syntax error allow condition', type: 'ERROR', ours: 'LEGACY_SCP_SYNTAX', note: 'as above', differs: true },
  { title: 'SCP syntax error allow NotAction', type: 'ERROR', ours: 'LEGACY_SCP_SYNTAX', note: 'as above', differs: true },
  { title: 'SCP syntax error allow resource', type: 'ERROR', ours: 'LEGACY_SCP_SYNTAX', note: 'as above', differs: true },
  { title: 'SCP syntax error NotResource', type: 'ERROR', ours: 'LEGACY_SCP_SYNTAX', note: 'as above', differs: true },
  { title: 'SCP syntax error principal', type: 'ERROR', ours: 'parser:PRINCIPAL_NOT_ALLOWED' },
  { title: 'RCP syntax error action', type: 'ERROR', ours: 'RCP_SYNTAX_ERROR_ACTION' },
  { title: 'Policy size exceeds RCP quota', type: 'ERROR', ours: 'POLICY_SIZE_EXCEEDS_RCP_QUOTA' },
  { title: 'Unique Sids required', type: 'ERROR', ours: 'UNIQUE_SIDS_REQUIRED' },
  { title: 'Unsupported action in policy', type: 'ERROR', note: NEEDS_RESOURCE_TYPE, notOffline: true },
  { title: 'Unsupported element combination', type: 'ERROR', ours: 'parser:CONFLICTING_ELEMENTS' },
  { title: 'Unsupported global condition key', type: 'ERROR', ours: 'UNSUPPORTED_GLOBAL_CONDITION_KEY' },
  { title: 'Unsupported principal', type: 'ERROR', ours: 'parser:PRINCIPAL_NOT_ALLOWED' },
  { title: 'Unsupported resource ARN in policy', type: 'ERROR', note: NEEDS_RESOURCE_TYPE, notOffline: true },
  { title: 'Unsupported Sid', type: 'ERROR', ours: 'UNSUPPORTED_SID' },
  { title: 'Unsupported wildcard in principal', type: 'ERROR', ours: 'UNSUPPORTED_WILDCARD_IN_PRINCIPAL' },
  { title: 'Missing brace in variable', type: 'ERROR', ours: 'MISSING_BRACE_IN_VARIABLE' },
  { title: 'Unsupported symbol in variable', type: 'ERROR', ours: 'UNSUPPORTED_SYMBOL_IN_VARIABLE' },
  { title: 'Missing quote in variable', type: 'ERROR', ours: 'MISSING_QUOTE_IN_VARIABLE' },
  { title: 'Unsupported space in variable', type: 'ERROR', ours: 'UNSUPPORTED_SPACE_IN_VARIABLE' },
  { title: 'Empty variable', type: 'ERROR', ours: 'EMPTY_VARIABLE' },
  { title: 'Variable unsupported in element', type: 'ERROR', ours: 'VARIABLE_UNSUPPORTED_IN_ELEMENT' },
  { title: 'Variable unsupported in version', type: 'ERROR', ours: 'VARIABLE_UNSUPPORTED_IN_VERSION' },
  { title: 'Private IP address', type: 'ERROR', ours: 'PRIVATE_IP_ADDRESS' },
  { title: 'Private NotIpAddress', type: 'ERROR', ours: 'PRIVATE_NOT_IP_ADDRESS' },
  { title: 'Policy size exceeds SCP quota', type: 'ERROR', ours: 'POLICY_SIZE_EXCEEDS_SCP_QUOTA' },
  { title: 'Invalid vpc format', type: 'ERROR', ours: 'INVALID_VPC_FORMAT' },
  { title: 'Invalid vpce format', type: 'ERROR', ours: 'INVALID_VPCE_FORMAT' },
  { title: 'Federated principal not supported', type: 'ERROR', ours: 'FEDERATED_PRINCIPAL_NOT_SUPPORTED' },
  { title: 'Unsupported action for condition key', type: 'ERROR', ours: 'UNSUPPORTED_ACTION_FOR_CONDITION_KEY' },
  { title: 'Unsupported condition key for service principal', type: 'ERROR', ours: 'UNSUPPORTED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL' },
  { title: 'Role trust policy syntax error notprincipal', type: 'ERROR', ours: 'parser:NOT_PRINCIPAL_NOT_ALLOWED' },
  { title: 'Role trust policy unsupported wildcard in principal', type: 'ERROR', ours: 'ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL' },
  { title: 'Role trust policy syntax error resource', type: 'ERROR', ours: 'parser:RESOURCE_NOT_ALLOWED' },
  { title: 'Missing action for condition key', type: 'ERROR', ours: 'MISSING_ACTION_FOR_CONDITION_KEY' },
  { title: 'Invalid federated principal syntax in role trust policy', type: 'ERROR', ours: 'INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY' },
  { title: 'Mismatched action for principal', type: 'ERROR', ours: 'MISMATCHED_ACTION_FOR_PRINCIPAL' },
  { title: 'Missing action for roles anywhere trust policy', type: 'ERROR', ours: 'MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY' },
  // general warnings
  // checks of the current reference (issue codes in the text) that the 2023 text did not have
  { title: 'Type mismatch IP range', type: 'ERROR', ours: 'TYPE_MISMATCH_IP_RANGE' },
  { title: 'Missing ARN account', type: 'ERROR', ours: 'MISSING_ARN_ACCOUNT' },
  { title: 'Invalid kms key value', type: 'ERROR', note: 'the entry (a value that must be a KMS key ARN) does not name the condition keys it applies to, and the catalog\'s KMS-related keys take key IDs as well as key ARNs' + FOUND },
  { title: 'Variable usage too permissive', type: 'ERROR', ours: 'VARIABLE_USAGE_TOO_PERMISSIVE', note: 'only the finding for `aws:userid`, the one key the entry names (a variable not right of the colon nor alone left of it); the findings for sensitive keys and for fewer than six characters before a variable rest on the global condition keys page\'s list of sensitive keys, which the catalog does not carry', differs: true },
  { title: 'Wildcard usage too permissive', type: 'ERROR', ours: 'WILDCARD_USAGE_TOO_PERMISSIVE', note: 'only the finding for `aws:userid`, the one key the entry names (a wildcard not right of the colon nor alone left of it); the findings for sensitive keys and for fewer than six characters before a wildcard rest on the global condition keys page\'s list of sensitive keys, which the catalog does not carry', differs: true },
  { title: 'RCP syntax error principal', type: 'ERROR', ours: 'parser:PRINCIPAL_MUST_BE_ANYONE', note: 'NotPrincipal in an RCP is parser: NOT_PRINCIPAL_NOT_ALLOWED', differs: true },
  { title: 'RCP syntax error allow', type: 'ERROR', ours: 'parser:EFFECT_NOT_ALLOWED', note: 'typed-iam refuses every Allow in an RCP: the Organizations guide supports Allow only in the AWS-managed RCPFullAWSAccess', differs: true },
  { title: 'RCP syntax error NotAction', type: 'ERROR', ours: 'parser:NOT_ACTION_NOT_ALLOWED' },
  { title: 'Create SLR with NotResource', type: 'WARNING', ours: 'CREATE_SLR_WITH_NOT_RESOURCE' },
  { title: 'Create SLR with star in action and NotResource', type: 'WARNING', ours: 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE' },
  { title: 'Create SLR with NotAction and NotResource', type: 'WARNING', ours: 'CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE' },
  { title: 'Create SLR with star in resource', type: 'WARNING', ours: 'CREATE_SLR_WITH_STAR_IN_RESOURCE' },
  { title: 'Create SLR with star in action and resource', type: 'WARNING', ours: 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE' },
  { title: 'Create SLR with star in resource and NotAction', type: 'WARNING', ours: 'CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION' },
  { title: 'Deprecated global condition key', type: 'WARNING', ours: 'UNSUPPORTED_GLOBAL_CONDITION_KEY', note: 'the only key the reference names, aws:ARN, is reported once, as the UNSUPPORTED_GLOBAL_CONDITION_KEY error (AWS no longer supports it)', differs: true },
  { title: 'Invalid date value', type: 'WARNING', ours: 'INVALID_DATE_VALUE' },
  { title: 'Invalid role reference', type: 'WARNING', ours: 'INVALID_ROLE_REFERENCE' },
  { title: 'Invalid user reference', type: 'WARNING', ours: 'INVALID_USER_REFERENCE' },
  { title: 'Missing version', type: 'WARNING', ours: 'MISSING_VERSION' },
  { title: 'Unique Sids recommended', type: 'WARNING', ours: 'UNIQUE_SIDS_RECOMMENDED' },
  { title: 'Wildcard without like operator', type: 'WARNING', ours: 'WILDCARD_WITHOUT_LIKE_OPERATOR' },
  { title: 'Policy size exceeds identity policy quota', type: 'WARNING', ours: 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA' },
  { title: 'Policy size exceeds resource policy quota', type: 'WARNING', ours: 'POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA' },
  { title: 'Type mismatch', type: 'WARNING', ours: 'TYPE_MISMATCH' },
  { title: 'Type mismatch Boolean', type: 'WARNING', ours: 'TYPE_MISMATCH_BOOLEAN' },
  { title: 'Type mismatch date', type: 'WARNING', ours: 'TYPE_MISMATCH_DATE' },
  { title: 'Type mismatch number', type: 'WARNING', ours: 'TYPE_MISMATCH_NUMBER' },
  { title: 'Type mismatch string', type: 'WARNING', ours: 'TYPE_MISMATCH_STRING' },
  { title: 'Specific github repo and branch recommended', type: 'WARNING', ours: 'SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED' },
  { title: 'Policy size exceeds role trust policy quota', type: 'WARNING', ours: 'POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA' },
  // security warnings
  { title: 'RCP missing related principal condition key', type: 'WARNING', ours: 'RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY', note: 'principal keys are those of "Properties of the principal" (which the entry links to) that describe IAM roles and users: `aws:PrincipalArn`, `aws:PrincipalAccount`, `aws:PrincipalOrgID`, `aws:PrincipalOrgPaths`, `aws:PrincipalTag/...`, `aws:PrincipalType`, `aws:userid`, `aws:username`; `Bool` is accepted beside the `BoolIfExists` the entry writes' },
  { title: 'RCP missing related service principal condition key', type: 'WARNING', ours: 'RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY', note: 'the keys are the four the reference names for a service principal\'s source (Restrict access to service principal): `aws:SourceArn`, `aws:SourceAccount`, `aws:SourceOrgID`, `aws:SourceOrgPaths`; `Bool` is accepted beside the `BoolIfExists` the entry writes' },
  { title: 'RCP missing service condition key null check', type: 'WARNING', ours: 'RCP_MISSING_SERVICE_CONDITION_KEY_NULL_CHECK', note: 'the same four source keys, unless the statement has `Null` `aws:SourceAccount` or `aws:SourceArn` `false`' },
  { title: 'Use condition key only with supported services', type: 'WARNING', ours: 'USE_CONDITION_KEY_ONLY_WITH_SUPPORTED_SERVICES', note: 'the keys of its entry (aws:VpceAccount, aws:VpceOrgID, aws:VpceOrgPaths), in a statement none of whose actions is of a service the global condition keys page lists for the key (lists read 2026-12-05); the entry\'s advice ("If any services in your policy don\'t support the condition key...") suggests Access Analyzer also warns when only some are, which is not reported; NotAction and service wildcards are not reported', differs: true },
  { title: 'Untrustworthy condition key', type: 'SECURITY_WARNING', ours: 'UNTRUSTWORTHY_CONDITION_KEY', note: 'the entry names no key and points to the global condition keys page, which warns that the caller writes the values of `aws:Referer` and `aws:UserAgent` (HTTP headers); typed-iam reports those two' },
  { title: 'DynamoDB attributes without select', type: 'SECURITY_WARNING', ours: 'DYNAMODB_ATTRIBUTES_WITHOUT_SELECT' },
  { title: 'S3 prefix in negative context', type: 'SECURITY_WARNING', ours: 'S3_PREFIX_IN_NEGATIVE_CONTEXT' },
  { title: 'ForAnyValue with audience claim type', type: 'SECURITY_WARNING', ours: 'FORANYVALUE_WITH_AUDIENCE_CLAIM_TYPE', note: 'an `aud` claim key tested with `ForAnyValue:`; the suggestion Confirm audience claim type, whose message covers any qualifier, is reported beside it' },
  { title: 'Redundant key due to wildcard in condition', type: 'SUGGESTION', ours: 'REDUNDANT_KEY_DUE_TO_WILDCARD_IN_CONDITION', note: 'reported where the key is matched whatever the request holds: `StringLikeIfExists` or `ForAllValues:StringLike` with a value matching every text (`*`); `StringLike` `*` alone tests that the key is present and is not reported' },
  { title: 'Redundant statement due to wildcard in condition', type: 'SUGGESTION', ours: 'REDUNDANT_STATEMENT_DUE_TO_WILDCARD_IN_CONDITION', note: 'reported where the key matches nothing whatever the request holds: `ForAnyValue:StringNotLike` (without `IfExists`) with a value matching every text (`*`)' },
  { title: 'Allow with NotPrincipal', type: 'SECURITY_WARNING', ours: 'ALLOW_WITH_NOT_PRINCIPAL' },
  { title: 'ForAllValues with single valued key', type: 'SECURITY_WARNING', ours: 'FORALLVALUES_WITH_SINGLE_VALUED_KEY' },
  { title: 'Pass role with NotResource', type: 'SECURITY_WARNING', ours: 'PASS_ROLE_WITH_NOT_RESOURCE' },
  { title: 'Pass role with star in action and NotResource', type: 'SECURITY_WARNING', ours: 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE' },
  { title: 'Pass role with NotAction and NotResource', type: 'SECURITY_WARNING', ours: 'PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE' },
  { title: 'Pass role with star in resource', type: 'SECURITY_WARNING', ours: 'PASS_ROLE_WITH_STAR_IN_RESOURCE' },
  { title: 'Pass role with star in action and resource', type: 'SECURITY_WARNING', ours: 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE' },
  { title: 'Pass role with star in resource and NotAction', type: 'SECURITY_WARNING', ours: 'PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION' },
  { title: 'Missing paired condition keys', type: 'SECURITY_WARNING', ours: 'MISSING_PAIRED_CONDITION_KEYS' },
  { title: 'Deny with unsupported tag condition key for service', type: 'SECURITY_WARNING', ours: 'DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE' },
  { title: 'Deny NotAction with unsupported tag condition key for service', type: 'SECURITY_WARNING', ours: 'DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE' },
  { title: 'Restrict access to service principal', type: 'SECURITY_WARNING', ours: 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL' },
  { title: 'Missing condition key for oidc principal', type: 'SECURITY_WARNING', ours: 'MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL' },
  { title: 'Missing github repo condition key', type: 'SECURITY_WARNING', ours: 'MISSING_GITHUB_REPO_CONDITION_KEY' },
  { title: 'String like operator with ARN condition keys', type: 'SECURITY_WARNING', ours: 'STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS' },
  { title: 'Variable usage too broad', type: 'SECURITY_WARNING', ours: 'VARIABLE_USAGE_TOO_BROAD', note: 'not in the current reference (which has the error Variable usage too permissive instead); typed-iam reads it as a wildcard right after a principal-scoped variable', differs: true },
  // suggestions
  { title: 'Empty array action', type: 'SUGGESTION', ours: 'EMPTY_ARRAY_ACTION' },
  { title: 'Empty array condition', type: 'SUGGESTION', ours: 'EMPTY_ARRAY_CONDITION' },
  { title: 'Empty array condition ForAllValues', type: 'SUGGESTION', ours: 'EMPTY_ARRAY_CONDITION_FORALLVALUES' },
  { title: 'Empty array condition ForAnyValue', type: 'SUGGESTION', ours: 'EMPTY_ARRAY_CONDITION_FORANYVALUE' },
  { title: 'Empty array condition IfExists', type: 'SUGGESTION', ours: 'EMPTY_ARRAY_CONDITION_IFEXISTS' },
  { title: 'Empty array principal', type: 'SUGGESTION', ours: 'EMPTY_ARRAY_PRINCIPAL' },
  { title: 'Empty array resource', type: 'SUGGESTION', ours: 'EMPTY_ARRAY_RESOURCE' },
  { title: 'Empty object condition', type: 'SUGGESTION', ours: 'EMPTY_OBJECT_CONDITION' },
  { title: 'Empty object principal', type: 'SUGGESTION', ours: 'EMPTY_OBJECT_PRINCIPAL' },
  { title: 'Empty Sid value', type: 'SUGGESTION', ours: 'EMPTY_SID_VALUE' },
  { title: 'Equivalent to null false', type: 'SUGGESTION', ours: 'EQUIVALENT_TO_NULL_FALSE' },
  { title: 'Equivalent to null true', type: 'SUGGESTION', ours: 'EQUIVALENT_TO_NULL_TRUE' },
  { title: 'Improve IP range', type: 'SUGGESTION', ours: 'IMPROVE_IP_RANGE' },
  { title: 'Null with qualifier', type: 'SUGGESTION', ours: 'NULL_WITH_QUALIFIER' },
  { title: 'Private IP address subset', type: 'SUGGESTION', ours: 'PRIVATE_IP_ADDRESS_SUBSET' },
  { title: 'Private NotIpAddress subset', type: 'SUGGESTION', ours: 'PRIVATE_NOT_IP_ADDRESS_SUBSET' },
  { title: 'Redundant action', type: 'SUGGESTION', ours: 'REDUNDANT_ACTION' },
  { title: 'Redundant condition value num', type: 'SUGGESTION', ours: 'REDUNDANT_CONDITION_VALUE_NUM' },
  { title: 'Redundant resource', type: 'SUGGESTION', ours: 'REDUNDANT_RESOURCE' },
  { title: 'Redundant statement', type: 'SUGGESTION', ours: 'REDUNDANT_STATEMENT' },
  { title: 'Wildcard in service name', type: 'SUGGESTION', ours: 'WILDCARD_IN_SERVICE_NAME' },
  { title: 'Allow with unsupported tag condition key for service', type: 'SUGGESTION', ours: 'ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE' },
  { title: 'Allow NotAction with unsupported tag condition key for service', type: 'SUGGESTION', ours: 'ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE' },
  { title: 'Recommended condition key for service principal', type: 'SUGGESTION', ours: 'RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL' },
  { title: 'Irrelevant condition key in policy', type: 'SUGGESTION', note: NEEDS_RESOURCE_TYPE, notOffline: true },
  { title: 'Redundant principal in role trust policy', type: 'SUGGESTION', ours: 'REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY' },
  { title: 'Confirm audience claim type', type: 'SUGGESTION', ours: 'CONFIRM_AUDIENCE_CLAIM_TYPE', note: 'an `aud` claim key tested with `ForAllValues:` or `ForAnyValue:` (with `ForAnyValue:` beside the security warning ForAnyValue with audience claim type)' },
];

/** Access Analyzer finding type -> lint severity. */
export const SEVERITY_OF = { ERROR: 'error', SECURITY_WARNING: 'security', WARNING: 'warning', SUGGESTION: 'suggestion' } as const;

/** Checks (by title) where typed-iam knowingly reports another severity (each says why in its note). */
export const SEVERITY_DEVIATIONS: ReadonlySet<string> = new Set(['Deprecated global condition key']);
