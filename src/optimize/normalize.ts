/**
 * Comparison keys and coverage tests the optimizer relies on. Every test here is sound: when it
 * says "equal" or "covers", the evaluation engine (iam-reference §4, §7) can never tell the
 * difference; when unsure it answers no.
 */
import type { ConditionElement, PrincipalElement, Statement } from '../model/policy-document.js';
import { PRINCIPAL_TYPES } from '../model/policy-document.js';
import { hasWildcard, literalHead, patternCovers } from '../model/match.js';
import { resourceCovers, splitArn, type ArnFields } from '../model/arn.js';
import { COVER_WORK_BUDGET, HeadIndex } from '../internal/head-index.js';
import { strayAction } from '../model/syntax.js';


/*
 * Keys are JSON texts of sorted arrays: JSON escapes every control character and quote, so no
 * value, whatever characters it holds, makes two different lists give one key (values joined with
 * a separator did: ["a\u0000b"] and ["a", "b"] were one list).
 */

/** Key of a set of strings: sorted, duplicates removed; case folded when `ignoreCase`. */
export function setKey(values: readonly string[], ignoreCase: boolean): string {
  const u = new Set(ignoreCase ? values.map((v) => v.toLowerCase()) : values);
  return JSON.stringify([...u].sort());
}

/** Key of a Principal / NotPrincipal element. `"*"` and `{"AWS":"*"}` stay distinct. */
export function principalKey(p: PrincipalElement | undefined): string {
  if (p === undefined) return '-';
  if (p === '*') return '*';
  const parts: [string, string][] = [];
  for (const t of PRINCIPAL_TYPES) {
    const v = p[t];
    if (v !== undefined) parts.push([t, setKey(v, false)]);
  }
  return JSON.stringify(parts);
}

/** JSON-typed key of one condition value, so `1` and `"1"` (and `true` and `"true"`) stay distinct. */
function valueKey(v: string | number | boolean): string {
  return JSON.stringify(v);
}

/**
 * Key of a Condition block: the sorted multiset of (operator, lower-cased key, value set) entries.
 * Operators are compared exactly (IAM operators are case-sensitive), key names case-insensitively,
 * value lists as sets. An absent and an empty block are the same (no condition).
 */
export function conditionKey(c: ConditionElement | undefined): string {
  if (c === undefined) return '';
  const entries: string[] = [];
  for (const op of Object.keys(c)) {
    const block = c[op]!;
    for (const key of Object.keys(block)) entries.push(JSON.stringify([op, key.toLowerCase(), setKey(block[key]!.map(valueKey), false)]));
  }
  return entries.length === 0 ? '' : JSON.stringify(entries.sort());
}

/** Key of everything in a statement except its Sid. Two statements with equal keys decide alike. */
export function statementKey(s: Statement): string {
  return JSON.stringify([s.Effect, principalKey(s.Principal), principalKey(s.NotPrincipal), conditionKey(s.Condition), actionKey(s), resourceKey(s)]);
}

/** Key of the Action / NotAction element (actions compare case-insensitively). */
export function actionKey(s: Statement): string {
  if (s.Action !== undefined) return `A:${setKey(s.Action, true)}`;
  if (s.NotAction !== undefined) return `NA:${setKey(s.NotAction, true)}`;
  return '-';
}

/** Key of the Resource / NotResource element (ARNs compare exactly). */
export function resourceKey(s: Statement): string {
  if (s.Resource !== undefined) return `R:${setKey(s.Resource, false)}`;
  if (s.NotResource !== undefined) return `NR:${setKey(s.NotResource, false)}`;
  return '-';
}

export { patternCovers, resourceCovers };

/**
 * Removes entries another entry of the same list already covers, keeping the earliest of equal
 * entries (and of entries that cover each other) and the original order. Only entries with
 * wildcards can cover others, and a pattern can cover an entry only when the pattern's head (from
 * `headOf`: a literal head, so that `covers(outer, inner)` implies that the head of `outer` starts
 * the head of `inner`) starts the entry's head: the patterns are kept in a {@link HeadIndex}, so
 * each entry is compared only with the patterns that could cover it (for ARNs: those whose resource
 * field's head starts its resource field), not with every pattern. An entry whose head is
 * `undefined` neither covers nor is covered. Coverage is transitive, so dropping every covered entry
 * leaves a list that covers the same. Comparisons stop at {@link COVER_WORK_BUDGET} characters
 * compared: the entries not compared by then are kept (fewer dropped, never a wrong one).
 */
export function dropCovered(
  values: readonly string[],
  keyOf: (v: string) => string,
  covers: (outer: string, inner: string) => boolean,
  headOf: (v: string) => string | undefined,
): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const v of values) {
    const k = keyOf(v);
    if (!seen.has(k)) {
      seen.add(k);
      unique.push(v);
    }
  }
  if (unique.length < 2) return unique;
  const heads = unique.map(headOf);
  const patterns: [string, number][] = [];
  unique.forEach((v, i) => {
    const h = heads[i];
    if (h !== undefined && hasWildcard(v)) patterns.push([h, i]);
  });
  if (patterns.length === 0) return unique;
  const index = new HeadIndex(patterns);
  let budget = COVER_WORK_BUDGET;
  return unique.filter((v, i) => {
    const head = heads[i];
    // past the budget, every entry left is kept
    if (head === undefined || budget < 0) return true;
    // shortest heads first: the broadest patterns, the likeliest to cover (any cover will do)
    const chain: number[] = [];
    for (let h = index.longestPrefixOf(head); h >= 0; h = index.next(h)) chain.push(h);
    for (let c = chain.length - 1; c >= 0; c--) {
      for (const p of index.entries(chain[c]!)) {
        if (p === i) continue;
        const outer = unique[p]!;
        if ((budget -= outer.length * v.length) < 0) return true;
        // of two entries that cover each other, the earlier one stays
        if (covers(outer, v) && (p < i || !covers(v, outer))) return false;
      }
    }
    return true;
  });
}

/**
 * Action list without duplicates (case-insensitive) and without actions a wildcard covers. An
 * entry with stray whitespace (`"lambda:ListFunctions "`, as AWS accepted it) neither covers nor
 * is covered: the engine reads it as written or as the action it stands for, depending on the
 * Effect and the element (docs/evaluation.md), so a cover of its text says nothing.
 */
export function minimizeActions(actions: readonly string[]): string[] {
  if (actions.includes('*')) return ['*'];
  return dropCovered(
    actions,
    (a) => a.toLowerCase(),
    (o, i) => patternCovers(o, i, true),
    // patternCovers ignoring case compares the lower-cased texts
    (a) => (strayAction(a) === undefined ? literalHead(a.toLowerCase()) : undefined),
  );
}

/**
 * Resource list without exact duplicates and without entries another entry covers. Only ARNs
 * without policy variables cover or are covered (`resourceCovers`); their fields match one by one,
 * so a cover's resource field head starts the covered entry's resource field.
 */
export function minimizeResources(resources: readonly string[]): string[] {
  if (resources.includes('*')) return ['*'];
  const fields = new Map<string, ArnFields | undefined>();
  for (const r of resources) if (!fields.has(r)) fields.set(r, r.includes('${') ? undefined : splitArn(r));
  return dropCovered(
    resources,
    (r) => r,
    (o, i) => resourceCovers(o, i, fields.get(o), fields.get(i)),
    (r) => {
      const f = fields.get(r);
      return f === undefined ? undefined : literalHead(f.resource);
    },
  );
}
