import { describe, expect, it } from 'vitest';
import { allow, deny, parsePolicy, policy, policyVariable, principal } from '../../src/index.js';
import { isAwsPrincipal, isFederatedPrincipal } from '../../src/model/principals.js';
import { variableNameProblem } from '../../src/model/variables.js';

// plain JavaScript callers (and config strings) reach the helpers untyped
const P = principal as unknown as Record<string, (...args: unknown[]) => { type: string; value: string }>;

describe('principal.aws takes only the values IAM holds in Principal.AWS (model/principals isAwsPrincipal)', () => {
  // IAM User Guide, Principal element: account id, account/user/role ARN, role session and
  // federated user session ARNs, CloudFront OAI; IAM stores user and role principals as unique ids
  it.each([
    '*',
    '111122223333',
    'AROADBQP57FF2AEXAMPLE',
    'AIDACKCEVSQ6C2EXAMPLE',
    'arn:aws:iam::111122223333:root',
    'arn:aws-cn:iam::111122223333:role/service-role/Deployer',
    'arn:aws-us-gov:iam::111122223333:user/division/alice',
    'arn:aws:sts::111122223333:assumed-role/Deployer/ci-run',
    'arn:aws:sts::111122223333:federated-user/bob',
    'arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2QWRUHAPOMQZL',
  ])('takes %s', (v) => {
    expect(principal.aws(v)).toEqual({ type: 'AWS', value: v });
  });

  // each of these was taken and written into Principal.AWS
  it.each([
    ['white space', '  '],
    ['padding', ' arn:aws:iam::111122223333:root'],
    ['no principal form', 'hello'],
    // Principal values match literally: a partial wildcard names nobody (lint: UNSUPPORTED_WILDCARD_IN_PRINCIPAL)
    ['a partial wildcard', 'arn:aws:iam::111122223333:user/*'],
    ['a ? wildcard', 'arn:aws:iam::11112222333?:root'],
    // policy variables are substituted in Resource and Condition only (IAM User Guide, policy variables)
    ['a policy variable', '${aws:PrincipalAccount}'],
    ['a variable in an ARN', 'arn:aws:iam::111122223333:user/${aws:username}'],
    // groups are never principals (IAM User Guide, Principal element)
    ['a group', 'arn:aws:iam::111122223333:group/devs'],
    // IAM is global: its ARNs have an empty Region
    ['a Region in an IAM ARN', 'arn:aws:iam:us-east-1:111122223333:root'],
    ['an unknown partition', 'arn:aws-xx:iam::111122223333:root'],
    ['a short account', 'arn:aws:iam::1111:root'],
    ['a service ARN', 'arn:aws:s3:::bucket'],
    ['a short unique id', 'AROAEXAMPLE'],
  ])('refuses %s', (_, v) => {
    expect(() => principal.aws(v)).toThrowError(/not an AWS principal/);
    expect(isAwsPrincipal(v)).toBe(false);
  });
});

describe('principal.federated and principal.oidc take only identity providers (model/principals isFederatedPrincipal)', () => {
  // IAM User Guide, Principal element: SAML and OIDC provider ARNs, and the web identity providers by host
  it.each([
    'cognito-identity.amazonaws.com',
    'www.amazon.com',
    'graph.facebook.com',
    'accounts.google.com',
    'arn:aws:iam::111122223333:saml-provider/Okta',
    'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
  ])('federated takes %s', (v) => {
    expect(principal.federated(v)).toEqual({ type: 'Federated', value: v });
  });

  // each was taken: `*` in a trust policy's Federated, or a provider no account can create
  it.each([' ', '*', 'hello world', 'arn:aws:iam::111122223333:saml-provider/*', 'arn:aws:iam::111122223333:oidc-provider/a b', 'arn:aws:iam::${aws:PrincipalAccount}:saml-provider/Okta'])(
    'federated refuses %j',
    (v) => {
      expect(() => principal.federated(v)).toThrowError(/not a federated principal/);
    },
  );

  it('a variable is never a federated principal for the builder, while lint reads the ARN form alone', () => {
    expect(isFederatedPrincipal('arn:aws:iam::${aws:PrincipalAccount}:saml-provider/Okta')).toBe(true);
  });

  it.each(['*', 'a b', 'token.actions.githubusercontent.com/*', '${aws:username}.example.com'])('oidc refuses the host %j', (host) => {
    expect(() => principal.oidc('111122223333', host)).toThrowError(/without scheme, wildcards or spaces/);
  });

  it('oidc takes a host with a path', () => {
    expect(principal.oidc('111122223333', 'oidc.eks.us-east-1.amazonaws.com/id/ABC').value).toBe('arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC');
  });
});

describe('the ARN-taking principal helpers', () => {
  it('refuse a Region in an IAM ARN (IAM is global: arn:aws:iam::<account>:...)', () => {
    expect(() => P.account!('arn:aws:iam:us-east-1:111122223333:root')).toThrowError(/arn:aws:iam::123456789012:root/);
    expect(() => P.role!('arn:aws:iam:us-east-1:111122223333:role/Deployer')).toThrowError(/not an IAM role ARN/);
    expect(() => P.user!('arn:aws:iam:us-east-1:111122223333:user/alice')).toThrowError(/not an IAM user ARN/);
    expect(principal.role('arn:aws:iam::111122223333:role/a/b/Deployer').value).toBe('arn:aws:iam::111122223333:role/a/b/Deployer');
  });

  it('refuse the path "//" and paths holding a policy variable', () => {
    // IAM API reference, CreateRole Path: "/" alone, or "/" + one or more of U+0021-U+007F + "/"
    expect(() => principal.role('111122223333', 'Deployer', { path: '//' })).toThrowError(/IAM path/);
    expect(() => principal.role('arn:aws:iam::111122223333:role//Deployer')).toThrowError(/IAM path/);
    // a variable is not substituted in Principal: the ARN named a role called "${aws:username}/..." literally
    expect(() => principal.role('111122223333', 'Deployer', { path: '/${aws:username}/' })).toThrowError(/policy variables/);
    expect(principal.role('111122223333', 'Deployer', { path: '///' }).value).toBe('arn:aws:iam::111122223333:role///Deployer');
    expect(principal.user('111122223333', 'alice', { path: '/division/' }).value).toBe('arn:aws:iam::111122223333:user/division/alice');
  });
});

describe('policyVariable refuses names no variable has (model/variables variableNameProblem, as lint reads them)', () => {
  // `${*}`, `${?}`, `${$}` are escapes for a literal character (IAM User Guide, policy variables), not variables
  it.each(['*', '?', '$', 'aws:user\tname', 'aws:user\nname', "aws:user'name", 'aws:user,name', ' aws:username'])('refuses the key %j', (key) => {
    expect(() => policyVariable(key as 'aws:username')).toThrowError(/Invalid policy variable key/);
  });

  it('takes condition keys', () => {
    expect(policyVariable('aws:PrincipalTag/team', 'none')).toBe("${aws:PrincipalTag/team, 'none'}");
    expect(variableNameProblem('token.actions.githubusercontent.com:sub')).toBeUndefined();
    expect(variableNameProblem('aws:user name')).toBe('space');
    expect(variableNameProblem(' ')).toBe('empty');
  });
});

describe('endpoint policies take NotPrincipal', () => {
  // IAM User Guide, NotPrincipal: "supported in resource-based policies for some AWS services, including VPC endpoints"
  it('built and parsed', () => {
    const p = policy.endpoint(deny('s3:*').notBy(principal.account('111122223333')).on('*'));
    expect(p.toJSON().Statement[0]).toMatchObject({ Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } });
    const parsed = parsePolicy(p.toString(), { kind: 'endpoint' });
    expect(parsed.kind).toBe('endpoint');
    // still required: one of Principal or NotPrincipal
    expect(() => policy.endpoint(allow('s3:GetObject').on('*') as never)).toThrowError(/Principal/);
  });
});

describe('NotPrincipal with Allow is refused when built, kept when read', () => {
  // IAM User Guide, NotPrincipal: "NotPrincipal must be used with "Effect":"Deny". Using it with
  // "Effect":"Allow" is not supported." Allow + NotPrincipal grants everyone not listed, anonymous callers too.
  const allowAllBut = { Effect: 'Allow', NotPrincipal: { AWS: ['arn:aws:iam::111122223333:root'] }, Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/*'] } as const;

  it.each(['resource', 'endpoint'] as const)('%s: built from the builder or from data', (kind) => {
    const built = allow('s3:GetObject').on('arn:aws:s3:::b/*').notBy(principal.account('111122223333'));
    expect(() => policy[kind](built as never)).toThrowError(/NotPrincipal needs Deny/);
    expect(() => policy[kind](allowAllBut as never)).toThrowError(/NotPrincipal needs Deny/);
    expect(() => policy[kind](deny('s3:GetObject').on('arn:aws:s3:::b/*').by(principal.anyone())).add(allowAllBut as never)).toThrowError(/NotPrincipal needs Deny/);
    // Deny with NotPrincipal is the documented use
    expect(policy[kind](deny('s3:GetObject').on('arn:aws:s3:::b/*').notBy(principal.account('111122223333'))).kind).toBe(kind);
  });

  it('a policy that is read keeps it (lint reports ALLOW_WITH_NOT_PRINCIPAL)', () => {
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [allowAllBut] });
    expect(parsePolicy(text, { kind: 'resource' }).document.Statement[0]).toMatchObject({ Effect: 'Allow' });
  });
});

describe('principals written by hand and given as data are held to the form of their helper (model/principals isPrincipalValue)', () => {
  // IAM User Guide, Principal element: "You cannot use a wildcard to match part of a principal name
  // or ARN"; policy variables are substituted in Resource and Condition only. A Deny naming a value
  // in no such form denies nobody, so the builder refuses it as the helpers do.
  const bad: [string, string][] = [
    ['AWS', 'hello world'],
    ['AWS', 'arn:aws:iam::111122223333:role/*'],
    ['AWS', '${aws:PrincipalAccount}'],
    ['AWS', 'arn:aws:iam::111122223333:group/devs'],
    ['Service', 'lambda'],
    ['Service', 'Lambda.amazonaws.com'],
    ['Service', '*'],
    ['Federated', 'arn:aws:iam::${aws:PrincipalAccount}:saml-provider/Okta'],
    ['Federated', 'example.com'],
    ['CanonicalUser', 'abc'],
  ];
  const helper = { AWS: 'aws', Service: 'service', Federated: 'federated', CanonicalUser: 'canonicalUser' } as Record<string, string>;
  it.each(bad)('.by({ type: %j, value: %j }) is INVALID_PRINCIPAL, naming the helper, which refuses it too', (type, value) => {
    expect(() => (principal as unknown as Record<string, (v: string) => unknown>)[helper[type]!]!(value)).toThrowError(expect.objectContaining({ issues: [expect.objectContaining({ code: 'INVALID_PRINCIPAL' })] }));
    const message = `${JSON.stringify(value)} is in no form IAM reads in Principal.${type}; make it with principal.${helper[type]}(...), which says what to write.`;
    for (const build of [
      () => deny('s3:GetObject').on('arn:aws:s3:::b/*').by({ type, value } as never),
      () => deny('s3:GetObject').on('arn:aws:s3:::b/*').notBy({ type, value } as never),
    ])
      expect(build).toThrowError(expect.objectContaining({ issues: [expect.objectContaining({ code: 'INVALID_PRINCIPAL', message })] }));
  });

  it.each(bad)('a statement given as data with Principal.%s %j is refused at its path', (type, value) => {
    const s = { Effect: 'Deny', Principal: { [type]: [value] }, Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/*'] };
    expect(() => policy.resource(s as never)).toThrowError(expect.objectContaining({ issues: [expect.objectContaining({ code: 'INVALID_PRINCIPAL', path: `Statement[0].Principal.${type}[0]` })] }));
    expect(() => policy.endpoint({ ...s, Principal: undefined, NotPrincipal: { [type]: [value] } } as never)).toThrowError(/NotPrincipal\./);
    // parse keeps what IAM stores; lint reports it
    expect(parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: [s] }), { kind: 'resource' }).statements).toHaveLength(1);
  });

  it('every value a helper makes is taken by hand and as data', () => {
    const made = [
      principal.account('111122223333'),
      principal.role('111122223333', 'Deployer', { path: '/service-role/' }),
      principal.assumedRole('111122223333', 'Deployer', 'ci-run'),
      principal.service('lambda.amazonaws.com'),
      principal.federated('accounts.google.com'),
      principal.oidc('111122223333', 'token.actions.githubusercontent.com'),
      principal.saml('111122223333', 'Okta'),
      principal.canonicalUser('79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'),
      { type: 'AWS', value: 'AROADBQP57FF2AEXAMPLE' },
      { type: 'AWS', value: '*' },
    ] as const;
    const built = allow('s3:GetObject').on('arn:aws:s3:::b/*').by(made.map(({ type, value }) => ({ type, value })));
    const p = policy.resource(built);
    expect(policy.resource(p.statements[0]!).toString()).toBe(p.toString());
  });

  it('a value holding a CDK token is taken as written: only deploy time resolves it', () => {
    // what `role.roleArn` and `Aws.ACCOUNT_ID` give in a CDK app before synthesis
    for (const value of ['${Token[TOKEN.123]}', 'arn:aws:iam::${Token[AWS.AccountId.4]}:root'])
      expect(policy.resource(allow('s3:GetObject').on('arn:aws:s3:::b/*').by({ type: 'AWS', value })).toJSON().Statement[0]!.Principal).toEqual({ AWS: value });
  });
});

describe('condition keys given as data are held to the form .when takes (model/syntax isConditionKey)', () => {
  // IAM User Guide, Condition element: a key is "service:Key"; variables are substituted in values only
  it.each([':x', 'aws:', ' aws:username', 'aws', 'aws:${aws:username}'])('refuses %j', (key) => {
    const s = { Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'], Condition: { StringEquals: { [key]: ['v'] } } };
    expect(() => policy.identity(s as never)).toThrowError(expect.objectContaining({ issues: [expect.objectContaining({ code: 'INVALID_CONDITION' })] }));
    expect(() => allow('s3:GetObject').on('*').when('StringEquals', key as never, 'v')).toThrowError(expect.objectContaining({ issues: [expect.objectContaining({ code: 'INVALID_CONDITION' })] }));
  });
  it('takes keys with a tag or a path after the name', () => {
    const s = { Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'], Condition: { StringEquals: { 'aws:ResourceTag/team': ['a'], 's3:prefix': ['home/'] } } };
    expect(policy.identity(s as never).statements).toHaveLength(1);
  });
});

describe('.by(...) merges principals into one frozen map', () => {
  it('holds the types in canonical order whatever order they were given in, and each value once', () => {
    const s = allow('s3:GetObject')
      .on('*')
      .by(principal.service('lambda.amazonaws.com'))
      .by(principal.account('111122223333'), principal.service('lambda.amazonaws.com'))
      .by(principal.account('111122223333'), principal.account('444455556666'));
    const p = policy.resource(s).document.Statement[0]!.Principal;
    // the document is the model form (IAM User Guide, Principal element: a map of types to lists); emit writes the same order
    expect(p).toEqual({ AWS: ['arn:aws:iam::111122223333:root', 'arn:aws:iam::444455556666:root'], Service: ['lambda.amazonaws.com'] });
    expect(Object.keys(p as object)).toEqual(['AWS', 'Service']);
    expect(Object.isFrozen(p)).toBe(true);
    for (const list of Object.values(p as object)) expect(Object.isFrozen(list)).toBe(true);
  });

  it('leaves an earlier step untouched (a list a step does not change is shared, and frozen)', () => {
    const first = allow('s3:GetObject').on('*').by(principal.service('lambda.amazonaws.com'));
    const second = first.by(principal.account('111122223333'));
    expect(policy.resource(first).document.Statement[0]!.Principal).toEqual({ Service: ['lambda.amazonaws.com'] });
    expect(policy.resource(second).document.Statement[0]!.Principal).toEqual({ AWS: ['arn:aws:iam::111122223333:root'], Service: ['lambda.amazonaws.com'] });
  });
});
