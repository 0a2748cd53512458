/**
 * The cell walk proposes one string per cell: every string's signature (which patterns match it,
 * decided by the engine's own matcher) is the signature of some proposed string.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { globMatch, plainPattern, arnComponentsMatch, resourceArnMatch, splitPattern } from '../../src/model/match.js';
import { ACTION_TEXT, ANY_TEXT, cellRepresentatives } from '../../src/analyze/regions.js';
import { checkNoNewAccess } from '../../src/analyze/index.js';
import { allow, policy } from '../../src/index.js';
import { callMemo, walkOnce } from '../../src/analyze/space.js';

const pattern = fc.stringMatching(/^[ab*?:]{0,4}$/);
const text = fc.stringMatching(/^[abcAB:]{0,6}$/);

describe('cellRepresentatives', () => {
  it('proposes the same texts in the same order as the walk keyed by strings did (witnesses and unknown reasons read them)', () => {
    // pinned from the walk before it found states by number (2 December 2026): the bench pair's
    // first resource walk (ARN entries held by statements, region `*`) and an action walk
    const arn = (t: string) => t.split(':').map((text, i) => ({ text, fold: i < 5, colonFree: i < 5, starCrosses: false }));
    const entries = ['thing-0', 'bucket-0/other', 'thing-10', 'bucket-10/other', 'thing-20', 'bucket-20/other', 'thing-30', 'bucket-30/other', 'thing-40', 'bucket-40/other', 'bucket-0/home'];
    const texts = entries.map((e) => (e.startsWith('thing') ? `arn:aws:s3:*:111122223333:${e}/*` : `arn:aws:s3:::${e}/*`));
    const groups = ['0,5,', '0,', '1,', '1,', '2,', '2,', '3,', '3,', '4,', '4,', '5,'];
    expect(cellRepresentatives(texts.map(arn), ANY_TEXT, 200_000, 'w', Infinity, groups)).toEqual([
      '',
      'arn:aws:s3:::bucket-0/home/',
      'arn:aws:s3:::bucket-0/other/',
      'arn:aws:s3:::bucket-30/other/',
      'arn:aws:s3:::bucket-10/other/',
      'arn:aws:s3:::bucket-20/other/',
      'arn:aws:s3:::bucket-40/other/',
      'arn:aws:s3::111122223333:thing-0/',
    ]);
    const actions = ['s3:Get*', 's3:GetObject', 'S3:List?ucket', 'ec2:*', 'iam:PassRole'].map((text) => [{ text, fold: true, colonFree: false }]);
    const want = ['s:s', 's3:G', 'ec2:s', 's3:Get', 's3:Gets', 's3:GetObject', 'iam:PassRole', 's3:Listsucket'];
    expect(cellRepresentatives(actions, ACTION_TEXT, 200_000)).toEqual(want);
    expect(cellRepresentatives(actions, ACTION_TEXT, 200_000, 'w', Infinity, ['a', 'a', 'b', 'c', 'c'])).toEqual(want);
  });

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

  it('spells a representative that is a name written in the patterns as written', () => {
    // action names are case-insensitive (IAM User Guide, Action element): any casing meets the same
    // cell, so the one written reads best; the walk met the `L` of s3:ListBucket first (s3:DeLeteObject)
    const ps = ['s3:GetObject', 's3:ListBucket', 's3:PutObject', 's3:DeleteObject'].map((t) => [{ text: t, fold: true, colonFree: false }]);
    const reps = cellRepresentatives(ps, ACTION_TEXT, 100_000);
    expect(reps.filter((r) => r.toLowerCase() === 's3:deleteobject')).toEqual(['s3:DeleteObject']);
    const boundary = policy.boundary(allow('s3:GetObject', 's3:GetObjectVersion', 's3:ListBucket', 's3:PutObject').on('arn:aws:s3:::acme-*'));
    const requested = policy.identity(allow('s3:GetObject', 's3:DeleteObject').on('arn:aws:s3:::acme-analytics/*'));
    expect(checkNoNewAccess(boundary, requested).witnesses.map((w) => w.action)).toEqual(['s3:DeleteObject']);
    // beside a case-sensitive pattern, casing decides the cell: the walk's texts are kept
    const ps2: [string, boolean][] = [['aB', false], ['Ab', true]];
    const sig = (t: string) => ps2.map(([p, fold]) => (globMatch(plainPattern(p), t, fold) ? '1' : '0')).join('');
    const mixed = cellRepresentatives(ps2.map(([p, fold]) => [{ text: p, fold, colonFree: false }]), ANY_TEXT, 100_000);
    expect(new Set(mixed.map(sig))).toEqual(new Set(['00', '01', '11']));
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

  // IAM User Guide, Resource element: "If the * wildcard is the last character of a resource ARN
  // segment, it can expand to match beyond the colon boundaries"
  it('meets every cell of Resource ARN patterns whose head components end in a * that crosses colons', () => {
    const arn = fc.tuple(fc.constantFrom('arn', 'a*'), fc.constantFrom('aws', '*', 'a*'), fc.constantFrom('s3', '*', 's?', 's*'), fc.constantFrom('', 'r', '*', 'r*'), fc.constantFrom('', '1', '*', '1*'), fc.stringMatching(/^[ab*/:]{0,4}$/)).map((c) => c.join(':'));
    // texts made from the patterns, each wildcard filled with text that may hold colons: where a
    // crossing `*` makes cells that matching component by component does not have
    const fill = fc.array(fc.constantFrom('', 'a', 'r', '1', ':', 'b:1', 's3:r:1', 'A'), { minLength: 12, maxLength: 12 });
    const texts = (ps: readonly string[]) => fc.array(fc.tuple(fc.nat(ps.length - 1), fill).map(([k, f]) => { let n = 0; return ps[k]!.replace(/[*?]/g, (w) => (w === '?' ? 'x' : f[n++ % f.length]!)); }), { maxLength: 30 });
    fc.assert(
      fc.property(fc.array(arn, { minLength: 1, maxLength: 3 }).chain((ps) => fc.tuple(fc.constant(ps), texts(ps))), ([ps, made]) => {
        const parts = ps.map((p) => splitPattern(plainPattern(p))!);
        const sig = (t: string) => parts.map((q) => (resourceArnMatch(q, t) ? '1' : '0')).join('');
        const reps = new Set(
          cellRepresentatives(parts.map((q) => q.map((x, i) => ({ text: x.text, fold: i < 5, colonFree: i < 5, starCrosses: i < 5 }))), ANY_TEXT, 100_000).map(sig),
        );
        for (const t of made) expect(reps).toContain(sig(t));
      }),
      { numRuns: 300, seed: 2027 },
    );
  });
});

describe('walkOnce (the walks of one call, remembered)', () => {
  const labels = fc.constantFrom('g', 'h', 'k');
  it('gives every cell of the patterns asked, whatever their order and group names, when it reuses an earlier walk', () => {
    let reused = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(pattern, { minLength: 1, maxLength: 5 }),
        fc.array(labels, { minLength: 5, maxLength: 5 }),
        fc.array(labels, { minLength: 5, maxLength: 5 }),
        fc.constantFrom('renamed', 'same labels', 'other'),
        fc.array(text, { maxLength: 30 }),
        (ps, first, second, how, texts) => {
          const memo = callMemo();
          const walk = (list: readonly string[], groups: readonly string[]) => () =>
            cellRepresentatives(list.map((p) => [{ text: p, fold: true, colonFree: false }]), ANY_TEXT, 100_000, 'test', Infinity, groups);
          const g1 = ps.map((_, i) => first[i]!);
          walkOnce(memo, 'k', ps, g1, walk(ps, g1));
          // the same patterns reversed: with the first grouping renamed, or the first call's labels in
          // their order (another grouping of the patterns), or another grouping
          const list = [...ps].reverse();
          const g2 = how === 'renamed' ? [...g1].reverse().map((g) => `${g}'`) : how === 'same labels' ? g1 : list.map((_, i) => second[i]!);
          let walked = false;
          const reps = walkOnce(memo, 'k', list, g2, () => {
            walked = true;
            return walk(list, g2)();
          });
          if (!walked) reused++;
          const names = [...new Set(g2)];
          const sig = (t: string) => names.map((g) => (list.some((p, i) => g2[i] === g && globMatch(plainPattern(p), t, true)) ? '1' : '0')).join('');
          const seen = new Set(reps.map(sig));
          for (const t of texts) expect(seen).toContain(sig(t));
        },
      ),
      { numRuns: 400, seed: 1434 },
    );
    expect(reused).toBeGreaterThan(150);
  });
});
