/**
 * Rules built from the entries of the IAM policy validation check reference found on 2026-12-04 (a
 * stored copy of "IAM policy validation check reference", IAM User Guide). Each block cites its entry.
 */
import { describe, expect, it } from 'vitest';
import { lint, type LintOptions } from '../../src/lint/index.js';

type Json = Record<string, unknown>;
const doc = (...Statement: Json[]): string => JSON.stringify({ Version: '2012-10-17', Statement });
const codes = (policy: string, options: LintOptions = {}) => lint(policy, options).map((f) => f.code);
const found = (policy: string, code: string, options: LintOptions = {}) => lint(policy, options).filter((f) => f.code === code);
const get = (Condition: Json, Effect = 'Allow'): string => doc({ Effect, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition });

describe('UNTRUSTWORTHY_CONDITION_KEY', () => {
  // "Security Warning – Untrustworthy condition key": the key's value can be spoofed by the caller
  it('reports aws:Referer and aws:UserAgent (any case, any operator, Allow or Deny) at the key', () => {
    const f = found(get({ StringLike: { 'aws:Referer': 'https://example.com/*' } }), 'UNTRUSTWORTHY_CONDITION_KEY');
    expect(f.map((x) => [x.path, x.severity])).toEqual([['Statement[0].Condition.StringLike["aws:Referer"]', 'security']]);
    expect(f[0]!.message).toContain('"aws:Referer"');
    expect(codes(get({ StringNotEquals: { 'aws:useragent': 'my-app/1.0' } }, 'Deny'))).toContain('UNTRUSTWORTHY_CONDITION_KEY');
  });
  it('does not report keys AWS sets', () => {
    expect(codes(get({ StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d', 'aws:PrincipalOrgID': 'o-abcdefghij' } }))).not.toContain('UNTRUSTWORTHY_CONDITION_KEY');
  });
});

describe('FORANYVALUE_WITH_AUDIENCE_CLAIM_TYPE and CONFIRM_AUDIENCE_CLAIM_TYPE', () => {
  // "Security Warning – ForAnyValue with audience claim type": ForAnyValue on the single-valued aud key, remove it;
  // "Suggestion – Confirm audience claim type": the aud claim is single-valued, use no qualifier
  const GH = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
  const role = (operator: string) =>
    doc({ Effect: 'Allow', Principal: { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { [operator]: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } } });
  const audience = (operator: string) => codes(role(operator), { kind: 'trust' }).filter((c) => c.includes('AUDIENCE'));
  it('ForAnyValue: is the security warning (at the key) and the suggestion', () => {
    expect(audience('ForAnyValue:StringEquals').sort()).toEqual(['CONFIRM_AUDIENCE_CLAIM_TYPE', 'FORANYVALUE_WITH_AUDIENCE_CLAIM_TYPE']);
    const f = found(role('ForAnyValue:StringEquals'), 'FORANYVALUE_WITH_AUDIENCE_CLAIM_TYPE', { kind: 'trust' })[0]!;
    expect([f.path, f.severity]).toEqual(['Statement[0].Condition["ForAnyValue:StringEquals"]["token.actions.githubusercontent.com:aud"]', 'security']);
  });
  it('ForAllValues: is only the suggestion; no qualifier is neither', () => {
    expect(audience('ForAllValues:StringEquals')).toEqual(['CONFIRM_AUDIENCE_CLAIM_TYPE']);
    expect(audience('StringEquals')).toEqual([]);
  });
});

describe('RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY, RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY, RCP_MISSING_SERVICE_CONDITION_KEY_NULL_CHECK', () => {
  // "General Warning – RCP missing related principal condition key": a principal key needs BoolIfExists aws:PrincipalIsAWSService false;
  // "... related service principal condition key": the key needs BoolIfExists aws:PrincipalIsAWSService true;
  // "... service condition key null check": the key needs Null aws:SourceAccount (or aws:SourceArn) false
  const rcp = (Condition: Json) => doc({ Effect: 'Deny', Principal: '*', Action: ['s3:*', 'sqs:*'], Resource: '*', Condition });
  const rcpCodes = (Condition: Json, kind: LintOptions['kind'] = 'rcp') => codes(rcp(Condition), { kind }).filter((c) => c.startsWith('RCP_MISSING'));
  it('the identity perimeter: a principal key with and without the service-principal exclusion', () => {
    expect(rcpCodes({ StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abcdefghij' } })).toEqual(['RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY']);
    expect(rcpCodes({ StringNotEqualsIfExists: { 'aws:PrincipalTag/team': 'a' } })).toEqual(['RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY']);
    expect(rcpCodes({ StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abcdefghij' }, BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' } })).toEqual([]);
    // "true" is the other kind of caller: still missing
    expect(rcpCodes({ StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abcdefghij' }, BoolIfExists: { 'aws:PrincipalIsAWSService': 'true' } })).toEqual(['RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY']);
  });
  it('the confused-deputy perimeter: a source key needs both the service-principal test and the null check', () => {
    expect(rcpCodes({ StringNotEqualsIfExists: { 'aws:SourceOrgID': 'o-abcdefghij' } }).sort()).toEqual(['RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY', 'RCP_MISSING_SERVICE_CONDITION_KEY_NULL_CHECK']);
    expect(rcpCodes({ StringNotEqualsIfExists: { 'aws:SourceOrgID': 'o-abcdefghij' }, Null: { 'aws:SourceAccount': 'false' }, Bool: { 'aws:PrincipalIsAWSService': 'true' } })).toEqual([]);
    expect(rcpCodes({ StringNotEqualsIfExists: { 'aws:SourceAccount': '111122223333' }, Null: { 'aws:SourceAccount': 'true' }, BoolIfExists: { 'aws:PrincipalIsAWSService': true } })).toEqual(['RCP_MISSING_SERVICE_CONDITION_KEY_NULL_CHECK']);
  });
  it('only in RCPs, and other keys are not concerned', () => {
    expect(rcpCodes({ StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abcdefghij', 'aws:SourceOrgID': 'o-abcdefghij' } }, 'scp')).toEqual([]);
    expect(rcpCodes({ Bool: { 'aws:SecureTransport': 'false' } })).toEqual([]);
  });
});

describe('WILDCARD_USAGE_TOO_PERMISSIVE and VARIABLE_USAGE_TOO_PERMISSIVE (aws:userid)', () => {
  // "Error – Wildcard usage too permissive" / "Error – Variable usage too permissive": with aws:userid the
  // wildcard or variable goes right of the colon or is the only thing left of it
  const userId = (value: string, operator = 'StringLike') => codes(get({ [operator]: { 'aws:userid': value } })).filter((c) => c.endsWith('USAGE_TOO_PERMISSIVE'));
  it.each(['*', 'AROA*', 'AROA*:session', '?:x', 'AROA${aws:username}*:x'])('wildcard %j is reported', (v) => {
    expect(userId(v)).toContain('WILDCARD_USAGE_TOO_PERMISSIVE');
  });
  it.each(['AROAEXAMPLEID:*', '*:*', '*:session-*', 'AROAEXAMPLEID:${aws:username}'])('wildcard %j is not', (v) => {
    expect(userId(v)).toEqual([]);
  });
  it('a wildcard only matters to a Like operator', () => {
    expect(userId('AROA*', 'StringEquals')).not.toContain('WILDCARD_USAGE_TOO_PERMISSIVE');
  });
  it.each(['${aws:userid}', 'AROA${aws:username}:x', '${aws:PrincipalTag/id}x:*'])('variable %j is reported', (v) => {
    expect(userId(v, 'StringEquals')).toEqual(['VARIABLE_USAGE_TOO_PERMISSIVE']);
  });
  it.each(['${aws:userid}:*', 'AROAEXAMPLEID:${aws:username}', 'AROAEXAMPLEID:session'])('variable %j is not', (v) => {
    expect(userId(v, 'StringEquals').filter((c) => c.startsWith('VARIABLE'))).toEqual([]);
  });
  it('reports at the value, as an error; other keys are not concerned', () => {
    const f = found(get({ StringLike: { 'aws:userid': ['AROAEXAMPLEID:*', 'AROA*'] } }), 'WILDCARD_USAGE_TOO_PERMISSIVE');
    expect(f.map((x) => [x.path, x.severity])).toEqual([['Statement[0].Condition.StringLike["aws:userid"][1]', 'error']]);
    expect(codes(get({ StringLike: { 'aws:PrincipalArn': '*' } }))).not.toContain('WILDCARD_USAGE_TOO_PERMISSIVE');
  });
});

describe('REDUNDANT_KEY_DUE_TO_WILDCARD_IN_CONDITION and REDUNDANT_STATEMENT_DUE_TO_WILDCARD_IN_CONDITION', () => {
  // "Suggestion – Redundant key due to wildcard in condition": the key is always matched;
  // "Suggestion – Redundant statement due to wildcard in condition": the key does not match any values
  const redundant = (operator: string, value: unknown, key = 'aws:TagKeys') => codes(get({ [operator]: { [key]: value } })).filter((c) => c.startsWith('REDUNDANT_') && c.endsWith('WILDCARD_IN_CONDITION'));
  it.each([
    ['StringLikeIfExists', '*'],
    ['StringLikeIfExists', ['team', '**']],
    ['ForAllValues:StringLike', '*'],
    ['ForAllValues:StringLikeIfExists', '*'],
  ])('%s %j: the key is always matched', (operator, value) => {
    expect(redundant(operator, value)).toEqual(['REDUNDANT_KEY_DUE_TO_WILDCARD_IN_CONDITION']);
  });
  it('ForAnyValue:StringNotLike "*": never matched', () => {
    const f = found(get({ 'ForAnyValue:StringNotLike': { 'aws:TagKeys': ['team', '*'] } }), 'REDUNDANT_STATEMENT_DUE_TO_WILDCARD_IN_CONDITION');
    expect(f.map((x) => [x.path, x.severity])).toEqual([['Statement[0].Condition["ForAnyValue:StringNotLike"]["aws:TagKeys"]', 'suggestion']]);
  });
  it.each([
    ['StringLike', '*'], // true only when the key is present
    ['ForAnyValue:StringLike', '*'], // false for an absent or empty key
    ['StringLikeIfExists', '?*'], // needs a character
    ['StringLikeIfExists', '${aws:username}'], // a variable, not a wildcard
    ['StringEqualsIfExists', '*'], // a literal star
    ['StringNotLike', '*'], // true when the key is absent
    ['ForAllValues:StringNotLike', '*'], // true for an absent or empty key
    ['ForAnyValue:StringNotLikeIfExists', '*'], // true when the key is absent
  ])('%s %j: neither', (operator, value) => {
    expect(redundant(operator, value)).toEqual([]);
  });
});
