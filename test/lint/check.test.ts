/**
 * checkPolicy: the opt-in run-time catalog check for plain JavaScript (issue 18, item 3): unknown
 * services, actions and condition keys with "did you mean", and the values of statements given as
 * data, thrown as one PolicyCheckError with lint's codes and messages.
 */
import { describe, expect, it } from 'vitest';
import { allow, deny, IamPolicyError, parsePolicy, policy, PolicyCheckError, PolicyValidationError, type Statement } from '../../src/index.js';
import { checkPolicy, lint } from '../../src/lint/index.js';

/** The error checkPolicy throws, or undefined. */
function checkError(input: Parameters<typeof checkPolicy>[0]): PolicyCheckError | undefined {
  try {
    checkPolicy(input);
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyCheckError);
    expect(e).toBeInstanceOf(IamPolicyError);
    expect((e as PolicyCheckError).code).toBe('VALIDATION');
    return e as PolicyCheckError;
  }
}

/** A builder as plain JavaScript sees it: no types. */
const js = allow as unknown as (...actions: string[]) => { on(...r: string[]): { whenUnchecked(o: string, k: string, v: unknown): unknown } };

describe('checkPolicy', () => {
  it("finds a typo'd action in plain JavaScript, with did-you-mean, and lint's message", () => {
    const p = policy.identity(js('s3:GetObjekt').on('*') as never);
    const e = checkError(p);
    expect(e?.findings).toEqual([{ ...lint(p).find((f) => f.code === 'INVALID_ACTION')!, code: 'INVALID_ACTION' }]);
    expect(e?.findings[0]).toMatchObject({ path: 'Statement[0].Action[0]' });
    expect(e?.findings[0]?.message).toMatch(/^Action "s3:GetObjekt" does not exist in service "s3" .*Did you mean "s3:GetObject"/);
    expect(e?.message).toContain('Statement[0].Action[0]');
  });

  it('finds unknown services (case variants suggested), patterns matching nothing and unknown condition keys', () => {
    const e = checkError(
      policy.identity(
        js('S4:GetObject', 'ec2:Describ?Nothing*').on('*') as never,
        deny.unchecked('s3:PutObject').on('*').whenUnchecked('StringEquals', 'aws:SourceVcp', 'vpc-1'),
      ),
    );
    expect(e?.findings.map((f) => f.code)).toEqual(['INVALID_SERVICE_IN_ACTION', 'WILDCARD_MATCHES_NO_ACTION', 'INVALID_GLOBAL_CONDITION_KEY']);
    expect(e?.findings[0]?.message).toContain('Did you mean "s3:GetObject"');
  });

  it('reads the values of parsed policies (builders and statements given as data are checked when built)', () => {
    const data = { Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['my-bucket/*'], Condition: { Bool: { 'aws:SecureTransport': ['maybe'] } } } as unknown as Statement;
    // given as data: refused when the policy is made, with the codes the builder uses
    expect(() => policy.identity(data)).toThrow(PolicyValidationError);
    try {
      policy.identity(data);
    } catch (e) {
      expect((e as PolicyValidationError).issues.map((i) => [i.code, i.path])).toEqual([
        ['INVALID_CONDITION_VALUE', 'Statement[0].Condition.Bool["aws:SecureTransport"][0]'],
        ['INVALID_RESOURCE', 'Statement[0].Resource[0]'],
      ]);
    }
    const text = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"IpAddress":{"aws:SourceIp":"not-an-ip"}}}]}';
    expect(checkError(parsePolicy(text))?.findings.map((f) => f.code)).toEqual(['TYPE_MISMATCH_IP_RANGE']);
    expect(checkError(text)?.findings.map((f) => f.code)).toEqual(['TYPE_MISMATCH_IP_RANGE']);
  });

  it('returns the policy itself when nothing is wrong: near misses pass (case-insensitive actions, wildcards, variables)', () => {
    const p = policy.identity(
      js('S3:getobject', 's3:Get*', 'ec2:Describe*').on('arn:aws:s3:::home/${aws:username}/*') as never,
      allow('s3:ListBucket').on('arn:aws:s3:::home').when('StringLike', 's3:prefix', 'home/${aws:username}/*'),
    );
    expect(checkPolicy(p)).toBe(p);
  });

  it('leaves best-practice findings to lint (only what the compiler or the builder would refuse is checked)', () => {
    const p = policy.identity(allow('iam:PassRole').on('*'));
    expect(lint(p).map((f) => f.code)).toContain('PASS_ROLE_WITH_STAR_IN_RESOURCE');
    expect(checkPolicy(p)).toBe(p);
  });

  it('reports parse problems of text input as findings too', () => {
    expect(checkError('{"Statement": [')?.findings[0]?.code).toBe('JSON_SYNTAX');
  });
});
