import type { LintRule } from '../context.js';
import { ALL_KINDS, hasVariable, show } from '../helpers.js';
import { hasWildcard, literalHead } from '../../model/match.js';
import { resourceCovers } from '../../model/arn.js';
import { COVER_WORK_BUDGET, HeadIndex } from '../../internal/head-index.js';

/** REDUNDANT_RESOURCE: an entry of Resource or NotResource already covered by another entry. */
export const redundantResource: LintRule = {
  code: 'REDUNDANT_RESOURCE',
  severity: 'suggestion',
  description: 'An entry of Resource or NotResource is repeated, or covered by a wildcard entry of the same list (`role/jane-admin` or `role/jane-*` beside `role/jane*`); remove it, access does not change.',
  kinds: ALL_KINDS,
  check(ctx, report) {
    let budget = COVER_WORK_BUDGET;
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
      // the wildcard entries that may cover others, by the literal head of their resource field: a
      // pattern covers another only if the other's resource field starts with that head (ARN fields
      // match one by one). Keyed on the whole text instead, `arn:aws:logs:*:...` was a candidate for
      // every other logs ARN (26,975 pairs compared in the AWS managed policies, 167 of them covering;
      // now 2,644)
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
        if (best >= list.length) continue;
        const by = list[best]!.raw;
        // an entry written twice repeats; "X is already covered by X" read as a different entry
        report(s.resources[j]!.path, by === b.raw ? `${show(b.raw)} is listed twice (also at ${s.resources[best]!.path}); remove it.` : `${show(b.raw)} is already covered by ${show(by)} (${s.resources[best]!.path}); remove it.`);
      }
    }
  },
};
