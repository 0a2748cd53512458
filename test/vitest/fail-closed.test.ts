/**
 * Inputs that let a matcher pass without deciding what was written (audit of typed-iam/vitest): a
 * field evaluate or analyze ignores, a set of filters alone given to a proof, an undecided answer
 * in asymmetric use. Each is refused, or fails with and without `.not`; and on what they decide the
 * matchers give evaluate's answers.
 */
import fc from 'fast-check';
import { PolicyDocument, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { typedIamMatchers } from '../../src/vitest/index.js';
import { allow } from '../../src/index.js';
import { evaluate, type EvaluationRequest, type PolicySet } from '../../src/evaluate/index.js';
import { fromCdk } from '../../src/cdk/index.js';
import { PolicyArgumentError } from '../../src/errors.js';
import { allowSt, boundary, doc, identity, resource, OBJECT, OTHER_USER, USER } from '../evaluate/helpers.js';

expect.extend(typedIamMatchers);

const read = identity(allowSt('s3:GetObject', 'arn:aws:s3:::docs/*'));
const tls = identity(allowSt('s3:GetObject', '*', { Condition: { Bool: { 'aws:SecureTransport': ['true'] } } }));
const get = { principal: USER, action: 's3:GetObject', resource: OBJECT };
/** A value the compiler cannot check, as a request read from a fixture or built in a helper is. */
const loose = <T>(x: unknown): T => x as T;

describe('a field no request, query or option has (was: ignored, so the assertion asked another question and an assertion of absence passed)', () => {
  it('a misspelt request field: `resourse` read as resource "*", `contxt` as no context', () => {
    const typo = loose<EvaluationRequest>({ principal: USER, action: 's3:GetObject', resourse: OBJECT });
    expect(() => expect(read).toDeny(typo)).toThrow(PolicyArgumentError);
    expect(() => expect(read).not.toAllow(typo)).toThrow(`evaluate: the request has "resourse", which no request has: read as absent`);
    expect(() => expect(read).not.toAllow(typo)).toThrow('The fields: principal, principalType, action, resource, context,');
    const noContext = loose<EvaluationRequest>({ ...get, contxt: { 'aws:SecureTransport': true } });
    expect(() => expect(tls).toDeny(noContext)).toThrow('the request has "contxt"');
    expect(tls).toAllow({ ...get, context: { 'aws:SecureTransport': true } });
  });

  it("a misspelt toNeverAllow query field: `action` read as every action, so .not.toNeverAllow passed", () => {
    const query = loose<{ actions: string[] }>({ action: ['s3:PutObject'], resources: ['*'] });
    expect(() => expect(read).not.toNeverAllow(query)).toThrow(`checkAccessNotGranted: the query has "action", which no query has`);
    expect(() => expect(read).toNeverAllow(query)).toThrow(PolicyArgumentError);
    expect(read).toNeverAllow({ actions: ['s3:PutObject'], resources: ['*'] });
  });

  it("an option the matcher does not read: toDeny's `knd` dropped the kind, toAllow's `kind` meant nothing", () => {
    const put = { ...get, action: 's3:PutObject' };
    expect(() => expect(read).toDeny(put, loose({ knd: 'explicit-deny' }))).toThrow(`the matcher's options have "knd", which this matcher does not read`);
    expect(() => expect(read).toDeny(put, loose({ knd: 'explicit-deny' }))).toThrow('Its options: kind, uncataloged.');
    expect(() => expect(read).toAllow(get, loose({ kind: 'explicit-deny' }))).toThrow('Its options: uncataloged.');
    expect(() => expect(read).toNeverAllow({ actions: ['s3:PutObject'] }, loose({ timeoutMS: 0 }))).toThrow('Its options: actions, maxWitnesses, timeoutMs, uncataloged.');
    expect(() => expect(read).toBeEquivalentTo(read, loose({ action: 'catalog' }))).toThrow(`the matcher's options have "action"`);
    expect(() => expect(read).not.toGrantNoMoreThan(read, loose({ timeoutMS: 0 }))).toThrow('Its options: actions, maxWitnesses, timeoutMs.');
    expect(read).toDeny(put, { kind: 'implicit-deny', uncataloged: [] });
    expect(read).toBeEquivalentTo(read, { actions: 'catalog', timeoutMs: 10_000 });
  });
});

describe('a set of filters alone given to a proof (was: it allows nothing, so toNeverAllow, toBeEquivalentTo and toGrantNoMoreThan passed for any)', () => {
  const wide = doc(allowSt('s3:*', '*'));
  const narrow = doc(allowSt('s3:GetObject', '*'));
  const refused = 'a set of policies that only filter (boundary) and grant nothing';
  it('is refused in each analyze matcher, received or compared with, with and without .not', () => {
    expect(() => expect({ boundary: wide }).toNeverAllow({ actions: ['s3:PutObject'] })).toThrow(refused);
    expect(() => expect({ boundary: wide }).not.toNeverAllow({ actions: ['s3:PutObject'] })).toThrow(refused);
    expect(() => expect({ boundary: wide }).toBeEquivalentTo({ boundary: narrow })).toThrow(refused);
    expect(() => expect({ boundary: wide }).toGrantNoMoreThan(narrow)).toThrow(refused);
    expect(() => expect(narrow).not.toGrantNoMoreThan({ boundary: narrow })).toThrow('typed-iam/vitest: the reference is a set of policies that only filter');
    expect(() => expect({ session: wide, scp: [[wide]] }).toNeverAllow({ actions: ['s3:PutObject'] })).toThrow('only filter (session, scp)');
    expect(() => expect({ identity: [], boundary: wide }).toNeverAllow({ actions: ['s3:PutObject'] })).toThrow('only filter (boundary)');
  });

  it('a typed filter policy alone, or filters beside a grant, still decide', () => {
    expect(() => expect(boundary(allowSt('s3:*', '*'))).toNeverAllow({ actions: ['s3:PutObject'] })).toThrow('but it allows');
    expect(boundary(allowSt('s3:GetObject', '*'))).toNeverAllow({ actions: ['s3:PutObject'] });
    expect({ identity: wide, boundary: narrow }).toNeverAllow({ actions: ['s3:PutObject'] });
    expect({ identity: wide, boundary: narrow }).toBeEquivalentTo(narrow);
  });
});

describe('an undecided answer in asymmetric use (was: read as "does not match", so .not.toEqual passed)', () => {
  const publicBucket = resource(allowSt('s3:GetObject', 'arn:aws:s3:::docs/*', { Principal: '*' }));
  const outsider = { principal: OTHER_USER, action: 's3:GetObject', resource: OBJECT, resourceAccount: '111122223333' };
  it('a request the policies given deny whatever they say throws inside toEqual', () => {
    expect(() => expect({ p: publicBucket }).not.toEqual({ p: expect.toAllow(outsider) })).toThrow(
      'typed-iam/vitest: expect.toAllow(...) inside toEqual (or another asymmetric use) cannot decide',
    );
    expect(() => expect({ p: publicBucket }).not.toEqual({ p: expect.toDeny(outsider) })).toThrow('no content of the policies given could allow this request');
    expect(() => expect({ p: publicBucket }).toEqual({ p: expect.not.toAllow(outsider) })).toThrow(PolicyArgumentError);
  });

  it('an analysis that cannot decide throws inside toEqual', () => {
    const now = { timeoutMs: 0 };
    expect(() => expect({ p: read }).not.toEqual({ p: expect.toNeverAllow({ actions: ['s3:PutObject'] }, now) })).toThrow('expect.toNeverAllow(...) inside toEqual');
    const readWrite = identity(allowSt(['s3:GetObject', 's3:PutObject'], 'arn:aws:s3:::docs/*'));
    expect(() => expect({ p: readWrite }).not.toEqual({ p: expect.toBeEquivalentTo(read, now) })).toThrow('the analysis could not decide');
    expect(() => expect({ p: readWrite }).not.toEqual({ p: expect.toGrantNoMoreThan(read, now) })).toThrow(PolicyArgumentError);
  });

  it('decided answers work both ways in asymmetric use, and direct assertions still fail both ways', () => {
    expect({ p: read }).toEqual({ p: expect.toAllow(get) });
    expect({ p: read }).not.toEqual({ p: expect.toDeny(get) });
    expect({ p: read }).toEqual({ p: expect.not.toNeverAllow({ actions: ['s3:GetObject'] }) });
    expect(() => expect(publicBucket).toAllow(outsider)).toThrow('expected the policies to allow');
    expect(() => expect(publicBucket).not.toAllow(outsider)).toThrow('expected the policies not to allow');
    // a plain call reads isNot as given
    expect(typedIamMatchers.toAllow.call({ isNot: true }, publicBucket, outsider).pass).toBe(true);
  });
});

describe('requests and values the matchers refuse with the fix', () => {
  it('a wildcard action, with the matcher that asks about a pattern (was: evaluate\'s "without wildcards", no way forward)', () => {
    for (const action of ['s3:*', '*', 's3:Get*', 's3:GetObjec?'])
      expect(() => expect(read).not.toAllow({ ...get, action: loose<'s3:GetObject'>(action) }), action).toThrow(
        `typed-iam/vitest: the request's action "${action}" holds a wildcard; a request calls one action (evaluate refuses a pattern). Name one action, or ask about every action a pattern covers with toNeverAllow({ actions: ["${action}"] }).`,
      );
  });

  it('the message of an anonymous request names no principal (was: the principal, which evaluate ignores)', () => {
    const bucket = resource(allowSt('s3:GetObject', 'arn:aws:s3:::docs/*', { Principal: '*' }));
    expect(() => expect(bucket).toDeny({ ...get, anonymous: true, resourceAccount: '111122223333' })).toThrow(
      'expected a deny for an anonymous caller to call s3:GetObject on arn:aws:s3:::docs/report.pdf, but the decision is allow.',
    );
  });

  it('a statement, a statement builder, a CDK document: refused naming the fix (were: "an object without any policy", or its keys)', () => {
    const st = allow('s3:GetObject').on('arn:aws:s3:::docs/*');
    expect(() => expect(st).not.toAllow(get)).toThrow('the received value is a statement builder (wrap it in a policy: policy.identity(statement))');
    expect(() => expect(st.toJSON()).toDeny(get)).toThrow('the received value is a statement, not a policy');
    const statement = new PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::docs/*'] });
    const cdk = new PolicyDocument({ statements: [statement] });
    expect(() => expect(cdk).toAllow(get)).toThrow("an AWS CDK policy document or statement (read it with fromCdk(doc) from 'typed-iam/cdk')");
    expect(() => expect(read).toGrantNoMoreThan(loose(statement))).toThrow('the reference is an AWS CDK policy document or statement');
    expect(fromCdk(cdk)).toAllow(get);
    expect(cdk.toJSON()).toAllow(get);
  });
});

describe('same answers as evaluate (property, fixed seed)', () => {
  const actions = ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:ListBucket', 'iam:PassRole'] as const;
  const patterns = [...actions, 's3:*', 's3:Get*', '*', 's3:*Object', 'iam:*'];
  const objects = ['arn:aws:s3:::docs/a', 'arn:aws:s3:::docs/b', 'arn:aws:s3:::other/a', 'arn:aws:s3:::docs'];
  const resourcePatterns = [...objects, 'arn:aws:s3:::docs/*', '*', 'arn:aws:s3:::*'];
  const statement = (principal: boolean) =>
    fc.record({
      Effect: fc.constantFrom('Allow' as const, 'Deny' as const),
      Action: fc.array(fc.constantFrom(...patterns), { minLength: 1, maxLength: 3 }),
      Resource: fc.array(fc.constantFrom(...resourcePatterns), { minLength: 1, maxLength: 2 }),
      ...(principal ? { Principal: fc.constantFrom<'*' | { AWS: string[] }>('*', { AWS: ['111122223333'] }, { AWS: [OTHER_USER] }) } : {}),
    });
  const document = (principal: boolean) => fc.array(statement(principal), { minLength: 1, maxLength: 3 }).map((s) => doc(...s));
  const sets = fc
    .record({ identity: document(false), resource: document(true), boundary: document(false) }, { requiredKeys: [] })
    .filter((s) => s.identity !== undefined || s.resource !== undefined);
  const requests = fc.record({
    principal: fc.constantFrom(USER, OTHER_USER, 'arn:aws:sts::111122223333:assumed-role/R/s'),
    action: fc.constantFrom(...actions),
    resource: fc.constantFrom(...objects),
    resourceAccount: fc.constant('111122223333'),
  });

  it('toAllow / toDeny pass exactly when evaluate decides so, and fail both ways only when no content of the policies could allow', () => {
    const outcome = (name: 'toAllow' | 'toDeny', isNot: boolean, set: PolicySet, r: EvaluationRequest, kind?: 'explicit-deny' | 'implicit-deny') => {
      const m = name === 'toAllow' ? typedIamMatchers.toAllow.call({ isNot }, set, r) : typedIamMatchers.toDeny.call({ isNot }, set, r, kind);
      return isNot ? !m.pass : m.pass;
    };
    fc.assert(
      fc.property(sets, requests, (set, r) => {
        const d = evaluate(set, r).decision;
        const allows = outcome('toAllow', false, set, r);
        const notAllows = outcome('toAllow', true, set, r);
        expect(allows && notAllows).toBe(false);
        expect(allows).toBe(d === 'allow');
        if (!allows && !notAllows) {
          // fails both ways: the policies deny whatever they say
          expect(d).toBe('implicit-deny');
          expect(evaluate({ ...(set.identity ? { identity: doc(allowSt('*', '*')) } : {}), ...(set.resource ? { resource: doc(allowSt('*', '*', { Principal: '*' })) } : {}) }, r).decision).not.toBe('allow');
        } else {
          expect(notAllows).toBe(d !== 'allow');
          expect(outcome('toDeny', false, set, r)).toBe(d !== 'allow');
          expect(outcome('toDeny', false, set, r, 'implicit-deny')).toBe(d === 'implicit-deny');
        }
        expect(outcome('toDeny', false, set, r, 'explicit-deny')).toBe(d === 'explicit-deny');
        expect(outcome('toDeny', true, set, r, 'explicit-deny')).toBe(d !== 'explicit-deny');
      }),
      { seed: 20260127, numRuns: 400 },
    );
  });
});
