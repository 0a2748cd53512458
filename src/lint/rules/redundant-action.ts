import { ACTION_FLAGS, type ActionText, type LintRule } from '../context.js';
import { ALL_KINDS, show } from '../helpers.js';

/** True when every action `a` matches is also matched by `b` (both known to the catalog). */
function covers(b: ActionText, a: ActionText): boolean {
  if (b.star) return true;
  const inner = a.data.actions;
  if (inner.length === 0) return false;
  const outer = b.set;
  if (outer.size < inner.length) return false;
  for (const x of inner) if (!outer.has(x)) return false;
  return true;
}

/**
 * How many (entry, wildcard entry) pairs one lint call compares, at most: the corpus compares far fewer
 * (ReadOnlyAccess, with thousands of entries, spreads them over hundreds of services); a hostile list of
 * thousands of wildcards of one service stops there, and only repeated entries are reported beyond it.
 */
const PAIR_BUDGET = 1 << 18;

/** Lists up to this long find duplicates by scanning. */
const SHORT = 16;

/** The first entry before `i` with the same lower-case text, if any. */
function earlier(list: readonly ActionText[], i: number): number | undefined {
  const lower = list[i]!.lower;
  for (let k = 0; k < i; k++) if (list[k]!.lower === lower) return k;
  return undefined;
}

/** REDUNDANT_ACTION: an action entry already covered by another entry of the same statement. */
export const redundantAction: LintRule = {
  code: 'REDUNDANT_ACTION',
  severity: 'suggestion',
  description:
    'An action entry is already covered by the other entries of the same statement: a duplicate, a wider wildcard, or several entries that together match every action a wildcard entry matches (removing it changes no permission).',
  kinds: ALL_KINDS,
  check(ctx, report) {
    const budget = { left: PAIR_BUDGET };
    for (const s of ctx.statements) {
      const list = s.actionTexts;
      // only a repeated entry or a wildcard entry can make another redundant
      if (list.length < 2 || (!s.duplicateActions && (s.actionFlags & ACTION_FLAGS.wildcard) === 0)) continue;
      // indices of the wildcard entries by service; entries with a wildcard service prefix can cover any service.
      // Each entry is compared with these few wildcard entries only, never with every other entry.
      let wild: Map<string, number[]> | undefined;
      let anyService: number[] | undefined;
      for (let j = 0; j < list.length; j++) {
        const b = list[j]!;
        if (!b.wildcard) continue;
        if (b.star || b.serviceWildcard) (anyService ??= []).push(j);
        else if (b.data.actions.length === 0) continue; // a pattern that matches no action covers nothing
        else {
          wild ??= new Map();
          const group = wild.get(b.service);
          if (group === undefined) wild.set(b.service, [j]);
          else group.push(j);
        }
      }
      // short lists look for an earlier duplicate by scanning (entries of one text share their lower-case string)
      const seen = s.duplicateActions && list.length > SHORT ? new Map<string, number>() : undefined;
      const dropped: boolean[] = [];
      for (let i = 0; i < list.length; i++) {
        const a = list[i]!;
        if (s.duplicateActions) {
          const dup = seen === undefined ? earlier(list, i) : seen.get(a.lower);
          if (dup !== undefined) {
            dropped[i] = true;
            report(s.actions[i]!.path, `Action ${show(a.raw)} is listed twice (also at ${s.actions[dup]!.path}); remove one.`);
            continue;
          }
          seen?.set(a.lower, i);
        }
        // an entry that matches no action is covered by nothing but `*`
        const candidates = a.star || a.data.actions.length > 0 ? wild?.get(a.service) : undefined;
        const b = (candidates !== undefined ? coveredBy(list, a, i, candidates, budget) : undefined) ?? (anyService !== undefined ? coveredBy(list, a, i, anyService, budget) : undefined);
        if (b !== undefined) {
          dropped[i] = true;
          report(s.actions[i]!.path, `Action ${show(a.raw)} is already covered by ${show(b.raw)}; remove it.`);
        }
      }
      for (const [i, by] of coveredTogether(list, dropped, budget))
        report(s.actions[i]!.path, `Action ${show(list[i]!.raw)} is already covered by ${names(by.map((b) => show(b.raw)))} together; remove it.`);
    }
  },
};

/** The first entry among `candidates` (indices into `list`) that covers entry `i`; of two patterns covering each other the first is kept. */
function coveredBy(list: readonly ActionText[], a: ActionText, i: number, candidates: readonly number[], budget: { left: number }): ActionText | undefined {
  for (const j of candidates) {
    if (budget.left-- <= 0) return undefined;
    const b = list[j]!;
    if (j === i || b.lower === a.lower || !covers(b, a)) continue;
    if (a.wildcard && i < j && covers(a, b)) continue;
    return b;
  }
  return undefined;
}

const names = (shown: readonly string[]) => `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)!}`;

/**
 * Whether some wildcard entry's first action is matched by another live entry too: without one, no
 * entry is covered together (each needs every action matched twice), and the count of every action
 * below is not made. Only entries of the wildcard's service, or with a wildcard service, can match
 * its actions, so each wildcard probes those few entries (lint of the corpus -5%).
 */
function someFirstActionShared(list: readonly ActionText[], live: (i: number) => boolean, budget: { left: number }): boolean {
  const byService = new Map<string, number[]>();
  const anyService: number[] = [];
  for (let i = 0; i < list.length; i++) {
    if (!live(i)) continue;
    const t = list[i]!;
    if (t.serviceWildcard) anyService.push(i);
    else {
      const group = byService.get(t.service);
      if (group === undefined) byService.set(t.service, [i]);
      else group.push(i);
    }
  }
  const probe = (i: number, x: string, group: readonly number[] | undefined): boolean => {
    if (group === undefined) return false;
    if ((budget.left -= group.length) <= 0) return false;
    for (const j of group) if (j !== i && list[j]!.set.has(x)) return true;
    return false;
  };
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    if (!live(i) || !a.wildcard || a.data.actions.length < 2) continue;
    const x = a.data.actions[0]!;
    // a wildcard service matches actions of several services: every live entry may share them
    if (a.serviceWildcard ? [...byService.values()].some((g) => probe(i, x, g)) || probe(i, x, anyService) : probe(i, x, byService.get(a.service)) || probe(i, x, anyService)) return true;
  }
  return false;
}

/**
 * The wildcard entries no single entry covers but the other entries left cover together (the
 * reference's "Redundant action": a finding "when all of the contents of an action are redundant"),
 * each with the entries that cover it. Later entries go first, and an entry that goes no longer
 * counts, so dropping every entry returned keeps every action the list matches. `dropped` marks the
 * entries already reported; linear in the actions the entries match, within `budget`.
 */
function coveredTogether(list: readonly ActionText[], dropped: readonly boolean[], budget: { left: number }): [number, ActionText[]][] {
  const live = (i: number) => dropped[i] !== true && !list[i]!.star;
  // only a wildcard matching two or more actions can be covered by several entries and by none alone
  let any = false;
  for (let i = 0; i < list.length && !any; i++) any = live(i) && list[i]!.wildcard && list[i]!.data.actions.length > 1;
  if (!any || !someFirstActionShared(list, live, budget)) return [];
  // how many live entries match each action
  const count = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    if (!live(i)) continue;
    const actions = list[i]!.data.actions;
    if ((budget.left -= actions.length) <= 0) return [];
    for (const x of actions) count.set(x, (count.get(x) ?? 0) + 1);
  }
  const out: [number, ActionText[]][] = [];
  const gone: boolean[] = [];
  for (let i = list.length - 1; i >= 0; i--) {
    const a = list[i]!;
    if (!live(i) || !a.wildcard || a.data.actions.length < 2 || a.data.actions.some((x) => count.get(x)! < 2)) continue;
    gone[i] = true;
    for (const x of a.data.actions) count.set(x, count.get(x)! - 1);
    // the entries that cover it, first ones first
    const open = new Set(a.data.actions);
    const by: ActionText[] = [];
    for (let j = 0; j < list.length && open.size > 0; j++) {
      if (j === i || gone[j] === true || !live(j)) continue;
      const b = list[j]!;
      if ((budget.left -= open.size) <= 0) return out;
      let adds = false;
      for (const x of open)
        if (b.set.has(x)) {
          open.delete(x);
          adds = true;
        }
      if (adds) by.push(b);
    }
    out.push([i, by]);
  }
  return out.reverse();
}
