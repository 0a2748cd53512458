/**
 * Value parsers of the condition operator families: numbers, dates (W3C ISO 8601 profile or epoch
 * seconds), booleans, base64, IPv4/IPv6 addresses and CIDR blocks. Hand-written scanners; fixed
 * regex literals only, never built from input.
 */
import { arnProblem } from './arn.js';
import type { OperatorFamily } from './operators.js';
import type { ConditionValue } from './policy-document.js';

/** A request-context scalar as the value parsers read it. */
type ContextScalar = string | number | boolean | Date;

/**
 * True when `v` is a value of the operator family, read by that family's parser: a number for
 * Numeric, a date for Date, `true`/`false` for Bool and Null, an address or CIDR block for
 * IPAddress, base64 for Binary, an ARN pattern or `"*"` for ARN (see `arnProblem`); any String
 * value. Policy variables are not substituted here (see `conditionValueProblem`).
 *
 * @example
 * ```ts
 * import { isFamilyValue } from './values.js';
 * isFamilyValue('IPAddress', '203.0.113.0/24'); // true
 * isFamilyValue('Bool', 'maybe');               // false
 * ```
 */
export function isFamilyValue(family: OperatorFamily, v: ConditionValue): boolean {
  switch (family) {
    case 'Numeric':
      return parseNumber(v) !== undefined;
    case 'Date':
      return parseDate(v) !== undefined;
    case 'Bool':
    case 'Null':
      return parseBool(v) !== undefined;
    case 'IPAddress':
      return typeof v === 'string' && parseCidr(v) !== undefined;
    case 'Binary':
      return isBase64(v);
    case 'ARN':
      return typeof v === 'string' && arnProblem(v) === undefined;
    default:
      return true;
  }
}

/** Base64 text as BinaryEquals values are written: standard alphabet, padded to a multiple of 4. */
export function isBase64(v: ConditionValue): boolean {
  return typeof v === 'string' && v.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(v);
}

/**
 * `n` (finite) in the decimal syntax IAM reads, the shortest digits that give back `n`: JavaScript
 * writes `1e21` and `1e-7` with an exponent (`"1e+21"`, `"1e-7"`), which is no IAM number.
 *
 * @example
 * ```ts
 * import { decimalText } from './values.js';
 * decimalText(1e21);   // '1000000000000000000000'
 * decimalText(-1.5e-7); // '-0.00000015'
 * decimalText(42);     // '42'
 * ```
 */
export function decimalText(n: number): string {
  const [mantissa, exponent] = String(n).split('e');
  if (exponent === undefined) return mantissa!;
  // JavaScript's exponent form has one digit before the point: "-1.5e-7", "1e+21"
  const sign = n < 0 ? '-' : '';
  const digits = mantissa!.replace(/[-.]/g, '');
  const point = 1 + Number(exponent);
  return sign + (point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`);
}

/**
 * A date object read once into a new `Date` of its time, by the intrinsic `Date.prototype.getTime`
 * (never a `getTime` or `toISOString` of the value's own: a subclass or a Proxy answering a check
 * with one time and a condition with another cannot): the one reading of a `Date` given as a
 * condition value (the builder) or a context value (evaluate). Dates of any realm are read;
 * `undefined` for anything else, including look-alikes (`Object.create(Date.prototype)`). The copy
 * may be an invalid date (`new Date(NaN)`): the caller refuses it.
 *
 * @example
 * ```ts
 * import { copyDate } from './values.js';
 * copyDate(new Date(0))?.getTime();           // 0
 * copyDate(Object.create(Date.prototype));    // undefined
 * copyDate('2026-01-01');                     // undefined
 * ```
 */
export function copyDate(v: unknown): Date | undefined {
  // no exception thrown and caught for the texts and numbers most values are; the intrinsic
  // getTime throws for any other value without a date's internal time (null too)
  if (typeof v !== 'object') return undefined;
  try {
    return new Date(Date.prototype.getTime.call(v));
  } catch {
    return undefined;
  }
}

/**
 * A scalar as IAM text, the one conversion of the builder's condition values and of evaluate's
 * context values: strings as they are, booleans `"true"`/`"false"`, numbers by {@link decimalText},
 * dates in ISO 8601 UTC (`"2026-01-01T00:00:00Z"`, milliseconds only when not zero). Callers check
 * first that a number is finite and a date valid.
 *
 * @example
 * ```ts
 * import { scalarText } from './values.js';
 * scalarText(true);                               // 'true'
 * scalarText(3600);                               // '3600'
 * scalarText(new Date(Date.UTC(2026, 0, 1)));     // '2026-01-01T00:00:00Z'
 * ```
 */
export function scalarText(v: ContextScalar): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return decimalText(v);
  if (v instanceof Date) return v.toISOString().replace('.000Z', 'Z');
  return String(v);
}

/** Decimal number syntax IAM accepts: optional sign, digits, optional fraction. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * True when `v` is a text with whitespace before or after it (`" 10 "`, `"true "`). The Numeric,
 * Date and Bool parsers here read it trimmed, the IP parser does not; AWS documents neither, so
 * evaluate reads such a value as unknown under those operators (where one reading cannot read it
 * at all, the two differ), for a request value and a policy value alike.
 *
 * @example
 * ```ts
 * import { hasOuterSpace } from './values.js';
 * hasOuterSpace(' 10 '); // true
 * hasOuterSpace('10');   // false
 * ```
 */
export function hasOuterSpace(v: ConditionValue | ContextScalar): boolean {
  return typeof v === 'string' && v.trim().length !== v.length;
}

/** Parses a numeric condition value; undefined when it is not a number. */
export function parseNumber(v: ConditionValue | ContextScalar): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  return DECIMAL.test(s) ? Number(s) : undefined;
}

/**
 * The digits of a number IAM reads ({@link parseNumber}) as `[sign, integer, fraction]`: sign -1, 0
 * (zero, whatever its sign) or 1, the integer digits without leading zeros and the fraction digits
 * without trailing zeros; `undefined` when it is no number. A JavaScript number is read from its
 * decimal text ({@link decimalText}).
 *
 * @example
 * ```ts
 * import { decimalDigits } from './values.js';
 * decimalDigits('+007.50'); // [1, '7', '5']
 * decimalDigits('-0.0');    // [0, '', '']
 * ```
 */
export function decimalDigits(v: ConditionValue | ContextScalar): [number, string, string] | undefined {
  if (parseNumber(v) === undefined || typeof v === 'boolean' || v instanceof Date) return undefined;
  const s = typeof v === 'number' ? decimalText(v) : v.trim();
  const signed = s[0] === '+' || s[0] === '-';
  const dot = s.indexOf('.');
  let lead = signed ? 1 : 0;
  let end = dot === -1 ? s.length : dot;
  while (lead < end && s[lead] === '0') lead++;
  let last = s.length;
  if (dot !== -1) while (last > dot + 1 && s[last - 1] === '0') last--;
  const int = s.slice(lead, end);
  const fraction = dot === -1 ? '' : s.slice(dot + 1, last);
  return [int === '' && fraction === '' ? 0 : s[0] === '-' ? -1 : 1, int, fraction];
}

/**
 * The exact order of two numbers IAM reads: -1, 0 or 1 as `a` is below, equal to or above `b`,
 * digit by digit (`9007199254740993` is above `9007199254740992`, one double apart from none);
 * `undefined` when one is no number.
 *
 * @example
 * ```ts
 * import { compareDecimal } from './values.js';
 * compareDecimal('9007199254740993', 9007199254740992); // 1
 * compareDecimal('+5.0', '5');                          // 0
 * ```
 */
export function compareDecimal(a: ConditionValue | ContextScalar, b: ConditionValue | ContextScalar): number | undefined {
  const x = decimalDigits(a);
  const y = decimalDigits(b);
  if (x === undefined || y === undefined) return undefined;
  if (x[0] !== y[0]) return x[0] < y[0] ? -1 : 1;
  // same sign: compare magnitudes, then turn for negative numbers
  let order = x[1].length === y[1].length ? 0 : x[1].length < y[1].length ? -1 : 1;
  if (order === 0) order = x[1] === y[1] ? 0 : x[1] < y[1] ? -1 : 1;
  if (order === 0) order = x[2] === y[2] ? 0 : x[2] < y[2] ? -1 : 1;
  return order === 0 ? 0 : order * x[0];
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** Milliseconds since the epoch of an ISO 8601 (W3C profile) date or epoch seconds; undefined if invalid. */
export function parseDate(v: ConditionValue | ContextScalar): number | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.getTime();
  if (typeof v === 'number') return Number.isFinite(v) ? v * 1000 : undefined;
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  if (DECIMAL.test(s) && !(s.length === 4 && !s.includes('.'))) return Number(s) * 1000;
  const m = ISO_DATE.exec(s);
  if (m === null) return undefined;
  const num = (i: number, d: number) => (m[i] === undefined ? d : Number(m[i]));
  const month = num(2, 1);
  const day = num(3, 1);
  const hour = num(4, 0);
  const minute = num(5, 0);
  const second = num(6, 0);
  const year = num(1, 0);
  // a day the month has (February 29 in leap years of the Gregorian calendar); 24:00 only as the end of a day; a leap second
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || minute > 59 || second > 60) return undefined;
  if (hour > 24 || (hour === 24 && (minute > 0 || second > 0 || (m[7] !== undefined && /[1-9]/.test(m[7]))))) return undefined;
  const ms = m[7] === undefined ? 0 : Math.round(Number(`0.${m[7]}`) * 1000);
  let t = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Date.UTC reads years 0-99 as 1900-1999
  if (year < 100) t = new Date(t).setUTCFullYear(year);
  const tz = m[8];
  if (tz !== undefined && tz !== 'Z') {
    const hours = Number(tz.slice(1, 3));
    const minutes = Number(tz.slice(-2));
    if (hours > 23 || minutes > 59) return undefined;
    t -= (tz[0] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
  }
  return t;
}

/**
 * The instants a Date operator's value may stand for, `[earliest, latest]` in milliseconds since
 * the epoch: one instant (`[t, t]`) for epoch seconds, a `Date` and an ISO 8601 date with a time
 * zone (`Z`, `+01:00`); `[t - 14 h, t + 12 h]` for an ISO 8601 date without one (`2026-01-01`,
 * `2026-01-01T10:00:00`), which {@link parseDate} reads as UTC. AWS does not document the zone of
 * such a date (the W3C profile it names requires a zone on a time and gives none for a date), so
 * it may stand for that wall-clock time in any zone from UTC+14:00 to UTC-12:00; a comparison is
 * unknown where those readings differ. Four digits (`"2030"`, or the number `2030`) are epoch
 * seconds and a year at once: the range spans both readings. A fraction of a second finer than a millisecond
 * (`2026-01-01T00:00:00.0001Z`) spans the two milliseconds around it. `undefined` when it is no date. Whitespace around a text
 * is read as by {@link parseDate} (see {@link hasOuterSpace}).
 *
 * @example
 * ```ts
 * import { dateRange } from './values.js';
 * dateRange('2026-01-01T00:00:00Z'); // [1767225600000, 1767225600000]
 * dateRange('2026-01-01');           // [1767175200000, 1767268800000]
 * dateRange(2030);                   // [2030000, 1893499200000]
 * dateRange('2026-01-01T00:00:00.0001Z'); // [1767225600000, 1767225600001]
 * ```
 */
export function dateRange(v: ConditionValue | ContextScalar): readonly [number, number] | undefined {
  const t = parseDate(v);
  if (t === undefined) return undefined;
  // four digits are epoch seconds and an ISO 8601 year at once, written as text or as a JSON number
  // (the grammar reads a value as its string): unknown between the two readings
  const four = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
  if (/^\d{4}$/.test(four)) {
    const epoch = Number(four) * 1000;
    const year = parseDate(four)!;
    return [Math.min(epoch, year - 14 * 3_600_000), Math.max(epoch, year + 12 * 3_600_000)];
  }
  // epoch seconds of five digits or more never match ISO_DATE; an ISO date's zone is group 8
  const m = typeof v === 'string' ? ISO_DATE.exec(v.trim()) : null;
  if (m === null) return [t, t];
  // a fraction finer than a millisecond (`00:00:00.0001Z`) names an instant between two milliseconds:
  // parseDate rounds it to one, so both neighbours are kept and a comparison is unknown between them
  // (read as its rounded millisecond, DateLessThan "00.0001Z" would not hold for "00.000Z", and a
  // Deny written so would not apply)
  const fraction = m[7] ?? '';
  let lo = t;
  let hi = t;
  if (/[1-9]/.test(fraction.slice(3))) {
    lo = t - Math.round(Number(`0.${fraction}`) * 1000) + Number(fraction.slice(0, 3).padEnd(3, '0'));
    hi = lo + 1;
  }
  // the zones furthest from UTC: UTC+14:00 and UTC-12:00
  return m[8] !== undefined ? [lo, hi] : [lo - 14 * 3_600_000, hi + 12 * 3_600_000];
}

/** Days in a month of the proleptic Gregorian calendar (ISO 8601's). */
function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `true` / `false` of a Bool condition value or context value (case-insensitive text); undefined otherwise. */
export function parseBool(v: ConditionValue | ContextScalar): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v !== 'string') return undefined;
  const s = v.trim().toLowerCase();
  return s === 'true' ? true : s === 'false' ? false : undefined;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * True when `v` is base64 in its one canonical spelling: {@link isBase64} and the bits the padding
 * leaves over are zero (`QQ==`, not `QR==`, which {@link decodeBase64} reads as the same byte).
 * AWS does not document whether `BinaryEquals` decodes leniently or compares the text, so evaluate
 * reads any other spelling (padding bits set, no padding, URL-safe `-`/`_`, whitespace) as unknown.
 *
 * @example
 * ```ts
 * import { isCanonicalBase64 } from './values.js';
 * isCanonicalBase64('QQ=='); // true
 * isCanonicalBase64('QR=='); // false
 * ```
 */
export function isCanonicalBase64(v: ConditionValue | ContextScalar): boolean {
  if (typeof v !== 'string' || !isBase64(v)) return false;
  const pad = v.endsWith('==') ? 2 : v.endsWith('=') ? 1 : 0;
  return pad === 0 || (B64.indexOf(v[v.length - pad - 1]!) & (pad === 2 ? 0x0f : 0x03)) === 0;
}

/** Decodes base64 (standard alphabet, `-`/`_` accepted, padding optional); undefined when invalid. */
export function decodeBase64(s: string): Uint8Array | undefined {
  const out: number[] = [];
  let buf = 0;
  let bits = 0;
  let end = s.length;
  while (end > 0 && s[end - 1] === '=') end--;
  for (let i = 0; i < end; i++) {
    const ch = s[i]!;
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') continue;
    let d = B64.indexOf(ch);
    if (d === -1) d = ch === '-' ? 62 : ch === '_' ? 63 : -1;
    if (d === -1) return undefined;
    buf = (buf << 6) | d;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buf >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** Byte-for-byte equality. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** An IP address as 8 (IPv6) or 2 (IPv4) 16-bit groups; `v4` tells which. */
export interface IpAddress {
  readonly v4: boolean;
  readonly groups: readonly number[];
}

/** A CIDR block: address and prefix length in bits. */
export interface Cidr {
  readonly address: IpAddress;
  readonly bits: number;
}

function parseV4(s: string): number[] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  const bytes: number[] = [];
  for (const p of parts) {
    // a leading zero ("010") is read as octal by some parsers (inet_aton), as decimal by others,
    // and refused by others (inet_pton, Go): no one reading, so it is no address
    if (!/^\d{1,3}$/.test(p) || (p.length > 1 && p[0] === '0')) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    bytes.push(n);
  }
  return bytes;
}

function parseHexGroup(p: string): number | undefined {
  return /^[\da-f]{1,4}$/i.test(p) ? parseInt(p, 16) : undefined;
}

function parseV6(s: string): number[] | undefined {
  let tail: number[] = [];
  let text = s;
  // embedded IPv4 in the last 32 bits (::ffff:192.0.2.1)
  const lastColon = text.lastIndexOf(':');
  if (text.indexOf('.', lastColon) !== -1) {
    const v4 = parseV4(text.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    tail = [(v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!];
    const prefix = text.slice(0, lastColon + 1);
    text = prefix.endsWith('::') ? prefix : prefix.slice(0, -1);
  }
  const want = 8 - tail.length;
  // at most one "::"; each side a list of hex groups
  const sides = text.split('::').map((t) => (t === '' ? [] : t.split(':').map(parseHexGroup)));
  const [head, rest] = sides;
  if (sides.length > 2 || sides.flat().includes(undefined)) return undefined;
  const n = head!.length + (rest?.length ?? 0);
  if (rest === undefined ? n !== want : n >= want) return undefined;
  return [...head!, ...new Array<number>(want - n).fill(0), ...(rest ?? []), ...tail] as number[];
}

/** Parses an IPv4 or IPv6 address (no prefix). */
export function parseIp(s: string): IpAddress | undefined {
  const t = s;
  if (t.includes(':')) {
    const g = parseV6(t);
    return g === undefined ? undefined : { v4: false, groups: g };
  }
  const b = parseV4(t);
  return b === undefined ? undefined : { v4: true, groups: [(b[0]! << 8) | b[1]!, (b[2]! << 8) | b[3]!] };
}

/** Parses a CIDR block; a bare address is /32 (IPv4) or /128 (IPv6). */
export function parseCidr(s: string): Cidr | undefined {
  const slash = s.indexOf('/');
  const address = parseIp(slash === -1 ? s : s.slice(0, slash));
  if (address === undefined) return undefined;
  const max = address.v4 ? 32 : 128;
  if (slash === -1) return { address, bits: max };
  const p = s.slice(slash + 1);
  if (!/^\d{1,3}$/.test(p)) return undefined;
  const bits = Number(p);
  return bits > max ? undefined : { address, bits };
}

/** The block with its host bits cleared (`203.0.113.7/24` -> `203.0.113.0/24`). */
export function cidrNetwork(cidr: Cidr): Cidr {
  let bits = cidr.bits;
  const groups = cidr.address.groups.map((g) => {
    const take = Math.max(0, Math.min(16, bits));
    bits -= 16;
    return g & ((0xffff << (16 - take)) & 0xffff);
  });
  return { address: { v4: cidr.address.v4, groups }, bits: cidr.bits };
}

/**
 * The other spelling of an address: the IPv4 address an IPv4-mapped IPv6 address
 * (`::ffff:192.0.2.1`, RFC 4291 section 2.5.5.2) stands for, or the IPv4-mapped form of an IPv4
 * address; `undefined` for any other address.
 */
export function ipOtherForm(ip: IpAddress): IpAddress | undefined {
  const g = ip.groups;
  if (ip.v4) return { v4: false, groups: [0, 0, 0, 0, 0, 0xffff, g[0]!, g[1]!] };
  return g[0] === 0 && g[1] === 0 && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0xffff ? { v4: true, groups: [g[6]!, g[7]!] } : undefined;
}

/**
 * The IPv4 block an IPv4-mapped IPv6 block (`::ffff:10.0.0.0/104`) stands for, or `undefined`
 * when the block is not inside `::ffff:0:0/96`.
 */
export function mappedCidr(c: Cidr): Cidr | undefined {
  if (c.address.v4 || c.bits < 96) return undefined;
  const v4 = ipOtherForm(c.address);
  return v4 === undefined ? undefined : { address: v4, bits: c.bits - 96 };
}

/**
 * Whether the block holds the address, read two ways: as written (an IPv4 block holds only IPv4
 * addresses) and with IPv4 blocks and addresses in their IPv4-mapped IPv6 spelling
 * ({@link ipOtherForm}). AWS does not document whether `::ffff:192.0.2.1` is the address
 * `192.0.2.1`, so when the two readings differ the answer is `undefined` (unknown; such a
 * condition never lets an Allow apply and never stops a Deny).
 *
 * @example
 * ```ts
 * import { cidrHolds, parseCidr, parseIp } from './values.js';
 * cidrHolds(parseCidr('192.0.2.0/24')!, parseIp('192.0.2.1')!);          // true
 * cidrHolds(parseCidr('192.0.2.0/24')!, parseIp('::ffff:192.0.2.1')!);   // undefined
 * cidrHolds(parseCidr('192.0.2.0/24')!, parseIp('::ffff:198.51.100.1')!); // false
 * ```
 */
export function cidrHolds(cidr: Cidr, ip: IpAddress): boolean | undefined {
  const written = cidrContains(cidr, ip);
  const block = cidr.address.v4 ? { address: ipOtherForm(cidr.address)!, bits: cidr.bits + 96 } : cidr;
  const mapped = cidrContains(block, ip.v4 ? ipOtherForm(ip)! : ip);
  return mapped === written ? written : undefined;
}

/**
 * The blocks an `IpAddress` / `NotIpAddress` value written in a policy stands for: the one block
 * {@link parseCidr} reads, and for an IPv6 address written without a prefix length also the /32
 * block around it. The IAM User Guide (Condition operators, IP address) says an address without
 * its routing prefix gets the default prefix /32 and does not limit that to IPv4; /128
 * is the reading of one address. AWS does not say which applies to IPv6, so a comparison is
 * unknown where the two differ ({@link policyCidrHolds}). `undefined` when it is no block.
 *
 * @example
 * ```ts
 * import { policyCidrs } from './values.js';
 * policyCidrs('2001:db8::1')?.map((c) => c.bits);    // [128, 32]
 * policyCidrs('2001:db8::1/64')?.map((c) => c.bits); // [64]
 * policyCidrs('203.0.113.9')?.map((c) => c.bits);    // [32]
 * ```
 */
export function policyCidrs(v: string): readonly Cidr[] | undefined {
  const c = parseCidr(v);
  if (c === undefined) return undefined;
  return c.address.v4 || v.includes('/') ? [c] : [c, { address: c.address, bits: 32 }];
}

/**
 * Whether a policy value's blocks ({@link policyCidrs}) hold the address, each read as
 * {@link cidrHolds} reads it: the answer when every reading gives it, `undefined` (unknown) when
 * they differ or one cannot tell.
 *
 * @example
 * ```ts
 * import { parseIp, policyCidrHolds, policyCidrs } from './values.js';
 * policyCidrHolds(policyCidrs('2001:db8::1')!, parseIp('2001:db8::1')!); // true
 * policyCidrHolds(policyCidrs('2001:db8::1')!, parseIp('2001:db8::2')!); // undefined
 * policyCidrHolds(policyCidrs('2001:db8::1')!, parseIp('2001:db9::1')!); // false
 * ```
 */
export function policyCidrHolds(blocks: readonly Cidr[], ip: IpAddress): boolean | undefined {
  let out: boolean | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const h = cidrHolds(blocks[i]!, ip);
    if (h === undefined || (i > 0 && h !== out)) return undefined;
    out = h;
  }
  return out;
}

/** True when every address of `inner` lies in `outer` (families must agree). */
export function cidrWithin(inner: Cidr, outer: Cidr): boolean {
  return inner.bits >= outer.bits && cidrContains(outer, inner.address);
}

/** True when `ip` lies in `cidr` (host bits of the block are ignored; families must agree). */
export function cidrContains(cidr: Cidr, ip: IpAddress): boolean {
  if (cidr.address.v4 !== ip.v4) return false;
  let bits = cidr.bits;
  for (let i = 0; i < ip.groups.length && bits > 0; i++, bits -= 16) {
    const take = Math.min(16, bits);
    const mask = (0xffff << (16 - take)) & 0xffff;
    if ((ip.groups[i]! & mask) !== (cidr.address.groups[i]! & mask)) return false;
  }
  return true;
}
