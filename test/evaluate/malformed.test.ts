/**
 * Nothing fails open: a malformed document never allows. Raw input goes through the one reader of
 * parse/ (`readPolicyInput`); whatever it reports, and any condition IAM would not accept (unknown
 * operator, a value its operator cannot read), makes `evaluate` throw PolicyParseError.
 * AWS: IAM rejects such documents with MalformedPolicyDocument (reference_policies_grammar;
 * reference_policies_elements_condition_operators), so there is no AWS decision to imitate.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyParseError } from '../../src/errors.js';
import { evaluate, type PolicySet } from '../../src/evaluate/index.js';
import { readPolicyInput } from '../../src/parse/index.js';
import { createPolicy } from '../../src/policy/policy.js';
import { USER } from './helpers.js';

const request = { principal: USER, action: 's3:GetObject', resource: 'arn:aws:s3:::docs/a', context: { 's3:prefix': 'x', 'aws:SourceIp': '203.0.113.9' } };

const ok = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };
const withCondition = (Condition: unknown) => ({ Version: '2012-10-17', Statement: [{ ...ok, Condition }] });

/** Each shape that IAM would refuse. */
const SHAPES: readonly (readonly [string, unknown])[] = [
  ['unknown Effect "Permit"', { Version: '2012-10-17', Statement: [{ ...ok, Effect: 'Permit' }] }],
  ['Effect in the wrong case', { Version: '2012-10-17', Statement: [{ ...ok, Effect: 'allow' }] }],
  ['Effect not a string', { Version: '2012-10-17', Statement: [{ ...ok, Effect: 1 }] }],
  ['Effect missing', { Version: '2012-10-17', Statement: [{ Action: 's3:GetObject', Resource: '*' }] }],
  ['Condition 5', withCondition(5)],
  ['Condition an array', withCondition([{ StringEquals: { 's3:prefix': 'x' } }])],
  ['Condition a string', withCondition('StringEquals')],
  ['{ StringEquals: null }', withCondition({ StringEquals: null })],
  ['{ StringNotEquals: null } (negated)', withCondition({ StringNotEquals: null })],
  ['{ StringNotEquals: 5 }', withCondition({ StringNotEquals: 5 })],
  ['{ StringNotEquals: { key: null } }', withCondition({ StringNotEquals: { 's3:prefix': null } })],
  ['{ StringNotEquals: { key: [] } }', withCondition({ StringNotEquals: { 's3:prefix': [] } })],
  ['{ StringNotEquals: { key: {} } }', withCondition({ StringNotEquals: { 's3:prefix': {} } })],
  ['{ StringNotEquals: { key: [null] } }', withCondition({ StringNotEquals: { 's3:prefix': [null] } })],
  ['unknown operator', withCondition({ StringNotEqual: { 's3:prefix': 'y' } })],
  ['operator in the wrong case', withCondition({ stringNotEquals: { 's3:prefix': 'y' } })],
  ['set qualifier in the wrong case', withCondition({ 'forAllValues:StringNotEquals': { 's3:prefix': 'y' } })],
  ['NullIfExists', withCondition({ NullIfExists: { 's3:prefix': 'false' } })],
  ['NumericNotEquals "abc"', withCondition({ NumericNotEquals: { 's3:max-keys': 'abc' } })],
  ['DateNotEquals "yesterday"', withCondition({ DateNotEquals: { 'aws:CurrentTime': 'yesterday' } })],
  ['NotIpAddress "not-an-ip"', withCondition({ NotIpAddress: { 'aws:SourceIp': 'not-an-ip' } })],
  ['NotIpAddress "10.0.0.0/33"', withCondition({ NotIpAddress: { 'aws:SourceIp': '10.0.0.0/33' } })],
  ['Bool "yes"', withCondition({ Bool: { 'aws:SecureTransport': 'yes' } })],
  ['Null "maybe"', withCondition({ Null: { 's3:prefix': 'maybe' } })],
  ['Action 5', { Version: '2012-10-17', Statement: [{ ...ok, Action: 5 }] }],
  ['Action and NotAction missing', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Resource: '*' }] }],
  ['Action and NotAction both', { Version: '2012-10-17', Statement: [{ ...ok, NotAction: 'iam:*' }] }],
  ['Resource and NotResource both', { Version: '2012-10-17', Statement: [{ ...ok, NotResource: 'arn:aws:s3:::x' }] }],
  ['Resource [5]', { Version: '2012-10-17', Statement: [{ ...ok, Resource: [5] }] }],
  ['NotResource {}', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', NotResource: {} }] }],
  ['unknown element (typo)', { Version: '2012-10-17', Statement: [{ ...ok, Conditions: { Bool: { 'aws:SecureTransport': 'false' } } }] }],
  ['Statement missing', { Version: '2012-10-17' }],
  ['Statement empty', { Version: '2012-10-17', Statement: [] }],
  ['Statement a string', { Version: '2012-10-17', Statement: 'Allow everything' }],
  ['statement null', { Version: '2012-10-17', Statement: [null, ok] }],
  ['unknown Version', { Version: '2020-01-01', Statement: [ok] }],
  ['document an array', [ok]],
  ['document null', null],
  ['JSON syntax error', '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}'],
  ['duplicate key in JSON text', '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Effect":"Allow","Action":"*","Resource":"*"}]}'],
  ['Principal 5 in a resource policy', { Version: '2012-10-17', Statement: [{ ...ok, Principal: 5 }] }],
  ['Principal with an unknown type', { Version: '2012-10-17', Statement: [{ ...ok, Principal: { User: 'alice' } }] }],
];

const SLOTS = ['identity', 'resource', 'boundary', 'session', 'scp', 'rcp'] as const;

function setFor(slot: (typeof SLOTS)[number], bad: unknown): PolicySet {
  const everything = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
  const anyone = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] };
  const base: Record<string, unknown> = { identity: everything };
  if (slot === 'scp' || slot === 'rcp') base[slot] = [[bad]];
  else base[slot] = bad;
  if (slot === 'identity') base['resource'] = anyone;
  return base as PolicySet;
}

describe('malformed documents never allow (a test per shape)', () => {
  it.each(SHAPES)('%s: the reader reports it and evaluate throws PolicyParseError in every slot', (_name, bad) => {
    expect(readPolicyInput(bad, { rules: 'grammar' }).issues.length + conditionTrouble(bad)).toBeGreaterThan(0);
    for (const slot of SLOTS) {
      let thrown: unknown;
      try {
        const r = evaluate(setFor(slot, bad), request);
        expect.unreachable(`${slot}: decided ${r.decision} on a malformed document`);
      } catch (e) {
        thrown = e;
      }
      expect(thrown, slot).toBeInstanceOf(PolicyParseError);
    }
  });

  // Not refused by IAM (Access Analyzer reports each as a SUGGESTION, "Empty array action/resource/
  // principal": no effect), but read literally an empty Not-list excludes nothing and matches
  // everything: one reading allows where the other does not, so evaluate does not pick one
  it.each([
    ['NotAction []', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: [], Resource: '*' }] }],
    ['NotResource []', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', NotResource: [] }] }],
    ['NotPrincipal { AWS: [] }', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotPrincipal: { AWS: [] }, Action: 's3:GetObject', Resource: '*' }] }],
    ['Deny with NotResource []', { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:GetObject', NotResource: [] }] }],
  ])('%s: an empty Not-list has two readings, so evaluate throws PolicyParseError (EMPTY_VALUE) in every slot', (_name, bad) => {
    for (const slot of SLOTS) {
      let thrown: unknown;
      try {
        const r = evaluate(setFor(slot, bad), request);
        expect.unreachable(`${slot}: decided ${r.decision}`);
      } catch (e) {
        thrown = e;
      }
      expect(thrown, slot).toBeInstanceOf(PolicyParseError);
      expect((thrown as PolicyParseError).issues[0]?.code, slot).toBe('EMPTY_VALUE');
    }
  });

  // Not refused by IAM either (Access Analyzer: "Empty object condition", a SUGGESTION, the finding
  // type for changes that do not affect permissions): a block with no condition keys tests nothing,
  // so the statement applies as if it had no Condition; a Deny with one denies
  it.each([
    ['Condition {}', {}],
    ['an empty operator block', { StringNotEquals: {} }],
    ['an empty block beside a condition that holds', { StringEquals: {}, StringLike: { 's3:prefix': 'x' } }],
  ])('%s: no condition, evaluated in every slot', (_name, Condition) => {
    expect(readPolicyInput(withCondition(Condition), { rules: 'grammar' }).issues).toEqual([]);
    expect(evaluate({ identity: withCondition(Condition) }, request).decision).toBe('allow');
    for (const slot of SLOTS) {
      const deny = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', ...(slot === 'resource' || slot === 'rcp' ? { Principal: '*' } : {}), Action: 's3:GetObject', Resource: '*', Condition }] };
      expect(evaluate(setFor(slot, deny), request).decision, slot).toBe('explicit-deny');
    }
  });

  it('an empty operator block still names its operator: an unknown one is refused', () => {
    expect(() => evaluate({ identity: withCondition({ StringEqualz: {} }) }, request)).toThrow(PolicyParseError);
  });

  it('an empty Action or Resource list matches nothing under either reading: evaluated', () => {
    for (const st of [{ Effect: 'Allow', Action: [], Resource: '*' }, { Effect: 'Allow', Action: 's3:GetObject', Resource: [] }])
      expect(evaluate({ identity: { Version: '2012-10-17', Statement: [st] } }, request).decision).toBe('implicit-deny');
    // a NotPrincipal that still names a principal of another type is not empty
    const bucket = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotPrincipal: { AWS: [], Service: ['logs.amazonaws.com'] }, Action: 's3:GetObject', Resource: '*' }] };
    expect(evaluate({ identity: { Version: '2012-10-17', Statement: [ok] }, resource: bucket }, request).decision).toBe('explicit-deny');
  });

  it('a typed-iam policy made from plain objects with an unknown operator is refused too', () => {
    const p = createPolicy('identity', { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: ['*'], Resource: ['*'], Condition: { StringNotEqual: { 's3:prefix': ['y'] } } }] });
    expect(() => evaluate({ identity: p }, request)).toThrow(PolicyParseError);
  });

  it('mutated documents either throw PolicyParseError or decide as their parsed reading does (fixed seed)', () => {
    const valid = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { StringNotEquals: { 's3:prefix': 'x' } } }, { Effect: 'Allow', Action: '*', Resource: '*' }] };
    const junk = fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.constant([]), fc.constant({}), fc.constant([null]), fc.boolean());
    const path = fc.constantFrom(
      ['Statement', 0, 'Effect'], ['Statement', 0, 'Condition'], ['Statement', 0, 'Condition', 'StringNotEquals'],
      ['Statement', 0, 'Condition', 'StringNotEquals', 's3:prefix'], ['Statement', 0, 'Action'], ['Statement', 0, 'Resource'], ['Statement', 0], ['Statement'],
    );
    fc.assert(
      fc.property(path, junk, (p, value) => {
        const doc = structuredClone(valid) as Record<string, unknown>;
        let at: Record<string | number, unknown> = doc;
        for (const seg of p.slice(0, -1)) at = at[seg] as Record<string | number, unknown>;
        at[p[p.length - 1]!] = value;
        let decision: string | undefined;
        try {
          decision = evaluate({ identity: doc as never }, request).decision;
        } catch (e) {
          expect(e).toBeInstanceOf(PolicyParseError);
          return;
        }
        // whatever was accepted is a valid document: the Deny (prefix x) never applies, the Allow does
        expect(readPolicyInput(doc, { rules: 'grammar' }).issues).toEqual([]);
        expect(['allow', 'explicit-deny']).toContain(decision);
      }),
      { seed: 1313, numRuns: 300 },
    );
  });
});

// IAM refuses a document that breaks its kind's element rules where it is put: an identity-based
// policy "does not include the Principal element" and a resource-based policy "must" name one
// (reference_policies_elements_principal); SCPs do not take Principal (orgs_manage_policies_scps_syntax);
// an RCP allows only RCPFullAWSAccess (orgs_manage_policies_rcps_syntax). Evaluated, they decided.
describe('a policy that breaks the element rules of its place in the set is refused', () => {
  const everyone = { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' };
  const cases: readonly (readonly [string, PolicySet, string])[] = [
    ['Principal in an identity policy (decided allow)', { identity: { Version: '2012-10-17', Statement: [everyone] } }, 'PRINCIPAL_NOT_ALLOWED'],
    ['Principal in a boundary', { identity: { Version: '2012-10-17', Statement: [ok] }, boundary: { Version: '2012-10-17', Statement: [everyone] } }, 'PRINCIPAL_NOT_ALLOWED'],
    ['Principal in a session policy', { identity: { Version: '2012-10-17', Statement: [ok] }, session: { Version: '2012-10-17', Statement: [everyone] } }, 'PRINCIPAL_NOT_ALLOWED'],
    ['Principal in an SCP', { identity: { Version: '2012-10-17', Statement: [ok] }, scp: [[{ Version: '2012-10-17', Statement: [{ ...everyone, Action: '*' }] }]] }, 'PRINCIPAL_NOT_ALLOWED'],
    ['no Principal in a resource policy', { resource: { Version: '2012-10-17', Statement: [ok] } }, 'PRINCIPAL_REQUIRED'],
    ['an RCP that allows one action', { identity: { Version: '2012-10-17', Statement: [ok] }, rcp: [[{ Version: '2012-10-17', Statement: [everyone] }]] }, 'EFFECT_NOT_ALLOWED'],
    ['a typed resource policy as an identity policy', { identity: createPolicy('resource', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: ['s3:GetObject'], Resource: ['*'] }] }) }, 'PRINCIPAL_NOT_ALLOWED'],
  ];
  it.each(cases)('%s', (_name, set, code) => {
    let thrown: unknown;
    try {
      evaluate(set, request);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(PolicyParseError);
    expect((thrown as PolicyParseError).issues.map((i) => i.code)).toContain(code);
  });
  it('a kind whose rules are the place\'s is accepted there: an identity policy as a boundary, a trust policy as a resource policy', () => {
    const identity = createPolicy('identity', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'] }] });
    expect(evaluate({ identity, boundary: identity }, request).decision).toBe('allow');
    const trust = createPolicy('trust', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: [USER] }, Action: ['sts:AssumeRole'] }] });
    expect(evaluate({ identity, resource: trust }, { principal: USER, action: 'sts:AssumeRole', resource: 'arn:aws:iam::111122223333:role/R' }).decision).toBe('allow');
  });
});

/** Condition problems the grammar reader leaves to evaluate (unknown operators, unreadable values). */
function conditionTrouble(bad: unknown): number {
  try {
    evaluate({ identity: bad as never }, request);
    return 0;
  } catch (e) {
    return e instanceof PolicyParseError ? 1 : 0;
  }
}
