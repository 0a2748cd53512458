/**
 * The hostile-input paths of the wildcard matcher (src/model/match.ts): the piece-by-piece match
 * that finishes a glob past its step budget, the one-pass search of a star-free piece, and
 * Resource ARNs whose head `*` crosses colons against texts with thousands of colons. Correctness
 * only (the speed goals are in bench/hostile.ts); and patternsMeet, checked against a search of every short text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPiece, globMatch, pieceMatch, plainPattern, resourceArnMatch, splitPattern, type Pattern } from '../../src/model/match.js';
import { foldText, MEET_ONE, MEET_ONE_IN_FIELD, MEET_ONE_NO_SLASH, MEET_RUN, MEET_RUN_IN_FIELD, MEET_RUN_NO_SLASH, patternsMeet } from '../../src/model/match.js';

/** Reference: dynamic programming over (pattern, text); `lit` marks literal positions, `fold` ignores case. */
function reference(p: Pattern, text: string, fold: boolean): boolean {
  const f = (s: string) => (fold ? foldText(s) : s);
  const m = p.text.length;
  const n = text.length;
  let prev = new Array<boolean>(n + 1).fill(false);
  prev[0] = true;
  for (let i = 1; i <= m; i++) {
    const cur = new Array<boolean>(n + 1).fill(false);
    const pc = p.text[i - 1]!;
    const wild = p.lit === undefined || p.lit[i - 1] !== 1;
    if (wild && pc === '*') cur[0] = prev[0]!;
    for (let j = 1; j <= n; j++) {
      if (wild && pc === '*') cur[j] = prev[j]! || cur[j - 1]!;
      else cur[j] = prev[j - 1]! && ((wild && pc === '?') || f(pc) === f(text[j - 1]!));
    }
    prev = cur;
  }
  return prev[n]!;
}

const patternArb = fc
  .tuple(fc.string({ unit: fc.constantFrom('a', 'b', 'A', '*', '?', ':'), maxLength: 14 }), fc.array(fc.boolean(), { maxLength: 14 }))
  .map(([text, lits]): Pattern => (lits.some((l) => l) ? { text, lit: Uint8Array.from([...text].map((_, i) => (lits[i] ? 1 : 0))) } : { text }));
const textArb = fc.string({ unit: fc.constantFrom('a', 'b', 'B', ':', '*', '?'), maxLength: 40 });

describe('piece-by-piece match (a glob past its step budget)', () => {
  it('agrees with the reference on random patterns, literal stars and case folding', () => {
    fc.assert(
      fc.property(patternArb, textArb, fc.boolean(), (p, t, fold) => {
        expect(pieceMatch(p, t, fold, 0, p.text.length, 0, t.length)).toBe(reference(p, t, fold));
      }),
      { numRuns: 5000, seed: 2812 },
    );
  });

  it('agrees on sub-ranges of pattern and text', () => {
    fc.assert(
      fc.property(patternArb, textArb, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (p, t, a, b, c, d) => {
        const [pFrom, pTo] = [a % (p.text.length + 1), b % (p.text.length + 1)].sort((x, y) => x - y) as [number, number];
        const [tFrom, tTo] = [c % (t.length + 1), d % (t.length + 1)].sort((x, y) => x - y) as [number, number];
        const sub: Pattern = p.lit === undefined ? { text: p.text.slice(pFrom, pTo) } : { text: p.text.slice(pFrom, pTo), lit: p.lit.subarray(pFrom, pTo) };
        expect(pieceMatch(p, t, false, pFrom, pTo, tFrom, tTo)).toBe(reference(sub, t.slice(tFrom, tTo), false));
      }),
      { numRuns: 3000, seed: 2813 },
    );
  });

  it('gives the answer of the greedy scan on inputs that exhaust its budget', () => {
    // a long piece between two stars that almost matches at every offset
    const text = 'a:'.repeat(3000);
    for (const [p, want] of [
      [`*${'a:'.repeat(300)}x`, false],
      [`*${'a:'.repeat(300)}`, true],
      [`*${'a?'.repeat(300)}*a:`, true],
      [`a*${'a:'.repeat(300)}a*:`, true],
      [`*${'a:'.repeat(300)}x*`, false],
    ] as const) {
      expect(globMatch(plainPattern(p), text, false), p.slice(0, 12)).toBe(want);
      expect(globMatch(plainPattern(p.toUpperCase()), text, true), p.slice(0, 12)).toBe(want);
    }
  });
});

describe('findPiece', () => {
  it('finds the first offset (among the starts given) where a star-free piece matches', () => {
    const piece = fc.string({ unit: fc.constantFrom('a', 'b', '?', ':'), maxLength: 40 });
    fc.assert(
      fc.property(piece, textArb, fc.uniqueArray(fc.nat({ max: 45 })), fc.boolean(), (q, t, raw, withStarts) => {
        const p = plainPattern(q);
        const starts = withStarts ? [...raw].sort((x, y) => x - y) : undefined;
        const allowed = (s: number) => starts === undefined || starts.includes(s);
        let want = -1;
        for (let s = 0; s + q.length <= t.length && want < 0; s++) if (allowed(s) && reference(p, t.slice(s, s + q.length), false)) want = s;
        expect(findPiece(p, t, false, 0, q.length, 0, t.length, starts)).toBe(want);
      }),
      { numRuns: 5000, seed: 2814 },
    );
  });
});

describe('Resource ARNs with crossing head stars against texts with many colons', () => {
  // IAM User Guide, Resource element: "If the * wildcard is the last character of a resource ARN
  // segment, it can expand to match beyond the colon boundaries." Every colon of the text can then
  // start the next component; the answers must not change with their number.
  const text = `arn:aws:s3:${'a:'.repeat(5000)}zz`;
  const parts = (p: string) => splitPattern(plainPattern(p))!;
  it.each([
    ['arn:aws:*:*:*:x', false],
    ['arn:aws:*:*:*:zz', true],
    ['arn:aws*:s3*:a*:a*:a:*q', false],
    ['arn:aws*:s3*:a*:a*:a:*z', true],
    ['arn:*:*:a:a:*zz', true],
    [`arn:aws:*:*:*:${'a:'.repeat(400)}x*`, false],
    [`arn:aws:*:*:*:${'a:'.repeat(400)}z*`, true],
    [`arn:aws:*:*:*:${'a?'.repeat(400)}*z`, true],
    [`arn:aws:*:*:*:*${'a:'.repeat(400)}x`, false],
    [`arn:aws:*:*:*:*${'a:'.repeat(400)}zz`, true],
    [`arn:aws:S3*:*:*:${'a:'.repeat(4998)}zz`, true],
    [`arn:aws:S3*:*:*:${'a:'.repeat(4999)}zz`, false],
  ] as const)('%s', (p, want) => {
    expect(resourceArnMatch(parts(p), text)).toBe(want);
  });
});

describe('patternsMeet', () => {
  // the token kinds: a character, any one character, one but ":" (an ARN head field), one but "/"
  // (a name that holds no path), and the runs of each; some text must match both patterns
  const ALPHABET = ['a', ':', '/'];
  const KINDS = [MEET_ONE, MEET_ONE_IN_FIELD, MEET_ONE_NO_SLASH, MEET_RUN, MEET_RUN_IN_FIELD, MEET_RUN_NO_SLASH];
  const takes = (t: number, c: string): boolean =>
    t >= 0 ? String.fromCharCode(t) === c : t === MEET_ONE || t === MEET_RUN ? true : t === MEET_ONE_IN_FIELD || t === MEET_RUN_IN_FIELD ? c !== ':' : c !== '/';
  /** Reference: does `text` match the tokens (a run takes characters one by one)? */
  const matches = (tokens: readonly number[], text: string): boolean => {
    if (tokens.length === 0) return text === '';
    const [t, ...rest] = tokens as [number, ...number[]];
    if (t <= MEET_RUN) return matches(rest, text) || (text !== '' && takes(t, text[0]!) && matches(tokens, text.slice(1)));
    return text !== '' && takes(t, text[0]!) && matches(rest, text.slice(1));
  };
  /** Every text over the alphabet up to `n` characters. */
  const texts = (n: number): string[] => (n === 0 ? [''] : ['', ...texts(n - 1).flatMap((t) => ALPHABET.map((c) => t + c))].filter((t, i, all) => all.indexOf(t) === i));
  const token = fc.oneof(fc.constantFrom(...KINDS), fc.constantFrom(...ALPHABET.map((c) => c.charCodeAt(0))));
  it('agrees with a search of every short text, for every token kind', () => {
    // a shortest common text has at most one character per single-character token of either side
    const all = texts(6);
    fc.assert(
      fc.property(fc.array(token, { maxLength: 3 }), fc.array(token, { maxLength: 3 }), (a, b) => {
        expect(patternsMeet(a, b, 0, 0)).toBe(all.some((t) => matches(a, t) && matches(b, t)));
      }),
      { numRuns: 3000, seed: 2815 },
    );
  });
  it('a run without "/" meets no literal "/", a run without ":" no literal ":"', () => {
    expect(patternsMeet([MEET_RUN_NO_SLASH], [47], 0, 0)).toBe(false);
    expect(patternsMeet([MEET_RUN_NO_SLASH], [58], 0, 0)).toBe(true);
    expect(patternsMeet([MEET_RUN_IN_FIELD], [58], 0, 0)).toBe(false);
    expect(patternsMeet([MEET_ONE_NO_SLASH], [MEET_ONE_IN_FIELD], 0, 0)).toBe(true);
  });
});
