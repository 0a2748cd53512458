/**
 * The cell walk proposes one string per cell: every string's signature (which patterns match it,
 * decided by the engine's own matcher) is the signature of some proposed string.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { globMatch, plainPattern, arnComponentsMatch, splitPattern } from '../../src/model/match.js';
import { ANY_TEXT, cellRepresentatives } from '../../src/analyze/regions.js';

const pattern = fc.stringMatching(/^[ab*?:]{0,4}$/);
const text = fc.stringMatching(/^[abcAB:]{0,6}$/);

describe('cellRepresentatives', () => {
  it('meets every cell of whole-text patterns, case-sensitive and case-folding', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(pattern, fc.boolean()), { minLength: 1, maxLength: 3 }), fc.array(text, { maxLength: 30 }), (ps, texts) => {
        const sig = (t: string) => ps.map(([p, fold]) => (globMatch(plainPattern(p), t, fold) ? '1' : '0')).join('');
        const reps = new Set(cellRepresentatives(ps.map(([p, fold]) => [{ text: p, fold, colonFree: false }]), ANY_TEXT, 100_000).map(sig));
        for (const t of texts) expect(reps).toContain(sig(t));
      }),
      { numRuns: 300, seed: 1417 },
    );
  });

  it('with groups, meets every combination of "some pattern of the group matches"', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(pattern, fc.constantFrom('g', 'h', 'k')), { minLength: 1, maxLength: 5 }), fc.array(text, { maxLength: 30 }), (ps, texts) => {
        const names = [...new Set(ps.map(([, g]) => g))].sort();
        const sig = (t: string) => names.map((g) => (ps.some(([p, h]) => h === g && globMatch(plainPattern(p), t, true)) ? '1' : '0')).join('');
        const reps = cellRepresentatives(ps.map(([p]) => [{ text: p, fold: true, colonFree: false }]), ANY_TEXT, 100_000, 'test', Infinity, ps.map(([, g]) => g));
        const seen = new Set(reps.map(sig));
        for (const t of texts) expect(seen).toContain(sig(t));
      }),
      { numRuns: 300, seed: 1433 },
    );
  });

  it('meets every cell of ARN patterns matched component by component', () => {
    const arn = fc.tuple(fc.constantFrom('arn', 'a*'), fc.constantFrom('aws', '*'), fc.constantFrom('s3', 'S3', '*', 's?'), fc.constantFrom('', '*'), fc.constantFrom('', '1*'), fc.stringMatching(/^[ab*/:]{0,4}$/)).map((c) => c.join(':'));
    const arnText = fc.tuple(fc.constantFrom('arn', 'ARN', 'x'), fc.constantFrom('aws', 'AWS'), fc.constantFrom('s3', 'S3', 'sq', 'ec2'), fc.constantFrom('', 'r'), fc.constantFrom('', '1', '12'), fc.stringMatching(/^[ab/:]{0,5}$/)).map((c) => c.join(':'));
    fc.assert(
      fc.property(fc.array(arn, { minLength: 1, maxLength: 3 }), fc.array(arnText, { maxLength: 30 }), (ps, texts) => {
        const parts = ps.map((p) => splitPattern(plainPattern(p))!);
        const sig = (t: string) => parts.map((q) => (arnComponentsMatch(q, t, true) ? '1' : '0')).join('');
        const reps = new Set(
          cellRepresentatives(parts.map((q) => q.map((x, i) => ({ text: x.text, fold: i < 5, colonFree: i < 5 }))), ANY_TEXT, 100_000).map(sig),
        );
        for (const t of texts) expect(reps).toContain(sig(t));
      }),
      { numRuns: 200, seed: 1418 },
    );
  });
});
