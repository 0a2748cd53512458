/** Small string checks shared by rules: ARN fields, policy variables, condition value formats. */
import type { ConditionValue, PrincipalElement } from '../model/policy-document.js';
import type { PolicyKind } from '../model/policy-document.js';

/** Known partitions (iam-reference §4). */
export const PARTITIONS: readonly string[] = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];

export { splitArn, type ArnFields } from '../model/arn.js';
export { hasWildcard } from '../model/syntax.js';


/** One `${...}` occurrence; escapes `${*}`, `${?}`, `${$}` are not variables. */
export interface VariableUse {
  readonly start: number;
  readonly end: number;
  readonly body: string;
}

const NO_VARIABLES: readonly VariableUse[] = Object.freeze([]);

/** The policy variables written in `s`, in order. */
export function variables(s: string): readonly VariableUse[] {
  let i = s.indexOf('${');
  if (i < 0) return NO_VARIABLES;
  const out: VariableUse[] = [];
  while (i >= 0) {
    const end = s.indexOf('}', i + 2);
    if (end < 0) break;
    const body = s.slice(i + 2, end);
    if (body !== '*' && body !== '?' && body !== '$') out.push({ start: i, end: end + 1, body });
    i = s.indexOf('${', end + 1);
  }
  return out;
}

/** True when `s` holds a policy variable. */
export function hasVariable(s: string): boolean {
  return s.includes('${') && variables(s).length > 0;
}

/** The key named by a variable body (`aws:PrincipalTag/team, 'x'` -> `aws:PrincipalTag/team`). */
export function variableKey(body: string): string {
  const comma = body.indexOf(',');
  return (comma < 0 ? body : body.slice(0, comma)).trim();
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** W3C/ISO 8601 date (`2024`, `2024-05-01`, `2024-05-01T12:00:00Z`, ...) or UNIX epoch seconds. */
export function isDateValue(v: ConditionValue): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v !== 'string') return false;
  if (/^\d+$/.test(v)) return true;
  const m = DATE.exec(v);
  if (m === null) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 24 && minute <= 59 && second <= 60;
}

/** Integer or decimal number, written as a JSON number or a string. */
export function isNumberValue(v: ConditionValue): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  return typeof v === 'string' && /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(v);
}

/** `true`/`false` as a JSON boolean or a string (IAM compares case-insensitively). */
export function isBoolValue(v: ConditionValue): boolean {
  if (typeof v === 'boolean') return true;
  if (typeof v !== 'string') return false;
  const l = v.toLowerCase();
  return l === 'true' || l === 'false';
}

/** Base64 text (standard alphabet, padded). */
export function isBase64Value(v: ConditionValue): boolean {
  return typeof v === 'string' && v.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(v);
}

/** A parsed IP address or CIDR block: bytes and prefix length. */
export interface IpBlock {
  readonly v6: boolean;
  readonly bytes: readonly number[];
  readonly prefix: number;
}

function ipv4(s: string): number[] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    out.push(n);
  }
  return out;
}

function ipv6(s: string): number[] | undefined {
  if (!/^[0-9A-Fa-f:.]+$/.test(s)) return undefined;
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const words = (h: string): number[] | undefined => {
    if (h === '') return [];
    const out: number[] = [];
    const groups = h.split(':');
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      if (i === groups.length - 1 && g.includes('.')) {
        const v4 = ipv4(g);
        if (v4 === undefined) return undefined;
        out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
      } else {
        if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) return undefined;
        out.push(parseInt(g, 16));
      }
    }
    return out;
  };
  const head = words(halves[0]!);
  const tail = halves.length === 2 ? words(halves[1]!) : [];
  if (head === undefined || tail === undefined) return undefined;
  const fill = 8 - head.length - tail.length;
  if (halves.length === 2 ? fill < 1 : fill !== 0) return undefined;
  const all = [...head, ...new Array<number>(fill).fill(0), ...tail];
  return all.flatMap((w) => [w >> 8, w & 0xff]);
}

/** Parses an IPv4/IPv6 address or CIDR block; `undefined` when it is not one. */
export function parseIp(v: ConditionValue): IpBlock | undefined {
  if (typeof v !== 'string') return undefined;
  const slash = v.indexOf('/');
  const addr = slash < 0 ? v : v.slice(0, slash);
  const v6 = addr.includes(':');
  const bytes = v6 ? ipv6(addr) : ipv4(addr);
  if (bytes === undefined) return undefined;
  const max = v6 ? 128 : 32;
  let prefix = max;
  if (slash >= 0) {
    const p = v.slice(slash + 1);
    if (!/^\d{1,3}$/.test(p)) return undefined;
    prefix = Number(p);
    if (prefix > max) return undefined;
  }
  return { v6, bytes, prefix };
}

function within(b: IpBlock, net: readonly number[], prefix: number): boolean {
  if (b.prefix < prefix) return false;
  for (let bit = 0; bit < prefix; bit++) {
    const byte = bit >> 3;
    const mask = 0x80 >> (bit & 7);
    if ((b.bytes[byte]! & mask) !== (net[byte]! & mask)) return false;
  }
  return true;
}

/** True when the block lies inside a private or local range (RFC 1918, loopback, link-local, fc00::/7). */
export function isPrivateIp(b: IpBlock): boolean {
  if (!b.v6)
    return (
      within(b, [10, 0, 0, 0], 8) ||
      within(b, [172, 16, 0, 0], 12) ||
      within(b, [192, 168, 0, 0], 16) ||
      within(b, [127, 0, 0, 0], 8) ||
      within(b, [169, 254, 0, 0], 16)
    );
  const zero = new Array<number>(16).fill(0);
  return within(b, [0xfc, ...zero.slice(1)], 7) || within(b, [0xfe, 0x80, ...zero.slice(2)], 10);
}

/** The values of one principal type, or `[]`. */
export function principalValues(p: PrincipalElement | undefined, type: 'AWS' | 'Service' | 'Federated' | 'CanonicalUser'): readonly string[] {
  if (p === undefined || p === '*') return [];
  return p[type] ?? [];
}

/** True for `"*"` or `{"AWS": "*"}` (anyone, including anonymous callers). */
export function isPublicPrincipal(p: PrincipalElement | undefined): boolean {
  if (p === undefined) return false;
  if (p === '*') return true;
  return (p.AWS ?? []).includes('*');
}

/** Kinds whose Allow statements grant access (the others cap or filter it). */
export const GRANTING_KINDS: readonly PolicyKind[] = ['identity', 'resource', 'trust'];

/** All kinds. */
export const ALL_KINDS: readonly PolicyKind[] = ['identity', 'resource', 'trust', 'boundary', 'scp', 'rcp', 'session', 'endpoint'];

/** Kinds with Principal elements. */
export const PRINCIPAL_KINDS: readonly PolicyKind[] = ['resource', 'trust', 'rcp', 'endpoint'];

/**
 * Condition keys that AWS evaluates but the Service Authorization Reference does not list; each is
 * used by an AWS managed policy (named in the comment), so flagging it would be a false error.
 */
export const UNLISTED_KEYS: ReadonlySet<string> = new Set([
  'aws:principalorgmasteraccountid', // AWSSSOServiceRolePolicy
  'lakeformation:gluearn', // AmazonDataZoneGlueManageAccessRolePolicy
]);

/** Quotes a value for a message. */
export function show(v: unknown): string {
  return JSON.stringify(v);
}
