/**
 * Session 31 audit of `evaluate` against the IAM User Guide and the AWS Organizations User Guide,
 * sentence by sentence: each row quotes (shortly) the documented rule it checks. Rows here are
 * the ones `rules.test.ts` and `logic.test.ts` do not already hold: the doc's own examples, the
 * missing-key rule for every family and negation, IfExists next to other conditions, the empty
 * data set of the set operators, variables (case of key names, defaults, escapes, multivalued
 * keys), cross-account SCP/RCP placement, boundaries and session policies against resource grants,
 * NotPrincipal forms, ARN matching per component, and the deciding statement named in "why".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IamPolicyError } from '../../src/errors.js';
import { evaluate, type Decision, type EvaluationRequest, type PolicySet, type RequestContext } from '../../src/evaluate/index.js';
import type { ConditionElement, ConditionValue, Statement } from '../../src/model/policy-document.js';
import {
  ACCT, FULL_ACCESS_SCP, OBJECT, OTHER, OTHER_ROLE, OTHER_SESSION, OTHER_USER, RCP_FULL_ACCESS, ROLE, ROOT, SESSION, USER,
  allowSt, boundary, denySt, identity, rcp, resource, scp, session,
} from './helpers.js';

type Row = readonly [cite: string, name: string, policies: PolicySet, request: EvaluationRequest, decision: Decision];

const OPS = 'IAM UG, Condition operators';
const MV = 'IAM UG, Multivalued context keys / set operators';
const VARS = 'IAM UG, Variables and tags';
const EVAL = 'IAM UG, Policy evaluation logic';
const CROSS = 'IAM UG, Cross-account policy evaluation logic';
const BOUND = 'IAM UG, Permissions boundaries';
const SESS = 'IAM UG, Session policies';
const NOTP = 'IAM UG, NotPrincipal';
const RES = 'IAM UG, Resource element';
const SCPS = 'Orgs UG, SCP evaluation';
const RCPS = 'Orgs UG, RCPs';

// an S3 ARN names no account: the bucket is in ACCT (evaluate does not guess it, docs/evaluation.md)
const get = (principal: string, extra: Partial<EvaluationRequest> = {}): EvaluationRequest => ({ principal, action: 's3:GetObject', resource: OBJECT, resourceAccount: ACCT, ...extra });
const withCtx = (context: RequestContext, principal = USER, extra: Partial<EvaluationRequest> = {}): EvaluationRequest => get(principal, { context, ...extra });
/** Allow s3:GetObject under one condition block. */
const allowIf = (Condition: ConditionElement): PolicySet => ({ identity: identity(allowSt('s3:GetObject', '*', { Condition })) });
/** Allow everything, Deny s3:GetObject under one condition block. */
const denyIf = (Condition: ConditionElement): PolicySet => ({ identity: identity(allowSt('*'), denySt('s3:GetObject', '*', { Condition })) });
const one = (op: string, key: string, values: ConditionValue[]) => ({ [op]: { [key]: values } });

const rows: Row[] = [];

// --- Condition operators: "If the key that you specify in a policy condition is not present in the
// request context, the values do not match and the condition is false. If the policy condition
// requires that the key is not matched, such as StringNotLike or ArnNotLike, and the right key is
// not present, the condition is true."
const absentPositive: readonly [string, string, ConditionValue[]][] = [
  ['NumericLessThan', 's3:max-keys', ['10']],
  ['DateGreaterThan', 'aws:TokenIssueTime', ['2020-01-01T00:00:01Z']],
  ['BinaryEquals', 'ec2:Attribute', ['QmluYXJ5VmFsdWVJbkJhc2U2NA==']],
  ['IpAddress', 'aws:SourceIp', ['203.0.113.0/24']],
  ['ArnEquals', 'aws:SourceArn', ['arn:aws:sns:us-east-1:123456789012:topic']],
  ['StringLike', 's3:prefix', ['home/*']],
  ['StringEqualsIgnoreCase', 'aws:PrincipalTag/team', ['ENG']],
];
for (const [op, key, values] of absentPositive) {
  rows.push([`${OPS}: key absent, positive ${op} is false`, `Allow ${op} absent`, allowIf(one(op, key, values)), withCtx({}), 'implicit-deny']);
  rows.push([`${OPS}: key absent, positive ${op} is false (a Deny does not apply)`, `Deny ${op} absent`, denyIf(one(op, key, values)), withCtx({}), 'allow']);
}
const absentNegated: readonly [string, string, ConditionValue[]][] = [
  ['StringNotLike', 's3:prefix', ['home/*']],
  ['StringNotEqualsIgnoreCase', 'aws:PrincipalTag/team', ['ENG']],
  ['NumericNotEquals', 's3:max-keys', ['10']],
  ['DateNotEquals', 'aws:TokenIssueTime', ['2020-01-01T00:00:01Z']],
  ['ArnNotEquals', 'aws:SourceArn', ['arn:aws:sns:us-east-1:123456789012:topic']],
];
for (const [op, key, values] of absentNegated) {
  rows.push([`${OPS}: key absent, negated ${op} is true`, `Deny ${op} absent`, denyIf(one(op, key, values)), withCtx({}), 'explicit-deny']);
}

rows.push(
  // "If you are using an "Effect": "Deny" element with a negated condition operator like StringNotEqualsIfExists, the request is still denied even if the tag is missing."
  [`${OPS}#Conditions_IfExists: Deny StringNotEqualsIfExists, tag missing: still denied`, 'Deny StringNotEqualsIfExists absent', denyIf(one('StringNotEqualsIfExists', 'aws:PrincipalTag/team', ['eng'])), withCtx({}), 'explicit-deny'],
  // "Other condition elements in the statement can still result in a nonmatch, but not a missing key when checked with ...IfExists."
  [`${OPS}#Conditions_IfExists: another condition still fails the statement`, 'IfExists absent + other fails', allowIf({ StringLikeIfExists: { 'ec2:InstanceType': ['t2.*'] }, Bool: { 'aws:SecureTransport': ['true'] } }), withCtx({ 'aws:SecureTransport': false }), 'implicit-deny'],
  [`${OPS}#Conditions_IfExists: THISPOLICYDOESNOTWORK without IfExists on a resource lacking the key`, 'StringLike missing ec2:InstanceType', allowIf(one('StringLike', 'ec2:InstanceType', ['t1.*', 't2.*', 'm3.*'])), withCtx({}), 'implicit-deny'],
  [`${OPS}#Conditions_IfExists: StringLikeIfExists on a resource lacking the key`, 'StringLikeIfExists missing ec2:InstanceType', allowIf(one('StringLikeIfExists', 'ec2:InstanceType', ['t1.*', 't2.*', 'm3.*'])), withCtx({}), 'allow'],
  [`${OPS}#Conditions_IfExists: StringLikeIfExists present: normal test`, 'StringLikeIfExists present m5', allowIf(one('StringLikeIfExists', 'ec2:InstanceType', ['t1.*', 't2.*', 'm3.*'])), withCtx({ 'ec2:InstanceType': 'm5.large' }), 'implicit-deny'],
  // "StringLike ... You must specify wildcards to achieve partial string matches."
  [`${OPS}#Conditions_String: StringLike without a wildcard is a whole match`, 'StringLike partial', allowIf(one('StringLike', 'aws:PrincipalTag/team', ['eng'])), withCtx({ 'aws:PrincipalTag/team': 'engineering' }), 'implicit-deny'],
  // the home-directory example: s3:prefix values "", "home/", "home/${aws:username}/"
  [`${OPS}#Conditions_String: StringLike "" matches the empty prefix`, 'StringLike ""', allowIf(one('StringLike', 's3:prefix', ['', 'home/', 'home/${aws:username}/'])), withCtx({ 's3:prefix': '' }), 'allow'],
  [`${OPS}#Conditions_String: StringLike home/\${aws:username}/ for alice`, 'StringLike own home', allowIf(one('StringLike', 's3:prefix', ['', 'home/', 'home/${aws:username}/'])), withCtx({ 's3:prefix': 'home/alice/' }), 'allow'],
  [`${OPS}#Conditions_String: StringLike home/\${aws:username}/ not bob's`, "StringLike other's home", allowIf(one('StringLike', 's3:prefix', ['', 'home/', 'home/${aws:username}/'])), withCtx({ 's3:prefix': 'home/bob/' }), 'implicit-deny'],
  // "NumericLessThanEquals ... s3:max-keys ... up to 10"
  [`${OPS}#Conditions_Numeric: NumericLessThanEquals 10 allows 10`, 'max-keys 10', allowIf(one('NumericLessThanEquals', 's3:max-keys', ['10'])), withCtx({ 's3:max-keys': '10' }), 'allow'],
  [`${OPS}#Conditions_Numeric: NumericLessThanEquals 10 refuses 11`, 'max-keys 11', allowIf(one('NumericLessThanEquals', 's3:max-keys', ['10'])), withCtx({ 's3:max-keys': 11 }), 'implicit-deny'],
  [`${OPS}#Conditions_Numeric: decimal value`, 'decimal', allowIf(one('NumericGreaterThan', 's3:max-keys', ['9.5'])), withCtx({ 's3:max-keys': '10' }), 'allow'],
  // "DateGreaterThan aws:TokenIssueTime 2020-01-01T00:00:01Z" and "epoch (UNIX) time"
  [`${OPS}#Conditions_Date: credentials issued after the date`, 'TokenIssueTime after', allowIf(one('DateGreaterThan', 'aws:TokenIssueTime', ['2020-01-01T00:00:01Z'])), withCtx({ 'aws:TokenIssueTime': '2020-06-01T00:00:00Z' }, SESSION), 'allow'],
  [`${OPS}#Conditions_Date: credentials issued before the date`, 'TokenIssueTime before', allowIf(one('DateGreaterThan', 'aws:TokenIssueTime', ['2020-01-01T00:00:01Z'])), withCtx({ 'aws:TokenIssueTime': '2019-12-31T23:59:59Z' }, SESSION), 'implicit-deny'],
  [`${OPS}#Conditions_Date: an ISO policy value against epoch seconds in the request`, 'epoch vs ISO', allowIf(one('DateLessThan', 'aws:EpochTime', ['2025-01-01T00:00:00Z'])), withCtx({ 'aws:EpochTime': 1704067200 }), 'allow'],
  [`${OPS}#Conditions_Date: a time zone offset is honoured`, 'offset', allowIf(one('DateEquals', 'aws:CurrentTime', ['2024-06-01T14:00:00+02:00'])), withCtx({ 'aws:CurrentTime': '2024-06-01T12:00:00Z' }), 'allow'],
  // "Bool ... deny all S3 actions ... if the request is not over SSL"
  [`${OPS}#Conditions_Boolean: aws:SecureTransport false denies`, 'SecureTransport false', denyIf(one('Bool', 'aws:SecureTransport', ['false'])), withCtx({ 'aws:SecureTransport': 'false' }), 'explicit-deny'],
  [`${OPS}#Conditions_Boolean: aws:SecureTransport true passes`, 'SecureTransport true', denyIf(one('Bool', 'aws:SecureTransport', ['false'])), withCtx({ 'aws:SecureTransport': true }), 'allow'],
  // "BinaryEquals ... compares the value of the specified key byte for byte against a base-64 encoded representation"
  [`${OPS}#Conditions_BinaryEquals: the doc's value`, 'BinaryEquals doc value', allowIf(one('BinaryEquals', 'ec2:Attribute', ['QmluYXJ5VmFsdWVJbkJhc2U2NA=='])), withCtx({ 'ec2:Attribute': 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' }), 'allow'],
  [`${OPS}#Conditions_BinaryEquals: one byte more does not match`, 'BinaryEquals longer', allowIf(one('BinaryEquals', 'ec2:Attribute', ['QmluYXJ5VmFsdWVJbkJhc2U2NA=='])), withCtx({ 'ec2:Attribute': 'QmluYXJ5VmFsdWVJbkJhc2U2NEE=' }), 'implicit-deny'],
  // "the request must come from the IP range 203.0.113.0 to 203.0.113.255"; "mix IPv4 and IPv6 addresses"
  [`${OPS}#Conditions_IPAddress: last address of the /24`, 'IpAddress .255', allowIf(one('IpAddress', 'aws:SourceIp', ['203.0.113.0/24'])), withCtx({ 'aws:SourceIp': '203.0.113.255' }), 'allow'],
  [`${OPS}#Conditions_IPAddress: first address after the /24`, 'IpAddress 114.0', allowIf(one('IpAddress', 'aws:SourceIp', ['203.0.113.0/24'])), withCtx({ 'aws:SourceIp': '203.0.114.0' }), 'implicit-deny'],
  [`${OPS}#Conditions_IPAddress: IPv6 request against the mixed list`, 'IpAddress mixed v6', allowIf(one('IpAddress', 'aws:SourceIp', ['203.0.113.0/24', '2001:DB8:1234:5678::/64'])), withCtx({ 'aws:SourceIp': '2001:db8:1234:5678:abcd::9' }), 'allow'],
  [`${OPS}#Conditions_IPAddress: NotIpAddress over the mixed list`, 'NotIpAddress mixed v6', denyIf(one('NotIpAddress', 'aws:SourceIp', ['203.0.113.0/24', '2001:DB8:1234:5678::/64'])), withCtx({ 'aws:SourceIp': '2001:db8:1234:5678::1' }), 'allow'],
  [`${OPS}#Conditions_IPAddress: aws:SourceIp absent (VPC endpoint): "the condition returns false"`, 'IpAddress via VPCE', allowIf(one('IpAddress', 'aws:SourceIp', ['203.0.113.0/24'])), withCtx({ 'aws:SourceVpce': 'vpce-1' }), 'implicit-deny'],
  // ARN operators: the doc's example pattern and value
  [`${OPS}#Conditions_ARN: "With a StringLike condition, the match succeeds"`, 'doc example StringLike', allowIf(one('StringLike', 'aws:SourceArn', ['arn:aws:someservice:*:111122223333:finance/*'])), withCtx({ 'aws:SourceArn': 'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt' }), 'allow'],
  [`${OPS}#Conditions_ARN: "With an ArnLike condition ... the match fails"`, 'doc example ArnLike', allowIf(one('ArnLike', 'aws:SourceArn', ['arn:aws:someservice:*:111122223333:finance/*'])), withCtx({ 'aws:SourceArn': 'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt' }), 'implicit-deny'],
  [`${OPS}#Conditions_ARN: "Case-sensitive matching of the ARN" (service component)`, 'ArnEquals case', allowIf(one('ArnEquals', 'aws:SourceArn', ['arn:aws:SNS:us-east-1:123456789012:topic'])), withCtx({ 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:topic' }), 'implicit-deny'],
  [`${OPS}#Conditions_ARN: ? in a component`, 'ArnLike ?', allowIf(one('ArnLike', 'aws:SourceArn', ['arn:aws:sns:us-east-?:123456789012:topic'])), withCtx({ 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:topic' }), 'allow'],
  [`${OPS}#Conditions_ARN: "ArnNotEquals and ArnNotLike behave identically" (wildcard in ArnNotEquals)`, 'ArnNotEquals wildcard', denyIf(one('ArnNotEquals', 'aws:SourceArn', ['arn:aws:sns:*:123456789012:*'])), withCtx({ 'aws:SourceArn': 'arn:aws:sns:eu-west-1:123456789012:t' }), 'allow'],
  // Null: "true (the key doesn't exist — it is null) or false (the key exists and its value is not null)"
  [`${OPS}#Conditions_Null: the EC2 example, long-term credentials`, 'Null TokenIssueTime, user', allowIf(one('Null', 'aws:TokenIssueTime', ['true'])), withCtx({}), 'allow'],
  [`${OPS}#Conditions_Null: the EC2 example, temporary credentials`, 'Null TokenIssueTime, session', allowIf(one('Null', 'aws:TokenIssueTime', ['true'])), withCtx({ 'aws:TokenIssueTime': '2024-01-01T00:00:00Z' }, SESSION), 'implicit-deny'],
);

// --- Multivalued keys: the DynamoDB examples and the empty data set.
const ATTRS = 'dynamodb:Attributes';
const onlyThese = { 'ForAllValues:StringLike': { [ATTRS]: ['PostDateTime', 'Message', 'Tags'] } };
const noneOfThese = { 'ForAnyValue:StringLike': { [ATTRS]: ['ID', 'PostDateTime'] } };
const ddb = (attrs: string | string[]): EvaluationRequest => ({ principal: USER, action: 'dynamodb:GetItem', resource: `arn:aws:dynamodb:us-east-1:${ACCT}:table/Thread`, context: { [ATTRS]: attrs } });
const ddbAllow = (Condition: ConditionElement): PolicySet => ({ identity: identity(allowSt('dynamodb:GetItem', '*', { Condition })) });
const ddbDeny = (Condition: ConditionElement): PolicySet => ({ identity: identity(allowSt('dynamodb:*'), denySt('dynamodb:GetItem', '*', { Condition })) });
rows.push(
  [`${MV}: ForAllValues, every requested attribute listed`, 'ForAllValues PostDateTime+Message', ddbAllow(onlyThese), ddb(['PostDateTime', 'Message']), 'allow'],
  [`${MV}: ForAllValues, UserName not listed: "the condition operator returns false"`, 'ForAllValues PostDateTime+UserName', ddbAllow(onlyThese), ddb(['PostDateTime', 'UserName']), 'implicit-deny'],
  [`${MV}: ForAnyValue Deny, PostDateTime among three: denied`, 'ForAnyValue Deny match', ddbDeny(noneOfThese), ddb(['UserName', 'Message', 'PostDateTime']), 'explicit-deny'],
  [`${MV}: ForAnyValue Deny, only UserName: "not denied by this policy"`, 'ForAnyValue Deny no match', ddbDeny(noneOfThese), ddb(['UserName']), 'allow'],
  // "If the key values in the request resolve to an empty data set (for example, an empty string), a
  // condition operator modified by ForAllValues returns true, and ... ForAnyValue returns false."
  [`${MV}: empty string is an empty data set: ForAllValues true`, 'ForAllValues ""', ddbAllow(onlyThese), ddb(''), 'allow'],
  [`${MV}: [""] is an empty data set: ForAllValues true`, 'ForAllValues [""]', ddbAllow(onlyThese), ddb(['']), 'allow'],
  [`${MV}: empty string is an empty data set: ForAnyValue false`, 'ForAnyValue ""', ddbAllow({ 'ForAnyValue:StringLike': { [ATTRS]: ['*'] } }), ddb(''), 'implicit-deny'],
  [`${MV}: [""] is an empty data set: ForAnyValue Deny does not apply`, 'ForAnyValue Deny [""]', ddbDeny({ 'ForAnyValue:StringLike': { [ATTRS]: ['*'] } }), ddb(['']), 'allow'],
  [`${MV}: empty string, ForAllValues negated Deny applies`, 'ForAllValues:StringNotLike Deny ""', ddbDeny({ 'ForAllValues:StringNotLike': { [ATTRS]: ['key1*'] } }), ddb(''), 'explicit-deny'],
  // "You can prevent missing context keys or context keys with empty values from evaluating to true by including a Null condition operator ... with a value of false"
  [`${MV}: Null false keeps an Allow with ForAllValues from an empty value`, 'ForAllValues + Null false, [""]', ddbAllow({ ...onlyThese, Null: { [ATTRS]: ['false'] } }), ddb(['']), 'implicit-deny'],
  [`${MV}: Null false keeps an Allow with ForAllValues from a missing key`, 'ForAllValues + Null false, absent', ddbAllow({ ...onlyThese, Null: { [ATTRS]: ['false'] } }), { ...ddb([]), context: {} }, 'implicit-deny'],
  [`${MV}: Null false with listed values still allows`, 'ForAllValues + Null false, listed', ddbAllow({ ...onlyThese, Null: { [ATTRS]: ['false'] } }), ddb(['Message']), 'allow'],
);

// --- Policy variables.
rows.push(
  // "Resource": "arn:aws:sqs:us-east-2:*:${aws:username}-queue"
  [`${VARS}#policy-vars-resourceelement: the queue named after the user`, 'sqs own queue', { identity: identity(allowSt('sqs:*', 'arn:aws:sqs:us-east-2:*:${aws:username}-queue')) }, { principal: USER, action: 'sqs:SendMessage', resource: `arn:aws:sqs:us-east-2:${ACCT}:alice-queue` }, 'allow'],
  [`${VARS}#policy-vars-resourceelement: another user's queue`, 'sqs other queue', { identity: identity(allowSt('sqs:*', 'arn:aws:sqs:us-east-2:*:${aws:username}-queue')) }, { principal: USER, action: 'sqs:SendMessage', resource: `arn:aws:sqs:us-east-2:${ACCT}:bob-queue` }, 'implicit-deny'],
  // "the following Resource element refers to only a bucket that is named the same as the value in the requesting user's department tag"
  [`${VARS}#policy-vars-resourceelement: a principal tag in the resource part`, 'tag in Resource', { identity: identity(allowSt('s3:GetObject', 'arn:aws:s3:::bucket/${aws:PrincipalTag/department}')) }, withCtx({ 'aws:PrincipalTag/department': 'hr' }, USER, { resource: 'arn:aws:s3:::bucket/hr' }), 'allow'],
  // "Key names are case-insensitive. For example, aws:CurrentTime is equivalent to AWS:currenttime."
  [`${VARS}#policy-vars-infoallreqs: a variable's key name ignores case`, 'variable key case', { identity: identity(allowSt('s3:GetObject', 'arn:aws:s3:::home/${AWS:UserName}/*')) }, get(USER, { resource: 'arn:aws:s3:::home/alice/x' }), 'allow'],
  // the SNS example: StringLike sns:endpoint "https://example.com/${aws:username}/"
  [`${VARS}#policy-vars-conditionelement: variable in a StringLike value`, 'sns endpoint own', allowIf(one('StringLike', 'sns:endpoint', ['https://example.com/${aws:username}/'])), withCtx({ 'sns:endpoint': 'https://example.com/alice/' }), 'allow'],
  [`${VARS}#policy-vars-conditionelement: variable in a StringLike value, other user`, 'sns endpoint other', allowIf(one('StringLike', 'sns:endpoint', ['https://example.com/${aws:username}/'])), withCtx({ 'sns:endpoint': 'https://example.com/bob/' }), 'implicit-deny'],
  // "not present means that the value is not in the current request information, and any attempt to match it fails"
  [`${VARS}#principaltable: aws:username of a role session is not present`, 'username for session', allowIf(one('StringLike', 'sns:endpoint', ['https://example.com/${aws:username}/'])), withCtx({ 'sns:endpoint': 'https://example.com/Dev/' }, SESSION), 'implicit-deny'],
  // default values: "${aws:PrincipalTag/team, 'company-wide'}"
  [`${VARS}#policy-vars-default-values: the default stands in for an absent key`, 'default used', allowIf(one('StringEquals', 's3:prefix', ["${aws:PrincipalTag/team, 'company-wide'}"])), withCtx({ 's3:prefix': 'company-wide' }), 'allow'],
  [`${VARS}#policy-vars-default-values: a present key wins over the default`, 'default not used', allowIf(one('StringEquals', 's3:prefix', ["${aws:PrincipalTag/team, 'company-wide'}"])), withCtx({ 's3:prefix': 'company-wide', 'aws:PrincipalTag/team': 'eng' }), 'implicit-deny'],
  // "You can't use a multivalued context key as a policy variable": unresolved, the value never matches
  [`${VARS}: a multivalued key cannot be a variable`, 'multivalued variable', allowIf(one('StringEquals', 's3:prefix', ['${aws:TagKeys}'])), withCtx({ 's3:prefix': 'env', 'aws:TagKeys': ['env'] }), 'implicit-deny'],
  // "Inverted condition operators like StringNotEquals or StringNotLike do match against a null value"
  [`${VARS}#policy-vars-no-value: a multivalued key under a negated operator has no value: StringNotEquals matches`, 'multivalued variable negated Deny', denyIf(one('StringNotEquals', 's3:prefix', ['${aws:TagKeys}'])), withCtx({ 's3:prefix': 'x', 'aws:TagKeys': ['env'] }), 'explicit-deny'],
  // the page's example: Deny s3:GetObject unless s3:ExistingObjectTag/Team equals ${aws:PrincipalTag/Team}; "Access is explicitly denied when aws:principaltag/Team is not set"
  [`${VARS}#policy-vars-no-value: the ABAC Deny denies a principal without the tag`, 'ABAC Deny, no principal tag', denyIf(one('StringNotEquals', 's3:ExistingObjectTag/Team', ['${aws:PrincipalTag/Team}'])), withCtx({ 's3:ExistingObjectTag/Team': 'eng' }, SESSION), 'explicit-deny'],
  [`${VARS}#policy-vars-no-value: the ABAC Deny passes a principal with the same tag`, 'ABAC Deny, same tag', denyIf(one('StringNotEquals', 's3:ExistingObjectTag/Team', ['${aws:PrincipalTag/Team}'])), withCtx({ 's3:ExistingObjectTag/Team': 'eng', 'aws:PrincipalTag/Team': 'eng' }, SESSION), 'allow'],
  // "When you use a variable with no value in the condition element ..., condition operators like StringEquals or StringLike do not match"
  [`${VARS}#policy-vars-no-value: StringLike with a variable of no value does not match`, 'StringLike no value', allowIf(one('StringLike', 's3:prefix', ['${aws:PrincipalTag/Team}/*'])), withCtx({ 's3:prefix': 'eng/x' }, SESSION), 'implicit-deny'],
  [`${VARS}#policy-vars-no-value: a Deny with NotResource of no value covers every resource`, 'NotResource no value, Deny', { identity: identity(allowSt('*'), { Effect: 'Deny', Action: ['s3:*'], NotResource: ['arn:aws:s3:::team/${aws:PrincipalTag/Team}/*'] }) }, get(SESSION, { resource: 'arn:aws:s3:::team/eng/x' }), 'explicit-deny'],
  [`${VARS}#policy-vars-no-value: a default value resolves the NotResource entry`, 'NotResource default', { identity: identity(allowSt('*'), { Effect: 'Deny', Action: ['s3:*'], NotResource: ["arn:aws:s3:::team/${aws:PrincipalTag/Team, 'eng'}/*"] }) }, get(SESSION, { resource: 'arn:aws:s3:::team/eng/x' }), 'allow'],
  // escapes: ${*} ${?} ${$} are the literal characters
  [`${VARS}: \${*} is a literal star in Resource`, '${*} literal', { identity: identity(allowSt('s3:GetObject', 'arn:aws:s3:::docs/${*}')) }, get(USER), 'implicit-deny'],
  [`${VARS}: \${*} matches an object named *`, '${*} exact', { identity: identity(allowSt('s3:GetObject', 'arn:aws:s3:::docs/${*}')) }, get(USER, { resource: 'arn:aws:s3:::docs/*' }), 'allow'],
  [`${VARS}: \${?} is a literal question mark in StringLike`, '${?} literal', allowIf(one('StringLike', 's3:prefix', ['a${?}'])), withCtx({ 's3:prefix': 'ab' }), 'implicit-deny'],
  [`${VARS}: \${$} is a literal dollar`, '${$} literal', allowIf(one('StringEquals', 's3:prefix', ['${$}{aws:username}'])), withCtx({ 's3:prefix': '${aws:username}' }), 'allow'],
  // "In order to use policy variables, you must include the Version element ... set to 2012-10-17"
  [`${VARS}: a 2008-10-17 condition value keeps \${...} literal`, '2008 condition literal', { identity: { Version: '2008-10-17', Statement: [allowSt('s3:GetObject', '*', { Condition: one('StringEquals', 's3:prefix', ['${aws:username}']) })] } }, withCtx({ 's3:prefix': 'alice' }), 'implicit-deny'],
);

// --- Evaluation logic, cross-account, boundaries, session policies, NotPrincipal, orgs.
const st = (s: Partial<Statement>): Statement => ({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'], ...s }) as Statement;
const readAll = identity(allowSt('s3:*'));
const denyS3Scp = scp(allowSt('*'), denySt('s3:*'));
const denyS3Rcp = rcp({ Effect: 'Deny', Principal: '*', Action: ['s3:*'], Resource: ['*'] });
const SERVICE = 'cloudtrail.amazonaws.com';
rows.push(
  // "the request is evaluated in the trusted account ... both must allow"; the SCPs are those of the principal's account
  [`${CROSS}: resource policy naming the account and identity allow`, 'cross-account account grant', { identity: readAll, resource: resource(st({ Principal: { AWS: [OTHER] } })) }, get(OTHER_USER, { resourceAccount: ACCT }), 'allow'],
  [`${CROSS}: a Deny in the resource policy wins`, 'cross-account resource Deny', { identity: readAll, resource: resource(st({ Principal: { AWS: [OTHER] } }), st({ Effect: 'Deny', Principal: '*' })) }, get(OTHER_USER, { resourceAccount: ACCT }), 'explicit-deny'],
  [`${CROSS} + ${SCPS}: the caller's SCPs apply to a cross-account call`, 'cross-account SCP', { identity: readAll, resource: resource(st({ Principal: { AWS: [OTHER] } })), scp: [[denyS3Scp]] }, get(OTHER_USER, { resourceAccount: ACCT }), 'explicit-deny'],
  [`${CROSS} + ${RCPS}: the resource account's RCPs apply to an external caller`, 'cross-account RCP', { identity: readAll, resource: resource(st({ Principal: { AWS: [OTHER] } })), rcp: [[RCP_FULL_ACCESS, denyS3Rcp]] }, get(OTHER_USER, { resourceAccount: ACCT }), 'explicit-deny'],
  [`${CROSS} + ${SESS}: a session policy caps a cross-account session`, 'cross-account session cap', { identity: readAll, resource: resource(st({ Principal: { AWS: [OTHER_ROLE] } })), session: session(allowSt('ec2:*')) }, get(OTHER_SESSION, { resourceAccount: ACCT }), 'implicit-deny'],
  [`${CROSS}: a role ARN grant cross-account needs the identity side`, 'cross-account role grant, no identity', { resource: resource(st({ Principal: { AWS: [OTHER_ROLE] } })) }, get(OTHER_SESSION, { resourceAccount: ACCT }), 'implicit-deny'],
  // "An explicit deny in any of these policies overrides the allow."
  [`${BOUND}: a Deny in the boundary overrides a resource grant to the user ARN`, 'boundary Deny vs user grant', { resource: resource(st({ Principal: { AWS: [USER] } })), boundary: boundary(allowSt('*'), denySt('s3:GetObject')) }, get(USER), 'explicit-deny'],
  [`${SESS}: a Deny in the session policy overrides a resource grant to the session ARN`, 'session Deny vs session grant', { resource: resource(st({ Principal: { AWS: [SESSION] } })), session: session(allowSt('*'), denySt('s3:GetObject')) }, get(SESSION), 'explicit-deny'],
  // boundaries limit identity-based grants only: "resource-based policy ... IAM user ... not limited by an implicit deny in the permissions boundary"
  [`${BOUND}: identity allow outside the boundary, user ARN grant in the resource policy`, 'boundary silent, user grant', { identity: readAll, resource: resource(st({ Principal: { AWS: [USER] } })), boundary: boundary(allowSt('ec2:*')) }, get(USER), 'allow'],
  [`${BOUND}: a "*" grant reaches a role session like a grant to the role: capped`, 'boundary caps Principal *', { resource: resource(st({ Principal: '*' })), boundary: boundary(allowSt('ec2:*')) }, get(SESSION), 'implicit-deny'],
  [`${SESS}: session policy and identity allow, boundary silent`, 'three-way intersection', { identity: readAll, session: session(allowSt('s3:*')), boundary: boundary(allowSt('ec2:*')) }, get(SESSION), 'implicit-deny'],
  // "Identity-based policies and permissions boundaries ... do not apply to service principals": only the resource policy
  [`${EVAL}: a service principal is allowed by the resource policy alone, boundary and SCP aside`, 'service principal, resource only', { resource: resource(st({ Principal: { Service: [SERVICE] } })), boundary: boundary(allowSt('ec2:*')), scp: [[denyS3Scp]] }, get(SERVICE), 'allow'],
  // RCP data-perimeter pattern: RCPs apply to service principals unless exempted with aws:PrincipalIsAWSService
  [`${RCPS}: an RCP Deny reaches a service principal`, 'RCP vs service principal', { resource: resource(st({ Principal: { Service: [SERVICE] } })), rcp: [[RCP_FULL_ACCESS, rcp({ Effect: 'Deny', Principal: '*', Action: ['s3:*'], Resource: ['*'], Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': ['o-abc'] } } })]] }, get(SERVICE), 'explicit-deny'],
  [`${RCPS}: the aws:PrincipalIsAWSService exemption lets the service through`, 'RCP exempts services', { resource: resource(st({ Principal: { Service: [SERVICE] } })), rcp: [[RCP_FULL_ACCESS, rcp({ Effect: 'Deny', Principal: '*', Action: ['s3:*'], Resource: ['*'], Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': ['o-abc'] }, BoolIfExists: { 'aws:PrincipalIsAWSService': ['false'] } } })]] }, get(SERVICE), 'allow'],
  [`${RCPS}: the same RCP still denies an external IAM user`, 'RCP denies outsider', { identity: readAll, resource: resource(st({ Principal: '*' })), rcp: [[RCP_FULL_ACCESS, rcp({ Effect: 'Deny', Principal: '*', Action: ['s3:*'], Resource: ['*'], Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': ['o-abc'] }, BoolIfExists: { 'aws:PrincipalIsAWSService': ['false'] } } })]] }, get(OTHER_USER, { resourceAccount: ACCT }), 'explicit-deny'],
  // "For a permission to be denied ... any RCP from the root through each OU ... can deny"
  [`${RCPS} evaluation: a Deny at the account level`, 'RCP Deny at level 3', { identity: readAll, rcp: [[RCP_FULL_ACCESS], [RCP_FULL_ACCESS], [RCP_FULL_ACCESS, denyS3Rcp]] }, get(USER), 'explicit-deny'],
  [`${SCPS}: an Allow at every level passes`, 'SCP three levels', { identity: readAll, scp: [[FULL_ACCESS_SCP], [FULL_ACCESS_SCP], [FULL_ACCESS_SCP]] }, get(USER), 'allow'],
  // NotPrincipal: "with Deny ... you must also specify the account ARN"; a user is exempt only with its account
  [`${NOTP}: Deny NotPrincipal listing the account root ARN and the user exempts the user`, 'NotPrincipal root ARN + user', { identity: readAll, resource: resource(st({ Effect: 'Deny', NotPrincipal: { AWS: [ROOT, USER] } })) }, get(USER), 'allow'],
  [`${NOTP}: Deny NotPrincipal listing only the account denies its users`, 'NotPrincipal account only', { identity: readAll, resource: resource(st({ Effect: 'Deny', NotPrincipal: { AWS: [ROOT] } })) }, get(USER), 'explicit-deny'],
  [`${NOTP}: Deny NotPrincipal listing the account exempts its root user`, 'NotPrincipal root', { resource: resource(st({ Effect: 'Deny', NotPrincipal: { AWS: [ROOT] } })) }, get(ROOT), 'allow'],
  [`${NOTP}: Deny NotPrincipal with a Service entry exempts that service`, 'NotPrincipal service', { resource: resource(st({ Principal: { Service: [SERVICE] } }), st({ Effect: 'Deny', NotPrincipal: { Service: [SERVICE] } })) }, get(SERVICE), 'allow'],
  // Resource element: per-segment wildcards; "*" ending a segment may cross colons; resource part case
  [`${RES}: "?" in the region`, 'region ?', { identity: identity(allowSt('sqs:SendMessage', `arn:aws:sqs:us-east-?:${ACCT}:q`)) }, { principal: USER, action: 'sqs:SendMessage', resource: `arn:aws:sqs:us-east-2:${ACCT}:q` }, 'allow'],
  [`${RES}: account compared as written`, 'other account', { identity: identity(allowSt('sqs:SendMessage', `arn:aws:sqs:*:${ACCT}:q`)) }, { principal: USER, action: 'sqs:SendMessage', resource: `arn:aws:sqs:us-east-2:${OTHER}:q` }, 'implicit-deny'],
  [`${RES}: IAM user names in ARNs are case-sensitive`, 'iam user case', { identity: identity(allowSt('iam:GetUser', `arn:aws:iam::${ACCT}:user/Alice`)) }, { principal: USER, action: 'iam:GetUser', resource: `arn:aws:iam::${ACCT}:user/alice` }, 'implicit-deny'],
  [`${RES}: "*" inside the resource part covers ":"`, 'resource part colon', { identity: identity(allowSt('logs:PutLogEvents', `arn:aws:logs:us-east-1:${ACCT}:log-group:app*`)) }, { principal: USER, action: 'logs:PutLogEvents', resource: `arn:aws:logs:us-east-1:${ACCT}:log-group:app:log-stream:s1` }, 'allow'],
);

describe('AWS documentation audit (session 31)', () => {
  it('holds at least 100 rows', () => expect(rows.length).toBeGreaterThanOrEqual(100));
  it.each(rows.map((r, i) => [i, r[1], r] as const))('#%i %s', (_i, _name, [cite, , policies, request, decision]) => {
    const r = evaluate(policies, request);
    expect(r.decision, `${cite}: ${r.explanation}`).toBe(decision);
    if (r.decision === 'implicit-deny') expect(r.matched).toEqual([]);
  });
});

describe('why: the deciding statement in multi-policy cases', () => {
  it('names the Deny of the second identity policy, not the Allow of the first', () => {
    const r = evaluate({ identity: [identity(allowSt('s3:*', '*', { Sid: 'Read' })), identity(denySt('s3:GetObject', '*', { Sid: 'NoGet' }))] }, get(USER));
    expect(r.matched).toEqual([{ policy: 'identity', policyIndex: 1, statementIndex: 0, sid: 'NoGet', effect: 'Deny' }]);
    expect(r.explanation).toContain("statement 'NoGet' of identity policy 2");
  });
  it('names the SCP level and the Deny in it', () => {
    const r = evaluate({ identity: readAll, scp: [[FULL_ACCESS_SCP], [scp(allowSt('*'), denySt('s3:*', '*', { Sid: 'NoS3' }))]] }, get(USER));
    expect(r.matched).toEqual([{ policy: 'scp', level: 1, policyIndex: 0, statementIndex: 1, sid: 'NoS3', effect: 'Deny' }]);
    expect(r.explanation).toMatch(/NoS3/);
  });
  it('an RCP Deny is named before an identity Deny that also matches (both listed)', () => {
    const r = evaluate({ identity: identity(allowSt('*'), denySt('s3:*', '*', { Sid: 'IdDeny' })), rcp: [[RCP_FULL_ACCESS, rcp({ Sid: 'RcpDeny', Effect: 'Deny', Principal: '*', Action: ['s3:*'], Resource: ['*'] })]] }, get(USER));
    expect(r.matched.map((m) => m.sid)).toEqual(['RcpDeny', 'IdDeny']);
    expect(r.explanation).toContain('RcpDeny');
    expect(r.explanation).toContain('1 more Deny statement');
  });
  it('an Allow names the identity statement, the boundary statement and the session statement', () => {
    const r = evaluate(
      { identity: identity(allowSt('ec2:*'), allowSt('s3:*', '*', { Sid: 'Id' })), boundary: boundary(allowSt('s3:GetObject', '*', { Sid: 'Cap' })), session: session(allowSt('s3:Get*', '*', { Sid: 'Sess' })) },
      get(SESSION),
    );
    expect(r.decision).toBe('allow');
    expect(r.matched.map((m) => [m.policy, m.sid])).toEqual([['identity', 'Id'], ['boundary', 'Cap'], ['session', 'Sess']]);
    expect(r.explanation).toContain("'Id'");
  });
  it('a grant to the session ARN names the resource statement only', () => {
    const r = evaluate({ identity: identity(allowSt('ec2:*')), resource: resource(st({ Sid: 'ToSession', Principal: { AWS: [SESSION] } })), boundary: boundary(allowSt('ec2:*')) }, get(SESSION));
    expect(r.decision).toBe('allow');
    expect(r.matched).toEqual([{ policy: 'resource', policyIndex: 0, statementIndex: 0, sid: 'ToSession', effect: 'Allow' }]);
  });
  it('says an empty value is an empty data set, not an absent key', () => {
    const r = evaluate(ddbAllow({ ...onlyThese, Null: { [ATTRS]: ['false'] } }), ddb(['']));
    expect(r.explanation).toContain('dynamodb:Attributes holds an empty data set (null), but Null');
    const d = evaluate(ddbDeny({ 'ForAllValues:StringNotLike': { [ATTRS]: ['key1*'] } }), ddb(''));
    expect(d.explanation).toContain('dynamodb:Attributes holds an empty data set and ForAllValues:StringNotLike is true for an empty set');
  });
  it('notes a NotResource entry whose variable has no value', () => {
    const r = evaluate({ identity: identity(allowSt('*'), { Sid: 'Home', Effect: 'Deny', Action: ['s3:*'], NotResource: ['arn:aws:s3:::home/${aws:username}/*'] }) }, get(SESSION));
    expect(r.decision).toBe('explicit-deny');
    expect(r.explanation).toContain("Denied by statement 'Home' of identity policy 1");
    expect(r.explanation).toContain("policy variable '${aws:username}' in the NotResource of statement 'Home' of identity policy 1 cannot be resolved");
  });
  it('an implicit deny names the boundary as missing when identity allows', () => {
    const r = evaluate({ identity: readAll, boundary: boundary(allowSt('ec2:*', '*', { Sid: 'Ec2Only' })) }, get(USER));
    expect(r.missing).toEqual({ policy: 'boundary' });
    expect(r.explanation).toContain('permissions boundary');
  });
});

// --- Hostile inputs: nothing throws a non-package error, nothing malformed allows.
const KEYS = ['aws:SourceIp', 'aws:CurrentTime', 'aws:EpochTime', 's3:max-keys', 'aws:SecureTransport', 'aws:SourceArn', 'aws:TagKeys', 'aws:PrincipalTag/team', 'ec2:Attribute', 'aws:username'];
const CONDITIONS: readonly ConditionElement[] = [
  { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } },
  { NotIpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } },
  { DateGreaterThan: { 'aws:CurrentTime': ['2020-01-01T00:00:00Z'] } },
  { DateNotEquals: { 'aws:EpochTime': ['1700000000'] } },
  { NumericLessThan: { 's3:max-keys': ['10'] } },
  { NumericNotEquals: { 's3:max-keys': ['10'] } },
  { Bool: { 'aws:SecureTransport': ['true'] } },
  { ArnLike: { 'aws:SourceArn': ['arn:aws:sns:*:*:t'] } },
  { ArnNotLike: { 'aws:SourceArn': ['arn:aws:sns:*:*:t'] } },
  { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env'] } },
  { 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': ['env'] } },
  { StringEquals: { 'aws:PrincipalTag/team': ['${aws:username}'] } },
  { StringNotEquals: { 'aws:PrincipalTag/team': ['${aws:username}'] } },
  { BinaryEquals: { 'ec2:Attribute': ['QmluYXJ5'] } },
  { NumericGreaterThanIfExists: { 's3:max-keys': ['3'] } },
];
const hostileScalar = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', '999.1.1.1', '1.2.3', '::ffff:1.2.3.4', '010.0.0.1', '2024-13-45', 'NaN', 'Infinity', '1e400', 'true ', 'TRUE', '${aws:username}', 'arn:aws', '*', '?', '\u0000', 'a'.repeat(5000)),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(null, undefined, {}, [], [[1]], Symbol.iterator, () => 1, Number.NaN),
);
const hostileContext = fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(hostileScalar, fc.array(hostileScalar, { maxLength: 3 })), { maxKeys: 4 });
const hostileRequest = fc.record(
  {
    principal: fc.oneof({ arbitrary: fc.constantFrom(USER, SESSION, ROLE, ROOT), weight: 4 }, fc.constantFrom('lambda.amazonaws.com', '', 'arn:aws:iam::1:user/x', 'arn:', ':::::'), fc.string({ maxLength: 20 }), fc.integer() as fc.Arbitrary<unknown>),
    action: fc.oneof({ arbitrary: fc.constant('s3:GetObject'), weight: 4 }, fc.constantFrom('s3:*', '', '*', 's3:', ':GetObject', ' s3:GetObject'), fc.string({ maxLength: 20 }), fc.constant(undefined)),
    resource: fc.oneof(fc.constantFrom(OBJECT, '*', '', 'arn:aws:s3', 'arn:::::', 'arn:aws:s3:::docs/\u0000'), fc.string({ maxLength: 30 }), fc.constant(null)),
    context: fc.oneof(hostileContext, fc.constantFrom(null, 5, 'ctx', [] as unknown)),
    anonymous: fc.oneof(fc.boolean(), fc.constantFrom('yes' as unknown, 1 as unknown)),
  },
  { requiredKeys: [] },
);

describe('hostile requests (fast-check, fixed seed)', () => {
  it('only package errors, and no Allow unless the same request with well-formed parts allows', () => {
    let allows = 0;
    let refused = 0;
    fc.assert(
      fc.property(hostileRequest, fc.constantFrom(...CONDITIONS), fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Deny'), (req, Condition, effect) => {
        // an Allow only through the conditioned statement; a Deny over an Allow-all otherwise
        const policies: PolicySet =
          effect === 'Allow' ? { identity: identity(allowSt('s3:GetObject', '*', { Condition })) } : { identity: identity(allowSt('s3:*'), denySt('s3:GetObject', '*', { Condition })) };
        let r;
        try {
          r = evaluate(policies, req as EvaluationRequest);
        } catch (e) {
          expect(e, String(e)).toBeInstanceOf(IamPolicyError);
          refused++;
          return;
        }
        if (r.decision !== 'allow') return;
        allows++;
        // an allow must rest on a well-formed request: a known action that the policy names
        expect(typeof req.action === 'string' && /^s3:getobject$/i.test(req.action as string)).toBe(true);
      }),
      { seed: 31, numRuns: 1500 },
    );
    expect(refused).toBeGreaterThan(0);
    expect(allows).toBeGreaterThan(0);
  });

  it('an unreadable value never lets an Allow apply, for every family (positive and negated)', () => {
    const unreadable: RequestContext = {
      'aws:SourceIp': '999.1.1.1',
      'aws:CurrentTime': 'not a date',
      'aws:EpochTime': 'x',
      's3:max-keys': 'ten',
      'aws:SecureTransport': 'yes',
      'aws:SourceArn': 'not-an-arn',
      'ec2:Attribute': '%%%',
      'aws:TagKeys': ['env', 'x'],
      'aws:PrincipalTag/team': 'eng',
    };
    for (const Condition of CONDITIONS.slice(0, 9).concat(CONDITIONS.slice(13))) {
      const r = evaluate({ identity: identity(allowSt('s3:GetObject', '*', { Condition })) }, withCtx(unreadable));
      expect(r.decision, JSON.stringify(Condition)).toBe('implicit-deny');
      const d = evaluate({ identity: identity(allowSt('s3:*'), denySt('s3:GetObject', '*', { Condition })) }, withCtx(unreadable));
      expect(d.decision, JSON.stringify(Condition)).toBe('explicit-deny');
    }
  });

  it('a huge context value is decided, not thrown on', () => {
    const big = 'a'.repeat(1_000_000);
    const r = evaluate(allowIf(one('StringLike', 's3:prefix', ['*a*b'])), withCtx({ 's3:prefix': big }));
    expect(r.decision).toBe('implicit-deny');
    const ip = evaluate(allowIf(one('IpAddress', 'aws:SourceIp', ['0.0.0.0/0'])), withCtx({ 'aws:SourceIp': big }));
    expect(ip.decision).toBe('implicit-deny');
  });
});
