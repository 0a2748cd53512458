/**
 * The zod schema (`policySchema`), the JSON Schema (`policyJsonSchema`) and `parsePolicy` accept
 * the same documents, except where docs/parsing.md ("Where the schemas and parsePolicy differ")
 * says they differ: rules of values that neither schema states. Checked both ways: a table of one
 * change per row for every kind, the AWS managed-policy corpus, and generated documents.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPolicyInput } from '../../src/parse/index.js';
import { policyJsonSchema, policySchema } from '../../src/parse/schema.js';
import { POLICY_KINDS, type PolicyKind } from '../../src/model/policy-document.js';
import { validate } from './json-schema-check.js';
import { managedPolicyVersions } from './helpers.js';

type Kind = PolicyKind | undefined;
const KINDS: readonly Kind[] = [undefined, ...POLICY_KINDS];
const jsonSchemas = new Map(KINDS.map((k) => [k, policyJsonSchema(k)]));

/** [parsePolicy, zod, JSON Schema] acceptance; no kind: the grammar every kind shares (`rules: 'grammar'`). */
function verdicts(raw: unknown, kind: Kind): [boolean, boolean, boolean] {
  const r = kind === undefined ? readPolicyInput(raw, { rules: 'grammar' }) : readPolicyInput(raw, { kind });
  return [r.issues.length === 0, policySchema(kind).safeParse(raw).success, validate(jsonSchemas.get(kind)!, raw)];
}

/** A valid statement of each kind. */
function base(kind: Kind): Record<string, unknown> {
  switch (kind) {
    case 'trust':
      return { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' };
    case 'rcp':
      return { Effect: 'Deny', Principal: '*', Action: 's3:GetObject', Resource: '*' };
    case 'resource':
    case 'endpoint':
      return { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:root' }, Action: 's3:GetObject', Resource: '*' };
    default:
      return { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };
  }
}

const doc = (s: unknown, extra: Record<string, unknown> = {}) => ({ Version: '2012-10-17', ...extra, Statement: [s] });
/** Codes of `parsePolicy` issues for rules neither schema states (docs/parsing.md lists them). */
const VALUE_RULES = new Set(['INVALID_ACTION', 'EMPTY_VALUE', 'INVALID_CHARACTER', 'ACTION_NOT_ALLOWED', 'EFFECT_NOT_ALLOWED', 'NOT_ACTION_NOT_ALLOWED', 'PRINCIPAL_MUST_BE_ANYONE']);

describe('policySchema, policyJsonSchema and parsePolicy accept the same documents', () => {
  // one change to a valid statement of the kind -> [parse, zod, JSON Schema]; rows where the three
  // differ are rules of values the schemas leave to parsePolicy (documented)
  const rows: [string, (s: Record<string, unknown>, kind: Kind) => unknown, (kind: Kind) => [boolean, boolean, boolean]][] = [
    ['as it is', (s) => doc(s), () => [true, true, true]],
    ['a bare Statement object', (s) => ({ Statement: s }), () => [true, true, true]],
    ['Version 2008-10-17', (s) => doc(s, { Version: '2008-10-17' }), () => [true, true, true]],
    ['Version 2012-10-18', (s) => doc(s, { Version: '2012-10-18' }), () => [false, false, false]],
    ['an Id', (s) => doc(s, { Id: 'x' }), () => [true, true, true]],
    ['an unknown top-level element', (s) => doc(s, { Extra: 1 }), () => [false, false, false]],
    ['an empty Statement list', () => ({ Statement: [] }), () => [false, false, false]],
    ['Effect "allow"', (s) => doc({ ...s, Effect: 'allow' }), () => [false, false, false]],
    ['no Effect', ({ Effect: _, ...s }) => doc(s), () => [false, false, false]],
    ['an unknown element (names are case-sensitive)', (s) => doc({ ...s, action: 's3:GetObject' }), () => [false, false, false]],
    ['no Action', ({ Action: _, ...s }) => doc(s), () => [false, false, false]],
    ['Action and NotAction', (s) => doc({ ...s, NotAction: 's3:PutObject' }), () => [false, false, false]],
    ['NotAction instead of Action', ({ Action, ...s }) => doc({ ...s, NotAction: Action }), (k) => (k === 'rcp' ? [false, true, true] : [true, true, true])],
    ['Resource and NotResource', (s) => doc({ ...s, Resource: '*', NotResource: 'arn:aws:s3:::b' }), () => [false, false, false]],
    ['no Resource', ({ Resource: _, ...s }) => doc(s), (k) => (['resource', 'trust', undefined].includes(k) ? [true, true, true] : [false, false, false])],
    ['a Resource', (s) => doc({ ...s, Resource: '*' }), (k) => (k === 'trust' ? [false, false, false] : [true, true, true])],
    ['no Principal', ({ Principal: _, ...s }) => doc(s), (k) => (['trust', 'resource', 'rcp', 'endpoint'].includes(k!) ? [false, false, false] : [true, true, true])],
    ['Principal "*"', (s) => doc({ ...s, Principal: '*' }), (k) => (['identity', 'boundary', 'session', 'scp'].includes(k!) ? [false, false, false] : [true, true, true])],
    ['Principal and NotPrincipal', (s) => doc({ ...s, Principal: '*', NotPrincipal: '*' }), () => [false, false, false]],
    ['NotPrincipal instead of Principal', ({ Principal: _, ...s }) => doc({ ...s, NotPrincipal: { AWS: '111111111111' } }), (k) => (k === 'resource' || k === 'endpoint' || k === undefined ? [true, true, true] : [false, false, false])],
    ['an empty Principal map', (s) => doc({ ...s, Principal: {} }), () => [false, false, false]],
    ['an unknown principal type', (s) => doc({ ...s, Principal: { Other: 'x' } }), () => [false, false, false]],
    ['a principal value of the wrong type', (s) => doc({ ...s, Principal: { AWS: 5 } }), () => [false, false, false]],
    ['a Sid with a space', (s) => doc({ ...s, Sid: 'a b' }), (k) => (k === undefined || k === 'resource' || k === 'endpoint' ? [true, true, true] : [false, false, false])],
    ['Condition {}', (s) => doc({ ...s, Condition: {} }), () => [true, true, true]],
    ['an empty operator block', (s) => doc({ ...s, Condition: { StringEquals: {} } }), () => [true, true, true]],
    ['an empty list of condition values', (s) => doc({ ...s, Condition: { StringEquals: { 'aws:PrincipalOrgID': [] } } }), () => [true, true, true]],
    ['number and boolean condition values', (s) => doc({ ...s, Condition: { NumericLessThan: { 's3:max-keys': 10 }, Bool: { 'aws:SecureTransport': [true] } } }), () => [true, true, true]],
    ['a null condition value', (s) => doc({ ...s, Condition: { StringEquals: { 'aws:PrincipalOrgID': null } } }), () => [false, false, false]],
    ['Condition as a list', (s) => doc({ ...s, Condition: [] }), () => [false, false, false]],
    ['an Action list of a number', (s) => doc({ ...s, Action: [5] }), () => [false, false, false]],
    ['an empty Action list', (s) => doc({ ...s, Action: [] }), () => [true, true, true]],
    // `__proto__` is a key like any other (zod's records skipped it: a bad value passed)
    ['a "__proto__" condition key', (s) => doc({ ...s, Condition: JSON.parse('{"StringEquals":{"__proto__":"alice"}}') }), () => [true, true, true]],
    ['a "__proto__" condition key with an object value', (s) => doc({ ...s, Condition: JSON.parse('{"StringEquals":{"__proto__":{"x":1}}}') }), () => [false, false, false]],
    ['a "__proto__" operator', (s) => doc({ ...s, Condition: JSON.parse('{"__proto__":{"aws:username":"alice"}}') }), () => [true, true, true]],
    ['a "__proto__" operator that is no object', (s) => doc({ ...s, Condition: JSON.parse('{"__proto__":"alice"}') }), () => [false, false, false]],
    ['a "__proto__" key of a "__proto__" operator with a null value', (s) => doc({ ...s, Condition: JSON.parse('{"__proto__":{"__proto__":null}}') }), () => [false, false, false]],
    // rules of values that neither schema states (docs/parsing.md)
    ['an action without a service prefix', (s) => doc({ ...s, Action: 'GetObject' }), () => [false, true, true]],
    ['an empty Resource entry', (s) => doc({ ...s, Resource: '' }), (k) => (k === 'trust' ? [false, false, false] : [false, true, true])],
    ['a character IAM refuses', (s) => doc({ ...s, Sid: 'S\u0100' }), (k) => (k === undefined || k === 'resource' || k === 'endpoint' ? [false, true, true] : [false, false, false])],
    ['an action a trust policy does not take', (s) => doc({ ...s, Action: 's3:GetObject' }), (k) => (k === 'trust' ? [false, true, true] : [true, true, true])],
    ['Effect Allow', (s) => doc({ ...s, Effect: 'Allow' }), (k) => (k === 'rcp' ? [false, true, true] : [true, true, true])],
  ];
  for (const kind of KINDS)
    it(`${kind ?? 'the shared grammar'}: one change per row`, () => {
      const got = rows.map(([name, change, want]) => [name, verdicts(change(base(kind), kind), kind), want(kind)]);
      expect(got.filter(([, v, w]) => JSON.stringify(v) !== JSON.stringify(w))).toEqual([]);
    });

  it('every version of every AWS managed policy (6,194) is accepted by all three, as identity and as the shared grammar', () => {
    const refused: string[] = [];
    for (const [name, v, doc] of managedPolicyVersions())
      for (const kind of [undefined, 'identity'] as const) if (verdicts(doc, kind).some((x) => !x)) refused.push(`${name} ${v} ${kind ?? 'grammar'}`);
    expect(refused).toEqual([]);
  }, 120_000);

  it('on generated documents the zod schema and the JSON Schema agree, and differ from parsePolicy only by the rules of values (fixed seed)', () => {
    // mostly valid parts, so that every kind accepts some documents and each rule is near its edge
    const rare = <T, U>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<U>) => fc.oneof({ weight: 12, arbitrary: usual }, { weight: 1, arbitrary: odd });
    const str = rare(fc.constantFrom('s3:GetObject', '*', 'sts:AssumeRole', 'arn:aws:s3:::b/*'), fc.constantFrom('', 'x y', 'é', 'GetObject', '\u0100'));
    const list = rare(fc.oneof(str, fc.array(str, { maxLength: 3 })), fc.constant(5));
    const principal = rare(
      fc.oneof(fc.constant('*'), fc.record({ AWS: rare(fc.constant('111111111111'), list) }), fc.record({ Service: fc.constant('lambda.amazonaws.com') })),
      fc.oneof(fc.constant('AWS'), fc.dictionary(fc.constantFrom('AWS', 'Service', 'Other'), list, { maxKeys: 2 })),
    );
    const values = rare(fc.oneof(str, fc.integer(), fc.boolean(), fc.array(fc.oneof(str, fc.integer(), fc.boolean()), { maxLength: 2 })), fc.constant([null]));
    const condition = fc.oneof(
      fc.dictionary(fc.constantFrom('StringEquals', 'Bool', 'ForAnyValue:StringLike'), fc.dictionary(fc.constantFrom('aws:SourceIp', 'aws:PrincipalOrgID', 's3:prefix'), values, { maxKeys: 2 }), { maxKeys: 2 }),
      fc.constant([]),
    );
    /** `a`, absent `absent` times in `absent + present`. */
    const sometimes = <T>(a: fc.Arbitrary<T>, absent = 1, present = 1) =>
      fc.oneof({ weight: absent, arbitrary: fc.constant(undefined) }, { weight: present, arbitrary: a });
    const statement = fc
      .record({
        Sid: sometimes(rare(fc.constant('S1'), fc.constantFrom('a b', ''))),
        Effect: rare(fc.constantFrom('Allow', 'Deny'), fc.constant('allow')),
        Principal: sometimes(principal),
        NotPrincipal: sometimes(principal, 8),
        Action: sometimes(list, 1, 10),
        NotAction: sometimes(list, 8),
        Resource: sometimes(list, 1, 2),
        NotResource: sometimes(list, 8),
        Condition: sometimes(condition, 2),
      })
      .map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)));
    const document = fc.record(
      {
        Version: rare(fc.constantFrom('2012-10-17', '2008-10-17'), fc.constant('2012-10-18')),
        Id: rare(fc.constant('id'), fc.constant(3)),
        Statement: fc.oneof(statement, fc.array(statement, { maxLength: 3 })),
      },
      { requiredKeys: ['Statement'] },
    );
    let accepted = 0;
    fc.assert(
      fc.property(document, (raw) => {
        for (const kind of KINDS) {
          const [p, z, j] = verdicts(raw, kind);
          expect([kind, z]).toEqual([kind, j]);
          if (p) {
            accepted++;
            expect([kind, z]).toEqual([kind, true]);
          } else if (z) {
            const r = kind === undefined ? readPolicyInput(raw, { rules: 'grammar' }) : readPolicyInput(raw, { kind });
            expect([kind, r.issues.filter((i) => !VALUE_RULES.has(i.code))]).toEqual([kind, []]);
          }
        }
      }),
      { seed: 3131, numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(500);
  }, 120_000);
});

describe('policySchema output', () => {
  it('keeps "__proto__" operators and condition keys as own data, in a bare statement too (zod records drop them)', () => {
    // docs/parsing.md (Hostile input): a lost condition key would leave an Allow without its condition
    const condition = JSON.parse('{"StringEquals":{"aws:PrincipalOrgID":"o-1","__proto__":"alice"},"__proto__":{"__proto__":["x"],"k":1}}') as Record<string, unknown>;
    for (const wrap of [(s: unknown) => ({ Statement: [s] }), (s: unknown) => ({ Statement: s })]) {
      const r = policySchema('identity').safeParse(wrap({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: condition }));
      expect(r.success).toBe(true);
      const st = (r.data as { Statement: unknown }).Statement;
      const c = (Array.isArray(st) ? st[0] : st).Condition as Record<string, unknown>;
      expect(JSON.parse(JSON.stringify(c))).toEqual(JSON.parse(JSON.stringify(condition)));
      expect(Object.getPrototypeOf(c['StringEquals'])).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(c['StringEquals'], '__proto__')?.value).toBe('alice');
      const block = Object.getOwnPropertyDescriptor(c, '__proto__')?.value as Record<string, unknown>;
      expect(Object.getOwnPropertyDescriptor(block, '__proto__')?.value).toEqual(['x']);
    }
    // an invalid one is an issue at its path
    const bad = policySchema().safeParse({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: JSON.parse('{"StringEquals":{"__proto__":{"x":1}}}') }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path)).toEqual([['Statement', 0, 'Condition', 'StringEquals', '__proto__']]);
  });
});
