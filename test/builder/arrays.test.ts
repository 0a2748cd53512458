/**
 * Policies from data: `.on(arns)`, `allow(actions)` and `policy.<kind>(statements)` take one array
 * as well as separate arguments; an empty array is a clear run-time error.
 */
import { describe, expect, it } from 'vitest';
import { allow, deny, policy, principal, PolicyValidationError, type Statement } from '../../src/index.js';

const buckets = ['logs', 'data', 'backups'];

function issueOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyValidationError);
    return (e as PolicyValidationError).issues[0];
  }
  throw new Error('expected a PolicyValidationError');
}

describe('arrays from data', () => {
  it('.on(array) equals .on(...array)', () => {
    const arns: string[] = buckets.map((b) => `arn:aws:s3:::${b}/*`);
    expect(allow('s3:GetObject').on(arns).toJSON()).toEqual(allow('s3:GetObject').on(...(arns as [`arn:${string}`])).toJSON());
    expect(allow('s3:GetObject').on(arns).toJSON().Resource).toEqual(arns);
  });

  it('refuses a hole of a sparse array as a missing value, in every array argument', () => {
    // JavaScript callers can pass `[a, , b]`: the hole is an undefined value, never skipped
    const sparse = <T>(a: T, b: T): T[] => {
      const out: T[] = [a];
      out[2] = b;
      return out;
    };
    expect(issueOf(() => allow.unchecked(...(sparse('s3:GetObject', 's3:PutObject') as [string]))).code).toBe('INVALID_ACTION');
    expect(issueOf(() => allow('s3:GetObject').on(sparse('arn:aws:s3:::a/*', 'arn:aws:s3:::b/*'))).code).toBe('EMPTY_VALUE');
    expect(issueOf(() => allow('s3:GetObject').by(sparse(principal.account('111122223333'), principal.account('444455556666')))).code).toBe('INVALID_PRINCIPAL');
    expect(issueOf(() => allow('s3:GetObject').on('*').whenUnchecked('StringEquals', 'aws:PrincipalTag/team', sparse('a', 'b'))).code).toBe('INVALID_CONDITION');
  });

  it('copies the caller array (later changes do not leak in)', () => {
    const arns = ['arn:aws:s3:::a/*'];
    const s = allow('s3:GetObject').on(arns);
    arns.push('arn:aws:s3:::b/*');
    expect(s.toJSON().Resource).toBe('arn:aws:s3:::a/*');
    expect(Object.isFrozen(arns)).toBe(false);
  });

  it('allow(array) and deny.not(array)', () => {
    const actions: readonly string[] = ['s3:GetObject', 's3:PutObject'];
    expect(allow(actions).on('*').toJSON().Action).toEqual(['s3:GetObject', 's3:PutObject']);
    expect(deny.not(actions).on('*').toJSON().NotAction).toEqual(['s3:GetObject', 's3:PutObject']);
  });

  it('policy.identity(array) equals the spread form', () => {
    const statements = buckets.map((b) => allow('s3:ListBucket').on(`arn:aws:s3:::${b}`));
    expect(policy.identity(statements).toJSON()).toEqual(policy.identity(...(statements as [(typeof statements)[0]])).toJSON());
    expect(policy.identity(statements).statements).toHaveLength(3);
  });

  it('principals as an array', () => {
    const who = ['111122223333', '444455556666'].map((a) => principal.account(a));
    expect(allow('s3:GetObject').by(who).on('*').toJSON().Principal).toEqual({
      AWS: ['arn:aws:iam::111122223333:root', 'arn:aws:iam::444455556666:root'],
    });
  });

  it('an empty array is an error that names the element', () => {
    const none: string[] = [];
    expect(issueOf(() => allow('s3:GetObject').on(none))).toMatchObject({ path: 'Resource', code: 'EMPTY_VALUE', message: 'Resource needs at least one value.' });
    expect(issueOf(() => allow(none))).toMatchObject({ path: 'Action', code: 'MISSING_ELEMENT' });
    expect(issueOf(() => policy.identity([] as Statement[]))).toMatchObject({ path: 'Statement', code: 'MISSING_ELEMENT' });
  });

  it('array elements are checked like arguments', () => {
    expect(issueOf(() => allow(['s3GetObject'] as string[]))).toMatchObject({ path: 'Action[0]', code: 'INVALID_ACTION' });
    expect(issueOf(() => allow('s3:GetObject').on([''] as string[]))).toMatchObject({ path: 'Resource' });
  });
});
