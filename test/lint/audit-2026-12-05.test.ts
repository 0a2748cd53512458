/**
 * Lint findings missing, doubled or wrong (audit of 2026-12-05), each checked against the "IAM policy
 * validation check reference" (IAM User Guide; entries cited by title) and the pages it links.
 */
import { describe, expect, it } from 'vitest';
import { matchesArnTemplate } from '../../src/catalog/match.js';
import { lint, type LintOptions } from '../../src/lint/index.js';

type Json = Record<string, unknown>;
const doc = (...Statement: Json[]): string => JSON.stringify({ Version: '2012-10-17', Statement });
const all = (policy: string, options: LintOptions = {}) =>
  lint(policy, options)
    .map((f) => [f.code, f.path])
    .sort((a, b) => `${a[0]}`.localeCompare(`${b[0]}`));
const codes = (policy: string, options: LintOptions = {}) => lint(policy, options).map((f) => f.code);

describe('1. a wildcard in any principal key: {"CanonicalUser": "*"}, {"Federated": "*"} and partial wildcards', () => {
  // "Error – Unsupported wildcard in principal": "Wildcards (*, ?) are not supported with the principal key
  // {{principal_key}}"; "you cannot use a wildcard to mean 'all users' ... You also cannot use a wildcard to match
  // part of a name or an ARN". IAM User Guide, Principal element, "All principals": only "Principal": "*" and
  // {"AWS": "*"} mean everyone.
  const bucket = (Principal: Json) => doc({ Effect: 'Allow', Principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
  const role = (Principal: Json, Action = 'sts:AssumeRole') => doc({ Effect: 'Allow', Principal, Action });
  it('reports {"CanonicalUser": "*"} in a resource policy (accepted before), at the value', () => {
    expect(all(bucket({ CanonicalUser: '*' }), { kind: 'resource' })).toEqual([['UNSUPPORTED_WILDCARD_IN_PRINCIPAL', 'Statement[0].Principal.CanonicalUser[0]']]);
    expect(lint(bucket({ CanonicalUser: '*' }), { kind: 'resource' })[0]!.severity).toBe('error');
    expect(all(bucket({ CanonicalUser: ['0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 'abc?'] }), { kind: 'resource' })).toEqual([
      ['UNSUPPORTED_WILDCARD_IN_PRINCIPAL', 'Statement[0].Principal.CanonicalUser[1]'],
    ]);
  });
  it('reports "*" in CanonicalUser and Federated of a role trust policy as ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL', () => {
    expect(all(role({ CanonicalUser: '*' }), { kind: 'trust' })).toEqual([['ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL', 'Statement[0].Principal.CanonicalUser[0]']]);
    const fed = codes(role({ Federated: '*' }, 'sts:AssumeRoleWithWebIdentity'), { kind: 'trust' });
    expect(fed).toContain('ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL');
    // one mistake, one finding: the federated-syntax error leaves wildcard values to the wildcard rule
    expect(fed).not.toContain('INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY');
  });
  it('a partial wildcard in a Federated value of a trust policy is the wildcard error, not the federated-syntax error', () => {
    const f = all(role({ Federated: 'arn:aws:iam::111122223333:saml-provider/*' }, 'sts:AssumeRoleWithSAML'), { kind: 'trust' });
    expect(f).toContainEqual(['ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL', 'Statement[0].Principal.Federated[0]']);
    expect(f.map((x) => x[0])).not.toContain('INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY');
  });
  it('a Federated value in a resource policy stays FEDERATED_PRINCIPAL_NOT_SUPPORTED only (no federated principal is supported there)', () => {
    expect(all(bucket({ Federated: '*' }), { kind: 'resource' })).toEqual([['FEDERATED_PRINCIPAL_NOT_SUPPORTED', 'Statement[0].Principal.Federated']]);
  });
  it('keeps {"AWS": "*"} in a resource policy and named principals of each key unreported', () => {
    expect(codes(bucket({ AWS: '*' }), { kind: 'resource' })).not.toContain('UNSUPPORTED_WILDCARD_IN_PRINCIPAL');
    expect(codes(bucket({ CanonicalUser: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef' }), { kind: 'resource' })).toEqual([]);
    expect(codes(role({ Federated: 'arn:aws:iam::111122223333:saml-provider/Okta' }, 'sts:AssumeRoleWithSAML'), { kind: 'trust' })).not.toContain('ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL');
  });
});

describe('1b. a Federated value with a wildcard names no provider: one finding, the wildcard error', () => {
  // "Error – Role trust policy unsupported wildcard in principal": "* is not supported in the Principal element
  // of a role trust policy"; principals match literally (IAM User Guide, Principal element: "You cannot use a
  // wildcard to match part of a principal name or ARN"), so such a value trusts no provider and the rules that
  // ask which provider is trusted (condition keys of OIDC / GitHub, the provider's sts action) have nothing to say.
  const role = (Federated: string, Action: string, Condition?: Json) =>
    doc({ Effect: 'Allow', Principal: { Federated }, Action, ...(Condition === undefined ? {} : { Condition }) });
  const only = [['ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL', 'Statement[0].Principal.Federated[0]']];
  it('an OIDC provider ARN with a wildcard is not also MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL (it was)', () => {
    expect(all(role('arn:aws:iam::111122223333:oidc-provider/*', 'sts:AssumeRoleWithWebIdentity'), { kind: 'trust' })).toEqual(only);
    expect(all(role('arn:aws:iam::111122223333:oidc-provider/accounts.google.co?', 'sts:AssumeRoleWithWebIdentity'), { kind: 'trust' })).toEqual(only);
  });
  it('a GitHub host with a wildcard is not also MISSING_GITHUB_REPO_CONDITION_KEY or SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED (it was)', () => {
    const host = 'token.actions.githubusercontent.com';
    expect(all(role(`arn:aws:iam::111122223333:oidc-provider/${host}*`, 'sts:AssumeRoleWithWebIdentity'), { kind: 'trust' })).toEqual(only);
    expect(all(role(`arn:aws:iam::111122223333:oidc-provider/${host}*`, 'sts:AssumeRoleWithWebIdentity', { StringLike: { [`${host}:sub`]: 'repo:*' } }), { kind: 'trust' })).toEqual(only);
  });
  it('{"Federated": "*"} with sts:AssumeRoleWithWebIdentity is not also MISMATCHED_ACTION_FOR_PRINCIPAL (it was)', () => {
    expect(all(role('*', 'sts:AssumeRoleWithWebIdentity'), { kind: 'trust' })).toEqual(only);
    expect(all(role('arn:aws:iam::111122223333:saml-provider/*', 'sts:AssumeRoleWithSAML'), { kind: 'trust' })).toEqual(only);
  });
  it('named providers keep their findings', () => {
    expect(codes(role('arn:aws:iam::111122223333:oidc-provider/accounts.example.com', 'sts:AssumeRoleWithWebIdentity'), { kind: 'trust' })).toEqual(['MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL']);
    expect(codes(role('arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com', 'sts:AssumeRoleWithWebIdentity'), { kind: 'trust' })).toEqual(['MISSING_GITHUB_REPO_CONDITION_KEY']);
    expect(codes(role('arn:aws:iam::111122223333:oidc-provider/accounts.example.com', 'sts:AssumeRole', { StringEquals: { 'accounts.example.com:aud': 'x' } }), { kind: 'trust' })).toEqual(['MISMATCHED_ACTION_FOR_PRINCIPAL']);
    // a wildcard value beside a named one: the named provider is still read
    expect(codes(doc({ Effect: 'Allow', Principal: { Federated: ['arn:aws:iam::111122223333:oidc-provider/*', 'arn:aws:iam::111122223333:oidc-provider/accounts.example.com'] }, Action: 'sts:AssumeRoleWithWebIdentity' }), { kind: 'trust' }).sort()).toEqual([
      'MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL',
      'ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL',
    ]);
  });
});

describe('2. an RCP Principal other than "*" is one finding, PRINCIPAL_MUST_BE_ANYONE', () => {
  // "Error – RCP syntax error principal": "The Principal element contents are not valid. RCPs only support
  // specifying all principals ("*") in the Principal element." That entry covers every other Principal of an RCP;
  // "Unsupported wildcard in principal"'s fix ("provide a more specific principal") cannot apply in an RCP.
  const rcp = (Principal: Json) => doc({ Effect: 'Deny', Principal, Action: 's3:*', Resource: '*' });
  it('a partial wildcard, {"Service": "*"} and a Federated principal are PRINCIPAL_MUST_BE_ANYONE only', () => {
    expect(all(rcp({ AWS: 'arn:aws:iam::111122223333:role/*' }), { kind: 'rcp' })).toEqual([['PRINCIPAL_MUST_BE_ANYONE', 'Statement[0].Principal']]);
    expect(all(rcp({ Service: '*' }), { kind: 'rcp' })).toEqual([['PRINCIPAL_MUST_BE_ANYONE', 'Statement[0].Principal']]);
    expect(all(rcp({ Federated: '*' }), { kind: 'rcp' })).toEqual([['PRINCIPAL_MUST_BE_ANYONE', 'Statement[0].Principal']]);
  });
  it('the same values in a resource policy are still reported by the wildcard rule', () => {
    const bucket = doc({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/*' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
    expect(codes(bucket, { kind: 'resource' })).toContain('UNSUPPORTED_WILDCARD_IN_PRINCIPAL');
  });
});

describe('3. SSM public parameters with an empty account fit ssm parameter actions', () => {
  // Systems Manager User Guide, "Public parameters": AWS publishes them under /aws/service/..., with ARNs such as
  // "arn:aws:ssm:us-east-2::parameter/aws/service/ami-amazon-linux-latest/amzn-ami-hvm-x86_64-ebs" (empty account).
  // SSM API Reference, PutParameter, Name: "A parameter name can't be prefixed with "aws" or "ssm" (case-insensitive)",
  // so a customer's parameter cannot be named so; the service's error adds "except global parameter name path prefixed
  // with "aws" (case-sensitive)".
  const get = (Action: string, Resource: string) => codes(doc({ Effect: 'Allow', Action, Resource }), { kind: 'identity' });
  it('accepts public parameters of AWS with an empty account in a named Region', () => {
    expect(get('ssm:GetParameter', 'arn:aws:ssm:us-east-1::parameter/aws/service/ami-amazon-linux-latest/*')).toEqual([]);
    expect(get('ssm:GetParametersByPath', 'arn:aws:ssm:eu-west-1::parameter/aws/service/global-infrastructure/regions')).toEqual([]);
  });
  it('still reports a customer parameter without its account, and a capital AWS (not the global path)', () => {
    expect(get('ssm:GetParameter', 'arn:aws:ssm:us-east-1::parameter/myapp/db-url')).toContain('RESOURCE_MISMATCH');
    expect(get('ssm:GetParameter', 'arn:aws:ssm:us-east-1::parameter/AWS/service/x')).toContain('RESOURCE_MISMATCH');
  });
  it('AWS-owned SSM documents are still accepted (the same rule, one table)', () => {
    expect(get('ssm:SendCommand', 'arn:aws:ssm:us-east-1::document/AWS-RunShellScript')).toEqual([]);
  });
});

describe('4. the ARN-format check: a policy * inside an ARN head field stays in that field', () => {
  // IAM User Guide, Resource element: a "*" that ends a segment "can expand to match beyond the colon boundaries";
  // src/model/match.ts (resourceArnMatch, endsWithStar) keeps every other head wildcard inside its component, and
  // the catalog's check now asks the same rule.
  const LOGS = 'arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}';
  it('a * inside the Region field does not swallow the account and the resource type', () => {
    expect(matchesArnTemplate(LOGS, 'arn:aws:logs:*-1:log-group:x:y')).toBe(false);
    expect(matchesArnTemplate(LOGS, 'arn:aws:logs:us-?ast-1:log-group:x:y')).toBe(false);
    const f = lint(doc({ Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: 'arn:aws:logs:*-1:log-group:x:*' }), { kind: 'identity' });
    expect(f.map((x) => x.code)).toContain('RESOURCE_MISMATCH');
  });
  it('a * that ends a head field still crosses colons, as IAM matches it', () => {
    // AWSGlueServiceRole's arn:aws:logs:*:*:/aws-glue/* (docs/evaluation.md)
    expect(matchesArnTemplate(LOGS, 'arn:aws:logs:*:*:/aws-glue/*')).toBe(true);
    expect(matchesArnTemplate(LOGS, 'arn:aws:logs:us-*:111122223333:log-group:x')).toBe(true);
    expect(matchesArnTemplate(LOGS, 'arn:aws:logs:us-*-1:111122223333:log-group:x')).toBe(true);
  });
});

describe('5. USE_CONDITION_KEY_ONLY_WITH_SUPPORTED_SERVICES', () => {
  // "General Warning – Use condition key only with supported services": "The condition key {{key}} works only with
  // specific AWS services and must be scoped to supported services in your policies" (aws:VpceAccount, aws:VpceOrgID,
  // aws:VpceOrgPaths). IAM User Guide, global condition keys, each key's Availability: "The following services
  // support this key" (S3, KMS, Lambda, ...; IAM "except for the iam:PassRole action"; SQS for aws:VpceOrgID only).
  const stmt = (Action: unknown, Condition: Json) => doc({ Effect: 'Allow', Action, Resource: '*', Condition });
  const found = (Action: unknown, Condition: Json) => lint(stmt(Action, Condition), { kind: 'identity' }).filter((f) => f.code === 'USE_CONDITION_KEY_ONLY_WITH_SUPPORTED_SERVICES');
  it('warns at the key when no action is of a supported service', () => {
    const f = found('ec2:DescribeInstances', { StringEquals: { 'aws:VpceAccount': '111122223333' } });
    expect(f.map((x) => [x.path, x.severity])).toEqual([['Statement[0].Condition.StringEquals["aws:VpceAccount"]', 'warning']]);
    expect(found('iam:PassRole', { StringEquals: { 'aws:vpceorgid': 'o-abcdefghij' } })).toHaveLength(1);
    expect(found('sqs:SendMessage', { 'ForAnyValue:StringLike': { 'aws:VpceOrgPaths': 'o-abcdefghij/*' } })).toHaveLength(1);
  });
  it('is quiet when some action is of a supported service, for a service wildcard, and for NotAction', () => {
    expect(found(['ec2:DescribeInstances', 's3:GetObject'], { StringEquals: { 'aws:VpceAccount': '111122223333' } })).toEqual([]);
    expect(found('sqs:SendMessage', { StringEquals: { 'aws:VpceOrgID': 'o-abcdefghij' } })).toEqual([]);
    expect(found('iam:GetRole', { StringEquals: { 'aws:VpceAccount': '111122223333' } })).toEqual([]);
    expect(found('*', { StringEquals: { 'aws:VpceAccount': '111122223333' } })).toEqual([]);
    const notAction = doc({ Effect: 'Allow', NotAction: 'ec2:*', Resource: '*', Condition: { StringEquals: { 'aws:VpceAccount': '111122223333' } } });
    expect(codes(notAction, { kind: 'identity' })).not.toContain('USE_CONDITION_KEY_ONLY_WITH_SUPPORTED_SERVICES');
  });
});

describe('6. RESOURCE_MISMATCH: a bucket action on an object ARN, a table action on an index ARN', () => {
  // the classic mistake: s3:ListBucket takes the bucket ARN (Service Authorization Reference, S3:
  // ListBucket, resource type bucket, arn:${Partition}:s3:::${BucketName}), and a bucket name holds
  // no "/" (S3 User Guide, bucket naming rules), so `bucket/*` names no bucket; likewise
  // dynamodb:GetItem takes a table, whose name holds no "/" (DynamoDB naming rules)
  const st = (Action: string | string[], Resource: string | string[]) => doc({ Effect: 'Allow', Action, Resource });
  it('reports s3:ListBucket on arn:aws:s3:::b/* alone', () => {
    expect(all(st('s3:ListBucket', 'arn:aws:s3:::b/*'))).toEqual([['RESOURCE_MISMATCH', 'Statement[0].Resource[0]']]);
  });
  it('says nothing when another action of the statement takes the ARN, or the bucket ARN is listed', () => {
    expect(codes(st(['s3:ListBucket', 's3:GetObject'], ['arn:aws:s3:::b', 'arn:aws:s3:::b/*']))).toEqual([]);
    expect(codes(st('s3:ListBucket', 'arn:aws:s3:::b*'))).toEqual([]);
  });
  it('the ARN-format rules read the same names: an SQS ARN with a "/" fits no SQS format', () => {
    // INVALID_ARN_RESOURCE compares resource parts alone; it read `queue/orders` as a queue name
    // while RESOURCE_MISMATCH, comparing whole ARNs, did not
    expect(codes(st('sqs:SendMessage', 'arn:aws:sqs:us-east-1:111122223333:queue/orders')).sort()).toEqual(['INVALID_ARN_RESOURCE', 'RESOURCE_MISMATCH']);
    expect(codes(st('sqs:SendMessage', 'arn:aws:sqs:us-east-1:111122223333:orders'))).toEqual([]);
  });
  it('reports dynamodb:GetItem on an index ARN, not dynamodb:Query', () => {
    const index = 'arn:aws:dynamodb:us-east-1:111122223333:table/Orders/index/*';
    expect(codes(st('dynamodb:GetItem', index))).toEqual(['RESOURCE_MISMATCH']);
    expect(codes(st('dynamodb:Query', index))).toEqual([]);
  });
});
