/**
 * Findings of the session-26 audit of the evaluator, one test each: a grant to a session's unique
 * id, requests and contexts evaluate cannot read (refused, never decided), prototype keys as
 * condition keys, tag names and context keys, and wildcards built to make a backtracking matcher
 * exponential.
 */
import { describe, expect, it } from 'vitest';
import { PolicyArgumentError, PolicyParseError } from '../../src/errors.js';
import { evaluate, type EvaluationRequest, type PolicyInput, type PolicySet, type RequestContext } from '../../src/evaluate/index.js';
import { ACCT, OBJECT, ROLE, SESSION, USER, allowSt, boundary, denySt, identity, resource, scp, session, trust } from './helpers.js';

const EVAL = 'reference_policies_evaluation-logic_policy-eval-denyallow';
const get: EvaluationRequest = { principal: SESSION, principalId: 'AROAEXAMPLEID7ROLE21', action: 's3:GetObject', resource: OBJECT, resourceAccount: ACCT };
const grantToId = resource(allowSt('s3:GetObject', '*', { Principal: { AWS: ['AROAEXAMPLEID7ROLE21'] } }));

describe('a resource-policy grant to the unique id of a session (AROA...)', () => {
  // EVAL, resource-based policies: a grant to the role ARN is limited by the permissions boundary and
  // session policies; the unique id AROA... is the role's (IAM stores role principals as it), so it
  // reads as a grant to the role, not to the session ARN
  it('is capped by the permissions boundary, like a grant to the role ARN', () => {
    const r = evaluate({ resource: grantToId, boundary: boundary(allowSt('ec2:*')) }, get);
    expect(r.decision).toBe('implicit-deny');
    expect(r.missing).toEqual({ policy: 'boundary' });
  });
  it('is capped by the session policy', () => {
    expect(evaluate({ resource: grantToId, session: session(allowSt('ec2:*')) }, get).decision).toBe('implicit-deny');
  });
  it('allows when the boundary and session policy allow too', () => {
    expect(evaluate({ resource: grantToId, boundary: boundary(allowSt('s3:*')), session: session(allowSt('s3:*')) }, get).decision).toBe('allow');
  });
  it('is still a grant to the user itself for an IAM user (AIDA...)', () => {
    const user = resource(allowSt('s3:GetObject', '*', { Principal: { AWS: ['AIDAEXAMPLEID7USER21'] } }));
    const r = evaluate({ resource: user, boundary: boundary(allowSt('ec2:*')) }, { principal: USER, principalId: 'AIDAEXAMPLEID7USER21', action: 's3:GetObject', resource: OBJECT, resourceAccount: ACCT });
    expect(r.decision).toBe('allow');
  });
});

describe('requests evaluate cannot read are refused, never decided', () => {
  const allowAll: PolicySet = { identity: identity(allowSt('*')) };
  const base: EvaluationRequest = { principal: USER, action: 's3:GetObject', resource: OBJECT };
  const bad: readonly (readonly [string, unknown, unknown])[] = [
    ['no action', allowAll, { principal: USER }],
    ['an empty action', allowAll, { ...base, action: '' }],
    ['an action that is a number', allowAll, { ...base, action: 5 }],
    ['an action without service prefix', allowAll, { ...base, action: 'GetObject' }],
    // a pattern compared as text would miss a Deny naming one of the actions it stands for
    ['an action pattern', { identity: identity(allowSt('*'), denySt('s3:GetObject')) }, { ...base, action: 's3:Get*' }],
    ['action "*"', allowAll, { ...base, action: '*' }],
    ['an action with whitespace', allowAll, { ...base, action: 's3:GetObject ' }],
    ['an empty resource', allowAll, { ...base, resource: '' }],
    ['a principal that is a number', allowAll, { ...base, principal: 111122223333 }],
    ['anonymous as a string', allowAll, { ...base, anonymous: 'false' }],
    ['an unknown principalType', allowAll, { ...base, principalType: 'Role' }],
    // an account is twelve digits (IAM User Guide, "Your AWS account ID"); a request naming another would decide
    // aws:PrincipalAccount and the cross-account rules for a caller that cannot exist
    ['a principalAccount that is no account id', allowAll, { ...base, principalAccount: 'abc' }],
    ['a resourceAccount that is no account id', allowAll, { ...base, resourceAccount: '1111-2222-3333' }],
    ['a principalAccount the principal ARN contradicts', allowAll, { ...base, principal: 'arn:aws:iam::111122223333:role/x', principalAccount: '444455556666' }],
    ['a principalAccount a bare account id contradicts', allowAll, { ...base, principal: '111122223333', principalAccount: '444455556666' }],
    ['an unknown resourceType', allowAll, { ...base, resourceType: 'bucket' }],
    ['a context that is a string', allowAll, { ...base, context: 'aws:SourceIp=1.2.3.4' }],
    ['a context that is an array', allowAll, { ...base, context: [['aws:SourceIp', '1.2.3.4']] }],
    ['a null context value', { identity: identity(allowSt('*', '*', { Condition: { StringNotEquals: { 'aws:PrincipalTag/team': ['ops'] } } })) }, { ...base, context: { 'aws:PrincipalTag/team': null } }],
    ['an object context value', { identity: identity(allowSt('*', '*', { Condition: { StringNotEquals: { 'aws:PrincipalTag/team': ['ops'] } } })) }, { ...base, context: { 'aws:PrincipalTag/team': { value: 'ops' } } }],
    ['a NaN context value', { identity: identity(allowSt('*', '*', { Condition: { NumericNotEquals: { 's3:max-keys': ['10'] } } })) }, { ...base, context: { 's3:max-keys': Number.NaN } }],
    ['an invalid Date', allowAll, { ...base, context: { 'aws:CurrentTime': new Date('not a date') } }],
    ['a nested array', allowAll, { ...base, context: { 'aws:TagKeys': [['env']] } }],
    ['an array with a hole', allowAll, { ...base, context: { 'aws:TagKeys': ['env', undefined] } }],
    ['policies that are null', null, base],
    ['SCP levels that are not an array', { ...allowAll, scp: { root: [] } }, base],
    ['a request that is null', allowAll, null],
    // a key that names no policy type would drop its policies, and their Denies, unseen
    ['a misspelt policy type (an SCP that denies, as "scps")', { ...allowAll, scps: [[identity(denySt('*', '*'))]] }, base],
    ['a policy given where the set belongs', identity(allowSt('*', '*')), base],
  ];
  it.each(bad.map(([name, p, r]) => [name, p, r] as const))('%s: PolicyArgumentError', (_name, p, r) => {
    expect(() => evaluate(p as PolicySet, r as EvaluationRequest)).toThrow(PolicyArgumentError);
  });
  it('a set with a key that names no policy type says which key and the types there are', () => {
    expect(() => evaluate({ ...allowAll, scps: [] } as PolicySet, base)).toThrow(
      'evaluate: policies holds "scps", which names no policy type; the types are identity, resource, boundary, session, endpoint, scp, rcp',
    );
    // a key set to undefined is an omitted policy type, as before
    expect(evaluate({ ...allowAll, boundary: undefined } as unknown as PolicySet, base).decision).toBe('allow');
  });
  it('one policy where the set belongs says where a policy of its kind goes', () => {
    // a policy is not a set: read as one, its keys (kind, document) would name no policy type
    expect(() => evaluate(identity(allowSt('*', '*')) as unknown as PolicySet, base)).toThrow(
      'evaluate: policies is one identity policy, not a set of policies by type; pass { identity: policy }.',
    );
    expect(() => evaluate(scp(denySt('*', '*')) as unknown as PolicySet, base)).toThrow('pass { identity: ..., scp: [[policy]] } (one list per level, root first)');
    expect(() => evaluate(trust({ Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] }, Action: ['sts:AssumeRole'] }) as unknown as PolicySet, base)).toThrow('pass { resource: policy }');
  });
  it('principalAccount may repeat the account of the principal, or name one a principal without account has', () => {
    expect(evaluate(allowAll, { ...base, principal: 'arn:aws:iam::111122223333:role/x', principalAccount: '111122223333' }).decision).toBe('allow');
    expect(() => evaluate(allowAll, { ...base, principal: 'arn:aws:sts::111122223333:assumed-role/x/s', principalAccount: '444455556666' })).toThrow(
      'evaluate: principalAccount "444455556666" is not the account of principal "arn:aws:sts::111122223333:assumed-role/x/s"',
    );
    const svc = { resource: resource(allowSt('s3:GetObject', '*', { Principal: { Service: ['sns.amazonaws.com'] } })) };
    expect(evaluate(svc, { action: 's3:GetObject', resource: OBJECT, principal: 'sns.amazonaws.com', principalAccount: '444455556666', resourceAccount: ACCT }).decision).toBe('allow');
  });
  it('a context key set to undefined is absent, as documented', () => {
    expect(evaluate({ identity: identity(allowSt('*', '*', { Condition: { Null: { 'aws:SourceIp': ['true'] } } })) }, { ...base, context: { 'aws:SourceIp': undefined } }).decision).toBe('allow');
  });
});

describe('prototype keys are ordinary keys', () => {
  // JSON text, as evaluate reads it (the reader's own parser, not JSON.parse)
  const text = (condition: string): PolicyInput =>
    `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},{"Effect":"Deny","Action":"*","Resource":"*","Condition":${condition}}]}` as unknown as PolicyInput;
  const req = (context: string): EvaluationRequest => ({ principal: USER, action: 's3:GetObject', resource: OBJECT, context: JSON.parse(context) as RequestContext });
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'aws:PrincipalTag/__proto__', 'aws:ResourceTag/constructor'])(
    '%s as a condition key: absent unless the context holds it, matched by value when it does',
    (key) => {
      const policy = text(`{"StringEquals":{${JSON.stringify(key)}:"x"}}`);
      // reference_policies_elements_condition_operators: a positive operator on an absent key does not match
      expect(evaluate({ identity: policy }, req('{}')).decision).toBe('allow');
      expect(evaluate({ identity: policy }, req(`{${JSON.stringify(key)}:"x"}`)).decision).toBe('explicit-deny');
      expect(evaluate({ identity: policy }, req(`{${JSON.stringify(key)}:"y"}`)).decision).toBe('allow');
      // a negated operator on an absent key matches
      expect(evaluate({ identity: text(`{"StringNotEquals":{${JSON.stringify(key)}:"x"}}`) }, req('{}')).decision).toBe('explicit-deny');
      expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    },
  );
  it('a variable naming a prototype key is unresolved when the context lacks it', () => {
    // reference_policies_variables: a variable whose key is absent cannot be replaced; its Resource entry matches nothing
    const p = identity(allowSt('s3:GetObject', 'arn:aws:s3:::docs/${constructor}'));
    expect(evaluate({ identity: p }, { principal: USER, action: 's3:GetObject', resource: 'arn:aws:s3:::docs/function Object() { [native code] }' }).decision).toBe('implicit-deny');
    expect(evaluate({ identity: p }, { principal: USER, action: 's3:GetObject', resource: 'arn:aws:s3:::docs/c', context: JSON.parse('{"constructor":"c"}') as RequestContext }).decision).toBe('allow');
  });
});

describe('wildcards that would make a backtracking matcher exponential', () => {
  // reference_policies_elements_action / _resource / condition_operators#Conditions_String: * is any run;
  // the pattern needs a "b" the text lacks, so each answer is "no match"; it must come back at all
  const pattern = '*a'.repeat(3000) + 'b';
  const text = 'a'.repeat(30_000);
  it('in Action, Resource and StringLike', () => {
    const p = identity(
      allowSt(`s3:${pattern}`),
      allowSt('s3:GetObject', `arn:aws:s3:::${pattern}`),
      allowSt('s3:PutObject', '*', { Condition: { StringLike: { 's3:prefix': [pattern] } } }),
    );
    expect(evaluate({ identity: p }, { principal: USER, action: `s3:${text}` }).decision).toBe('implicit-deny');
    expect(evaluate({ identity: p }, { principal: USER, action: 's3:GetObject', resource: `arn:aws:s3:::${text}` }).decision).toBe('implicit-deny');
    expect(evaluate({ identity: p }, { principal: USER, action: 's3:PutObject', context: { 's3:prefix': text } }).decision).toBe('implicit-deny');
    expect(evaluate({ identity: p }, { principal: USER, action: 's3:PutObject', context: { 's3:prefix': `${text}b` } }).decision).toBe('allow');
  });
  it('in ArnLike, per ARN component', () => {
    const p = identity(allowSt('*', '*', { Condition: { ArnLike: { 'aws:SourceArn': [`arn:aws:s3:::${pattern}`] } } }));
    expect(evaluate({ identity: p }, { principal: USER, action: 's3:GetObject', context: { 'aws:SourceArn': `arn:aws:s3:::${text}` } }).decision).toBe('implicit-deny');
  });
});

describe(`documented rules the audit re-checked (${EVAL})`, () => {
  it('an IAM user grant in the same account is not limited by the boundary; a role grant is', () => {
    const b = boundary(allowSt('ec2:*'));
    const toUser = resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [USER] } }));
    const toRole = resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [ROLE] } }));
    expect(evaluate({ resource: toUser, boundary: b }, { principal: USER, action: 's3:GetObject', resource: OBJECT, resourceAccount: ACCT }).decision).toBe('allow');
    expect(evaluate({ resource: toRole, boundary: b }, { principal: SESSION, action: 's3:GetObject', resource: OBJECT, resourceAccount: ACCT }).decision).toBe('implicit-deny');
  });
});

describe('VPC endpoint policies', () => {
  // Amazon VPC, PrivateLink guide, "Control access to VPC endpoints using endpoint policies": an endpoint
  // policy does not override or replace identity-based or resource-based policies; the default policy
  // allows full access; a request through the endpoint is allowed only when the endpoint policy allows
  // it too. Endpoint policies name principals like resource-based policies.
  const PL = 'vpc-endpoints-access';
  const fullAccess = { Effect: 'Allow', Principal: '*', Action: ['*'], Resource: ['*'] } as const;
  const readAll = identity(allowSt('s3:*'));
  const req: EvaluationRequest = { principal: USER, action: 's3:GetObject', resource: OBJECT };
  it(`${PL}: the default (full access) policy keeps the identity grant, and is listed in matched`, () => {
    const r = evaluate({ identity: readAll, endpoint: resource(fullAccess) }, req);
    expect(r.decision).toBe('allow');
    expect(r.matched.map((m) => m.policy)).toEqual(['endpoint', 'identity']);
    expect(r.explanation).toContain('the VPC endpoint policy');
  });
  it(`${PL}: an endpoint policy that does not allow the action denies it (implicitly)`, () => {
    const r = evaluate({ identity: readAll, endpoint: resource({ ...fullAccess, Action: ['s3:PutObject'] }) }, req);
    expect(r.decision).toBe('implicit-deny');
    expect(r.missing).toEqual({ policy: 'endpoint' });
  });
  it(`${PL}: a Deny in the endpoint policy denies`, () => {
    const r = evaluate({ identity: readAll, endpoint: resource(fullAccess, { ...fullAccess, Effect: 'Deny', Action: ['s3:GetObject'] }) }, req);
    expect(r.decision).toBe('explicit-deny');
    expect(r.matched).toEqual([{ policy: 'endpoint', policyIndex: 0, statementIndex: 1, effect: 'Deny' }]);
  });
  it(`${PL}: it grants nothing by itself`, () => {
    expect(evaluate({ endpoint: resource(fullAccess) }, req).decision).toBe('implicit-deny');
  });
  it(`${PL}: its Principal must name the caller`, () => {
    const onlyBob = resource({ ...fullAccess, Principal: { AWS: [`arn:aws:iam::${ACCT}:user/bob`] } });
    expect(evaluate({ identity: readAll, endpoint: onlyBob }, req).decision).toBe('implicit-deny');
    const account = resource({ ...fullAccess, Principal: { AWS: [ACCT] } });
    expect(evaluate({ identity: readAll, endpoint: account }, req).decision).toBe('allow');
  });
  it(`${PL}: it applies to anonymous callers too`, () => {
    const bucket = resource(allowSt('s3:GetObject', '*', { Principal: '*' }));
    const anon: EvaluationRequest = { action: 's3:GetObject', resource: OBJECT, anonymous: true };
    expect(evaluate({ resource: bucket, endpoint: resource(fullAccess) }, anon).decision).toBe('allow');
    expect(evaluate({ resource: bucket, endpoint: resource({ ...fullAccess, Principal: { AWS: [USER] } }) }, anon).decision).toBe('implicit-deny');
  });
  it(`${PL}: conditions such as aws:PrincipalOrgID are evaluated`, () => {
    const org = resource({ ...fullAccess, Condition: { StringEquals: { 'aws:PrincipalOrgID': ['o-abc'] } } });
    expect(evaluate({ identity: readAll, endpoint: org }, req).decision).toBe('implicit-deny');
    expect(evaluate({ identity: readAll, endpoint: org }, { ...req, context: { 'aws:PrincipalOrgID': 'o-abc' } }).decision).toBe('allow');
  });
});

describe('one condition block naming a key twice in different case', () => {
  // reference_policies_elements_condition: condition key names are not case-sensitive; Access Analyzer
  // reports "Duplicate keys with different case" as an error. Read as two tests that must both hold,
  // the Deny below would never apply, so evaluate refuses the policy instead of deciding.
  it('is refused (PolicyParseError, DUPLICATE_KEY), in a Deny as in an Allow', () => {
    for (const Effect of ['Allow', 'Deny'] as const) {
      const policy = { Version: '2012-10-17', Statement: [{ Effect, Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/Team': 'a', 'aws:principaltag/team': 'b' } } }] };
      let issue: unknown;
      try {
        evaluate({ identity: policy }, { principal: USER, action: 's3:GetObject', context: { 'aws:PrincipalTag/team': 'a' } });
      } catch (e) {
        issue = (e as PolicyParseError).issues[0];
      }
      expect(issue).toMatchObject({ code: 'DUPLICATE_KEY', path: 'Statement[0].Condition["StringEquals"]["aws:principaltag/team"]' });
    }
  });
  it('the same key under two operators is two tests, as documented (both must hold)', () => {
    const p = identity(allowSt('*', '*', { Condition: { StringLike: { 'aws:PrincipalTag/team': ['a*'] }, StringNotEquals: { 'AWS:PRINCIPALTAG/TEAM': ['ab'] } } }));
    expect(evaluate({ identity: p }, { principal: USER, action: 's3:GetObject', context: { 'aws:PrincipalTag/team': 'ac' } }).decision).toBe('allow');
    expect(evaluate({ identity: p }, { principal: USER, action: 's3:GetObject', context: { 'aws:PrincipalTag/team': 'ab' } }).decision).toBe('implicit-deny');
  });
});
