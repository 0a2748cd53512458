/**
 * Five lint findings that were missing, doubled or wrong (audit of 2026-12-04), each checked against the
 * "IAM policy validation check reference" (IAM User Guide; entries cited by title) and the pages it links.
 */
import { describe, expect, it } from 'vitest';
import { lint, type LintOptions } from '../../src/lint/index.js';

type Json = Record<string, unknown>;
const doc = (...Statement: Json[]): string => JSON.stringify({ Version: '2012-10-17', Statement });
const all = (policy: string, options: LintOptions = {}) => lint(policy, options).map((f) => [f.code, f.path]);
const codes = (policy: string, options: LintOptions = {}) => lint(policy, options).map((f) => f.code);

describe('1. "Principal": {} is one finding, EMPTY_OBJECT_PRINCIPAL', () => {
  // "Suggestion – Empty object principal": an empty object in a statement's Principal element names no
  // principal and has no effect. That entry names this exact mistake; "Error – Invalid principal format"
  // ("Specify a key-value pair") is the general one, so the model's INVALID_PRINCIPAL gives way here.
  const trust = (el: string) => doc({ Effect: 'Allow', [el]: {}, Action: 'sts:AssumeRole' });
  const bucket = (el: string, Effect = 'Allow') => doc({ Effect, [el]: {}, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
  it('reports only EMPTY_OBJECT_PRINCIPAL for an empty Principal (trust and resource policies)', () => {
    expect(all(trust('Principal'), { kind: 'trust' })).toEqual([['EMPTY_OBJECT_PRINCIPAL', 'Statement[0].Principal']]);
    expect(all(bucket('Principal'), { kind: 'resource' })).toEqual([['EMPTY_OBJECT_PRINCIPAL', 'Statement[0].Principal']]);
    expect(lint(bucket('Principal'), { kind: 'resource' })[0]!.severity).toBe('suggestion');
  });
  it('and for an empty NotPrincipal of a Deny', () => {
    expect(all(bucket('NotPrincipal', 'Deny'), { kind: 'resource' })).toEqual([['EMPTY_OBJECT_PRINCIPAL', 'Statement[0].NotPrincipal']]);
  });
  it('keeps INVALID_PRINCIPAL for other malformed principals: an unknown principal key, a string other than "*"', () => {
    // "Error – Invalid principal key": the supported keys are AWS, CanonicalUser, Federated and Service
    const badKey = doc({ Effect: 'Allow', Principal: { Bogus: 'x' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
    expect(codes(badKey, { kind: 'resource' })).toContain('INVALID_PRINCIPAL');
    expect(codes(badKey, { kind: 'resource' })).not.toContain('EMPTY_OBJECT_PRINCIPAL');
    const badString = doc({ Effect: 'Allow', Principal: 'arn:aws:iam::111122223333:root', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
    expect(codes(badString, { kind: 'resource' })).toContain('INVALID_PRINCIPAL');
  });
  it('keeps INVALID_PRINCIPAL when EMPTY_OBJECT_PRINCIPAL is turned off (the mistake is still reported once)', () => {
    expect(all(bucket('Principal'), { kind: 'resource', rules: { EMPTY_OBJECT_PRINCIPAL: 'off' } })).toEqual([['INVALID_PRINCIPAL', 'Statement[0].Principal']]);
  });
});

describe('2. "Principal": "*" in a role trust policy is ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL; {"AWS": "*"} is not', () => {
  // "Error – Role trust policy unsupported wildcard in principal": "Principal": "*" is not supported in a role
  // trust policy, and IAM refuses it there (MalformedPolicyDocument, "invalid principal": aws/aws-cdk#5732).
  // {"AWS": "*"} it accepts (aws-cdk-lib's OrganizationPrincipal writes it since aws/aws-cdk#5746), and the IAM
  // User Guide (Principal element) recommends "a wildcard in the Principal element in a role's trust policy"
  // only with a Condition element: without one, PUBLIC_PRINCIPAL_WITHOUT_CONDITION (security) reports it.
  const trust = (Principal: unknown, Condition?: Json, Effect = 'Allow') => doc({ Effect, Principal, Action: 'sts:AssumeRole', ...(Condition === undefined ? {} : { Condition }) });
  const wildcard = (Principal: unknown, Condition?: Json, Effect?: string) =>
    lint(trust(Principal, Condition, Effect), { kind: 'trust' })
      .filter((f) => f.code === 'ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL')
      .map((f) => [f.path, f.severity]);
  const org = { StringEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij' } };
  it('reports "*", with or without conditions, and names {"AWS": "*"} with a condition as a way out', () => {
    expect(wildcard('*')).toEqual([['Statement[0].Principal', 'error']]);
    expect(wildcard('*', org)).toEqual([['Statement[0].Principal', 'error']]);
    expect(lint(trust('*', org), { kind: 'trust' })[0]!.message).toContain('{"AWS": "*"} with a condition such as aws:PrincipalOrgID');
  });
  it('does not report {"AWS": "*"}: with an organisation condition (an Allow), as a Deny guard, beside an account', () => {
    expect(codes(trust({ AWS: '*' }, org), { kind: 'trust' })).toEqual([]);
    const guard = { StringNotEquals: { 'aws:PrincipalOrgID': '${aws:ResourceOrgId}' }, BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' } };
    expect(wildcard({ AWS: '*' }, guard, 'Deny')).toEqual([]);
    expect(wildcard({ AWS: ['arn:aws:iam::111122223333:root', '*'] }, org)).toEqual([]);
  });
  it('without a condition, {"AWS": "*"} is the security finding for a public principal', () => {
    expect(codes(trust({ AWS: '*' }), { kind: 'trust' })).toEqual(['PUBLIC_PRINCIPAL_WITHOUT_CONDITION']);
  });
  it('does not report a named account, nor {"AWS": "*"} in a resource policy (all principals is supported there)', () => {
    expect(wildcard({ AWS: 'arn:aws:iam::111122223333:root' }, { StringEquals: { 'sts:ExternalId': 'x' } })).toEqual([]);
    const bucket = doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: org });
    expect(codes(bucket, { kind: 'resource' })).toEqual([]);
  });
});

describe('3. {"Service": "*"} is UNSUPPORTED_WILDCARD_IN_PRINCIPAL (ROLE_TRUST_POLICY_... in a trust policy)', () => {
  // "Error – Unsupported wildcard in principal": wildcards (*, ?) are not supported with the principal key; the
  // lone "*" means all principals only as "Principal": "*" or {"AWS": "*"} (IAM User Guide, Principal element,
  // "All principals"). "Error – Invalid service principal format" is for values that are no service name: a
  // wildcard is left to the wildcard rules, so one mistake is one finding.
  const bucket = (Service: unknown) => doc({ Effect: 'Allow', Principal: { Service }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } });
  const role = (Service: unknown) => doc({ Effect: 'Allow', Principal: { Service }, Action: 'sts:AssumeRole' });
  it('reports the lone "*" at the value, as an error', () => {
    expect(all(bucket('*'), { kind: 'resource' })).toEqual([['UNSUPPORTED_WILDCARD_IN_PRINCIPAL', 'Statement[0].Principal.Service[0]']]);
    expect(all(role(['lambda.amazonaws.com', '*']), { kind: 'trust' })).toEqual([['ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL', 'Statement[0].Principal.Service[1]']]);
    expect(lint(bucket('*'), { kind: 'resource' })[0]!.message).toContain('"lambda.amazonaws.com"');
  });
  it('a partial wildcard is one finding too (not also INVALID_SERVICE_PRINCIPAL_FORMAT)', () => {
    expect(all(bucket('*.amazonaws.com'), { kind: 'resource' })).toEqual([['UNSUPPORTED_WILDCARD_IN_PRINCIPAL', 'Statement[0].Principal.Service[0]']]);
  });
  it('does not report a named service principal; a malformed one stays INVALID_SERVICE_PRINCIPAL_FORMAT', () => {
    expect(codes(bucket('logging.s3.amazonaws.com'), { kind: 'resource' })).toEqual([]);
    expect(codes(role('lambda.amazonaws.com'), { kind: 'trust' })).toEqual([]);
    expect(codes(bucket('Lambda'), { kind: 'resource' })).toEqual(['INVALID_SERVICE_PRINCIPAL_FORMAT']);
  });
});

describe('4. AWS-owned SSM documents written with an empty account are no RESOURCE_MISMATCH', () => {
  // AWS Systems Manager User Guide, "Setting up identity based policies examples" (Automation): the account ID
  // should not be given in the ARN of AWS-owned public documents. SSM API Reference, CreateDocument, Name:
  // the prefixes aws, amazon and amzn are reserved by AWS. The Service Authorization Reference's format
  // arn:${Partition}:ssm:${Region}:${Account}:document/${DocumentName} has an account, which other documents need.
  const send = (Resource: string | string[], Effect = 'Allow', Action: string | string[] = 'ssm:SendCommand') => doc({ Effect, Action, Resource });
  const mismatched = (policy: string) => lint(policy).filter((f) => f.code === 'RESOURCE_MISMATCH').map((f) => [f.path, f.severity]);
  it('accepts AWS-owned documents in any Region field, named, by a pattern, or with a variable', () => {
    expect(mismatched(send(['arn:aws:ssm:*::document/AWS-RunShellScript', 'arn:aws:ssm:us-east-1::document/AWS-*', 'arn:aws:ssm:us-east-1::document/AWS-RunShellScript']))).toEqual([]);
    expect(mismatched(send(['arn:aws:ssm:eu-west-1::document/AmazonInspector2-ConfigureInspectorSsmPlugin', 'arn:aws:ssm:eu-west-1::document/*']))).toEqual([]);
    expect(codes(send('arn:aws:ssm:us-east-1::document/AWS-RunShellScript'))).toEqual([]);
    // a variable may stand for any name, an AWS-owned one included
    expect(mismatched(send('arn:aws:ssm:us-east-1::document/${aws:PrincipalTag/document}'))).toEqual([]);
    // automation runbooks: the automation-definition type names the same documents
    expect(mismatched(send('arn:aws:ssm:us-east-1::automation-definition/AWS-RestartEC2Instance:$DEFAULT', 'Allow', 'ssm:StartAutomationExecution'))).toEqual([]);
  });
  it('a Deny of an AWS-owned document is no error either', () => {
    expect(mismatched(send('arn:aws:ssm:us-east-1::document/AWS-RunShellScript', 'Deny'))).toEqual([]);
  });
  it('still reports an empty account on a document AWS cannot own, on another SSM type, or with actions of another service', () => {
    expect(mismatched(send('arn:aws:ssm:us-east-1::document/MyDocument'))).toEqual([['Statement[0].Resource[0]', 'warning']]);
    expect(mismatched(send('arn:aws:ssm:us-east-1::document/MyDocument', 'Deny'))).toEqual([['Statement[0].Resource[0]', 'error']]);
    expect(mismatched(send('arn:aws:ssm:us-east-1::managed-instance/mi-0123456789abcdef0'))).toEqual([['Statement[0].Resource[0]', 'warning']]);
    expect(mismatched(send('arn:aws:ssm:us-east-1::document/AWS-RunShellScript', 'Allow', 's3:GetObject'))).toEqual([['Statement[0].Resource[0]', 'warning']]);
  });
  it('a document with its account still fits, as before', () => {
    expect(mismatched(send('arn:aws:ssm:us-east-1:111122223333:document/MyDocument'))).toEqual([]);
  });
});

describe('5. private ranges of aws:SourceIp follow the check reference: 100.64.0.0/10 is not reported', () => {
  // "Error – Private IP address" and "Suggestion – Private IP address subset": aws:SourceIp works only for public
  // IP address ranges. The entries name no ranges, so typed-iam adds none beyond its documented list (RFC 1918,
  // loopback, link-local, fc00::/7); 100.64.0.0/10 (RFC 6598 shared address space) is not among them.
  const ip = (values: string[], operator = 'IpAddress') => doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { [operator]: { 'aws:SourceIp': values } } });
  const privateCodes = (policy: string) => codes(policy).filter((c) => c.startsWith('PRIVATE_'));
  it('reports the listed private ranges', () => {
    expect(privateCodes(ip(['10.0.0.0/8']))).toEqual(['PRIVATE_IP_ADDRESS']);
    expect(privateCodes(ip(['192.168.1.0/24', '203.0.113.0/24']))).toEqual(['PRIVATE_IP_ADDRESS_SUBSET']);
    expect(privateCodes(ip(['172.16.0.0/12'], 'NotIpAddress'))).toEqual(['PRIVATE_NOT_IP_ADDRESS']);
  });
  it('does not report the shared address space 100.64.0.0/10, alone or beside a public range', () => {
    expect(privateCodes(ip(['100.64.0.0/10']))).toEqual([]);
    expect(privateCodes(ip(['100.64.1.0/24', '203.0.113.0/24']))).toEqual([]);
    expect(privateCodes(ip(['100.64.0.0/10'], 'NotIpAddress'))).toEqual([]);
  });
});
