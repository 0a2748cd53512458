/**
 * Candidate context values for one condition key: for each operator family, a finite set of values
 * that meets every cell the policy values cut out (numbers and dates: each bound (both ends of a
 * date without a time zone), a point between
 * each two bounds and one beyond each end; numbers also the decimals just beside each bound; IP ranges: each block's first address and the address
 * after its last, in both spellings of an IPv4 block (IPv4, and IPv4-mapped IPv6); strings and
 * ARNs: the cells of their patterns). Whether a value matches is still decided by the engine's
 * operators.
 */
import type { ConditionValue } from '../model/policy-document.js';
import { padPattern, plainPattern, splitPattern } from '../model/match.js';
import { dateRange, decimalDigits, decimalText, decodeBase64, ipOtherForm, mappedCidr, parseDate, parseNumber, policyCidrs, type Cidr } from '../model/values.js';
import { ANY_TEXT, cellRepresentatives, type SegmentedPattern } from './regions.js';

/** Value families that can share a key (the others make the key `unknown`). */
export type FamilyGroup = 'String' | 'Arn' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'Ip';

/** One operator/value pair on a key, as the candidate builder sees it. */
export interface KeyTest {
  readonly group: FamilyGroup;
  /** `eq`, `eqi` or `like` for String; unused for the others. */
  readonly compare: 'eq' | 'eqi' | 'like' | 'order';
  readonly values: readonly ConditionValue[];
}

const NOT_A_VALUE = 'n/a';

/** A decimal text the engine reads back as exactly `n`, or undefined. */
function numberText(n: number): string | undefined {
  // digits past the largest double read as Infinity (parseNumber), which compares above every bound
  if (n === Infinity || n === -Infinity) return `${n < 0 ? '-' : ''}1${'0'.repeat(400)}`;
  const s = decimalText(n);
  return parseNumber(s) === n ? s : undefined;
}

/**
 * A policy value as decimal text and the decimals just below and above it (one unit of a digit
 * past every digit a double holds): evaluate compares numbers as doubles and as exact decimals and
 * is unknown where the two differ, so these fall in the cells beside the bound that one double
 * holds with it (`5.000…01` is the double 5 and a decimal above 5).
 */
function decimalNeighbours(v: ConditionValue): string[] {
  const d = decimalDigits(v);
  if (d === undefined) return [];
  const [sign, int, fraction] = d;
  const places = fraction.length + 40;
  const scaled = BigInt(sign) * BigInt(`0${int}${fraction.padEnd(places, '0')}`);
  const text = (n: bigint) => {
    const digits = (n < 0n ? -n : n).toString().padStart(places + 1, '0');
    return `${n < 0n ? '-' : ''}${digits.slice(0, -places)}.${digits.slice(-places)}`;
  };
  return [text(scaled - 1n), `${sign < 0 ? '-' : ''}${int === '' ? '0' : int}${fraction === '' ? '' : `.${fraction}`}`, text(scaled + 1n)];
}

/** Points of every cell cut by the bounds: each bound, one between two bounds, one beyond each end. */
function pointsAround(bounds: number[], integer: boolean): number[] {
  const xs = [...new Set(bounds)].sort((a, b) => a - b);
  if (xs.length === 0) return [0];
  const lo = xs[0]!;
  const hi = xs[xs.length - 1]!;
  // one beyond each end; past 2^53 a step of 1 is no step (1e20 - 1 === 1e20): a step of the bound's size
  const out = [lo - 1 < lo ? lo - 1 : lo - Math.abs(lo), hi + 1 > hi ? hi + 1 : hi + Math.abs(hi)];
  for (let i = 0; i < xs.length; i++) {
    out.push(xs[i]!);
    if (i + 1 < xs.length) {
      // halves first: the sum of two large bounds overflows to Infinity
      const mid = integer ? Math.floor(xs[i]! / 2 + xs[i + 1]! / 2) : xs[i]! / 2 + xs[i + 1]! / 2;
      if (mid > xs[i]! && mid < xs[i + 1]!) out.push(mid);
    }
  }
  return out;
}

function ipBig(c: Cidr): { lo: bigint; hi: bigint; width: number } {
  const width = c.address.v4 ? 32 : 128;
  let v = 0n;
  for (const g of c.address.groups) v = (v << 16n) | BigInt(g);
  const hostBits = BigInt(width - c.bits);
  const lo = (v >> hostBits) << hostBits;
  return { lo, hi: lo + (1n << hostBits) - 1n, width };
}

function ipText(v: bigint, width: number): string {
  if (width === 32) return [24n, 16n, 8n, 0n].map((s) => String((v >> s) & 255n)).join('.');
  const groups: string[] = [];
  for (let s = 112n; s >= 0n; s -= 16n) groups.push(((v >> s) & 0xffffn).toString(16));
  return groups.join(':');
}

/** A character outside the Basic Multilingual Plane: two UTF-16 code units, one code point. */
const ASTRAL = '\u{1F600}';

/**
 * Each representative with a character outside the BMP in place of one of its characters (a colon
 * excepted), after its end, and in place of every character none of the pattern texts names:
 * evaluate reads a `?` against such a character by code units and by code points (`codePointForm`;
 * condition values, Resource entries), which a text of BMP characters never shows. `at`: the
 * positions worth a replacement (default every one).
 */
export function astralVariants(cells: Iterable<string>, patternTexts: Iterable<string>, at: (text: string, i: number) => boolean = () => true): string[] {
  const named = new Set<string>();
  for (const text of patternTexts) for (const ch of text) named.add(ch.toLowerCase()).add(ch.toUpperCase());
  const out: string[] = [];
  for (const s of cells) {
    let fresh = '';
    for (let i = 0; i < s.length; i++) {
      fresh += named.has(s[i]!) || s[i] === ':' ? s[i] : ASTRAL;
      if (s[i] !== ':' && at(s, i)) out.push(s.slice(0, i) + ASTRAL + s.slice(i + 1));
    }
    out.push(s + ASTRAL);
    if (fresh !== s) out.push(fresh);
  }
  return out;
}

/**
 * Scalar candidates for the tests of one key. All tests must belong to one family group, except
 * that String and Arn tests may be mixed (both read the value as text).
 */
export function scalarCandidates(tests: readonly KeyTest[], maxStates: number, deadline = Infinity): string[] {
  const group = tests[0]?.group;
  const values = tests.flatMap((t) => t.values);
  const out = new Set<string>([NOT_A_VALUE]);
  switch (group) {
    case undefined:
      return [...out];
    case 'String':
    case 'Arn': {
      // String and ARN tests of one key read the same text: their patterns are cut in one walk
      const patterns: SegmentedPattern[] = [];
      // ARN operators cannot read a text with fewer than five colons (unknown, not false): cut there too,
      // or a text String patterns match is tried on one side of it only
      if (tests.some((t) => t.group === 'Arn')) patterns.push(['*', '*', '*', '*', '*', '*'].map((text, i) => ({ text, fold: false, colonFree: i < 5 })));
      for (const t of tests)
        for (const v of t.values) {
          const text = String(v);
          if (t.group === 'Arn') {
            if (text === '*') continue;
            const p = plainPattern(text);
            const parts = splitPattern(p) ?? (text.endsWith('*') ? padPattern(p) : undefined);
            if (parts !== undefined) patterns.push(parts.map((q, i) => ({ text: q.text, fold: false, colonFree: i < 5 })));
            continue;
          }
          const literal = t.compare !== 'like';
          if (!literal) patterns.push([{ text, fold: false, colonFree: false }]);
          else {
            patterns.push([{ text, fold: t.compare === 'eqi', colonFree: false, literal: true }]);
            out.add(text);
          }
        }
      const cells = cellRepresentatives(patterns, ANY_TEXT, maxStates, 'splitting condition values', deadline);
      for (const s of cells) out.add(s);
      if (tests.some((t) => (t.group === 'Arn' || t.compare === 'like') && t.values.some((v) => String(v).includes('?'))))
        for (const s of astralVariants(cells, patterns.flatMap((p) => p.map((seg) => seg.text)))) out.add(s);
      return [...out];
    }
    case 'Numeric': {
      const ns = values.map(parseNumber).filter((n): n is number => n !== undefined);
      for (const n of pointsAround(ns, false)) {
        const s = numberText(n);
        if (s !== undefined) out.add(s);
      }
      for (const v of values) for (const s of decimalNeighbours(v)) out.add(s);
      return [...out];
    }
    case 'Date': {
      // both ends of a date without a time zone (dateRange: unknown between them)
      const ds = values.flatMap((v) => dateRange(v) ?? []);
      for (const n of pointsAround(ds, true)) {
        // ISO 8601 where the engine reads it back (years 0 to 9999), else epoch seconds
        const d = new Date(n);
        const iso = Number.isNaN(d.getTime()) ? undefined : d.toISOString();
        const text = iso !== undefined && parseDate(iso) === n ? iso : numberText(n / 1000);
        if (text !== undefined) out.add(text);
      }
      return [...out];
    }
    case 'Bool':
      return ['true', 'false', NOT_A_VALUE];
    case 'Binary': {
      let longest = 0;
      for (const v of values) {
        const b = typeof v === 'string' ? decodeBase64(v) : undefined;
        if (b !== undefined) {
          out.add(String(v));
          longest = Math.max(longest, b.length);
        }
      }
      // a value longer than every one given: longest + 1 zero bytes in base64 (no Buffer: the entry runs in browsers too)
      const n = longest + 1;
      out.add('AAAA'.repeat(Math.floor(n / 3)) + ['', 'AA==', 'AAA='][n % 3]!);
      return [...out];
    }
    case 'Ip': {
      out.add('0.0.0.0');
      out.add('::');
      // every block a value may stand for (policyCidrs: a bare IPv6 address is /128 and /32)
      for (const c of values.flatMap((v) => (typeof v === 'string' ? (policyCidrs(v) ?? []) : []))) {
        // each block in both spellings (cidrHolds reads an address both ways, unknown when they
        // differ): an IPv4 block also cuts ::ffff:0:0/96, an IPv4-mapped IPv6 block the IPv4 space
        const other = c.address.v4 ? { address: ipOtherForm(c.address)!, bits: c.bits + 96 } : mappedCidr(c);
        for (const b of other === undefined ? [c] : [c, other]) {
          const { lo, hi, width } = ipBig(b);
          out.add(ipText(lo, width));
          if (hi + 1n < 1n << BigInt(width)) out.add(ipText(hi + 1n, width));
        }
      }
      return [...out];
    }
  }
}
