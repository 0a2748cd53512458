/**
 * The 2026-12-05 audit of the evaluator: dates finer than a millisecond, policy variables whose
 * name has white space, and what it checked and left as it was (Bool's case, the values of an
 * anonymous request). Each test names the rule it rests on.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type EvaluationRequest, type RequestContext } from '../../src/evaluate/index.js';
import type { ConditionElement } from '../../src/model/policy-document.js';
import { dateRange } from '../../src/model/values.js';
import { hasSpacedVariable } from '../../src/model/variables.js';
import { OBJECT, RCP_FULL_ACCESS, USER, allowSt, denySt, doc, rcp } from './helpers.js';
import { lint } from '../../src/lint/index.js';

const get = (context: RequestContext): EvaluationRequest => ({ principal: USER, action: 's3:GetObject', resource: OBJECT, context });
/** A Condition element written with one value per key. */
type Cond = { readonly [op: string]: { readonly [key: string]: string } };
const element = (c: Cond): ConditionElement => Object.fromEntries(Object.entries(c).map(([op, keys]) => [op, Object.fromEntries(Object.entries(keys).map(([k, v]) => [k, [v]]))]));
/** The decisions of an Allow with `c`, and of a Deny with it beside an Allow of everything. */
function both(c: Cond, context: RequestContext): [string, string] {
  const cond = element(c);
  const allow = evaluate({ identity: doc(allowSt('s3:GetObject', '*', { Condition: cond })) }, get(context)).decision;
  const deny = evaluate({ identity: doc(allowSt('s3:GetObject'), denySt('s3:GetObject', '*', { Condition: cond })) }, get(context)).decision;
  return [allow, deny];
}

describe('a date finer than a millisecond', () => {
  // IAM User Guide, Condition operators, Date: "Date condition operators let you construct Condition
  // elements that restrict access based on comparing a key to a date/time value", in ISO 8601 (W3C
  // profile), whose seconds may carry any fraction. Read as its rounded millisecond, the instant
  // 00:00:00.0001 was equal to 00:00:00.000, and a DateLessThan written with it did not hold for the
  // earlier 00:00:00.000, so a Deny written so did not apply (fails open)
  const at = { 'aws:CurrentTime': '2024-01-01T00:00:00Z' };
  it('spans the two milliseconds around it', () => {
    expect(dateRange('2024-01-01T00:00:00.0001Z')).toEqual([1704067200000, 1704067200001]);
    expect(dateRange('2024-01-01T00:00:00.9999Z')).toEqual([1704067200999, 1704067201000]);
    // digits past the millisecond that are all zero name the millisecond itself
    expect(dateRange('2024-01-01T00:00:00.1230000Z')).toEqual([1704067200123, 1704067200123]);
    expect(dateRange('2024-01-01T00:00:00.57Z')).toEqual([1704067200570, 1704067200570]);
  });
  it('DateLessThan within that millisecond: unknown, so the Deny applies and the Allow does not', () => {
    expect(both({ DateLessThan: { 'aws:CurrentTime': '2024-01-01T00:00:00.0001Z' } }, at)).toEqual(['implicit-deny', 'explicit-deny']);
  });
  it('DateEquals within that millisecond: never allows', () => {
    expect(both({ DateEquals: { 'aws:CurrentTime': '2024-01-01T00:00:00.0001Z' } }, at)[0]).toBe('implicit-deny');
  });
  it('further away it compares as before', () => {
    expect(both({ DateLessThan: { 'aws:CurrentTime': '2024-01-01T00:00:00.0101Z' } }, at)).toEqual(['allow', 'explicit-deny']);
    expect(both({ DateGreaterThan: { 'aws:CurrentTime': '2024-01-01T00:00:00.0101Z' } }, at)).toEqual(['implicit-deny', 'allow']);
  });
});

describe('a policy variable whose name has white space', () => {
  // IAM Access Analyzer check reference, "Unsupported space in variable"; IAM User Guide, "Policy
  // variables with no value": a variable with no value matches nothing. AWS does not say whether IAM
  // reads `${ aws:username }` as aws:username or as no value: unknown, never allowing, always denying
  it('is found in the name, not in a default', () => {
    expect(hasSpacedVariable('${ aws:username }', '2012-10-17')).toBe(true);
    expect(hasSpacedVariable('${aws:PrincipalTag/cost center}', '2012-10-17')).toBe(true);
    expect(hasSpacedVariable("${aws:PrincipalTag/team, 'no team'}", '2012-10-17')).toBe(false);
    expect(hasSpacedVariable('${ aws:username }', '2008-10-17')).toBe(false);
  });
  it.each([
    ['StringEquals', 'alice'],
    ['StringNotEquals', 'alice'],
    ['StringEquals', 'bob'],
    ['StringNotEquals', 'bob'],
  ])('%s against %s: the Allow does not apply, the Deny does', (op, value) => {
    expect(both({ [op]: { 's3:prefix': '${ aws:username }' } }, { 's3:prefix': value })).toEqual(['implicit-deny', 'explicit-deny']);
  });
  it('in an Allow Resource it matches nothing; in a Deny Resource it matches as the key', () => {
    const home = 'arn:aws:s3:::docs/${ aws:username }/*';
    const req: EvaluationRequest = { principal: USER, action: 's3:GetObject', resource: 'arn:aws:s3:::docs/alice/x' };
    expect(evaluate({ identity: doc(allowSt('s3:GetObject', home)) }, req).decision).toBe('implicit-deny');
    expect(evaluate({ identity: doc(allowSt('s3:GetObject'), denySt('s3:GetObject', home)) }, req).decision).toBe('explicit-deny');
    // written without the spaces, the same Allow grants
    expect(evaluate({ identity: doc(allowSt('s3:GetObject', 'arn:aws:s3:::docs/${aws:username}/*')) }, req).decision).toBe('allow');
  });
});

describe('checked and left as it was', () => {
  it('Bool reads true and false in any case, in the policy and the request', () => {
    // IAM User Guide, Condition operators, Boolean: a key is compared to "true or false"; AWS does not
    // say the case matters, and the grammar's own examples write "true"; "yes" is refused (no reading)
    expect(both({ Bool: { 'aws:SecureTransport': 'True' } }, { 'aws:SecureTransport': true })).toEqual(['allow', 'explicit-deny']);
    expect(both({ Bool: { 'aws:SecureTransport': 'false' } }, { 'aws:SecureTransport': 'FALSE' })).toEqual(['allow', 'explicit-deny']);
  });
  it('an anonymous request has aws:userid "anonymous" and no aws:username', () => {
    // IAM User Guide, Variables and tags, "Request information that you can use for policy
    // variables": for an anonymous caller aws:userid is "anonymous", and aws:username is not present
    const anon = (c: Cond) => evaluate({ resource: doc(allowSt('s3:GetObject', OBJECT, { Principal: '*', Condition: element(c) })) }, { action: 's3:GetObject', resource: OBJECT }).decision;
    expect(anon({ StringEquals: { 'aws:userid': 'anonymous' } })).toBe('allow');
    expect(anon({ Null: { 'aws:username': 'true' } })).toBe('allow');
  });
});

describe('the explanation of an Allow that grants nothing through an entry AWS does not say how IAM reads', () => {
  // docs/evaluation.md: such an entry grants nothing in an Allow; the explanation names it and the fix
  const req: EvaluationRequest = { principal: USER, action: 's3:GetObject', resource: 'arn:aws:s3:::docs/alice/x' };
  it.each([
    ['arn:aws:S3:::docs/*', 'a capital before the resource part', 'Write the head in lower case.'],
    ['arn:aws:s3*:::docs/*', 'a wildcard in its service segment', 'Write the service prefix in full.'],
    ['arn:aws:s3:::docs/${ aws:username }/*', 'white space in a variable name', 'Write the variable without spaces.'],
  ])('%s: named, with why and the fix', (entry, why, fix) => {
    const r = evaluate({ identity: doc(allowSt('s3:GetObject', [entry])) }, req);
    expect(r.decision).toBe('implicit-deny');
    expect(r.explanation).toContain(`statement 1 of identity policy 1 names '${entry}'`);
    expect(r.explanation).toContain(why);
    expect(r.explanation).toContain(fix);
  });
  it('an entry that would not match the request either is not named', () => {
    const r = evaluate({ identity: doc(allowSt('s3:GetObject', ['arn:aws:S3:::other/*'])) }, req);
    expect(r.explanation).not.toContain('Note:');
  });
});

describe('RCPs and the services they do not support', () => {
  // Organizations User Guide, RCPs: RCPs apply only to the services AWS lists, and that list grows.
  // A list compiled into the package can miss a service that gained support since; skipping RCPs
  // for services it does not hold would drop their Denies, so they are applied to every service
  // (docs/evaluation.md, Decision order), and lint reports an RCP action of an unlisted service
  const ec2 = 'arn:aws:ec2:us-east-1:111122223333:instance/i-1';
  const start: EvaluationRequest = { principal: USER, action: 'ec2:StartInstances', resource: ec2 };
  const denyEc2 = rcp({ Effect: 'Deny', Principal: '*', Action: ['ec2:*'], Resource: ['*'] });
  it('a Deny naming a service RCPs do not support still denies, and lint reports the action', () => {
    const r = evaluate({ identity: doc(allowSt('*')), rcp: [[RCP_FULL_ACCESS, denyEc2]] }, start);
    expect(r.decision).toBe('explicit-deny');
    expect(lint(denyEc2).map((f) => f.code)).toContain('RCP_SYNTAX_ERROR_ACTION');
  });
  it('a level without an Allow denies a request of any service', () => {
    const denyS3 = rcp({ Effect: 'Deny', Principal: '*', Action: ['s3:*'], Resource: ['*'] });
    const r = evaluate({ identity: doc(allowSt('*')), rcp: [[denyS3]] }, start);
    expect(r.decision).toBe('implicit-deny');
    expect(r.missing).toEqual({ policy: 'rcp', level: 0 });
  });
});
