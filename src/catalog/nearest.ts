/**
 * The nearest names to a name that is none: an index of names by lower-cased form and by length,
 * and the search of "did you mean" (catalog/suggest.ts for actions, services, keys and operators;
 * catalog/managed-policies.ts for AWS managed policy names). Imports nothing, so a module that
 * suggests among a few names does not load the catalog.
 */

/** Names of one kind, indexed by lower-cased form and by length. */
export interface NameIndex {
  readonly exact: ReadonlyMap<string, string>;
  /** Lower-cased names by length: `byLength[n]` lists the names of length n. */
  readonly byLength: readonly (readonly string[] | undefined)[];
}

export function indexOf(names: Iterable<string>): NameIndex {
  const exact = new Map<string, string>();
  const byLength: string[][] = [];
  for (const n of names) {
    const lower = n.toLowerCase();
    if (exact.has(lower)) continue;
    exact.set(lower, n);
    (byLength[lower.length] ??= []).push(lower);
  }
  return { exact, byLength };
}

/** Levenshtein distance of `a` and `b`, or `max + 1` as soon as it must exceed `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let next = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    next[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, next[j - 1]! + 1, prev[j - 1]! + cost);
      next[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [prev, next] = [next, prev];
  }
  return prev[b.length]!;
}

/** Edits allowed for a name of this length: 1 for short names, up to a third of longer ones. */
const budget = (length: number): number => (length <= 4 ? 1 : length <= 8 ? 2 : Math.min(4, Math.floor(length / 3)));

/** Shortest input (after its last `:`) that {@link nearest} completes: names that begin with a shorter one are too many to mean it. */
export const SHORTEST_PREFIX = 4;

/**
 * The names of `index` nearest to `name`, at most `limit`, best first: the name in any case alone;
 * else the name written as the AWS CLI or an SDK writes it, in words joined by `-` or `_`
 * (`describe-instances`, `batch_write_item`), alone; else the names within a few edits; else, for a
 * CamelCase name of three words or more, the names of its words with one left out (`CreateIndex` for
 * `CreateVectorIndex`); else, for
 * a name of at least 4 characters, the names that begin with it, shortest first (`Invoke` for
 * `InvokeFunction`; unless `complete` is false). A name every character of which would be replaced
 * (`q` for `x`, `*` or ``) is no suggestion: it shares nothing with the input.
 */
export function nearest(index: NameIndex, name: string, limit: number, complete = true): string[] {
  if (limit === 0) return [];
  const lower = name.toLowerCase();
  const hit = index.exact.get(lower) ?? (/[-_]/.test(lower) ? index.exact.get(lower.replace(/[-_]/g, '')) : undefined);
  if (hit !== undefined) return [hit];
  const max = budget(lower.length);
  const found: { name: string; d: number }[] = [];
  for (let len = Math.max(0, lower.length - max); len <= lower.length + max; len++) {
    for (const candidate of index.byLength[len] ?? []) {
      const d = distance(lower, candidate, max);
      if (d <= max && d < Math.max(lower.length, candidate.length)) found.push({ name: index.exact.get(candidate)!, d });
    }
  }
  // a name of three or more words with one too many (`CreateVectorIndex`: `CreateIndex`): every
  // word of the suggestion is the input's, in its order, so it is never a name the input only resembles
  // (a key's last segment: `apigateway:Request/CognitoUserPoolProviderArn` gets `apigateway:Request/CognitoUserPoolArn`)
  const head = lastSegment(name);
  const input = found.length === 0 ? words(name.slice(head)) : undefined;
  if (input !== undefined && input.length >= 3)
    for (let len = 1; len < lower.length; len++)
      for (const candidate of index.byLength[len] ?? []) {
        if (lastSegment(candidate) !== head || !candidate.startsWith(lower.slice(0, head))) continue;
        const shorter = words(index.exact.get(candidate)!.slice(head));
        if (shorter !== undefined && oneWordLess(shorter, input)) found.push({ name: index.exact.get(candidate)!, d: lower.length - len });
      }
  // a key's or a qualified operator's own name counts, not its prefix (`aws:` completes nothing)
  if (complete && found.length === 0 && lower.length - lower.lastIndexOf(':') - 1 >= SHORTEST_PREFIX)
    for (let len = lower.length + max + 1; len < index.byLength.length; len++)
      for (const candidate of index.byLength[len] ?? []) if (candidate.startsWith(lower)) found.push({ name: index.exact.get(candidate)!, d: len });
  found.sort((x, y) => x.d - y.d || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return found.slice(0, limit).map((f) => f.name);
}

/** Where the last segment of a name begins: after its last `:` or `/` (0 for an action's bare name). */
const lastSegment = (name: string): number => Math.max(name.lastIndexOf(':'), name.lastIndexOf('/')) + 1;

/** The words of a name written in CamelCase, lower case (`CreateVectorIndex`: create, vector, index; `DescribeDBInstances`: describe, db, instances). */
function words(name: string): string[] | undefined {
  const w = name.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+/g);
  return w === null || w.join('') !== name ? undefined : w.map((x) => x.toLowerCase());
}

/** True when `shorter` is `longer` with one word left out. */
function oneWordLess(shorter: readonly string[], longer: readonly string[]): boolean {
  if (shorter.length !== longer.length - 1) return false;
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  for (let j = i; j < shorter.length; j++) if (shorter[j] !== longer[j + 1]) return false;
  return true;
}
