import { valueRule } from '../value-rule.js';

/** TYPE_MISMATCH_IP_RANGE: a value under IpAddress/NotIpAddress that is not an address or CIDR. */
export const typeMismatchIpRange = valueRule(
  'TYPE_MISMATCH_IP_RANGE',
  ['IPAddress'],
  'A value under `IpAddress`/`NotIpAddress` is not an IPv4/IPv6 address or CIDR block.',
  undefined,
  // the current reference files "Type mismatch IP range" under Error (the 2023 text under General Warning)
  'error',
);
