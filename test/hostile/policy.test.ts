/**
 * Issue #16's small holes in the policy object and the builder: Ids that emit text the parser
 * refuses, callers' objects frozen behind their back, and `document` and `toString` disagreeing on
 * repeated values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allow, deny, inlineSize, parsePolicy, policy, PolicyArgumentError, PolicyValidationError } from '../../src/index.js';
import type { Statement } from '../../src/model/policy-document.js';
import { createPolicy } from '../../src/policy/policy.js';
import { issuesOf } from './helpers.js';

const base = () => policy.identity(allow('s3:GetObject').on('arn:aws:s3:::docs/*'));

describe('withId is validated', () => {
  it.each([
    [{ x: 1 }, 'INVALID_TYPE'],
    [5, 'INVALID_TYPE'],
    ['a\u0000b', 'INVALID_CHARACTER'],
    ['caf\u2615', 'INVALID_CHARACTER'],
  ])('withId(%j) is a PolicyValidationError %s (was: text parsePolicy rejects)', (id, code) => {
    const p = base();
    let error: unknown;
    try {
      p.withId(id as string);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyValidationError);
    expect((error as PolicyValidationError).issues[0]).toMatchObject({ path: 'Id', code });
  });

  it('a valid Id round-trips through the parser', () => {
    const p = base().withId('Policy Id é 1');
    expect(parsePolicy(p.toString()).document).toEqual(p.document);
  });
});

describe("callers' objects are never frozen", () => {
  const plain = (): Statement & { Action: string[]; Resource: string[] } => ({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::docs/*'] });

  it('policy.identity copies a plain statement (was: deep-froze the caller\'s object)', () => {
    const st = plain();
    const p = policy.identity(st);
    expect(Object.isFrozen(st)).toBe(false);
    expect(Object.isFrozen(st.Action)).toBe(false);
    st.Action.push('s3:PutObject');
    expect(p.document.Statement[0]!.Action).toEqual(['s3:GetObject']);
    expect(Object.isFrozen(p.document.Statement[0]!.Action)).toBe(true);
  });

  it('createPolicy and add copy too, statements frozen already included', () => {
    const st = plain();
    const cond = { Effect: 'Deny' as const, Action: ['s3:*'], Resource: ['*'], Condition: { Bool: { 'aws:SecureTransport': [false] } } };
    const p = createPolicy('identity', { Version: '2012-10-17', Statement: [st] }).add(cond);
    expect(Object.isFrozen(st) || Object.isFrozen(cond) || Object.isFrozen(cond.Condition.Bool)).toBe(false);
    const frozen = deny('s3:DeleteBucket').on('*').toStatement();
    expect(policy.identity(frozen).document.Statement[0]).toEqual(frozen);
    expect(p.document.Statement).toHaveLength(2);
  });

  it('a statement frozen on top only is copied: its open lists cannot change the policy later', () => {
    const st = Object.freeze(plain());
    const p = policy.identity(st);
    expect(p.document.Statement[0]).not.toBe(st);
    st.Action.push('s3:PutObject');
    expect(p.toString()).not.toContain('s3:PutObject');
    expect(Object.isFrozen(st.Action)).toBe(false);
  });
});

describe("the builder's document and toString agree on repeated values", () => {
  it('repeated actions are dropped from the document as from the text (was: kept in document only)', () => {
    const p = policy.identity(allow('s3:GetObject', 's3:GetObject', 's3:PutObject').on('*', '*').sid('A'));
    expect(p.document.Statement[0]!.Action).toEqual(['s3:GetObject', 's3:PutObject']);
    expect(parsePolicy(p.toString()).document).toEqual(p.document);
    const q = policy.identity(allow(['s3:GetObject', 's3:GetObject']).on(['arn:aws:s3:::a', 'arn:aws:s3:::a']));
    expect(parsePolicy(q.toString()).document).toEqual(q.document);
  });

  it('a list of 100,000 actions with repeats is de-duplicated in linear time', () => {
    const actions = Array.from({ length: 100_000 }, (_, i) => `s3:Get${i % 50_000}`);
    const s = allow.unchecked(...(actions as [string, ...string[]])).on('*').toStatement();
    expect(s.Action).toHaveLength(50_000);
  });
});

describe('statements given as data are read once, as JSON reads them', () => {
  const data = () => ({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::docs/*'] });

  it('an element with a misspelt name is refused, frozen or not (was: dropped by emit, so the Allow lost its condition)', () => {
    const typo = { ...data(), Conditon: { Bool: { 'aws:SecureTransport': [true] } } };
    for (const s of [typo, Object.freeze(typo)])
      expect(issuesOf(() => policy.identity(s as never))[0]).toMatchObject({ path: 'Statement[0]', code: 'UNKNOWN_ELEMENT', message: expect.stringContaining('"Conditon"') });
    expect(issuesOf(() => policy.identity({ ...data(), extra: () => 1 } as never))[0]!.code).toBe('UNKNOWN_ELEMENT');
  });

  it('a Proxy statement or list is read like an object (was: DOMException from structuredClone)', () => {
    const p = policy.identity(new Proxy(data(), {}) as never, { ...data(), Action: new Proxy(['s3:PutObject'], {}) } as never);
    expect(p.document.Statement.map((s) => s.Action)).toEqual([['s3:GetObject'], ['s3:PutObject']]);
  });

  it('a getter is read once: what is kept is what was checked, frozen or not', () => {
    for (const freeze of [false, true]) {
      let reads = 0;
      const s = { Effect: 'Allow', get Action() { return reads++ === 0 ? ['s3:GetObject'] : ['not an action!']; }, Resource: ['*'] };
      const p = policy.identity((freeze ? Object.freeze(s) : s) as never);
      expect(p.toString()).toContain('"Action":"s3:GetObject"');
      expect(p.toString()).toBe(p.toString());
      expect(reads).toBe(1);
    }
  });

  it('elements inherited from a prototype are not read, as JSON does not (was: checked, then emitted as {})', () => {
    expect(issuesOf(() => policy.identity(Object.create(data()) as never)).map((i) => i.code)).toContain('INVALID_EFFECT');
  });

  it('a cyclic object is refused (was: RangeError from the deep freeze)', () => {
    const s: Record<string, unknown> = data();
    s.Condition = { StringEquals: s };
    expect(issuesOf(() => policy.identity(s as never))[0]!.code).toBe('INVALID_TYPE');
  });

  it.each<[string, Record<string, unknown>, string]>([
    // the parser refuses each of the first four: the text would not read back
    ['a Sid that is no string', { Sid: 5 }, 'INVALID_TYPE'],
    ['a Resource outside IAM characters', { Resource: ['arn:aws:s3:::caf\u0100'] }, 'INVALID_CHARACTER'],
    ['a condition key outside IAM characters', { Condition: { StringEquals: { 'aws:\u0100': ['a'] } } }, 'INVALID_CHARACTER'],
    ['a lone surrogate in a condition value', { Condition: { StringEquals: { 'aws:username': ['\uD800'] } } }, 'INVALID_CHARACTER'],
    // the builder refuses empty lists (IAM too)
    ['an empty Action list', { Action: [] }, 'EMPTY_VALUE'],
    ['an empty Resource list', { Resource: [] }, 'EMPTY_VALUE'],
    ['a condition key without values', { Condition: { StringEquals: { 'aws:username': [] } } }, 'EMPTY_VALUE'],
  ])('%s is refused, as built ones are (was: accepted)', (_, change, code) => {
    expect(issuesOf(() => policy.identity({ ...data(), ...change } as never))[0]!.code).toBe(code);
  });

  it('a principal list may not be empty either', () => {
    const s = { ...data(), Principal: { AWS: [] } };
    expect(issuesOf(() => policy.resource(s as never))[0]).toMatchObject({ path: 'Statement[0].Principal["AWS"]', code: 'EMPTY_VALUE' });
  });

  it('a condition block naming one key in two casings is refused, as .when merges them (was: emitted as two keys)', () => {
    // IAM User Guide, Condition element: context key names are not case-sensitive; Access Analyzer
    // reports such a block (DUPLICATE_KEYS_WITH_DIFFERENT_CASE, an error) and evaluate refuses it
    const twice = { ...data(), Condition: { StringEquals: { 'aws:PrincipalTag/team': ['a'], 'AWS:PrincipalTag/Team': ['b'] } } };
    expect(issuesOf(() => policy.identity(twice as never))[0]).toMatchObject({
      path: 'Statement[0].Condition.StringEquals["AWS:PrincipalTag/Team"]',
      code: 'INVALID_CONDITION',
      message: expect.stringContaining('repeats "aws:PrincipalTag/team"'),
    });
    expect(issuesOf(() => base().add(twice as never))[0]!.code).toBe('INVALID_CONDITION');
    // the same key under two operators is two conditions, and stays
    const two = { ...data(), Condition: { StringEquals: { 'aws:PrincipalTag/team': ['a'] }, StringLike: { 'AWS:PrincipalTag/Team': ['b*'] } } };
    expect(Object.keys(policy.identity(two as never).document.Statement[0]!.Condition!)).toEqual(['StringEquals', 'StringLike']);
    // the parser reads such a block as AWS stored it; lint reports it
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: twice.Condition }] });
    expect(Object.keys(parsePolicy(text).document.Statement[0]!.Condition!.StringEquals!)).toEqual(['aws:PrincipalTag/team', 'AWS:PrincipalTag/Team']);
  });

  it('an element set to undefined is absent (optional elements of JavaScript objects)', () => {
    const p = policy.identity({ Sid: undefined, ...data(), Condition: undefined } as never);
    expect(Object.keys(p.document.Statement[0]!)).toEqual(['Effect', 'Action', 'Resource']);
  });
});

describe('statements given as data: refused with PolicyValidationError, or read back equal (fast-check)', () => {
  const anyText = fc.oneof(
    fc.constantFrom('s3:GetObject', '*', 'arn:aws:s3:::b/*', 'aws:username', '__proto__', 'constructor', 'toString', '', '\uD800', 'caf\u00e9', 'a"b\\c\n', '${aws:username}'),
    fc.string({ maxLength: 6 }),
    fc.string({ unit: 'binary', maxLength: 4 }),
  );
  const scalar = fc.oneof(anyText, fc.integer(), fc.double(), fc.boolean(), fc.constantFrom(null, undefined, NaN, -0, Infinity, 1e21), fc.date({ noInvalidDate: false }));
  const list = fc.oneof(fc.array(scalar, { maxLength: 3 }), fc.array(anyText, { minLength: 1, maxLength: 3 }), fc.sparseArray(anyText, { maxLength: 3 }), scalar);
  const map = (value: fc.Arbitrary<unknown>) =>
    fc.uniqueArray(fc.tuple(anyText, value), { maxLength: 3, selector: (e) => e[0] }).map((entries) => {
      const out = {};
      for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      return out;
    });
  const principalEl = fc.oneof(fc.constant('*'), map(list), fc.record({ AWS: list }, { requiredKeys: [] }), fc.constant({ AWS: ['arn:aws:iam::111122223333:root'] }));
  const conditionEl = fc.oneof(map(map(list)), fc.constant({ StringEquals: { 'aws:username': ['alice'] } }), fc.record({ NumericLessThan: map(list) }, { requiredKeys: [] }));
  const hostile = fc.record(
    {
      Sid: fc.oneof(anyText, scalar),
      Effect: fc.constantFrom('Allow', 'Deny', 'allow', undefined),
      Action: fc.oneof(list, fc.constant(['s3:GetObject'])),
      NotAction: list,
      Resource: fc.oneof(list, fc.constant(['*'])),
      NotResource: list,
      Principal: principalEl,
      NotPrincipal: principalEl,
      Condition: conditionEl,
      Conditon: conditionEl,
    },
    { requiredKeys: [] },
  );
  // a valid statement of the kind with up to three of its elements replaced or added
  const base = {
    identity: { Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/*'] },
    resource: { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::111122223333:root'] }, Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/*'] },
  };
  const statement = (kind: keyof typeof base) =>
    fc.tuple(hostile, fc.integer({ min: 0, max: 3 })).map(([h, n]) => ({ ...base[kind], ...Object.fromEntries(Object.entries(h).slice(0, n)) }));

  it.each(['identity', 'resource'] as const)('%s', (kind) => {
    let built = 0;
    fc.assert(
      fc.property(fc.array(statement(kind), { minLength: 1, maxLength: 2 }), (statements) => {
        let p;
        try {
          p = policy[kind](...(statements as never[]));
        } catch (e) {
          expect(e).toBeInstanceOf(PolicyValidationError);
          return;
        }
        built++;
        expect(parsePolicy(p.toString({ target: 'iam-api' }), { kind }).document).toEqual(p.document);
        expect(p.toJSON()).toEqual(JSON.parse(p.toString({ target: 'iam-api' })));
      }),
      { numRuns: 1500, seed: 2930 },
    );
    expect(built).toBeGreaterThan(100);
  });
});

describe('inlineSize given what is no policy', () => {
  it.each([null, {}, { toJSON: () => undefined }, { toJSON: () => () => 1 }])('%j is a PolicyArgumentError naming the entry (was: a TypeError)', (p) => {
    const good = policy.identity(allow('s3:GetObject').on('*'));
    let error: unknown;
    try {
      inlineSize('inline-role', [good, p as never]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyArgumentError);
    expect(error).toMatchObject({ argument: 'policies[1]' });
  });

  it('an object whose toJSON() gives a document counts as its compact JSON (a CDK PolicyDocument)', () => {
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };
    expect(inlineSize('inline-role', [{ toJSON: () => doc }]).length).toBe(JSON.stringify(doc).length);
  });
});
