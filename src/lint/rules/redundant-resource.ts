import type { LintRule } from '../context.js';
import { ALL_KINDS, hasVariable, show } from '../helpers.js';
import { hasWildcard, literalHead } from '../../model/match.js';
import { resourceCovers } from '../../model/arn.js';

/**
 * The wildcard entries of one list that may cover others, by the literal head of their resource
 * field: a pattern covers another only if the other's resource field starts with that head (ARN
 * fields match one by one), so the entries worth comparing with `b` are those whose head is a prefix
 * of `b`'s. The heads are kept sorted, each with a link to the longest other head that is a prefix of
 * it; the heads that are prefixes of a text are then the chain of links from the greatest head not
 * above the text (the first one of the chain that is a prefix, and all after it). Keyed on the whole
 * text instead of the resource field, `arn:aws:logs:*:...` was a candidate for every other logs ARN
 * (26,975 pairs compared in the AWS managed policies, 167 of them covering; now 2,644); a trie of
 * one Map per character cost more than the comparisons.
 */
class HeadIndex {
  /** Distinct heads, sorted. */
  readonly #heads: string[] = [];
  /** For each head, the entries (indices, ascending) with that head. */
  readonly #entries: number[][] = [];
  /** For each head, the index of the longest other head that is a prefix of it, or -1. */
  readonly #parent: number[] = [];

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
 * How much comparing one lint call does, at most, counted for each pair as the product of the two
 * entries' lengths (a cover test of two patterns is at worst a table of one cell per pair of
 * characters): some 18,000 pairs of 60-character ARNs, where the AWS managed policy that compares
 * most uses 1.03 million (2,644 pairs in all 1,594 policies). A hostile list stops there (thousands
 * of wildcard and literal ARNs with one literal resource head, or a chain of heads each a prefix of
 * the next, 1,500 characters long), and only repeats and `*` are reported beyond it. Counted in
 * pairs, such a chain took 41 s.
 */
const WORK_BUDGET = 1 << 26;

/** REDUNDANT_RESOURCE: an entry of Resource or NotResource already covered by another entry. */
export const redundantResource: LintRule = {
  code: 'REDUNDANT_RESOURCE',
  severity: 'suggestion',
  description: 'An entry of Resource or NotResource is repeated, or covered by a wildcard entry of the same list (`role/jane-admin` or `role/jane-*` beside `role/jane*`); remove it, access does not change.',
  kinds: ALL_KINDS,
  check(ctx, report) {
    let budget = WORK_BUDGET;
    for (const s of ctx.statements) {
      const list = s.resourceTexts;
      if (list.length < 2) continue;
      const firstOf = new Map<string, number>();
      let star: number | undefined;
      let wild: [string, number][] | undefined;
      for (let i = 0; i < list.length; i++) {
        const e = list[i]!;
        if (!firstOf.has(e.raw)) firstOf.set(e.raw, i);
        if (e.raw === '*') star ??= i;
        else if (hasWildcard(e.raw) && !hasVariable(e.raw) && e.arn !== undefined) (wild ??= []).push([literalHead(e.arn.resource), i]);
      }
      if (star === undefined && wild === undefined && firstOf.size === list.length) continue;
      const index = wild === undefined ? undefined : new HeadIndex(wild);
      for (let j = 0; j < list.length; j++) {
        const b = list[j]!;
        // the first entry, in list order, that covers b: an earlier equal entry, the first `*` (of two
        // `*` the later is reported), or a wildcard entry whose resource field's head starts b's
        // resource field (a pattern that covers another does); of two patterns that cover each other
        // the first is kept
        let best = firstOf.get(b.raw)!;
        if (best === j) best = star !== undefined && star !== j ? star : list.length;
        else if (star !== undefined && star < best) best = star;
        if (index !== undefined && best > 0 && b.raw !== '*' && !hasVariable(b.raw) && b.arn !== undefined) {
          // a head has no wildcard, so it can only be a prefix of b's literal head
          for (let h = index.longestPrefixOf(literalHead(b.arn.resource)); h >= 0 && budget > 0; h = index.next(h)) {
            for (const i of index.entries(h)) {
              if (i >= best || i === j || budget <= 0) continue;
              const a = list[i]!;
              budget -= a.raw.length * b.raw.length;
              if (resourceCovers(a.raw, b.raw, a.arn, b.arn) && !(i > j && resourceCovers(b.raw, a.raw, b.arn, a.arn))) best = i;
            }
          }
        }
        if (best < list.length) report(s.resources[j]!.path, `${show(b.raw)} is already covered by ${show(list[best]!.raw)} (${s.resources[best]!.path}); remove it.`);
      }
    }
  },
};
