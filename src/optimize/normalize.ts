/**
 * Comparison keys and coverage tests the optimizer relies on. Every test here is sound: when it
 * says "equal" or "covers", the evaluation engine (iam-reference §4, §7) can never tell the
 * difference; when unsure it answers no.
 */
import type { ConditionElement, PrincipalElement, Statement } from '../model/policy-document.js';
import { PRINCIPAL_TYPES } from '../model/policy-document.js';
import { hasWildcard, wildcardMatch } from '../model/match.js';
import { splitArn } from '../model/arn.js';

const ARN_FIELDS = ['prefix', 'partition', 'service', 'region', 'account', 'resource'] as const;

const SEP = '\u0000';
const SEP2 = '\u0001';

/** Key of a set of strings: sorted, duplicates removed; case folded when `ignoreCase`. */
export function setKey(values: readonly string[], ignoreCase: boolean): string {
  const u = new Set(ignoreCase ? values.map((v) => v.toLowerCase()) : values);
  return [...u].sort().join(SEP);
}

/** Key of a Principal / NotPrincipal element. `"*"` and `{"AWS":"*"}` stay distinct. */
export function principalKey(p: PrincipalElement | undefined): string {
  if (p === undefined) return '-';
  if (p === '*') return '*';
  const parts: string[] = [];
  for (const t of PRINCIPAL_TYPES) {
    const v = p[t];
    if (v !== undefined) parts.push(`${t}=${setKey(v, false)}`);
  }
  return `{${parts.join(SEP2)}}`;
}

/** JSON-typed key of one condition value, so `1` and `"1"` stay distinct. */
function valueKey(v: string | number | boolean): string {
  return `${typeof v}:${String(v)}`;
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
    for (const key of Object.keys(block)) {
      entries.push(`${op}${SEP}${key.toLowerCase()}${SEP}${setKey(block[key]!.map(valueKey), false)}`);
    }
  }
  return entries.sort().join(SEP2);
}

/** Key of everything in a statement except its Sid. Two statements with equal keys decide alike. */
export function statementKey(s: Statement): string {
  return [
    s.Effect,
    principalKey(s.Principal),
    principalKey(s.NotPrincipal),
    conditionKey(s.Condition),
    actionKey(s),
    resourceKey(s),
  ].join(SEP2 + SEP2);
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

/**
 * True when every text `inner` matches is also matched by `outer` (both IAM wildcard patterns,
 * `*` any run, `?` one character). Structural test: `outer` must match `inner` read as a string of
 * symbols, where a `*` of `outer` may take any run of symbols, a `?` one literal or `?`, and a
 * literal only the same literal. Sound (never claims a cover that does not hold); O(n*m).
 */
export function patternCovers(outer: string, inner: string, ignoreCase: boolean): boolean {
  if (!hasWildcard(inner)) return wildcardMatch(outer, inner, ignoreCase);
  // a literal matches one text, a pattern with a wildcard more than one
  if (!hasWildcard(outer)) return false;
  const p = ignoreCase ? outer.toLowerCase() : outer;
  const q = ignoreCase ? inner.toLowerCase() : inner;
  // quick rejects: the literal head and tail of `outer` must appear literally in `inner`
  let h = 0;
  while (p.charCodeAt(h) !== 42 && p.charCodeAt(h) !== 63) {
    const qc = q.charCodeAt(h);
    if (qc !== p.charCodeAt(h) || qc === 42 || qc === 63) return false;
    h++;
  }
  for (let i = p.length - 1, j = q.length - 1; i >= 0 && p.charCodeAt(i) !== 42 && p.charCodeAt(i) !== 63; i--, j--) {
    const qc = j < 0 ? NaN : q.charCodeAt(j);
    if (qc !== p.charCodeAt(i) || qc === 42 || qc === 63) return false;
  }
  // dp[j]: p[0..i) matches q[0..j)
  let prev = new Uint8Array(q.length + 1);
  let cur = new Uint8Array(q.length + 1);
  prev[0] = 1;
  for (let i = 1; i <= p.length; i++) {
    const pc = p.charCodeAt(i - 1);
    cur.fill(0);
    if (pc === 42) {
      // '*' takes the empty run (prev[j]) or one more symbol (cur[j - 1])
      cur[0] = prev[0]!;
      for (let j = 1; j <= q.length; j++) cur[j] = prev[j]! | cur[j - 1]!;
    } else {
      for (let j = 1; j <= q.length; j++) {
        if (!prev[j - 1]) continue;
        const qc = q.charCodeAt(j - 1);
        if (pc === 63 ? qc !== 42 : pc === qc && qc !== 42 && qc !== 63) cur[j] = 1;
      }
    }
    [prev, cur] = [cur, prev];
  }
  return prev[q.length] === 1;
}

/**
 * True when Resource entry `outer` covers every resource `inner` covers. `"*"` covers everything.
 * Otherwise both must be full ARNs (five colons or more) without policy variables, and each
 * component of `outer` must cover the same component of `inner`, compared case-sensitively (the
 * engine matches component by component, folding case only in the first five components, so a
 * case-sensitive cover is always a cover).
 */
export function resourceCovers(outer: string, inner: string): boolean {
  if (outer === '*') return true;
  if (inner === '*') return false;
  if (outer.includes('${') || inner.includes('${')) return false;
  const o = splitArn(outer);
  const n = splitArn(inner);
  if (o === undefined || n === undefined) return false;
  return ARN_FIELDS.every((f) => patternCovers(o[f], n[f], false));
}

/** The text before the first wildcard (`*` or `?`). */
function literalHead(v: string): string {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 42 || c === 63) return v.slice(0, i);
  }
  return v;
}

/**
 * Removes entries another entry of the same list already covers, keeping the earliest of equal
 * entries (and of entries that cover each other) and the original order. Only entries with
 * wildcards can cover others, and a pattern can cover an entry only when the pattern's literal
 * head (its text before the first wildcard, through `fold`) starts the entry's literal head: the
 * patterns are indexed by head, so each entry is compared only with the patterns that could cover
 * it (for ARNs: those of its service and resource prefix), not with every pattern. Coverage is
 * transitive, so dropping every covered entry leaves a list that covers the same.
 */
export function dropCovered(
  values: readonly string[],
  keyOf: (v: string) => string,
  covers: (outer: string, inner: string) => boolean,
  fold: (v: string) => string = (v) => v,
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
  const byHead = new Map<string, number[]>();
  const lengths = new Set<number>();
  unique.forEach((v, i) => {
    if (!hasWildcard(v)) return;
    const h = fold(literalHead(v));
    const at = byHead.get(h);
    if (at === undefined) byHead.set(h, [i]);
    else at.push(i);
    lengths.add(h.length);
  });
  if (byHead.size === 0) return unique;
  const sizes = [...lengths].sort((x, y) => x - y);
  return unique.filter((v, i) => {
    const head = fold(literalHead(v));
    for (const n of sizes) {
      if (n > head.length) break;
      const candidates = byHead.get(n === head.length ? head : head.slice(0, n));
      if (candidates === undefined) continue;
      for (const p of candidates) {
        if (p === i) continue;
        const outer = unique[p]!;
        // of two entries that cover each other, the earlier one stays
        if (covers(outer, v) && (p < i || !covers(v, outer))) return false;
      }
    }
    return true;
  });
}

/** Action list without duplicates (case-insensitive) and without actions a wildcard covers. */
export function minimizeActions(actions: readonly string[]): string[] {
  if (actions.includes('*')) return ['*'];
  return dropCovered(actions, (a) => a.toLowerCase(), (o, i) => patternCovers(o, i, true), (h) => h.toLowerCase());
}

/** Resource list without exact duplicates and without entries another entry covers. */
export function minimizeResources(resources: readonly string[]): string[] {
  if (resources.includes('*')) return ['*'];
  return dropCovered(resources, (r) => r, resourceCovers);
}
