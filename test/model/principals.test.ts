import { describe, expect, it } from 'vitest';
import { PolicyArgumentError } from '../../src/errors.js';
import { IAM_NAMES, IAM_PATH_MAX, isAccountId, isCanonicalUserId, isServicePrincipalName, WEB_IDENTITY_PROVIDERS } from '../../src/model/principals.js';
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
    // read as a host name (RFC 1035 2.3.1, RFC 1123 2.1): labels of 1 to 63 characters, not ending in '-'; 253 in all
    // (AWS documents only the form service-name.amazonaws.com; a name outside this names no service)
    const label63 = 'a'.repeat(63);
    for (const v of [`${label63}.amazonaws.com`, `a-1.b2.amazonaws.com`, `${[label63, label63, label63, 'a'.repeat(47)].join('.')}.amazonaws.com`])
      expect(isServicePrincipalName(v), v.length + ' ' + v.slice(0, 20)).toBe(true);
    for (const v of ['s3-.amazonaws.com', 'a.b-.amazonaws.com', `${'a'.repeat(64)}.amazonaws.com`, `${[label63, label63, label63, 'a'.repeat(48)].join('.')}.amazonaws.com`])
      expect(isServicePrincipalName(v), v.length + ' ' + v.slice(0, 20)).toBe(false);
    // the builder refuses and lint reports the same names
    expect(() => principal.service('s3-.amazonaws.com' as 'lambda.amazonaws.com')).toThrow(/service principal/);
    expect(() => principal.service(`${'a'.repeat(64)}.amazonaws.com` as 'lambda.amazonaws.com')).toThrow(/service principal/);
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: { Service: ['s3-.amazonaws.com'] }, Action: 's3:*', Resource: '*' }] };
    expect(lint(doc, { kind: 'resource' }).map((f) => f.code)).toContain('INVALID_SERVICE_PRINCIPAL_FORMAT');
  });

  it('an S3 canonical user id is 64 lower-case hex digits; evaluate reads a request by it, ignoring case', () => {
    // AWS Account Management reference, "Viewing account identifiers": the canonical user id, such as
    // 79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be (AWS writes it in lower case)
    const id = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';
    expect(isCanonicalUserId(id)).toBe(true);
    for (const v of [id.toUpperCase(), id.slice(1), `${id}0`, id.replace('7', 'g'), `\u0011${id.slice(1)}`]) expect(isCanonicalUserId(v), v).toBe(false);
    expect(principal.canonicalUser(id)).toEqual({ type: 'CanonicalUser', value: id });
    // was accepted: an upper-case id, which AWS never writes
    expect(() => principal.canonicalUser(id.toUpperCase())).toThrow(/64 hexadecimal digits in lower case/);
    // evaluate: one rule (was a second copy that took control characters for digits: '\u0011' | 32 is '1')
    const bucket = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { CanonicalUser: id }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] };
    const ask = (principal: string) => evaluate({ resource: bucket }, { principal, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' });
    expect(ask(id).decision).toBe('allow');
    expect(ask(id.toUpperCase()).decision).toBe('allow');
    // a control character makes it no canonical user id, nor any other principal: refused, never decided
    expect(() => ask(`\u0011${id.slice(1)}`)).toThrow(PolicyArgumentError);
  });

  it("a CloudFront origin access identity's canonical user id is 96 hex digits: built, linted and evaluated as one", () => {
    // CloudFormation reference, AWS::CloudFront::CloudFrontOriginAccessIdentity, S3CanonicalUserId: "For example:
    // b970b42360b81c8ddbd79d2f5df0069ba9033c8a79655752abe380cd6d63ba8bcf23384d568fcf89fc49700b5e11a0fd"; bucket
    // policies grant it as "CanonicalUser" (CDK's bucket.grantRead(oai) writes that). It was refused as not 64 digits.
    const oai = 'b970b42360b81c8ddbd79d2f5df0069ba9033c8a79655752abe380cd6d63ba8bcf23384d568fcf89fc49700b5e11a0fd';
    expect(oai).toHaveLength(96);
    expect(isCanonicalUserId(oai)).toBe(true);
    for (const v of [oai.slice(1), `${oai}0`, 'a'.repeat(80), 'a'.repeat(128)]) expect(isCanonicalUserId(v), v).toBe(false);
    const bucket = policy.resource(allow('s3:GetObject').on('arn:aws:s3:::b/*').by(principal.canonicalUser(oai)));
    expect(lint(bucket).map((f) => f.code)).not.toContain('INVALID_PRINCIPAL_FORMAT');
    expect(evaluate({ resource: bucket }, { principal: oai, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' }).decision).toBe('allow');
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
    // AssumeRole RoleSessionName {2,64}; GetFederationToken Name [\w+=,.@-]{2,32}; CreateSAMLProvider Name [\w._-]{1,128};
    // Path at most 512 characters
    expect(Object.fromEntries(Object.entries(IAM_NAMES).map(([k, r]) => [k, [r.min, r.max]]))).toEqual({
      'role': [1, 64],
      'user': [1, 64],
      'group': [1, 128],
      'session': [2, 64],
      'federated user': [2, 32],
      'SAML provider': [1, 128],
    });
    expect(IAM_NAMES.role.chars.test('deploy+ci=1,a.b@c-d_e')).toBe(true);
    expect(IAM_NAMES['SAML provider'].chars.test('okta+1')).toBe(false);
    expect(IAM_PATH_MAX).toBe(512);
    expect(() => principal.role('111122223333', 'r'.repeat(IAM_NAMES.role.max + 1))).toThrow(/64/);
    expect(RESOURCE_SHAPES['AWS::IAM::Group']!.nameMax).toBe(IAM_NAMES.group.max);
    // arn:aws-us-gov:iam::111122223333:role + a 512-character path as JSON (`/`, 510 escaped `"`, `/`) + a 64-character name
    expect(PRINCIPAL_MAX.AWS!.length).toBe('arn:aws-us-gov:iam::111122223333:role'.length + 2 + 2 * 510 + 64);
  });
});
