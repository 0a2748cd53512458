import { describe, expect, it } from 'vitest';
import { allow, deny, policy, principal, PolicyValidationError, type PolicyIssueCode } from '../../src/index.js';
import type { PolicyKind, Statement } from '../../src/index.js';

/** Builds a policy of `kind` from model statements, bypassing compile-time checks (dynamic input). */
function dynamic(kind: PolicyKind, ...statements: Statement[]) {
  return (policy[kind] as (...s: Statement[]) => unknown)(...statements);
}

function codes(kind: PolicyKind, ...statements: Statement[]): PolicyIssueCode[] {
  try {
    dynamic(kind, ...statements);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyValidationError);
    expect((e as PolicyValidationError).kind).toBe(kind);
    return (e as PolicyValidationError).issues.map((i) => i.code);
  }
}

const any = { Principal: '*' as const };
const s = (x: Partial<Statement>): Statement => ({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'], ...x });

describe('kind rules at run time (iam-reference §6)', () => {
  it.each(['identity', 'boundary', 'session', 'scp'] as const)('%s: Principal and NotPrincipal forbidden, Resource required', (kind) => {
    expect(codes(kind, s({}))).toEqual([]);
    expect(codes(kind, s(any))).toEqual(['PRINCIPAL_NOT_ALLOWED']);
    expect(codes(kind, s({ Effect: 'Deny', NotPrincipal: { AWS: ['arn:aws:iam::111122223333:root'] } }))).toEqual([
      'PRINCIPAL_NOT_ALLOWED',
    ]);
    const { Resource: _r, ...noResource } = s({});
    expect(codes(kind, noResource)).toEqual(['RESOURCE_REQUIRED']);
    expect(codes(kind, s({ Sid: 'has space' }))).toEqual(['INVALID_SID']);
  });

  it('trust: Principal required, no Resource, only sts actions', () => {
    const t = (x: Partial<Statement>): Statement => ({ Effect: 'Allow', Action: ['sts:AssumeRole'], Principal: { Service: ['ec2.amazonaws.com'] }, ...x });
    expect(codes('trust', t({}))).toEqual([]);
    expect(codes('trust', t({ Action: ['sts:AssumeRole*', 'sts:TagSession', 'STS:assumerolewithsaml'] }))).toEqual([]);
    expect(codes('trust', t({ Resource: ['*'] }))).toEqual(['RESOURCE_NOT_ALLOWED']);
    expect(codes('trust', t({ NotResource: ['*'] }))).toEqual(['RESOURCE_NOT_ALLOWED']);
    expect(codes('trust', { Effect: 'Allow', Action: ['sts:AssumeRole'] })).toEqual(['PRINCIPAL_REQUIRED']);
    expect(codes('trust', t({ Principal: undefined as never, NotPrincipal: { AWS: ['x'] } }))).toContain('NOT_PRINCIPAL_NOT_ALLOWED');
    expect(codes('trust', t({ Action: ['s3:GetObject'] }))).toEqual(['ACTION_NOT_ALLOWED']);
    expect(codes('trust', t({ Action: ['*'] }))).toEqual(['ACTION_NOT_ALLOWED']);
    expect(codes('trust', t({ Action: ['sts:Get*'] }))).toEqual(['ACTION_NOT_ALLOWED']);
  });

  it('resource: Principal or NotPrincipal required, Resource optional', () => {
    expect(codes('resource', s(any))).toEqual([]);
    expect(codes('resource', { Effect: 'Allow', Action: ['ecr:BatchGetImage'], Principal: { AWS: ['arn:aws:iam::111122223333:root'] } })).toEqual([]);
    expect(codes('resource', s({ Effect: 'Deny', NotPrincipal: { AWS: ['arn:aws:iam::111122223333:root'] } }))).toEqual([]);
    expect(codes('resource', s({}))).toEqual(['PRINCIPAL_REQUIRED']);
    expect(codes('resource', s({ ...any, Sid: 'KMS key admins' }))).toEqual([]);
  });

  it('rcp: Deny only, Principal "*", no NotAction, no "*" action', () => {
    const r = (x: Partial<Statement>): Statement => ({ Effect: 'Deny', Action: ['s3:*'], Resource: ['*'], Principal: '*', ...x });
    expect(codes('rcp', r({}))).toEqual([]);
    expect(codes('rcp', r({ Principal: { AWS: ['*'] } }))).toEqual([]);
    expect(codes('rcp', r({ Effect: 'Allow', Condition: { StringEquals: { 'aws:PrincipalOrgID': ['o-1'] } } }))).toEqual(['EFFECT_NOT_ALLOWED']);
    expect(codes('rcp', r({ Effect: 'Allow', Action: ['*'] }))).toEqual([]); // RCPFullAWSAccess
    expect(codes('rcp', r({ Action: undefined as never, NotAction: ['s3:GetObject'] }))).toContain('NOT_ACTION_NOT_ALLOWED');
    expect(codes('rcp', r({ Action: ['*'] }))).toEqual(['ACTION_NOT_ALLOWED']);
    expect(codes('rcp', r({ Principal: { AWS: ['arn:aws:iam::111122223333:root'] } }))).toEqual(['PRINCIPAL_MUST_BE_ANYONE']);
    expect(codes('rcp', r({ Principal: undefined as never }))).toEqual(['PRINCIPAL_REQUIRED']);
  });

  it('endpoint: Principal (or NotPrincipal) required, Resource required', () => {
    expect(codes('endpoint', s(any))).toEqual([]);
    expect(codes('endpoint', s({}))).toEqual(['PRINCIPAL_REQUIRED']);
    // IAM User Guide, NotPrincipal: "supported in resource-based policies for some AWS services, including VPC endpoints"
    expect(codes('endpoint', s({ Effect: 'Deny', NotPrincipal: { AWS: ['111122223333'] } }))).toEqual([]);
  });

  it('grammar rules apply to every kind and every problem is listed at once', () => {
    const bad = { Effect: 'allow', Action: ['s3:GetObject'], NotAction: ['s3:PutObject'], Resource: ['*'], NotResource: ['x'] } as unknown as Statement;
    expect(codes('identity', bad)).toEqual(['INVALID_EFFECT', 'CONFLICTING_ELEMENTS', 'CONFLICTING_ELEMENTS']);
    expect(codes('identity', { Effect: 'Allow', Resource: ['*'] })).toEqual(['MISSING_ELEMENT']);
    expect(codes('identity', s({ Action: ['s3 GetObject'] }))).toEqual(['INVALID_ACTION']);
    expect(codes('identity', s({ Resource: [''] }))).toEqual(['EMPTY_VALUE']);
    expect(codes('resource', s({ Principal: {} }))).toEqual(['INVALID_PRINCIPAL']);
    expect(codes('resource', s({ Principal: { Bogus: ['x'] } as never }))).toEqual(['INVALID_PRINCIPAL']);
  });

  it('names the statement and element in the error message', () => {
    try {
      dynamic('identity', s({}), s(any));
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toContain('Invalid identity policy');
      expect((e as Error).message).toContain('Statement[1].Principal');
      expect((e as PolicyValidationError).issues[0].path).toBe('Statement[1].Principal');
    }
  });

  it('builder statements obey the same rules when types are bypassed', () => {
    expect(() => dynamic('rcp', allow('s3:GetObject').on('*').by(principal.anyone()).toStatement())).toThrowError(/only take Deny/);
    expect(() => dynamic('trust', allow('sts:AssumeRole').on('*').by(principal.anyone()).toStatement())).toThrowError(/trust policy/);
    expect(policy.rcp(deny('s3:*').on('*').by(principal.anyone())).kind).toBe('rcp');
    expect(policy.endpoint(allow('s3:GetObject').on('*').by(principal.anyone())).kind).toBe('endpoint');
  });
});

describe('statements given as data must be in the model form', () => {
  // Plain JavaScript may pass the JSON form ("Action": "s3:GetObject"); read as a list it would be
  // split into characters. The model form has arrays everywhere (src/model/policy-document.ts).
  const json = (x: Record<string, unknown>) => ({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'], ...x }) as unknown as Statement;

  it.each([
    ['Action', { Action: 's3:GetObject' }],
    ['NotAction', { Action: undefined, NotAction: 's3:GetObject' }],
    ['Resource', { Resource: 'arn:aws:s3:::b/*' }],
    ['NotResource', { Resource: undefined, NotResource: [1] }],
    ['Condition.Bool["aws:SecureTransport"]', { Condition: { Bool: { 'aws:SecureTransport': 'true' } } }],
    ['Condition.StringEquals["0"]', { Condition: { StringEquals: ['x'] } }],
    ['Condition.StringEquals', { Condition: { StringEquals: null } }],
  ])('%s not an array is INVALID_TYPE, never a TypeError', (path, x) => {
    try {
      dynamic('identity', json(x));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyValidationError);
      const issue = (e as PolicyValidationError).issues[0]!;
      expect(issue).toMatchObject({ code: 'INVALID_TYPE', path: `Statement[0].${path}` });
      expect(issue.message).toContain('parsePolicy');
    }
  });

  it('a principal value not an array is INVALID_TYPE', () => {
    const st = { Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: ['s3:GetObject'], Resource: ['*'] } as unknown as Statement;
    expect(codes('resource', st)).toEqual(['INVALID_TYPE']);
  });

  it('the model form passes (near miss)', () => {
    expect(codes('identity', json({ Condition: { Bool: { 'aws:SecureTransport': ['true'] } } }))).toEqual([]);
  });
});

describe('model form before the kind rules', () => {
  it.each(['trust', 'rcp'] as const)('%s: a JSON-form Action is INVALID_TYPE, not a TypeError in the kind rules', (kind) => {
    const st = { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole', Resource: ['*'] } as unknown as Statement;
    expect(codes(kind, st)).toEqual(['INVALID_TYPE']);
  });
});

describe('values of statements given as data are checked like built ones', () => {
  // the builder reads each condition value by its operator's family when a statement is built
  // (test/builder/values.test.ts); a statement given as data gets the same check and messages
  const data = (x: Record<string, unknown>) => ({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'], ...x }) as unknown as Statement;
  const issues = (st: Statement) => {
    try {
      dynamic('identity', st);
      return [];
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyValidationError);
      return (e as PolicyValidationError).issues.map((i) => ({ code: i.code, path: i.path }));
    }
  };

  it.each([
    ['IpAddress', 'aws:SourceIp', 'not-an-ip'],
    ['NumericLessThan', 's3:max-keys', 'ten'],
    ['DateGreaterThan', 'aws:CurrentTime', 'yesterday'],
    ['Bool', 'aws:SecureTransport', 'maybe'],
    ['ArnLike', 'aws:SourceArn', 'my-function'],
  ])('%s %s %j is INVALID_CONDITION_VALUE', (op, key, value) => {
    expect(issues(data({ Condition: { [op]: { [key]: [value] } } }))).toEqual([{ code: 'INVALID_CONDITION_VALUE', path: `Statement[0].Condition.${op}["${key}"][0]` }]);
  });

  it('an unknown operator and a Resource that is not an ARN are refused', () => {
    expect(issues(data({ Condition: { StringEqualz: { 'aws:username': ['a'] } } }))).toEqual([{ code: 'INVALID_CONDITION', path: 'Statement[0].Condition' }]);
    expect(issues(data({ Resource: ['my-bucket/*'] }))).toEqual([{ code: 'INVALID_RESOURCE', path: 'Statement[0].Resource[0]' }]);
  });

  it('near misses pass: readable values, policy variables under String operators, ARNs, API Gateway short form', () => {
    expect(issues(data({ Condition: { IpAddress: { 'aws:SourceIp': ['192.0.2.0/24'] }, StringLike: { 's3:prefix': ['home/${aws:username}/*'] } } }))).toEqual([]);
    expect(issues(data({ Resource: ['arn:aws:s3:::b/*', '*'] }))).toEqual([]);
    expect(issues(data({ Resource: ['execute-api:/*'] }))).toEqual([]);
  });

  it('policy.add checks them too', () => {
    const p = policy.identity(allow('s3:GetObject').on('*'));
    expect(() => (p.add as (s: Statement) => unknown)(data({ Condition: { Bool: { 'aws:SecureTransport': ['maybe'] } } }))).toThrow(PolicyValidationError);
  });
});
