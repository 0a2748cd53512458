import { describe, expect, it } from 'vitest';
import { allow, deny, principal, policyVariable, PolicyValidationError, PolicyArgumentError } from '../../src/index.js';

describe('statement builder', () => {
  it('emits every element in canonical order', () => {
    const s = allow('s3:GetObject')
      .sid('Read')
      .on('arn:aws:s3:::b/*')
      .by(principal.account('111122223333'))
      .when('Bool', 'aws:SecureTransport', true);
    expect(Object.keys(s.toJSON())).toEqual(['Sid', 'Effect', 'Principal', 'Action', 'Resource', 'Condition']);
    expect(s.toJSON()).toEqual({
      Sid: 'Read',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*',
      Condition: { Bool: { 'aws:SecureTransport': 'true' } },
    });
  });

  it('supports NotAction, NotResource and NotPrincipal', () => {
    expect(deny.not('iam:*').notOn('arn:aws:s3:::logs/*').notBy(principal.role('111122223333', 'Admin')).toJSON()).toEqual({
      Effect: 'Deny',
      NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/Admin' },
      NotAction: 'iam:*',
      NotResource: 'arn:aws:s3:::logs/*',
    });
  });

  it('is immutable: every call returns a new builder and old ones are unchanged', () => {
    const base = allow('s3:GetObject');
    const a = base.on('arn:aws:s3:::a/*');
    const b = base.on('arn:aws:s3:::b/*');
    expect(base.toStatement().Resource).toBeUndefined();
    expect(a.toStatement().Resource).toEqual(['arn:aws:s3:::a/*']);
    expect(b.toStatement().Resource).toEqual(['arn:aws:s3:::b/*']);
    expect(Object.isFrozen(a.toStatement())).toBe(true);
    expect(a).not.toBe(base);
  });

  it('adds resources and principals across calls, without duplicates', () => {
    const s = allow('s3:GetObject')
      .on('arn:aws:s3:::a/*')
      .on('arn:aws:s3:::b/*', 'arn:aws:s3:::a/*')
      .by(principal.account('111122223333'))
      .by(principal.service('lambda.amazonaws.com'), principal.account('111122223333'));
    expect(s.toJSON().Resource).toEqual(['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*']);
    expect(s.toJSON().Principal).toEqual({ AWS: 'arn:aws:iam::111122223333:root', Service: 'lambda.amazonaws.com' });
  });

  it('keeps long lists whole, in first-seen order without repeats (resources, principals, condition values)', () => {
    // 40,000 values with repeats: long enough to pass the de-duplication's scan limit many times over
    const values = Array.from({ length: 40_000 }, (_, i) => `v${i % 20_000}`);
    const s = allow('s3:GetObject')
      .on(values.map((v) => `arn:aws:s3:::${v}/*` as const))
      .by(values.map((v) => principal.aws(`arn:aws:iam::111122223333:role/${v}`)))
      .whenUnchecked('StringEquals', 'aws:PrincipalTag/team', values)
      .toStatement();
    const expected = values.slice(0, 20_000);
    expect(s.Resource).toEqual(expected.map((v) => `arn:aws:s3:::${v}/*`));
    expect(s.Principal).toEqual({ AWS: expected.map((v) => `arn:aws:iam::111122223333:role/${v}`) });
    expect(s.Condition).toEqual({ StringEquals: { 'aws:PrincipalTag/team': expected } });
  });

  it('merges .when calls on the same operator and key; keys compare case-insensitively', () => {
    const s = allow('s3:GetObject')
      .on('*')
      .when('StringEquals', 'aws:PrincipalOrgID', 'o-1')
      .when('StringEquals', 'aws:PrincipalOrgID', ['o-2', 'o-1'])
      .when('StringEquals', 'aws:principalorgid' as 'aws:PrincipalOrgID', 'o-3')
      .when('StringLike', 'aws:PrincipalOrgID', 'o-*');
    expect(s.toJSON().Condition).toEqual({
      StringEquals: { 'aws:PrincipalOrgID': ['o-1', 'o-2', 'o-3'] },
      StringLike: { 'aws:PrincipalOrgID': 'o-*' },
    });
  });

  it('types condition values: booleans, numbers and dates become IAM strings', () => {
    const s = deny('*')
      .on('*')
      .when('BoolIfExists', 'aws:MultiFactorAuthPresent', false)
      .when('NumericGreaterThan', 'aws:MultiFactorAuthAge', 3600)
      .when('DateGreaterThan', 'aws:CurrentTime', new Date('2030-01-01T00:00:00Z'))
      .when('IpAddress', 'aws:SourceIp', ['203.0.113.0/24', '2001:db8::/32'])
      .when('ForAnyValue:StringEquals', 'aws:TagKeys', ['env'])
      .when('Null', 'aws:ResourceTag/Owner', true);
    expect(s.toJSON().Condition).toEqual({
      BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' },
      NumericGreaterThan: { 'aws:MultiFactorAuthAge': '3600' },
      DateGreaterThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' },
      IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] },
      'ForAnyValue:StringEquals': { 'aws:TagKeys': 'env' },
      Null: { 'aws:ResourceTag/Owner': 'true' },
    });
  });

  it('keeps __proto__ and friends as data in conditions', () => {
    const s = allow('s3:GetObject').on('*').whenUnchecked('StringEquals', 'aws:ResourceTag/__proto__', 'x');
    const json = s.toJSON();
    expect(Object.keys(json.Condition!.StringEquals!)).toEqual(['aws:ResourceTag/__proto__']);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('refuses to overwrite the Sid', () => {
    const s = allow('s3:GetObject').sid('One');
    expect(() => (s.sid as (id: string) => unknown)('Two')).toThrowError(PolicyValidationError);
    try {
      (s.sid as (id: string) => unknown)('Two');
    } catch (e) {
      expect((e as PolicyValidationError).issues[0].code).toBe('DUPLICATE_SLOT');
      expect((e as Error).message).toContain('"One"');
    }
  });

  it('refuses conflicting pairs', () => {
    expect(() => allow('s3:GetObject').on('*').notOn('arn:aws:s3:::x')).toThrowError(/Resource and NotResource/);
    expect(() => deny('s3:GetObject').by(principal.anyone()).notBy(principal.account('111122223333'))).toThrowError(
      /Principal and NotPrincipal/,
    );
  });

  it('checks run-time strings of the escape hatch for IAM syntax', () => {
    expect(allow.unchecked('s3:GetObject', 'ec2:Describe*').toStatement().Action).toEqual(['s3:GetObject', 'ec2:Describe*']);
    expect(() => allow.unchecked('s3GetObject')).toThrowError(/invalid action "s3GetObject"/);
    expect(() => allow.unchecked('s3:Get Object')).toThrowError(PolicyValidationError);
    expect(() => allow.unchecked('${aws:username}:x')).toThrowError(PolicyValidationError);
    expect(() => allow.uncheckedNot('')).toThrowError(PolicyValidationError);
    expect(() => (allow.unchecked as (...a: string[]) => unknown)()).toThrowError(/at least one action/);
  });

  it('checks run-time conditions of the escape hatch', () => {
    expect(() => allow('s3:GetObject').whenUnchecked('stringEquals', 'aws:SourceVpc', 'vpc-1')).toThrowError(/Unknown condition operator/);
    expect(() => allow('s3:GetObject').whenUnchecked('NullIfExists', 'aws:SourceVpc', 'true')).toThrowError(/Unknown condition operator/);
    expect(() => allow('s3:GetObject').whenUnchecked('StringEquals', 'novendor', 'x')).toThrowError(/service:Key/);
    expect(() => allow('s3:GetObject').whenUnchecked('StringEquals', 'aws:SourceVpc', [])).toThrowError(/at least one value/);
    expect(() => allow('s3:GetObject').whenUnchecked('NumericLessThan', 'aws:MultiFactorAuthAge', Number.NaN)).toThrowError(
      /finite number/,
    );
  });

  it('writes policy variables with and without defaults', () => {
    expect(policyVariable('aws:username')).toBe('${aws:username}');
    expect(policyVariable('aws:PrincipalTag/team', 'company-wide')).toBe("${aws:PrincipalTag/team, 'company-wide'}");
    expect(() => policyVariable('aws:username', "it's")).toThrowError(PolicyArgumentError);
    expect(() => policyVariable('aws:user name' as 'aws:username')).toThrowError(expect.objectContaining({ code: 'ARGUMENT', argument: 'key' }));
  });
});

describe('principal helpers', () => {
  it('builds every form', () => {
    expect(principal.anyone()).toEqual({ type: '*', value: '*' });
    expect(principal.account('111122223333').value).toBe('arn:aws:iam::111122223333:root');
    expect(principal.account('arn:aws:iam::111122223333:root').value).toBe('arn:aws:iam::111122223333:root');
    expect(principal.account('111122223333', { partition: 'aws-cn' }).value).toBe('arn:aws-cn:iam::111122223333:root');
    expect(principal.role('111122223333', 'Deploy', { path: '/ci/' }).value).toBe('arn:aws:iam::111122223333:role/ci/Deploy');
    expect(principal.role('arn:aws:iam::111122223333:role/Deploy').value).toBe('arn:aws:iam::111122223333:role/Deploy');
    expect(principal.user('111122223333', 'alice').value).toBe('arn:aws:iam::111122223333:user/alice');
    expect(principal.assumedRole('111122223333', 'Deploy', 'run-1').value).toBe(
      'arn:aws:sts::111122223333:assumed-role/Deploy/run-1',
    );
    expect(principal.service('lambda.amazonaws.com')).toEqual({ type: 'Service', value: 'lambda.amazonaws.com' });
    expect(principal.oidc('111122223333', 'oidc.eks.eu-west-1.amazonaws.com/id/ABC').value).toBe(
      'arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC',
    );
    expect(principal.githubActions('111122223333').value).toBe(
      'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
    );
    expect(principal.saml('111122223333', 'Okta').value).toBe('arn:aws:iam::111122223333:saml-provider/Okta');
    expect(principal.federated('cognito-identity.amazonaws.com').type).toBe('Federated');
    expect(principal.canonicalUser('a'.repeat(64)).type).toBe('CanonicalUser');
    expect(principal.aws('AROADBQP57FF2AEXAMPLE').value).toBe('AROADBQP57FF2AEXAMPLE');
  });

  it('rejects malformed values with a clear message', () => {
    expect(() => principal.account('1234')).toThrowError(/12 digits/);
    expect(() => principal.role('111122223333', 'Dev*')).toThrowError(/wildcards/);
    expect(() => principal.role('arn:aws:iam::111122223333:user/x')).toThrowError(/not an IAM role ARN/);
    expect(() => principal.role('Deploy')).toThrowError(/role ARN/);
    expect(() => principal.role('111122223333', 'x', { path: 'ci' })).toThrowError(/path/);
    expect(() => principal.service('lambda' as 'x.amazonaws.com')).toThrowError(/service principal/);
    expect(() => principal.canonicalUser('xyz')).toThrowError(/64 hexadecimal/);
    expect(() => principal.oidc('111122223333', 'https://x')).toThrowError(/without scheme/);
    expect(() => principal.account('arn:aws:iam::111122223333:user/x')).toThrowError(/account ARN/);
    expect(() => principal.aws('')).toThrowError(/empty/);
  });

  it('refuses names and paths IAM cannot create', () => {
    // IAM API reference, CreateRole/CreateUser: RoleName/UserName are 1-64 of [\w+=,.@-]
    expect(() => principal.role('111122223333', 'my role')).toThrowError(/a role name is 1 to 64 characters of letters, digits and _\+=,\.@-/);
    expect(() => principal.user('111122223333', 'a'.repeat(65))).toThrowError(/user name is 1 to 64/);
    expect(() => principal.role('111122223333', 'team/Deploy')).toThrowError(/role name/);
    expect(principal.role('111122223333', 'a+b=c,d.e@f_g-h').value).toBe('arn:aws:iam::111122223333:role/a+b=c,d.e@f_g-h');
    expect(principal.user('111122223333', 'u'.repeat(64)).value).toMatch(/:user\/u{64}$/);
    // AssumeRole RoleSessionName: 2-64 of [\w+=,.@-]
    expect(() => principal.assumedRole('111122223333', 'Deploy', 'x')).toThrowError(/session name is 2 to 64/);
    expect(() => principal.assumedRole('111122223333', 'Deploy', 'ci run')).toThrowError(/session name/);
    // CreateSAMLProvider Name: 1-128 of [\w._-]
    expect(() => principal.saml('111122223333', 'Okta+1')).toThrowError(/SAML provider name is 1 to 128 characters of letters, digits and _\.-/);
    expect(principal.saml('111122223333', 'Okta_1.prod-x').value).toBe('arn:aws:iam::111122223333:saml-provider/Okta_1.prod-x');
    // Path: "/" or /.../ of U+0021-U+007F, up to 512; a principal ARN holds no wildcard
    expect(() => principal.role('111122223333', 'Deploy', { path: '/ci*/' })).toThrowError(/IAM path/);
    expect(() => principal.role('111122223333', 'Deploy', { path: '/c i/' })).toThrowError(/IAM path/);
    expect(() => principal.role('111122223333', 'Deploy', { path: `/${'p'.repeat(511)}/` })).toThrowError(/512/);
    expect(principal.role('111122223333', 'Deploy', { path: `/${'p'.repeat(510)}/` }).value).toContain(':role/ppp');
    // an ARN given whole is read the same way: path, then name
    expect(principal.role('arn:aws:iam::111122223333:role/service-role/Deploy').value).toBe('arn:aws:iam::111122223333:role/service-role/Deploy');
    expect(() => principal.role('arn:aws:iam::111122223333:role/ci*/Deploy')).toThrowError(/IAM path/);
    expect(() => principal.user('arn:aws:iam::111122223333:user/a b')).toThrowError(/user name/);
  });

  it('lets "*" absorb other principals', () => {
    expect(deny('s3:*').on('*').by(principal.account('111122223333'), principal.anyone()).toJSON().Principal).toBe('*');
  });

  it('rejects values that are not principals', () => {
    expect(() => allow('s3:GetObject').by('*' as never)).toThrowError(/"\*" is not valid in Principal/);
    // was: "... give principal helpers, with only tab, line feed, ... as characters.", which read as a
    // problem with the characters of a string that had none; a string is no principal object
    expect(() => allow('s3:GetObject').by('arn:aws:iam::111122223333:root' as never)).toThrowError(
      '"arn:aws:iam::111122223333:root" is not valid in Principal: give what a principal helper returns (principal.aws(...), principal.service(...)), its value, with only tab',
    );
  });
});

describe('characters IAM does not accept', () => {
  it('are refused by the builder, as the parser refuses them', () => {
    expect(() => allow('s3:GetObject').on('arn:aws:s3:::docs/\u2615/*' as 'arn:aws:s3:::x')).toThrowError(/not valid in Resource/);
    expect(() => allow('s3:GetObject').on('*').when('StringEquals', 'aws:PrincipalTag/team', 'zo\u00eb\u2615')).toThrowError(
      /U\+0020 to U\+00FF/,
    );
    expect(() => allow('s3:GetObject').sid('S\u2615')).toThrowError(PolicyValidationError);
    expect(() => allow('s3:GetObject').by(principal.aws('arn:aws:iam::111122223333:user/\u2615'))).toThrowError(/not valid in Principal/);
    // Latin-1 is fine
    expect(allow('s3:GetObject').on('arn:aws:s3:::docs/café/*').when('StringEquals', 'aws:PrincipalTag/team', 'zoë').toJSON().Resource).toBe(
      'arn:aws:s3:::docs/café/*',
    );
  });

  it('messages use the right article for every kind', async () => {
    const messages = await import('../../src/messages.js');
    expect(messages.invalidSid('a b', 'scp')).toContain('in an scp policy');
    expect(messages.invalidSid('a b', 'rcp')).toContain('in an rcp policy');
    expect(messages.invalidSid('a b', 'identity')).toContain('in an identity policy');
    expect(messages.invalidSid('a b', 'trust')).toContain('in a trust policy');
  });
});
