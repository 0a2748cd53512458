/** The public checks of `typed-iam/analyze`, over the search of space.ts. */
import { actionListMatches, resourceEntryMatches } from '../evaluate/statement.js';
import { evaluate, isKmsKey } from '../evaluate/engine.js';
import { isRoleArn, parseArn } from '../evaluate/principal.js';
import { expandActions } from '../catalog/index.js';
import { Context } from '../evaluate/context.js';
import type {
  ContextValue,
  EvaluationRequest,
  EvaluationResult,
  MatchedStatement,
  PolicyInput,
  PolicySet,
  ResourceType,
} from '../evaluate/types.js';
import { isPolicy } from '../policy/policy.js';
import type { Statement } from '../model/policy-document.js';
import { readPolicy } from '../evaluate/read.js';
import { callOptions, callMemo, isCallerKey, listOf, policiesOf, search, type SearchAnswer, type SearchOptions } from './space.js';
import { analyzeClock } from './regions.js';
import { confirmNewAccess, globsMeet, meaningKey, newAccessSearch } from './reduce.js';
import { mapStatements, placeKey, readsVariable, variableWitness, widerSet, widerStatement } from './widen.js';
import { PolicyArgumentError } from '../errors.js';
import { misshapenLevels, readPolicySet, unknownPolicyTypes } from '../evaluate/policy-set.js';
import { readFieldsAndLists } from '../internal/record.js';
import { sayType as said, show } from '../model/messages.js';
import { isActionSyntax } from '../model/syntax.js';
import { arnProblem, unsureHead, wildcardInService } from '../model/arn.js';
import { SIZE_TARGETS } from '../emit/size-targets.js';
import { analyzeMessages } from './messages.js';

/**
 * A policy of any kind, a plain policy document, or a policy set as `evaluate` takes it. A policy's
 * text is taken inside a set (`{ identity: text }`), where its type is said, not alone.
 */
export type AnalyzeInput = Exclude<PolicyInput, string> | PolicySet;

/** Options of every check. */
export type AnalyzeOptions = SearchOptions;

/** Why a check answered as it did. */
export interface Reason {
  /**
   * `new-access`, `access-granted`, `public-access`: a witness and the statements that allow it;
   * `unknown`: why no proof could be given.
   */
  readonly code: 'new-access' | 'access-granted' | 'public-access' | 'unknown';
  readonly message: string;
  /** The statements that allow the witness (policy type, index, Sid), on the side named by `side`. */
  readonly statements?: readonly MatchedStatement[];
  /**
   * The input the reason is about, by the name of its parameter: `existing`/`updated`
   * (`checkNoNewAccess`), `policy` (`checkAccessNotGranted`, `checkNoPublicAccess`), `a`/`b`
   * (`compare`), `before`/`after` (`diff`). Absent when the reason is about the search itself.
   */
  readonly side?: 'existing' | 'updated' | 'policy' | 'a' | 'b' | 'before' | 'after';
  /**
   * `checkAccessNotGranted`: `true` when no identity or resource policy statement allows the witness:
   * its caller is the account root user in its own account, which IAM allows without any policy.
   */
  readonly byDefault?: true;
}

/** The result of a check. `pass` is a proof; `fail` comes with witnesses; `unknown` says why. */
export interface CheckResult {
  readonly result: 'pass' | 'fail' | 'unknown';
  /** Requests in the shape `evaluate` takes; replaying one shows the failure. */
  readonly witnesses: readonly EvaluationRequest[];
  readonly reasons: readonly Reason[];
}

/** How two policies (or sets) relate. */
export type Relation = 'equivalent' | 'narrower' | 'wider' | 'incomparable' | 'unknown';

/** The result of {@link compare}. */
export interface CompareResult {
  /** `narrower`: `a` allows a strict subset of what `b` allows; `wider`: a strict superset. */
  readonly relation: Relation;
  /** Requests `a` allows and `b` does not. */
  readonly aOnly: readonly EvaluationRequest[];
  /** Requests `b` allows and `a` does not. */
  readonly bOnly: readonly EvaluationRequest[];
  readonly reasons: readonly Reason[];
}

const ALLOW_ALL = Object.freeze({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });

/**
 * Reads an input as a policy set. A policy that filters rather than grants (boundary, session
 * policy, SCP, RCP, VPC endpoint policy) is read under an identity policy that allows everything,
 * so the question is "what can a principal under it do"; resource and trust policies are resource
 * policies; identity policies and plain documents are identity policies. Anything else (a string,
 * an array, `null`, an object with a key that names no policy type, such as `identty`) is a
 * `PolicyArgumentError` naming `argument`: a check that read nothing would pass.
 *
 * @example
 * ```ts
 * import { deny, policy } from 'typed-iam';
 * import { toAnalyzeSet } from 'typed-iam/analyze';
 * const scp = policy.scp(deny('s3:DeleteBucket').on('*'));
 * toAnalyzeSet(scp); // { identity: <Allow * on *>, scp: [[scp]] }
 * ```
 */
export function toAnalyzeSet(input: AnalyzeInput, name = 'input'): PolicySet {
  // the name only labels messages: from JavaScript anything, which a template literal could not write
  const argument = typeof name === 'string' ? name : 'input';
  // nothing read is nothing granted: a check would pass on what it could not read
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new PolicyArgumentError(argument, analyzeMessages.notAnalyzeInput(argument, said(input)));
  if (isPolicy(input)) {
    switch (input.kind) {
      case 'identity':
        return { identity: input };
      case 'boundary':
        return { identity: ALLOW_ALL, boundary: input };
      case 'session':
        return { identity: ALLOW_ALL, session: input };
      case 'scp':
        return { identity: ALLOW_ALL, scp: [[input]] };
      case 'rcp':
        return { identity: ALLOW_ALL, rcp: [[input]] };
      case 'endpoint':
        return { identity: ALLOW_ALL, endpoint: input };
      default:
        return { resource: input };
    }
  }
  if ('Statement' in input) return { identity: input as PolicyInput };
  // each field read once: the search proves things of the policies checked here
  const set = readPolicySet(input);
  const unknown = unknownPolicyTypes(set);
  if (unknown.length > 0) throw new PolicyArgumentError(argument, analyzeMessages.notAnalyzeInput(argument, `an object with ${unknown.map(show).join(', ')}`));
  // levels read from one policy threw a TypeError in the search
  const flat = misshapenLevels(set);
  if (flat.length > 0) throw new PolicyArgumentError(argument, analyzeMessages.notLevels(argument, flat[0]!));
  return set;
}

const allows = (r: EvaluationResult) => r.decision === 'allow';
const allowStatements = (r: EvaluationResult) => r.matched.filter((m) => m.effect === 'Allow');
/**
 * True when `evaluate` allowed `r` with no Allow of an identity or resource policy: the account
 * root user in its own account, which IAM allows without any policy (only a Deny, SCP or RCP stops it).
 */
const allowedByDefault = (r: EvaluationResult) => allows(r) && !r.matched.some((m) => m.effect === 'Allow' && (m.policy === 'identity' || m.policy === 'resource'));

/** A request in words: action, resource, caller, and how the resource policy was read when the request says (two witnesses that differ only there read apart). */
function describe(w: EvaluationRequest): string {
  const by = w.principal === undefined ? (w.anonymous ? ' by an anonymous caller' : '') : ` by ${w.principal}`;
  return `${w.action} on ${w.resource ?? '*'}${by}${w.resourceType === 'kms-key' || w.resourceType === 'role-trust' ? analyzeMessages.readAs(w.resourceType) : ''}`;
}

function unknownReasons(a: SearchAnswer): Reason[] {
  return [...new Set(a.unknown)].map((message) => ({ code: 'unknown', message }));
}

function verdict(a: SearchAnswer): 'pass' | 'fail' | 'unknown' {
  return a.witnesses[0]!.length > 0 ? 'fail' : a.unknown.length > 0 ? 'unknown' : 'pass';
}

/**
 * One text per request: requests that ask the same thing (the same fields and values, in any
 * order) give the same text.
 */
export function requestKey(r: EvaluationRequest): string {
  return JSON.stringify(r, (_k, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** False for a request whose resource policy is read as a KMS key policy, or a role trust policy, on a resource that is no key, or no role. */
function plausibleReading(r: EvaluationRequest): boolean {
  const resource = r.resource ?? '*';
  if (resource === '*' || r.resourceType === undefined || r.resourceType === 'other') return true;
  if (r.resourceType === 'kms-key') return isKmsKey(resource);
  const arn = parseArn(resource);
  return arn !== undefined && isRoleArn(arn);
}

/**
 * The witnesses of a search, each request once. Two cells of a search can give one request once
 * the fields it does not need are dropped (a resource account), and two searches of one call (its
 * phases) can find the same request; the searches count them as found, so that a compare's second
 * direction, read from the first's searches, stops where its own search would.
 */
function distinct(list: SearchAnswer['witnesses'][0]): SearchAnswer['witnesses'][0] {
  const seen = new Set<string>();
  // a witness whose resource policy is read as a KMS key or role trust policy on a resource that is
  // neither (the search tries each reading on every resource) goes when a witness of the same
  // request read plainly is there: it says the same thing, less plausibly
  const plain = ({ resourceType: _type, resourceAccount: _account, ...r }: EvaluationRequest) => requestKey(r);
  const plausible = new Set(list.filter((w) => plausibleReading(w.request)).map((w) => plain(w.request)));
  return list.filter((w) => {
    if (!plausibleReading(w.request) && plausible.has(plain(w.request))) return false;
    const key = requestKey(w.request);
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}

/**
 * A check's result from a one-direction search: witnesses with their reasons, or why it is unknown.
 * `unsure` (read only when no witness was found: unknown never hides one) gives the reasons a
 * `pass` must not rest on ({@link unsureReasons}).
 */
function checkResult(a: SearchAnswer, reason: (w: SearchAnswer['witnesses'][0][0]) => Reason, unsure: () => readonly Reason[]): CheckResult {
  const found = distinct(a.witnesses[0]!);
  if (found.length > 0) return { result: 'fail', witnesses: found.map((w) => w.request), reasons: found.map(reason) };
  const why = [...unknownReasons(a), ...unsure()];
  return { result: why.length > 0 ? 'unknown' : verdict(a), witnesses: [], reasons: why };
}

/**
 * A set read for {@link allowsWithin} and {@link safeNewAccess}: per policy place ({@link placeKey}),
 * its Version and kind (`head`), the Version, and its Allow and Deny statements by meaning.
 */
type SetShape = ReadonlyMap<string, { readonly head: string; readonly version: string; readonly allows: ReadonlyMap<string, Statement>; readonly denies: ReadonlyMap<string, Statement> }>;

/** Shapes read once per set object (a call reads its sets in several places). */
const shapes = new WeakMap<PolicySet, SetShape>();

/** The shape of `set`, each policy read (and checked for its place) as the search reads it. */
function shapeOf(set: PolicySet): SetShape {
  const known = shapes.get(set);
  if (known !== undefined) return known;
  const out = new Map<string, { head: string; version: string; allows: Map<string, Statement>; denies: Map<string, Statement> }>();
  for (const { type, level, policyIndex, input } of policiesOf(set)) {
    const { document, kind } = readPolicy(input, type);
    const allows = new Map<string, Statement>();
    const denies = new Map<string, Statement>();
    for (const st of document.Statement) (st.Effect === 'Allow' ? allows : denies).set(meaningKey(st), st);
    out.set(placeKey(type, level, policyIndex), { head: JSON.stringify([document.Version, kind ?? null]), version: document.Version, allows, denies });
  }
  shapes.set(set, out);
  return out;
}

/**
 * True when `narrow` allows nothing `wide` does not, read from the statements alone: both hold
 * policies in the same places (type, level, index), each with the same Version and kind, and in
 * each place every Allow statement of `narrow` is one of `wide`'s and every Deny statement of
 * `wide` is one of `narrow`'s (statements compared by meaning, {@link meaningKey}: Sid, order and
 * repeats aside). IAM's decision only grows with Allow statements and only shrinks with Deny
 * statements (an explicit deny overrides any allow; every place that must allow needs an Allow),
 * and a statement is read the same way in both, whatever its policy variables or unsure entries:
 * so removing Allows and adding Denies never adds access (IAM User Guide, policy evaluation logic).
 * Both ways: the sets allow the same requests.
 */
function allowsWithin(narrow: SetShape, wide: SetShape): boolean {
  if (narrow.size !== wide.size) return false;
  for (const [place, n] of narrow) {
    const w = wide.get(place);
    if (w === undefined || w.head !== n.head) return false;
    for (const k of n.allows.keys()) if (!w.allows.has(k)) return false;
    for (const k of w.denies.keys()) if (!n.denies.has(k)) return false;
  }
  return true;
}

/** `[x within y, y within x]` ({@link allowsWithin}). */
function withinEachOther(x: PolicySet, y: PolicySet): readonly [boolean, boolean] {
  const [p, q] = [shapeOf(x), shapeOf(y)];
  return [allowsWithin(p, q), allowsWithin(q, p)];
}

/**
 * Why a proof about `set` must not rest on how the analysis reads its Resource / NotResource
 * entries with an unsure head (model/arn.ts `unsureHead`: a capital before the resource part, a
 * wildcard in the service segment). AWS does not say how IAM reads them; evaluate (and so every
 * search) takes the reading that gives the least access: an Allow's Resource and a Deny's
 * NotResource match nothing through them, a Deny's Resource and an Allow's NotResource read them
 * as patterns. Every other reading gives `set` MORE access (the Allow matches, the Deny applies
 * less), so a proof that `set` allows nothing beyond something else rests on that reading: one
 * `unknown` reason per such entry. A proof that something else allows nothing beyond `set` does
 * not (more access for `set` keeps it), so callers ask only of the side whose extra access would
 * make the answer wrong. `actions`: only statements whose Action (with the actions its
 * stray-whitespace entries stand for) can meet one of them count; a NotAction statement always does.
 */
function unsureReasons(set: PolicySet, label: string, side: NonNullable<Reason['side']>, actions?: readonly string[]): Reason[] {
  const out: Reason[] = [];
  for (const { type: policy, level, policyIndex, input } of policiesOf(set)) {
    const read = readPolicy(input);
    const version = read.document.Version;
    read.document.Statement.forEach((st, statementIndex) => {
      const entries = [...(st.Resource ?? []).map((e) => ['Resource', e] as const), ...(st.NotResource ?? []).map((e) => ['NotResource', e] as const)].filter(([, e]) =>
        unsureHead(e, version),
      );
      if (entries.length === 0) return;
      if (actions !== undefined && st.NotAction === undefined) {
        const own = [...(st.Action ?? []), ...(read.strays[statementIndex] ?? [])];
        if (!own.some((p) => actions.some((q) => globsMeet(p, q)))) return;
      }
      const at: MatchedStatement = {
        policy,
        ...(level === undefined ? {} : { level }),
        policyIndex,
        statementIndex,
        ...(st.Sid === undefined ? {} : { sid: st.Sid }),
        effect: st.Effect,
      };
      const where = analyzeMessages.statementAt(policy, level, policyIndex, statementIndex, st.Sid);
      for (const [element, e] of new Map(entries.map((x) => [`${x[0]} ${x[1]}`, x])).values())
        out.push({
          code: 'unknown',
          message: analyzeMessages.unsureHead(label, where, element, e, wildcardInService(e, version)),
          statements: [at],
          side,
        });
    });
  }
  return out;
}

/** `updated` allows, `existing` does not. */
const newAccess = ([e, u]: readonly EvaluationResult[]): 0 | undefined => (allows(u!) && !allows(e!) ? 0 : undefined);

/** The plain search for requests the second set allows and the first does not. */
const newAccessRun =
  (options: AnalyzeOptions, deadline: number) =>
  (pair: readonly PolicySet[], accept?: (request: EvaluationRequest) => boolean): SearchAnswer =>
    search({ sets: pair, directions: 1, witness: accept === undefined ? newAccess : (results, r) => (newAccess(results) === 0 && accept(r) ? 0 : undefined), options, deadline });

/**
 * Requests `updated` allows and `existing` does not (witness results in the order `[existing,
 * updated]`): identity sets cut statement by statement (reduce.ts, which reads variables on the
 * safe side itself); other sets searched whole, then on the safe side (existing narrowed, updated
 * widened) where a policy variable kept the search from deciding.
 */
function newAccessAnswer(existing: PolicySet, updated: PolicySet, options: AnalyzeOptions, deadline: number, memo = callMemo()): SearchAnswer {
  return newAccessSearch(existing, updated, options, memo, undefined, deadline) ?? safeNewAccess(existing, updated, newAccessRun(options, deadline)([existing, updated]), options, deadline);
}

/**
 * Most requests a search on the safe side sets aside unconfirmed (each costs `evaluate` on the real
 * sets and the variable's values tried); past it every request counts, so the search ends with its
 * quota, and only the confirmed ones are kept.
 */
const SET_ASIDE_MAX = 8;

/**
 * A witness filter for a search on the safe side: it counts only the requests `confirmed` accepts,
 * so that requests the safe side alone allows (a home folder read as the whole bucket) do not fill
 * its quota before a real one is met. A request set aside keeps an empty answer from being a proof
 * (`setAside()`).
 */
function acceptConfirmed(confirmed: (request: EvaluationRequest) => unknown): { readonly accept: (request: EvaluationRequest) => boolean; readonly setAside: () => boolean } {
  let aside = 0;
  return {
    accept: (r) => {
      if (aside >= SET_ASIDE_MAX || confirmed(r) !== undefined) return true;
      aside++;
      return false;
    },
    setAside: () => aside > 0,
  };
}

/** Most statements read both ways by {@link safeNewAccess} (one search per subset of them). */
const SHARED_MAX = 3;

/**
 * The new-access answer `a` of a whole search, when a policy variable left it undecided, asked on
 * the safe side. Statements both sets hold in the same place (same Version and kind there) that
 * read a variable are read alike on both sides first, since such a statement applies to a request
 * in both or in neither: a shared Deny is left out of both (where it applies, neither allows), and
 * for each subset of the shared Allows (at most {@link SHARED_MAX}) the sets with that subset
 * widened ({@link widerStatement}: for a request they apply to, the widened statements apply too,
 * so both sides decide it as the real sets do) and the other shared Allows left out are searched;
 * the other variables are read by {@link onTheSafeSide}. Every search a `pass`: a proof. A witness
 * counts once `evaluate` confirms it on the real sets (the variables given values where needed).
 */
function safeNewAccess(existing: PolicySet, updated: PolicySet, a: SearchAnswer, options: AnalyzeOptions, deadline: number): SearchAnswer {
  if (a.witnesses[0]!.length > 0 || a.unknown.length === 0) return a;
  const run = newAccessRun(options, deadline);
  const real = (r: EvaluationRequest) => confirmNewAccess(existing, updated, r);
  const [e, u] = [shapeOf(existing), shapeOf(updated)];
  // the statements both sets hold in the same place that read a variable (the others the search
  // decides as they are), by `place\nmeaning`
  const sharedDenies = new Set<string>();
  const allows: { key: string; st: Statement }[] = [];
  for (const [place, x] of e) {
    const y = u.get(place);
    if (y === undefined || y.head !== x.head) continue;
    for (const [k, st] of x.denies) if (y.denies.has(k) && readsVariable(st, x.version)) sharedDenies.add(`${place}\n${k}`);
    for (const [k, st] of x.allows) if (y.allows.has(k) && readsVariable(st, x.version)) allows.push({ key: `${place}\n${k}`, st });
  }
  if (allows.length > SHARED_MAX || (allows.length === 0 && sharedDenies.size === 0)) return onTheSafeSide(a, [existing, updated], [true, false], run, real);
  const found: SearchAnswer['witnesses'][0][number][] = [];
  let decided = true;
  let requests = a.requests;
  for (let subset = 0; subset < 1 << allows.length; subset++) {
    const chosen = allows.filter((_, i) => (subset & (1 << i)) !== 0);
    const widened = new Set(chosen.map((x) => x.key));
    const left = new Set(allows.filter((_, i) => (subset & (1 << i)) === 0).map((x) => x.key));
    const rewrite = (set: PolicySet) =>
      mapStatements(set, (st, version, place) => {
        const key = `${place}\n${meaningKey(st)}`;
        if (st.Effect === 'Deny') return sharedDenies.has(key) ? null : st;
        if (left.has(key)) return null;
        return widened.has(key) ? widerStatement(st, version) : st;
      }) ?? set;
    const pair = [rewrite(existing), rewrite(updated)];
    // a witness of the pair with the widened statements' variables given values where needed
    const statements = chosen.map((x) => x.st);
    const confirm = (r: EvaluationRequest) => real(r) ?? variableWitness(statements, '2012-10-17', r, real);
    const filter = acceptConfirmed(confirm);
    const b = onTheSafeSide(run(pair, filter.accept), pair, [true, false], run, confirm);
    requests += b.requests;
    const hits = b.witnesses[0]!.map((w) => confirm(w.request)).filter((w) => w !== undefined);
    found.push(...hits);
    if (hits.length === 0 && (b.unknown.length > 0 || filter.setAside() || b.witnesses[0]!.length > 0)) decided = false;
    if (found.length > 0) break;
  }
  if (found.length > 0) return { witnesses: [found], unknown: [], requests };
  return decided ? { witnesses: [[]], unknown: [], requests } : a;
}

/**
 * Does `updated` allow any request that `existing` does not? `pass` is a proof that it does not;
 * `fail` gives requests `updated` allows and `existing` denies.
 *
 * @example
 * ```ts
 * import { allow, policy } from 'typed-iam';
 * import { checkNoNewAccess } from 'typed-iam/analyze';
 *
 * const before = policy.identity(allow('s3:GetObject').on('arn:aws:s3:::docs/*'));
 * const after = policy.identity(allow('s3:GetObject', 's3:PutObject').on('arn:aws:s3:::docs/*'));
 * const r = checkNoNewAccess(before, after);
 * r.result;                // 'fail'
 * r.witnesses[0]!.action;  // 's3:PutObject' (in some case)
 * ```
 */
export function checkNoNewAccess(existing: AnalyzeInput, updated: AnalyzeInput, options: AnalyzeOptions = {}): CheckResult {
  // the budget of the call starts before the inputs are read (2,000 statements each: about a second)
  const [deadline, settings] = callOptions(options);
  const sets = [toAnalyzeSet(existing, 'existing'), toAnalyzeSet(updated, 'updated')] as const;
  // an updated set with fewer Allows and more Denies than existing allows nothing new, whatever its
  // variables (allowsWithin); otherwise the search of newAccessAnswer
  const within = allowsWithin(shapeOf(sets[1]), shapeOf(sets[0]));
  const a = within ? { witnesses: [[]], unknown: [], requests: 0 } : newAccessAnswer(sets[0], sets[1], settings, deadline);
  return checkResult(a, (w) => ({
    code: 'new-access',
    side: 'updated',
    message: analyzeMessages.newAccess(describe(w.request), w.results[0]!.decision),
    statements: allowStatements(w.results[1]!),
  }), () =>
    // only updated's entries: every other reading of an unsure entry gives its policy more access,
    // and more access for existing keeps "updated allows nothing existing does not" true
    within ? [] : unsureReasons(sets[1], 'updated', 'updated'),
  );
}

/**
 * How `a` relates to `b`: `equivalent`, `narrower` (a allows less), `wider`, `incomparable`, or
 * `unknown`, with requests only one side allows.
 *
 * @example
 * ```ts
 * import { allow, policy } from 'typed-iam';
 * import { compare } from 'typed-iam/analyze';
 * const readOnly = policy.identity(allow('s3:GetObject').on('*'));
 * const readWrite = policy.identity(allow('s3:GetObject', 's3:PutObject').on('*'));
 * compare(readOnly, readWrite).relation; // 'narrower'
 * ```
 */
export function compare(a: AnalyzeInput, b: AnalyzeInput, options: AnalyzeOptions = {}): CompareResult {
  const [deadline, settings] = callOptions(options);
  const sa = toAnalyzeSet(a, 'a');
  const sb = toAnalyzeSet(b, 'b');
  const within = withinEachOther(sa, sb);
  const ans = bothWays(sa, sb, within, settings, deadline);
  const [aOnly, bOnly] = (ans.witnesses as [SearchAnswer['witnesses'][0], SearchAnswer['witnesses'][0]]).map(distinct) as [SearchAnswer['witnesses'][0], SearchAnswer['witnesses'][0]];
  // "b allows nothing a does not" rests on how b's unsure entries are read (more access for a keeps
  // it), the other direction on a's; a direction with a witness, or one the statements decide
  // (allowsWithin), is decided
  const unsure = [...(aOnly.length > 0 || within[0] ? [] : unsureReasons(sa, 'a', 'a')), ...(bOnly.length > 0 || within[1] ? [] : unsureReasons(sb, 'b', 'b'))];
  let relation: Relation;
  if (aOnly.length > 0 && bOnly.length > 0) relation = 'incomparable';
  else if (ans.unknown.length > 0 || unsure.length > 0) relation = 'unknown';
  else relation = aOnly.length > 0 ? 'wider' : bOnly.length > 0 ? 'narrower' : 'equivalent';
  const why = (side: 'a' | 'b', list: typeof aOnly, i: number): Reason[] =>
    list.map((w) => ({
      code: 'new-access',
      side,
      message: analyzeMessages.sideOnly(side, describe(w.request)),
      statements: allowStatements(w.results[i]!),
    }));
  return {
    relation,
    aOnly: aOnly.map((w) => w.request),
    bOnly: bOnly.map((w) => w.request),
    reasons: [...why('a', aOnly, 0), ...why('b', bOnly, 1), ...(relation === 'unknown' ? [...unknownReasons(ans), ...unsure] : [])],
  };
}

/**
 * Requests only `x` allows and requests only `y` allows (witness results in the order `[x, y]`).
 * Identity policies: each direction on its own, cut into small searches (reduce.ts); other sets:
 * one search of both directions (the cut's proof needs "allowed when an Allow applies and no Deny
 * does", which boundaries, session policies, SCPs, RCPs and resource policies do not keep).
 */
function bothWays(x: PolicySet, y: PolicySet, within: readonly [boolean, boolean], options: AnalyzeOptions, deadline: number): SearchAnswer {
  // a direction the statements decide ({@link allowsWithin}, given by the caller) is not searched
  const [xWithin, yWithin] = within;
  if (xWithin && yWithin) return { witnesses: [[], []], unknown: [], requests: 0 };
  if (xWithin) {
    const more = newAccessAnswer(x, y, options, deadline);
    return { ...more, witnesses: [[], more.witnesses[0]!] };
  }
  if (yWithin) {
    // the witnesses of x's extra access have the results of [y, x]: put back in the order [x, y]
    const more = newAccessAnswer(y, x, options, deadline);
    return { ...more, witnesses: [more.witnesses[0]!.map((w) => ({ ...w, results: [w.results[1]!, w.results[0]!] })), []] };
  }
  // one deadline for the call: the second direction (or the search of both) gets what the first left
  // the two directions search the same pairs of changed statements, one memo for both: the bench's pair with every statement changed -27% CPU on warm code (A/B in one process)
  const memo = callMemo();
  // the second direction reads the searches of the first over the same sets swapped: the bench's pair with every statement changed -27% CPU on warm code (A/B in one process)
  const xWider = newAccessSearch(y, x, options, memo, 'keep', deadline);
  const yWider = xWider === undefined ? undefined : newAccessSearch(x, y, options, memo, 'read', deadline);
  if (xWider === undefined || yWider === undefined) {
    const plain = search({
      sets: [x, y],
      directions: 2,
      witness: ([p, q]) => (allows(p!) === allows(q!) ? undefined : allows(p!) ? 0 : 1),
      options,
      deadline,
    });
    if (plain.unknown.length === 0) return plain;
    // a direction without a witness, when a policy variable kept it undecided, on the safe side (as
    // checkNoNewAccess): the side that would have to allow less narrowed, the other widened
    const direction = (d: 0 | 1): SearchAnswer => ({ witnesses: [plain.witnesses[d]!], unknown: plain.unknown, requests: 0 });
    const xMore = safeNewAccess(y, x, direction(0), options, deadline);
    const yMore = safeNewAccess(x, y, direction(1), options, deadline);
    if (xMore.witnesses[0] === plain.witnesses[0] && yMore.witnesses[0] === plain.witnesses[1] && xMore.unknown === plain.unknown && yMore.unknown === plain.unknown) return plain;
    return {
      // a witness of x's extra access has the results of [y, x]: put back in the order [x, y]
      witnesses: [xMore.witnesses[0] === plain.witnesses[0] ? plain.witnesses[0]! : xMore.witnesses[0]!.map((w) => ({ ...w, results: [w.results[1]!, w.results[0]!] })), yMore.witnesses[0]!],
      // a direction with a witness is decided: only the others' reasons say what is left
      unknown: [...new Set([...(xMore.witnesses[0]!.length > 0 ? [] : xMore.unknown), ...(yMore.witnesses[0]!.length > 0 ? [] : yMore.unknown)])],
      requests: plain.requests + xMore.requests + yMore.requests,
    };
  }
  const cells = xWider.actionCells === undefined && yWider.actionCells === undefined ? undefined : new Map([...(xWider.actionCells ?? []), ...(yWider.actionCells ?? [])]);
  return {
    witnesses: [xWider.witnesses[0]!.map((w) => ({ ...w, results: [w.results[1]!, w.results[0]!] })), yWider.witnesses[0]!],
    unknown: [...xWider.unknown, ...yWider.unknown],
    requests: xWider.requests + yWider.requests,
    ...(cells === undefined ? {} : { actionCells: cells }),
  };
}

/** The access {@link checkAccessNotGranted} asks about: these actions, on these resources. */
export interface AccessQuery {
  /** Actions (wildcards allowed). Omitted: every action. */
  readonly actions?: readonly string[];
  /** Resource ARNs (wildcards allowed). Omitted: every resource. */
  readonly resources?: readonly string[];
}

/**
 * Can the policy (or set) allow any of these actions, on any of these resources? `pass` is a
 * proof that it cannot. Unlike Access Analyzer, no limit on the number of actions or resources.
 *
 * @example
 * ```ts
 * import { allow, policy } from 'typed-iam';
 * import { checkAccessNotGranted } from 'typed-iam/analyze';
 * const p = policy.identity(allow('iam:Get*').on('*'));
 * checkAccessNotGranted(p, { actions: ['iam:PassRole'], resources: ['*'] }).result; // 'pass' | 'fail' | 'unknown'
 * ```
 */
export function checkAccessNotGranted(policy: AnalyzeInput, query: AccessQuery, options: AnalyzeOptions = {}): CheckResult {
  const [deadline, settings] = callOptions(options);
  // read once: the search answers the query that was checked
  const { actions = ['*'], resources = ['*'] } = readQuery(query);
  const ctx = new Context({});
  const asked = (r: EvaluationRequest) =>
    actionListMatches(actions, r.action) && resources.some((p) => resourceEntryMatches(p, r.resource ?? '*', ctx, '2012-10-17', 'pad'));
  const sets = [toAnalyzeSet(policy, 'policy')] as const;
  const run = (set: PolicySet, accept?: (request: EvaluationRequest) => boolean) =>
    search({
      sets: [set],
      probes: [{ actions, resources }],
      directions: 1,
      witness: ([p], r) => (allows(p!) && asked(r) && (accept === undefined || accept(r)) ? 0 : undefined),
      options: settings,
      deadline,
    });
  const granted = (request: EvaluationRequest) => {
    const result = evaluate(sets[0], request);
    return allows(result) && asked(request) ? { request, results: [result] } : undefined;
  };
  const a = onTheSafeSide(run(sets[0]), sets, [false], ([set], accept) => run(set!, accept), granted);
  return checkResult(a, (w) => {
    const byDefault = allowedByDefault(w.results[0]!);
    const reason: Reason = { code: 'access-granted', side: 'policy', message: analyzeMessages.accessGranted(describe(w.request), byDefault), statements: allowStatements(w.results[0]!) };
    return byDefault ? { ...reason, byDefault } : reason;
  }, () => unsureReasons(sets[0], 'policy', 'policy', actions));
}

/**
 * When the search of `sets` found no witness because it cannot decide a policy variable: the same
 * search of the sets read on the safe side ({@link widerSet}): a set whose extra access could only
 * make a witness widened (Allows applying whatever the variables' values, Denies that read one
 * left out), a set marked in `narrower` (whose extra access could hide one) narrowed (Allows that
 * read one left out, Denies widened). Its `pass` is then a proof for `sets`. Its witnesses count
 * once `confirm` accepts them on `sets` themselves, as they are or with the variable given a value
 * ({@link variableWitness}); when none does, the first answer stands.
 */
function onTheSafeSide(
  a: SearchAnswer,
  sets: readonly PolicySet[],
  narrower: readonly boolean[],
  run: (sets: readonly PolicySet[], accept: (request: EvaluationRequest) => boolean) => SearchAnswer,
  confirm: (request: EvaluationRequest) => { request: EvaluationRequest; results: EvaluationResult[] } | undefined,
  /** Keys the witness's value for the variable must not be given in (the outsider's identity, for public access). */
  fixed: (key: string) => boolean = () => false,
): SearchAnswer {
  if (a.witnesses[0]!.length > 0 || a.unknown.length === 0) return a;
  const safe = sets.map((set, i) => widerSet(set, narrower[i] === true));
  if (safe.every((x) => x === undefined)) return a;
  const widened = safe.flatMap((x) => x?.widened ?? []).map((w) => w.st);
  const kept = (from: EvaluationRequest, to: EvaluationRequest) =>
    Object.entries(to.context ?? {}).every(([k, v]) => !fixed(k) || JSON.stringify(from.context?.[k]) === JSON.stringify(v));
  const confirmed = (request: EvaluationRequest) => confirm(request) ?? variableWitness(widened, '2012-10-17', request, (r) => (kept(request, r) ? confirm(r) : undefined));
  // the search counts only the witnesses `confirm` accepts (see acceptConfirmed)
  const filter = acceptConfirmed(confirmed);
  const b = run(
    sets.map((set, i) => safe[i]?.set ?? set),
    filter.accept,
  );
  if (b.unknown.length > 0) return a;
  if (b.witnesses[0]!.length === 0) return filter.setAside() ? a : b;
  const found = b.witnesses[0]!.map((w) => confirmed(w.request)).filter((w) => w !== undefined);
  return found.length > 0 ? { ...b, witnesses: [found] } : a;
}

/** The fields of an {@link AccessQuery}. */
const QUERY_FIELDS: readonly string[] = Object.keys({ actions: 1, resources: 1 } satisfies Record<keyof AccessQuery, 1>);

/**
 * @internal A copy of an access query read once: each field, and each entry of a list (a hole as
 * `undefined`); what is no object, or no list, is kept for {@link readQuery} to refuse. The vitest
 * matcher `toNeverAllow` checks the names of this copy and gives it to the analysis.
 *
 * @example
 * ```ts
 * import { copyQuery } from './checks.js';
 * copyQuery({ actions: ['s3:GetObject'] }); // { actions: ['s3:GetObject'] }, a new object and list
 * ```
 */
export function copyQuery<Q>(given: Q): Q {
  return typeof given === 'object' && given !== null ? (readFieldsAndLists(given) as Q) : given;
}

/**
 * The query of {@link checkAccessNotGranted} as a checked copy read once (a getter answering the
 * check and then another list would have a check pass on a query no one asked). A query that names
 * no access is refused, never answered: an empty list, or an entry that is no action (pattern) or
 * resource ARN (pattern), would make `pass` vacuous (nothing asked, nothing found).
 */
function readQuery(given: AccessQuery): { actions?: string[]; resources?: string[] } {
  const query = copyQuery(given);
  if (typeof query !== 'object' || query === null) throw new PolicyArgumentError('query', analyzeMessages.emptyQuery());
  // a field no query has (`action`) would be read as absent: every action
  const extra = Object.keys(query).filter((k) => !QUERY_FIELDS.includes(k));
  if (extra.length > 0) throw new PolicyArgumentError('query', analyzeMessages.unknownQueryFields(extra));
  if (query.actions === undefined && query.resources === undefined) throw new PolicyArgumentError('query', analyzeMessages.emptyQuery());
  const out: { actions?: string[]; resources?: string[] } = {};
  const lists = [
    ['actions', query.actions, isActionSyntax],
    ['resources', query.resources, (r: string) => arnProblem(r) === undefined],
  ] as const;
  for (const [name, list, valid] of lists) {
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length === 0) throw new PolicyArgumentError('query', analyzeMessages.emptyQueryList(name));
    // a hole of the caller's list is an undefined entry of the copy, refused
    const bad = (list as readonly unknown[]).findIndex((v) => typeof v !== 'string' || !valid(v));
    if (bad >= 0) throw new PolicyArgumentError('query', analyzeMessages.badQueryEntry(name, list[bad]));
    out[name] = list as string[];
  }
  return out;
}

/** Resource types for {@link checkNoPublicAccess}: a size-target name or an engine resource type. */
export interface PublicAccessQuery {
  /**
   * For example `s3-bucket`, `kms-key`, `sqs-queue`, `iam-role` (a trust policy): a size target's
   * name, `iam-role`, `role-trust` or `other`, in any case. Another name is refused
   * (`PolicyArgumentError`), not read as some type.
   */
  readonly resourceType: string;
}

/**
 * The engine's resource type for a query's name (any case): a KMS key and a role's trust policy
 * have their own rules, every other size target (`s3-bucket`, `sqs-queue`, ...) and `other` read
 * as `other`; undefined for a name that is none of these, as a misspelt type must not be read as
 * some type.
 */
function engineResourceType(t: string): ResourceType | undefined {
  const s = t.toLowerCase();
  if (s === 'kms-key' || s === 'kms') return 'kms-key';
  if (s === 'iam-role' || s === 'role-trust' || s === 'trust' || s === 'role') return 'role-trust';
  return s === 'other' || Object.hasOwn(SIZE_TARGETS, s) ? 'other' : undefined;
}

/**
 * Can anyone outside the resource's account be allowed by this resource policy: an anonymous
 * caller, or any principal of an account the policy does not name (whose own identity policies
 * allow everything)? Conditions that pin the caller's identity (`aws:PrincipalOrgID`,
 * `aws:PrincipalAccount`, `aws:SourceAccount`, `aws:SourceArn`, `aws:SourceVpce`, ...) to named
 * values keep outsiders out; a network condition such as `aws:SourceIp` alone does not.
 *
 * @example
 * ```ts
 * import { allow, policy, principal } from 'typed-iam';
 * import { checkNoPublicAccess } from 'typed-iam/analyze';
 * const bucketPolicy = policy.resource(allow('s3:GetObject').by(principal.account('111122223333')).on('arn:aws:s3:::docs/*'));
 * checkNoPublicAccess(bucketPolicy, { resourceType: 's3-bucket' }).result; // 'pass' | 'fail' | 'unknown'
 * ```
 */
export function checkNoPublicAccess(resourcePolicy: PolicyInput, query: PublicAccessQuery, options: AnalyzeOptions = {}): CheckResult {
  const [deadline, settings] = callOptions(options);
  // JSON text is read as evaluate reads it; no policy at all is refused, not read as "no resource policy"
  if (typeof resourcePolicy !== 'string' && (typeof resourcePolicy !== 'object' || resourcePolicy === null || Array.isArray(resourcePolicy)))
    throw new PolicyArgumentError('resourcePolicy', analyzeMessages.notResourcePolicy(said(resourcePolicy)));
  // the type read once: the one checked is the one searched
  const resourceType: unknown = typeof query === 'object' && query !== null ? query.resourceType : undefined;
  if (typeof resourceType !== 'string')
    throw new PolicyArgumentError('query', analyzeMessages.badOption('query', query, "an object naming the resource's type ({ resourceType: 's3-bucket' })"));
  const type = engineResourceType(resourceType);
  if (type === undefined) throw new PolicyArgumentError('query', analyzeMessages.unknownResourceType(resourceType));
  const sets = [{ resource: resourcePolicy, identity: ALLOW_ALL }] as const;
  const run = (set: PolicySet, accept?: (request: EvaluationRequest) => boolean) =>
    search({
      sets: [set],
      directions: 1,
      outsidersOnly: true,
      resourceTypes: [type],
      witness: ([p], r) => (allows(p!) && (accept === undefined || accept(r)) ? 0 : undefined),
      options: settings,
      deadline,
    });
  const reached = (request: EvaluationRequest) => {
    const result = evaluate(sets[0], request);
    return allows(result) ? { request, results: [result] } : undefined;
  };
  // a witness stays an outsider's: the variable is not given a value in a key that says who the caller is
  const a = onTheSafeSide(run(sets[0]), sets, [false], ([set], accept) => run(set!, accept), reached, isCallerKey);
  return checkResult(a, (w) => ({
    code: 'public-access',
    side: 'policy',
    message: analyzeMessages.publicAccess(describe(w.request), w.request.resourceAccount),
    statements: allowStatements(w.results[0]!),
  }), () => unsureReasons(sets[0], 'resourcePolicy', 'policy'));
}

/** One row of a {@link diff}: access that became allowed (or denied), with an example request. */
export interface AccessRow {
  /** The action patterns of the statements that grant the example's action (or the action itself). */
  readonly actions: readonly string[];
  /** The resource patterns of those statements (or the example's resource). */
  readonly resources: readonly string[];
  readonly principals?: readonly string[];
  readonly conditions?: { readonly [key: string]: ContextValue };
  readonly example: EvaluationRequest;
  /**
   * With `actions: 'catalog'`: every catalog action that the policies treat exactly like the
   * example's action (same statements match), merged over the rows' examples.
   */
  readonly cell?: readonly string[];
}

/** The result of {@link diff}. `complete` is false when the search could not cover every request. */
export interface DiffResult {
  readonly added: readonly AccessRow[];
  readonly removed: readonly AccessRow[];
  readonly complete: boolean;
  readonly reasons: readonly Reason[];
}

/**
 * Access that `after` allows and `before` does not (`added`), and the reverse (`removed`), as
 * rows with an example request each. Semantic: reordering, merging or splitting statements gives
 * an empty diff.
 *
 * @example
 * ```ts
 * import { allow, policy } from 'typed-iam';
 * import { diff } from 'typed-iam/analyze';
 * const before = policy.identity(allow('s3:GetObject').on('*'));
 * const after = policy.identity(allow('s3:GetObject', 's3:PutObject').on('*'));
 * const d = diff(before, after);
 * d.added.map((r) => r.example.action);
 * ```
 */
export function diff(before: AnalyzeInput, after: AnalyzeInput, options: AnalyzeOptions = {}): DiffResult {
  const [deadline, settings] = callOptions(options);
  const sets = [toAnalyzeSet(before, 'before'), toAnalyzeSet(after, 'after')];
  const within = withinEachOther(sets[0]!, sets[1]!);
  const ans = bothWays(sets[0]!, sets[1]!, within, { maxWitnesses: 50, ...settings }, deadline);
  const expanded = new Map<string, readonly string[]>();
  // past the call's deadline a wildcard pattern not yet tried is named: a row may then list a
  // pattern both sides grant (said in reasons), never hide one (docs/analyze.md: a call returns
  // about timeoutMs after it started)
  let cut = false;
  const rows = (list: SearchAnswer['witnesses'][0], side: 0 | 1): AccessRow[] => {
    // side: index of the set that allows the rows' requests
    const byKey = new Map<string, AccessRow>();
    for (const w of list) {
      const r = w.request;
      const res = w.results[side]!;
      const actions = new Set<string>();
      const resources = new Set<string>();
      // an action the witness's statements grant beside its own may differ the same way (a new
      // statement granting s3:GetObject and iam:PassRole is one cell, one witness): the row names
      // each pattern of theirs that grants such an action, tried as a request like the example, a
      // wildcard pattern with the catalog's actions it matches, so that a row never hides access
      const differsAlike = (action: string): boolean => {
        const q = { ...r, action };
        return allows(evaluate(sets[side]!, q)) && !allows(evaluate(sets[1 - side]!, q));
      };
      const named = (p: string): boolean => {
        if (actionListMatches([p], r.action)) return true;
        if (!isActionSyntax(p)) return false;
        if (!p.includes('*') && !p.includes('?')) return differsAlike(p);
        let names = expanded.get(p);
        if (names === undefined) expanded.set(p, (names = expandActions(p)));
        for (let i = 0; i < names.length; i++) {
          // each try decides two requests: the clock is read every 64 (a pattern such as *:List* matches thousands)
          if ((i & 63) === 0 && deadline !== Infinity && analyzeClock.now() >= deadline) return (cut = true);
          if (differsAlike(names[i]!)) return true;
        }
        return false;
      };
      for (const m of allowStatements(res)) {
        const st = statementOf(sets[side]!, m);
        for (const p of st?.Action ?? []) if (!actions.has(p) && named(p)) actions.add(p);
        for (const p of st?.Resource ?? []) resources.add(p);
      }
      if (actions.size === 0) actions.add(r.action);
      if (resources.size === 0) resources.add(r.resource ?? '*');
      const row: AccessRow = {
        actions: [...actions].sort(),
        resources: [...resources].sort(),
        ...(r.principal === undefined ? {} : { principals: [r.principal] }),
        ...(r.context === undefined ? {} : { conditions: r.context as { [k: string]: ContextValue } }),
        example: r,
      };
      const cell = ans.actionCells?.get(r.action);
      const key = JSON.stringify([row.actions, row.resources, row.principals ?? [], Object.keys(row.conditions ?? {}).sort()]);
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, cell === undefined ? row : { ...row, cell: [...cell] });
      else if (cell !== undefined) byKey.set(key, { ...seen, cell: [...new Set([...(seen.cell ?? []), ...cell])].sort() });
    }
    return [...byKey.values()];
  };
  const [removed, added] = ans.witnesses as [SearchAnswer['witnesses'][0], SearchAnswer['witnesses'][0]];
  const result = { added: rows(added, 1), removed: rows(removed, 0) };
  // rows added rest on how after's unsure entries are read, rows removed on before's, unless the
  // statements decide that direction (allowsWithin): a complete list rests on both (the rows found are kept)
  const reasons = [...unknownReasons(ans), ...(within[0] ? [] : unsureReasons(sets[0]!, 'before', 'before')), ...(within[1] ? [] : unsureReasons(sets[1]!, 'after', 'after'))];
  if (cut) reasons.push({ code: 'unknown', message: analyzeMessages.rowsCut });
  return { ...result, complete: reasons.length === 0, reasons };
}


/** The statement a {@link MatchedStatement} points at. */
function statementOf(set: PolicySet, m: MatchedStatement): Statement | undefined {
  let input: PolicyInput | undefined;
  if (m.policy === 'boundary') input = set.boundary;
  else if (m.policy === 'scp' || m.policy === 'rcp') {
    const level = (m.policy === 'scp' ? set.scp : set.rcp)?.[m.level ?? 0];
    input = listOf(level as PolicyInput | readonly PolicyInput[] | undefined)[m.policyIndex];
  } else input = listOf(set[m.policy] as PolicyInput | readonly PolicyInput[] | undefined)[m.policyIndex];
  return input === undefined ? undefined : readPolicy(input).document.Statement[m.statementIndex];
}
