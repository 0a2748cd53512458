/**
 * Trigger and near-miss examples of the Access Analyzer checks added for issue 15 (merged into `cases`).
 * Each comment names the documented rule the pair pins (IAM User Guide, "IAM policy validation check reference").
 */
import type { LintOptions } from '../../src/lint/index.js';
import type { PolicyKind } from '../../src/model/policy-document.js';

type Json = Record<string, unknown>;
interface Case {
  readonly code: string;
  readonly bad: Json | string;
  readonly good: Json | string;
  readonly kind?: PolicyKind;
  readonly options?: LintOptions;
}
const doc = (...Statement: Json[]): Json => ({ Version: '2012-10-17', Statement });
const allow = (extra: Json): Json => ({ Effect: 'Allow', ...extra });
const deny = (extra: Json): Json => ({ Effect: 'Deny', ...extra });
const get = (Resource: unknown, extra: Json = {}): Json => doc(allow({ Action: 's3:GetObject', Resource, ...extra }));
const cond = (Condition: Json, extra: Json = {}): Json => doc(allow({ Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition, ...extra }));
const trust = (extra: Json): Json => doc(allow({ Action: 'sts:AssumeRole', ...extra }));
const bucketPolicy = (extra: Json): Json => doc(allow({ Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', ...extra }));
/** A frozen model document: lint reads it as is (the JSON reader rejects empty value lists). */
const model = (x: Json): Json => {
  const freeze = (v: unknown): unknown => {
    if (typeof v === 'object' && v !== null) for (const k of Object.keys(v)) freeze((v as Json)[k]);
    return Object.freeze(v);
  };
  const d = x as { Statement: Json[] };
  return freeze({
    ...x,
    Statement: d.Statement.map((st) => Object.fromEntries(Object.entries(st).map(([k, v]) => [k, ['Action', 'NotAction', 'Resource', 'NotResource'].includes(k) && typeof v === 'string' ? [v] : v]))),
  }) as Json;
};
const role = (name: string) => `arn:aws:iam::111122223333:role/${name}`;
const GH = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';

export const AA_CASES: readonly Case[] = [
  // ARN fields: IAM ARNs have no Region, S3 bucket/object ARNs no account, most others need a Region
  { code: 'ARN_REGION_NOT_ALLOWED', bad: doc(allow({ Action: 'iam:GetRole', Resource: 'arn:aws:iam:us-east-1:111122223333:role/x' })), good: doc(allow({ Action: 'iam:GetRole', Resource: role('x') })) },
  { code: 'ARN_ACCOUNT_NOT_ALLOWED', bad: get('arn:aws:s3::111122223333:b/*'), good: get('arn:aws:s3:us-east-1:111122223333:accesspoint/ap/object/*') },
  // "Missing ARN account": "Include an account ID in the resource ARN"; every DynamoDB table ARN format has one
  { code: 'MISSING_ARN_ACCOUNT', bad: doc(allow({ Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:us-east-1::table/t' })), good: doc(allow({ Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:us-east-1:*:table/t' })) },
  { code: 'MISSING_ARN_REGION', bad: doc(allow({ Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb::111122223333:table/t' })), good: doc(allow({ Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:*:111122223333:table/t' })) },
  { code: 'INVALID_ARN_REGION', bad: doc(allow({ Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:us-east:111122223333:table/t' })), good: doc(allow({ Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:eusc-de-east-1:111122223333:table/t' })) },
  { code: 'INVALID_ARN_RESOURCE', bad: doc(allow({ Action: 'iam:GetRole', Resource: 'arn:aws:iam::111122223333:rol/x' })), good: doc(allow({ Action: 'iam:GetRole', Resource: 'arn:aws:iam::111122223333:role/path/x*' })) },
  // "Redundant resource": an ARN matched by a wildcard ARN of the same list
  { code: 'REDUNDANT_RESOURCE', bad: doc(allow({ Action: 'iam:GetRole', Resource: [role('jane-admin'), role('jane*')] })), good: doc(allow({ Action: 'iam:GetRole', Resource: [role('jane-admin'), role('john*')] })) },
  // policy variables: ${name} or ${name, 'default'}; escapes ${*} ${?} ${$}
  { code: 'MISSING_BRACE_IN_VARIABLE', bad: get('arn:aws:s3:::b/${aws:username/*'), good: get('arn:aws:s3:::b/${aws:username}/*') },
  { code: 'EMPTY_VARIABLE', bad: get('arn:aws:s3:::b/${}/*'), good: get('arn:aws:s3:::b/${*}/*') },
  { code: 'UNSUPPORTED_SPACE_IN_VARIABLE', bad: get('arn:aws:s3:::b/${aws:user name}/*'), good: get("arn:aws:s3:::b/${aws:PrincipalTag/team, 'company wide'}/*") },
  { code: 'UNSUPPORTED_SYMBOL_IN_VARIABLE', bad: get('arn:aws:s3:::b/${aws:user#name}/*'), good: get('arn:aws:s3:::b/${aws:PrincipalTag/cost-center}/*') },
  { code: 'MISSING_QUOTE_IN_VARIABLE', bad: get('arn:aws:s3:::b-${aws:PrincipalTag/team, company-wide}/*'), good: get("arn:aws:s3:::b-${aws:PrincipalTag/team, 'company-wide'}/*") },
  { code: 'VARIABLE_USAGE_TOO_BROAD', bad: get('arn:aws:s3:::b/home/${aws:username}*'), good: get('arn:aws:s3:::b/home/${aws:username}/*') },
  // conditions
  { code: 'NULL_WITH_QUALIFIER', bad: cond({ 'ForAllValues:Null': { 'aws:TagKeys': 'true' } }), good: cond({ Null: { 'aws:TagKeys': 'true' } }) },
  { code: 'UNSUPPORTED_GLOBAL_CONDITION_KEY', bad: cond({ StringEquals: { 'aws:ARN': role('x') } }), good: cond({ ArnEquals: { 'aws:PrincipalArn': role('x') } }) },
  { code: 'MISSING_TAG_KEY_IN_CONDITION', bad: cond({ StringEquals: { 'aws:ResourceTag': 'x' } }), good: cond({ StringEquals: { 'aws:ResourceTag/team': 'x' } }) },
  { code: 'DUPLICATE_KEYS_WITH_DIFFERENT_CASE', bad: cond({ StringEquals: { 'aws:SourceVpc': 'vpc-1a2b3c4d', 'aws:sourcevpc': 'vpc-2a2b3c4d' } }), good: cond({ StringEquals: { 'aws:SourceVpc': ['vpc-1a2b3c4d', 'vpc-2a2b3c4d'] } }) },
  { code: 'INVALID_DATE_VALUE', bad: cond({ DateGreaterThan: { 'aws:CurrentTime': '1700000000' } }), good: cond({ DateGreaterThan: { 'aws:CurrentTime': '2026-07-16T19:20:30Z' } }) },
  // "StringLike *" tests presence; "StringNotLike *" absence
  { code: 'EQUIVALENT_TO_NULL_FALSE', bad: cond({ StringLike: { 's3:prefix': '*' } }), good: cond({ StringLike: { 's3:prefix': 'home/*' } }) },
  { code: 'EQUIVALENT_TO_NULL_TRUE', bad: cond({ StringNotLike: { 's3:prefix': '*' } }), good: cond({ StringNotLikeIfExists: { 's3:prefix': 'tmp/*' } }) },
  { code: 'REDUNDANT_CONDITION_VALUE_NUM', bad: cond({ NumericLessThan: { 'aws:MultiFactorAuthAge': ['2700', '3600'] } }), good: cond({ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }) },
  { code: 'PRIVATE_NOT_IP_ADDRESS', bad: cond({ NotIpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.168.0.0/16'] } }), good: cond({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }) },
  { code: 'PRIVATE_IP_ADDRESS_SUBSET', bad: cond({ IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '203.0.113.0/24'] } }), good: cond({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24', 'aws:VpcSourceIp': '10.0.0.0/8' } }) },
  { code: 'PRIVATE_NOT_IP_ADDRESS_SUBSET', bad: cond({ NotIpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '203.0.113.0/24'] } }), good: cond({ NotIpAddress: { 'aws:SourceIp': ['198.51.100.0/24', '203.0.113.0/24'] } }) },
  { code: 'IMPROVE_IP_RANGE', bad: cond({ IpAddress: { 'aws:SourceIp': '203.0.113.7/24' } }), good: cond({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32', '203.0.113.7'] } }) },
  { code: 'INVALID_VPC_FORMAT', bad: cond({ StringEquals: { 'aws:SourceVpc': 'vpc-123' } }), good: cond({ StringEquals: { 'aws:SourceVpc': 'vpc-11223344556677889' } }) },
  { code: 'INVALID_VPCE_FORMAT', bad: cond({ StringEquals: { 'aws:SourceVpce': 'vpc-12345678' } }), good: cond({ StringLike: { 'aws:SourceVpce': 'vpce-*' } }) },
  { code: 'INVALID_REGION', bad: cond({ StringEquals: { 'aws:RequestedRegion': 'us-east' } }), good: cond({ StringEquals: { 'aws:RequestedRegion': ['us-east-1', 'us-gov-west-1'] } }) },
  // StringLike's * also matches colons; ArnLike matches ARN fields one by one
  {
    code: 'STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS',
    bad: doc(allow({ Action: 'iam:PassRole', Resource: role('app'), Condition: { StringLike: { 'iam:AssociatedResourceArn': 'arn:aws:cloudformation:*:*:stack/app-*' } } })),
    good: doc(allow({ Action: 'iam:PassRole', Resource: role('app'), Condition: { ArnLike: { 'iam:AssociatedResourceArn': 'arn:aws:cloudformation:*:*:stack/app-*' } } })),
  },
  // "Using the s3:prefix condition key in a Deny statement or with a negated string operator does not block listing"
  { code: 'S3_PREFIX_IN_NEGATIVE_CONTEXT', bad: doc(deny({ Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b', Condition: { StringLike: { 's3:prefix': 'private/*' } } })), good: doc(deny({ Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b', Condition: { StringNotLike: { 's3:prefix': 'public/*' } } })) },
  // "Restricting dynamodb:Attributes without also setting dynamodb:Select to SPECIFIC_ATTRIBUTES"
  {
    code: 'DYNAMODB_ATTRIBUTES_WITHOUT_SELECT',
    bad: doc(allow({ Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/T', Condition: { 'ForAllValues:StringEquals': { 'dynamodb:Attributes': ['id'] } } })),
    good: doc(allow({ Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/T', Condition: { 'ForAllValues:StringEquals': { 'dynamodb:Attributes': ['id'] }, StringEquals: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' } } })),
  },
  // "Untrustworthy condition key": a key the caller can spoof (aws:Referer, aws:UserAgent: caller-written headers)
  { code: 'UNTRUSTWORTHY_CONDITION_KEY', bad: cond({ StringLike: { 'aws:Referer': 'https://example.com/*' } }), good: cond({ StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }) },
  // "Use condition key only with supported services": aws:VpceAccount with no action of a service the global condition keys page lists for it
  { code: 'USE_CONDITION_KEY_ONLY_WITH_SUPPORTED_SERVICES', bad: doc(allow({ Action: 'ec2:DescribeInstances', Resource: '*', Condition: { StringEquals: { 'aws:VpceAccount': '111122223333' } } })), good: cond({ StringEquals: { 'aws:VpceAccount': '111122223333' } }) },
  // "Wildcard usage too permissive" / "Variable usage too permissive" (aws:userid): right of the colon or alone left of it
  { code: 'WILDCARD_USAGE_TOO_PERMISSIVE', bad: cond({ StringLike: { 'aws:userid': 'AROA*' } }), good: cond({ StringLike: { 'aws:userid': 'AROAEXAMPLEID:*' } }) },
  { code: 'VARIABLE_USAGE_TOO_PERMISSIVE', bad: cond({ StringEquals: { 'aws:userid': '${aws:userid}' } }), good: cond({ StringLike: { 'aws:userid': '${aws:userid}:*' } }) },
  // "Redundant key due to wildcard in condition" (always matched) / "Redundant statement due to wildcard in condition" (never matched)
  { code: 'REDUNDANT_KEY_DUE_TO_WILDCARD_IN_CONDITION', bad: cond({ StringLikeIfExists: { 'aws:PrincipalTag/team': '*' } }), good: cond({ StringLike: { 'aws:PrincipalTag/team': '*' } }) },
  { code: 'REDUNDANT_STATEMENT_DUE_TO_WILDCARD_IN_CONDITION', bad: cond({ 'ForAnyValue:StringNotLike': { 'aws:TagKeys': '*' } }), good: cond({ 'ForAnyValue:StringNotLike': { 'aws:TagKeys': 'team*' } }) },
  { code: 'MISSING_PAIRED_CONDITION_KEYS', bad: cond({ IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' } }), good: cond({ IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' }, StringEquals: { 'aws:SourceVpc': 'vpc-1a2b3c4d' } }) },
  // tag keys: a key absent from the request context makes a positive condition false
  {
    code: 'DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
    bad: doc(deny({ Action: ['ec2:TerminateInstances', 'sqs:ListQueues'], Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/env': 'prod' } } })),
    good: doc(deny({ Action: ['ec2:TerminateInstances'], Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/env': 'prod' } } })),
  },
  {
    code: 'DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
    bad: doc(deny({ NotAction: 'iam:*', Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/env': 'prod' } } })),
    good: doc(deny({ NotAction: 'iam:*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/env': 'prod' } } })),
  },
  {
    code: 'ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
    bad: doc(allow({ Action: ['ec2:StartInstances', 'sqs:ListQueues'], Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/env': 'dev' } } })),
    good: doc(allow({ Action: ['ec2:StartInstances', 'ec2:StopInstances'], Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/env': 'dev' } } })),
  },
  {
    code: 'ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
    bad: doc(allow({ NotAction: 'iam:*', Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/env': 'dev' } } })),
    good: doc(allow({ Action: 'ec2:StartInstances', Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/env': 'dev' } } })),
  },
  // iam:PassRole and iam:CreateServiceLinkedRole on every resource
  { code: 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE', bad: doc(allow({ Action: 'iam:*', Resource: '*' })), good: doc(allow({ Action: 'iam:*', Resource: role('app') })) },
  { code: 'PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION', bad: doc(allow({ NotAction: 's3:*', Resource: '*' })), good: doc(allow({ NotAction: 'iam:*', Resource: '*' })) },
  { code: 'PASS_ROLE_WITH_NOT_RESOURCE', bad: doc(allow({ Action: 'iam:PassRole', NotResource: role('admin') })), good: doc(allow({ Action: 'iam:PassRole', Resource: role('app') })) },
  { code: 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE', bad: doc(allow({ Action: 'iam:Pass*', NotResource: role('admin') })), good: doc(deny({ Action: 'iam:Pass*', NotResource: role('admin') })) },
  { code: 'PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE', bad: doc(allow({ NotAction: 's3:*', NotResource: role('admin') })), good: doc(allow({ NotAction: 'iam:PassRole', NotResource: role('admin') })) },
  { code: 'CREATE_SLR_WITH_STAR_IN_RESOURCE', bad: doc(allow({ Action: 'iam:CreateServiceLinkedRole', Resource: '*' })), good: doc(allow({ Action: 'iam:CreateServiceLinkedRole', Resource: '*', Condition: { StringEquals: { 'iam:AWSServiceName': 'elasticbeanstalk.amazonaws.com' } } })) },
  { code: 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE', bad: doc(allow({ Action: 'iam:Create*', Resource: '*' })), good: doc(allow({ Action: 'iam:Create*', Resource: 'arn:aws:iam::111122223333:role/aws-service-role/*' })) },
  { code: 'CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION', bad: doc(allow({ NotAction: 'iam:PassRole', Resource: '*' })), good: doc(allow({ NotAction: 'iam:Create*', Resource: '*' })) },
  { code: 'CREATE_SLR_WITH_NOT_RESOURCE', bad: doc(allow({ Action: 'iam:CreateServiceLinkedRole', NotResource: role('x') })), good: doc(allow({ Action: 'iam:CreateServiceLinkedRole', Resource: 'arn:aws:iam::*:role/aws-service-role/elasticbeanstalk.amazonaws.com/*' })) },
  { code: 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE', bad: doc(allow({ Action: 'iam:*', NotResource: role('x') })), good: doc(allow({ Action: 'iam:Get*', NotResource: role('x') })) },
  { code: 'CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE', bad: doc(allow({ NotAction: 's3:*', NotResource: role('x') })), good: doc(allow({ NotAction: 'iam:*', NotResource: role('x') })) },
  // principals
  { code: 'UNSUPPORTED_WILDCARD_IN_PRINCIPAL', bad: bucketPolicy({ Principal: { AWS: 'arn:aws:iam::111122223333:role/app-*' } }), good: bucketPolicy({ Principal: { AWS: '*' }, Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/app-*' } } }), kind: 'resource' },
  { code: 'ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL', bad: trust({ Principal: { AWS: 'arn:aws:iam::111122223333:user/*' } }), good: trust({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } }), kind: 'trust' },
  // Access Analyzer policy check reference: '"Principal:" "*" is not supported in the principal element of a role trust policy'
  { code: 'ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL', bad: trust({ Principal: '*' }), good: trust({ Principal: { AWS: '111122223333' } }), kind: 'trust' },
  // IAM User Guide, Principal element: AWS principals are accounts, IAM users and roles, role sessions and federated
  // users ("You cannot identify a user group as a principal"); IAM refuses other values ("Invalid principal in policy")
  { code: 'INVALID_PRINCIPAL_FORMAT', bad: bucketPolicy({ Principal: { AWS: 'arn:aws:iam::111122223333:group/Dev' } }), good: bucketPolicy({ Principal: { AWS: 'arn:aws:iam::111122223333:role/path/Dev' } }), kind: 'resource' },
  { code: 'INVALID_SERVICE_PRINCIPAL_FORMAT', bad: trust({ Principal: { Service: 'Lambda' } }), good: trust({ Principal: { Service: 'lambda.amazonaws.com' } }), kind: 'trust' },
  { code: 'FEDERATED_PRINCIPAL_NOT_SUPPORTED', bad: bucketPolicy({ Principal: { Federated: 'accounts.google.com' } }), good: bucketPolicy({ Principal: { AWS: '111122223333' } }), kind: 'resource' },
  {
    code: 'REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY',
    bad: trust({ Principal: { AWS: [role('ops'), 'arn:aws:sts::111122223333:assumed-role/ops/alice'] } }),
    good: trust({ Principal: { AWS: [role('ops'), 'arn:aws:sts::111122223333:assumed-role/dev/alice'] } }),
    kind: 'trust',
  },
  {
    code: 'INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY',
    bad: doc(allow({ Action: 'sts:AssumeRoleWithSAML', Principal: { Federated: 'saml-provider/idp' } })),
    good: doc(allow({ Action: 'sts:AssumeRoleWithSAML', Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/idp' }, Condition: { StringEquals: { 'saml:aud': 'https://signin.aws.amazon.com/saml' } } })),
    kind: 'trust',
  },
  {
    code: 'MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY',
    bad: trust({ Principal: { Service: 'rolesanywhere.amazonaws.com' } }),
    good: doc(allow({ Principal: { Service: 'rolesanywhere.amazonaws.com' }, Action: ['sts:AssumeRole', 'sts:SetSourceIdentity', 'sts:TagSession'] })),
    kind: 'trust',
  },
  {
    code: 'MISSING_ACTION_FOR_CONDITION_KEY',
    bad: trust({ Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Condition: { StringLike: { 'sts:SourceIdentity': 'alice*' } } }),
    good: doc(allow({ Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'], Condition: { StringLike: { 'sts:SourceIdentity': 'alice*' } } })),
    kind: 'trust',
  },
  {
    code: 'SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED',
    bad: doc(allow({ Principal: { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:org/*' } } })),
    good: doc(allow({ Principal: { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'token.actions.githubusercontent.com:sub': 'repo:org/app:ref:refs/heads/main' } } })),
    kind: 'trust',
  },
  // "ForAnyValue with audience claim type": ForAnyValue: on the single-valued aud claim
  {
    code: 'FORANYVALUE_WITH_AUDIENCE_CLAIM_TYPE',
    bad: doc(allow({ Principal: { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { 'ForAnyValue:StringEquals': { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } } })),
    good: doc(allow({ Principal: { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { 'ForAllValues:StringEquals': { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } } })),
    kind: 'trust',
  },
  {
    code: 'CONFIRM_AUDIENCE_CLAIM_TYPE',
    bad: doc(allow({ Principal: { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { 'ForAnyValue:StringEquals': { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } } })),
    good: doc(allow({ Principal: { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } } })),
    kind: 'trust',
  },
  {
    code: 'RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL',
    bad: bucketPolicy({ Principal: { Service: 'cloudfront.amazonaws.com' }, Condition: { StringLike: { 'aws:Referer': 'https://example.com/*' } } }),
    good: bucketPolicy({ Principal: { Service: 'cloudfront.amazonaws.com' }, Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } }),
    kind: 'resource',
  },
  {
    code: 'UNSUPPORTED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL',
    bad: bucketPolicy({ Principal: { Service: 'cloudfront.amazonaws.com' }, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } }),
    good: bucketPolicy({ Principal: { AWS: '*' }, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } }),
    kind: 'resource',
  },
  {
    code: 'UNSUPPORTED_ACTION_FOR_CONDITION_KEY',
    bad: doc(allow({ Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/idp' }, Action: ['sts:AssumeRoleWithSAML', 'sts:AssumeRole'], Condition: { StringEquals: { 'sts:ExternalId': 'x' } } })),
    good: doc(allow({ Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: ['sts:AssumeRole', 'sts:TagSession'], Condition: { StringEquals: { 'sts:ExternalId': 'x' } } })),
    kind: 'trust',
  },
  { code: 'INVALID_ROLE_REFERENCE', bad: bucketPolicy({ Principal: { AWS: 'AROA1234567890EXAMPLE' } }), good: bucketPolicy({ Principal: { AWS: role('app') } }), kind: 'resource' },
  { code: 'INVALID_USER_REFERENCE', bad: bucketPolicy({ Principal: { AWS: 'AIDA1234567890EXAMPLE' } }), good: bucketPolicy({ Principal: { AWS: 'arn:aws:iam::111122223333:user/alice' } }), kind: 'resource' },
  { code: 'INVALID_CONDITION_KEY_FORMAT', bad: cond({ IpAddress: { SourceIp: '203.0.113.0/24' } }), good: cond({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }) },
  { code: 'INVALID_CONDITION_DATA_TYPE', bad: cond({ NumericLessThan: { 'aws:MultiFactorAuthAge': ['3600', 7200] } }), good: cond({ NumericLessThan: { 'aws:MultiFactorAuthAge': [3600, 7200] } }) },
  // empty arrays and objects (model documents: the JSON reader rejects most of these in text)
  { code: 'EMPTY_ARRAY_RESOURCE', bad: doc(allow({ Action: 's3:GetObject', Resource: [] })), good: doc(allow({ Action: 's3:GetObject', Resource: ['*'] })) },
  { code: 'EMPTY_ARRAY_PRINCIPAL', bad: bucketPolicy({ Principal: { AWS: [] } }), good: bucketPolicy({ Principal: { AWS: ['111122223333'] } }), kind: 'resource' },
  { code: 'EMPTY_ARRAY_CONDITION', bad: model(cond({ StringEquals: { 's3:prefix': [] } })), good: model(cond({ StringEquals: { 's3:prefix': [''] } })) },
  { code: 'EMPTY_ARRAY_CONDITION_FORALLVALUES', bad: model(cond({ 'ForAllValues:StringEquals': { 'aws:TagKeys': [] } })), good: model(cond({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } })) },
  { code: 'EMPTY_ARRAY_CONDITION_FORANYVALUE', bad: model(cond({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': [] } })), good: model(cond({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['team'] } })) },
  { code: 'EMPTY_ARRAY_CONDITION_IFEXISTS', bad: model(cond({ StringEqualsIfExists: { 's3:prefix': [] } })), good: model(cond({ StringEqualsIfExists: { 's3:prefix': ['home/'] } })) },
  { code: 'EMPTY_OBJECT_CONDITION', bad: cond({}), good: cond({ Bool: { 'aws:SecureTransport': 'true' } }) },
  { code: 'EMPTY_OBJECT_PRINCIPAL', bad: bucketPolicy({ Principal: {} }), good: bucketPolicy({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } }), kind: 'resource' },
  // size quotas per policy type (IAM and Organizations quotas)
  {
    code: 'POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA',
    bad: bucketPolicy({ Principal: { AWS: Array.from({ length: 400 }, (_, i) => `arn:aws:iam::${String(100000000000 + i)}:root`) } }),
    good: bucketPolicy({ Principal: { AWS: '111122223333' } }),
    kind: 'resource',
    options: { target: 'sqs-queue' },
  },
  {
    code: 'POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA',
    bad: trust({ Principal: { AWS: Array.from({ length: 100 }, (_, i) => `arn:aws:iam::${String(100000000000 + i)}:root`) }, Condition: { StringEquals: { 'sts:ExternalId': 'x' } } }),
    good: trust({ Principal: { AWS: '111122223333' }, Condition: { StringEquals: { 'sts:ExternalId': 'x' } } }),
    kind: 'trust',
  },
  {
    code: 'POLICY_SIZE_EXCEEDS_SCP_QUOTA',
    bad: doc(deny({ Action: 's3:GetObject', Resource: Array.from({ length: 400 }, (_, i) => `arn:aws:s3:::bucket-number-${i}/*`) })),
    good: doc(deny({ Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' })),
    kind: 'scp',
  },
  // "RCP missing related principal condition key": a principal key needs "BoolIfExists": {"aws:PrincipalIsAWSService": "false"}
  {
    code: 'RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY',
    bad: doc(deny({ Principal: '*', Action: 's3:*', Resource: '*', Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abcdefghij' } } })),
    good: doc(deny({ Principal: '*', Action: 's3:*', Resource: '*', Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abcdefghij' }, BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' } } })),
    kind: 'rcp',
  },
  // "RCP missing related service principal condition key": a service key needs "BoolIfExists": {"aws:PrincipalIsAWSService": "true"}
  {
    code: 'RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY',
    bad: doc(deny({ Principal: '*', Action: 's3:*', Resource: '*', Condition: { StringNotEqualsIfExists: { 'aws:SourceOrgID': 'o-abcdefghij' }, Null: { 'aws:SourceAccount': 'false' } } })),
    good: doc(deny({ Principal: '*', Action: 's3:*', Resource: '*', Condition: { StringNotEqualsIfExists: { 'aws:SourceOrgID': 'o-abcdefghij' }, Null: { 'aws:SourceAccount': 'false' }, BoolIfExists: { 'aws:PrincipalIsAWSService': 'true' } } })),
    kind: 'rcp',
  },
  // "RCP missing service condition key null check": a service key needs "Null": {"aws:SourceAccount": "false"} (or aws:SourceArn)
  {
    code: 'RCP_MISSING_SERVICE_CONDITION_KEY_NULL_CHECK',
    bad: doc(deny({ Principal: '*', Action: 's3:*', Resource: '*', Condition: { StringNotEqualsIfExists: { 'aws:SourceOrgID': 'o-abcdefghij' }, BoolIfExists: { 'aws:PrincipalIsAWSService': 'true' } } })),
    good: doc(deny({ Principal: '*', Action: 's3:*', Resource: '*', Condition: { StringNotEqualsIfExists: { 'aws:SourceOrgID': 'o-abcdefghij' }, BoolIfExists: { 'aws:PrincipalIsAWSService': 'true' }, Null: { 'aws:SourceArn': 'false' } } })),
    kind: 'rcp',
  },
  {
    code: 'POLICY_SIZE_EXCEEDS_RCP_QUOTA',
    bad: doc(deny({ Principal: '*', Action: 's3:GetObject', Resource: Array.from({ length: 400 }, (_, i) => `arn:aws:s3:::bucket-number-${i}/*`) })),
    good: doc(deny({ Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' })),
    kind: 'rcp',
  },
];
