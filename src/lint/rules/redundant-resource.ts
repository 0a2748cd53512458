import type { LintRule, ResourceText } from '../context.js';
import { ALL_KINDS, hasVariable, show } from '../helpers.js';
import { hasWildcard, wildcardMatch } from '../../model/match.js';

/** True when every resource that `b` names is also named by `a` (decided for literal `b`, `a` = `*` and equal entries). */
function covers(a: ResourceText, b: ResourceText): boolean {
  if (a.raw === b.raw || a.raw === '*') return true;
  if (!hasWildcard(a.raw) || hasWildcard(b.raw) || hasVariable(b.raw) || hasVariable(a.raw)) return false;
  const fa = a.arn;
  const fb = b.arn;
  if (fa === undefined || fb === undefined) return false;
  // ARN patterns match field by field; a wildcard never crosses a field boundary (iam-reference §3)
  return (
    wildcardMatch(fa.prefix, fb.prefix, false) &&
    wildcardMatch(fa.partition, fb.partition, false) &&
    wildcardMatch(fa.service, fb.service, false) &&
    wildcardMatch(fa.region, fb.region, false) &&
    wildcardMatch(fa.account, fb.account, false) &&
    wildcardMatch(fa.resource, fb.resource, false)
  );
}

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
  description: 'An entry of Resource or NotResource is repeated, or matched by a wildcard entry of the same list (`role/jane-admin` beside `role/jane*`); remove it, access does not change.',
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
        // `*` the later is reported), or a wildcard entry whose literal prefix starts b (a pattern that
        // matches a text starts with its literal prefix), found by one walk of b through the trie
        let best = firstOf.get(b.raw)!;
        if (best === j) best = star !== undefined && star !== j ? star : list.length;
        else if (star !== undefined && star < best) best = star;
        if (trie !== undefined && best > 0 && !hasWildcard(b.raw) && b.arn !== undefined) {
          let at: Node | undefined = trie;
          for (let k = 0; at !== undefined && budget > 0; k++) {
            for (const i of at.here) {
              if (i >= best || budget <= 0) continue;
              budget--;
              if (covers(list[i]!, b)) best = i;
            }
            at = k < b.raw.length ? at.next.get(b.raw.charCodeAt(k)) : undefined;
          }
        }
        if (best < list.length) report(s.resources[j]!.path, `${show(b.raw)} is already covered by ${show(list[best]!.raw)} (${s.resources[best]!.path}); remove it.`);
      }
    }
  },
};
