/**
 * The matchers under the engine: wildcard patterns with literal positions, ARN components,
 * variables, IP and date parsing. Adversarial inputs assert correctness only (no timing).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arnComponentsMatch, foldText, globMatch, literalHead, patternCovers, plainPattern, resourceArnMatch, splitPattern, wildcardMatch, type Pattern } from '../../src/model/match.js';
import { substitute } from '../../src/model/variables.js';
import { resourceCovers } from '../../src/model/arn.js';
import { cidrContains, cidrNetwork, cidrWithin, parseCidr, parseDate, parseIp } from '../../src/model/values.js';

/** Reference matcher: dynamic programming over (pattern, text), obviously correct. */
function reference(pattern: string, text: string): boolean {
  const m = pattern.length;
  const n = text.length;
  let prev = new Array<boolean>(n + 1).fill(false);
  prev[0] = true;
  for (let i = 1; i <= m; i++) {
    const cur = new Array<boolean>(n + 1).fill(false);
    const pc = pattern[i - 1];
    if (pc === '*') cur[0] = prev[0]!;
    for (let j = 1; j <= n; j++) {
      if (pc === '*') cur[j] = prev[j]! || cur[j - 1]!;
      else cur[j] = prev[j - 1]! && (pc === '?' || pc === text[j - 1]);
    }
    prev = cur;
  }
  return prev[n]!;
}

describe('globMatch', () => {
  it('agrees with a reference matcher on random patterns', () => {
    const alphabet = fc.constantFrom('a', 'b', '*', '?', '/', ':');
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 12 }), fc.string({ unit: fc.constantFrom('a', 'b', '/', ':', '*'), maxLength: 14 }), (p, t) => {
        expect(globMatch(plainPattern(p), t, false)).toBe(reference(p, t));
      }),
      { numRuns: 2000, seed: 2007 },
    );
  });

  it('is correct on adversarial a*a*a*...b patterns', () => {
    const pattern = 'a*'.repeat(200) + 'b';
    expect(globMatch(plainPattern(pattern), 'a'.repeat(5000), false)).toBe(false);
    expect(globMatch(plainPattern(pattern), 'a'.repeat(5000) + 'b', false)).toBe(true);
    expect(globMatch(plainPattern('*'.repeat(300) + 'b'), 'a'.repeat(5000), false)).toBe(false);
    expect(wildcardMatch(pattern, 'a'.repeat(5000))).toBe(false);
    expect(globMatch(plainPattern('a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b'), 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', false)).toBe(false);
  });

  it('treats escaped and substituted characters as literal', () => {
    const s = substitute('${*}x${?}', { text: () => undefined }, '2012-10-17');
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(globMatch(s.pattern, '*x?', false)).toBe(true);
    expect(globMatch(s.pattern, 'ax?', false)).toBe(false);
    expect(globMatch(s.pattern, '*xa', false)).toBe(false);
  });

  it('matches a literal * in the text against a * in the pattern', () => {
    expect(globMatch(plainPattern('a*c'), 'a*bc', false)).toBe(true);
  });

  it('folds case only when asked', () => {
    expect(globMatch(plainPattern('S3:Get*'), 's3:getobject', true)).toBe(true);
    expect(globMatch(plainPattern('S3:Get*'), 's3:getobject', false)).toBe(false);
  });
});

describe('ARN components', () => {
  const parts = (p: string) => splitPattern(plainPattern(p))!;
  it('keeps wildcards inside a component', () => {
    expect(arnComponentsMatch(parts('arn:aws:ec2:*:*:instance/*'), 'arn:aws:ec2:us-east-1:111122223333:instance/i-1', true)).toBe(true);
    expect(arnComponentsMatch(parts('arn:aws:ec2:us-*:111122223333:*'), 'arn:aws:ec2:eu-west-1:111122223333:instance/i', true)).toBe(false);
  });
  it('lets * in the resource part cover : and /', () => {
    expect(arnComponentsMatch(parts('arn:aws:logs:us-east-1:111122223333:log-group:*'), 'arn:aws:logs:us-east-1:111122223333:log-group:g:log-stream:s', true)).toBe(true);
  });
  // IAM User Guide, Resource element: "If the * wildcard is the last character of a resource ARN
  // segment, it can expand to match beyond the colon boundaries."
  it('lets a * ending a head component of a Resource entry reach past colons', () => {
    expect(resourceArnMatch(parts('arn:aws:logs:*:*:/aws-glue/*'), 'arn:aws:logs:us-east-1:111122223333:log-group:/aws-glue/jobs')).toBe(true);
    expect(resourceArnMatch(parts('arn:aws:logs:*:*:/aws-glue/*'), 'arn:aws:logs:us-east-1:111122223333:log-group:/other/jobs')).toBe(false);
    expect(resourceArnMatch(parts('arn:aws:sqs:*:111122223333:q'), 'arn:aws:sqs:a:b:111122223333:q')).toBe(true);
    // a * inside a component still stays in it, and ? never takes a colon
    expect(resourceArnMatch(parts('arn:aws:sqs:us-*1:111122223333:q'), 'arn:aws:sqs:us-east:x1:111122223333:q')).toBe(false);
    expect(resourceArnMatch(parts('arn:aws:sqs:a?b*:111122223333:q'), 'arn:aws:sqs:a:b:111122223333:q')).toBe(false);
    // a head component's letters ignore case wherever its text falls; the resource part's do not
    expect(resourceArnMatch(parts('arn:aws:logs:*:LOG-GROUP*:/g/x'), 'arn:aws:logs:r:1:log-group:/g/x')).toBe(true);
    expect(resourceArnMatch(parts('arn:aws:logs:*:*:/G/x'), 'arn:aws:logs:r:1:log-group:/g/x')).toBe(false);
    // an escaped or substituted * is a character, not a wildcard (lit marks it)
    const escaped = parts('arn:aws:sqs:*:111122223333:q').map((p, i) => (i === 3 ? { text: '*', lit: new Uint8Array([1]) } : p));
    expect(resourceArnMatch(escaped, 'arn:aws:sqs:a:b:111122223333:q')).toBe(false);
    expect(resourceArnMatch(escaped, 'arn:aws:sqs:*:111122223333:q')).toBe(true);
  });

  it('matches Resource entries as a whole-text reading of the documented rule does', () => {
    // reference: one regular expression per entry, its head wildcards colon-free but a trailing *
    const reference = (p: string, t: string) => {
      const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      const re = splitPattern(plainPattern(p))!
        .map((q, i) => [...q.text].map((c, k) => (c === '*' ? (i === 5 || k === q.text.length - 1 ? '.*' : '[^:]*') : c === '?' ? (i === 5 ? '.' : '[^:]') : esc(c))).join(''))
        .join(':');
      return new RegExp(`^${re}$`, 's').test(t);
    };
    const comp = (max: number) => fc.string({ unit: fc.constantFrom('a', 'b', '*', '?'), maxLength: max });
    const pattern = fc.tuple(comp(2), comp(3), comp(3), comp(3), fc.string({ unit: fc.constantFrom('a', 'b', '*', '?', ':', '/'), maxLength: 4 })).map((c) => ['arn', ...c].join(':'));
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ':', ':', '/'), maxLength: 14 }).map((t) => `arn:${t}`);
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        expect(resourceArnMatch(parts(p), t)).toBe(reference(p, t));
      }),
      { numRuns: 20_000, seed: 1212 },
    );
  });

  it('matches Resource entries as a step-by-step reading of the documented rule does: case, literal stars, ? and colons', () => {
    // "If the * wildcard is the last character of a resource ARN segment, it can expand to match
    // beyond the colon boundaries" (IAM User Guide, Resource element). Reference: a memoised walk
    // over (token, text position), each token read alone: a head token compares ignoring case
    // (foldText, as the engine folds), its `*`/`?` take no colon unless the `*` is active and ends
    // its component; an escaped or substituted character (lit) is a plain character
    type Tok = { star: boolean; any: boolean; c: string; fold: boolean; colon: boolean };
    const tokens = (ps: readonly Pattern[]): Tok[] =>
      ps.flatMap((q, i) => [
        ...(i === 0 ? [] : [{ star: false, any: false, c: ':', fold: false, colon: true }]),
        ...[...q.text].map((c, k) => {
          const wild = q.lit === undefined || q.lit[k] !== 1;
          return { star: wild && c === '*', any: wild && c === '?', c, fold: i < 5, colon: i === 5 || (wild && c === '*' && k === q.text.length - 1) };
        }),
      ]);
    const reference = (ps: readonly Pattern[], t: string): boolean => {
      const ts = tokens(ps);
      const memo = new Map<number, boolean>();
      const go = (i: number, j: number): boolean => {
        const key = i * (t.length + 1) + j;
        let r = memo.get(key);
        if (r !== undefined) return r;
        const k = ts[i];
        const ok = (c: string) => k!.colon || c !== ':';
        if (k === undefined) r = j === t.length;
        else if (k.star) r = go(i + 1, j) || (j < t.length && ok(t[j]!) && go(i, j + 1));
        else r = j < t.length && (k.any ? ok(t[j]!) : k.c === t[j] || (k.fold && foldText(k.c) === foldText(t[j]!))) && go(i + 1, j + 1);
        memo.set(key, r);
        return r;
      };
      return go(0, 0);
    };
    const CH = ['a', 'A', '*', '?', '/', '\u0130', 'i', '\u017f', 's', 'S', '\u212a', 'k'];
    const comp = (max: number, extra: readonly string[] = []) =>
      fc.array(fc.tuple(fc.constantFrom(...CH, ...extra), fc.boolean()), { maxLength: max }).map((cs): Pattern => ({ text: cs.map((c) => c[0]).join(''), lit: Uint8Array.from(cs, (c) => (c[1] ? 1 : 0)) }));
    const entry = fc.tuple(comp(2), comp(3), comp(3), comp(3), comp(3), comp(4, [':']));
    // random texts (often fewer or more than five colons), and texts filled from the entry (its wildcards take colons too)
    const random = fc.array(fc.string({ unit: fc.constantFrom(...CH.filter((c) => c !== '?')), maxLength: 3 }), { minLength: 3, maxLength: 9 }).map((a) => a.join(':'));
    const filled = (ps: readonly Pattern[]) =>
      fc.tuple(fc.array(fc.constantFrom('', 'a', ':', 'a:S', '::', '*', 'i:', 'K'), { minLength: 8, maxLength: 8 }), fc.boolean()).map(([f, upper]) => {
        let n = 0;
        return ps.map((q) => [...q.text].map((c, k) => (q.lit![k] === 1 ? (upper ? c.toUpperCase() : c) : c === '*' ? f[n++ % 8]! : c === '?' ? 'x' : c)).join('')).join(':');
      });
    let matched = 0;
    fc.assert(
      fc.property(entry.chain((ps) => fc.tuple(fc.constant(ps), fc.oneof(random, filled(ps)))), ([ps, t]) => {
        const r = reference(ps, t);
        if (r) matched++;
        expect(resourceArnMatch(ps, t)).toBe(r);
      }),
      { numRuns: 20_000, seed: 2727 },
    );
    expect(matched).toBeGreaterThan(2000);
  });

  it('stays linear-sized on hostile Resource entries and texts (many colons, many stars)', () => {
    const text = `arn:${'a:'.repeat(20_000)}b`;
    expect(resourceArnMatch(parts(`arn:*:*:*:*:${'*a'.repeat(50)}c`), text)).toBe(false);
    expect(resourceArnMatch(parts('arn:*:*:*:*:*b'), text)).toBe(true);
    expect(resourceArnMatch(parts('arn:a*:*a:*:a*:a:b'), text)).toBe(true);
  });

  it('resourceCovers is sound for the engine: what the inner entry matches, the outer one does', () => {
    // the cover test of optimize and lint's REDUNDANT_RESOURCE, against resourceArnMatch (a `*`
    // ending a head component reaches past colons): inner entries are outer ones with wildcards
    // narrowed, texts are inner entries with wildcards filled (colons too)
    const comp = fc.constantFrom('', 'a', '*', 'a*', '*a', '?', 'a?*');
    const outerArb = fc.tuple(comp, comp, comp, comp, fc.constantFrom('', '*', 'a', 'a/*', '*:a', 'a:*', '?')).map((c) => ['arn', ...c].join(':'));
    const fills = (choices: readonly string[]) => fc.array(fc.constantFrom(...choices), { minLength: 8, maxLength: 8 });
    const fill = (p: string, f: readonly string[]) => {
      let n = 0;
      return p.replace(/\*/g, () => f[n++ % f.length]!);
    };
    let covers = 0;
    fc.assert(
      fc.property(outerArb, fc.option(outerArb, { freq: 3 }), fills(['*', '', 'a', 'b*', '*b']), fc.array(fills(['', 'a', 'b', 'A', ':', 'a:b', ':a/']), { maxLength: 20 }), (outer, other, narrow, texts) => {
        // mostly narrowed from outer; sometimes from another entry (a cover claimed there must hold too)
        const inner = fill(other ?? outer, narrow);
        if (!resourceCovers(outer, inner)) return;
        covers++;
        for (const f of texts) {
          const t = fill(inner, f).replace(/\?/g, 'x');
          if (resourceArnMatch(parts(inner), t)) expect(resourceArnMatch(parts(outer), t)).toBe(true);
        }
      }),
      { numRuns: 4000, seed: 3031 },
    );
    expect(covers).toBeGreaterThan(1000);
  });

  it('splits at the first five colons only', () => {
    expect(splitPattern(plainPattern('arn:aws:s3:::b:c'))!.map((p) => p.text)).toEqual(['arn', 'aws', 's3', '', '', 'b:c']);
  });
});

describe('literalHead', () => {
  it('is the text before the first * or ? (a pattern matches only texts that start with it)', () => {
    expect(literalHead('arn:aws:s3:::docs/*')).toBe('arn:aws:s3:::docs/');
    expect(literalHead('role/a?c*')).toBe('role/a');
    expect(literalHead('*')).toBe('');
    expect(literalHead('no-wildcard')).toBe('no-wildcard');
  });
});

describe('patternCovers', () => {
  /**
   * Reference: `outer` covers `inner` when it matches `inner` read as a string of symbols, a `*` of
   * `outer` taking any run of symbols, a `?` one literal or `?`, a literal only the same literal
   * (IAM User Guide: `*` matches any combination of characters, `?` any single character; so a `*`
   * of `inner` can only be taken by a `*` of `outer`).
   */
  function coversReference(outer: string, inner: string): boolean {
    let prev = new Array<boolean>(inner.length + 1).fill(false);
    prev[0] = true;
    for (const pc of outer) {
      const cur = new Array<boolean>(inner.length + 1).fill(false);
      if (pc === '*') cur[0] = prev[0]!;
      for (let j = 1; j <= inner.length; j++) {
        const qc = inner[j - 1]!;
        if (pc === '*') cur[j] = prev[j]! || cur[j - 1]!;
        else cur[j] = prev[j - 1]! && (pc === '?' ? qc !== '*' : pc === qc && qc !== '*' && qc !== '?');
      }
      prev = cur;
    }
    return prev[inner.length]!;
  }

  it('agrees with the reference, one `*` between literal head and tail (its linear path) or any other shape (property, fixed seed)', () => {
    const sym = fc.constantFrom('a', 'b', 'a', '*', '?');
    const lit = fc.array(fc.constantFrom('a', 'b'), { maxLength: 5 }).map((x) => x.join(''));
    const oneStar = fc.tuple(lit, lit).map(([h, t]) => `${h}*${t}`);
    const any = fc.array(sym, { maxLength: 8 }).map((x) => x.join(''));
    let linear = 0;
    fc.assert(
      fc.property(fc.oneof(oneStar, any), any, (outer, inner) => {
        if (/^[^*?]*\*[^*?]*$/.test(outer)) linear++;
        expect(patternCovers(outer, inner, false)).toBe(coversReference(outer, inner));
        expect(patternCovers(outer.toUpperCase(), inner, true)).toBe(coversReference(outer, inner));
      }),
      { numRuns: 5000, seed: 4101 },
    );
    expect(linear).toBeGreaterThan(2000);
  });
});

describe('variables', () => {
  const lookup = { text: (k: string) => ({ 'aws:username': 'alice' })[k] };
  it('substitutes, uses defaults, and reports unresolvable variables', () => {
    const ok = substitute('home/${aws:username}/', lookup, '2012-10-17');
    expect(ok.ok && ok.pattern.text).toBe('home/alice/');
    const def = substitute("${aws:PrincipalTag/x, 'dflt'}", lookup, '2012-10-17');
    expect(def.ok && def.pattern.text).toBe('dflt');
    expect(substitute('${aws:PrincipalTag/x}', lookup, '2012-10-17')).toEqual({ ok: false, variable: '${aws:PrincipalTag/x}' });
  });
  it('leaves 2008-10-17 text alone', () => {
    const r = substitute('${aws:username}', lookup, '2008-10-17');
    expect(r.ok && r.pattern.text).toBe('${aws:username}');
  });
  it('keeps an unclosed ${ as text', () => {
    const r = substitute('a${b', lookup, '2012-10-17');
    expect(r.ok && r.pattern.text).toBe('a${b');
  });
});

describe('values', () => {
  it('parses IPv6 forms', () => {
    expect(parseIp('::')?.groups).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(parseIp('2001:db8::')?.groups).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0]);
    expect(parseIp('::ffff:192.0.2.1')?.groups).toEqual([0, 0, 0, 0, 0, 0xffff, 0xc000, 0x0201]);
    expect(parseIp('1:2:3:4:5:6:7:8:9')).toBeUndefined();
    expect(parseIp('1::2::3')).toBeUndefined();
    expect(parseIp('256.1.1.1')).toBeUndefined();
  });
  it('checks prefixes bit by bit', () => {
    expect(cidrContains(parseCidr('10.0.0.0/9')!, parseIp('10.127.255.255')!)).toBe(true);
    expect(cidrContains(parseCidr('10.0.0.0/9')!, parseIp('10.128.0.0')!)).toBe(false);
    expect(cidrContains(parseCidr('2001:db8::/33')!, parseIp('2001:db8:7fff::1')!)).toBe(true);
    expect(cidrContains(parseCidr('2001:db8::/33')!, parseIp('2001:db8:8000::1')!)).toBe(false);
    expect(parseCidr('10.0.0.0/33')).toBeUndefined();
  });
  it('clears host bits and compares blocks', () => {
    // IAM ignores the bits after the prefix of a CIDR block (reference_policies_elements_condition_operators, IP address operators)
    expect(cidrNetwork(parseCidr('203.0.113.7/24')!).address.groups).toEqual(parseCidr('203.0.113.0')!.address.groups);
    expect(cidrNetwork(parseCidr('2001:db8:ffff::1/33')!).address.groups).toEqual(parseCidr('2001:db8:8000::')!.address.groups);
    expect(cidrWithin(parseCidr('10.1.0.0/16')!, parseCidr('10.0.0.0/8')!)).toBe(true);
    expect(cidrWithin(parseCidr('10.0.0.0/7')!, parseCidr('10.0.0.0/8')!)).toBe(false);
    expect(cidrWithin(parseCidr('fe80::1')!, parseCidr('10.0.0.0/8')!)).toBe(false);
  });
  it('parses dates', () => {
    expect(parseDate('2024')).toBe(Date.UTC(2024, 0, 1));
    expect(parseDate('2024-02-03T04:05Z')).toBe(Date.UTC(2024, 1, 3, 4, 5));
    expect(parseDate('1700000000')).toBe(1700000000000);
    expect(parseDate(1700000000)).toBe(1700000000000);
    expect(parseDate('2024-13-01')).toBeUndefined();
  });
  it('reads only dates the calendar has (IAM: date values are W3C ISO 8601 dates, reference_policies_elements_condition_operators)', () => {
    // a day past the end of its month is no date (Date.UTC would roll 2026-02-30 over to March 2)
    for (const bad of ['2026-02-29', '2026-02-30', '2026-04-31', '2026-06-31', '2026-09-31', '2026-11-31', '1900-02-29', '2026-02-30T00:00:00Z'])
      expect(parseDate(bad), bad).toBeUndefined();
    expect(parseDate('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(parseDate('2000-02-29')).toBe(Date.UTC(2000, 1, 29));
    expect(parseDate('2026-01-31')).toBe(Date.UTC(2026, 0, 31));
    // a four-digit year is that year, also below 100 (Date.UTC alone reads 0050 as 1950)
    expect(new Date(parseDate('0050-01-01')!).toISOString()).toBe('0050-01-01T00:00:00.000Z');
    expect(new Date(parseDate('0004-02-29T12:00:00Z')!).toISOString()).toBe('0004-02-29T12:00:00.000Z');
    // 24:00 is the end of a day, and nothing later in that hour; 60 seconds is a leap second
    expect(parseDate('2026-12-01T24:00:00Z')).toBe(Date.UTC(2026, 11, 2));
    expect(parseDate('2026-12-01T24:30:00Z')).toBeUndefined();
    expect(parseDate('2026-12-01T24:00:01Z')).toBeUndefined();
    expect(parseDate('2026-12-01T23:59:60Z')).toBe(Date.UTC(2026, 11, 2));
    // an offset is hours 00-23 and minutes 00-59
    expect(parseDate('2026-12-01T10:00:00+14:00')).toBe(Date.UTC(2026, 11, 0, 20));
    expect(parseDate('2026-12-01T10:00:00+24:00')).toBeUndefined();
    expect(parseDate('2026-12-01T10:00:00-05:60')).toBeUndefined();
  });
});

describe('one wildcard matcher (issue 13: "one wildcard matcher, grep shows no second copy")', () => {
  it('only src/model/match.ts matches text against a wildcard pattern', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '../../src');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.includes('generated'));
    // a matcher declares itself as a function over a pattern and a text: wildcardMatch, globMatch, wildcardFold, ...
    const matcher = /\bfunction\s+\w*(?:wildcard|glob)\w*(?:match|fold)\w*\s*\(/i;
    const found = files.filter((f) => matcher.test(readFileSync(join(root, f), 'utf8'))).map((f) => f.replace(/\\/g, '/'));
    expect(found).toEqual(['model/match.ts']);
  });

  it('wildcardMatch agrees with the reference matcher, ignoring case or not (property, fixed seed)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[aAb*?]{0,8}$/), fc.stringMatching(/^[aAb*?]{0,10}$/), fc.boolean(), (pattern, text, ignoreCase) => {
        const p = ignoreCase ? pattern.toLowerCase() : pattern;
        const t = ignoreCase ? text.toLowerCase() : text;
        expect(wildcardMatch(pattern, text, ignoreCase)).toBe(reference(p, t));
      }),
      { seed: 13, numRuns: 2000 },
    );
  });
});
