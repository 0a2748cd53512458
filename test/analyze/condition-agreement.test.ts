/**
 * One semantics of conditions (session 35 audit): analyze's answers never contradict evaluate's
 * decisions. Random small policies whose conditions use every operator family with hostile values
 * (case and Unicode folds, wildcards, `""`, numbers past double precision, leading `+`, dates with
 * offsets and `24:00` or without a time zone, whitespace around values, non-canonical base64, `?` against
 * characters outside the BMP, IPv4-mapped blocks, host bits, ARN patterns with too few components,
 * `IfExists`, `ForAnyValue:`/`ForAllValues:`, `Null`), and random requests holding hostile values
 * (absent, `""`, `[]`, lists mixing `""` with values, unreadable text): when `checkAccessNotGranted`
 * or `checkNoNewAccess` says `pass`, no generated request contradicts it through `evaluate`, and
 * every witness replays. Fixed seeds.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, type ContextValue, type EvaluationRequest } from '../../src/evaluate/index.js';
import { checkAccessNotGranted, checkNoNewAccess } from '../../src/analyze/index.js';
import type { ConditionElement, PolicyDocument, Statement } from '../../src/model/policy-document.js';

const USER = 'arn:aws:iam::111122223333:user/u';
const allowAll = (Effect: 'Allow' | 'Deny', Condition: ConditionElement): Statement => ({ Effect, Action: ['s3:GetObject'], Resource: ['*'], Condition });
const doc = (...Statement: Statement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
const request = (context: { [k: string]: ContextValue }): EvaluationRequest => ({ principal: USER, action: 's3:GetObject', resource: 'arn:aws:s3:::b/x', context });
const allowed = (p: PolicyDocument, r: EvaluationRequest) => evaluate({ identity: p }, r).decision === 'allow';

/** A `pass` must hold on every request given; every witness must replay. */
function auditGrant(p: PolicyDocument, requests: readonly EvaluationRequest[]): string | undefined {
  const r = checkAccessNotGranted(p, { actions: ['s3:GetObject'] }, { timeoutMs: 10_000 });
  for (const w of r.witnesses) if (!allowed(p, w)) return `witness not allowed: ${JSON.stringify(w)}`;
  if (r.result === 'pass') for (const q of requests) if (allowed(p, q)) return `pass, but evaluate allows ${JSON.stringify(q)}`;
  return undefined;
}

function auditNoNew(a: PolicyDocument, b: PolicyDocument, requests: readonly EvaluationRequest[]): string | undefined {
  const r = checkNoNewAccess(a, b, { timeoutMs: 10_000 });
  for (const w of r.witnesses) if (!(allowed(b, w) && !allowed(a, w))) return `witness does not replay: ${JSON.stringify(w)}`;
  if (r.result === 'pass') for (const q of requests) if (allowed(b, q) && !allowed(a, q)) return `pass, but evaluate allows only the updated policy: ${JSON.stringify(q)}`;
  return undefined;
}

describe('lists holding "" (a value beside another value, an empty data set alone)', () => {
  // IAM User Guide (multivalued context keys): "If the key values in the request resolve to an empty data
  // set (for example, an empty string), ... ForAnyValue returns false"; ["", "a"] is no empty data set,
  // and ForAnyValue matches when "at least one" request value matches: "" equals "". analyze tried "" only
  // alone, and counted it as standing for every value with the same answers alone, so it never tried it in a list.
  it('ForAnyValue:StringEquals [""] grants a request holding "" and another value', () => {
    const p = doc(allowAll('Allow', { 'ForAnyValue:StringEquals': { 'c:s': [''] } }));
    expect(allowed(p, request({ 'c:s': ['', 'a'] }))).toBe(true);
    expect(allowed(p, request({ 'c:s': [''] }))).toBe(false);
    const r = checkAccessNotGranted(p, { actions: ['s3:GetObject'] });
    expect(r.result).toBe('fail');
    for (const w of r.witnesses) expect(allowed(p, w)).toBe(true);
  });

  it('a Deny of ForAllValues:StringLike "?*" misses a list holding "" (was a pass)', () => {
    const p = doc(allowAll('Deny', { 'ForAllValues:StringLike': { 'c:s': ['?*', 'c'] } }), allowAll('Allow', { 'ForAllValues:StringNotLike': { 'c:s': ['c'] } }));
    expect(allowed(p, request({ 'c:s': ['', 'b'] }))).toBe(true);
    const r = checkAccessNotGranted(p, { actions: ['s3:GetObject'] });
    expect(r.result).toBe('fail');
    for (const w of r.witnesses) expect(allowed(p, w)).toBe(true);
  });

  it('"" does not stand for an ARN that matches no pattern (same answers alone, other answers in a list)', () => {
    const arn = 'arn:aws:sns:*:*:t';
    const p = doc(allowAll('Allow', { 'ForAnyValue:ArnLike': { 'c:a': [arn] }, 'ForAnyValue:ArnNotLikeIfExists': { 'c:a': [arn] } }));
    expect(allowed(p, request({ 'c:a': ['arn:aws:sns:us-east-1:1:t', 'arn:aws:sns:us-east-1:1:x'] }))).toBe(true);
    expect(checkAccessNotGranted(p, { actions: ['s3:GetObject'] }).result).toBe('fail');
    const existing = doc(allowAll('Allow', { 'ForAllValues:ArnNotEquals': { 'c:a': [arn] } }));
    const updated = doc(allowAll('Allow', { 'ForAnyValue:ArnNotLikeIfExists': { 'c:a': [arn] } }));
    const r = checkNoNewAccess(existing, updated);
    expect(r.result).toBe('fail');
    for (const w of r.witnesses) expect(allowed(updated, w) && !allowed(existing, w)).toBe(true);
  });
});

// --- one key, set operators, every list of up to three values -------------------------------------

const SET_OPERATORS = [
  'ForAllValues:StringLike',
  'ForAnyValue:StringEquals',
  'ForAllValues:StringNotLike',
  'ForAnyValue:StringNotEquals',
  'ForAnyValue:StringLike',
  'ForAllValues:StringEquals',
  'ForAllValues:StringEqualsIfExists',
  'ForAnyValue:StringNotLikeIfExists',
  'StringEquals',
  'StringNotEquals',
  'StringLikeIfExists',
  'Null',
];
const SET_VALUES = ['', 'b', '?*', 'a*', 'c', '??'];
const oneKeyStatement = fc
  .record({
    effect: fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Allow', 'Deny'),
    conditions: fc.array(fc.record({ op: fc.constantFrom(...SET_OPERATORS), values: fc.uniqueArray(fc.constantFrom(...SET_VALUES), { minLength: 1, maxLength: 2 }) }), { minLength: 1, maxLength: 3 }),
  })
  .map(({ effect, conditions }) => {
    const c: { [op: string]: { [k: string]: string[] } } = {};
    for (const { op, values } of conditions) c[op] = { 'c:s': op === 'Null' ? [values[0] === '' ? 'true' : 'false'] : values };
    return allowAll(effect, c);
  });
const oneKeyPolicy = fc.array(oneKeyStatement, { minLength: 1, maxLength: 3 }).map((s) => doc(...s));
const UNIVERSE = ['', 'b', 'c', 'a', 'ab', 'n/a', '\u{1F600}'];
const ONE_KEY_REQUESTS: EvaluationRequest[] = [{ principal: USER, action: 's3:GetObject', resource: 'arn:aws:s3:::b/x' }, request({ 'c:s': [] })];
for (const x of UNIVERSE) {
  ONE_KEY_REQUESTS.push(request({ 'c:s': x }));
  for (const y of UNIVERSE) {
    ONE_KEY_REQUESTS.push(request({ 'c:s': [x, y] }));
    for (const z of UNIVERSE) ONE_KEY_REQUESTS.push(request({ 'c:s': [x, y, z] }));
  }
}

describe('one key under set operators: every list of up to three values', () => {
  it('checkAccessNotGranted pass holds on every list', () => {
    fc.assert(
      fc.property(oneKeyPolicy, (p) => {
        expect(auditGrant(p, ONE_KEY_REQUESTS), JSON.stringify(p)).toBeUndefined();
      }),
      { numRuns: 150, seed: 3501 },
    );
  });

  it('checkNoNewAccess pass holds on every list', () => {
    fc.assert(
      fc.property(oneKeyPolicy, oneKeyPolicy, (a, b) => {
        expect(auditNoNew(a, b, ONE_KEY_REQUESTS), JSON.stringify([a, b])).toBeUndefined();
      }),
      { numRuns: 150, seed: 3502 },
    );
  });
});

// --- every family, hostile values on both sides ---------------------------------------------------

/** Operators, each with the key of its family (one family per key: a key read by two families is `unknown`). */
const OPERATORS: readonly (readonly [operator: string, family: string])[] = [
  ...['StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike'].map((op) => [op, 'String'] as const),
  ...['NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericGreaterThanEquals'].map((op) => [op, 'Numeric'] as const),
  ...['DateEquals', 'DateLessThan', 'DateNotEquals', 'DateGreaterThan'].map((op) => [op, 'Date'] as const),
  ['Bool', 'Bool'] as const,
  ['BinaryEquals', 'Binary'] as const,
  ['IpAddress', 'IPAddress'] as const,
  ['NotIpAddress', 'IPAddress'] as const,
  ...['ArnLike', 'ArnNotLike', 'ArnEquals', 'ArnNotEquals'].map((op) => [op, 'ARN'] as const),
  ['Null', 'Null'] as const,
];
const POLICY_VALUES: { [family: string]: readonly string[] } = {
  String: ['a', 'A', 'a*', '*', 'a?c', '', 'ß', 'K', ' a', 'a\nb', '*/x', 'a?', '??'],
  Numeric: ['5', '+5', '-0', '0.1', '9007199254740993', '5.0', ' 5', '10', '4.9999999999999999999'],
  Date: ['2020-01-01T00:00:00Z', '2020', '1577836800', '2020-01-01T00:00:00+01:00', '2020-01-01T24:00:00Z', '2020-01-01T00:00:00.0005Z', '2020-01-01T00:00:00', '2020-01-01', ' 2020-01-01T00:00:00Z'],
  Bool: ['true', 'false', 'TRUE', 'true '],
  Binary: ['AAE=', 'AAF=', 'AA=='],
  IPAddress: ['10.0.0.0/8', '10.0.0.7/8', '::ffff:10.0.0.0/104', '0.0.0.0/0', '::/0', '2001:db8::/32', '10.0.0.1'],
  ARN: ['arn:aws:sns:*:*:t', 'arn:aws:sns:*', 'arn:aws:sns:us-east-1:1:t', '*', 'arn:aws:sns:*:*:*', 'arn:aws:sns:?s-east-1:*:t*', 'arn:aws:sns:*:*:t?'],
  Null: ['true', 'false'],
};
const KEY: { [family: string]: string } = { String: 'c:str', Numeric: 'c:num', Date: 'c:date', Bool: 'c:bool', Binary: 'c:bin', IPAddress: 'c:ip', ARN: 'c:arn' };
const REQUEST_VALUES: { [key: string]: readonly string[] } = {
  'c:str': ['a', 'A', 'ab', 'abc', '', ' a', 'ß', 'SS', 'K', '\u212a', 'd', '*', 'a*', 'a\nb', 'a\nc', 'x/*/x', 'arn:aws:sns:us-east-1:1:t', 'a\u{1F600}', '\u{1F600}', 'a\u{1F600}c'],
  'c:num': ['5', '5.0', ' 5 ', '+5', '-0', '0', '4.9999999999999999999', '5.0000000000000000001', '9007199254740992', '9007199254740993', '0.1', '0.10000000000000000001', '1e3', '10', 'x', '', '0x5', '5.'],
  'c:date': ['2020-01-01T00:00:00Z', '2020', '1577836800', '1577836799.9995', '2019-12-31T23:00:00Z', '2020-01-02T00:00:00Z', '2020-01-01T00:00:00.0005Z', 'x', '2020-01-01T00:00:00', '2019-12-31T10:00:00Z', '2019-12-31T09:59:59Z', '2020-01-01T12:00:00Z', '2020-01-01T12:00:01Z', ' 2020-01-01T00:00:00Z'],
  'c:bool': ['true', 'TRUE', 'false', 'x', ' true', ''],
  'c:bin': ['AAE=', 'AAF=', 'AAE', 'AA==', 'x', '', 'AA E='],
  'c:ip': ['10.0.0.1', '::ffff:10.0.0.1', '11.0.0.1', '2001:db8::1', '::', '0.0.0.0', 'x', '010.0.0.1'],
  'c:arn': ['arn:aws:sns:us-east-1:1:t', 'arn:aws:sns:us-east-1:1:x:t', 'arn:aws:sns:r:1:t:x', 'ARN:aws:sns:us-east-1:1:t', 'a:b:c:d:e:f', 'x', 'arn:aws:sns:us-east-1:1:t*', 'arn:aws:sns:us-east-1:1:t\u{1F600}'],
};
const KEYS = Object.keys(REQUEST_VALUES);

const conditionArb = fc
  .record({ op: fc.constantFrom(...OPERATORS), qualifier: fc.constantFrom('', '', 'ForAnyValue:', 'ForAllValues:'), ifExists: fc.boolean(), n: fc.nat(), m: fc.nat(), k: fc.nat() })
  .map(({ op: [base, family], qualifier, ifExists, n, m, k }): ConditionElement => {
    const pool = POLICY_VALUES[family]!;
    const values = [...new Set([pool[n % pool.length]!, ...(m % 3 === 0 ? [pool[m % pool.length]!] : [])])];
    const key = family === 'Null' ? KEYS[k % KEYS.length]! : KEY[family]!;
    return { [qualifier + base + (ifExists && base !== 'Null' ? 'IfExists' : '')]: { [key]: values } };
  });
const statementArb = fc.record({ effect: fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Allow', 'Deny'), conditions: fc.array(conditionArb, { minLength: 1, maxLength: 2 }) }).map(({ effect, conditions }) => {
  const c: { [op: string]: { [k: string]: readonly (string | number | boolean)[] } } = {};
  for (const block of conditions) for (const [op, keys] of Object.entries(block)) c[op] = { ...(c[op] ?? {}), ...keys };
  return allowAll(effect, c);
});
const policyArb = fc.array(statementArb, { minLength: 1, maxLength: 3 }).map((s) => doc(...s));
const valueArb = (key: string) =>
  fc.option(fc.oneof(fc.constantFrom(...REQUEST_VALUES[key]!), fc.uniqueArray(fc.constantFrom(...REQUEST_VALUES[key]!), { maxLength: 3 })), { nil: undefined });
const requestArb = fc.tuple(...KEYS.map(valueArb)).map((values) => {
  const context: { [k: string]: ContextValue } = {};
  values.forEach((v, i) => {
    if (v !== undefined) context[KEYS[i]!] = v;
  });
  return request(context);
});
const requestsArb = fc.array(requestArb, { minLength: 40, maxLength: 40 });

describe('every operator family with hostile values', () => {
  it('checkAccessNotGranted: a pass holds on generated requests, witnesses replay', () => {
    fc.assert(
      fc.property(policyArb, requestsArb, (p, requests) => {
        expect(auditGrant(p, requests), JSON.stringify(p)).toBeUndefined();
      }),
      { numRuns: 200, seed: 3503 },
    );
  });

  it('checkNoNewAccess: a pass holds on generated requests, witnesses replay', () => {
    fc.assert(
      fc.property(policyArb, policyArb, requestsArb, (a, b, requests) => {
        expect(auditNoNew(a, b, requests), JSON.stringify([a, b])).toBeUndefined();
      }),
      { numRuns: 200, seed: 3504 },
    );
  });
});
