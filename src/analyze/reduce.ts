/**
 * "Does `updated` allow a request `existing` does not?" for identity policies, cut into small
 * searches before the search of space.ts runs.
 *
 * With identity policies only, a request is allowed exactly when some Allow statement applies and
 * no Deny statement applies (docs/evaluation.md, evaluation order). From that:
 *
 * 1. **Shared statements.** When every Deny statement of `existing` is also one of `updated` (or
 *    lies in one: applies only where that one applies), an Allow statement of `updated` that is
 *    also one of `existing` adds nothing: on a request it applies to that `updated` allows, no
 *    Deny of `updated` applies, so none of `existing` does, and `existing` allows it through the
 *    same statement. The same holds for an Allow of `updated` that lies in the Allows of
 *    `existing`: each of its pieces (one action entry with one resource entry) in one of them
 *    ({@link allowsCover}). Statements are "the same" when they differ only in Sid,
 *    list order and repeats ({@link meaningKey}). Only the other ("fresh") Allow statements of
 *    `updated` can give new access.
 * 2. **One fresh statement at a time.** New access exists iff for some fresh statement F a request
 *    exists that F applies to, no Deny of `updated` applies to, and `existing` does not allow. On
 *    requests F applies to, a statement whose actions (or resources) cannot meet F's never
 *    applies, so it is dropped from both sides; each search sees F and the statements that can
 *    meet it (ARN entries meet only when each of their six components does, {@link resourcesMeet}).
 * 3. **Policy variables on the safe side.** When a search cannot decide a policy variable, an Allow
 *    of `existing` or a Deny of `updated` that reads one may be dropped, and a variable in the
 *    resource part of F's Resource read as `*` (existing then allows less, updated more): a `pass` of the
 *    smaller question is still a proof, and a witness of it is kept only when `evaluate` confirms
 *    it on the full policies (otherwise the answer is `unknown`).
 *
 * Steps 1 and 2 are exact; the tests compare them with the plain search on random pairs.
 */
import type { PolicyDocument, Statement } from '../model/policy-document.js';
import { parseOperator } from '../model/operators.js';
import { arnBounds, foldText, globTokens, padPattern, patternsMeet, plainPattern, splitPattern, wildcardMatch } from '../model/match.js';
import { unsureHead } from '../model/arn.js';
import { BoundedCache } from '../model/bounded-cache.js';
import { analyzeMessages } from './messages.js';
import { analyzeClock, deadlineOf } from './regions.js';
import { readPolicy } from '../evaluate/read.js';
import { trustedPolicy } from '../policy/policy.js';
import type { Policy } from '../policy/types.js';
import { strayAction } from '../model/syntax.js';
import { evaluate } from '../evaluate/engine.js';
import { actionListMatches } from '../evaluate/statement.js';
import type { EvaluationRequest, EvaluationResult, PolicyInput, PolicySet } from '../evaluate/types.js';
import { callMemo, listOf, search, type CallMemo, type SearchAnswer, type SearchOptions } from './space.js';
import { narrowerStatement, readsVariable, variableWitness, widerStatement } from './widen.js';

export interface Entry {
  readonly st: Statement;
  readonly version: string;
  readonly key: string;
  readonly variables: boolean;
}


const entries = new WeakMap<Statement, Entry>();

/** The statements of a set made of identity policies only, or undefined. */
function identityEntries(set: PolicySet): Entry[] | undefined {
  for (const k of Object.keys(set) as (keyof PolicySet)[]) if (k !== 'identity' && set[k] !== undefined) return undefined;
  const out: Entry[] = [];
  for (const input of listOf(set.identity as PolicyInput | readonly PolicyInput[] | undefined)) {
    const { document } = readPolicy(input, 'identity');
    for (const st of document.Statement) {
      // a stray-whitespace action that evaluate reads by the safer reading (a Deny's Action, an
      // Allow's NotAction) would be dropped here as meeting nothing: the plain search says unknown
      if (((st.Effect === 'Deny' ? st.Action : st.NotAction) ?? []).some((a) => strayAction(a) !== undefined)) return undefined;
      let known = entries.get(st);
      if (known === undefined || known.version !== document.Version) {
        known = { st, version: document.Version, key: `${document.Version}${meaningKey(st)}`, variables: readsVariable(st, document.Version) };
        entries.set(st, known);
      }
      out.push(known);
    }
  }
  return out;
}

/** A list read as a set: its entries as JSON texts, without repeats, sorted. */
function asSet(list: readonly unknown[] | undefined): string[] | undefined {
  return list === undefined ? undefined : [...new Set(list.map((v) => JSON.stringify(v)))].sort();
}

/**
 * The statement without its Sid, every list sorted and without repeats, condition operators and
 * keys sorted: statements with one key mean the same. Evaluate reads each list as a set (any entry
 * matches; a condition block is the AND of its operators and keys; each operator's values are read
 * as a set), so neither order nor repeats change a decision.
 */
export function meaningKey(st: Statement): string {
  const condition = st.Condition === undefined ? undefined : Object.keys(st.Condition).sort().map((op) => [op, Object.keys(st.Condition![op]!).sort().map((k) => [k, asSet(st.Condition![op]![k])])]);
  return JSON.stringify([st.Effect, asSet(st.Action), asSet(st.NotAction), asSet(st.Resource), asSet(st.NotResource), st.Principal, st.NotPrincipal, condition]);
}

const meets = new BoundedCache<string, boolean>(50_000);
/**
 * The most pairs of positions {@link globsMeet} walks (1 MB, a few ms); longer pairs "may meet".
 * Without it two hostile entries of 6,000 characters took 2.4 s and 36 MB before any deadline
 * check, 70,000 characters threw a RangeError.
 */
const MEET_CELLS = 1 << 20;

/**
 * True when some text matches both wildcard patterns (`*` any run, `?` one character; letters
 * compared ignoring case, which only widens): the model's {@link patternsMeet}, O(|a| * |b|).
 */
export function globsMeet(x: string, y: string): boolean {
  if (x === '*' || y === '*' || x === y) return true;
  const a = foldText(x);
  const b = foldText(y);
  const key = `${a}\u0000${b}`;
  const hit = meets.get(key);
  if (hit !== undefined) return hit;
  // too long to compare within the budget: answer "may meet", never a wrong "no"
  if ((a.length + 1) * (b.length + 1) > MEET_CELLS) return true;
  const ta = globTokens(a);
  const tb = globTokens(b);
  const found = patternsMeet(ta, tb, ta.length, tb.length);
  meets.set(key, found);
  return found;
}

/**
 * Texts whose wildcard language holds every resource the entry can match: the entry itself (read
 * whole) and its six components joined again (read as an ARN, padded when short).
 */
function resourceTexts(raw: string): string[] {
  const p = plainPattern(raw);
  const parts = arnBounds(raw) !== undefined ? splitPattern(p) : raw.startsWith('arn:') ? padPattern(p) : undefined;
  const joined = parts?.map((q) => q.text).join(':');
  return joined === undefined || joined === raw ? [raw] : [raw, joined];
}

/** A statement's action patterns by folded service prefix (patterns with a wildcard in the prefix apart). */
interface ActionIndex {
  readonly byPrefix: Map<string, { literals: Set<string>; wild: string[] }>;
  readonly global: string[];
  /** Every Action entry folded (a check compares each many times). */
  readonly folded: readonly string[];
  /** Every Action entry as written. */
  readonly all: readonly string[];
  /** What the cover tests read of the statement ({@link factsOf}), once they have read it. */
  cover?: CoverFacts;
}

const actionIndexes = new WeakMap<Statement, ActionIndex>();

function actionIndex(st: Statement): ActionIndex {
  let ix = actionIndexes.get(st);
  if (ix !== undefined) return ix;
  ix = { byPrefix: new Map(), global: [], folded: (st.Action ?? []).map(foldText), all: st.Action ?? [] };
  for (const a of st.Action ?? []) {
    const colon = a.indexOf(':');
    const prefix = colon === -1 ? a : a.slice(0, colon);
    if (colon === -1 || /[*?]/.test(prefix)) {
      ix.global.push(a);
      continue;
    }
    const k = foldText(prefix);
    let g = ix.byPrefix.get(k);
    if (g === undefined) ix.byPrefix.set(k, (g = { literals: new Set(), wild: [] }));
    const name = a.slice(colon + 1);
    if (/[*?]/.test(name)) g.wild.push(a);
    else g.literals.add(foldText(a));
  }
  actionIndexes.set(st, ix);
  return ix;
}

/** False only when no action matches a pattern of both lists (compared service by service). */
function actionsMeet(x: Statement, y: Statement): boolean {
  const a = actionIndex(x);
  const b = actionIndex(y);
  if (a.global.length > 0 && b.all.some((q) => a.global.some((p) => globsMeet(p, q)))) return true;
  if (b.global.length > 0 && a.all.some((q) => b.global.some((p) => globsMeet(p, q)))) return true;
  const [small, large] = a.byPrefix.size <= b.byPrefix.size ? [a, b] : [b, a];
  for (const [prefix, g] of small.byPrefix) {
    const h = large.byPrefix.get(prefix);
    if (h === undefined) continue;
    const [fewer, more] = g.literals.size <= h.literals.size ? [g.literals, h.literals] : [h.literals, g.literals];
    for (const l of fewer) if (more.has(l)) return true;
    for (const p of g.wild) {
      for (const q of h.wild) if (globsMeet(p, q)) return true;
      for (const l of h.literals) if (wildcardMatch(p, l)) return true;
    }
    for (const p of h.wild) for (const l of g.literals) if (wildcardMatch(p, l)) return true;
  }
  return false;
}

/**
 * False only when no resource matches both entries. Two entries with five colons each only match
 * ARN texts (a text with fewer colons cannot match them, read whole or not), and those component
 * by component (evaluate/statement.ts): they meet only when every pair of components meets (when
 * a head component of either ends in `*`, which may take colons, they are compared whole). Any
 * other pair is compared as whole texts, the entry read whole and with its components joined again
 * (a component-wise match is a match of the joined text).
 */
export function resourcesMeet(x: string, y: string): boolean {
  const bx = arnBounds(x);
  const by = arnBounds(y);
  if (bx !== undefined && by !== undefined) {
    // a `*` ending a head component may take colons (resourceArnMatch): compare the whole texts,
    // where every `*` may take anything (more meetings, never fewer)
    if (headStarCrosses(x, bx) || headStarCrosses(y, by)) return globsMeet(x, y);
    for (let i = 0; i < 6; i++) if (!globsMeet(x.slice(bx[i], bx[i + 1]! - 1), y.slice(by[i], by[i + 1]! - 1))) return false;
    return true;
  }
  return resourceTexts(x).some((a) => resourceTexts(y).some((b) => globsMeet(a, b)));
}

/** True when one of the first five components of the ARN entry `raw` (split at `b`) ends in `*`. */
function headStarCrosses(raw: string, b: readonly number[]): boolean {
  for (let i = 1; i <= 5; i++) if (b[i]! - 2 >= b[i - 1]! && raw.charCodeAt(b[i]! - 2) === 42) return true;
  return false;
}

/**
 * False only when no request can match both statements' actions and resources. Past `deadline`
 * the remaining pairs of resource entries are not compared: they may meet.
 */
export function mayMeet(x: Statement, y: Statement, xVersion: string, yVersion: string, deadline = Infinity): boolean {
  if (x.Action !== undefined && y.Action !== undefined && !actionsMeet(x, y)) return false;
  if (x.Resource === undefined || y.Resource === undefined) return true;
  if (xVersion === '2008-10-17' || yVersion === '2008-10-17') return true;
  const fx = factsOf(x);
  const fy = factsOf(y);
  if (fx.resourceVariable || fy.resourceVariable) return true;
  // ARN entries by their components, split once per statement ({@link resourcesMeet})
  const rx = fx.resources!;
  const ry = fy.resources!;
  for (let i = 0; i < rx.length; i++)
    for (let j = 0; j < ry.length; j++) {
      if (deadline !== Infinity && analyzeClock.now() >= deadline) return true;
      const a = rx[i]!;
      const b = ry[j]!;
      const split = typeof a !== 'string' && typeof b !== 'string' && !a.slice(0, 5).some(endsInStar) && !b.slice(0, 5).some(endsInStar);
      if (split ? componentsMeet(a, b) : resourcesMeet(x.Resource[i]!, y.Resource[j]!)) return true;
    }
  return false;
}

const endsInStar = (p: string): boolean => p.endsWith('*');

/** {@link resourcesMeet} of two ARN entries split into components (the five of the head folded). */
function componentsMeet(a: readonly string[], b: readonly string[]): boolean {
  for (let k = 0; k < 6; k++) {
    const p = a[k]!;
    const q = b[k]!;
    if (p === q) continue;
    // two folded head components without wildcards meet only when equal
    if (k < 5 && !/[*?]/.test(p) && !/[*?]/.test(q)) return false;
    if (!globsMeet(p, q)) return false;
  }
  return true;
}

/**
 * The statements of a list that may meet a statement ({@link mayMeet}), looked up by the service
 * prefixes of their actions first: two statements whose `Action` lists have no wildcard in a
 * prefix and share no prefix meet on no action, so only the statements filed under one of the
 * statement's prefixes, and those that cannot be filed (a `NotAction` list, a wildcard in a
 * prefix), are compared.
 */
export class Neighbours {
  readonly #byPrefix = new Map<string, number[]>();
  readonly #unfiled: number[] = [];

  constructor(readonly entries: readonly Entry[]) {
    entries.forEach((e, i) => {
      const ix = e.st.Action === undefined ? undefined : actionIndex(e.st);
      if (ix === undefined || ix.global.length > 0) this.#unfiled.push(i);
      else
        for (const prefix of ix.byPrefix.keys()) {
          let list = this.#byPrefix.get(prefix);
          if (list === undefined) this.#byPrefix.set(prefix, (list = []));
          list.push(i);
        }
    });
  }

  /** The entries that may meet `f`, in their order (past `deadline`, every one of them may). */
  of(f: Entry, deadline = Infinity): Entry[] {
    const ix = f.st.Action === undefined ? undefined : actionIndex(f.st);
    let found: number[];
    if (ix === undefined || ix.global.length > 0) found = this.entries.map((_, i) => i);
    else {
      const set = new Set(this.#unfiled);
      for (const prefix of ix.byPrefix.keys()) for (const i of this.#byPrefix.get(prefix) ?? []) set.add(i);
      found = [...set].sort((x, y) => x - y);
    }
    const out: Entry[] = [];
    let late = false;
    for (let n = 0; n < found.length; n++) {
      const e = this.entries[found[n]!]!;
      // the clock every 64 pairs, as mayMeet reads it only between resource entries
      if (!late && (n & 63) === 63 && deadline !== Infinity) late = analyzeClock.now() >= deadline;
      if (late || mayMeet(e.st, f.st, e.version, f.version, deadline)) out.push(e);
    }
    return out;
  }
}

/**
 * True when every text matching pattern `b` matches pattern `a` (a sufficient test; texts folded
 * already, or compared as written): `a` is `*`, or equal to `b`, or a wildcard-free text followed
 * by one `*` that `b` starts with.
 */
function foldedCovers(a: string, b: string): boolean {
  if (a === '*' || a === b) return true;
  if (!a.endsWith('*')) return false;
  const head = a.slice(0, -1);
  return !head.includes('*') && !head.includes('?') && b.startsWith(head);
}


/** What the cover tests read of a statement, computed once per statement. */
interface CoverFacts {
  /** Folded Action entries, or undefined (a NotAction list, or none). */
  readonly actions: readonly string[] | undefined;
  /** Resource entries: the six components (the five of the head folded), or the text when not an ARN, holding a variable or an unsure head (`unsureHead`). */
  readonly resources: readonly (readonly string[] | string)[] | undefined;
  /** Principal, NotPrincipal and NotAction (each list as a set), as one text. */
  readonly rest: string;
  /** The NotResource entries, or undefined. */
  readonly notResources: ReadonlySet<string> | undefined;
  /** Each condition (operator and key as written) with its values as a set. */
  readonly conditions: ReadonlyMap<string, string>;
  /** Each condition's values, each as JSON (a number and its text are two values here). */
  readonly values: ReadonlyMap<string, ReadonlySet<string>>;
  /** An Action entry written with stray whitespace (read.ts reads those apart). */
  readonly stray: boolean;
  /** A Resource entry holds `$` (maybe a policy variable). */
  readonly resourceVariable: boolean;
}

/** The cover facts of a statement, kept in its action index. */
function factsOf(st: Statement): CoverFacts {
  const ix = actionIndex(st);
  if (ix.cover !== undefined) return ix.cover;
  const conditions = new Map<string, string>();
  const values = new Map<string, ReadonlySet<string>>();
  for (const [op, keys] of Object.entries(st.Condition ?? {}))
    for (const [k, list] of Object.entries(keys)) {
      const set = asSet(list)!;
      conditions.set(`${op}\u0000${k}`, JSON.stringify(set));
      values.set(`${op}\u0000${k}`, new Set(set));
    }
  const f: CoverFacts = {
    actions: st.Action === undefined ? undefined : ix.folded,
    resources: st.Resource?.map((r) => {
      // an entry with a capital in its head or a wildcard in its service grants nothing in an Allow
      // (unsureHead, evaluate's reading): as text, it covers only itself
      const b = r.includes('$') || unsureHead(r, '2012-10-17') ? undefined : arnBounds(r);
      return b === undefined ? r : [0, 1, 2, 3, 4, 5].map((i) => (i < 5 ? foldText(r.slice(b[i], b[i + 1]! - 1)) : r.slice(b[i], b[i + 1]! - 1)));
    }),
    rest: JSON.stringify([st.Principal ?? null, st.NotPrincipal ?? null, asSet(st.NotAction) ?? null]),
    notResources: st.NotResource === undefined ? undefined : new Set(st.NotResource),
    conditions,
    values,
    stray: (st.Action ?? []).some((a) => strayAction(a) !== undefined),
    resourceVariable: (st.Resource ?? []).some((r) => r.includes('$')),
  };
  ix.cover = f;
  return f;
}

/** True when every resource entry `f` matches, entry `e` matches (a sufficient test; policy variables only as the same text). */
function resourceCovers(e: readonly string[] | string, f: readonly string[] | string): boolean {
  if (e === '*' || e === f) return true;
  if (typeof e === 'string' || typeof f === 'string') return false;
  for (let i = 0; i < 6; i++) if (!foldedCovers(e[i]!, f[i]!)) return false;
  return true;
}

/**
 * The pieces of Allow statement `f` that Allow statement `e` applies to wholly (a sufficient
 * test). A statement with an `Action` and a `Resource` list applies to a request exactly when one
 * of its actions, one of its resources and every condition match, so it is the union of its
 * pieces: one action entry with one resource entry (a `NotAction` or `NotResource` list is one
 * piece of its own). Every piece of the answer's product (action indexes x resource indexes of
 * `f`) lies in `e`: each action entry within one action pattern of `e`, each resource entry within
 * one resource entry of `e` (equal, `*`, or a prefix followed by `*`; ARNs component by
 * component, the head ignoring case), every condition of `e` one of `f`'s (same operator, key and
 * values, or values that hold in more requests: {@link implies}); NotAction, NotResource and principals the same lists; one policy version. `undefined`
 * when no piece does.
 */
export function coveredPieces(e: Entry, f: Entry): { readonly actions: readonly number[]; readonly resources: readonly number[] } | undefined {
  const x = e.st;
  const y = f.st;
  if (e.version !== f.version || x.Effect !== y.Effect) return undefined;
  const ex = factsOf(x);
  const fy = factsOf(y);
  // the cheap tests first: most pairs differ in their actions
  let actions: number[] = [0];
  if (ex.actions !== undefined && fy.actions !== undefined) {
    actions = coveredIndexes(ex.actions, fy.actions, foldedCovers);
    // actions read with stray whitespace are matched as written only in an Allow's Action (read.ts)
    if (actions.length === 0 || ex.stray || fy.stray) return undefined;
  } else if (x.Action !== undefined || y.Action !== undefined) return undefined;
  let resources: number[] = [0];
  if (ex.resources !== undefined && fy.resources !== undefined) {
    resources = coveredIndexes(ex.resources, fy.resources, resourceCovers);
    if (resources.length === 0) return undefined;
  } else if (x.Resource !== undefined || y.Resource !== undefined) return undefined;
  // NotAction, NotResource and principals: the same lists (with the tests above, both or neither hold each)
  if (ex.rest !== fy.rest || !excludesLess(ex.notResources, fy.notResources)) return undefined;
  for (const [k, values] of ex.conditions) if (fy.conditions.get(k) !== values && !implies(k, fy.values.get(k), ex.values.get(k)!)) return undefined;
  return { actions, resources };
}

/**
 * True when a statement with NotResource entries `wide` applies wherever one with `narrow` does
 * (the rest alike): it excludes a subset of the resources, its entries among the other's (as
 * written; the entries with a policy variable the same in both, as for {@link implies}). Both
 * undefined (no NotResource) is true; one undefined is false.
 */
function excludesLess(wide: ReadonlySet<string> | undefined, narrow: ReadonlySet<string> | undefined): boolean {
  if (wide === undefined || narrow === undefined) return wide === narrow;
  for (const r of wide) if (!narrow.has(r)) return false;
  for (const r of narrow) if (r.includes('${') && !wide.has(r)) return false;
  return true;
}

/**
 * True when a String condition with operator and key `opKey` holds wherever it holds with the
 * values `narrow` instead of `wide` (a sufficient test). It holds when the key's value matches one
 * of the values (ForAnyValue: one of the request's values does; ForAllValues: each does), so
 * fewer values hold in fewer requests; a negated operator holds when the value matches none of
 * them, so more values hold in fewer requests. Only String operators, both lists non-empty, and
 * the values with a policy variable the same in both: a value without one is always read, and a
 * value evaluate cannot read (a variable with white space, which makes an Allow's condition fail
 * whatever the other values say) is then in both lists. Values are compared as written: two texts
 * that match alike (`a*` and `a**`) are two values here.
 */
function implies(opKey: string, narrow: ReadonlySet<string> | undefined, wide: ReadonlySet<string>): boolean {
  if (narrow === undefined || narrow.size === 0 || wide.size === 0) return false;
  const op = parseOperator(opKey.slice(0, opKey.indexOf('\u0000')));
  if (op === undefined || op.family !== 'String') return false;
  // values with a policy variable the same in both: whatever evaluate makes of one, it makes of both lists
  for (const v of narrow) if (v.includes('${') && !wide.has(v)) return false;
  for (const v of wide) if (v.includes('${') && !narrow.has(v)) return false;
  const [small, big] = op.negated ? [wide, narrow] : [narrow, wide];
  for (const v of small) if (!big.has(v)) return false;
  return true;
}

/** Indexes of the entries of `f` that lie in an entry of `e` (by `covers(entryOfE, entryOfF)`). */
function coveredIndexes<T>(e: readonly T[], f: readonly T[], covers: (q: T, p: T) => boolean): number[] {
  const out: number[] = [];
  f.forEach((p, i) => {
    if (e.some((q) => covers(q, p))) out.push(i);
  });
  return out;
}

/** Number of pieces of a statement ({@link coveredPieces}): action entries x resource entries. */
function pieceCount(st: Statement): [number, number] {
  return [st.Action?.length ?? 1, st.Resource?.length ?? 1];
}

/**
 * True when Allow statement `e` applies to every request Allow statement `f` applies to (a
 * sufficient test): every piece of `f` lies in `e` ({@link coveredPieces}).
 */
export function statementCovers(e: Entry, f: Entry): boolean {
  const p = coveredPieces(e, f);
  const [na, nr] = pieceCount(f.st);
  return p !== undefined && p.actions.length === na && p.resources.length === nr;
}

/**
 * True when the Allow statements `es` together apply to every request Allow statement `f`
 * applies to (a sufficient test): each piece of `f` lies in one of them ({@link coveredPieces}).
 * A statement split into one statement per resource (or per action) is covered by its parts.
 */
export function allowsCover(es: readonly Entry[], f: Entry): boolean {
  const [na, nr] = pieceCount(f.st);
  let left = na * nr;
  if (left === 0) return true;
  const done = new Uint8Array(left);
  for (const e of es) {
    const p = coveredPieces(e, f);
    if (p === undefined) continue;
    for (const a of p.actions)
      for (const r of p.resources)
        if (done[a * nr + r] === 0) {
          done[a * nr + r] = 1;
          if (--left === 0) return true;
        }
  }
  return false;
}

/** The request with the results of both full sets, when it is new access (checks.ts confirms safe-side witnesses with it too). */
export function confirmNewAccess(existing: PolicySet, updated: PolicySet, request: EvaluationRequest): { request: EvaluationRequest; results: EvaluationResult[] } | undefined {
  const results = [evaluate(existing, request), evaluate(updated, request)];
  return allows(results[1]!) && !allows(results[0]!) ? { request, results } : undefined;
}

/** The entry with its statement widened ({@link widerStatement}); itself when nothing changes. */
function widerEntry(e: Entry): Entry {
  const st = widerStatement(e.st, e.version);
  return st === e.st ? e : { st, version: e.version, key: e.key, variables: readsVariable(st, e.version) };
}

/**
 * The statement with only those entries of its `Action` that no statement of `aside` names (entries
 * with a wildcard are kept: a pattern may hold actions `aside` does not name); `undefined` when that
 * keeps all of them or none, or the statement has `NotAction`.
 */
function unnamedActions(e: Entry, aside: readonly Entry[]): Entry | undefined {
  const list = e.st.Action;
  if (list === undefined || aside.length === 0) return undefined;
  const named = (a: string) => aside.some((s) => (s.st.Action !== undefined ? actionListMatches(s.st.Action, a) : !actionListMatches(s.st.NotAction ?? [], a)));
  const kept = list.filter((a) => /[*?]/.test(a) || !named(a));
  if (kept.length === 0 || kept.length === list.length) return undefined;
  const st: Statement = Object.freeze({ ...e.st, Action: Object.freeze(kept) });
  return { st, version: e.version, key: e.key, variables: readsVariable(st, e.version) };
}

/** The statements of a search as a set: their meaning keys, sorted. */
function setKey(entries: readonly Entry[]): string {
  return entries
    .map((e) => e.key)
    .sort()
    .join('\u0002');
}

/**
 * The entries as identity policies, one per policy version. Their statements were read (and
 * frozen) by `readPolicy` already, so they are wrapped without being parsed again.
 */
function documents(entries: readonly Entry[]): Policy<'identity'>[] {
  const byVersion = new Map<string, Statement[]>();
  for (const e of entries) {
    let list = byVersion.get(e.version);
    if (list === undefined) byVersion.set(e.version, (list = []));
    list.push(e.st);
  }
  return [...byVersion].map(([Version, Statement]) => trustedPolicy('identity', Object.freeze({ Version, Statement: Object.freeze(Statement) }) as PolicyDocument, true));
}

const allows = (r: EvaluationResult) => r.decision === 'allow';

/**
 * The new-access search of two identity-only sets, cut as described above; `undefined` when a set
 * holds other policy types (then the plain search answers). Witnesses carry the results of
 * `evaluate` on the full sets `[existing, updated]`. `memo`: work shared with the other direction
 * of a compare; `mirror`: `keep` (the first direction) searches both directions of each exact
 * search and keeps them in `memo`, `read` (the second) takes the answer of a search over the same
 * two statement sets, swapped, from there. `deadline`: the public call's ({@link deadlineOf}); every
 * search gets what is left of it.
 */
export function newAccessSearch(
  existing: PolicySet,
  updated: PolicySet,
  options: SearchOptions,
  memo: CallMemo = callMemo(),
  mirror?: 'keep' | 'read',
  deadline = deadlineOf(options.timeoutMs),
): SearchAnswer | undefined {
  const before = identityEntries(existing);
  const after = identityEntries(updated);
  if (before === undefined || after === undefined) return undefined;
  const maxWitnesses = Math.max(1, options.maxWitnesses ?? 10);
  const beforeKeys = new Set(before.map((e) => e.key));
  const afterDenyKeys = new Set(after.filter((e) => e.st.Effect === 'Deny').map((e) => e.key));
  const afterDenials = after.filter((e) => e.st.Effect === 'Deny');
  // every Deny of `existing` is one of `updated`, or lies in one
  const denialsKept = before.every((e) => e.st.Effect !== 'Deny' || afterDenyKeys.has(e.key) || afterDenials.some((d) => statementCovers(d, e)));
  const freshKeys = new Set<string>();
  const fresh = after.filter((e) => e.st.Effect === 'Allow' && !(denialsKept && beforeKeys.has(e.key)) && !freshKeys.has(e.key) && freshKeys.add(e.key));
  const found: { request: EvaluationRequest; results: EvaluationResult[] }[] = [];
  const unknown: string[] = [];
  let requests = 0;
  let actionCells: Map<string, readonly string[]> | undefined;
  // with the Denies of `existing` kept, a fresh statement that the Allows of `existing` cover adds nothing (step 1)
  const allowed = before.filter((e) => e.st.Effect === 'Allow');
  const nearBefore = new Neighbours(before);
  const nearDenials = new Neighbours(afterDenials);
  // the searches with the fewest statements first: when witnesses stop the work early, the cheap
  // searches have found them (the answer does not depend on the order)
  const searches: { f: Entry; exact: readonly [Entry[], Entry[]] }[] = [];
  for (const f of fresh) {
    // several Allows together, not one alone: the bench's split pair 69-75 -> 6.5-8.8 ms CPU (load 3-4)
    if (denialsKept && allowsCover(allowed, f)) continue;
    // the neighbours of 2,000 new statements among 2,000 took 33 s with timeoutMs 10,000 before this check
    if (analyzeClock.now() >= deadline) return { witnesses: [[]], unknown: [analyzeMessages.workLimit(analyzeMessages.timedOut('deciding requests'))], requests: 0 };
    // neighbours by action prefix, ARN components split once per statement: the bench's pairs with every statement changed and of two seeds -20% CPU on warm code (A/B in one process)
    searches.push({ f, exact: [nearBefore.of(f, deadline), [f, ...nearDenials.of(f, deadline)]] });
  }
  searches.sort((x, y) => x.exact[0].length + x.exact[1].length - y.exact[0].length - y.exact[1].length);
  // a witness of a search with statements set aside, made one of the full sets (remembered: step 3 asks before it keeps a search)
  const widenedWitnesses = new Map<EvaluationRequest, { request: EvaluationRequest; results: EvaluationResult[] } | undefined>();
  const confirmWidened = (f: Entry, request: EvaluationRequest) => {
    if (!widenedWitnesses.has(request))
      widenedWitnesses.set(request, confirmNewAccess(existing, updated, request) ?? variableWitness([f.st], f.version, request, (r) => confirmNewAccess(existing, updated, r)));
    return widenedWitnesses.get(request);
  };
  // the policies of a search's statement sets, made once for both resource phases (evaluate
  // remembers what it read of a policy by the policy object)
  const made = new WeakMap<readonly Entry[], Policy<'identity'>[]>();
  const documentsOf = (entries: readonly Entry[]): Policy<'identity'>[] => {
    let docs = made.get(entries);
    if (docs === undefined) made.set(entries, (docs = documents(entries)));
    return docs;
  };
  /**
   * The search over statement sets `left` (existing) and `right` (updated) in one resource phase;
   * `undefined` past the deadline. `exactly`: the sets are a search's own (not widened), so a
   * compare's two directions can share it.
   */
  const attempt = (left: readonly Entry[], right: readonly Entry[], phase: 'aligned' | 'crossing', exactly: boolean): SearchAnswer | undefined => {
    if (analyzeClock.now() >= deadline) return undefined;
    const limit = maxWitnesses - found.length;
    // the requests `left` allows and `right` does not, found by the other direction's search of these sets
    const kept = exactly && mirror === 'read' ? memo.mirrors.get(`${phase}\u0001${setKey(right)}\u0001${setKey(left)}`) : undefined;
    // usable when it has the witnesses asked for, or ran to its end (it stops once its own direction has them)
    const ended = kept !== undefined && kept.answer.witnesses[0]!.length < kept.limit && kept.answer.witnesses[1]!.length < kept.limit;
    if (kept !== undefined && (ended || kept.answer.witnesses[1]!.length >= limit))
      return { ...kept.answer, requests: 0, witnesses: [kept.answer.witnesses[1]!.slice(0, limit).map((w) => ({ ...w, results: [w.results[1]!, w.results[0]!] }))] };
    const both = exactly && mirror === 'keep';
    const answer = search({
      sets: [{ identity: documentsOf(left) }, { identity: documentsOf(right) }],
      directions: both ? 2 : 1,
      stopWith: 0,
      witness: ([e, u]) => (allows(u!) && !allows(e!) ? 0 : both && allows(e!) && !allows(u!) ? 1 : undefined),
      options: { ...options, maxWitnesses: limit },
      deadline,
      memo,
      resourceCells: phase,
    });
    if (both) memo.mirrors.set(`${phase}\u0001${setKey(left)}\u0001${setKey(right)}`, { answer, limit });
    return answer;
  };
  // every search over the aligned resource cells first, then, unless those gave the witnesses
  // asked for, over the cells of stars that reach past colons (many where entries meet in
  // contrived texts: the bench's pair with every statement changed 96 per search, not 12)
  const later: { f: Entry; sets: readonly [Entry[], Entry[]]; widened: boolean }[] = [];
  let stop = false;
  for (const phase of ['aligned', 'crossing'] as const) {
    for (const s of phase === 'aligned' ? searches.map(({ f, exact }) => ({ f, sets: exact, widened: false })) : later) {
      const { f } = s;
      let a = attempt(...s.sets, phase, !s.widened);
      let sets = s.sets;
      let widened = s.widened;
      if (phase === 'aligned' && a !== undefined && a.unknown.length > 0 && a.witnesses[0]!.length === 0) {
        // step 3: set aside what reads a variable where that only makes `existing` smaller or `updated` larger
        const aside = sets[0].filter((e) => e.variables && e.st.Effect === 'Allow');
        // and a Deny of `existing` reading one denies more ({@link widerStatement}): existing allows less still
        const left = sets[0].filter((e) => !aside.includes(e)).map((e) => (e.variables ? widerEntry(e) : e));
        const wider = widerEntry(f);
        const others = sets[1].filter((e) => e !== f && !e.variables);
        const right = [wider, ...others];
        const tries: (readonly [Entry[], Entry[]])[] = [];
        if (aside.length > 0 || left.some((e) => !sets[0].includes(e)) || right.length < sets[1].length || wider !== f) tries.push([left, right]);
        // when its witnesses are requests a set-aside statement allows, searches nearer the real sets, kept
        // only for a witness evaluate confirms: the fresh statement's actions that no set-aside Allow names
        // (for those the set-aside statements do not apply), and the set-aside Allows kept with their
        // Resource variables read as `*` (a changed condition value of a statement with `${aws:PrincipalAccount}`)
        const narrow = unnamedActions(wider, aside);
        if (narrow !== undefined) tries.push([left, [narrow, ...others]]);
        const widerAside = aside.map(widerEntry);
        if (widerAside.some((e, i) => e !== aside[i])) tries.push([[...left, ...widerAside], right]);
        // and the Denies of `updated` that read a variable in NotResource kept, excluding more (a Deny widened)
        const denials = sets[1].filter((e) => e !== f && e.variables && e.st.Effect === 'Deny').flatMap((e) => {
          const st = narrowerStatement(e.st, e.version);
          return st === undefined ? [] : [{ st, version: e.version, key: e.key, variables: readsVariable(st, e.version) }];
        });
        if (denials.length > 0) tries.push([left, [...right, ...denials]]);
        for (let i = 0; i < tries.length; i++) {
          const [l, r] = tries[i]!;
          const b = attempt(l, r, phase, false);
          if (b === undefined || b.unknown.length > 0) continue;
          const confirms = b.witnesses[0]!.some((w) => confirmWidened(f, w.request) !== undefined);
          if (i > 0 && !confirms) continue;
          a = b;
          sets = [l, r];
          widened = true;
          if (b.witnesses[0]!.length === 0 || confirms) break;
        }
      }
      if (a === undefined) {
        unknown.push(analyzeMessages.workLimit(analyzeMessages.timedOut('deciding requests')));
        stop = true;
        break;
      }
      if (a.more === true) later.push({ f, sets, widened });
      requests += a.requests;
      // a cell of a search with statements set aside may join actions those statements tell apart
      if (a.actionCells !== undefined && !widened) {
        actionCells ??= new Map();
        for (const [k, v] of a.actionCells) actionCells.set(k, v);
      }
      unknown.push(...a.unknown);
      let unconfirmed = 0;
      let confirmedHere = 0;
      for (const w of a.witnesses[0]!) {
        if (found.length >= maxWitnesses) break;
        const confirmed = widened ? confirmWidened(f, w.request) : confirmNewAccess(existing, updated, w.request);
        if (confirmed !== undefined) {
          found.push(confirmed);
          confirmedHere++;
        } else if (widened) unconfirmed++;
        else unknown.push(analyzeMessages.noReplay());
      }
      // a widened search none of whose few witnesses `evaluate` confirms: unknown, said once
      if (unconfirmed > 0 && confirmedHere === 0) unknown.push(analyzeMessages.setAsideVariable());
      if (found.length >= maxWitnesses) {
        stop = true;
        break;
      }
    }
    if (stop) break;
  }
  return { witnesses: [found], unknown, requests, ...(actionCells === undefined ? {} : { actionCells }) };
}
