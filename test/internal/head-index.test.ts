import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HeadIndex } from '../../src/internal/head-index.js';

/** Every head of the index that is a prefix of `text`, as the chain from longestPrefixOf gives them. */
function chain(index: HeadIndex, text: string): number[][] {
  const out: number[][] = [];
  for (let h = index.longestPrefixOf(text); h >= 0; h = index.next(h)) out.push([...index.entries(h)]);
  return out;
}

/** The reference: the heads that are prefixes of `text`, longest first, each with its entries ascending. */
function reference(items: readonly (readonly [string, number])[], text: string): number[][] {
  const byHead = new Map<string, number[]>();
  for (const [h, e] of items) if (text.startsWith(h)) (byHead.get(h) ?? byHead.set(h, []).get(h)!).push(e);
  return [...byHead.entries()].sort((x, y) => y[0].length - x[0].length).map(([, e]) => e.sort((a, b) => a - b));
}

describe('HeadIndex: the patterns whose literal head starts a text', () => {
  it('walks up past a head that sorts just before the text but is no prefix of it', () => {
    const items = [['docs/a', 0], ['docs/abc', 1], ['docs/', 2], ['logs/', 3], ['docs/a', 4]] as const;
    const index = new HeadIndex(items);
    // 'docs/abc' sorts right before 'docs/abd'; the walk goes up from it to 'docs/a', then 'docs/'
    expect(chain(index, 'docs/abd')).toEqual([[0, 4], [2]]);
    expect(chain(index, 'docs/abcd')).toEqual([[1], [0, 4], [2]]);
    expect(chain(index, 'doc')).toEqual([]);
    expect(chain(index, 'zzz')).toEqual([]);
  });

  it('an empty head is a prefix of every text', () => {
    const index = new HeadIndex([['', 0], ['a', 1]]);
    expect(chain(index, 'b')).toEqual([[0]]);
    expect(chain(index, '')).toEqual([[0]]);
    expect(chain(index, 'ab')).toEqual([[1], [0]]);
  });

  it('property (fixed seed): gives exactly the heads that are prefixes, longest first', () => {
    // a small alphabet, so heads often nest, repeat and sort between each other
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '/'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 20 }), text, (heads, t) => {
        const items = heads.map((h, i) => [h, i] as const);
        expect(chain(new HeadIndex(items), t)).toEqual(reference(items, t));
      }),
      { seed: 4201, numRuns: 2000 },
    );
  });
});
