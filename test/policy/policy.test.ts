/**
 * The policy object (src/policy/): made frozen by the factories, new policies from add, withId and
 * withTarget, and isPolicy telling policy objects from look-alike JSON.
 */
import { describe, expect, it } from 'vitest';
import { allow, deny, isPolicy, parsePolicy, policy, principal, PolicyValidationError } from '../../src/index.js';

describe('policy factories', () => {
  it('build one frozen policy per kind with Version 2012-10-17', () => {
    const p = policy.identity(allow('s3:GetObject').on('*'));
    expect(p.kind).toBe('identity');
    expect(p.toJSON().Version).toBe('2012-10-17');
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.document.Statement)).toBe(true);
  });

  it('hands out documents frozen all the way down, whichever way the statements came', () => {
    const frozenDeep = (v: unknown): boolean =>
      typeof v !== 'object' || v === null || (Object.isFrozen(v) && Object.values(v).every(frozenDeep));
    const fromBuilder = allow('s3:GetObject', 's3:PutObject')
      .on('arn:aws:s3:::a/*')
      .by(principal.account('111122223333'))
      .when('StringEquals', 'aws:PrincipalOrgID', ['o-1', 'o-2']);
    const model = { Effect: 'Allow' as const, Action: ['s3:ListBucket'], Resource: ['arn:aws:s3:::a'], Principal: { AWS: ['*'] } };
    const p = policy.resource(fromBuilder, model);
    // frozen when the policy is made: toString first, then the document
    expect(p.toString()).toContain('"o-2"');
    expect(frozenDeep(p.document)).toBe(true);
    expect(frozenDeep(p.add(fromBuilder.sid('Again')).withId('x').withTarget('s3-bucket').document)).toBe(true);
    // a caller's own statement object is copied, never frozen: changing it later cannot change the policy
    expect(Object.isFrozen(model.Action)).toBe(false);
    model.Action.push('s3:PutObject');
    expect(p.document.Statement[1]!.Action).toEqual(['s3:ListBucket']);
    // the builder stays usable, and its statements are frozen too
    expect(frozenDeep(fromBuilder.toStatement())).toBe(true);
    expect(fromBuilder.on('arn:aws:s3:::b/*').toJSON().Resource).toEqual(['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*']);
  });

  it('checks the statements a builder made against the kind, and every other statement in full', () => {
    const made = allow('s3:GetObject').on('*');
    expect(() => (policy.trust as (...s: unknown[]) => unknown)(made)).toThrowError(/trust/);
    expect(() => policy.identity({ Effect: 'Allow', Action: ['s3 GetObject'], Resource: ['*'] })).toThrowError(/invalid action "s3 GetObject"/);
    // a statement taken out of a builder is plain model data again: checked in full, and valid
    expect(policy.identity(made.toStatement()).toString()).toBe(policy.identity(made).toString());
  });

  it('add() returns a new policy and checks the kind again', () => {
    const p = policy.identity(allow('s3:GetObject').on('*'));
    const q = p.add(deny('s3:DeleteObject').on('*'));
    expect(p.statements).toHaveLength(1);
    expect(q.statements).toHaveLength(2);
    expect(() => (p.add as (...s: unknown[]) => unknown)(allow('s3:GetObject').on('*').by(principal.anyone()))).toThrowError(
      PolicyValidationError,
    );
  });

  it('withId and withTarget keep the kind', () => {
    const p = policy.resource(allow('sqs:SendMessage').by(principal.service('sns.amazonaws.com')).on('*')).withId('QueuePolicy');
    expect(p.toJSON()).toMatchObject({ Version: '2012-10-17', Id: 'QueuePolicy' });
    expect(Object.keys(p.toJSON())).toEqual(['Version', 'Id', 'Statement']);
    expect(p.withTarget('sqs-queue').size().target).toBe('sqs-queue');
    expect(() => p.withTarget('nope' as 'managed')).toThrowError(/Unknown size target "nope"/);
  });

  it('accepts model statements too', () => {
    const p = policy.identity({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'] });
    expect(p.toString()).toBe('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}');
  });
});

describe('"Principal": "*" in a role trust policy', () => {
  // IAM refuses "Principal": "*" in a role trust policy (MalformedPolicyDocument, "invalid principal":
  // aws/aws-cdk#5732) and takes {"AWS": "*"}, the same principals (IAM User Guide, Principal element: "The
  // following elements are equivalent"), which it recommends in a trust policy only with a Condition
  const org = ['StringEquals', 'aws:PrincipalOrgID', 'o-abcdefghij'] as const;
  const json = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abcdefghij"}}}]}';
  it('is written {"AWS": "*"}: built with principal.anyone(), given as data, or added', () => {
    expect(policy.trust(allow('sts:AssumeRole').by(principal.anyone()).when(...org)).toString()).toBe(json);
    expect(policy.trust({ Effect: 'Allow', Principal: '*', Action: ['sts:AssumeRole'], Condition: { StringEquals: { 'aws:PrincipalOrgID': ['o-abcdefghij'] } } }).toString()).toBe(json);
    const added = policy.trust(allow('sts:AssumeRole').by(principal.account('111122223333'))).add(allow('sts:AssumeRole').by(principal.anyone()).when(...org));
    expect(added.document.Statement[1]!.Principal).toEqual({ AWS: ['*'] });
    expect(Object.isFrozen(added.document.Statement[1]!.Principal)).toBe(true);
  });
  it('a parsed trust policy keeps its text; other kinds keep "*"', () => {
    const text = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"}]}';
    expect(parsePolicy(text, { kind: 'trust' }).toString()).toBe(text);
    expect(policy.resource(allow('s3:GetObject').by(principal.anyone()).on('arn:aws:s3:::b/*')).document.Statement[0]!.Principal).toBe('*');
  });
});

describe('isPolicy', () => {
  it('is true for a built policy of every kind and for a parsed one', () => {
    const built = [
      policy.identity(allow('s3:GetObject').on('*')),
      policy.resource(allow('s3:GetObject').on('*').by(principal.anyone())),
      policy.trust(allow('sts:AssumeRole').by(principal.service('lambda.amazonaws.com'))),
      policy.scp(deny('s3:DeleteBucket').on('*')),
      policy.identity(allow('s3:GetObject').on('*')).add(deny('s3:DeleteObject').on('*')).withId('Id1').withTarget('managed'),
    ];
    for (const p of built) expect(isPolicy(p), p.kind).toBe(true);
    expect(isPolicy(parsePolicy('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}'))).toBe(true);
  });

  it('is false for the JSON of a policy and for anything else', () => {
    const p = policy.identity(allow('s3:GetObject').on('*'));
    for (const v of [p.toJSON(), p.document, JSON.parse(p.toString()), p.toString(), null, undefined, 0, '', [], {}, () => p]) {
      expect(isPolicy(v), String(v)).toBe(false);
    }
  });

  it('is false for a copy of a policy: it has the data but none of the methods', () => {
    const p = policy.identity(allow('s3:GetObject').on('*'));
    const copy: unknown = { ...p };
    expect(isPolicy(copy)).toBe(false);
    expect(isPolicy(Object.assign({}, p))).toBe(false);
    expect(String(copy)).toBe('[object Object]');
    // the brand is no own property: nothing to copy, nothing to see among the keys
    expect(Object.getOwnPropertySymbols(p)).toEqual([]);
  });
});

describe('add() to a 2008-10-17 policy', () => {
  // a parsed policy without Version is read as 2008-10-17, where IAM reads ${...} as plain text
  const legacy = parsePolicy('{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}', { kind: 'identity' });

  it('refuses a statement with a policy variable, which that version would read literally (a Deny on ${aws:username} denied nobody)', () => {
    for (const s of [
      deny('s3:DeleteObject').on('arn:aws:s3:::home/${aws:username}/*'),
      deny('s3:*').on('*').when('StringLike', 's3:prefix', '${aws:username}/*'),
      { Effect: 'Deny', Action: ['s3:*'], Resource: ['arn:aws:s3:::home/${aws:username}/*'] },
    ]) {
      let error: unknown;
      try {
        legacy.add(s as never);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PolicyValidationError);
      expect((error as PolicyValidationError).issues).toEqual([expect.objectContaining({ path: 'Statement[1]', code: 'INVALID_VERSION' })]);
    }
  });

  it('takes statements without variables, and a 2012-10-17 policy takes variables', () => {
    expect(legacy.add(deny('s3:*').on('arn:aws:s3:::x')).statements).toHaveLength(2);
    const current = parsePolicy('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}', { kind: 'identity' });
    expect(current.add(deny('s3:DeleteObject').on('arn:aws:s3:::home/${aws:username}/*')).document.Version).toBe('2012-10-17');
  });
});
