/**
 * The one index of "which patterns could cover this entry", shared by lint's REDUNDANT_RESOURCE
 * and the optimizer's `dropCovered`. A pattern covers (or matches) only texts that start with its
 * literal head (model/match.ts `literalHead`), so the patterns worth comparing with an entry are
 * those whose head is a prefix of the entry's head. Heads are kept sorted, each linked to the
 * longest other head that is a prefix of it; the heads that are prefixes of a text are then the
 * chain of links from the greatest head not above the text (the first one of the chain that is a
 * prefix, and all after it). A trie of one Map per character cost more than the comparisons it
 * saved (lint of the AWS managed policies).
 */
export class HeadIndex {
  /** Distinct heads, sorted. */
  readonly #heads: string[] = [];
  /** For each head, the entries (numbers, ascending) with that head. */
  readonly #entries: number[][] = [];
  /** For each head, the index of the longest other head that is a prefix of it, or -1. */
  readonly #parent: number[] = [];

  /**
   * @param items - `[head, entry]` pairs: the entry numbers (list positions) are what
   * {@link entries} gives back.
   *
   * @example
   * ```ts
   * import { HeadIndex } from './head-index.js';
   * const index = new HeadIndex([['docs/a', 0], ['docs/abc', 1]]);
   * const h = index.longestPrefixOf('docs/abd'); // 'docs/a': 'docs/abc' sorts just before, but is no prefix
   * index.entries(h); // [0]
   * index.next(h);    // -1: no shorter head
   * ```
   */
  constructor(items: readonly (readonly [head: string, entry: number])[]) {
    const sorted = [...items].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]));
    const open: number[] = [];
    for (const [head, entry] of sorted) {
      const last = this.#heads.length - 1;
      if (last >= 0 && this.#heads[last] === head) {
        this.#entries[last]!.push(entry);
        continue;
      }
      // in sorted order, the heads that are prefixes of this one are on the stack
      while (open.length > 0 && !head.startsWith(this.#heads[open[open.length - 1]!]!)) open.pop();
      this.#parent.push(open.length > 0 ? open[open.length - 1]! : -1);
      open.push(this.#heads.length);
      this.#heads.push(head);
      this.#entries.push([entry]);
    }
  }

  /** The longest head that is a prefix of `text`, or -1; {@link next} gives the next shorter one. */
  longestPrefixOf(text: string): number {
    // the greatest head not above text, then up its links to the first that is a prefix of text
    let lo = 0;
    let hi = this.#heads.length - 1;
    let h = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.#heads[mid]! <= text) {
        h = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    while (h >= 0 && !text.startsWith(this.#heads[h]!)) h = this.#parent[h]!;
    return h;
  }

  /** The next shorter head that is a prefix of head `h` (so of the text that gave `h`), or -1. */
  next(h: number): number {
    return this.#parent[h]!;
  }

  /** The entries with head `h`, ascending. */
  entries(h: number): readonly number[] {
    return this.#entries[h]!;
  }
}

/**
 * How much comparing one call of REDUNDANT_RESOURCE (per lint) or of `dropCovered` (per list)
 * does, at most, counted for each pair as the product of the two entries' lengths (a cover test of
 * two patterns is at worst a table of one cell per pair of characters): some 18,000 pairs of
 * 60-character ARNs, where the AWS managed policy that compares most in lint uses 1.03 million. A
 * hostile list stops there (thousands of wildcard and literal ARNs with one literal head, or a
 * chain of heads each a prefix of the next, 1,500 characters long): beyond it lint reports only
 * repeats and `*`, and the optimizer keeps the entries it has not compared (it drops fewer, never
 * wrongly). Counted in pairs, such a chain took 41 s in lint; uncounted, 3,000 wildcard and 3,000
 * literal ARNs of one head took 6.2 s in `minimize`.
 */
export const COVER_WORK_BUDGET = 1 << 26;
