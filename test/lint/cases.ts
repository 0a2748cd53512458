/** Per-rule examples: a policy that triggers the rule and a near miss. Used by rules.test.ts and for docs/lint-rules.md. */
import type { LintOptions } from '../../src/lint/index.js';
import type { PolicyKind } from '../../src/model/policy-document.js';

export type Json = Record<string, unknown>;
export const doc = (...Statement: Json[]): Json => ({ Version: '2012-10-17', Statement });
const allow = (extra: Json): Json => ({ Effect: 'Allow', ...extra });
const deny = (extra: Json): Json => ({ Effect: 'Deny', ...extra });
export const s3 = (extra: Json = {}): Json => allow({ Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*', ...extra });
const cond = (Condition: Json, extra: Json = {}): Json => doc(s3({ Condition, ...extra }));
const lambdaTrust = { Service: 'lambda.amazonaws.com' };

import { AA_CASES } from './aa-cases.js';

export interface Case {
  readonly code: string;
  readonly bad: Json | string;
  readonly good: Json | string;
  readonly kind?: PolicyKind;
  readonly options?: LintOptions;
}

/** One policy that triggers each rule and a near miss that does not. */
export const cases: readonly Case[] = [
  // actions
  { code: 'INVALID_SERVICE_IN_ACTION', bad: doc(allow({ Action: 's4:GetObject', Resource: '*' })), good: doc(allow({ Action: 's3:GetObject', Resource: '*' })) },
  { code: 'INVALID_ACTION', bad: doc(allow({ Action: 's3:GetObjekt', Resource: '*' })), good: doc(allow({ Action: 's3:getobject', Resource: '*' })) },
  { code: 'WILDCARD_MATCHES_NO_ACTION', bad: doc(allow({ Action: 's3:Fetch*', Resource: '*' })), good: doc(allow({ Action: 's3:Get*', Resource: '*' })) },
  { code: 'WILDCARD_IN_SERVICE_NAME', bad: doc(allow({ Action: 's3*:GetObject', Resource: '*' })), good: doc(allow({ Action: 's3:Get*', Resource: '*' })) },
  { code: 'REDUNDANT_ACTION', bad: doc(allow({ Action: ['s3:Get*', 's3:GetObject'], Resource: '*' })), good: doc(allow({ Action: ['s3:Get*', 's3:PutObject'], Resource: '*' })) },
  {
    code: 'NO_RESOURCE_LEVEL_PERMISSIONS',
    bad: doc(allow({ Action: 'ec2:DescribeInstances', Resource: 'arn:aws:ec2:us-east-1:111122223333:instance/i-1' })),
    good: doc(allow({ Action: ['ec2:DescribeInstances', 'ec2:StartInstances'], Resource: 'arn:aws:ec2:us-east-1:111122223333:instance/i-1' })),
  },
  // resources
  { code: 'INVALID_ARN_PREFIX', bad: doc(allow({ Action: 's3:GetObject', Resource: 's3:::bucket/*' })), good: doc(s3()) },
  { code: 'MISSING_ARN_FIELD', bad: doc(allow({ Action: 's3:GetObject', Resource: 'arn:aws:s3:bucket' })), good: doc(allow({ Action: 's3:GetObject', Resource: 'arn:aws:s3*' })) },
  { code: 'INVALID_PARTITION', bad: doc(allow({ Action: 's3:GetObject', Resource: 'arn:amazon:s3:::bucket/*' })), good: doc(allow({ Action: 's3:GetObject', Resource: 'arn:aws-cn:s3:::bucket/*' })) },
  { code: 'INVALID_SERVICE', bad: doc(allow({ Action: 's3:GetObject', Resource: 'arn:aws:s4:::bucket/*' })), good: doc(allow({ Action: 'servicecatalog:DescribePortfolio', Resource: 'arn:aws:catalog:us-east-1:111122223333:portfolio/port-1' })) },
  { code: 'INVALID_ARN_SERVICE_CASE', bad: doc(allow({ Action: 's3:GetObject', Resource: 'arn:aws:S3:::bucket/*' })), good: doc(s3()) },
  {
    code: 'INVALID_ARN_ACCOUNT',
    bad: doc(allow({ Action: 'iam:GetRole', Resource: 'arn:aws:iam::1111-2222-3333:role/x' })),
    good: doc(allow({ Action: 'kms:Decrypt', Resource: 'arn:aws:kms:*:${aws:PrincipalAccount}:key/*' })),
  },
  // IAM User Guide, Condition operators (IP address): an address without its routing prefix gets the default /32
  { code: 'IPV6_ADDRESS_WITHOUT_PREFIX', bad: cond({ IpAddress: { 'aws:SourceIp': '2001:db8::1' } }), good: cond({ IpAddress: { 'aws:SourceIp': ['2001:db8::1/128', '203.0.113.7'] } }) },
  { code: 'RESOURCE_MISMATCH', bad: doc(allow({ Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket' })), good: doc(s3()) },
  {
    code: 'ACTION_MATCHES_NO_RESOURCE',
    bad: doc(allow({ Action: ['s3:GetObject', 's3:ListBucket'], Resource: 'arn:aws:s3:::bucket/*' })),
    good: doc(allow({ Action: ['s3:GetObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::bucket', 'arn:aws:s3:::bucket/*'] })),
  },
  {
    code: 'VARIABLE_UNSUPPORTED_IN_ELEMENT',
    bad: doc(allow({ Action: 's3:GetObject', Resource: 'arn:${aws:Partition}:s3:::bucket/*' })),
    good: doc(allow({ Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/${aws:username}/*' })),
  },
  {
    // Amazon EKS User Guide, the trust policy EKS Pod Identity requires: sts:AssumeRole and sts:TagSession
    code: 'MISSING_TAG_SESSION_FOR_EKS_POD_IDENTITY',
    bad: doc(allow({ Principal: { Service: 'pods.eks.amazonaws.com' }, Action: 'sts:AssumeRole' })),
    good: doc(allow({ Principal: { Service: 'pods.eks.amazonaws.com' }, Action: ['sts:AssumeRole', 'sts:TagSession'] }), allow({ Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' })),
    kind: 'trust',
  },
  {
    // AWS KMS CreateKey, PutKeyPolicy: "The key policy must allow the calling principal to make a subsequent PutKeyPolicy request"
    code: 'KEY_POLICY_LOCKOUT',
    bad: doc(allow({ Principal: { AWS: 'arn:aws:iam::111122223333:role/app' }, Action: ['kms:Decrypt', 'kms:Encrypt'], Resource: '*' })),
    good: doc(allow({ Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }), allow({ Principal: { AWS: 'arn:aws:iam::111122223333:role/app' }, Action: 'kms:Decrypt', Resource: '*' })),
    kind: 'resource',
    options: { target: 'kms-key' },
  },
  {
    code: 'UNRESOLVABLE_VARIABLE',
    bad: doc(allow({ Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/${aws:TagKeys}/*' })),
    good: doc(allow({ Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/${aws:PrincipalTag/team}/*' })),
  },
  // conditions
  { code: 'INVALID_CONDITION_OPERATOR', bad: cond({ stringEquals: { 'aws:PrincipalOrgID': 'o-1' } }), good: cond({ StringEquals: { 'aws:PrincipalOrgID': 'o-1' } }) },
  { code: 'NULL_WITH_IF_EXISTS', bad: cond({ NullIfExists: { 'aws:TokenIssueTime': 'true' } }), good: cond({ Null: { 'aws:TokenIssueTime': 'true' } }) },
  { code: 'INVALID_GLOBAL_CONDITION_KEY', bad: cond({ StringEquals: { 'aws:PrincipalOrgId2': 'o-1' } }), good: cond({ StringEquals: { 'AWS:PRINCIPALORGID': 'o-1' } }) },
  {
    code: 'INVALID_SERVICE_CONDITION_KEY',
    bad: cond({ StringEquals: { 's3:prefixx': 'home/' } }),
    good: doc(allow({ Action: 'sts:AssumeRoleWithWebIdentity', Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC' }, Condition: { StringEquals: { 'oidc.eks.us-east-1.amazonaws.com/id/ABC:sub': 'system:serviceaccount:ns:sa', 'saml:aud': 'x' } } })),
    kind: 'trust',
  },
  {
    code: 'IRRELEVANT_CONDITION_KEY',
    bad: cond({ StringEquals: { 'ec2:InstanceType': 't3.micro' } }),
    good: cond({ StringEquals: { 's3:ExistingObjectTag/team': 'a', 'aws:ResourceTag/x': 'y' } }),
  },
  { code: 'TYPE_MISMATCH', bad: cond({ NumericEquals: { 'aws:PrincipalOrgID': '1' } }), good: cond({ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }) },
  { code: 'TYPE_MISMATCH_BOOLEAN', bad: cond({ Bool: { 'aws:SecureTransport': 'yes' } }), good: cond({ Bool: { 'aws:SecureTransport': true } }) },
  {
    code: 'TYPE_MISMATCH_DATE',
    bad: cond({ DateGreaterThan: { 'aws:CurrentTime': '2024-13-01' } }),
    good: cond({ DateGreaterThan: { 'aws:CurrentTime': ['2024-12-01T00:00:00Z', '2024', '1700000000'] } }),
  },
  { code: 'TYPE_MISMATCH_IP_RANGE', bad: cond({ IpAddress: { 'aws:SourceIp': '203.0.113.0/33' } }), good: cond({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] } }) },
  { code: 'TYPE_MISMATCH_NUMBER', bad: cond({ NumericLessThan: { 'aws:MultiFactorAuthAge': 'one hour' } }), good: cond({ NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 } }) },
  { code: 'TYPE_MISMATCH_STRING', bad: cond({ BinaryEquals: { 'aws:UserAgent': 'not base64!' } }), good: cond({ BinaryEquals: { 'aws:UserAgent': 'QmluYXJ5VmFsdWU=' } }) },
  {
    code: 'TYPE_MISMATCH_ARN',
    bad: cond({ ArnLike: { 'aws:SourceArn': 'my-bucket' } }),
    good: cond({ ArnLike: { 'aws:SourceArn': ['arn:aws:s3:::my-bucket', 'arn:aws:sns:*:111122223333:*', 'arn:aws:s3:*', '*', 'arn:aws:iam::${aws:PrincipalAccount}:role/x'] } }),
  },
  { code: 'INVALID_CONDITION_MULTIPLE_BOOLEAN', bad: cond({ Bool: { 'aws:SecureTransport': ['true', 'false'] } }), good: cond({ Bool: { 'aws:SecureTransport': ['true'] } }) },
  {
    code: 'MISSING_QUALIFIER',
    bad: doc(allow({ Action: 's3:PutObjectTagging', Resource: 'arn:aws:s3:::b/*', Condition: { StringEquals: { 'aws:TagKeys': 'team' } } })),
    good: doc(allow({ Action: 's3:PutObjectTagging', Resource: 'arn:aws:s3:::b/*', Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': 'team' } } })),
  },
  { code: 'FORALLVALUES_WITH_SINGLE_VALUED_KEY', bad: cond({ 'ForAllValues:StringEquals': { 'aws:PrincipalOrgID': 'o-1' } }), good: cond({ 'ForAllValues:StringEquals': { 'aws:PrincipalOrgPaths': 'o-1/*' } }) },
  { code: 'WILDCARD_WITHOUT_LIKE_OPERATOR', bad: cond({ StringEquals: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/x' } }), good: cond({ StringEquals: { 'aws:PrincipalTag/x': 'a${*}b' } }) },
  { code: 'PRIVATE_IP_ADDRESS', bad: cond({ IpAddress: { 'aws:SourceIp': '192.168.1.0/24' } }), good: cond({ IpAddress: { 'aws:VpcSourceIp': '192.168.1.0/24', 'aws:SourceIp': '198.51.100.0/24' } }) },
  {
    code: 'BAD_PATTERN_FOR_MFA',
    bad: doc(deny({ Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } })),
    good: doc(deny({ Action: '*', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } })),
  },
  { code: 'INVALID_VARIABLE_FOR_OPERATOR', bad: cond({ NumericEquals: { 'aws:MultiFactorAuthAge': '${aws:EpochTime}' } }), good: cond({ StringEquals: { 's3:prefix': '${aws:username}/' } }) },
  // security
  { code: 'ALLOW_WITH_NOT_ACTION', bad: doc(allow({ NotAction: 'iam:*', Resource: '*' })), good: doc(deny({ NotAction: 'iam:*', Resource: '*' })) },
  { code: 'ALLOW_WITH_NOT_RESOURCE', bad: doc(allow({ Action: 's3:GetObject', NotResource: 'arn:aws:s3:::secret/*' })), good: doc(deny({ Action: 's3:GetObject', NotResource: 'arn:aws:s3:::secret/*' })) },
  {
    code: 'ALLOW_WITH_NOT_PRINCIPAL',
    bad: doc(allow({ NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' })),
    good: doc(deny({ NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' })),
    kind: 'resource',
  },
  { code: 'PASS_ROLE_WITH_STAR_IN_RESOURCE', bad: doc(allow({ Action: 'iam:PassRole', Resource: '*' })), good: doc(allow({ Action: 'iam:PassRole', Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } } })) },
  { code: 'ALL_ACTIONS_ON_ALL_RESOURCES', bad: doc(allow({ Action: '*', Resource: '*' })), good: doc(allow({ Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })) },
  {
    code: 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL',
    bad: doc(allow({ Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:111122223333:q' })),
    good: doc(allow({ Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:111122223333:q', Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:t' } } })),
    kind: 'resource',
  },
  {
    code: 'MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL',
    bad: doc(allow({ Principal: { Federated: 'cognito-identity.amazonaws.com' }, Action: 'sts:AssumeRoleWithWebIdentity' })),
    good: doc(allow({ Principal: { Federated: 'cognito-identity.amazonaws.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:abc' } } })),
    kind: 'trust',
  },
  {
    code: 'MISSING_GITHUB_REPO_CONDITION_KEY',
    bad: doc(allow({ Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } } })),
    good: doc(allow({ Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:org/repo:*' } } })),
    kind: 'trust',
  },
  {
    code: 'CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION',
    bad: doc(allow({ Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'sts:AssumeRole' })),
    good: doc(allow({ Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'x-123' } } })),
    kind: 'trust',
  },
  {
    code: 'PUBLIC_PRINCIPAL_WITHOUT_CONDITION',
    bad: doc(allow({ Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' })),
    good: doc(allow({ Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } } })),
    kind: 'resource',
  },
  // hygiene
  {
    code: 'UNIQUE_SIDS_RECOMMENDED',
    bad: doc(s3({ Sid: 'A', Principal: { AWS: '111122223333' } }), allow({ Sid: 'A', Principal: { AWS: '111122223333' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*' })),
    good: doc(s3({ Sid: 'A', Principal: { AWS: '111122223333' } }), allow({ Sid: 'B', Principal: { AWS: '111122223333' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*' })),
    kind: 'resource',
  },
  { code: 'UNIQUE_SIDS_REQUIRED', bad: doc(s3({ Sid: 'A' }), allow({ Sid: 'A', Action: 's3:PutObject', Resource: '*' })), good: doc(s3({ Sid: 'A' }), allow({ Sid: 'B', Action: 's3:PutObject', Resource: '*' })) },
  { code: 'UNSUPPORTED_SID', bad: doc(s3({ Sid: 'read-bucket' })), good: doc(s3({ Sid: 'read-bucket' })), kind: 'identity', options: {} },
  { code: 'EMPTY_SID_VALUE', bad: doc(s3({ Sid: '' })), good: doc(s3({ Sid: 'Read' })) },
  { code: 'MISSING_VERSION', bad: { Statement: [s3()] }, good: doc(s3()) },
  // IAM reference, Id element: "ID is allowed in resource-based policies, but not in identity-based policies"
  { code: 'ID_NOT_SUPPORTED', bad: { ...doc(s3()), Id: 'cd3ad3d9-2776-4ef1-a904-4c229d1642ee' }, good: doc(s3()) },
  { code: 'OLD_VERSION', bad: { Version: '2008-10-17', Statement: [s3()] }, good: { Statement: [s3()] } },
  { code: 'VARIABLE_UNSUPPORTED_IN_VERSION', bad: { Version: '2008-10-17', Statement: [allow({ Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/${aws:username}/*' })] }, good: doc(allow({ Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/${aws:username}/*' })) },
  { code: 'EMPTY_ARRAY_ACTION', bad: doc(allow({ Action: [], Resource: '*' })), good: doc(allow({ Action: ['s3:GetObject'], Resource: '*' })) },
  { code: 'REDUNDANT_STATEMENT', bad: doc(s3({ Sid: 'A' }), s3({ Sid: 'B' })), good: doc(s3(), s3({ Action: 's3:PutObject' })) },
  {
    code: 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA',
    bad: doc(allow({ Action: 's3:GetObject', Resource: Array.from({ length: 100 }, (_, i) => `arn:aws:s3:::bucket-number-${i}/*`) })),
    good: doc(allow({ Action: 's3:GetObject', Resource: Array.from({ length: 10 }, (_, i) => `arn:aws:s3:::bucket-number-${i}/*`) })),
    options: { target: 'inline-user' },
  },
  {
    // Amazon SQS policy quotas: at most 7 actions per statement (and 20 statements)
    code: 'POLICY_ELEMENTS_EXCEED_QUOTA',
    bad: doc(allow({ Principal: { AWS: '111122223333' }, Action: ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:PurgeQueue', 'sqs:ListQueueTags'], Resource: 'arn:aws:sqs:us-east-1:111122223333:orders' })),
    good: doc(allow({ Principal: { AWS: '111122223333' }, Action: ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:PurgeQueue'], Resource: 'arn:aws:sqs:us-east-1:111122223333:orders' })),
    kind: 'resource',
    options: { target: 'sqs-queue' },
  },
  // kind rules
  {
    code: 'RCP_SYNTAX_ERROR_ACTION',
    bad: doc(deny({ Principal: '*', Action: 'ec2:RunInstances', Resource: '*' })),
    good: doc(deny({ Principal: '*', Action: 's3:GetObject', Resource: '*' })),
    kind: 'rcp',
  },
  {
    code: 'MISMATCHED_ACTION_FOR_PRINCIPAL',
    bad: doc(allow({ Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/idp' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'saml:aud': 'https://signin.aws.amazon.com/saml' } } })),
    good: doc(allow({ Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/idp' }, Action: 'sts:AssumeRoleWithSAML', Condition: { StringEquals: { 'saml:aud': 'https://signin.aws.amazon.com/saml' } } })),
    kind: 'trust',
  },
  {
    code: 'LEGACY_SCP_SYNTAX',
    bad: doc(allow({ Action: 's3:*Object', Resource: '*' })),
    good: doc(allow({ Action: 's3:Get*', Resource: '*' })),
    kind: 'scp',
    options: { rules: { LEGACY_SCP_SYNTAX: 'error' } },
  },
  ...AA_CASES,
];
