/**
 * Condition operators, one row per case. Each row names the AWS IAM User Guide section it comes
 * from. Every row is checked twice: as an Allow (allow iff the condition matches) and as a Deny next
 * to an Allow-all (explicit deny iff the condition matches).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type ContextValue, type EvaluationRequest } from '../../src/evaluate/index.js';
import type { ConditionValue, PolicyDocument } from '../../src/model/policy-document.js';
import { createPolicy } from '../../src/policy/policy.js';
import { ACCT, SESSION, USER } from './helpers.js';

type Row = readonly [
  doc: string,
  operator: string,
  key: string,
  values: readonly ConditionValue[],
  context: ContextValue | undefined,
  /** `'unknown'`: a request value the operator cannot read (an Allow does not apply, a Deny does; docs/evaluation.md). */
  matches: boolean | 'unknown',
  request?: Partial<EvaluationRequest> & { version?: '2008-10-17' },
];

const OPS = 'reference_policies_elements_condition_operators';
const MV = 'reference_policies_condition-single-vs-multi-valued-context-keys';
const VARS = 'reference_policies_variables';
const MISSING = 'iam-reference §7 missing-key table / ' + OPS;
const T = 'aws:PrincipalTag/team';

const rows: readonly Row[] = [
  // --- String (OPS#Conditions_String)
  [`${OPS}#Conditions_String`, 'StringEquals', T, ['eng'], 'eng', true],
  [`${OPS}#Conditions_String`, 'StringEquals', T, ['eng'], 'Eng', false],
  [`${OPS}#Conditions_String`, 'StringEqualsIgnoreCase', T, ['ENG'], 'eng', true],
  [`${OPS}#Conditions_String`, 'StringNotEquals', T, ['eng'], 'ops', true],
  [`${OPS}#Conditions_String (negated, several values = NOR)`, 'StringNotEquals', T, ['eng', 'ops'], 'ops', false],
  [`${OPS}#Conditions_String (negated, several values = NOR)`, 'StringNotEquals', T, ['eng', 'ops'], 'dev', true],
  [`${OPS}#Conditions_String`, 'StringNotEqualsIgnoreCase', T, ['ENG'], 'eng', false],
  [`${OPS}#Conditions_String`, 'StringLike', 's3:prefix', ['home/*'], 'home/alice/x', true],
  [`${OPS}#Conditions_String`, 'StringLike', 's3:prefix', ['ho?e'], 'home', true],
  [`${OPS}#Conditions_String`, 'StringLike', 's3:prefix', ['ho?e'], 'hoome', false],
  [`${OPS}#Conditions_String`, 'StringLike', 's3:prefix', ['Home/*'], 'home/x', false],
  [`${OPS}#Conditions_String`, 'StringNotLike', 's3:prefix', ['*.tmp'], 'a.txt', true],
  [`${OPS}#Conditions_String`, 'StringNotLike', 's3:prefix', ['*.tmp'], 'a.tmp', false],
  [`${OPS}#Conditions_String (no wildcards in StringEquals)`, 'StringEquals', T, ['*'], 'abc', false],
  [`${OPS}#Conditions_String (numbers as strings)`, 'StringEquals', 's3:max-keys', [5], '5', true],
  [`${OPS}#Conditions_String (numbers as strings)`, 'StringEquals', 's3:max-keys', ['5'], 5, true],
  [`${OPS}#Conditions_String (several values = OR)`, 'StringLike', T, ['a*', 'b*'], 'bx', true],
  [`reference_policies_elements_condition (key names case-insensitive)`, 'StringEquals', 'AWS:PRINCIPALTAG/TEAM', ['eng'], 'eng', true],
  // --- Numeric
  [`${OPS}#Conditions_Numeric`, 'NumericLessThan', 's3:max-keys', ['10'], 5, true],
  [`${OPS}#Conditions_Numeric`, 'NumericLessThan', 's3:max-keys', ['10'], 10, false],
  [`${OPS}#Conditions_Numeric`, 'NumericLessThanEquals', 's3:max-keys', ['10'], '10', true],
  [`${OPS}#Conditions_Numeric`, 'NumericGreaterThan', 's3:max-keys', [10], 11, true],
  [`${OPS}#Conditions_Numeric`, 'NumericGreaterThanEquals', 's3:max-keys', ['10'], 9, false],
  [`${OPS}#Conditions_Numeric`, 'NumericEquals', 's3:max-keys', ['10'], '10.0', true],
  [`${OPS}#Conditions_Numeric`, 'NumericNotEquals', 's3:max-keys', ['10', '20'], 20, false],
  [`${OPS}#Conditions_Numeric`, 'NumericNotEquals', 's3:max-keys', ['10'], 11, true],
  [`${OPS}#Conditions_Numeric (not a number: unknown, docs/evaluation.md)`, 'NumericEquals', 's3:max-keys', [10], 'ten', 'unknown'],
  [`${OPS}#Conditions_Numeric (decimals)`, 'NumericLessThan', 'aws:MultiFactorAuthAge', ['3600.5'], 3600, true],
  // --- Date
  [`${OPS}#Conditions_Date`, 'DateGreaterThan', 'aws:CurrentTime', ['2020-01-01T00:00:00Z'], '2024-05-01T12:00:00Z', true],
  [`${OPS}#Conditions_Date`, 'DateLessThan', 'aws:CurrentTime', ['2020-01-01T00:00:00Z'], '2024-05-01T12:00:00Z', false],
  [`${OPS}#Conditions_Date (epoch seconds)`, 'DateLessThan', 'aws:CurrentTime', ['1893456000'], new Date('2024-05-01T00:00:00Z'), true],
  // a date without a time zone: AWS documents no zone, so it is unknown within UTC+14:00..UTC-12:00 of it (docs/evaluation.md)
  [`${OPS}#Conditions_Date (YYYY-MM-DD, no zone: unknown)`, 'DateEquals', 'aws:CurrentTime', ['2024-05-01'], '2024-05-01T00:00:00Z', 'unknown'],
  [`${OPS}#Conditions_Date (YYYY-MM-DD, a day later)`, 'DateNotEquals', 'aws:CurrentTime', ['2024-05-01'], '2024-05-02T12:00:01Z', true],
  [`${OPS}#Conditions_Date (request date without zone: unknown)`, 'DateNotEquals', 'aws:CurrentTime', ['2024-05-01T00:00:00Z'], '2024-05-02', 'unknown'],
  [`${OPS}#Conditions_Date (time zone offset)`, 'DateGreaterThanEquals', 'aws:TokenIssueTime', ['2024-05-01T00:00:00+02:00'], '2024-04-30T22:00:00Z', true],
  [`${OPS}#Conditions_Date (epoch context)`, 'DateLessThanEquals', 'aws:EpochTime', ['2024-01-01'], 1700000000, true],
  [`${OPS}#Conditions_Date (fractional seconds)`, 'DateGreaterThan', 'aws:CurrentTime', ['2024-01-01T00:00:00.500Z'], '2024-01-01T00:00:00.900Z', true],
  // --- Bool
  [`${OPS}#Conditions_Boolean`, 'Bool', 'aws:SecureTransport', ['true'], true, true],
  [`${OPS}#Conditions_Boolean`, 'Bool', 'aws:SecureTransport', ['true'], 'false', false],
  [`${OPS}#Conditions_Boolean`, 'Bool', 'aws:SecureTransport', ['false'], false, true],
  [`${OPS}#Conditions_Boolean (JSON boolean value)`, 'Bool', 'aws:SecureTransport', [true], 'TRUE', true],
  [`${OPS}#Conditions_Boolean (MFA trap: key absent)`, 'Bool', 'aws:MultiFactorAuthPresent', ['false'], undefined, false],
  [`${OPS}#Conditions_IfExists (BoolIfExists MFA deny)`, 'BoolIfExists', 'aws:MultiFactorAuthPresent', ['false'], undefined, true],
  [`${OPS}#Conditions_IfExists`, 'BoolIfExists', 'aws:MultiFactorAuthPresent', ['false'], true, false],
  // --- Binary
  [`${OPS}#Conditions_BinaryEquals`, 'BinaryEquals', 'key', ['QmluYXJ5VmFsdWU='], 'QmluYXJ5VmFsdWU=', true],
  [`${OPS}#Conditions_BinaryEquals (same bytes, no padding: not canonical, unknown)`, 'BinaryEquals', 'key', ['QmluYXJ5VmFsdWU='], 'QmluYXJ5VmFsdWU', 'unknown'],
  [`${OPS}#Conditions_BinaryEquals`, 'BinaryEquals', 'key', ['QmluYXJ5VmFsdWU='], 'T3RoZXI=', false],
  // --- IP
  [`${OPS}#Conditions_IPAddress`, 'IpAddress', 'aws:SourceIp', ['203.0.113.0/24'], '203.0.113.7', true],
  [`${OPS}#Conditions_IPAddress`, 'IpAddress', 'aws:SourceIp', ['203.0.113.0/24'], '198.51.100.7', false],
  [`${OPS}#Conditions_IPAddress (bare address = /32)`, 'IpAddress', 'aws:SourceIp', ['203.0.113.5'], '203.0.113.5', true],
  [`${OPS}#Conditions_IPAddress (bare address = /32)`, 'IpAddress', 'aws:SourceIp', ['203.0.113.5'], '203.0.113.6', false],
  [`${OPS}#Conditions_IPAddress (IPv6)`, 'IpAddress', 'aws:SourceIp', ['2001:DB8:1234:5678::/64'], '2001:db8:1234:5678:abcd::1', true],
  [`${OPS}#Conditions_IPAddress (IPv6)`, 'IpAddress', 'aws:SourceIp', ['2001:DB8:1234:5678::/64'], '2001:db8:1234:5679::1', false],
  [`${OPS}#Conditions_IPAddress (IPv6 bare = /128)`, 'IpAddress', 'aws:SourceIp', ['2001:db8::1'], '2001:0db8:0:0:0:0:0:1', true],
  [`${OPS}#Conditions_IPAddress (families differ)`, 'IpAddress', 'aws:SourceIp', ['203.0.113.0/24'], '2001:db8::1', false],
  [`${OPS}#Conditions_IPAddress (NotIpAddress, NOR)`, 'NotIpAddress', 'aws:SourceIp', ['192.0.2.0/24', '203.0.113.0/24'], '198.51.100.1', true],
  [`${OPS}#Conditions_IPAddress (NotIpAddress, NOR)`, 'NotIpAddress', 'aws:SourceIp', ['192.0.2.0/24', '203.0.113.0/24'], '203.0.113.9', false],
  [`${OPS}#Conditions_IPAddress (host bits ignored)`, 'IpAddress', 'aws:SourceIp', ['203.0.113.77/24'], '203.0.113.1', true],
  [`${OPS}#Conditions_IPAddress`, 'IpAddress', 'aws:SourceIp', ['0.0.0.0/0'], '192.0.2.44', true],
  [`${OPS}#Conditions_IPAddress (IPv4-mapped IPv6)`, 'IpAddress', 'aws:SourceIp', ['::ffff:192.0.2.0/120'], '::ffff:192.0.2.9', true],
  // --- ARN
  [`${OPS}#Conditions_ARN`, 'ArnLike', 'aws:SourceArn', ['arn:aws:sns:*:123456789012:topic-*'], 'arn:aws:sns:us-east-1:123456789012:topic-a', true],
  [`${OPS}#Conditions_ARN`, 'ArnEquals', 'aws:SourceArn', ['arn:aws:sns:us-east-1:123456789012:t'], 'arn:aws:sns:us-east-1:123456789012:t', true],
  [`${OPS}#Conditions_ARN (components matched separately)`, 'ArnLike', 'aws:SourceArn', ['arn:aws:someservice:*:111122223333:finance/*'], 'arn:aws:someservice:us-east-1:extra:111122223333:finance/x', false],
  [`${OPS}#Conditions_ARN (StringLike spans colons)`, 'StringLike', 'aws:SourceArn', ['arn:aws:someservice:*:111122223333:finance/*'], 'arn:aws:someservice:us-east-1:extra:111122223333:finance/x', true],
  [`${OPS}#Conditions_ARN`, 'ArnNotLike', 'aws:PrincipalArn', ['arn:aws:iam::*:role/admin'], `arn:aws:iam::${ACCT}:role/dev`, true],
  [`${OPS}#Conditions_ARN`, 'ArnNotEquals', 'aws:PrincipalArn', [`arn:aws:iam::${ACCT}:role/dev`], `arn:aws:iam::${ACCT}:role/dev`, false],
  [`${OPS}#Conditions_ARN (case-sensitive)`, 'ArnLike', 'aws:PrincipalArn', [`arn:aws:iam::${ACCT}:role/Dev`], `arn:aws:iam::${ACCT}:role/dev`, false],
  [`${OPS}#Conditions_ARN (resource part spans /)`, 'ArnLike', 'aws:SourceArn', ['arn:aws:s3:::bucket/*'], 'arn:aws:s3:::bucket/a/b', true],
  [`${OPS}#Conditions_ARN (not an ARN: unknown, docs/evaluation.md)`, 'ArnLike', 'aws:SourceArn', ['arn:aws:s3:::bucket/*'], 'not-an-arn', 'unknown'],
  [`${OPS}#Conditions_ARN (ArnEquals takes wildcards too)`, 'ArnEquals', 'aws:SourceArn', ['arn:aws:lambda:*:111122223333:function:*'], 'arn:aws:lambda:eu-west-1:111122223333:function:f', true],
  // --- Null
  [`${OPS}#Conditions_Null`, 'Null', 'aws:TokenIssueTime', ['true'], undefined, true],
  [`${OPS}#Conditions_Null`, 'Null', 'aws:TokenIssueTime', ['true'], '2024-01-01T00:00:00Z', false],
  [`${OPS}#Conditions_Null`, 'Null', 'aws:TokenIssueTime', ['false'], '2024-01-01T00:00:00Z', true],
  [`${OPS}#Conditions_Null`, 'Null', 'aws:TokenIssueTime', ['false'], undefined, false],
  // --- IfExists
  [`${OPS}#Conditions_IfExists`, 'StringEqualsIfExists', 'ec2:InstanceType', ['t2.micro'], undefined, true],
  [`${OPS}#Conditions_IfExists`, 'StringEqualsIfExists', 'ec2:InstanceType', ['t2.micro'], 't2.micro', true],
  [`${OPS}#Conditions_IfExists`, 'StringEqualsIfExists', 'ec2:InstanceType', ['t2.micro'], 'm5.large', false],
  [`${OPS}#Conditions_IfExists`, 'NumericLessThanIfExists', 's3:max-keys', ['10'], undefined, true],
  [`${OPS}#Conditions_IfExists`, 'IpAddressIfExists', 'aws:SourceIp', ['203.0.113.0/24'], undefined, true],
  [`${OPS}#Conditions_IfExists`, 'ArnLikeIfExists', 'aws:SourceArn', ['arn:aws:sns:*:*:*'], undefined, true],
  [`${OPS}#Conditions_IfExists`, 'DateGreaterThanIfExists', 'aws:TokenIssueTime', ['2024-01-01'], undefined, true],
  [`${OPS}#Conditions_IfExists (negated)`, 'StringNotEqualsIfExists', 'aws:PrincipalOrgID', ['o-abc'], 'o-abc', false],
  // --- the missing-key table, positive operators: false
  [MISSING, 'StringEquals', 'aws:PrincipalOrgID', ['o-abc'], undefined, false],
  [MISSING, 'StringEqualsIgnoreCase', 'aws:PrincipalOrgID', ['o-abc'], undefined, false],
  [MISSING, 'StringLike', 'aws:PrincipalOrgID', ['o-*'], undefined, false],
  [MISSING, 'ArnLike', 'aws:SourceArn', ['arn:*:*:*:*:*'], undefined, false],
  [MISSING, 'ArnEquals', 'aws:SourceArn', ['arn:aws:sns:us-east-1:1:t'], undefined, false],
  [MISSING, 'NumericLessThan', 's3:max-keys', ['10'], undefined, false],
  [MISSING, 'NumericEquals', 's3:max-keys', ['10'], undefined, false],
  [MISSING, 'IpAddress', 'aws:SourceIp', ['0.0.0.0/0'], undefined, false],
  [MISSING, 'DateGreaterThan', 'aws:TokenIssueTime', ['2000-01-01'], undefined, false],
  [MISSING, 'Bool', 'aws:SecureTransport', ['true'], undefined, false],
  [MISSING, 'BinaryEquals', 'key', ['QQ=='], undefined, false],
  // --- the missing-key table, negated operators: true
  [MISSING, 'StringNotEquals', 'aws:PrincipalOrgID', ['o-abc'], undefined, true],
  [MISSING, 'StringNotEqualsIgnoreCase', 'aws:PrincipalOrgID', ['o-abc'], undefined, true],
  [MISSING, 'StringNotLike', 'aws:PrincipalOrgID', ['o-*'], undefined, true],
  [MISSING, 'ArnNotLike', 'aws:SourceArn', ['arn:*:*:*:*:*'], undefined, true],
  [MISSING, 'ArnNotEquals', 'aws:SourceArn', ['arn:aws:sns:us-east-1:1:t'], undefined, true],
  [MISSING, 'NotIpAddress', 'aws:SourceIp', ['203.0.113.0/24'], undefined, true],
  [MISSING, 'NumericNotEquals', 's3:max-keys', ['10'], undefined, true],
  [MISSING, 'DateNotEquals', 'aws:TokenIssueTime', ['2024-01-01'], undefined, true],
  // --- the missing-key table, IfExists: true
  [MISSING, 'StringNotLikeIfExists', 'aws:PrincipalOrgID', ['o-*'], undefined, true],
  // --- the missing-key table, Null
  [MISSING, 'Null', 'aws:PrincipalOrgID', ['true'], undefined, true],
  [MISSING, 'Null', 'aws:PrincipalOrgID', ['false'], undefined, false],
  // --- the missing-key table, set operators
  [`${MISSING}; ${MV}#reference_policies_condition-forallvalues`, 'ForAllValues:StringEquals', 'aws:TagKeys', ['env'], undefined, true],
  [`${MISSING}; ${MV} (empty set)`, 'ForAllValues:StringEquals', 'aws:TagKeys', ['env'], [], true],
  [`${MISSING}; ${MV}#reference_policies_condition-foranyvalue`, 'ForAnyValue:StringEquals', 'aws:TagKeys', ['env'], undefined, false],
  [`${MISSING}; ${MV} (empty set)`, 'ForAnyValue:StringEquals', 'aws:TagKeys', ['env'], [], false],
  [`${MISSING}; ${MV}`, 'ForAnyValue:StringEqualsIfExists', 'aws:TagKeys', ['env'], undefined, true],
  [`${MISSING}; ${MV} (negated under ForAllValues)`, 'ForAllValues:StringNotEquals', 'aws:TagKeys', ['env'], undefined, true],
  // --- the missing-key table, unresolvable variables
  [`${MISSING}; ${VARS} (unresolvable, positive)`, 'StringEquals', 's3:prefix', ['${aws:PrincipalTag/dept}'], 'x', false],
  [`${MISSING}; ${VARS} (unresolvable, negated: "Inverted condition operators ... do match against a null value")`, 'StringNotEquals', 's3:prefix', ['${aws:PrincipalTag/dept}'], 'x', true],
  [`${MISSING}; ${VARS} (unresolvable, ARN)`, 'ArnLike', 'aws:SourceArn', ['arn:aws:s3:::${aws:PrincipalTag/dept}/*'], 'arn:aws:s3:::x/y', false],
  // --- multivalued keys (MV)
  [`${MV}#reference_policies_condition-forallvalues`, 'ForAllValues:StringEquals', 'aws:TagKeys', ['env', 'team'], ['env'], true],
  [`${MV}#reference_policies_condition-forallvalues`, 'ForAllValues:StringEquals', 'aws:TagKeys', ['env', 'team'], ['env', 'owner'], false],
  [`${MV}#reference_policies_condition-foranyvalue`, 'ForAnyValue:StringEquals', 'aws:TagKeys', ['env'], ['env', 'owner'], true],
  [`${MV}#reference_policies_condition-foranyvalue`, 'ForAnyValue:StringEquals', 'aws:TagKeys', ['cost'], ['env', 'owner'], false],
  [`${MV} (ForAllValues:StringLike Created*)`, 'ForAllValues:StringLike', 'aws:TagKeys', ['Created*'], ['CreatedBy', 'CreatedAt'], true],
  [`${MV} (ForAnyValue + negated)`, 'ForAnyValue:StringNotEquals', 'aws:TagKeys', ['env'], ['env', 'x'], true],
  [`${MV} (ForAllValues + negated)`, 'ForAllValues:StringNotEquals', 'aws:TagKeys', ['env'], ['env', 'x'], false],
  [`${MV} (multivalued key needs a set operator; no result documented: unknown, docs/evaluation.md)`, 'StringEquals', 'aws:TagKeys', ['a'], ['a', 'b'], 'unknown'],
  [`${MV} (scalar read as a one-element set)`, 'ForAllValues:StringEquals', 'aws:TagKeys', ['env'], 'env', true],
  [`${MV} (ArrayOfARN)`, 'ForAnyValue:ArnLike', 'aws:CalledVia', ['arn:aws:s3:::b/*'], ['arn:aws:s3:::b/x'], true],
  // --- policy variables
  [`${VARS}#policy-vars-infotouse`, 'StringEquals', 's3:prefix', ['home/${aws:username}/'], 'home/alice/', true],
  [`${VARS}#policy-vars-default-values`, 'StringEquals', 's3:prefix', ["${aws:PrincipalTag/team, 'company-wide'}"], 'company-wide', true],
  [`${VARS}#policy-vars-default-values (tag set)`, 'StringEquals', 's3:prefix', ["${aws:PrincipalTag/team, 'company-wide'}"], 'eng', true, { context: { [T]: 'eng' } }],
  [`${VARS}#policy-vars-specialchars`, 'StringLike', 's3:prefix', ['${*}literal'], '*literal', true],
  [`${VARS}#policy-vars-specialchars`, 'StringLike', 's3:prefix', ['${*}literal'], 'xliteral', false],
  [`${VARS}#policy-vars-specialchars`, 'StringLike', 's3:prefix', ['a${?}'], 'a?', true],
  [`${VARS}#policy-vars-specialchars`, 'StringLike', 's3:prefix', ['a${?}'], 'ab', false],
  [`${VARS}#policy-vars-specialchars`, 'StringEquals', 's3:prefix', ['${$}{x}'], '${x}', true],
  [`${VARS} (2008-10-17: variables are literal text)`, 'StringEquals', 's3:prefix', ['${aws:username}'], '${aws:username}', true, { version: '2008-10-17' }],
  [`${VARS} (2008-10-17: variables are literal text)`, 'StringEquals', 's3:prefix', ['${aws:username}'], 'alice', false, { version: '2008-10-17' }],
  [`${VARS} (ARN operator value)`, 'ArnLike', 'aws:SourceArn', ['arn:aws:iam::${aws:PrincipalAccount}:role/*'], `arn:aws:iam::${ACCT}:role/x`, true],
  // the page says how to write a literal `*` (${*}), not whether a substituted value's `*` is one: read both ways,
  // unknown where they differ (docs/evaluation.md); the text the value spells matches in both
  [`${VARS} (a substituted "*": literal or a wildcard, unknown)`, 'StringLike', 's3:prefix', ['${aws:PrincipalTag/team}'], 'anything', 'unknown', { context: { [T]: '*' } }],
  [`${VARS} (a substituted "*" against its own text)`, 'StringLike', 's3:prefix', ['${aws:PrincipalTag/team}'], '*', true, { context: { [T]: '*' } }],
  [`${VARS} (a substituted "*" under StringEquals is text)`, 'StringEquals', 's3:prefix', ['${aws:PrincipalTag/team}'], 'anything', false, { context: { [T]: '*' } }],
  [`${VARS} (aws:PrincipalArn of a session is the role)`, 'ArnEquals', 'aws:SourceArn', ['${aws:PrincipalArn}'], `arn:aws:iam::${ACCT}:role/Dev`, true, { principal: SESSION }],
  [`${VARS} (aws:username absent for roles)`, 'StringEquals', 's3:prefix', ['${aws:username}'], 'Dev', false, { principal: SESSION }],
];

function policyWith(operator: string, key: string, values: readonly ConditionValue[], effect: 'Allow' | 'Deny', version: '2012-10-17' | '2008-10-17'): PolicyDocument {
  const conditional = { Effect: effect, Action: ['s3:GetObject'], Resource: ['*'], Condition: { [operator]: { [key]: values } } } as const;
  return {
    Version: version,
    Statement: effect === 'Allow' ? [conditional] : [conditional, { Effect: 'Allow', Action: ['*'], Resource: ['*'] }],
  };
}

describe('condition operators (table)', () => {
  it('has at least 130 rows', () => expect(rows.length).toBeGreaterThanOrEqual(130));

  it.each(rows.map((r, i) => [i, `${r[1]} ${r[2]} ${JSON.stringify(r[3])} vs ${JSON.stringify(r[4])} -> ${r[5]} [${r[0]}]`, r] as const))(
    '#%i %s',
    (_i, _name, [, operator, key, values, ctxValue, matches, extra]) => {
      const { version = '2012-10-17', ...requestExtra } = extra ?? {};
      const context = { ...(ctxValue === undefined ? {} : { [key]: ctxValue }), ...requestExtra.context };
      const request: EvaluationRequest = {
        principal: USER,
        action: 's3:GetObject',
        resource: 'arn:aws:s3:::docs/a',
        ...requestExtra,
        context,
      };
      const allow = evaluate({ identity: createPolicy('identity', policyWith(operator, key, values, 'Allow', version)) }, request);
      expect(allow.decision, allow.explanation).toBe(matches === true ? 'allow' : 'implicit-deny');
      const deny = evaluate({ identity: createPolicy('identity', policyWith(operator, key, values, 'Deny', version)) }, request);
      expect(deny.decision, deny.explanation).toBe(matches === false ? 'allow' : 'explicit-deny');
    },
  );
});

describe('condition explanations', () => {
  const request: EvaluationRequest = { principal: USER, action: 's3:GetObject', resource: 'arn:aws:s3:::docs/a' };
  it('names the missing key and the IfExists rule', () => {
    const r = evaluate({ identity: createPolicy('identity', { Version: '2012-10-17', Statement: [
      { Sid: 'DenyWithoutMfa', Effect: 'Deny', Action: ['*'], Resource: ['*'], Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': ['false'] } } },
    ] }) }, request);
    expect(r.explanation).toBe(
      "Denied by statement 'DenyWithoutMfa' of identity policy 1: aws:MultiFactorAuthPresent is absent and BoolIfExists treats a missing key as a match.",
    );
  });
  it('refuses an unknown operator instead of guessing (PolicyParseError)', () => {
    expect(() => evaluate({ identity: createPolicy('identity', policyWith('StringEqual', T, ['eng'], 'Allow', '2012-10-17')) }, request)).toThrow(
      /Unknown condition operator "StringEqual"/,
    );
  });
  it('quotes the request value and the CIDR for IP conditions', () => {
    const r = evaluate(
      { identity: createPolicy('identity', policyWith('IpAddress', 'aws:SourceIp', ['203.0.113.0/24'], 'Allow', '2012-10-17')) },
      { ...request, context: { 'aws:SourceIp': '198.51.100.7' } },
    );
    expect(r.explanation).toContain("aws:SourceIp '198.51.100.7' does not match '203.0.113.0/24' under IpAddress");
  });
  it('names the unresolvable variable', () => {
    const r = evaluate({ identity: createPolicy('identity', policyWith('StringEquals', 's3:prefix', ['${aws:PrincipalTag/dept}'], 'Allow', '2012-10-17')) }, { ...request, context: { 's3:prefix': 'x' } });
    expect(r.explanation).toContain('${aws:PrincipalTag/dept} cannot be resolved');
  });
  it('derives aws:userid for a session from principalId', () => {
    const r = evaluate(
      { identity: createPolicy('identity', policyWith('StringLike', 'aws:userid', ['AROAEXAMPLE:*'], 'Allow', '2012-10-17')) },
      { principal: SESSION, principalId: 'AROAEXAMPLE', action: 's3:GetObject', resource: 'arn:aws:s3:::docs/a' },
    );
    expect(r.decision).toBe('allow');
  });
});
