/**
 * `aws:SourceIp` values: PRIVATE_IP_ADDRESS, PRIVATE_NOT_IP_ADDRESS, PRIVATE_IP_ADDRESS_SUBSET,
 * PRIVATE_NOT_IP_ADDRESS_SUBSET, and IMPROVE_IP_RANGE and IPV6_ADDRESS_WITHOUT_PREFIX for any IP condition. aws:SourceIp only
 * ever holds public addresses (reference_policies_condition-keys, aws:SourceIp).
 */
import type { ConditionEntry, LintRule } from '../context.js';
import { conditionRule, conditionValueRule } from '../value-rule.js';
import { cidrNetwork, policyCidrs, type Cidr } from '../../model/values.js';
import { isPrivateIp, parseIp, PRIVATE_RANGE_TEXTS, show } from '../helpers.js';

interface Split {
  readonly c: ConditionEntry;
  readonly priv: readonly string[];
  readonly pub: number;
}

function sourceIp(c: ConditionEntry, negated: boolean): Split | undefined {
  if (c.keyLower !== 'aws:sourceip' || c.op?.family !== 'IPAddress' || c.op.negated !== negated) return undefined;
  const priv: string[] = [];
  let pub = 0;
  for (const v of c.values) {
    const b = parseIp(v);
    if (b === undefined) continue;
    if (isPrivateIp(b)) priv.push(String(v));
    else pub++;
  }
  return priv.length === 0 ? undefined : { c, priv, pub };
}

function ipRule(code: string, severity: 'error' | 'suggestion', negated: boolean, subset: boolean, description: string, message: (x: Split) => string): LintRule {
  return conditionRule({
    code,
    severity,
    description,
    each(c, report) {
      const x = sourceIp(c, negated);
      if (x !== undefined && (x.pub > 0) === subset) report(c.path, message(x));
    },
  });
}

/** PRIVATE_IP_ADDRESS: IpAddress on aws:SourceIp with only private ranges (never matches). */
export const privateIpAddress = ipRule(
  'PRIVATE_IP_ADDRESS',
  'error',
  false,
  false,
  `\`IpAddress\` on \`aws:SourceIp\` lists only private ranges, but the key only holds public addresses, so the condition never matches (use \`aws:VpcSourceIp\`). The check reference names no private ranges; typed-iam reads as private, here and in the three related rules, the blocks inside ${PRIVATE_RANGE_TEXTS.map((r) => `\`${r}\``).join(', ')} (also written as IPv4-mapped IPv6). Other special-use blocks, such as the shared address space \`100.64.0.0/10\`, are not reported.`,
  (x) => `${x.priv.map(show).join(', ')} ${x.priv.length === 1 ? 'is a private range' : 'are private ranges'}, but aws:SourceIp only holds public addresses, so this never matches; for requests through a VPC endpoint use aws:VpcSourceIp.`,
);
/** PRIVATE_NOT_IP_ADDRESS: NotIpAddress on aws:SourceIp with only private ranges (always matches). */
export const privateNotIpAddress = ipRule(
  'PRIVATE_NOT_IP_ADDRESS',
  'error',
  true,
  false,
  '`NotIpAddress` on `aws:SourceIp` lists only private ranges, but the key only holds public addresses, so the condition always matches and has no effect.',
  (x) => `${x.priv.map(show).join(', ')} ${x.priv.length === 1 ? 'is a private range' : 'are private ranges'}, so NotIpAddress on aws:SourceIp always matches; list public ranges, or use aws:VpcSourceIp for private ones.`,
);
/** PRIVATE_IP_ADDRESS_SUBSET: IpAddress on aws:SourceIp mixing private and public ranges. */
export const privateIpAddressSubset = ipRule(
  'PRIVATE_IP_ADDRESS_SUBSET',
  'suggestion',
  false,
  true,
  '`IpAddress` on `aws:SourceIp` mixes public and private ranges; the private ones never match (use `aws:VpcSourceIp` for them).',
  (x) => `The private ${x.priv.length === 1 ? 'range' : 'ranges'} ${x.priv.map(show).join(', ')} ${x.priv.length === 1 ? 'never matches' : 'never match'} aws:SourceIp; move ${x.priv.length === 1 ? 'it' : 'them'} to aws:VpcSourceIp.`,
);
/** PRIVATE_NOT_IP_ADDRESS_SUBSET: NotIpAddress on aws:SourceIp mixing private and public ranges. */
export const privateNotIpAddressSubset = ipRule(
  'PRIVATE_NOT_IP_ADDRESS_SUBSET',
  'suggestion',
  true,
  true,
  '`NotIpAddress` on `aws:SourceIp` mixes public and private ranges; the private ones have no effect.',
  (x) => `The private ${x.priv.length === 1 ? 'range' : 'ranges'} ${x.priv.map(show).join(', ')} ${x.priv.length === 1 ? 'has' : 'have'} no effect under NotIpAddress on aws:SourceIp; remove ${x.priv.length === 1 ? 'it' : 'them'} or use aws:VpcSourceIp.`,
);

/** A block written as CIDR text (IPv6 with its longest zero run compressed). */
function cidrText(c: Cidr): string {
  const g = c.address.groups;
  if (c.address.v4) return `${g[0]! >> 8}.${g[0]! & 0xff}.${g[1]! >> 8}.${g[1]! & 0xff}/${c.bits}`;
  return `${g.map((w) => w.toString(16)).join(':').replace(/(^|:)0(:0)+(:|$)/, '::')}/${c.bits}`;
}

/**
 * A suggestion on each value of every IP-family condition (`IpAddress`, `NotIpAddress`, any key):
 * `message` gives the finding for a text value, or `undefined` when it has none.
 */
function ipValueRule(code: string, description: string, message: (v: string) => string | undefined): LintRule {
  return conditionValueRule({ code, severity: 'suggestion', description, families: ['IPAddress'], message: (v) => (typeof v === 'string' ? message(v) : undefined) });
}

/** IMPROVE_IP_RANGE: a CIDR block with bits set after the prefix (`10.0.0.1/24`). */
export const improveIpRange = ipValueRule(
  'IMPROVE_IP_RANGE',
  'A CIDR block under an IP operator has non-zero bits after its prefix (`203.0.113.7/24`); IAM ignores them, so write the network address (`203.0.113.0/24`).',
  (v) => {
    const b = v.includes('/') ? parseIp(v) : undefined;
    if (b === undefined) return undefined;
    const net = cidrNetwork(b);
    if (net.address.groups.every((x, k) => x === b.address.groups[k])) return undefined;
    return `The bits of ${show(v)} after the /${b.bits} prefix are ignored; write ${show(cidrText(net))}.`;
  },
);

/**
 * IPV6_ADDRESS_WITHOUT_PREFIX (typed-iam's own): an IPv6 address under an IP operator written without
 * a prefix length. The IAM User Guide (Condition operators, IP address) gives an address without its
 * routing prefix the default /32, not said to be IPv4 only; read as one address it is /128. The model
 * reads it both ways ({@link policyCidrs}), so a request inside the /32 but not the address is unknown.
 */
export const ipv6AddressWithoutPrefix = ipValueRule(
  'IPV6_ADDRESS_WITHOUT_PREFIX',
  'An IPv6 address under an IP operator has no prefix length (`2001:db8::1`). AWS documents /32 as the default prefix of an address written without one and does not limit that to IPv4, so it may stand for the whole /32 rather than one address; typed-iam evaluates the other addresses of that /32 as unknown (no Allow applies, a Deny does). Write `/128` for one address.',
  // two blocks: an IPv6 address without a prefix length
  (v) =>
    (policyCidrs(v)?.length ?? 0) > 1
      ? `${show(v)} has no prefix length: AWS's default prefix is /32, which for IPv6 is a large block, so its meaning is unclear; write ${show(`${v}/128`)} for one address or the block you mean.`
      : undefined,
);
