import type { LintRule, ResourceText } from '../context.js';
import { ALL_KINDS, hasVariable, show, splitArn } from '../helpers.js';
import { hasWildcard, wildcardMatch } from '../../model/match.js';

/** True when every resource that `b` names is also named by `a` (decided for literal `b`, `a` = `*` and equal entries). */
function covers(a: ResourceText, b: ResourceText): boolean {
  if (a.raw === b.raw || a.raw === '*') return true;
  if (!hasWildcard(a.raw) || hasWildcard(b.raw) || hasVariable(b.raw) || hasVariable(a.raw)) return false;
  const fa = a.arn;
  const fb = b.arn;
  if (fa === undefined || fb === undefined) return false;
  // ARN patterns match field by field; a wildcard never crosses a field boundary (iam-reference §3)
  const x = splitArn(a.raw)!;
  return (
    wildcardMatch(x.prefix, fb.prefix, false) &&
    wildcardMatch(x.partition, fb.partition, false) &&
    wildcardMatch(x.service, fb.service, false) &&
    wildcardMatch(x.region, fb.region, false) &&
    wildcardMatch(x.account, fb.account, false) &&
    wildcardMatch(x.resource, fb.resource, false)
  );
}

/** REDUNDANT_RESOURCE: an entry of Resource or NotResource already covered by another entry. */
export const redundantResource: LintRule = {
  code: 'REDUNDANT_RESOURCE',
  severity: 'suggestion',
  description: 'An entry of Resource or NotResource is repeated, or matched by a wildcard entry of the same list (`role/jane-admin` beside `role/jane*`); remove it, access does not change.',
  kinds: ALL_KINDS,
  check(ctx, report) {
    for (const s of ctx.statements) {
      const list = s.resourceTexts;
      if (list.length < 2) continue;
      for (let j = 0; j < list.length; j++) {
        const b = list[j]!;
        for (let i = 0; i < list.length; i++) {
          if (i === j) continue;
          const a = list[i]!;
          // of two equal entries the later one is reported
          if (a.raw === b.raw && i > j) continue;
          if (!covers(a, b)) continue;
          report(s.resources[j]!.path, `${show(b.raw)} is already covered by ${show(a.raw)} (${s.resources[i]!.path}); remove it.`);
          break;
        }
      }
    }
  },
};
