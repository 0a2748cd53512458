/**
 * Documented evaluation rules, one row each, each citing the AWS page (IAM User Guide unless
 * "orgs:" = AWS Organizations User Guide) whose rule it checks. The rows cover explicit and
 * implicit deny, case rules, wildcards, every operator family with IfExists / ForAllValues /
 * ForAnyValue / Null on absent, empty and multivalued keys, policy variables, the Not* elements,
 * same- and cross-account resource policies, role vs session grants, boundaries, session
 * policies, SCP and RCP levels and their exemptions, and the corner decisions of
 * docs/evaluation.md.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type ContextValue, type Decision, type EvaluationRequest, type PolicySet, type RequestContext } from '../../src/evaluate/index.js';
import type { ConditionValue, Statement } from '../../src/model/policy-document.js';
import {
  ACCT, BUCKET, FULL_ACCESS_SCP, OBJECT, OTHER, OTHER_ROLE, OTHER_SESSION, RCP_FULL_ACCESS, ROLE, ROOT, SESSION, USER,
  allowSt, boundary, denySt, identity, rcp, resource, scp, session,
} from './helpers.js';

type Row = readonly [cite: string, name: string, policies: PolicySet, request: EvaluationRequest, decision: Decision];

const EVAL = 'reference_policies_evaluation-logic_policy-eval-denyallow';
const OPS = 'reference_policies_elements_condition_operators';
const MV = 'reference_policies_condition-single-vs-multi-valued-context-keys';
const VARS = 'reference_policies_variables';
const CROSS = 'reference_policies_evaluation-logic-cross-account';
const SCPS = 'orgs: orgs_manage_policies_scps (evaluation, exemptions)';
const RCPS = 'orgs: orgs_manage_policies_rcps (evaluation, exemptions)';
const DOCS = 'docs/evaluation.md corner decision';
const AA_NULL = 'access-analyzer-reference-policy-checks#suggestion-null-with-qualifier';

// an S3 ARN names no account: the bucket is in ACCT (evaluate does not guess it, docs/evaluation.md)
const get = (principal: string, extra: Partial<EvaluationRequest> = {}): EvaluationRequest => ({ principal, action: 's3:GetObject', resource: OBJECT, resourceAccount: ACCT, ...extra });
const ctx = (context: RequestContext, principal = USER): EvaluationRequest => get(principal, { context });

/** Allow s3:GetObject under one condition; decision 'allow' when the condition holds. */
const when = (operator: string, key: string, values: ConditionValue[]): PolicySet => ({
  identity: identity(allowSt('s3:GetObject', '*', { Condition: { [operator]: { [key]: values } } })),
});
/** The same condition on a Deny over an Allow-all: 'explicit-deny' when it holds. */
const unless = (operator: string, key: string, values: ConditionValue[]): PolicySet => ({
  identity: identity(allowSt('*'), denySt('s3:GetObject', '*', { Condition: { [operator]: { [key]: values } } })),
});

const IP = 'aws:SourceIp';
const T = 'aws:PrincipalTag/team';
const K = 'aws:TagKeys';
const NOW = '2024-06-01T12:00:00Z';

/** [cite, operator, key, policy values, request value (undefined = absent), holds]. */
const conditionRules: readonly (readonly [string, string, string, ConditionValue[], ContextValue | undefined, boolean])[] = [
  // String
  [`${OPS}#Conditions_String StringEquals is case-sensitive`, 'StringEquals', T, ['Eng'], 'eng', false],
  [`${OPS}#Conditions_String StringEquals exact`, 'StringEquals', T, ['eng'], 'eng', true],
  [`${OPS}#Conditions_String StringNotEquals`, 'StringNotEquals', T, ['ops'], 'eng', true],
  [`${OPS}#Conditions_String StringNotEquals NOR over values`, 'StringNotEquals', T, ['ops', 'eng'], 'eng', false],
  [`${OPS}#Conditions_String StringEqualsIgnoreCase`, 'StringEqualsIgnoreCase', T, ['ENG'], 'eng', true],
  [`${OPS}#Conditions_String StringNotEqualsIgnoreCase`, 'StringNotEqualsIgnoreCase', T, ['ENG'], 'eng', false],
  [`${OPS}#Conditions_String StringLike *`, 'StringLike', T, ['e*'], 'eng', true],
  [`${OPS}#Conditions_String StringLike ?`, 'StringLike', T, ['e?g'], 'eng', true],
  [`${OPS}#Conditions_String StringLike is case-sensitive`, 'StringLike', T, ['E*'], 'eng', false],
  [`${OPS}#Conditions_String StringNotLike`, 'StringNotLike', T, ['o*'], 'eng', true],
  [`${OPS}#Conditions_String StringEquals: * is literal`, 'StringEquals', T, ['e*'], 'eng', false],
  [`${OPS}#Conditions_String values under one key are OR`, 'StringEquals', T, ['ops', 'eng'], 'eng', true],
  // Numeric
  [`${OPS}#Conditions_Numeric NumericEquals`, 'NumericEquals', 's3:max-keys', ['10'], '10', true],
  [`${OPS}#Conditions_Numeric NumericEquals decimal`, 'NumericEquals', 's3:max-keys', ['10.0'], '10', true],
  [`${OPS}#Conditions_Numeric NumericNotEquals`, 'NumericNotEquals', 's3:max-keys', ['10'], '11', true],
  [`${OPS}#Conditions_Numeric NumericLessThan`, 'NumericLessThan', 's3:max-keys', ['10'], '9', true],
  [`${OPS}#Conditions_Numeric NumericLessThan strict`, 'NumericLessThan', 's3:max-keys', ['10'], '10', false],
  [`${OPS}#Conditions_Numeric NumericLessThanEquals`, 'NumericLessThanEquals', 's3:max-keys', ['10'], '10', true],
  [`${OPS}#Conditions_Numeric NumericGreaterThan`, 'NumericGreaterThan', 's3:max-keys', ['10'], '11', true],
  [`${OPS}#Conditions_Numeric NumericGreaterThanEquals`, 'NumericGreaterThanEquals', 's3:max-keys', ['10'], '9', false],
  [`${OPS}#Conditions_Numeric JSON number value`, 'NumericEquals', 's3:max-keys', [10], 10, true],
  // Date
  [`${OPS}#Conditions_Date DateLessThan`, 'DateLessThan', 'aws:CurrentTime', ['2025-01-01T00:00:00Z'], NOW, true],
  [`${OPS}#Conditions_Date DateGreaterThan`, 'DateGreaterThan', 'aws:CurrentTime', ['2025-01-01T00:00:00Z'], NOW, false],
  [`${OPS}#Conditions_Date date-only value`, 'DateGreaterThanEquals', 'aws:CurrentTime', ['2024-06-01'], NOW, true],
  [`${OPS}#Conditions_Date epoch seconds`, 'DateLessThan', 'aws:CurrentTime', ['1735689600'], NOW, true],
  [`${OPS}#Conditions_Date DateEquals`, 'DateEquals', 'aws:CurrentTime', [NOW], NOW, true],
  [`${OPS}#Conditions_Date DateNotEquals`, 'DateNotEquals', 'aws:CurrentTime', [NOW], NOW, false],
  [`${OPS}#Conditions_Date DateLessThanEquals`, 'DateLessThanEquals', 'aws:CurrentTime', [NOW], NOW, true],
  // Bool
  [`${OPS}#Conditions_Boolean Bool true`, 'Bool', 'aws:SecureTransport', ['true'], 'true', true],
  [`${OPS}#Conditions_Boolean Bool false vs true`, 'Bool', 'aws:SecureTransport', ['false'], 'true', false],
  [`${OPS}#Conditions_Boolean Bool JSON boolean`, 'Bool', 'aws:SecureTransport', [true], true, true],
  [`${OPS}#Conditions_Boolean Bool absent key does not match`, 'Bool', 'aws:MultiFactorAuthPresent', ['false'], undefined, false],
  [`${OPS}#Conditions_IfExists BoolIfExists absent key matches`, 'BoolIfExists', 'aws:MultiFactorAuthPresent', ['false'], undefined, true],
  // Binary
  [`${OPS}#Conditions_BinaryEquals byte for byte`, 'BinaryEquals', 'ec2:Attribute', ['QmluYXJ5'], 'QmluYXJ5', true],
  [`${OPS}#Conditions_BinaryEquals different bytes`, 'BinaryEquals', 'ec2:Attribute', ['QmluYXJ5'], 'QmluYXJ6', false],
  // IP
  [`${OPS}#Conditions_IPAddress CIDR contains`, 'IpAddress', IP, ['203.0.113.0/24'], '203.0.113.9', true],
  [`${OPS}#Conditions_IPAddress outside`, 'IpAddress', IP, ['203.0.113.0/24'], '198.51.100.1', false],
  [`${OPS}#Conditions_IPAddress bare address is /32`, 'IpAddress', IP, ['203.0.113.9'], '203.0.113.9', true],
  [`${OPS}#Conditions_IPAddress IPv6`, 'IpAddress', IP, ['2001:DB8:1234:5678::/64'], '2001:db8:1234:5678::1', true],
  [`${OPS}#Conditions_IPAddress NotIpAddress`, 'NotIpAddress', IP, ['203.0.113.0/24'], '198.51.100.1', true],
  [`${OPS}#Conditions_IPAddress families do not mix`, 'IpAddress', IP, ['0.0.0.0/0'], '2001:db8::1', false],
  // ARN
  [`${OPS}#Conditions_ARN ArnEquals takes wildcards`, 'ArnEquals', 'aws:SourceArn', ['arn:aws:s3:::b*'], 'arn:aws:s3:::bucket', true],
  [`${OPS}#Conditions_ARN ArnLike component-wise: * does not cross ':'`, 'ArnLike', 'aws:SourceArn', ['arn:aws:sqs:*:123456789012:q*'], 'arn:aws:sqs:us-east-1:123456789012:queue', true],
  [`${OPS}#Conditions_ARN ArnLike account must match`, 'ArnLike', 'aws:SourceArn', ['arn:aws:sqs:*:123456789012:q*'], 'arn:aws:sqs:us-east-1:999999999999:queue', false],
  [`${OPS}#Conditions_ARN ArnNotLike`, 'ArnNotLike', 'aws:SourceArn', ['arn:aws:s3:::a*'], 'arn:aws:s3:::bucket', true],
  [`${OPS}#Conditions_ARN StringLike lets * span ':' where ArnLike does not`, 'StringLike', 'aws:SourceArn', ['arn:aws:sqs:*:queue'], 'arn:aws:sqs:us-east-1:123456789012:queue', true],
  [`${OPS}#Conditions_ARN`, 'ArnLike', 'aws:SourceArn', ['arn:aws:sqs:*:queue'], 'arn:aws:sqs:us-east-1:123456789012:queue', false],
  // Null and the missing-key table
  [`${OPS}#Conditions_Null Null true on absent key`, 'Null', T, ['true'], undefined, true],
  [`${OPS}#Conditions_Null Null false on absent key`, 'Null', T, ['false'], undefined, false],
  [`${OPS}#Conditions_Null Null false on present key`, 'Null', T, ['false'], 'eng', true],
  [`${OPS}#Conditions_Null Null true on present key`, 'Null', T, ['true'], 'eng', false],
  [`${DOCS}: Null on an empty multivalued key reads it as absent`, 'Null', K, ['true'], [], true],
  [`${DOCS}: Null false on an empty multivalued key`, 'Null', K, ['false'], [], false],
  // Access Analyzer policy checks, "Null with qualifier": ForAllValues / ForAnyValue with Null always return true / false
  [`${AA_NULL} ForAllValues:Null true, key present: true`, 'ForAllValues:Null', K, ['true'], ['env'], true],
  [`${AA_NULL} ForAllValues:Null false, key absent: true`, 'ForAllValues:Null', K, ['false'], undefined, true],
  [`${AA_NULL} ForAnyValue:Null true, key absent: false`, 'ForAnyValue:Null', K, ['true'], undefined, false],
  [`${AA_NULL} ForAnyValue:Null false, key present: false`, 'ForAnyValue:Null', K, ['false'], ['env'], false],
  [`${OPS} positive operator, key absent: false`, 'StringEquals', T, ['eng'], undefined, false],
  [`${OPS} negated operator, key absent: true`, 'StringNotEquals', T, ['eng'], undefined, true],
  [`${OPS} negated ARN operator, key absent: true`, 'ArnNotLike', 'aws:SourceArn', ['arn:aws:s3:::x'], undefined, true],
  [`${OPS} NotIpAddress, key absent: true`, 'NotIpAddress', IP, ['203.0.113.0/24'], undefined, true],
  [`${OPS}#Conditions_IfExists IfExists: key absent: true`, 'StringEqualsIfExists', T, ['eng'], undefined, true],
  [`${OPS}#Conditions_IfExists IfExists: key present: normal test`, 'StringEqualsIfExists', T, ['eng'], 'ops', false],
  [`${OPS}#Conditions_IfExists NumericLessThanIfExists absent`, 'NumericLessThanIfExists', 's3:max-keys', ['10'], undefined, true],
  [`${OPS}#Conditions_IfExists IpAddressIfExists present`, 'IpAddressIfExists', IP, ['203.0.113.0/24'], '203.0.113.1', true],
  // multivalued keys
  [`${MV} ForAllValues: every request value in the set`, 'ForAllValues:StringEquals', K, ['env', 'team'], ['env'], true],
  [`${MV} ForAllValues: one value outside`, 'ForAllValues:StringEquals', K, ['env'], ['env', 'cost'], false],
  [`${MV} ForAllValues: absent key is true`, 'ForAllValues:StringEquals', K, ['env'], undefined, true],
  [`${MV} ForAllValues: empty set is true`, 'ForAllValues:StringEquals', K, ['env'], [], true],
  [`${MV} ForAnyValue: one value in the set`, 'ForAnyValue:StringEquals', K, ['env'], ['env', 'cost'], true],
  [`${MV} ForAnyValue: none in the set`, 'ForAnyValue:StringEquals', K, ['owner'], ['env', 'cost'], false],
  [`${MV} ForAnyValue: absent key is false`, 'ForAnyValue:StringEquals', K, ['env'], undefined, false],
  [`${MV} ForAnyValue: empty set is false`, 'ForAnyValue:StringEquals', K, ['env'], [], false],
  [`${DOCS}: ForAnyValue:...IfExists on an absent key matches (IfExists decides)`, 'ForAnyValue:StringEqualsIfExists', K, ['env'], undefined, true],
  [`${DOCS}: ForAnyValue:...IfExists on a present key compares`, 'ForAnyValue:StringEqualsIfExists', K, ['env'], ['cost'], false],
  [`${MV} ForAnyValue:StringLike`, 'ForAnyValue:StringLike', K, ['e*'], ['cost', 'env'], true],
  [`${MV} ForAllValues:StringLike`, 'ForAllValues:StringLike', K, ['c*', 'e*'], ['cost', 'env'], true],
  [`${MV} ForAnyValue:StringEqualsIgnoreCase`, 'ForAnyValue:StringEqualsIgnoreCase', K, ['ENV'], ['env'], true],
  [`${MV} ForAllValues with a negated operator`, 'ForAllValues:StringNotEquals', K, ['env'], ['cost', 'owner'], true],
  [`${MV} ForAnyValue with a negated operator`, 'ForAnyValue:StringNotEquals', K, ['env'], ['env'], false],
  [`${MV} ForAnyValue:ArnLike on ArrayOfARN`, 'ForAnyValue:ArnLike', 'aws:CalledVia', ['arn:aws:s3:::b/*'], ['arn:aws:s3:::b/x'], true],
  [`${DOCS}: a plain operator on a one-element multivalued value compares it`, 'StringEquals', K, ['env'], ['env'], true],
  // policy variables in condition values
  [`${VARS}#policy-vars-infotouse variable resolves`, 'StringEquals', 's3:prefix', ['home/${aws:username}/'], 'home/alice/', true],
  [`${VARS}#policy-vars-default-values default used when absent`, 'StringEquals', 's3:prefix', ["${aws:PrincipalTag/dept, 'none'}"], 'none', true],
  [`${VARS}#policy-vars-specialchars \${*} is a literal *`, 'StringLike', 's3:prefix', ['a${*}'], 'a*', true],
  [`${VARS}#policy-vars-specialchars \${*} does not act as a wildcard`, 'StringLike', 's3:prefix', ['a${*}'], 'ab', false],
  [`${VARS}#policy-vars-specialchars \${$}`, 'StringEquals', 's3:prefix', ['${$}x'], '$x', true],
  [`${VARS} unresolvable variable in a positive value: the value cannot match`, 'StringEquals', 's3:prefix', ['${aws:PrincipalTag/dept}'], 'x', false],
  [`${VARS} unresolvable in one value, another value still matches`, 'StringEquals', 's3:prefix', ['${aws:PrincipalTag/dept}', 'x'], 'x', true],
  // "Inverted condition operators like StringNotEquals or StringNotLike do match against a null value"
  [`${VARS}#policy-vars-no-value unresolvable under a negated operator: it matches`, 'StringNotEquals', 's3:prefix', ['${aws:PrincipalTag/dept}'], 'x', true],
  [`${VARS}#policy-vars-no-value unresolvable under a negated IfExists operator, key absent: IfExists matches`, 'StringNotEqualsIfExists', 's3:prefix', ['${aws:PrincipalTag/dept}'], undefined, true],
  [`${VARS} resolvable under a negated operator`, 'StringNotEquals', 's3:prefix', ['${aws:username}'], 'x', true],
  [`${VARS} ARN operator value with a variable`, 'ArnLike', 'aws:SourceArn', ['arn:aws:iam::${aws:PrincipalAccount}:user/*'], `arn:aws:iam::${ACCT}:user/x`, true],
];

const rows: Row[] = [];
for (const [cite, operator, key, values, value, holds] of conditionRules) {
  const context = value === undefined ? {} : { [key]: value };
  const request = ctx(context);
  rows.push([cite, `Allow ${operator} ${key}`, when(operator, key, values), request, holds ? 'allow' : 'implicit-deny']);
  rows.push([cite, `Deny ${operator} ${key}`, unless(operator, key, values), request, holds ? 'explicit-deny' : 'allow']);
}
// a plain operator on several values: AWS documents no result (multivalued keys "require a condition set
// operator"), so it is unknown: an Allow does not apply, a Deny applies (was "does not match": the Deny missed)
for (const [operator, values] of [['StringEquals', ['env']], ['StringNotEquals', ['x']], ['StringLike', ['*']], ['StringNotLike', ['x']]] as const) {
  const request = ctx({ [K]: ['env', 'cost'] });
  rows.push([`${DOCS}: a plain operator on several values is unknown`, `Allow ${operator} on two values`, when(operator, K, [...values]), request, 'implicit-deny']);
  rows.push([`${DOCS}: a plain operator on several values is unknown`, `Deny ${operator} on two values`, unless(operator, K, [...values]), request, 'explicit-deny']);
}

const st = (s: Partial<Statement>): Statement => ({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'], ...s }) as Statement;
const anyone = { Principal: '*' as const };
const SLR = `arn:aws:iam::${ACCT}:role/aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing`;
const SLR_SESSION = `arn:aws:sts::${ACCT}:assumed-role/AWSServiceRoleForElasticLoadBalancing/ELB`;
const denyAllScp = scp(denySt('s3:*'), allowSt('*'));
const onlyEc2Scp = scp(allowSt('ec2:*'));
const denyRcp = rcp({ Effect: 'Deny', Principal: '*', Action: ['s3:*'], Resource: ['*'] });
const readAll = identity(allowSt('s3:*'));

rows.push(
  // --- default and explicit deny
  [EVAL, 'no policy: implicit deny', {}, get(USER), 'implicit-deny'],
  [EVAL, 'an Allow allows', { identity: readAll }, get(USER), 'allow'],
  [EVAL, 'an explicit Deny overrides an Allow', { identity: identity(allowSt('s3:*'), denySt('s3:GetObject')) }, get(USER), 'explicit-deny'],
  [EVAL, 'a Deny in another policy overrides', { identity: [readAll, identity(denySt('s3:GetObject'))] }, get(USER), 'explicit-deny'],
  [EVAL, 'a Deny in the resource policy overrides an identity Allow', { identity: readAll, resource: resource(st({ Effect: 'Deny', ...anyone })) }, get(USER), 'explicit-deny'],
  [EVAL, 'a Deny in the boundary overrides', { identity: readAll, boundary: boundary(allowSt('*'), denySt('s3:GetObject')) }, get(USER), 'explicit-deny'],
  [EVAL, 'a Deny in a session policy overrides', { identity: readAll, session: session(allowSt('*'), denySt('s3:GetObject')) }, get(SESSION), 'explicit-deny'],
  [EVAL, 'a Deny for another action does not apply', { identity: identity(allowSt('s3:*'), denySt('s3:PutObject')) }, get(USER), 'allow'],
  [EVAL, 'root user of a standalone account is allowed by default', {}, get(ROOT), 'allow'],
  [EVAL, 'root user is still bound by an explicit Deny', { identity: identity(denySt('s3:GetObject')) }, get(ROOT), 'explicit-deny'],
  // --- case rules and wildcards
  ['reference_policies_elements_action: action names are case-insensitive', 'case', { identity: identity(allowSt('S3:getobject')) }, get(USER), 'allow'],
  ['reference_policies_elements_action: * in the action name', 'wildcard', { identity: identity(allowSt('s3:Get*')) }, get(USER), 'allow'],
  ['reference_policies_elements_action: ? in the action name', 'wildcard ?', { identity: identity(allowSt('s3:GetObjec?')) }, get(USER), 'allow'],
  ['reference_policies_elements_action: the whole name must match', 'no prefix match', { identity: identity(allowSt('s3:GetObj')) }, get(USER), 'implicit-deny'],
  ['reference_policies_elements_resource: resource part is case-sensitive', 'resource case', { identity: identity(allowSt('s3:GetObject', 'arn:aws:s3:::DOCS/*')) }, get(USER), 'implicit-deny'],
  ['reference_policies_elements_resource: * spans / in the resource part', 'resource *', { identity: identity(allowSt('s3:GetObject', 'arn:aws:s3:::*/report.pdf')) }, get(USER), 'allow'],
  // "If the * wildcard is the last character of a resource ARN segment, it can expand to match beyond the colon boundaries"
  ['reference_policies_elements_resource: a * ending a segment crosses colons', 'resource * past a colon', { identity: identity(allowSt('logs:PutLogEvents', 'arn:aws:logs:*:*:/aws-glue/*')) }, { principal: USER, action: 'logs:PutLogEvents', resource: `arn:aws:logs:us-east-1:${ACCT}:log-group:/aws-glue/jobs:log-stream:s` }, 'allow'],
  ['reference_policies_elements_resource: so a Deny written so denies there', 'Deny * past a colon', { identity: identity(allowSt('logs:PutLogEvents'), denySt('logs:PutLogEvents', 'arn:aws:logs:*:*:/aws-glue/*')) }, { principal: USER, action: 'logs:PutLogEvents', resource: `arn:aws:logs:us-east-1:${ACCT}:log-group:/aws-glue/jobs` }, 'explicit-deny'],
  ['reference_policies_elements_resource: a * inside a segment stays in it', 'resource * inside', { identity: identity(allowSt('logs:PutLogEvents', 'arn:aws:logs:us-*1:*:log-group:g')) }, { principal: USER, action: 'logs:PutLogEvents', resource: `arn:aws:logs:us-east:x1:${ACCT}:log-group:g` }, 'implicit-deny'],
  ['reference_policies_elements_resource: NotResource reads it alike', 'NotResource * past a colon', { identity: identity(allowSt('logs:PutLogEvents', '*'), { Effect: 'Deny', Action: ['logs:PutLogEvents'], NotResource: ['arn:aws:logs:*:*:/aws-glue/*'] }) }, { principal: USER, action: 'logs:PutLogEvents', resource: `arn:aws:logs:us-east-1:${ACCT}:log-group:/aws-glue/jobs` }, 'allow'],
  ['reference_policies_elements_resource: "*" is every resource', 'resource "*"', { identity: identity(allowSt('s3:GetObject', '*')) }, get(USER), 'allow'],
  // --- Not* elements
  ['reference_policies_elements_notaction: Allow NotAction grants everything else', 'NotAction', { identity: identity({ Effect: 'Allow', NotAction: ['iam:*'], Resource: ['*'] }) }, get(USER), 'allow'],
  ['reference_policies_elements_notaction: NotAction excludes the listed actions', 'NotAction excluded', { identity: identity({ Effect: 'Allow', NotAction: ['s3:*'], Resource: ['*'] }) }, get(USER), 'implicit-deny'],
  ['reference_policies_elements_notresource: Allow NotResource covers the rest', 'NotResource', { identity: identity({ Effect: 'Allow', Action: ['s3:*'], NotResource: ['arn:aws:s3:::secret/*'] }) }, get(USER), 'allow'],
  ['reference_policies_elements_notresource: the listed resource is excluded', 'NotResource excluded', { identity: identity({ Effect: 'Allow', Action: ['s3:*'], NotResource: ['arn:aws:s3:::docs/*'] }) }, get(USER), 'implicit-deny'],
  // "If a variable that has no value ... is used as part of the Resource or NotResource element ..., the resource that includes a policy variable with no value will not match any resource": such a NotResource entry excludes nothing
  [`${VARS}#policy-vars-no-value: unresolvable variable in NotResource: the entry excludes nothing (the Deny applies)`, 'NotResource variable Deny', { identity: identity(allowSt('*'), { Effect: 'Deny', Action: ['s3:*'], NotResource: ['arn:aws:s3:::home/${aws:username}/*'] }) }, get(SESSION), 'explicit-deny'],
  [`${VARS}#policy-vars-no-value: unresolvable variable in NotResource: the entry excludes nothing (the Allow applies)`, 'NotResource variable Allow', { identity: identity({ Effect: 'Allow', Action: ['s3:*'], NotResource: ['arn:aws:s3:::home/${aws:username}/*'] }) }, get(SESSION), 'allow'],
  [`${VARS}: resolved variable in NotResource`, 'NotResource variable resolved', { identity: identity(allowSt('*'), { Effect: 'Deny', Action: ['s3:*'], NotResource: ['arn:aws:s3:::home/${aws:username}/*'] }) }, get(USER), 'explicit-deny'],
  [`${VARS}: unresolvable variable in Resource: that entry cannot match`, 'Resource variable', { identity: identity(allowSt('s3:GetObject', 'arn:aws:s3:::docs/${aws:username}')) }, get(SESSION), 'implicit-deny'],
  [`${VARS}: another Resource entry still matches`, 'Resource variable, other entry', { identity: identity(allowSt('s3:GetObject', ['arn:aws:s3:::home/${aws:username}/*', OBJECT])) }, get(SESSION), 'allow'],
  [`${VARS}: variable resolves in Resource`, 'Resource variable resolves', { identity: identity(allowSt('s3:GetObject', 'arn:aws:s3:::home/${aws:username}/*')) }, get(USER, { resource: 'arn:aws:s3:::home/alice/x' }), 'allow'],
  ['reference_policies_elements_version: 2008-10-17 keeps ${...} literal', '2008 literal', { identity: { Version: '2008-10-17', Statement: [allowSt('s3:GetObject', 'arn:aws:s3:::home/${aws:username}/*')] } }, get(USER, { resource: 'arn:aws:s3:::home/alice/x' }), 'implicit-deny'],
  ['reference_policies_elements_notprincipal: Deny NotPrincipal denies everyone else', 'NotPrincipal', { identity: readAll, resource: resource({ Effect: 'Deny', NotPrincipal: { AWS: [ROLE] }, Action: ['s3:*'], Resource: ['*'] }) }, get(USER), 'explicit-deny'],
  // --- resource policies, same and cross account
  [EVAL, 'same account: a resource policy naming the user allows alone', { resource: resource(st({ Principal: { AWS: [USER] } })) }, get(USER), 'allow'],
  [EVAL, 'same account: identity policy alone allows', { identity: readAll }, get(USER), 'allow'],
  [EVAL, 'same account: a resource policy naming the session allows alone', { resource: resource(st({ Principal: { AWS: [SESSION] } })) }, get(SESSION), 'allow'],
  [EVAL, 'a resource policy naming the role is capped by the boundary', { resource: resource(st({ Principal: { AWS: [ROLE] } })), boundary: boundary(allowSt('ec2:*')) }, get(SESSION), 'implicit-deny'],
  [EVAL, 'a resource policy naming the session is not capped by the boundary', { resource: resource(st({ Principal: { AWS: [SESSION] } })), boundary: boundary(allowSt('ec2:*')) }, get(SESSION), 'allow'],
  [EVAL, 'a resource policy naming the account delegates to identity policies', { resource: resource(st({ Principal: { AWS: [ACCT] } })) }, get(USER), 'implicit-deny'],
  [CROSS, 'cross-account: resource policy alone is not enough', { resource: resource(st({ Principal: { AWS: [OTHER_ROLE] } })) }, get(OTHER_SESSION, { resourceAccount: ACCT }), 'implicit-deny'],
  [CROSS, 'cross-account: both sides allow', { resource: resource(st({ Principal: { AWS: [OTHER_ROLE] } })), identity: readAll }, get(OTHER_SESSION, { resourceAccount: ACCT }), 'allow'],
  [CROSS, 'cross-account: identity alone is not enough', { identity: readAll }, get(OTHER_SESSION, { resourceAccount: ACCT }), 'implicit-deny'],
  // the ARN's account field is "the ID of the AWS account that owns the resource" (reference-arns);
  // AWS managed policies (arn:aws:iam::aws:policy/...) are "created and administered by AWS"
  // (access_policies_managed-vs-inline#aws-managed-policies), in no customer's account: reading one
  // is not a cross-account request, the caller's identity policy decides
  ['access_policies_managed-vs-inline: an AWS managed policy is owned by AWS, not by another account', 'AWS-owned resource, identity allows', { identity: identity(allowSt('iam:GetPolicy', 'arn:aws:iam::aws:policy/*')) }, { principal: USER, action: 'iam:GetPolicy', resource: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }, 'allow'],
  ['access_policies_managed-vs-inline: an AWS managed policy, no identity grant', 'AWS-owned resource, no grant', { identity: identity(allowSt('iam:GetRole')) }, { principal: USER, action: 'iam:GetPolicy', resource: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }, 'implicit-deny'],
  // aws:ResourceAccount holds an account ID; the AWS-owned field is none, so a Deny on "not my account" still denies
  [`${CROSS}: aws:ResourceAccount is not "aws"`, 'AWS-owned resource, Deny unless ResourceAccount is mine', { identity: identity(allowSt('iam:GetPolicy'), denySt('iam:GetPolicy', '*', { Condition: { StringNotEquals: { 'aws:ResourceAccount': [ACCT] } } })) }, { principal: USER, action: 'iam:GetPolicy', resource: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }, 'explicit-deny'],
  [EVAL, 'anonymous: only the resource policy can allow', { resource: resource(st(anyone)) }, { action: 's3:GetObject', resource: OBJECT, anonymous: true }, 'allow'],
  [EVAL, 'anonymous without a resource policy', {}, { action: 's3:GetObject', resource: OBJECT, anonymous: true }, 'implicit-deny'],
  // --- boundaries and sessions
  ['access_policies_boundaries: boundary and identity must both allow', 'boundary allows', { identity: readAll, boundary: boundary(allowSt('s3:*')) }, get(USER), 'allow'],
  ['access_policies_boundaries: boundary alone grants nothing', 'boundary alone', { boundary: boundary(allowSt('s3:*')) }, get(USER), 'implicit-deny'],
  ['access_policies_boundaries: identity outside the boundary', 'boundary caps', { identity: readAll, boundary: boundary(allowSt('ec2:*')) }, get(USER), 'implicit-deny'],
  ['access_policies#policies_session: session policy caps', 'session caps', { identity: readAll, session: session(allowSt('ec2:*')) }, get(SESSION), 'implicit-deny'],
  ['access_policies#policies_session: session policy and identity allow', 'session allows', { identity: readAll, session: session(allowSt('s3:GetObject')) }, get(SESSION), 'allow'],
  ['access_policies#policies_session: a session policy grants nothing alone', 'session alone', { session: session(allowSt('s3:*')) }, get(SESSION), 'implicit-deny'],
  // --- SCPs, RCPs and exemptions
  [SCPS, 'FullAWSAccess SCP keeps the identity grant', { identity: readAll, scp: [[FULL_ACCESS_SCP]] }, get(USER), 'allow'],
  [SCPS, 'every SCP level needs an Allow', { identity: readAll, scp: [[FULL_ACCESS_SCP], [onlyEc2Scp]] }, get(USER), 'implicit-deny'],
  [SCPS, 'a Deny at any SCP level wins', { identity: readAll, scp: [[FULL_ACCESS_SCP], [denyAllScp]] }, get(USER), 'explicit-deny'],
  [SCPS, 'SCPs never grant', { scp: [[FULL_ACCESS_SCP]] }, get(USER), 'implicit-deny'],
  [SCPS, 'SCPs restrict the root user of a member account', { scp: [[denyAllScp]] }, get(ROOT), 'explicit-deny'],
  [SCPS, 'SCPs do not restrict service-linked roles', { identity: readAll, scp: [[denyAllScp]] }, get(SLR), 'allow'],
  [SCPS, 'SCPs do not restrict sessions of service-linked roles', { identity: readAll, scp: [[onlyEc2Scp]] }, get(SLR_SESSION), 'allow'],
  [SCPS, 'serviceLinkedRole flag', { identity: readAll, scp: [[denyAllScp]] }, get(SESSION, { serviceLinkedRole: true }), 'allow'],
  [SCPS, 'SCPs do not restrict the management account', { identity: readAll, scp: [[denyAllScp]] }, get(USER, { managementAccount: true }), 'allow'],
  [SCPS, 'an ordinary role path is not exempt', { identity: readAll, scp: [[denyAllScp]] }, get(`arn:aws:iam::${ACCT}:role/service-role/Foo`), 'explicit-deny'],
  [SCPS, 'SCPs restrict principals of member accounts, not anonymous callers', { resource: resource(st(anyone)), scp: [[denyAllScp]] }, { action: 's3:GetObject', resource: OBJECT, anonymous: true }, 'allow'],
  [RCPS, 'RCPFullAWSAccess keeps the grant', { identity: readAll, rcp: [[RCP_FULL_ACCESS]] }, get(USER), 'allow'],
  [RCPS, 'an RCP Deny wins', { identity: readAll, rcp: [[RCP_FULL_ACCESS, denyRcp]] }, get(USER), 'explicit-deny'],
  [RCPS, 'every RCP level needs an Allow', { identity: readAll, rcp: [[RCP_FULL_ACCESS], []] }, get(USER), 'implicit-deny'],
  [RCPS, 'RCPs also restrict anonymous callers', { resource: resource(st(anyone)), rcp: [[RCP_FULL_ACCESS, denyRcp]] }, { action: 's3:GetObject', resource: OBJECT, anonymous: true }, 'explicit-deny'],
  [RCPS, 'RCPs do not restrict service-linked roles', { identity: readAll, rcp: [[RCP_FULL_ACCESS, denyRcp]] }, get(SLR), 'allow'],
  [RCPS, 'RCPs do not apply to resources of the management account', { identity: readAll, rcp: [[RCP_FULL_ACCESS, denyRcp]] }, get(USER, { resourceManagementAccount: true }), 'allow'],
  [RCPS, 'RCPs never grant', { rcp: [[RCP_FULL_ACCESS]] }, get(USER), 'implicit-deny'],
  // --- principals in resource policies
  ['reference_policies_elements_principal: a role ARN covers its sessions', 'role covers session', { resource: resource(st({ Principal: { AWS: [ROLE] } })) }, get(SESSION), 'allow'],
  ['reference_policies_elements_principal: another account root does not cover this user alone', 'other account', { resource: resource(st({ Principal: { AWS: [OTHER] } })) }, get(USER), 'implicit-deny'],
  ['reference_policies_elements_principal: "*" is everyone', 'anyone', { resource: resource(st(anyone)) }, get(USER), 'allow'],
  ['reference_policies_elements_principal: a bucket ARN is not the object', 'bucket vs object', { identity: identity(allowSt('s3:GetObject', BUCKET)) }, get(USER), 'implicit-deny'],
);

describe('documented evaluation rules (table)', () => {
  it('holds at least 150 rules', () => expect(rows.length).toBeGreaterThanOrEqual(150));
  it.each(rows.map((r, i) => [i, r[1], r] as const))('#%i %s', (_i, _name, [cite, , policies, request, decision]) => {
    const r = evaluate(policies, request);
    expect(r.decision, `${cite}: ${r.explanation}`).toBe(decision);
  });

  it('context keys that differ only in case are an error, not last-wins', () => {
    expect(() => evaluate({ identity: readAll }, ctx({ 'aws:PrincipalTag/team': 'a', 'AWS:principaltag/TEAM': 'b' }))).toThrow(/differ only in case/);
  });
});
