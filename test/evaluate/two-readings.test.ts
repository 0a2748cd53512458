/**
 * Values with two readings AWS does not choose between (session 36): where the readings give
 * different answers the comparison is unknown, which never lets an Allow apply and never stops a
 * Deny (docs/evaluation.md, "Request values an operator cannot read" and what follows). Each case
 * below had one reading before, and a Deny missed where AWS may read it the other way.
 *
 * - Whitespace around a number, date or boolean (`" 10 "`, `"true "`): the Numeric, Date and Bool
 *   parsers read it trimmed, the IP parser does not read it at all; AWS documents neither.
 * - Base64 in another spelling than its canonical one (`QR==`, the padding bits set, is the byte
 *   of `QQ==` when decoded leniently): the IAM User Guide says BinaryEquals compares "byte for byte
 *   against a base-64 encoded representation", not how a non-canonical text decodes.
 * - A date without a time zone (`2026-01-01`, `2026-01-01T10:00:00`): the condition operators page
 *   names the W3C profile of ISO 8601, which requires a zone on a time and gives none for a date;
 *   AWS does not say which zone it reads. It may stand for that wall-clock time anywhere from
 *   UTC+14:00 to UTC-12:00.
 *
 * analyze reads the same outcomes (conditionHolds), so its answers follow.
 */
import { describe, expect, test } from 'vitest';
import { evaluate, type ContextValue } from '../../src/evaluate/index.js';
import { checkAccessNotGranted, checkNoNewAccess } from '../../src/analyze/index.js';
import type { PolicyDocument } from '../../src/model/policy-document.js';
import { ACCT, USER } from './helpers.js';

const statement = (Effect: 'Allow' | 'Deny', operator: string, key: string, value: string) => ({ Effect, Action: ['s3:GetObject'], Resource: ['*'], Condition: { [operator]: { [key]: [value] } } });
const allowWith = (operator: string, key: string, value: string): PolicyDocument => ({ Version: '2012-10-17', Statement: [statement('Allow', operator, key, value)] });
const denyWith = (operator: string, key: string, value: string): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'] }, statement('Deny', operator, key, value)],
});
const request = (key: string, value: ContextValue) => ({ principal: USER, action: 's3:GetObject', resource: 'arn:aws:s3:::docs/a', resourceAccount: ACCT, context: { [key]: value } });
const decide = (p: PolicyDocument, key: string, value: ContextValue) => evaluate({ identity: p }, request(key, value)).decision;

/** Unknown: an Allow with the condition does not apply, a Deny with it does. */
function expectUnknown(operator: string, key: string, policyValue: string, value: ContextValue): void {
  expect(decide(allowWith(operator, key, policyValue), key, value), `Allow ${operator} ${policyValue} on ${String(value)}`).toBe('implicit-deny');
  expect(decide(denyWith(operator, key, policyValue), key, value), `Deny ${operator} ${policyValue} on ${String(value)}`).toBe('explicit-deny');
}

describe('whitespace around a number, date or boolean: read trimmed or not at all, so unknown', () => {
  const cases = [
    ['s3:max-keys', ['NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericGreaterThanEquals'], '10', ' 10 '],
    ['aws:TokenIssueTime', ['DateEquals', 'DateNotEquals', 'DateLessThan', 'DateGreaterThan'], '2026-01-01T00:00:00Z', ' 2025-01-01T00:00:00Z'],
    ['aws:SecureTransport', ['Bool'], 'false', 'true '],
    ['aws:SecureTransport', ['Bool'], 'true', 'true\n'],
    // the IP parser reads no whitespace: unknown before and after (one rule for every family)
    ['aws:SourceIp', ['IpAddress', 'NotIpAddress'], '10.0.0.0/8', ' 10.0.0.1'],
  ] as const;
  for (const [key, operators, policyValue, value] of cases)
    for (const operator of operators)
      test(`${operator} ${policyValue} on ${JSON.stringify(value)} (and in a list)`, () => {
        expectUnknown(operator, key, policyValue, value);
        expectUnknown(`ForAnyValue:${operator}`, key, policyValue, [value]);
        expectUnknown(`${operator}IfExists`, key, policyValue, value);
      });

  test('a Deny of NumericNotEquals 10 applies to " 10 " (it did not: the trimmed reading equals 10)', () => {
    expect(decide(denyWith('NumericNotEquals', 's3:max-keys', '10'), 's3:max-keys', ' 10 ')).toBe('explicit-deny');
    expect(decide(denyWith('Bool', 'aws:SecureTransport', 'false'), 'aws:SecureTransport', 'true ')).toBe('explicit-deny');
  });

  test('a policy value with whitespace is unknown against every request value', () => {
    expectUnknown('NumericNotEquals', 's3:max-keys', ' 5', '5');
    expectUnknown('NumericNotEquals', 's3:max-keys', ' 5', '6');
    expectUnknown('DateNotEquals', 'aws:TokenIssueTime', '2026-01-01T00:00:00Z ', '2026-01-01T00:00:00Z');
  });

  test('without whitespace nothing changes', () => {
    expect(decide(allowWith('NumericEquals', 's3:max-keys', '10'), 's3:max-keys', '10')).toBe('allow');
    expect(decide(denyWith('NumericNotEquals', 's3:max-keys', '10'), 's3:max-keys', 10)).toBe('allow');
    expect(decide(allowWith('Bool', 'aws:SecureTransport', 'true'), 'aws:SecureTransport', true)).toBe('allow');
  });

  test('analyze: NumericLessThan " 5" grants nothing a present key can reach, so "5" is new access', () => {
    const padded = allowWith('NumericLessThan', 's3:max-keys', ' 5');
    const plain = allowWith('NumericLessThan', 's3:max-keys', '5');
    const r = checkNoNewAccess(padded, plain);
    expect(r.result).toBe('fail');
    for (const w of r.witnesses) expect([evaluate({ identity: plain }, w).decision, evaluate({ identity: padded }, w).decision]).toEqual(['allow', 'implicit-deny']);
  });
});

describe('base64 in another spelling than its canonical one: decoded leniently or not, so unknown', () => {
  test('BinaryEquals QQ== on QR== (padding bits set) and on QQ (no padding)', () => {
    for (const value of ['QR==', 'QQ', 'Q Q==']) expectUnknown('BinaryEquals', 'x:blob', 'QQ==', value);
  });
  test('a Deny of BinaryEquals QQ== applies to QR== and a policy value QR== is unknown', () => {
    expect(decide(denyWith('BinaryEquals', 'x:blob', 'QQ=='), 'x:blob', 'QR==')).toBe('explicit-deny');
    expectUnknown('BinaryEquals', 'x:blob', 'QR==', 'QQ==');
    expectUnknown('BinaryEquals', 'x:blob', 'QR==', 'QR==');
  });
  test('canonical spellings compare byte for byte as before', () => {
    expect(decide(allowWith('BinaryEquals', 'x:blob', 'QQ=='), 'x:blob', 'QQ==')).toBe('allow');
    expect(decide(allowWith('BinaryEquals', 'x:blob', 'QQ=='), 'x:blob', 'Qg==')).toBe('implicit-deny');
    expect(decide(denyWith('BinaryEquals', 'x:blob', 'QUJD'), 'x:blob', 'QUJE')).toBe('allow');
  });
  test('analyze: BinaryEquals QR== and QQ== are not the same grant', () => {
    const r = checkNoNewAccess(allowWith('BinaryEquals', 'x:blob', 'QR=='), allowWith('BinaryEquals', 'x:blob', 'QQ=='));
    expect(r.result).toBe('fail');
  });
});

describe('a date without a time zone: any zone from UTC+14:00 to UTC-12:00, unknown where they differ', () => {
  const key = 'aws:CurrentTime';
  test('DateGreaterThan 2026-01-01T00:00:00 on 05:00Z the same day: unknown (UTC read it as later)', () => {
    expectUnknown('DateGreaterThan', key, '2026-01-01T00:00:00', '2026-01-01T05:00:00Z');
    expectUnknown('DateLessThan', key, '2026-01-01', new Date('2025-12-31T20:00:00Z'));
    expectUnknown('DateEquals', key, '2026-01-01', '2026-01-01T00:00:00Z');
    expectUnknown('DateNotEquals', key, '2026-01-01', '2026-01-01T00:00:00Z');
  });
  test('a Deny of DateLessThan 2026-01-01 applies up to 12:00Z that day (its latest reading)', () => {
    expect(decide(denyWith('DateLessThan', key, '2026-01-01'), key, '2026-01-01T11:59:59Z')).toBe('explicit-deny');
    expect(decide(denyWith('DateLessThan', key, '2026-01-01'), key, '2026-01-01T12:00:00Z')).toBe('allow');
  });
  test('outside the 26 hours every reading agrees', () => {
    expect(decide(allowWith('DateGreaterThan', key, '2026-01-01T00:00:00'), key, '2026-01-01T12:00:01Z')).toBe('allow');
    expect(decide(allowWith('DateGreaterThan', key, '2026-01-01T00:00:00'), key, '2025-12-31T10:00:00Z')).toBe('implicit-deny');
    expect(decide(allowWith('DateLessThan', key, '2026-01-01'), key, '2025-12-31T09:59:59Z')).toBe('allow');
    expect(decide(denyWith('DateEquals', key, '2026-01-01'), key, '2026-01-02T12:00:01Z')).toBe('allow');
  });
  test('a date with a time zone or epoch seconds has one reading', () => {
    expect(decide(allowWith('DateGreaterThan', key, '2026-01-01T00:00:00Z'), key, '2026-01-01T05:00:00Z')).toBe('allow');
    expect(decide(allowWith('DateGreaterThan', key, '1767225600'), key, '2026-01-01T05:00:00Z')).toBe('allow');
    expect(decide(allowWith('DateGreaterThan', key, '2026-01-01T00:00:00+01:00'), key, '2026-01-01T00:00:00Z')).toBe('allow');
  });
  test('a request date without a time zone is unknown, and aws:EpochTime derived from it too', () => {
    expectUnknown('DateGreaterThan', key, '2000-01-01T00:00:00Z', '2026-01-01T10:00:00');
    expectUnknown('DateLessThan', 'aws:EpochTime', '2000-01-01T00:00:00Z', '2026-01-01T10:00:00');
    const viaEpoch = { ...request(key, '2026-01-01T10:00:00') };
    expect(evaluate({ identity: denyWith('DateLessThan', 'aws:EpochTime', '2030-01-01T00:00:00Z') }, viaEpoch).decision).toBe('explicit-deny');
    expect(evaluate({ identity: allowWith('NumericGreaterThan', 'aws:EpochTime', '0') }, viaEpoch).decision).toBe('implicit-deny');
  });
  test('analyze: an Allow until 2026-01-01T00:00:00 grants less than one until 2026-01-01T00:00:00Z (witness replays)', () => {
    const zoneless = allowWith('DateLessThan', key, '2026-01-01T00:00:00');
    const utc = allowWith('DateLessThan', key, '2026-01-01T00:00:00Z');
    const r = checkNoNewAccess(zoneless, utc);
    expect(r.result).toBe('fail');
    for (const w of r.witnesses) expect([evaluate({ identity: utc }, w).decision, evaluate({ identity: zoneless }, w).decision]).toEqual(['allow', 'implicit-deny']);
    expect(checkNoNewAccess(utc, zoneless).result).toBe('pass');
    const g = checkAccessNotGranted(zoneless, { actions: ['s3:GetObject'] });
    for (const w of g.witnesses) expect(evaluate({ identity: zoneless }, w).decision).toBe('allow');
  });
});

describe('four digits: epoch seconds and an ISO 8601 year at once, unknown between the two', () => {
  // IAM User Guide, condition operators (Date): values are ISO 8601 dates or epoch (UNIX) time, and the grammar
  // reads a value as its string, so "2030" and 2030 are both: second 2030 of 1970, and the year 2030
  const key = 'aws:CurrentTime';
  test('between the readings (1970 after second 2030, before the year 2030): unknown, for the text and the JSON number', () => {
    for (const policyValue of ['2030', 2030 as unknown as string]) {
      expectUnknown('DateGreaterThan', key, policyValue, '2026-06-01T00:00:00Z');
      expectUnknown('DateLessThan', key, policyValue, '2026-06-01T00:00:00Z');
    }
  });
  test('outside both readings every reading agrees', () => {
    expect(decide(allowWith('DateGreaterThan', key, '2030'), key, '2031-01-01T00:00:00Z')).toBe('allow');
    expect(decide(allowWith('DateLessThan', key, '2030'), key, '1970-01-01T00:00:00Z')).toBe('allow');
    expect(decide(denyWith('DateLessThan', key, '2030'), key, '2031-01-01T00:00:00Z')).toBe('allow');
  });
  test('five digits or more are epoch seconds only; a full date is one reading', () => {
    expect(decide(allowWith('DateGreaterThan', key, '20300'), key, '2026-06-01T00:00:00Z')).toBe('allow');
    expect(decide(allowWith('DateLessThan', key, '2030-01-01T00:00:00Z'), key, '2026-06-01T00:00:00Z')).toBe('allow');
  });
  test('a request time of four digits is read both ways too', () => {
    expectUnknown('DateGreaterThan', key, '2000-01-01T00:00:00Z', '2030');
  });
});

describe('`?` against a character outside the BMP: one UTF-16 code unit or one code point, unknown where they differ', () => {
  // IAM User Guide (condition operators): StringLike values "can include multi-character match
  // wildcards (*) and single-character match wildcards (?)"; which characters count is not said.
  // 😀 (U+1F600) is two UTF-16 code units and one code point.
  const key = 'aws:PrincipalTag/team';
  test('StringLike a? on a😀: an Allow does not apply, a Deny does (the Deny missed it before)', () => {
    expectUnknown('StringLike', key, 'a?', 'a😀');
    expectUnknown('StringNotLike', key, 'a?', 'a😀');
    expectUnknown('StringLike', key, 'a??', 'a😀');
    expectUnknown('StringLike', key, '??', '😀');
    expectUnknown('ForAnyValue:StringLike', key, 'a?', ['a😀']);
    expect(decide(denyWith('StringLike', key, 'a?'), key, 'a😀')).toBe('explicit-deny');
  });
  test('where both readings agree nothing changes', () => {
    expect(decide(allowWith('StringLike', key, 'a*'), key, 'a😀')).toBe('allow');
    expect(decide(allowWith('StringLike', key, 'a?'), key, 'ab')).toBe('allow');
    expect(decide(denyWith('StringLike', key, 'b?'), key, 'a😀')).toBe('allow');
    expect(decide(allowWith('StringEquals', key, 'a'), key, 'a😀')).toBe('implicit-deny');
  });
  test('ArnLike with ? in the resource part on an ARN holding 😀', () => {
    expectUnknown('ArnLike', 'aws:SourceArn', 'arn:aws:s3:::docs/?', 'arn:aws:s3:::docs/😀');
    expectUnknown('ArnNotLike', 'aws:SourceArn', 'arn:aws:s3:::docs/?', 'arn:aws:s3:::docs/😀');
    expect(decide(allowWith('ArnLike', 'aws:SourceArn', 'arn:aws:s3:::docs/*'), 'aws:SourceArn', 'arn:aws:s3:::docs/😀')).toBe('allow');
  });
  test('analyze: StringLike a? with StringNotLike a? covers every BMP text, not a😀', () => {
    const split: PolicyDocument = { Version: '2012-10-17', Statement: [statement('Allow', 'StringLike', key, 'a?'), statement('Allow', 'StringNotLike', key, 'a?')] };
    const all = allowWith('StringLike', key, '*');
    const r = checkNoNewAccess(split, all);
    expect(r.result).toBe('fail');
    expect(r.witnesses.length).toBeGreaterThan(0);
    for (const w of r.witnesses) expect([evaluate({ identity: all }, w).decision, evaluate({ identity: split }, w).decision]).toEqual(['allow', 'implicit-deny']);
    // the other way only the absent key (StringNotLike holds on it) is new
    expect(checkNoNewAccess(all, split).witnesses.map((w) => w.context?.[key])).toEqual([undefined]);
  });
});

describe('`?` of a Resource or NotResource entry against a character outside the BMP: both readings, entry by entry', () => {
  // IAM User Guide (Resource element): "You can use wildcard characters (* and ?) within any ARN
  // segment"; `?` is a single-character match and AWS does not say whether 😀 (two UTF-16 code
  // units, one code point) is one character. Where matching more is safer (a Deny's Resource, an
  // Allow's NotResource) an entry matches by either reading; elsewhere only by both.
  const doc = (...Statement: PolicyDocument['Statement']): PolicyDocument => ({ Version: '2012-10-17', Statement });
  const onAll = { Effect: 'Allow' as const, Action: ['s3:GetObject'], Resource: ['*'] };
  const at = (key: string) => ({ principal: USER, action: 's3:GetObject', resource: `arn:aws:s3:::docs/${key}`, resourceAccount: ACCT });
  const decideOn = (p: PolicyDocument, key: string) => evaluate({ identity: p }, at(key)).decision;

  test("a Deny's Resource a? applies to a😀 (by code points; it missed before), and still to ab", () => {
    const deny = doc(onAll, { Effect: 'Deny', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::docs/a?'] });
    expect(decideOn(deny, 'a😀')).toBe('explicit-deny');
    expect(decideOn(deny, 'ab')).toBe('explicit-deny');
    expect(decideOn(deny, 'a😀b')).toBe('allow');
  });

  test("a Deny's Resource a?? applies to a😀 (by code units)", () => {
    expect(decideOn(doc(onAll, { Effect: 'Deny', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::docs/a??'] }), 'a😀')).toBe('explicit-deny');
  });

  test("an Allow's Resource applies only where both readings match", () => {
    const allow = (...Resource: string[]) => doc({ Effect: 'Allow', Action: ['s3:GetObject'], Resource });
    expect(decideOn(allow('arn:aws:s3:::docs/a??'), 'a😀')).toBe('implicit-deny');
    expect(decideOn(allow('arn:aws:s3:::docs/a?'), 'a😀')).toBe('implicit-deny');
    expect(decideOn(allow('arn:aws:s3:::docs/a?'), 'ab')).toBe('allow');
    expect(decideOn(allow('arn:aws:s3:::docs/a*'), 'a😀')).toBe('allow');
    // entry by entry: a list is the union of its entries, so one matching by code units and
    // another by code points is no match (splitting or merging statements keeps their meaning)
    expect(decideOn(allow('arn:aws:s3:::docs/a?', 'arn:aws:s3:::docs/a??*'), 'a😀')).toBe('implicit-deny');
    expect(decideOn(allow('arn:aws:s3:::docs/a?*'), 'a😀')).toBe('allow');
  });

  test("an Allow's NotResource excludes by either reading, a Deny's NotResource only by both", () => {
    const allowNot = doc({ Effect: 'Allow', Action: ['s3:GetObject'], NotResource: ['arn:aws:s3:::docs/a?'] });
    expect(decideOn(allowNot, 'a😀')).toBe('implicit-deny');
    expect(decideOn(allowNot, 'abc')).toBe('allow');
    const denyNot = doc(onAll, { Effect: 'Deny', Action: ['s3:GetObject'], NotResource: ['arn:aws:s3:::docs/a?'] });
    expect(decideOn(denyNot, 'a😀')).toBe('explicit-deny');
    expect(decideOn(denyNot, 'ab')).toBe('allow');
  });

  test('a whole-text entry (short ARN of a resource policy) and a ? from a policy variable', () => {
    // ${aws:username} substitutes literal text: its ? is no wildcard in either reading
    const denyVar = doc(onAll, { Effect: 'Deny', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::docs/${aws:PrincipalTag/k}'] });
    expect(evaluate({ identity: denyVar }, { ...at('😀'), context: { 'aws:PrincipalTag/k': '?' } }).decision).toBe('allow');
  });

  test('analyze: a Deny on docs/a? takes a😀 too; its witnesses replay', () => {
    const denyOne = doc(onAll, { Effect: 'Deny', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::docs/a?'] });
    // checkNoNewAccess(existing, updated)
    expect(checkNoNewAccess(doc(onAll), denyOne).result).toBe('pass');
    const back = checkNoNewAccess(denyOne, doc(onAll));
    expect(back.result).toBe('fail');
    for (const w of back.witnesses) expect(evaluate({ identity: denyOne }, w).decision).toBe('explicit-deny');
  });

  test('analyze finds an access only a character outside the BMP shows (its resource candidates hold such texts)', () => {
    // docs/a?* and the list docs/a?, docs/a??* grant the same BMP texts (a and one or more
    // characters); a😀 only the first grants by both readings (a? by code points only, a??* by code units only)
    const one = doc({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::docs/a?*'] });
    const two = doc({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::docs/a?', 'arn:aws:s3:::docs/a??*'] });
    expect([decideOn(one, 'a😀'), decideOn(two, 'a😀'), decideOn(one, 'abc'), decideOn(two, 'abc')]).toEqual(['allow', 'implicit-deny', 'allow', 'allow']);
    const r = checkNoNewAccess(two, one);
    expect(r.result).toBe('fail');
    expect(r.witnesses.length).toBeGreaterThan(0);
    for (const w of r.witnesses) {
      expect(w.resource).toMatch(/[\ud800-\udbff][\udc00-\udfff]/);
      expect([evaluate({ identity: one }, w).decision, evaluate({ identity: two }, w).decision]).toEqual(['allow', 'implicit-deny']);
    }
    expect(checkNoNewAccess(one, two).result).toBe('pass');
  });
});

// IAM User Guide, "IAM JSON policy elements: Condition operators" (IP address condition operators):
// an address written without its routing prefix gets the default prefix /32, a sentence that does
// not say IPv4 only; /128 is the one-address reading. A bare IPv6 policy value has both readings.
describe('an IPv6 address written without a prefix length: /128 or the documented default /32, unknown where they differ', () => {
  const ip = 'aws:SourceIp';
  test('IpAddress 2001:db8::1 on 2001:db8::2 (inside the /32): an Allow does not apply, a Deny does (it missed before)', () => {
    expectUnknown('IpAddress', ip, '2001:db8::1', '2001:db8::2');
    expect(decide(denyWith('IpAddress', ip, '2001:db8::1'), ip, '2001:db8:ffff::9')).toBe('explicit-deny');
  });

  test('NotIpAddress 2001:db8::1 on 2001:db8::2: unknown too (the /32 reading holds it)', () => {
    expectUnknown('NotIpAddress', ip, '2001:db8::1', '2001:db8::2');
    expectUnknown('ForAnyValue:NotIpAddress', ip, '2001:db8::1', ['2001:db8::2']);
    expectUnknown('IpAddressIfExists', ip, '2001:db8::1', '2001:db8::2');
  });

  test('where both readings agree nothing changes', () => {
    // the address itself is in both blocks; an address outside the /32 is in neither
    expect(decide(allowWith('IpAddress', ip, '2001:db8::1'), ip, '2001:0db8:0:0:0:0:0:1')).toBe('allow');
    expect(decide(allowWith('IpAddress', ip, '2001:db8::1'), ip, '2001:db9::1')).toBe('implicit-deny');
    expect(decide(denyWith('IpAddress', ip, '2001:db8::1'), ip, '2001:db9::1')).toBe('allow');
    expect(decide(allowWith('NotIpAddress', ip, '2001:db8::1'), ip, '2001:db9::1')).toBe('allow');
  });

  test('a written prefix length and a bare IPv4 address have one reading', () => {
    expect(decide(allowWith('IpAddress', ip, '2001:db8::1/128'), ip, '2001:db8::2')).toBe('implicit-deny');
    expect(decide(denyWith('IpAddress', ip, '2001:db8::1/128'), ip, '2001:db8::2')).toBe('allow');
    expect(decide(allowWith('NotIpAddress', ip, '2001:db8::1/128'), ip, '2001:db8::2')).toBe('allow');
    expect(decide(denyWith('IpAddress', ip, '203.0.113.9'), ip, '203.0.113.10')).toBe('allow');
    expect(decide(allowWith('IpAddress', ip, '203.0.113.9'), ip, '203.0.113.9')).toBe('allow');
  });

  test('analyze cuts at the /32 too: it finds the access outside it, and its witnesses replay', () => {
    // allowed only in 2001:db9::/32 (in the /31, outside the bare value's /32); inside 2001:db8::/32 unknown
    const p: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'], Condition: { NotIpAddress: { [ip]: ['2001:db8::1'] }, IpAddress: { [ip]: ['2001:db8::/31'] } } }] };
    expect(decide(p, ip, '2001:db9::5')).toBe('allow');
    expect(decide(p, ip, '2001:db8::5')).toBe('implicit-deny');
    const r = checkAccessNotGranted(p, { actions: ['s3:GetObject'] });
    expect(r.result).toBe('fail');
    for (const w of r.witnesses) expect(evaluate({ identity: p }, w).decision).toBe('allow');
  });
});
