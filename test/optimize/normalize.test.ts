import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { minimizeActions, minimizeResources } from '../../src/optimize/normalize.js';
import { resourceCovers, splitArn } from '../../src/model/arn.js';
import { hasWildcard, patternCovers } from '../../src/model/match.js';
import { strayAction } from '../../src/model/syntax.js';

/*
 * dropCovered finds covers through the shared HeadIndex (internal/head-index.ts): by the literal
 * head of the resource field for ARNs (fields match one by one), of the lower-cased text for actions.
 * Whatever the index skips, the result must be what comparing every pair gives: the first of equal
 * entries, without every entry another covers (of two that cover each other, the earlier stays).
 */
function pairwise(list: readonly string[], keyOf: (v: string) => string, covers: (o: string, i: string) => boolean): string[] {
  const seen = new Set<string>();
  const unique = list.filter((v) => !seen.has(keyOf(v)) && seen.add(keyOf(v)));
  return unique.filter((v, i) => !unique.some((o, p) => p !== i && hasWildcard(o) && covers(o, v) && (p < i || !covers(v, o))));
}

const resourceSpec = (list: readonly string[]) =>
  list.includes('*') ? ['*'] : pairwise(list, (r) => r, (o, i) => !o.includes('${') && !i.includes('${') && splitArn(o) !== undefined && splitArn(i) !== undefined && resourceCovers(o, i));
const actionSpec = (list: readonly string[]) =>
  list.includes('*') ? ['*'] : pairwise(list, (a) => a.toLowerCase(), (o, i) => strayAction(o) === undefined && strayAction(i) === undefined && patternCovers(o, i, true));

// a small alphabet, so that entries often cover, repeat or meet each other
const piece = fc.constantFrom('a', 'ab', 'b', 'B', '*', '?', 'a*', '*b', 'a/', '/', ':', '${aws:username}');

describe('dropCovered (minimizeResources, minimizeActions) gives what comparing every pair gives', () => {
  it('resources (fixed seed): ARNs with wildcards in any field, variables, short ARNs and `*`', () => {
    const arn = fc
      .tuple(fc.constantFrom('s3', 's*', 'ec2'), fc.constantFrom('', 'us-east-1', '*', 'us-*'), fc.constantFrom('', '111122223333', '*'), fc.array(piece, { minLength: 1, maxLength: 4 }))
      .map(([svc, region, account, rest]) => `arn:aws:${svc}:${region}:${account}:${rest.join('')}`);
    const entry = fc.oneof({ weight: 12, arbitrary: arn }, { weight: 1, arbitrary: fc.constantFrom('*', 'arn:aws:s3:::*', 'arn:aws:*', 'not-an-arn*', 'arn:aws:s3') });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 2, maxLength: 14 }), (list) => {
        expect(minimizeResources(list)).toEqual(resourceSpec(list));
      }),
      { seed: 4202, numRuns: 1500 },
    );
  });

  it('actions (fixed seed): mixed case, `?`, and entries with stray whitespace (never covered, never covering)', () => {
    const action = fc.tuple(fc.constantFrom('s3', 'S3', 'ec2', 's*'), fc.array(piece, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '', '', ' ')).map(([svc, rest, pad]) => `${svc}:${rest.join('')}${pad}`);
    fc.assert(
      fc.property(fc.array(action, { minLength: 2, maxLength: 14 }), (list) => {
        expect(minimizeActions(list)).toEqual(actionSpec(list));
      }),
      { seed: 4203, numRuns: 1500 },
    );
  });

  it('compares ARNs by the resource field: a wildcard Region does not hide a cover', () => {
    // whole-text heads: 'arn:aws:logs:' for the pattern; by resource field: 'log-group:/aws/'
    const list = ['arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/x', 'arn:aws:logs:*:*:log-group:/aws/*', 'arn:aws:logs:us-east-1:111122223333:log-group:/other'];
    expect(minimizeResources(list)).toEqual([list[1], list[2]]);
  });
});
