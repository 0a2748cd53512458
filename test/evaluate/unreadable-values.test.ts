/**
 * Request values an operator cannot read: `"abc"` for a Numeric operator, a non-date for a Date
 * operator, a non-address for IpAddress/NotIpAddress, `"yes"` for Bool, text that is not base64
 * for BinaryEquals, a text that is not an ARN for an ARN operator.
 *
 * AWS documents how a missing key is read (IAM User Guide, Condition operators: "If the key that
 * you specify in a policy condition is not present in the request context, the values do not
 * match...") but not a present value the operator cannot read. Project rule (docs/evaluation.md,
 * "Request values an operator cannot read"): where AWS is silent take the reading safer for a Deny,
 * nothing fails open. Such a value makes the condition unknown: an Allow does not apply, a Deny
 * does, for the positive and the negated form, with or without IfExists or a set qualifier.
 */
import { describe, expect, test } from 'vitest';
import { evaluate, type ContextValue } from '../../src/evaluate/index.js';
import { checkNoNewAccess, compare } from '../../src/analyze/index.js';
import { ACCT, USER } from './helpers.js';

type Case = readonly [family: string, key: string, operators: readonly string[], policyValue: string, unreadable: ContextValue];
const cases: readonly Case[] = [
  ['Numeric', 's3:max-keys', ['NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericGreaterThanEquals'], '10', 'abc'],
  ['Date', 'aws:TokenIssueTime', ['DateEquals', 'DateNotEquals', 'DateLessThan', 'DateGreaterThan'], '2026-01-01T00:00:00Z', 'not-a-date'],
  ['Bool', 'aws:SecureTransport', ['Bool'], 'true', 'yes'],
  ['Bool (false)', 'aws:SecureTransport', ['Bool'], 'false', 'no'],
  ['IPAddress', 'aws:SourceIp', ['IpAddress', 'NotIpAddress'], '203.0.113.0/24', 'not-an-ip'],
  // an address with a suffix that is no prefix length, or a block: no one address (the value was once read as its address)
  ['IPAddress (suffix not a number)', 'aws:SourceIp', ['IpAddress', 'NotIpAddress'], '203.0.113.0/24', '203.0.113.9/abc'],
  ['IPAddress (empty suffix)', 'aws:SourceIp', ['IpAddress', 'NotIpAddress'], '203.0.113.0/24', '203.0.113.9/'],
  ['IPAddress (two suffixes)', 'aws:SourceIp', ['IpAddress', 'NotIpAddress'], '203.0.113.0/24', '203.0.113.9/32/8'],
  ['IPAddress (negative suffix)', 'aws:SourceIp', ['IpAddress', 'NotIpAddress'], '203.0.113.0/24', '203.0.113.9/-1'],
  ['IPAddress (a block)', 'aws:SourceIp', ['IpAddress', 'NotIpAddress'], '203.0.113.0/24', '203.0.113.9/24'],
  ['IPAddress (IPv6 suffix not a number)', 'aws:SourceIp', ['IpAddress', 'NotIpAddress'], '2001:db8::/32', '2001:db8::1/zz'],
  ['Binary', 'x:blob', ['BinaryEquals'], 'QmluYXJ5', '!!not base64!!'],
  ['ARN', 'aws:SourceArn', ['ArnEquals', 'ArnNotEquals', 'ArnLike', 'ArnNotLike'], 'arn:aws:sns:us-east-1:111122223333:topic', 'not-an-arn'],
];

const forms = (op: string) => [op, `${op}IfExists`, `ForAnyValue:${op}`, `ForAllValues:${op}`];
const statement = (effect: 'Allow' | 'Deny', operator: string, key: string, value: string) => ({ Effect: effect, Action: 's3:GetObject', Resource: '*', Condition: { [operator]: { [key]: value } } });
const allowWith = (operator: string, key: string, value: string) => ({ Version: '2012-10-17', Statement: [statement('Allow', operator, key, value)] });
const denyWith = (operator: string, key: string, value: string) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }, statement('Deny', operator, key, value)] });
const request = (key: string, value: ContextValue | readonly ContextValue[]) => ({ principal: USER, action: 's3:GetObject', resource: `arn:aws:s3:::docs/a`, resourceAccount: ACCT, context: { [key]: value as ContextValue } });

describe.each(cases)('%s: an unreadable request value never lets an Allow apply and never stops a Deny', (_family, key, operators, policyValue, unreadable) => {
  for (const op of operators)
    for (const operator of forms(op))
      test(operator, () => {
        for (const value of [unreadable, [unreadable]]) {
          expect(evaluate({ identity: allowWith(operator, key, policyValue) as never }, request(key, value)).decision).toBe('implicit-deny');
          expect(evaluate({ identity: denyWith(operator, key, policyValue) as never }, request(key, value)).decision).toBe('explicit-deny');
        }
      });
});

describe('a request address written with its full prefix length is that address', () => {
  // IAM User Guide, Condition operators (IP address): the request value is the caller's address; /32 and /128 name exactly one
  test.each([
    ['203.0.113.9/32', 'allow'],
    ['203.0.114.9/32', 'implicit-deny'],
    ['2001:db8::1/128', 'implicit-deny'],
  ])('%s', (ip, decision) => {
    expect(evaluate({ identity: allowWith('IpAddress', 'aws:SourceIp', '203.0.113.0/24') as never }, request('aws:SourceIp', ip)).decision).toBe(decision);
  });
  test('an IPv6 address with /128 is read inside its block', () => {
    expect(evaluate({ identity: allowWith('IpAddress', 'aws:SourceIp', '2001:db8::/32') as never }, request('aws:SourceIp', '2001:db8::1/128')).decision).toBe('allow');
  });
});

describe('several request values: each unreadable one is unknown (a readable one still decides)', () => {
  const allow = (operator: string) => evaluate({ identity: allowWith(operator, 's3:max-keys', '10') as never }, request('s3:max-keys', ['abc', '10'])).decision;
  const deny = (operator: string) => evaluate({ identity: denyWith(operator, 's3:max-keys', '10') as never }, request('s3:max-keys', ['abc', '10'])).decision;
  test('ForAnyValue: one readable value that matches decides', () => {
    expect(allow('ForAnyValue:NumericEquals')).toBe('allow');
    expect(deny('ForAnyValue:NumericEquals')).toBe('explicit-deny');
  });
  test('ForAllValues: one readable value that fails decides', () => {
    expect(allow('ForAllValues:NumericNotEquals')).toBe('implicit-deny');
    expect(deny('ForAllValues:NumericNotEquals')).toBe('allow');
  });
  test('ForAllValues: every readable value passes, the unreadable one leaves it unknown', () => {
    expect(allow('ForAllValues:NumericEquals')).toBe('implicit-deny');
    expect(deny('ForAllValues:NumericEquals')).toBe('explicit-deny');
  });
});

test('the explanation says the value cannot be read', () => {
  const r = evaluate({ identity: denyWith('NumericNotEquals', 's3:max-keys', '10') as never }, request('s3:max-keys', 'abc'));
  expect(r.explanation).toContain('cannot be read');
  const a = evaluate({ identity: allowWith('NotIpAddress', 'aws:SourceIp', '203.0.113.0/24') as never }, request('aws:SourceIp', 'not-an-ip'));
  expect(a.decision).toBe('implicit-deny');
  expect(a.explanation).toContain('cannot be read');
});

test('a readable value is decided as before (the negated form matches a value outside the policy values)', () => {
  expect(evaluate({ identity: allowWith('NumericNotEquals', 's3:max-keys', '10') as never }, request('s3:max-keys', '11')).decision).toBe('allow');
  expect(evaluate({ identity: allowWith('NotIpAddress', 'aws:SourceIp', '203.0.113.0/24') as never }, request('aws:SourceIp', '198.51.100.1')).decision).toBe('allow');
  expect(evaluate({ identity: allowWith('Bool', 'aws:SecureTransport', 'false') as never }, request('aws:SecureTransport', false)).decision).toBe('allow');
});

test('analyze reads an unreadable value as evaluate does (its witnesses are re-checked by evaluate)', () => {
  // an Allow under NumericNotEquals grants what NumericLessThan, NumericGreaterThan and an absent key (Null) grant, no more;
  // the empty value "" is unreadable to NumericNotEquals, but Null reads it as null (an empty data set, model/operators.ts),
  // so the split grants it too (session 32: analyze said `equivalent`, never trying "")
  const ne = allowWith('NumericNotEquals', 's3:max-keys', '10');
  const split = { Version: '2012-10-17', Statement: [statement('Allow', 'NumericLessThan', 's3:max-keys', '10'), statement('Allow', 'NumericGreaterThan', 's3:max-keys', '10'), statement('Allow', 'Null', 's3:max-keys', 'true')] };
  const c = compare(ne as never, split as never);
  expect(c.relation).toBe('narrower');
  expect(c.bOnly.map((w) => w.context)).toEqual([{ 's3:max-keys': '' }]);
  for (const w of c.bOnly) expect([evaluate({ identity: ne as never }, w).decision, evaluate({ identity: split as never }, w).decision]).toEqual(['implicit-deny', 'allow']);
  // a Deny under NotIpAddress denies an unreadable address: the policy with it is narrower than Allow-all
  const deny = denyWith('NotIpAddress', 'aws:SourceIp', '203.0.113.0/24');
  const all = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };
  const r = compare(deny as never, all as never);
  expect(r.relation).toBe('narrower');
  for (const w of r.bOnly) expect(evaluate({ identity: deny as never }, w).decision).toBe('explicit-deny');
});

describe('an IPv4-mapped IPv6 address is read both ways (RFC 4291 2.5.5.2; AWS silent): unknown when they differ', () => {
  const cases = [
    ['192.0.2.0/24', '::ffff:192.0.2.1'],
    ['192.0.2.0/24', '::FFFF:c000:201'],
    ['::ffff:192.0.2.0/120', '192.0.2.1'],
  ] as const;
  for (const [block, address] of cases)
    for (const operator of ['IpAddress', 'NotIpAddress'])
      test(`${operator} ${block} on ${address}: an Allow does not apply, a Deny does`, () => {
        expect(evaluate({ identity: allowWith(operator, 'aws:SourceIp', block) as never }, request('aws:SourceIp', address)).decision).toBe('implicit-deny');
        expect(evaluate({ identity: denyWith(operator, 'aws:SourceIp', block) as never }, request('aws:SourceIp', address)).decision).toBe('explicit-deny');
      });
  test('a mapped address outside the block is outside in both readings', () => {
    expect(evaluate({ identity: allowWith('NotIpAddress', 'aws:SourceIp', '192.0.2.0/24') as never }, request('aws:SourceIp', '::ffff:198.51.100.1')).decision).toBe('allow');
  });
  test('a request address with a leading zero (octal or decimal?) is unknown', () => {
    expect(evaluate({ identity: allowWith('NotIpAddress', 'aws:SourceIp', '10.0.0.0/8') as never }, request('aws:SourceIp', '010.0.0.1')).decision).toBe('implicit-deny');
    expect(evaluate({ identity: denyWith('NotIpAddress', 'aws:SourceIp', '10.0.0.0/8') as never }, request('aws:SourceIp', '010.0.0.1')).decision).toBe('explicit-deny');
  });
});

describe('numbers past double precision: read as doubles and as exact decimals, unknown when the two differ', () => {
  // AWS documents Numeric values as integers or decimals but not their precision: `9007199254740993`
  // and `9007199254740992` are one double (2^53) and two decimals. Where the readings disagree the
  // comparison is unknown (docs/evaluation.md), as for an address with two readings.
  const decide = (effect: 'Allow' | 'Deny', operator: string, policyValue: string, value: ContextValue) =>
    evaluate({ identity: (effect === 'Allow' ? allowWith : denyWith)(operator, 's3:max-keys', policyValue) as never }, request('s3:max-keys', value)).decision;
  test('a Deny of values above 2^53 denies 2^53 + 1 (the doubles are equal)', () => {
    expect(decide('Deny', 'NumericGreaterThan', '9007199254740992', '9007199254740993')).toBe('explicit-deny');
    expect(decide('Deny', 'NumericNotEquals', '9007199254740992', '9007199254740993')).toBe('explicit-deny');
  });
  test('an Allow of one value does not grant another decimal of the same double', () => {
    expect(decide('Allow', 'NumericEquals', '9007199254740992', '9007199254740993')).toBe('implicit-deny');
    expect(decide('Allow', 'NumericLessThanEquals', '0.3', '0.30000000000000001')).toBe('implicit-deny');
    expect(decide('Allow', 'ForAnyValue:NumericEquals', '9007199254740993', ['9007199254740992'])).toBe('implicit-deny');
  });
  test('where both readings agree nothing changes', () => {
    expect(decide('Allow', 'NumericEquals', '10', '10.000')).toBe('allow');
    expect(decide('Allow', 'NumericEquals', '+10', 10)).toBe('allow');
    expect(decide('Allow', 'NumericLessThan', '9007199254740993', '9007199254740991')).toBe('allow');
    expect(decide('Deny', 'NumericGreaterThan', '9007199254740992', '9007199254740991')).toBe('allow');
    expect(decide('Allow', 'NumericEquals', '0.1', 0.1)).toBe('allow');
  });
  test('analyze tries the decimals one double holds with a bound: its pass is not contradicted', () => {
    const doc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement }) as never;
    const when = (Condition: object) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition });
    // existing allows every number both readings put on one side of 5; updated allows any number but 7
    const existing = doc(when({ NumericLessThanEquals: { 's3:max-keys': '5' } }), when({ NumericGreaterThan: { 's3:max-keys': '5' } }));
    const updated = doc(when({ Null: { 's3:max-keys': 'false' }, NumericNotEquals: { 's3:max-keys': '7' } }));
    const near = request('s3:max-keys', '5.00000000000000000001');
    expect([evaluate({ identity: existing }, near).decision, evaluate({ identity: updated }, near).decision]).toEqual(['implicit-deny', 'allow']);
    const r = checkNoNewAccess(existing, updated);
    expect(r.result).toBe('fail');
    for (const w of r.witnesses) expect([evaluate({ identity: existing }, w).decision, evaluate({ identity: updated }, w).decision]).toEqual(['implicit-deny', 'allow']);
  });
});

describe('an ARN condition value whose variable holds a colon: two readings, unknown where they differ', () => {
  // docs/evaluation.md: a Resource entry keeps a variable's value inside its component; an ARN operator's
  // value was substituted first and split after, so a tag value with colons moved the account
  const value = 'arn:aws:sns:${aws:PrincipalTag/region}:111122223333:alerts';
  const decide = (effect: 'Allow' | 'Deny', region: string, arn: string) =>
    evaluate({ identity: (effect === 'Allow' ? allowWith : denyWith)('ArnLike', 'aws:SourceArn', value) as never }, {
      ...request('aws:SourceArn', arn),
      context: { 'aws:SourceArn': arn, 'aws:PrincipalTag/region': region },
    }).decision;
  test('a value with colons: an Allow does not apply, a Deny does', () => {
    const region = 'us-east-1:999999999999:x';
    const arn = 'arn:aws:sns:us-east-1:999999999999:x:111122223333:alerts';
    expect(decide('Allow', region, arn)).toBe('implicit-deny');
    expect(decide('Deny', region, arn)).toBe('explicit-deny');
  });
  test('a value without colons reads one way', () => {
    expect(decide('Allow', 'us-east-1', 'arn:aws:sns:us-east-1:111122223333:alerts')).toBe('allow');
    expect(decide('Deny', 'us-east-1', 'arn:aws:sns:us-east-2:111122223333:alerts')).toBe('allow');
  });
});
