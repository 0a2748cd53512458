/**
 * Policies from data: `.on(arns)`, `allow(actions)`, `.by(principals)`, `policy.<kind>(statements)`
 * and `.add(statements)` take arrays as well as separate arguments, mixed and spread, flattened one
 * level; an empty list is a clear run-time error.
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
    expect(allow('s3:GetObject').on(arns).toJSON()).toEqual(allow('s3:GetObject').on(...arns).toJSON());
    expect(allow('s3:GetObject').on(arns).toJSON().Resource).toEqual(arns);
  });

  it('refuses a hole of a sparse array as a missing value, in every array argument', () => {
    // JavaScript callers can pass `[a, , b]`: the hole is an undefined value, never skipped
    const sparse = <T>(a: T, b: T): T[] => {
      const out: T[] = [a];
      out[2] = b;
      return out;
    };
    expect(issueOf(() => allow.unchecked(...sparse('s3:GetObject', 's3:PutObject'))).code).toBe('INVALID_ACTION');
    expect(issueOf(() => allow.unchecked(sparse('s3:GetObject', 's3:PutObject'))).code).toBe('INVALID_ACTION');
    expect(issueOf(() => allow.unchecked('s3:ListBucket', sparse('s3:GetObject', 's3:PutObject'))).code).toBe('INVALID_ACTION');
    expect(issueOf(() => allow('s3:GetObject').on(sparse('arn:aws:s3:::a/*', 'arn:aws:s3:::b/*'))).code).toBe('EMPTY_VALUE');
    expect(issueOf(() => allow('s3:GetObject').by(sparse(principal.account('111122223333'), principal.account('444455556666')))).code).toBe('INVALID_PRINCIPAL');
    expect(issueOf(() => allow('s3:GetObject').on('*').whenUnchecked('StringEquals', 'aws:PrincipalTag/team', sparse('a', 'b'))).code).toBe('INVALID_CONDITION');
    const holes = sparse(allow.unchecked('s3:GetObject').on('*'), allow.unchecked('s3:PutObject').on('*'));
    expect(issueOf(() => policy.identity(holes))).toMatchObject({ path: 'Statement[1]', code: 'INVALID_TYPE', message: expect.stringMatching(/^undefined is not a statement/) });
    expect(issueOf(() => policy.identity(allow('s3:ListBucket').on('*')).add(holes))).toMatchObject({ path: 'Statement[2]', code: 'INVALID_TYPE' });
  });

  it('refuses what is not a statement with a PolicyValidationError, never a TypeError', () => {
    // JavaScript callers: `cond && statement`, a missing value, a string
    for (const v of [null, undefined, false, 42, 's3:GetObject']) {
      expect(issueOf(() => policy.identity(allow('s3:ListBucket').on('*'), v as unknown as Statement))).toMatchObject({ path: 'Statement[1]', code: 'INVALID_TYPE' });
    }
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
    expect(policy.identity(statements).toJSON()).toEqual(policy.identity(...statements).toJSON());
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
    // condition values: an empty literal array is a compile error; one known at run time is refused when built
    expect(issueOf(() => allow('s3:GetObject').on('*').when('StringEquals', 'aws:PrincipalOrgID', none))).toMatchObject({ path: 'Condition.StringEquals["aws:PrincipalOrgID"]', code: 'EMPTY_VALUE' });
    expect(issueOf(() => allow('s3:GetObject').on('*').whenUnchecked('StringEquals', 'aws:PrincipalOrgID', []))).toMatchObject({ code: 'EMPTY_VALUE' });
  });

  it('values typed by a type parameter reach the run-time checks of the unchecked forms', () => {
    const start = <A extends string>(...actions: A[]) => allow.unchecked(...actions);
    const one = <A extends string>(action: A) => deny.uncheckedNot(action);
    expect(start('s3:GetObject', 'sqs:SendMessage').on('*').toJSON().Action).toEqual(['s3:GetObject', 'sqs:SendMessage']);
    expect(one('iam:*').on('*').toJSON().NotAction).toBe('iam:*');
    expect(issueOf(() => start())).toMatchObject({ path: 'Action', code: 'MISSING_ELEMENT' });
    expect(issueOf(() => one('s3GetObject'))).toMatchObject({ path: 'NotAction[0]', code: 'INVALID_ACTION' });
  });

  it('array elements are checked like arguments', () => {
    expect(issueOf(() => allow(['s3GetObject'] as string[]))).toMatchObject({ path: 'Action[0]', code: 'INVALID_ACTION' });
    expect(issueOf(() => allow('s3:GetObject').on([''] as string[]))).toMatchObject({ path: 'Resource' });
  });

  it('values and arrays mix in one call, flattened one level in order (repeats dropped)', () => {
    const more: string[] = ['s3:PutObject', 's3:GetObject'];
    expect(allow('s3:GetObject', more, 's3:DeleteObject').on('*').toJSON().Action).toEqual(['s3:GetObject', 's3:PutObject', 's3:DeleteObject']);
    expect(allow.unchecked(['s3:ListBucket'], 's3:GetObject').on('*').toJSON().Action).toEqual(['s3:ListBucket', 's3:GetObject']);
    const arns: string[] = ['arn:aws:s3:::b/*', 'arn:aws:s3:::c/*'];
    expect(allow('s3:GetObject').on('arn:aws:s3:::a/*', arns).toJSON().Resource).toEqual(['arn:aws:s3:::a/*', ...arns]);
    expect(deny('s3:*').notOn(arns, 'arn:aws:s3:::a/*').toJSON().NotResource).toEqual([...arns, 'arn:aws:s3:::a/*']);
    const partners = ['444455556666'].map((a) => principal.account(a));
    expect(allow('s3:GetObject').by(principal.account('111122223333'), partners).on('*').toJSON().Principal).toEqual({
      AWS: ['arn:aws:iam::111122223333:root', 'arn:aws:iam::444455556666:root'],
    });
    const base = allow('s3:ListBucket').on('*');
    const rest = ['a', 'b'].map((b) => allow('s3:GetObject').on(`arn:aws:s3:::${b}/*`));
    const mixed = policy.identity(base, rest);
    expect(mixed.statements.map((s) => s.Resource)).toEqual([['*'], ['arn:aws:s3:::a/*'], ['arn:aws:s3:::b/*']]);
    expect(policy.identity(base).add(rest).toJSON()).toEqual(mixed.toJSON());
    expect(policy.identity(base).add(...rest).toJSON()).toEqual(mixed.toJSON());
  });

  it('an array inside an array is refused (JavaScript callers), quoted as the array it is', () => {
    const nested = [['s3:GetObject']] as unknown as string[];
    expect(issueOf(() => allow(nested))).toMatchObject({ path: 'Action[0]', code: 'INVALID_ACTION', message: expect.stringContaining('["s3:GetObject"]') });
    expect(issueOf(() => allow('s3:GetObject').on([['*']] as unknown as string[]))).toMatchObject({ path: 'Resource', code: 'EMPTY_VALUE' });
    expect(issueOf(() => policy.identity([[allow('s3:GetObject').on('*')]] as unknown as Statement[]))).toMatchObject({ path: 'Statement[0]', code: 'INVALID_TYPE' });
    expect(issueOf(() => policy.identity(allow('s3:ListBucket').on('*')).add([[allow('s3:GetObject').on('*')]] as unknown as Statement[]))).toMatchObject({
      path: 'Statement[1]',
      code: 'INVALID_TYPE',
    });
  });

  it('an empty spread is refused when built, like an empty array', () => {
    const none: string[] = [];
    expect(issueOf(() => allow(...none))).toMatchObject({ path: 'Action', code: 'MISSING_ELEMENT' });
    expect(issueOf(() => allow.unchecked(...none))).toMatchObject({ path: 'Action', code: 'MISSING_ELEMENT' });
    expect(issueOf(() => allow('s3:GetObject').on(...none))).toMatchObject({ path: 'Resource', code: 'EMPTY_VALUE' });
    expect(issueOf(() => allow('s3:GetObject').by(...([] as ReturnType<typeof principal.account>[])))).toMatchObject({ path: 'Principal', code: 'EMPTY_VALUE' });
    expect(issueOf(() => policy.identity(...([] as Statement[])))).toMatchObject({ path: 'Statement', code: 'MISSING_ELEMENT' });
  });

  it('keeps none of the caller arrays of a mixed call', () => {
    const more = ['arn:aws:s3:::b/*'];
    const s = allow('s3:GetObject').on('arn:aws:s3:::a/*', more);
    more.push('arn:aws:s3:::c/*');
    expect(s.toJSON().Resource).toEqual(['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*']);
    expect(Object.isFrozen(more)).toBe(false);
  });
});
