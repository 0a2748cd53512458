/**
 * Action-list compression: lists of actions become `service:Prefix*` wildcards that match exactly
 * the same actions of the current catalog. Opt-in, because AWS adds actions over time and a
 * wildcard will then cover them too.
 */
import { actionInfo, expandActions } from '../catalog/index.js';
import { hasWildcard, wildcardMatch } from '../model/match.js';
import { minimizeActions } from './normalize.js';
import { checkArguments, checkCompressOptions, checkList } from './arguments.js';
import { BoundedCache } from '../model/bounded-cache.js';

/** Options of {@link compressActions} (and of `minimize(policy, { compressActions })`). */
export interface CompressActionsOptions {
  /**
   * Only use a wildcard whose actions all share one access level (List, Read, Write, Tagging,
   * Permissions management), so a Read-only grant can never pick up a future Write action through
   * a wildcard. Default `false`.
   */
  readonly withinAccessLevel?: boolean;
  /**
   * Smallest number of catalog actions a wildcard must stand for. Default `2`: a single action is
   * never replaced by an abbreviation such as `ec2:AcceptA*`, which saves characters but reads badly.
   * Set `1` for the smallest output.
   */
  readonly minActionsPerWildcard?: number;
}

/** Catalog actions of one service, sorted by lower-cased name, with run lengths for range tests. */
interface ServiceActions {
  readonly service: string;
  /** Canonical names without the prefix (`DescribeInstances`). */
  readonly names: readonly string[];
  /** Lower-cased names, sorted. */
  readonly lower: readonly string[];
  /** `levelRunEnd[i]`: end of the run of equal access levels starting at `i`. */
  readonly levelRunEnd: Uint32Array;
}

const serviceCache = new BoundedCache<string, ServiceActions | null>(512);

function serviceActions(prefix: string): ServiceActions | undefined {
  const key = prefix.toLowerCase();
  const hit = serviceCache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const all = expandActions(`${key}:*`);
  if (all.length === 0) {
    serviceCache.set(key, null);
    return undefined;
  }
  const entries = all
    .map((full) => {
      const colon = full.indexOf(':');
      const name = full.slice(colon + 1);
      return { service: full.slice(0, colon), name, lower: name.toLowerCase(), level: actionInfo(full)?.accessLevel ?? '?' };
    })
    .sort((a, b) => (a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : 0));
  const levelRunEnd = new Uint32Array(entries.length);
  for (let i = entries.length - 1; i >= 0; i--) {
    const next = entries[i + 1];
    levelRunEnd[i] = next !== undefined && next.level === entries[i]!.level ? levelRunEnd[i + 1]! : i + 1;
  }
  const data: ServiceActions = {
    service: entries[0]!.service,
    names: entries.map((e) => e.name),
    lower: entries.map((e) => e.lower),
    levelRunEnd,
  };
  serviceCache.set(key, data);
  return data;
}

/** First index in sorted `arr` whose value is >= `s`. */
function lowerBound(arr: readonly string[], s: string): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid]! < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Narrows [lo, hi) — names sharing their first `k - 1` characters — to the names whose character
 * `k - 1` is `c`. Sorted order puts shorter names first, then orders by that character.
 */
function narrow(lower: readonly string[], lo: number, hi: number, k: number, c: number): [number, number] {
  const key = (i: number): number => (lower[i]!.length < k ? -1 : lower[i]!.charCodeAt(k - 1));
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (key(mid) < c) a = mid + 1;
    else b = mid;
  }
  const start = a;
  b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (key(mid) <= c) a = mid + 1;
    else b = mid;
  }
  return [start, a];
}

/**
 * Replaces actions by `service:Prefix*` wildcards that match exactly the same actions of the
 * current catalog (each wildcard is checked with `expandActions`). Wildcards already in the list
 * count as listed actions; actions the catalog does not know stay as they are; a wildcard is used
 * only when it is shorter than the entries it replaces. The result is also minimized (duplicates
 * and covered entries removed).
 *
 * Caveat: the equivalence holds for today's catalog. When AWS adds an action whose name starts
 * with the prefix, the wildcard grants (or denies) it too. Use `withinAccessLevel` to keep each
 * wildcard inside one access level.
 *
 * @example
 * ```ts
 * import { expandActions } from 'typed-iam/catalog';
 * import { compressActions } from 'typed-iam/optimize';
 * compressActions(expandActions('ec2:DescribeImage*')); // 5 actions
 * // ['ec2:DescribeIma*']
 * ```
 */
export function compressActions(actions: readonly string[], options: CompressActionsOptions = {}): string[] {
  // the list and the options as copies read once: what is checked is what is compressed
  actions = checkList('actions', 'actions (strings)', actions, (a) => typeof a === 'string');
  checkArguments([], options);
  options = checkCompressOptions(options);
  const list = minimizeActions(actions);
  if (list.includes('*')) return list;
  const minCount = Math.max(1, Math.floor(options.minActionsPerWildcard ?? 2));
  const withinLevel = options.withinAccessLevel === true;

  // literal entries by service, with their positions in `list`
  const byService = new Map<string, number[]>();
  list.forEach((a, i) => {
    if (hasWildcard(a)) return;
    const colon = a.indexOf(':');
    if (colon <= 0) return;
    const svc = a.slice(0, colon).toLowerCase();
    const at = byService.get(svc);
    if (at === undefined) byService.set(svc, [i]);
    else at.push(i);
  });

  const replaced: (string | undefined)[] = list.slice();
  for (const [svc, positions] of byService) {
    const data = serviceActions(svc);
    if (data === undefined) continue;
    const n = data.lower.length;
    // which catalog actions the list already grants: its literals and its wildcards
    const inSet = new Uint8Array(n);
    const litIndex = new Map<number, number>(); // catalog index -> position in list
    for (const pos of positions) {
      const name = list[pos]!.slice(list[pos]!.indexOf(':') + 1).toLowerCase();
      const i = lowerBound(data.lower, name);
      if (data.lower[i] === name) {
        inSet[i] = 1;
        if (!litIndex.has(i)) litIndex.set(i, pos);
      }
    }
    if (litIndex.size < minCount) continue;
    for (const p of list) {
      if (!hasWildcard(p)) continue;
      const colon = p.indexOf(':');
      if (colon > 0 && !hasWildcard(p.slice(0, colon)) && p.slice(0, colon).toLowerCase() !== svc) continue;
      for (let i = 0; i < n; i++) if (!inSet[i] && wildcardMatch(p, `${svc}:${data.lower[i]!}`)) inSet[i] = 1;
    }
    const setRunEnd = new Uint32Array(n + 1);
    for (let i = n - 1; i >= 0; i--) setRunEnd[i] = inSet[i] ? (i + 1 < n && inSet[i + 1] ? setRunEnd[i + 1]! : i + 1) : i;

    const done = new Uint8Array(n);
    const sorted = [...litIndex.keys()].sort((a, b) => a - b);
    for (const idx of sorted) {
      if (done[idx]) continue;
      const name = data.lower[idx]!;
      let chosen: [number, number, number] | undefined; // [prefix length, lo, hi]
      let from = 0;
      let to = n;
      for (let k = 0; k <= name.length; k++) {
        if (k > 0) [from, to] = narrow(data.lower, from, to, k, name.charCodeAt(k - 1));
        if (to - from < minCount) break; // ranges only shrink as the prefix grows
        if (setRunEnd[from]! < to) continue;
        if (withinLevel && data.levelRunEnd[from]! < to) continue;
        chosen = [k, from, to];
        break;
      }
      if (chosen === undefined) continue;
      const [k, lo, hi] = chosen;
      const wildcard = `${data.service}:${data.names[lo]!.slice(0, k)}*`;
      // JSON cost: quotes and comma per entry
      let saved = 0;
      const covered: number[] = [];
      for (let i = lo; i < hi; i++) {
        const pos = litIndex.get(i);
        if (pos !== undefined && replaced[pos] !== undefined) {
          covered.push(pos);
          saved += list[pos]!.length + 3;
        }
      }
      if (saved <= wildcard.length + 3) continue;
      // the catalog itself must agree that the wildcard adds nothing
      const expanded = expandActions(wildcard);
      let exact = expanded.length > 0;
      for (const full of expanded) {
        const i = lowerBound(data.lower, full.slice(full.indexOf(':') + 1).toLowerCase());
        if (i >= n || !inSet[i] || data.lower[i] !== full.slice(full.indexOf(':') + 1).toLowerCase()) {
          exact = false;
          break;
        }
      }
      if (!exact) continue;
      covered.sort((a, b) => a - b);
      replaced[covered[0]!] = wildcard;
      for (let c = 1; c < covered.length; c++) replaced[covered[c]!] = undefined;
      for (let i = lo; i < hi; i++) done[i] = 1;
    }
  }
  return minimizeActions(replaced.filter((a): a is string => a !== undefined));
}
