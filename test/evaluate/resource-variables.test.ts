/**
 * Policy variables in the ARN components of Resource / NotResource entries, and the one split of
 * an entry into components (`entryComponents`, src/model/arn.ts) that evaluate and analyze share.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../../src/evaluate/index.js';
import { compare } from '../../src/analyze/index.js';
import { entryComponents, isRequestArn } from '../../src/model/arn.js';
import { PolicyArgumentError } from '../../src/errors.js';
import type { EvaluationRequest } from '../../src/evaluate/types.js';
import { ACCT, USER } from './helpers.js';

type Doc = { Version: string; Statement: unknown[] };
const allowAll = (version: string): Doc => ({ Version: version, Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });
const denying = (version: string, entry: string): Doc => ({ Version: version, Statement: [...allowAll(version).Statement, { Effect: 'Deny', Action: 's3:GetObject', Resource: entry }] });
const granting = (version: string, entry: string): Doc => ({ Version: version, Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: entry }] });
const get = (resource: string, context: EvaluationRequest['context'] = {}): EvaluationRequest => ({ principal: USER, action: 's3:GetObject', resource, resourceAccount: ACCT, context });

describe('entryComponents: the one split of a Resource entry', () => {
  test('a 2012-10-17 variable is one piece of text; in 2008-10-17 its colon separates fields', () => {
    expect(entryComponents('arn:aws:iam::${aws:PrincipalAccount}:role/x', '2012-10-17')).toEqual(['arn', 'aws', 'iam', '', '${aws:PrincipalAccount}', 'role/x']);
    expect(entryComponents('arn:aws:iam::${aws:PrincipalAccount}:role/x', '2008-10-17')).toEqual(['arn', 'aws', 'iam', '', '${aws', 'PrincipalAccount}:role/x']);
    // `${` up to the first `}` is the variable, as substitution reads it; an unclosed `${` is text
    expect(entryComponents('arn:aws:s3:${a${b}:c}:1:x', '2012-10-17')).toEqual(['arn', 'aws', 's3', '${a${b}', 'c}', '1:x']);
    expect(entryComponents('arn:aws:s3:${a:1:x', '2012-10-17')).toEqual(['arn', 'aws', 's3', '${a', '1', 'x']);
    expect(entryComponents('arn:aws:s3', '2012-10-17')).toEqual(['arn', 'aws', 's3']);
  });
});

describe('2008-10-17: `${...}` is literal text, split at every colon like the request ARN', () => {
  // IAM User Guide, Version element / policy variables: without 2012-10-17, variables such as
  // ${aws:username} are not recognized as variables and are treated as literal strings.
  const cases = ['arn:aws:s3:${a:b}::x', 'arn:${aws:username}:s3:::x', 'arn:aws:${a:b}:r::x', 'arn:aws:s3:::${a:b}', 'arn:aws:s3:${a:b}*'];
  test.each(cases)('a Deny on %s denies the resource written the same way', (entry) => {
    // the `*` taken by text that makes a six-field ARN (a request names its resource by its ARN)
    const lit = entry.replace('*', 'z:k');
    expect(evaluate({ identity: denying('2008-10-17', entry) as never }, get(lit)).decision).toBe('explicit-deny');
    expect(evaluate({ identity: granting('2008-10-17', entry) as never }, get(lit)).decision).toBe('allow');
  });

  test.each(cases)('analyze and evaluate agree on %s (compare finds the literal resource; evaluate confirms the witness)', (entry) => {
    const r = compare(denying('2008-10-17', entry) as never, allowAll('2008-10-17') as never);
    expect(r.relation).toBe('narrower');
    for (const w of r.bOnly) {
      expect(evaluate({ identity: allowAll('2008-10-17') as never }, w).decision).toBe('allow');
      expect(evaluate({ identity: denying('2008-10-17', entry) as never }, w).decision).toBe('explicit-deny');
    }
  });

  test('a 2008-10-17 entry is not substituted even when the key is in the request', () => {
    const entry = `arn:aws:sqs:us-east-1:${ACCT}:\${aws:username}`;
    expect(evaluate({ identity: granting('2008-10-17', entry) as never }, get(`arn:aws:sqs:us-east-1:${ACCT}:alice`)).decision).toBe('implicit-deny');
    expect(evaluate({ identity: granting('2008-10-17', entry) as never }, get(entry)).decision).toBe('allow');
  });
});

describe('2012-10-17: variables in the ARN head', () => {
  // AWS managed policy AmazonTimestreamInfluxDBServiceRolePolicy (v2) grants kms:Decrypt on
  // "arn:*:kms:*:${aws:PrincipalAccount}:key/*": AWS substitutes the variable in the account field.
  const influx = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:*:kms:*:${aws:PrincipalAccount}:key/*' }] };
  const decrypt = (account: string): EvaluationRequest => ({ principal: USER, action: 'kms:Decrypt', resource: `arn:aws:kms:us-east-1:${account}:key/k1`, resourceType: 'other' });

  test('a variable in the account field is substituted (its value literal, inside the component)', () => {
    expect(evaluate({ identity: influx as never }, decrypt(ACCT)).decision).toBe('allow');
    expect(evaluate({ identity: influx as never }, { ...decrypt('444455556666'), resourceAccount: ACCT }).decision).toBe('implicit-deny');
    const deny = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: 'iam:PassRole', Resource: 'arn:aws:iam::${aws:PrincipalAccount}:role/admin-*' }] };
    expect(evaluate({ identity: deny as never }, { principal: USER, action: 'iam:PassRole', resource: `arn:aws:iam::${ACCT}:role/admin-x` }).decision).toBe('explicit-deny');
  });

  test('an unresolvable variable in the head makes the entry match nothing', () => {
    const d = granting('2012-10-17', 'arn:aws:sqs:${aws:RequestedRegion}:' + ACCT + ':q');
    expect(evaluate({ identity: d as never }, get(`arn:aws:sqs:us-east-1:${ACCT}:q`)).decision).toBe('implicit-deny');
    expect(evaluate({ identity: d as never }, get(`arn:aws:sqs:us-east-1:${ACCT}:q`, { 'aws:RequestedRegion': 'us-east-1' })).decision).toBe('allow');
  });

  test('a variable in the partition or service (not documented as substituted there) is read both ways: an Allow needs both, a Deny either', () => {
    const entry = 'arn:${aws:PrincipalTag/p}:s3:::docs/*';
    const ctx = { 'aws:PrincipalTag/p': 'aws' };
    expect(evaluate({ identity: granting('2012-10-17', entry) as never }, get('arn:aws:s3:::docs/a', ctx)).decision).toBe('implicit-deny');
    expect(evaluate({ identity: denying('2012-10-17', entry) as never }, get('arn:aws:s3:::docs/a', ctx)).decision).toBe('explicit-deny');
    const notResource = (effect: string) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }, { Effect: effect, Action: 's3:GetObject', NotResource: entry }].slice(effect === 'Allow' ? 1 : 0) });
    // NotResource of an Allow: the entry excludes the request when either reading matches it
    expect(evaluate({ identity: notResource('Allow') as never }, get('arn:aws:s3:::docs/a', ctx)).decision).toBe('implicit-deny');
    // NotResource of a Deny: the Deny applies unless both readings exclude the request
    expect(evaluate({ identity: notResource('Deny') as never }, get('arn:aws:s3:::docs/a', ctx)).decision).toBe('explicit-deny');
  });
});

describe('property: a 2008-10-17 entry written with ${...} and colons matches its own text', () => {
  // IAM User Guide (Version element): before 2012-10-17 variables are literal strings, so an entry
  // covers the resource spelled like it (wildcards taken by one character), component by component
  const piece = fc.constantFrom('${a:b}', '${aws:username}', '${', '}', ':', 'x', 'Y', '*', '?', '/', '${*}');
  const entry = fc.array(piece, { minLength: 1, maxLength: 10 }).map((p) => `arn:${p.join('')}`);
  test('evaluate denies it; compare finds it and evaluate confirms each witness', () => {
    fc.assert(
      fc.property(entry, (e) => {
        const lit = e.replace(/[*?]/g, 'q');
        // text of fewer than six fields is no request's resource: refused, never decided
        if (isRequestArn(lit)) expect(evaluate({ identity: denying('2008-10-17', e) as never }, get(lit)).decision).toBe('explicit-deny');
        else expect(() => evaluate({ identity: denying('2008-10-17', e) as never }, get(lit))).toThrow(PolicyArgumentError);
        const r = compare(denying('2008-10-17', e) as never, allowAll('2008-10-17') as never, { timeoutMs: 2000 });
        // an entry that covers no ARN (`arn::${a:b}`: no partition) denies no request: equivalent
        expect(r.relation === 'narrower' || r.relation === 'unknown' || (!isRequestArn(lit) && r.relation === 'equivalent')).toBe(true);
        for (const w of r.bOnly) expect(evaluate({ identity: denying('2008-10-17', e) as never }, w).decision).toBe('explicit-deny');
      }),
      { numRuns: 60, seed: 2808 },
    );
  });
});

describe('a `*` or `?` in a variable\'s value: literal or a wildcard, the reading safer for a Deny', () => {
  // IAM User Guide, policy variables: `${*}`, `${?}` make a written wildcard literal, and AWS does not say whether
  // a `*` in a substituted value is one. Project rule: where AWS is silent, the reading safer for a Deny
  // (docs/evaluation.md): a Deny's Resource and an Allow's NotResource read it as a wildcard (they match more),
  // an Allow's Resource and a Deny's NotResource as literal; a StringLike condition is unknown where they differ.
  const entry = 'arn:aws:s3:::b/${aws:PrincipalTag/x}';
  const tagged = (resource: string, x: string) => get(resource, { 'aws:PrincipalTag/x': x });
  test('a Deny on b/${aws:PrincipalTag/x} with the tag "*" denies b/secret (was: allowed)', () => {
    expect(evaluate({ identity: denying('2012-10-17', entry) as never }, tagged('arn:aws:s3:::b/secret', '*')).decision).toBe('explicit-deny');
    expect(evaluate({ identity: denying('2012-10-17', entry) as never }, tagged('arn:aws:s3:::b/secret', 's?cret')).decision).toBe('explicit-deny');
    expect(evaluate({ identity: denying('2012-10-17', entry) as never }, tagged('arn:aws:s3:::c/secret', '*')).decision).toBe('allow');
  });
  test('an Allow on it grants only the text the value spells', () => {
    expect(evaluate({ identity: granting('2012-10-17', entry) as never }, tagged('arn:aws:s3:::b/secret', '*')).decision).toBe('implicit-deny');
    expect(evaluate({ identity: granting('2012-10-17', entry) as never }, tagged('arn:aws:s3:::b/*', '*')).decision).toBe('allow');
  });
  test('an Allow with NotResource b/${aws:PrincipalTag/x} excludes what the wildcard reading covers', () => {
    const notRes = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', NotResource: entry }] };
    expect(evaluate({ identity: notRes as never }, tagged('arn:aws:s3:::b/secret', '*')).decision).toBe('implicit-deny');
    expect(evaluate({ identity: notRes as never }, tagged('arn:aws:s3:::c/secret', '*')).decision).toBe('allow');
  });
  test('a written ${*} stays literal in every reading', () => {
    const escaped = 'arn:aws:s3:::b/${*}';
    expect(evaluate({ identity: denying('2012-10-17', escaped) as never }, get('arn:aws:s3:::b/secret')).decision).toBe('allow');
    expect(evaluate({ identity: denying('2012-10-17', escaped) as never }, get('arn:aws:s3:::b/*')).decision).toBe('explicit-deny');
  });
  test('StringLike on a variable whose value holds a wildcard: unknown where the readings differ', () => {
    const cond = (effect: 'Allow' | 'Deny') => ({
      Version: '2012-10-17',
      Statement: [
        ...(effect === 'Deny' ? [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] : []),
        { Effect: effect, Action: 's3:GetObject', Resource: '*', Condition: { StringLike: { 's3:prefix': '${aws:PrincipalTag/x}' } } },
      ],
    });
    const ask = (effect: 'Allow' | 'Deny', prefix: string) => evaluate({ identity: cond(effect) as never }, { ...tagged('arn:aws:s3:::b/k', 'a*'), context: { 'aws:PrincipalTag/x': 'a*', 's3:prefix': prefix } }).decision;
    expect(ask('Deny', 'abc')).toBe('explicit-deny');
    expect(ask('Allow', 'abc')).toBe('implicit-deny');
    // both readings agree: the literal text matches both, other text neither
    expect(ask('Allow', 'a*')).toBe('allow');
    expect(ask('Deny', 'xyz')).toBe('allow');
  });
});
