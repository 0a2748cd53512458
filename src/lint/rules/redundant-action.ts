import { patternData, patternSet } from '../catalog-cache.js';
import type { ActionEntry, LintRule } from '../context.js';
import { ALL_KINDS, show } from '../helpers.js';

/** True when every action `a` matches is also matched by `b` (both known to the catalog). */
function covers(b: ActionEntry, a: ActionEntry): boolean {
  if (b.raw === '*') return true;
  const inner = patternData(a.lower).actions;
  if (inner.length === 0) return false;
  const outer = patternSet(b.lower);
  if (outer.size < inner.length) return false;
  for (const x of inner) if (!outer.has(x)) return false;
  return true;
}

/** REDUNDANT_ACTION: an action entry already covered by another entry of the same statement. */
export const redundantAction: LintRule = {
  code: 'REDUNDANT_ACTION',
  severity: 'suggestion',
  description: 'An action entry is already covered by another entry of the same statement (a duplicate or a wider wildcard).',
  kinds: ALL_KINDS,
  check(ctx, report) {
    for (const s of ctx.statements) {
      const list = s.actions;
      if (list.length < 2) continue;
      // wildcard entries by service; entries with a wildcard service prefix can cover any service
      const wild = new Map<string, ActionEntry[]>();
      const anyService: ActionEntry[] = [];
      for (const b of list) {
        if (!b.wildcard) continue;
        if (b.raw === '*' || b.serviceWildcard) anyService.push(b);
        else {
          const group = wild.get(b.service);
          if (group === undefined) wild.set(b.service, [b]);
          else group.push(b);
        }
      }
      const seen = new Map<string, ActionEntry>();
      list.forEach((a, i) => {
        const dup = seen.get(a.lower);
        if (dup !== undefined) {
          report(a.path, `Action ${show(a.raw)} is listed twice (also at ${dup.path}); remove one.`);
          return;
        }
        seen.set(a.lower, a);
        const candidates = wild.get(a.service);
        if (candidates === undefined && anyService.length === 0) return;
        for (const b of [...(candidates ?? []), ...anyService]) {
          if (b === a || b.lower === a.lower || !covers(b, a)) continue;
          // two patterns covering each other: keep the first
          if (a.wildcard && covers(a, b) && i < list.indexOf(b)) continue;
          report(a.path, `Action ${show(a.raw)} is already covered by ${show(b.raw)}; remove it.`);
          break;
        }
      });
    }
  },
};
