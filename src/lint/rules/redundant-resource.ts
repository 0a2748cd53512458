import type { LintRule } from '../context.js';
import { ALL_KINDS, hasVariable, show } from '../helpers.js';
import { hasWildcard } from '../../model/match.js';
import { resourceCovers } from '../../model/arn.js';

/** A trie of the literal prefixes (text before the first wildcard) of the wildcard entries that can cover others. */
interface Node {
  readonly next: Map<number, Node>;
  /** Entries whose literal prefix ends here. */
  readonly here: number[];
}

const node = (): Node => ({ next: new Map(), here: [] });

/**
 * How many (wildcard, literal) pairs one lint call compares, at most. A real policy stays below it (the
 * largest resource policies, 20 KB, hold some 1,300 ARNs); a hostile list of thousands of wildcard and
 * literal ARNs with one literal prefix stops there, and only repeats and `*` are reported beyond it.
 */
const PAIR_BUDGET = 1 << 18;

/** REDUNDANT_RESOURCE: an entry of Resource or NotResource already covered by another entry. */
export const redundantResource: LintRule = {
  code: 'REDUNDANT_RESOURCE',
  severity: 'suggestion',
  description: 'An entry of Resource or NotResource is repeated, or covered by a wildcard entry of the same list (`role/jane-admin` or `role/jane-*` beside `role/jane*`); remove it, access does not change.',
  kinds: ALL_KINDS,
  check(ctx, report) {
    let budget = PAIR_BUDGET;
    for (const s of ctx.statements) {
      const list = s.resourceTexts;
      if (list.length < 2) continue;
      const firstOf = new Map<string, number>();
      let star: number | undefined;
      let trie: Node | undefined;
      for (let i = 0; i < list.length; i++) {
        const raw = list[i]!.raw;
        if (!firstOf.has(raw)) firstOf.set(raw, i);
        if (raw === '*') star ??= i;
        else if (hasWildcard(raw) && !hasVariable(raw) && list[i]!.arn !== undefined) {
          let at = (trie ??= node());
          for (let k = 0; k < raw.length && raw[k] !== '*' && raw[k] !== '?'; k++) {
            const c = raw.charCodeAt(k);
            let n = at.next.get(c);
            if (n === undefined) at.next.set(c, (n = node()));
            at = n;
          }
          at.here.push(i);
        }
      }
      if (star === undefined && trie === undefined && firstOf.size === list.length) continue;
      for (let j = 0; j < list.length; j++) {
        const b = list[j]!;
        // the first entry, in list order, that covers b: an earlier equal entry, the first `*` (of two
        // `*` the later is reported), or a wildcard entry whose literal prefix starts b's (a pattern
        // that covers another starts with its literal prefix), found by one walk of b through the trie;
        // of two patterns that cover each other the first is kept
        let best = firstOf.get(b.raw)!;
        if (best === j) best = star !== undefined && star !== j ? star : list.length;
        else if (star !== undefined && star < best) best = star;
        if (trie !== undefined && best > 0 && b.raw !== '*' && !hasVariable(b.raw) && b.arn !== undefined) {
          let at: Node | undefined = trie;
          for (let k = 0; at !== undefined && budget > 0; k++) {
            for (const i of at.here) {
              if (i >= best || i === j || budget <= 0) continue;
              budget--;
              const a = list[i]!;
              if (resourceCovers(a.raw, b.raw, a.arn, b.arn) && !(i > j && resourceCovers(b.raw, a.raw, b.arn, a.arn))) best = i;
            }
            const c = b.raw.charCodeAt(k);
            at = k < b.raw.length && c !== 42 && c !== 63 ? at.next.get(c) : undefined;
          }
        }
        if (best < list.length) report(s.resources[j]!.path, `${show(b.raw)} is already covered by ${show(list[best]!.raw)} (${s.resources[best]!.path}); remove it.`);
      }
    }
  },
};
