/**
 * The one IP parser of the model (src/model/values.ts) on the text forms an address can take, and
 * the IPv4-mapped IPv6 form (RFC 4291 section 2.5.5.2: `::ffff:192.0.2.1` is the IPv6 spelling of
 * the IPv4 address 192.0.2.1). AWS does not document whether IAM reads the two as one address, so
 * the model reads both ways and answers "unknown" when they differ (docs/evaluation.md).
 */
import { describe, expect, test } from 'vitest';
import { cidrHolds, ipOtherForm, isFamilyValue, mappedCidr, parseCidr, parseIp, policyCidrHolds, policyCidrs } from '../../src/model/values.js';
import { lint } from '../../src/lint/index.js';

describe('text forms', () => {
  test.each([
    ['192.0.2.1', true],
    ['::ffff:192.0.2.1', false],
    ['::FFFF:C000:0201', false],
    ['0:0:0:0:0:ffff:c000:201', false],
    ['2001:DB8::1', false],
  ])('%s parses (v4: %s)', (text, v4) => expect(parseIp(text)?.v4).toBe(v4));

  // a leading zero is octal to inet_aton, decimal to others, refused by inet_pton: no one reading
  test.each(['010.0.0.1', '192.000.002.001', '1.2.3', '256.0.0.1', 'fe80::1%eth0', '::ffff:1.2.3.04', ''])('%s is no address', (text) => {
    expect(parseIp(text)).toBeUndefined();
    expect(isFamilyValue('IPAddress', text)).toBe(false);
  });

  test('the mapped spelling and the IPv4 address are each other\'s other form', () => {
    expect(ipOtherForm(parseIp('::ffff:192.0.2.1')!)).toEqual(parseIp('192.0.2.1'));
    expect(ipOtherForm(parseIp('192.0.2.1')!)).toEqual(parseIp('::ffff:192.0.2.1'));
    expect(ipOtherForm(parseIp('2001:db8::1')!)).toBeUndefined();
    expect(mappedCidr(parseCidr('::ffff:10.0.0.0/104')!)).toEqual(parseCidr('10.0.0.0/8'));
    expect(mappedCidr(parseCidr('::/0')!)).toBeUndefined();
  });
});

describe('cidrHolds: both readings, unknown when they differ', () => {
  test.each([
    ['192.0.2.0/24', '192.0.2.1', true],
    ['192.0.2.0/24', '198.51.100.1', false],
    ['192.0.2.0/24', '::ffff:192.0.2.1', undefined],
    ['192.0.2.0/24', '::ffff:198.51.100.1', false],
    ['::ffff:192.0.2.0/120', '192.0.2.1', undefined],
    ['::ffff:192.0.2.0/120', '::ffff:192.0.2.1', true],
    ['::/0', '192.0.2.1', undefined],
    ['2001:db8::/32', '192.0.2.1', false],
    ['0.0.0.0/0', '2001:db8::1', false],
  ])('%s holds %s: %s', (cidr, ip, want) => expect(cidrHolds(parseCidr(cidr)!, parseIp(ip)!)).toBe(want));
});

test('lint reads a mapped private block as private (PRIVATE_IP_ADDRESS)', () => {
  const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '::ffff:10.0.0.0/104' } } }] };
  expect(lint(doc as never).map((f) => f.code)).toContain('PRIVATE_IP_ADDRESS');
});

// IAM User Guide, "IAM JSON policy elements: Condition operators" (IP address): an address without
// its routing prefix gets the default prefix /32, not said to be IPv4 only; /128 is one address
describe('a policy address written without a prefix length', () => {
  test('IPv6: read as /128 and as /32; IPv4 and a written prefix: one block', () => {
    expect(policyCidrs('2001:db8::1')?.map((c) => c.bits)).toEqual([128, 32]);
    expect(policyCidrs('2001:db8::1/128')?.map((c) => c.bits)).toEqual([128]);
    expect(policyCidrs('2001:db8::/32')?.map((c) => c.bits)).toEqual([32]);
    expect(policyCidrs('203.0.113.9')?.map((c) => c.bits)).toEqual([32]);
    expect(policyCidrs('2001:db8::1/129')).toBeUndefined();
  });

  test.each([
    ['2001:db8::1', '2001:db8::1', true],
    ['2001:db8::1', '2001:db8::2', undefined],
    ['2001:db8::1', '2001:db8:ffff:ffff::1', undefined],
    ['2001:db8::1', '2001:db9::1', false],
    ['2001:db8::1', '192.0.2.1', false],
    ['::ffff:192.0.2.1', '192.0.2.1', undefined],
    ['2001:db8::1/128', '2001:db8::2', false],
    ['203.0.113.9', '203.0.113.10', false],
  ])('%s holds %s: %s', (value, ip, want) => expect(policyCidrHolds(policyCidrs(value)!, parseIp(ip)!)).toBe(want));
});
