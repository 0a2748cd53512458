import { describe, expect, it } from 'vitest';
import { IAM_NAMES, IAM_PATH_MAX, isAccountId, isServicePrincipalName, WEB_IDENTITY_PROVIDERS } from '../../src/model/principals.js';
import { PRINCIPAL_MAX, RESOURCE_SHAPES } from '../../src/cdk/resources.js';
import { allow, policy, principal } from '../../src/index.js';
import { lint } from '../../src/lint/index.js';
import { evaluate } from '../../src/evaluate/index.js';

describe('principal value forms (one copy, src/model/principals.ts)', () => {
  it('an account id is twelve ASCII digits', () => {
    expect(isAccountId('111122223333')).toBe(true);
    for (const v of ['11112222333', '1111222233334', '11112222333a', '１１１１２２２２３３３３', ' 111122223333']) expect(isAccountId(v), v).toBe(false);
  });

  it('a service principal name is lower-case DNS labels under amazonaws.com(.cn), amazon.com or an ISO partition domain', () => {
    for (const v of ['lambda.amazonaws.com', 'states.us-east-1.amazonaws.com', 'ec2.amazonaws.com.cn', 'alexa-appkit.amazon.com', 'ec2.c2s.ic.gov', 'ec2.sc2s.sgov.gov'])
      expect(isServicePrincipalName(v), v).toBe(true);
    for (const v of ['lambda', 'Lambda.amazonaws.com', 'a..b.amazonaws.com', '.amazonaws.com', '-x.amazonaws.com.', 'lambda.amazonaws.com.evil.com', 'x.amazonaws.org'])
      expect(isServicePrincipalName(v), v).toBe(false);
  });

  it('the builder, lint and evaluate read the same rules', () => {
    // the builder took `a..b.amazonaws.com` and refused `alexa-appkit.amazon.com` (Alexa skills invoke Lambda functions as this service principal)
    expect(() => principal.service('a..b.amazonaws.com' as 'lambda.amazonaws.com')).toThrow(/service principal/);
    const alexa = principal.service('alexa-appkit.amazon.com');
    expect(alexa).toEqual({ type: 'Service', value: 'alexa-appkit.amazon.com' });
    const p = policy.resource(allow('lambda:InvokeFunction').on('arn:aws:lambda:us-east-1:111122223333:function:skill').by(alexa).when('StringEquals', 'aws:SourceAccount', '111122223333'));
    expect(lint(p).filter((f) => f.code === 'INVALID_SERVICE_PRINCIPAL_FORMAT')).toEqual([]);
    // evaluate: a web identity provider named by host is a Federated principal, not a service
    expect(WEB_IDENTITY_PROVIDERS).toContain('cognito-identity.amazonaws.com');
    const trust = policy.trust(allow('sts:AssumeRoleWithWebIdentity').by(principal.federated('cognito-identity.amazonaws.com')));
    const asked = evaluate({ resource: trust }, { action: 'sts:AssumeRoleWithWebIdentity', resource: 'arn:aws:iam::111122223333:role/r', principal: 'cognito-identity.amazonaws.com' });
    expect(asked.decision).toBe('allow');
  });

  it('IAM names and paths: one table, read by the principal helpers and the CDK readers', () => {
    // IAM API reference: CreateRole RoleName and CreateUser UserName [\w+=,.@-]{1,64}; CreateGroup GroupName {1,128};
    // AssumeRole RoleSessionName {2,64}; CreateSAMLProvider Name [\w._-]{1,128}; Path at most 512 characters
    expect(Object.fromEntries(Object.entries(IAM_NAMES).map(([k, r]) => [k, [r.min, r.max]]))).toEqual({
      'role': [1, 64],
      'user': [1, 64],
      'group': [1, 128],
      'session': [2, 64],
      'SAML provider': [1, 128],
    });
    expect(IAM_NAMES.role.chars.test('deploy+ci=1,a.b@c-d_e')).toBe(true);
    expect(IAM_NAMES['SAML provider'].chars.test('okta+1')).toBe(false);
    expect(IAM_PATH_MAX).toBe(512);
    expect(() => principal.role('111122223333', 'r'.repeat(IAM_NAMES.role.max + 1))).toThrow(/64/);
    expect(RESOURCE_SHAPES['AWS::IAM::Group']!.nameMax).toBe(IAM_NAMES.group.max);
    // arn:aws-us-gov:iam::111122223333:role + a 512-character path + a 64-character name
    expect(PRINCIPAL_MAX.AWS!.length).toBe('arn:aws-us-gov:iam::111122223333:role'.length + 512 + 64);
  });
});
