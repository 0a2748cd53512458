import { parseIp } from '../helpers.js';
import { valueRule } from '../value-rule.js';

/** TYPE_MISMATCH_IP_RANGE: a value under IpAddress/NotIpAddress that is not an address or CIDR. */
export const typeMismatchIpRange = valueRule(
  'TYPE_MISMATCH_IP_RANGE',
  ['IPAddress'],
  (v) => parseIp(v) !== undefined,
  'A value under `IpAddress`/`NotIpAddress` is not an IPv4/IPv6 address or CIDR block.',
  'write an address or CIDR block such as "203.0.113.0/24" or "2001:db8::/32".',
);
