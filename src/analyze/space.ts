/**
 * The request space of a group of policy sets, cut into finitely many cells, and the search over
 * it. A request is (caller, accounts, action, resource, context). Whether a statement applies is the
 * AND of one bit per field (Action, Resource, each condition key; the caller is fixed per search
 * round), and the decision of `evaluate` depends only on which statements apply. So it is enough
 * to try one request per reachable vector of statement bits:
 *
 * 1. for each field, candidate values that meet every cell of that field's patterns (regions.ts,
 *    values.ts), reduced to one per distinct bit vector — bits computed by the engine's own
 *    matchers;
 * 2. the vectors of the fields combined by AND, keeping one request per distinct vector;
 * 3. each remaining request decided by `evaluate` on every policy set.
 *
 * Inputs outside this argument (a policy variable ties two fields together; one key read by two
 * operator families) make the search report `unknown` instead of guessing.
 */
import { actionInfo, expandActions, hasService, resourceTypesOf, serviceNames } from '../catalog/index.js';
import { exampleArns } from '../catalog/match.js';
import type { Statement } from '../model/policy-document.js';
import { conditionHolds, evaluateCondition } from '../evaluate/conditions.js';
import { parseOperator, type ParsedOperator } from '../model/operators.js';
import { buildContext } from '../evaluate/context.js';
import { evaluate, SHORT_ARNS } from '../evaluate/engine.js';
import { isRoleArn, parseArn, parseCaller, requestPrincipalProblem } from '../evaluate/principal.js';
import { Context } from '../evaluate/context.js';
import { readPolicy } from '../evaluate/read.js';
import { actionListMatches, resourceListMatches } from '../evaluate/statement.js';
import { API_SHORT_FORM, unsureHead } from '../model/arn.js';
import { strayAction } from '../model/syntax.js';
import { asciiLower, foldText, globMatch, hasWildcard, padPattern, plainPattern, splitPattern } from '../model/match.js';
import { variableKey, variableUses } from '../model/variables.js';
import type {
  ContextValue,
  EvaluationRequest,
  EvaluationResult,
  PolicyInput,
  PolicySet,
  PolicyType,
  RequestPrincipalType,
  ResourceType,
} from '../evaluate/types.js';
import { analyzeClock, ANY_TEXT, ACTION_TEXT, RESOURCE_TEXT, cellRepresentatives, deadlineOf, pacer, WorkLimit, type SegmentedPattern, type Shape } from './regions.js';
import { astralVariants, scalarCandidates, type FamilyGroup, type KeyTest } from './values.js';
import { analyzeMessages } from './messages.js';
import { PolicyArgumentError } from '../errors.js';
import { parseMessages } from '../messages.js';
import { readOptionValues } from '../internal/option-values.js';
import { BoundedCache } from '../model/bounded-cache.js';
import { isAccountId } from '../model/principals.js';

/** Options of the search. */
export interface SearchOptions {
  /** `open` (default): any action name; `catalog`: only the actions of the shipped catalog. */
  readonly actions?: 'open' | 'catalog';
  /** Stop after this many witnesses per direction (default 10). */
  readonly maxWitnesses?: number;
  /**
   * Give up (answer `unknown`) once this many milliseconds have passed since the call began
   * (default 10,000; 0 gives up at the first check). One budget for the whole call: both
   * directions of `compare` and `diff` share it.
   */
  readonly timeoutMs?: number;
}

/** The names of {@link SearchOptions}. */
const SEARCH_OPTIONS: readonly string[] = Object.keys({ actions: 1, maxWitnesses: 1, timeoutMs: 1 } satisfies Record<keyof SearchOptions, 1>);

/**
 * The options of a public call read once (`readOptionValues`), checked, with the call's deadline:
 * the call reads the copy, never the caller's object again. From JavaScript, `null` options were a
 * TypeError, a `timeoutMs` or `maxWitnesses` of NaN or text never stopped the search, a misspelt
 * name (`timeoutMS`) was read as absent (the default budget), and a getter could answer the check
 * with one value and the search with another.
 */
export function callOptions(options: SearchOptions): readonly [deadline: number, options: SearchOptions] {
  if (typeof options !== 'object' || options === null) throw new PolicyArgumentError('options', analyzeMessages.badOption('options', options, 'an object'));
  const read = readOptionValues(options, SEARCH_OPTIONS);
  if ('unknown' in read) throw new PolicyArgumentError('options', parseMessages.unknownOption(read.unknown, SEARCH_OPTIONS));
  const copy: SearchOptions = read.options;
  const { timeoutMs, maxWitnesses, actions } = copy;
  if (timeoutMs !== undefined && !(typeof timeoutMs === 'number' && timeoutMs >= 0))
    throw new PolicyArgumentError('options', analyzeMessages.badOption('timeoutMs', timeoutMs, 'a number of milliseconds, 0 or more'));
  if (maxWitnesses !== undefined && !(Number.isInteger(maxWitnesses) && maxWitnesses >= 0))
    throw new PolicyArgumentError('options', analyzeMessages.badOption('maxWitnesses', maxWitnesses, 'a whole number'));
  if (actions !== undefined && actions !== 'open' && actions !== 'catalog')
    throw new PolicyArgumentError('options', analyzeMessages.badOption('actions', actions, "'open' or 'catalog'"));
  return [deadlineOf(timeoutMs), copy];
}

/** A statement of one of the policy sets, with where it came from. */
interface Stmt {
  readonly st: Statement;
  readonly version: string;
  readonly type: PolicyType;
  /** Condition entries by lower-cased key. */
  readonly conditions: ReadonlyMap<string, readonly { readonly operator: string; readonly key: string; readonly values: readonly (string | number | boolean)[] }[]>;
}

/** A filter on actions and resources that is not a policy (the question of checkAccessNotGranted). */
export interface Probe {
  readonly actions?: readonly string[];
  readonly resources?: readonly string[];
}

/** A party: who calls, and the accounts involved. */
interface Party {
  readonly principal?: string;
  readonly principalType?: RequestPrincipalType;
  readonly principalId?: string;
  readonly anonymous?: boolean;
  readonly resourceAccount: string | undefined;
}

/** What the search is asked. */
export interface SearchQuestion {
  readonly sets: readonly PolicySet[];
  readonly probes?: readonly Probe[];
  /** Decides whether a request, with the results of every set, is a witness and of which direction (0, 1, ...). */
  readonly witness: (results: readonly EvaluationResult[], request: EvaluationRequest) => number | undefined;
  /** Number of witness directions (1 for checks, 2 for compare). */
  readonly directions: number;
  /** Stop once this direction has its witnesses (default: once every direction has them). */
  readonly stopWith?: number;
  /** Only callers outside the resource's account (and anonymous ones). */
  readonly outsidersOnly?: boolean;
  /** How the resource policy is read; default: every way the engine knows (when a resource policy takes part). */
  readonly resourceTypes?: readonly ResourceType[];
  /** For `outsidersOnly`: context values that name the resource owner's side are not the outsider's. */
  readonly options: SearchOptions;
  /** Work shared by the searches of one check or compare ({@link callMemo}). */
  readonly memo?: CallMemo;
  /** When to give up ({@link analyzeClock} time): the public call's deadline; default `options.timeoutMs` from now. */
  readonly deadline?: number;
  /**
   * Which resource cells to search ({@link resourceCandidates}): `aligned`, only the texts where
   * each `*` of a head component stays inside it (the answer says `more` when others remain);
   * `crossing`, only the cells a `*` ending a head component adds to those by reaching past
   * colons. Default: both, the aligned ones first, the others only when the witnesses asked for
   * were not found among them.
   */
  readonly resourceCells?: 'aligned' | 'crossing';
}

/**
 * Work the searches of one call (a check, or both directions of a compare) repeat, remembered
 * for that call only: the two directions of a compare search the same pairs of changed
 * statements, so they walk the same patterns.
 */
export interface CallMemo {
  /** Cell representatives of a walk, by its patterns (and groups) in a canonical order. */
  readonly walks: Map<string, readonly string[]>;
  /**
   * Searches of both directions over two statement sets, by the sets (reduce.ts): the other
   * direction of a compare asks the same search with the sets swapped.
   */
  readonly mirrors: Map<string, { readonly answer: SearchAnswer; readonly limit: number }>;
}

/** A memo for the searches of one call. */
export function callMemo(): CallMemo {
  return { walks: new Map(), mirrors: new Map() };
}

/**
 * {@link cellRepresentatives} of the patterns, remembered in `memo` under a key that does not
 * depend on their order nor on the names of their groups (only on which patterns share one):
 * the cells, and so the answer, do not either.
 */
export function walkOnce(memo: CallMemo | undefined, kind: string, texts: readonly string[], groups: readonly string[] | undefined, walk: () => readonly string[]): readonly string[] {
  if (memo === undefined) return walk();
  const order = texts.map((_, i) => i).sort((x, y) => (texts[x]! < texts[y]! ? -1 : texts[x]! > texts[y]! ? 1 : 0));
  const names = new Map<string, number>();
  const key = JSON.stringify([kind, order.map((i) => [texts[i]!, groups === undefined ? 0 : (names.get(groups[i]!) ?? names.set(groups[i]!, names.size).size - 1)])]);
  let hit = memo.walks.get(key);
  if (hit === undefined) memo.walks.set(key, (hit = walk()));
  return hit;
}

/** The answer: witnesses per direction, and why the search is not a proof (if it is not). */
export interface SearchAnswer {
  readonly witnesses: readonly (readonly { readonly request: EvaluationRequest; readonly results: readonly EvaluationResult[] }[])[];
  readonly unknown: readonly string[];
  readonly requests: number;
  /** Closed world: every catalog action of the cell of each representative action (same statement matches). */
  readonly actionCells?: ReadonlyMap<string, readonly string[]>;
  /**
   * With `resourceCells: 'aligned'`: the search ran through the aligned cells without the witnesses
   * asked for, and cells of crossing stars remain (`resourceCells: 'crossing'`); it is no proof alone.
   */
  readonly more?: boolean;
}

const MAX_STATES = 200_000;
const MAX_COMBINATIONS = 2_000_000;
/** Up to this many patterns, one walk over all of them (its states grow with the patterns' overlap; a walk's fixed cost is what counts for few). */
const ONE_WALK = 12;

const FAMILY: Record<string, FamilyGroup> = {
  String: 'String',
  ARN: 'Arn',
  Numeric: 'Numeric',
  Date: 'Date',
  Bool: 'Bool',
  Binary: 'Binary',
  IPAddress: 'Ip',
};

/** Context keys that say who the caller is, or on whose behalf a service calls. */
const CALLER_KEYS = new Set(
  [
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:userid',
    'aws:username',
    'aws:SourceAccount',
    'aws:SourceArn',
    'aws:SourceOwner',
    'aws:SourceOrgID',
    'aws:SourceOrgPaths',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'aws:PrincipalServiceName',
    'aws:PrincipalIsAWSService',
    'kms:CallerAccount',
  ].map((k) => k.toLowerCase()),
);

/** True for a context key that says who the caller is ({@link CALLER_KEYS}, any case). */
export const isCallerKey = (key: string): boolean => CALLER_KEYS.has(key.toLowerCase());

/** Caller keys whose values are ARNs (the fifth field is the account) or organization paths (`o-.../r-.../ou-.../`). */
const ARN_KEYS = new Set(['aws:principalarn', 'aws:sourcearn']);
const ORG_PATH_KEYS = new Set(['aws:principalorgpaths', 'aws:sourceorgpaths']);

/**
 * The account ids a policy names: in principals (an id, or the account field of an ARN) and in
 * condition values (every run of twelve digits: an id, or one inside an ARN or a user id).
 */
function namedAccounts(stmts: readonly Stmt[]): Set<string> {
  const accounts = new Set<string>();
  for (const s of stmts)
    for (const p of [s.st.Principal, s.st.NotPrincipal]) {
      if (p === undefined || p === '*') continue;
      for (const v of p.AWS ?? []) {
        if (isAccountId(v)) accounts.add(v);
        else {
          const acct = parseArn(v)?.account;
          if (acct !== undefined && isAccountId(acct)) accounts.add(acct);
        }
      }
    }
  for (const s of stmts)
    for (const entries of s.conditions.values())
      for (const e of entries) for (const v of e.values) if (typeof v === 'string') for (const m of v.matchAll(/(?<!\d)\d{12}(?!\d)/g)) accounts.add(m[0]);
  return accounts;
}

/**
 * The values of caller key `k` that no outsider holds: a value the policy names for it, an ARN of
 * an account the policy names (`arn:aws:iam::111122223333:role/*` names that account's roles), an
 * organization path under an organization a path names (`o-a1b2c3/*`), and a list of several values
 * of a key that holds one (all caller keys but the organization paths, ArrayOfString).
 */
function outsiderReject(stmts: readonly Stmt[], k: string, accounts: ReadonlySet<string>): (v: ContextValue) => boolean {
  const named = new Set<string>();
  const orgs = new Set<string>();
  for (const s of stmts)
    for (const e of s.conditions.get(k) ?? [])
      for (const v of e.values) {
        const text = String(v).toLowerCase();
        named.add(text);
        const org = text.split('/')[0]!;
        if (ORG_PATH_KEYS.has(k) && org !== '' && !hasWildcard(org) && !org.includes('${')) orgs.add(org);
      }
  return (v) =>
    (Array.isArray(v) && v.length > 1 && !ORG_PATH_KEYS.has(k)) ||
    (Array.isArray(v) ? v : [v]).some((x) => {
      const text = String(x).toLowerCase();
      if (named.has(text)) return true;
      if (ARN_KEYS.has(k)) return accounts.has(parseArn(text)?.account ?? '');
      return ORG_PATH_KEYS.has(k) && orgs.has(text.split('/')[0]!);
    });
}

/** One item or a list of them (as policy sets hold policies), as a list. */
export function listOf<T>(v: T | readonly T[] | undefined): readonly T[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? (v as readonly T[]) : [v as T];
}

/**
 * Every policy of a set with its type and where evaluate's `matched` places it: its index among
 * the policies of its type (of its level, for SCPs and RCPs) and, for SCPs and RCPs, its level.
 */
export function policiesOf(set: PolicySet): { readonly type: PolicyType; readonly input: PolicyInput; readonly policyIndex: number; readonly level?: number }[] {
  const out: { type: PolicyType; input: PolicyInput; policyIndex: number; level?: number }[] = [];
  for (const type of ['identity', 'resource', 'boundary', 'session', 'endpoint'] as const)
    listOf(set[type] as PolicyInput | readonly PolicyInput[] | undefined).forEach((input, policyIndex) => out.push({ type, input, policyIndex }));
  for (const type of ['scp', 'rcp'] as const)
    (set[type] ?? []).forEach((levelPolicies, level) =>
      listOf(levelPolicies as PolicyInput | readonly PolicyInput[]).forEach((input, policyIndex) => out.push({ type, input, policyIndex, level })),
    );
  return out;
}

function hasVariable(text: string, version: string): boolean {
  return version !== '2008-10-17' && text.includes('${');
}

function bit(i: number): bigint {
  return 1n << BigInt(i);
}

/** Runs the search. */
export function search(q: SearchQuestion): SearchAnswer {
  const deadline = q.deadline ?? deadlineOf(q.options.timeoutMs);
  const maxWitnesses = Math.max(1, q.options.maxWitnesses ?? 10);
  const unknown: string[] = [];
  const witnesses: { request: EvaluationRequest; results: EvaluationResult[] }[][] = Array.from({ length: q.directions }, () => []);
  let requests = 0;
  const actionCells = q.options.actions === 'catalog' ? new Map<string, string[]>() : undefined;
  let more = false;
  const answer = (): SearchAnswer => ({ witnesses, unknown, requests, ...(actionCells === undefined ? {} : { actionCells }), ...(more ? { more } : {}) });

  // statements of every set (and probes, as plain Allow statements read like identity policies)
  const stmts: Stmt[] = [];
  const addStatement = (st: Statement, version: string, type: PolicyType) => {
    const conditions = new Map<string, { operator: string; key: string; values: (string | number | boolean)[] }[]>();
    for (const operator of Object.keys(st.Condition ?? {})) {
      const keys = st.Condition![operator]!;
      for (const key of Object.keys(keys)) {
        const k = key.toLowerCase();
        let list = conditions.get(k);
        if (list === undefined) conditions.set(k, (list = []));
        list.push({ operator, key, values: [...keys[key]!] });
      }
    }
    stmts.push({ st, version, type, conditions });
  };
  let hasResourceSide = false;
  let hasSession = false;
  let hasOrg = false;
  for (const set of q.sets)
    for (const { type, input } of policiesOf(set)) {
      const read = readPolicy(input, type);
      if (type === 'resource' || type === 'rcp' || type === 'endpoint') hasResourceSide = true;
      if (type === 'session') hasSession = true;
      if (type === 'scp' || type === 'rcp' || type === 'resource' || type === 'endpoint') hasOrg = true;
      read.document.Statement.forEach((st) => addStatement(st, read.document.Version, type));
    }
  for (const p of q.probes ?? []) {
    const st: Statement = { Effect: 'Allow', Action: p.actions ?? ['*'], Resource: p.resources ?? ['*'] };
    addStatement(st, '2012-10-17', 'identity');
  }

  // the supported fragment
  const keyTests = new Map<string, KeyTest[]>();
  // keys compared with the whole value of another key (`"aws:ResourceAccount": "${aws:PrincipalAccount}"`)
  const ties = new Map<string, Tie>();
  for (const s of stmts) {
    for (const r of [...(s.st.Resource ?? []), ...(s.st.NotResource ?? [])])
      if (hasVariable(r, s.version)) unknown.push(analyzeMessages.variableInResource(r));
    // evaluate reads these by the reading safer for a Deny (docs/evaluation.md); not modelled here
    for (const a of (s.st.Effect === 'Deny' ? s.st.Action : s.st.NotAction) ?? [])
      if (strayAction(a) !== undefined) unknown.push(analyzeMessages.strayAction(a));
    for (const [k, entries] of s.conditions)
      for (const e of entries) {
        const op = parseOperator(e.operator);
        if (op === undefined || op.family === 'Null') {
          if (!keyTests.has(k)) keyTests.set(k, []);
          continue;
        }
        const group = FAMILY[op.family]!;
        const compare = op.compare === 'eq' || op.compare === 'eqi' || op.compare === 'like' ? op.compare : 'order';
        const values: (string | number | boolean)[] = [];
        for (const v of e.values) {
          if (typeof v !== 'string' || (op.family !== 'String' && op.family !== 'ARN') || !hasVariable(v, s.version)) {
            values.push(v);
            continue;
          }
          const tie = q.outsidersOnly !== true ? tiedKey(op, v) : undefined;
          if (tie === undefined) unknown.push(analyzeMessages.variableInValue(v, e.operator, e.key));
          else {
            const partner = tie.toLowerCase();
            const known = ties.get(k);
            if (known !== undefined && known.v !== partner) unknown.push(analyzeMessages.twoVariables(e.key));
            if (known === undefined) ties.set(k, { v: partner, vKey: tie, key: e.key, compare: op.compare === 'eqi' ? 'eqi' : 'eq' });
          }
        }
        let list = keyTests.get(k);
        if (list === undefined) keyTests.set(k, (list = []));
        list.push({ group, compare: group === 'String' ? compare : 'order', values });
      }
  }
  for (const [k, tests] of keyTests) {
    const groups = new Set(tests.map((t) => t.group));
    // String and ARN operators both read the value as text: one walk cuts both (values.ts)
    if (groups.size > 1 && !(groups.size === 2 && groups.has('String') && groups.has('Arn'))) unknown.push(analyzeMessages.severalFamilies(k, [...groups]));
  }
  // a tied pair is cut jointly: the variable's key may be compared with several keys, but is
  // not itself compared with a variable, and is read by String/ARN operators only
  const components = new Map<string, { vKey: string; keys: string[] }>();
  for (const [k, t] of ties) {
    const vGroups = new Set((keyTests.get(t.v) ?? []).map((x) => x.group));
    if (ties.has(t.v) || t.v === k || [...vGroups].some((g) => g !== 'String' && g !== 'Arn'))
      unknown.push(analyzeMessages.chainedVariable(t.key, t.vKey));
    let c = components.get(t.v);
    if (c === undefined) components.set(t.v, (c = { vKey: t.vKey, keys: [] }));
    c.keys.push(k);
  }
  // a time key tied to a variable (or the variable itself) while the other time key is read: the
  // joint cut would try it absent, and evaluate then fills it from the other key (TIME_KEYS)
  const timeRead = [...TIME_KEYS].filter((t) => keyTests.has(t) || ties.has(t) || components.has(t));
  for (const t of timeRead) if (timeRead.length === 2 && (ties.has(t) || components.has(t))) unknown.push(analyzeMessages.filledVariable(t === 'aws:currenttime' ? 'aws:CurrentTime' : 'aws:EpochTime'));
  if (unknown.length > 0) return answer();

  try {
    const checkTime = (what: string) => {
      if (analyzeClock.now() >= deadline) throw new WorkLimit(analyzeMessages.timedOut(what));
    };

    // 1a. actions
    // the actions the statements name as written (folded, as actions compare): evidence as they are,
    // never replaced by another name of their cell (preferCatalogActions) or verb (readable)
    const writtenActions = new Set<string>();
    for (const s of stmts) for (const a of [...(s.st.Action ?? []), ...(s.st.NotAction ?? [])]) if (!hasWildcard(a)) writtenActions.add(foldText(a));
    const actionBits = actionCandidates(stmts, q.options.actions ?? 'open', deadline, writtenActions, actionCells, q.memo);
    checkTime('splitting actions');
    let budget = MAX_COMBINATIONS;
    const combine = <T, U>(left: Map<bigint, T>, right: Map<bigint, U>, join: (a: T, b: U) => T): Map<bigint, T> => {
      const out = new Map<bigint, T>();
      for (const [lb, lv] of left)
        for (const [rb, rv] of right) {
          if (--budget < 0) throw new WorkLimit('combining fields');
          if ((budget & 4095) === 0 && analyzeClock.now() >= deadline) throw new WorkLimit(analyzeMessages.timedOut('combining fields'));
          const b = lb & rb;
          if (!out.has(b)) out.set(b, join(lv, rv));
        }
      return out;
    };
    interface Choice {
      readonly action: string;
      readonly resource: string;
      readonly context: { readonly [k: string]: ContextValue };
    }
    // candidate values of each condition key (caller-independent part)
    const keyValues = new Map<string, { key: string; values: ContextValue[] }>();
    for (const [k, tests] of keyTests) {
      const scalars = scalarsOf(tests, deadline);
      let spelled = k;
      for (const s of stmts) for (const e of s.conditions.get(k) ?? []) spelled = e.key;
      keyValues.set(k, { key: spelled, values: scalars });
    }

    const resourceTypes: readonly (ResourceType | undefined)[] = q.resourceTypes ?? (hasResourceSide ? ['other', 'kms-key', 'role-trust'] : [undefined]);
    // for outsiders only: per caller key, the values no outsider holds (they depend on the statements, not the party)
    const accounts = namedAccounts(stmts);
    const outsiderRejects = new Map<string, (v: ContextValue) => boolean>();
    if (q.outsidersOnly === true) {
      for (const k of keyValues.keys()) if (CALLER_KEYS.has(k)) outsiderRejects.set(k, outsiderReject(stmts, k, accounts));
    }
    const callers = parties(stmts, accounts, hasResourceSide, hasSession, hasOrg, q.outsidersOnly === true);
    // evaluate reads every statement: the clock once per some thousand statements read
    const paceRequests = pacer(deadline, 'deciding requests');
    // resources the policies write out (no wildcard, no variable),
    // and condition values they write out: a witness keeps both as written
    const written = new Set<string>();
    const literal = (v: unknown) => typeof v === 'string' && !hasWildcard(v) && !v.includes('${');
    for (const s of stmts) {
      for (const r of [...(s.st.Resource ?? []), ...(s.st.NotResource ?? [])]) if (literal(r)) written.add(r);
      for (const entries of s.conditions.values()) for (const e of entries) for (const v of e.values) if (literal(v)) written.add(v as string);
    }
    const actionChoices = new Map([...actionBits].map(([b, a]) => [b, { action: a, resource: '*', context: {} } as Choice]));
    /** Decides the requests of `base` (actions x resources) with every caller and context; true once the witnesses asked for are found. */
    const decide = (base: Map<bigint, Choice>): boolean => {
      for (const party of callers) {
        checkTime('deciding requests');
        const caller = parseCaller(party.principal, party.anonymous === true, party.principalType);
        const principalAccount = caller.account;
        let current: Map<bigint, Choice> = base;
        const contextOf = (given: { readonly [k: string]: ContextValue }) => buildContext(given, caller, principalAccount, party.resourceAccount, party.principalId);
        for (const [v, component] of components) {
          current = combine(current, tiedCandidates(stmts, v, component, keyTests, ties, keyValues, contextOf, deadline), (c, extra) => ({ ...c, context: { ...c.context, ...extra } }));
          checkTime('combining condition keys');
        }
        for (const [k, { key, values }] of keyValues) {
          if (ties.has(k) || components.has(k)) continue;
          const reject = outsiderRejects.get(k);
          const bits = keyCandidates(
            stmts,
            k,
            key,
            values,
            (v) => contextOf(v === undefined ? {} : { [key]: v }),
            reject,
            JSON.stringify(party),
            // evaluate fills each time key from the other when only one is given: with both tested, an
            // absent one would be read from the other's candidate, not from the cell it was tried in
            TIME_KEYS.has(k) && [...TIME_KEYS].every((t) => keyValues.has(t)),
            deadline,
          );
          current = combine(current, bits, (c, v: ContextValue | undefined) => (v === undefined ? c : { ...c, context: { ...c.context, [key]: v } }));
          checkTime('combining condition keys');
        }
        for (const choice of current.values()) {
          for (const resourceType of resourceTypes) {
            requests++;
            paceRequests(stmts.length);
            const request: EvaluationRequest = {
              ...(party.principal === undefined ? {} : { principal: party.principal }),
              ...(party.principalType === undefined ? {} : { principalType: party.principalType }),
              ...(party.principalId === undefined ? {} : { principalId: party.principalId }),
              ...(party.anonymous === true ? { anonymous: true } : {}),
              action: choice.action,
              resource: choice.resource,
              ...(Object.keys(choice.context).length === 0 ? {} : { context: choice.context }),
              ...(party.resourceAccount === undefined ? {} : { resourceAccount: party.resourceAccount }),
              ...(resourceType === undefined ? {} : { resourceType }),
            };
            const results = q.sets.map((set) => evaluate(set, request));
            const dir = q.witness(results, request);
            if (dir === undefined) continue;
            const list = witnesses[dir]!;
            if (list.length >= maxWitnesses) continue;
            const simple = readable(q, simplify(q, request, results, dir), dir, written, writtenActions, q.options.actions !== 'catalog', principalAccount);
            list.push(simple);
            if (q.stopWith === undefined ? witnesses.every((w) => w.length >= maxWitnesses) : witnesses[q.stopWith]!.length >= maxWitnesses) return true;
          }
        }
      }
      return false;
    };
    // 1b. resources, the aligned cells first: the cells of stars that reach past colons are many
    // (a cell per subset of entries that meet in contrived texts) and searched only when needed
    const crossing = anyCrossing(stmts);
    const phases = q.resourceCells === undefined ? (crossing ? (['aligned', 'crossing'] as const) : (['aligned'] as const)) : [q.resourceCells];
    let aligned: Map<bigint, string> | undefined;
    for (const phase of phases) {
      const resourceBits = phase === 'aligned' ? (aligned = resourceCandidates(stmts, deadline, false, q.memo)) : crossingCells(stmts, deadline, q.memo, aligned);
      checkTime('splitting resources');
      // 2. actions x resources
      const base = combine(actionChoices, resourceBits, (c, r: string) => ({ ...c, resource: r }));
      if (decide(base)) return answer();
    }
    more = q.resourceCells === 'aligned' && crossing;
  } catch (e) {
    if (e instanceof WorkLimit) unknown.push(e.message);
    else throw e;
  }
  return answer();
}

/** Drops request fields the witness does not need (checked by deciding again). */
function simplify(
  q: SearchQuestion,
  request: EvaluationRequest,
  results: EvaluationResult[],
  dir: number,
): { request: EvaluationRequest; results: EvaluationResult[] } {
  let best = { request, results };
  // a public-access witness keeps the owner's account: it is what makes the caller an outsider
  for (const field of q.outsidersOnly === true ? (['resourceType'] as const) : (['resourceType', 'resourceAccount'] as const)) {
    if (best.request[field] === undefined) continue;
    const { [field]: _drop, ...rest } = best.request;
    const r = q.sets.map((set) => evaluate(set, rest));
    if (q.witness(r, rest) === dir && r.every((x, i) => x.decision === best.results[i]!.decision)) best = { request: rest, results: r };
  }
  return best;
}

/** How many texts are decided at most for a witness's resource, and for each ARN of its context ({@link readable}). */
const READABLE_TRIES = 4;

/**
 * A witness as a person reads it. The search's text for a set of resources is its shortest
 * (`arn:aws:s3:::docs/` for what `docs/*` holds, `*` outside every entry, empty region and account
 * fields), and so is its value of an ARN condition key (`arn:aws:sns:::` for `arn:aws:sns:*:*:*`).
 *
 * The resource is replaced, where one decides alike, by an ARN of a format of the witness's action
 * (catalog), fewest variables first: the text itself with its empty fields and variables filled
 * (`arn:aws:s3:::docs/example-object`); for a text that says next to nothing (`*`, a resource part
 * of one character) the format's example, with the text's head fields. A context value that is an
 * ARN with an empty field is filled by the formats of its own service. An empty account becomes the
 * request's resource account or else the caller's, then stays empty. When no format of the action
 * fits the resource, in the open world (`swapActions`), an action of the same service and verb
 * whose format does is taken (`s3:GetObject`, not `s3:GetAccelerateConfiguration`, for an object),
 * unless the action is one a policy names (`writtenActions`).
 *
 * A replacement is kept only when every policy set decides it as the witness, by the same
 * statements (so a diff row, a reason, is the same). A resource a policy writes out is kept, as is
 * one of an action the catalog lacks or that takes no resource type, and an ARN of another service
 * than the action's formats (a policy may grant `lambda:*` on an S3 ARN).
 */
function readable(
  q: SearchQuestion,
  found: { request: EvaluationRequest; results: EvaluationResult[] },
  dir: number,
  written: ReadonlySet<string>,
  writtenActions: ReadonlySet<string>,
  swapActions: boolean,
  callerAccount: string | undefined,
): { request: EvaluationRequest; results: EvaluationResult[] } {
  let best = found;
  const accounts = [...new Set([found.request.resourceAccount ?? callerAccount ?? '', ''])];
  const same = (a: readonly EvaluationResult[], b: readonly EvaluationResult[]) =>
    a.every((x, i) => x.decision === b[i]!.decision && JSON.stringify(x.matched) === JSON.stringify(b[i]!.matched) && JSON.stringify(x.missing) === JSON.stringify(b[i]!.missing));
  /** The first of the requests that every set decides as `best` (by the same statements), else `best`. */
  const firstAlike = (requests: readonly EvaluationRequest[]) => {
    for (const request of requests) {
      const results = q.sets.map((set) => evaluate(set, request));
      if (q.witness(results, request) === dir && same(results, best.results)) return { request, results };
    }
    return best;
  };
  const { action, resource } = best.request;
  if (resource !== undefined && !written.has(resource)) {
    const fields = resource.split(':');
    const arn = fields.length >= 6;
    const service = fields[2]?.toLowerCase();
    const formats = formatsOf(action).filter((f) => !arn || f.split(':', 3)[2] === service);
    // a resource part of more than one character holds text of the policies': an example drops it
    const kinds = !arn ? (['example'] as const) : fields.slice(5).join(':').length <= 1 ? (['fitted', 'kept'] as const) : (['fitted'] as const);
    const texts = readableTexts(resource, formats, kinds, accounts);
    best = firstAlike(texts.slice(0, READABLE_TRIES).map((t) => ({ ...best.request, resource: t })));
    // no format of the action fits the resource (`s3:GetAccelerateConfiguration`, a bucket action,
    // on `arn:aws:s3:::docs/`): in the open world, an action of the same service and verb whose
    // format does (`s3:GetObject` on `arn:aws:s3:::docs/example-object`); not an action a policy names
    const colon = action.indexOf(':');
    const verb = /^[A-Z][a-z]*/.exec(action.slice(colon + 1))?.[0];
    if (best === found && swapActions && arn && verb !== undefined && action.slice(0, colon).toLowerCase() === service && !writtenActions.has(foldText(action))) {
      const { actions, formats: shared } = verbActions(service, verb);
      // each format the verb's actions take, fitted once: the resource itself where it fits as it
      // is (an object key `home/`), else filled
      const fitted = new Map<string, string>();
      for (const f of shared) {
        const t = readableTexts(resource, [f], ['fitted'], accounts, true)[0];
        if (t !== undefined) fitted.set(f, t);
      }
      const pairs: { action: string; resource: string }[] = [];
      if (fitted.size > 0)
        for (const other of actions) {
          if (pairs.length === SWAP_TRIES) break;
          const f = other.formats.find((x) => fitted.has(x));
          if (other.action !== action && f !== undefined) pairs.push({ action: other.action, resource: fitted.get(f)! });
        }
      best = firstAlike(pairs.map((pair) => ({ ...best.request, ...pair })));
    }
  }
  const context = best.request.context;
  for (const key of Object.keys(context ?? {})) {
    const value = context![key];
    if (typeof value !== 'string' || written.has(value)) continue;
    const fields = value.split(':');
    const isArn = fields.length >= 6 && fields[0]!.toLowerCase() === 'arn';
    // a text a pattern's `*` left empty at its end (`eng-` for `eng-*`): a name after it reads as a value
    if (!isArn && /[-/_.:]$/.test(value)) {
      best = firstAlike([{ ...best.request, context: { ...best.request.context, [key]: `${value}example` } }]);
      continue;
    }
    // an ARN with an empty field (partition, service, Region, account, resource part)
    const emptyField = fields.slice(1, 5).includes('') || fields.slice(5).join(':') === '';
    if (!isArn || !emptyField) continue;
    const texts = readableTexts(value, serviceFormatsOf(fields[2]!), ['fitted'], accounts);
    best = firstAlike(texts.slice(0, READABLE_TRIES).map((t) => ({ ...best.request, context: { ...best.request.context, [key]: t } })));
  }
  return best;
}

/**
 * The texts {@link readable} tries for `text`, in the order a person prefers them: by kind, then
 * account, then format. `text` itself among them (it fits a format as it is, its account aside)
 * ends the list, and is left out unless `keepText`: what follows reads no better.
 */
function readableTexts(text: string, formats: readonly string[], kinds: readonly ('fitted' | 'kept' | 'example')[], accounts: readonly string[], keepText = false): string[] {
  const tries: string[] = [];
  for (const kind of kinds)
    for (const account of accounts)
      for (const f of formats) {
        const t: string | undefined = exampleArns(f, text, account)[kind];
        if (t === text) return keepText ? [...tries, t] : tries;
        if (t !== undefined && !tries.includes(t)) tries.push(t);
      }
  return tries;
}

/** ARN formats, fewest variables first (then in catalog order). */
function byVariables(formats: readonly string[]): readonly string[] {
  const variables = (f: string) => f.split('${').length;
  return [...new Set(formats)].map((f, i) => ({ f, i })).sort((x, y) => variables(x.f) - variables(y.f) || x.i - y.i).map((x) => x.f);
}

/** The ARN formats of an action's resource types (catalog), fewest variables first; [] for an action the catalog lacks. */
const formatsMemo = /*#__PURE__*/ new BoundedCache<string, readonly string[]>(1024);
function formatsOf(action: string): readonly string[] {
  return formatsMemo.remember(action.toLowerCase(), () => byVariables((actionInfo(action)?.resourceTypes ?? []).flatMap((t) => t.arns)));
}

/** How many actions of the same verb are decided at most for a witness whose action fits no format of its resource ({@link readable}). */
const SWAP_TRIES = 2;

/** The catalog actions of a service whose name begins with `verb` (`Get`), with their formats, and the formats they take. */
const verbMemo = /*#__PURE__*/ new BoundedCache<string, { readonly actions: readonly { readonly action: string; readonly formats: readonly string[] }[]; readonly formats: readonly string[] }>(256);
function verbActions(service: string, verb: string): { readonly actions: readonly { readonly action: string; readonly formats: readonly string[] }[]; readonly formats: readonly string[] } {
  return verbMemo.remember(`${service}:${verb}`, () => {
    const actions = catalogNames(service)
      .names.filter((n) => n.startsWith(verb, service.length + 1))
      .map((action) => ({ action, formats: formatsOf(action) }))
      .filter((a) => a.formats.length > 0);
    return { actions, formats: byVariables(actions.flatMap((a) => a.formats)) };
  });
}

/** The ARN formats of every resource type of a service (catalog), fewest variables first; [] for a service the catalog lacks. */
const serviceFormatsMemo = /*#__PURE__*/ new BoundedCache<string, readonly string[]>(1024);
function serviceFormatsOf(service: string): readonly string[] {
  return serviceFormatsMemo.remember(service.toLowerCase(), (s) => byVariables(resourceTypesOf(s).flatMap((t) => t.arns)));
}

/** Patterns of an action list, grouped by lower-cased service prefix (`*` lists under ''). */
function actionCandidates(stmts: readonly Stmt[], world: 'open' | 'catalog', deadline: number, written: ReadonlySet<string>, cells?: Map<string, string[]>, memo?: CallMemo): Map<bigint, string> {
  const patterns = new Set<string>();
  for (const s of stmts) for (const a of [...(s.st.Action ?? []), ...(s.st.NotAction ?? [])]) patterns.add(a);
  // each list as a set of folded wildcard-free names and its other patterns: the same test as
  // actionListMatches (a wildcard-free pattern matches exactly its own text, ignoring case)
  const lists = stmts.map((s) => {
    const list = s.st.Action ?? s.st.NotAction ?? [];
    const literals = new Set<string>();
    const wild: string[] = [];
    for (const p of list) if (p.includes('*') || p.includes('?')) wild.push(p);
    else literals.add(foldText(p));
    return { negated: s.st.Action === undefined && s.st.NotAction !== undefined, none: s.st.Action === undefined && s.st.NotAction === undefined, literals, wild };
  });
  const bitsOf = (action: string): bigint => {
    let b = 0n;
    const folded = foldText(action);
    lists.forEach((l, i) => {
      if (l.none) return;
      const m = l.literals.has(folded) || actionListMatches(l.wild, action);
      if (m !== l.negated) b |= bit(i);
    });
    return b;
  };
  let candidates: string[];
  if (world === 'catalog') candidates = expandActions('*');
  else {
    // split by literal service prefix when no pattern has a wildcard before its colon (except all-star patterns)
    const byPrefix = new Map<string, string[]>();
    let global = false;
    for (const p of patterns) {
      if (/^\*+$/.test(p)) continue;
      const colon = p.indexOf(':');
      const prefix = colon === -1 ? p : p.slice(0, colon);
      if (colon === -1 || prefix.includes('*') || prefix.includes('?')) {
        global = true;
        break;
      }
      const lower = prefix.toLowerCase();
      let list = byPrefix.get(lower);
      if (list === undefined) byPrefix.set(lower, (list = []));
      list.push(p);
    }
    // patterns held by the same statements count alike: one union each in the walk
    const holders = new Map<string, string>();
    stmts.forEach((s, i) => {
      for (const p of new Set(s.st.Action ?? s.st.NotAction ?? [])) holders.set(p, `${holders.get(p) ?? ''}${i},`);
    });
    if (global) {
      const list = [...patterns];
      const segs: SegmentedPattern[] = list.map((p) => [{ text: p, fold: true, colonFree: false }]);
      const groups = list.map((p) => holders.get(p)!);
      candidates = [...walkOnce(memo, 'actions', list, groups, () => cellRepresentatives(segs, ACTION_TEXT, MAX_STATES, 'splitting actions', deadline, groups))];
    } else {
      candidates = [];
      let fresh = 'q';
      while (byPrefix.has(fresh)) fresh += 'q';
      candidates.push(`${fresh}:Action`);
      for (const [prefix, names] of byPrefix) {
        const segs: SegmentedPattern[] = names.map((n) => [{ text: n.slice(n.indexOf(':') + 1), fold: true, colonFree: false }]);
        const groups = names.map((n) => holders.get(n)!);
        for (const name of walkOnce(memo, 'names', names, groups, () => cellRepresentatives(segs, NAME_TEXT, MAX_STATES, 'splitting actions', deadline, groups)))
          candidates.push(`${prefix}:${name}`);
      }
    }
  }
  const out = new Map<bigint, string>();
  // every list read for every candidate: thousands of each took seconds between two clock readings
  const pace = pacer(deadline, 'splitting actions');
  for (const a of candidates) {
    pace(stmts.length);
    const b = bitsOf(a);
    const rep = out.get(b);
    if (rep === undefined) {
      out.set(b, a);
      cells?.set(a, [a]);
    } else cells?.get(rep)?.push(a);
  }
  if (world === 'open') preferCatalogActions(out, bitsOf, written, Math.max(1, lists.length), deadline);
  return out;
}

/** How many statement lists {@link preferCatalogActions} may read in all (one action against one list each). */
const CATALOG_SWAP_WORK = 50_000;
/** How many of a service's first actions are tried when none that begins with the representative's name is in its cell. */
const FIRST_NAMES_TRIED = 32;
/** For a representative whose service the catalog lacks, in how many other services its cell's actions are searched. */
const OTHER_SERVICES_SEARCHED = 8;

/**
 * In the open world a cell's representative may be a name no service has (`iam:q`, `ec2:D`,
 * `s3:Get`): the proof needs one request per cell, whatever its name, but a witness is evidence a
 * reviewer reads, and an action one can call says more. Each such representative (other than an
 * action a statement names as written) is replaced by a
 * catalog action that every statement treats alike (the same bits, so the same cell, and the
 * proof is unchanged): one of its own service, or for a service the catalog does not have, one of
 * the services (in catalog order) whose prefix puts the representative's name in the same cell.
 * The search stops after a fixed amount of work and at the deadline, without an error: a cell
 * without a catalog action found keeps its name.
 */
function preferCatalogActions(out: Map<bigint, string>, bitsOf: (action: string) => bigint, written: ReadonlySet<string>, lists: number, deadline: number): void {
  let work = CATALOG_SWAP_WORK;
  let tried = 0;
  /** The first action of `names` in cell `b`, or undefined (also once the work is spent). */
  const find = (names: readonly string[], b: bigint): string | undefined => {
    for (const name of names) {
      if ((work -= lists) < 0 || ((++tried & 255) === 0 && analyzeClock.now() >= deadline)) return undefined;
      if (bitsOf(name) === b) return name;
    }
    return undefined;
  };
  /**
   * An action of a service in cell `b`: one whose name begins with `name` (the walk's shortest
   * text of the cell) first, then one of the service's first names (a cell that holds the names
   * of a service the statements do not list, or all but some: the first names are in it).
   */
  const inService = (service: ServiceNames, name: string, b: bigint): string | undefined => {
    const head = asciiLower(name);
    return find(service.names.filter((_, i) => service.lowerNames[i]!.startsWith(head)), b) ?? find(service.names.slice(0, FIRST_NAMES_TRIED), b);
  };
  for (const [b, rep] of out) {
    const colon = rep.indexOf(':');
    const service = colon < 0 ? '' : asciiLower(rep.slice(0, colon));
    // an action the policies name is evidence as it is written
    const folded = foldText(rep);
    if (written.has(folded)) continue;
    const own = catalogNames(service);
    if (own.folded.has(folded)) continue;
    const name = rep.slice(colon + 1);
    let found = own.names.length > 0 ? inService(own, name, b) : undefined;
    if (own.names.length === 0) {
      // services whose prefix puts the representative's own name in the cell, then their actions
      let searched = 0;
      for (const other of serviceNames()) {
        if (found !== undefined || searched === OTHER_SERVICES_SEARCHED || (work -= lists) < 0) break;
        if (bitsOf(`${other}:${name}`) !== b) continue;
        searched++;
        found = inService(catalogNames(other), name, b);
      }
    }
    if (found !== undefined) out.set(b, found);
  }
}

/** A service's catalog actions (`s3:GetObject`), their names after the colon in lower case, and the actions folded. */
interface ServiceNames {
  readonly names: readonly string[];
  readonly lowerNames: readonly string[];
  readonly folded: ReadonlySet<string>;
}
const NO_NAMES: ServiceNames = { names: [], lowerNames: [], folded: new Set() };
/** {@link ServiceNames} per lower-cased prefix of a catalog service. */
const serviceNamesMemo = new BoundedCache<string, ServiceNames>(64);
function catalogNames(service: string): ServiceNames {
  if (!hasService(service)) return NO_NAMES;
  return serviceNamesMemo.remember(service, () => {
    const names = expandActions(`${service}:*`);
    return { names, lowerNames: names.map((n) => asciiLower(n.slice(n.indexOf(':') + 1))), folded: new Set(names.map(foldText)) };
  });
}

/** A non-empty action name without `:`. */
const NAME_TEXT: Shape = {
  start: 0,
  step: (_s, c) => (c === 58 ? -1 : 1),
  accepts: (s) => s === 1,
  classOf: ANY_TEXT.classOf,
  fresh: ANY_TEXT.fresh,
};

/**
 * The Resource entries of the statements (`*` aside), and for each the statements that hold it as
 * one text (`holders`: entries held alike form one union in the walks).
 */
function resourceEntries(stmts: readonly Stmt[]): { readonly raws: ReadonlySet<string>; readonly holders: ReadonlyMap<string, string> } {
  const raws = new Set<string>();
  for (const s of stmts)
    for (const r of [...(s.st.Resource ?? []), ...(s.st.NotResource ?? [])]) {
      // API Gateway's short form stands for ARNs of the API the policy is attached to (evaluate
      // reads it so); the regions here do not model that reading: unknown, never a wrong pass
      if (SHORT_ARNS[s.type] === 'pad-if-wildcard' && r.startsWith(API_SHORT_FORM)) throw new WorkLimit(analyzeMessages.shortFormResource(r));
      if (r !== '*') raws.add(r);
    }
  // entries held by the same statements count alike: one union each in the walk (a statement
  // listing many `arn:aws:glue:*:*:<type>/*` entries would otherwise make a cell for each subset
  // of them, since a `*` ending a head component reaches past colons)
  // an entry with an unsure head (`unsureHead`: a capital before the resource part, a wildcard in the
  // service) is no part of that union: it matches nothing in an Allow's Resource (and a Deny's
  // NotResource), so its own cells are walked apart (`arn:aws:*:*:*:*` would hide `arn:aws:s3:::b/*`)
  const holders = new Map<string, string>();
  stmts.forEach((s, i) => {
    for (const r of new Set(s.st.Resource ?? s.st.NotResource ?? [])) if (r !== '*') holders.set(r, `${holders.get(r) ?? ''}${i}${unsureHead(r, s.version) ? `!${r}` : ''},`);
  });
  return { raws, holders };
}

/** The components of an entry as the walks read it (padded when short), or undefined when it is no ARN. */
function entryParts(raw: string): readonly { readonly text: string }[] | undefined {
  const p = plainPattern(raw);
  return splitPattern(p) ?? (raw.startsWith('arn:') ? padPattern(p) : undefined);
}

/**
 * True when an entry of the statements has a head component ending in `*`, which reaches past
 * colons (`resourceArnMatch`): only then do the cells of the full reading differ from the aligned ones.
 */
function anyCrossing(stmts: readonly Stmt[]): boolean {
  for (const s of stmts)
    for (const r of [...(s.st.Resource ?? []), ...(s.st.NotResource ?? [])]) {
      if (r === '*' || !r.includes('*')) continue;
      const parts = entryParts(r);
      if (parts !== undefined && parts.slice(0, 5).some((q) => q.text.endsWith('*'))) return true;
    }
  return false;
}

/** A character no policy holds (outside U+0009-U+00FF): a stand-in that no literal of an entry matches. */
const OTHER = '\u0100';

/**
 * One resource per cell of the statements' Resource entries, by the bits of the statements whose
 * entries match it (the engine's matcher decides). `crossing` false: the cells of the aligned
 * reading (each `*` inside its component), texts that evaluate reads as it reads any other;
 * true: the cells of the full reading (a `*` ending a head component reaches past colons).
 */
function resourceCandidates(stmts: readonly Stmt[], deadline: number, crossing: boolean, memo?: CallMemo): Map<bigint, string> {
  const { raws, holders } = resourceEntries(stmts);
  const list = [...raws];
  const groups = list.map((r) => holders.get(r)!);
  const walked = walkOnce(memo, crossing ? 'resources' : 'aligned resources', list, groups, () => resourceWalks(raws, holders, deadline, crossing));
  const ctx = new Context({});
  const out = new Map<bigint, string>();
  const pace = pacer(deadline, 'splitting resources');
  // each statement's reading of a resource, made once (the readings evaluate takes: a Deny's
  // Resource and an Allow's NotResource match more, HeadVariableReading and QuestionReading)
  const tests = stmts.map((s): ((r: string) => boolean) => {
    const mode = SHORT_ARNS[s.type];
    const allow = s.st.Effect === 'Allow';
    const { Resource, NotResource } = s.st;
    if (Resource !== undefined) return (r) => resourceListMatches(Resource, r, ctx, s.version, mode, allow ? 'both' : 'either');
    if (NotResource !== undefined) return (r) => !resourceListMatches(NotResource, r, ctx, s.version, mode, allow ? 'either' : 'both');
    return () => true;
  });
  const bits = stmts.map((_, i) => bit(i));
  const add = (r: string) => {
    pace(stmts.length);
    let b = 0n;
    for (let i = 0; i < tests.length; i++) if (tests[i]!(r)) b |= bits[i]!;
    if (!out.has(b)) out.set(b, r);
  };
  for (const r of walked) add(r);
  // a `?` reads a character outside the BMP two ways (QuestionReading), which no BMP text shows: the
  // text of each cell an entry with `?` matches (a whole-text glob, a superset of the ARN reading;
  // every cell when such an entry holds a variable) with such a character in it
  const questions = list.filter((r) => r.includes('?'));
  if (questions.length > 0) {
    const patterns = questions.map((r) => plainPattern(r));
    const variable = questions.some((r) => r.includes('${'));
    const near = variable ? [...out.values()] : [...out.values()].filter((t) => patterns.some((p) => globMatch(p, t, true)));
    // a position a wildcard of such an entry takes (the entry still matches with another character
    // there): a character written in the pattern is no `?` reading (the bench's pair of two seeds:
    // 48 texts, not 275)
    const taken = (t: string, i: number) => variable || patterns.some((p) => globMatch(p, t.slice(0, i) + OTHER + t.slice(i + 1), true));
    for (const r of astralVariants(near, list, taken)) add(r);
  }
  return out;
}

/**
 * The cells of the full reading that the aligned reading does not reach: one resource per bit
 * vector of the full walk that no aligned text has (those were decided with the aligned cells).
 * Entries whose head stars reach past colons can meet in contrived texts, a cell per subset of
 * them; a walk past its work limit or the deadline throws, and the search says `unknown`.
 */
function crossingCells(stmts: readonly Stmt[], deadline: number, memo?: CallMemo, aligned = resourceCandidates(stmts, deadline, false, memo)): Map<bigint, string> {
  const out = new Map<bigint, string>();
  for (const [b, r] of resourceCandidates(stmts, deadline, true, memo)) if (!aligned.has(b)) out.set(b, r);
  return out;
}

/**
 * One resource text per cell of the entries (`*` aside): one walk, or one per service for many ARN
 * entries. `holders`: the statements that hold each entry (entries held alike form one union).
 */
function resourceWalks(raws: ReadonlySet<string>, holders: ReadonlyMap<string, string>, deadline: number, crossing: boolean): string[] {
  const arnEntries: { parts: readonly { text: string }[]; group: string }[] = [];
  const short: string[] = [];
  for (const raw of raws) {
    const parts = splitPattern(plainPattern(raw));
    if (parts === undefined) short.push(raw);
    else arnEntries.push({ parts, group: holders.get(raw)! });
  }
  const component = (parts: readonly { text: string }[]): SegmentedPattern => parts.map((q, i) => ({ text: q.text, fold: i < 5, colonFree: i < 5, starCrosses: crossing && i < 5 }));
  // a walk of ARN entries, each in its group (the per-service bounds are groups of their own)
  const walkArns = (entries: readonly { parts: readonly { text: string }[]; group: string }[], bounds: readonly SegmentedPattern[] = []) =>
    cellRepresentatives(
      [...entries.map((e) => component(e.parts)), ...bounds],
      RESOURCE_TEXT,
      MAX_STATES,
      'splitting resources',
      deadline,
      [...entries.map((e) => e.group), ...bounds.map((_, i) => `bound ${i}`)],
    );
  const candidates = ['*'];
  if (short.length > 0) {
    // short ARNs are read whole or padded depending on the policy type: walk every reading at once
    // (each reading alone: the readings of one entry are alternatives, not a union)
    const segs: SegmentedPattern[] = [];
    for (const raw of raws) {
      segs.push([{ text: raw, fold: false, colonFree: false }]);
      const p = plainPattern(raw);
      const parts = splitPattern(p) ?? (raw.startsWith('arn:') ? padPattern(p) : undefined);
      if (parts !== undefined) segs.push(component(parts));
    }
    candidates.push(...cellRepresentatives(segs, RESOURCE_TEXT, MAX_STATES, 'splitting resources', deadline));
  } else if (arnEntries.length <= ONE_WALK) {
    // few entries: one walk over all of them costs less than a walk per service
    candidates.push(...walkArns(arnEntries));
  } else {
    // ARN texts only meet entries of their own service (or of a wildcard service): one walk per
    // service, kept to texts of that service, and one for every other service
    const byService = new Map<string, (typeof arnEntries)[number][]>();
    const global: (typeof arnEntries)[number][] = [];
    for (const e of arnEntries) {
      const svc = e.parts[2]!.text;
      // a `*` ending the partition reaches past the service's colon: such an entry meets texts of any service
      if (svc.includes('*') || svc.includes('?') || e.parts[0]!.text.endsWith('*') || e.parts[1]!.text.endsWith('*')) global.push(e);
      else {
        const k = svc.toLowerCase();
        let list = byService.get(k);
        if (list === undefined) byService.set(k, (list = []));
        list.push(e);
      }
    }
    const serviceOf = (t: string) => t.split(':')[2]?.toLowerCase();
    const only = (svc: string): SegmentedPattern => ['*', '*', svc, '*', '*', '*'].map((text, i) => ({ text, fold: i < 5, colonFree: i < 5 }));
    for (const [svc, list] of byService) for (const t of walkArns([...list, ...global], [only(svc)])) if (serviceOf(t) === svc) candidates.push(t);
    for (const t of walkArns(global, [...byService.keys()].map(only))) {
      const svc = serviceOf(t);
      if (svc === undefined || !byService.has(svc)) candidates.push(t);
    }
  }
  return candidates;
}

/** A key compared with the whole value of the variable `v` (spelled `vKey`). */
interface Tie {
  readonly v: string;
  readonly vKey: string;
  /** The compared key as written. */
  readonly key: string;
  /** How the substituted value is compared: literally (`StringLike` too: substituted text has no wildcards), or ignoring case. */
  readonly compare: 'eq' | 'eqi';
}

/**
 * The key a condition value ties its key to, where the search cuts the two jointly: the value is
 * exactly one policy variable without a default under an unqualified String operator
 * (`"aws:ResourceAccount": "${aws:PrincipalAccount}"`). Any other value with a variable (in a longer
 * text, under an ARN operator or a qualifier) the search does not decide.
 */
export function tiedKey(op: ParsedOperator, value: string): string | undefined {
  return op.family === 'String' && op.qualifier === undefined ? wholeVariable(value) : undefined;
}

/** The key of a value that is exactly one policy variable without a default (`${aws:PrincipalAccount}`). */
function wholeVariable(value: string): string | undefined {
  const uses = variableUses(value);
  if (uses.length !== 1 || uses[0]!.start !== 0 || uses[0]!.end !== value.length || uses[0]!.body.includes(',')) return undefined;
  const key = variableKey(uses[0]!.body);
  return key === '' ? undefined : key;
}

/**
 * Joint candidates of a variable's key `v` and the keys compared with its value. For every value
 * of `v` — one per cell of the patterns of `v` and of every tied key together, absent (or derived
 * from the caller), and the lists `v`'s own tests tell apart — each tied key gets the candidates
 * of its patterns with that value put in place of the variable (where the key equals the value,
 * and where it does not). Tied keys depend on each other only through `v`, so their candidates
 * combine freely for one value of `v`.
 */
function tiedCandidates(
  stmts: readonly Stmt[],
  v: string,
  component: { readonly vKey: string; readonly keys: readonly string[] },
  keyTests: ReadonlyMap<string, readonly KeyTest[]>,
  ties: ReadonlyMap<string, Tie>,
  keyValues: ReadonlyMap<string, { readonly key: string; readonly values: readonly ContextValue[] }>,
  contextOf: (given: { readonly [k: string]: ContextValue }) => ReturnType<typeof buildContext>,
  deadline = Infinity,
): Map<bigint, { [k: string]: ContextValue }> {
  const vKey = keyValues.get(v)?.key ?? component.vKey;
  const union = [...(keyTests.get(v) ?? []), ...component.keys.flatMap((k) => keyTests.get(k) ?? [])];
  const vValues = new Set<ContextValue | undefined>([undefined, ...scalarCandidates(union, MAX_STATES, deadline)]);
  for (const value of keyCandidates(stmts, v, vKey, [...vValues].filter((x) => x !== undefined), (x) => contextOf(x === undefined ? {} : { [vKey]: x }), undefined, undefined, false, deadline).values())
    vValues.add(value);
  const pace = pacer(deadline, 'combining condition keys');
  const out = new Map<bigint, { [k: string]: ContextValue }>();
  let budget = MAX_COMBINATIONS;
  for (const value of vValues) {
    pace(stmts.length);
    const given: { [k: string]: ContextValue } = value === undefined ? {} : { [vKey]: value };
    const ctx = contextOf(given);
    let acc = new Map<bigint, { [k: string]: ContextValue }>([[keyBits(stmts, v, ctx), given]]);
    // the variable's text as the engine substitutes it (derived from the caller when not given)
    const text = ctx.text(vKey);
    for (const k of component.keys) {
      const tie = ties.get(k)!;
      const own = keyTests.get(k) ?? [];
      const scalars = scalarCandidates(text === undefined ? own : [...own, { group: 'String', compare: tie.compare, values: [text] }], MAX_STATES, deadline);
      const key = keyValues.get(k)?.key ?? tie.key;
      const bits = keyCandidates(stmts, k, key, scalars, (x) => contextOf(x === undefined ? given : { ...given, [key]: x }), undefined, undefined, false, deadline);
      const next = new Map<bigint, { [k: string]: ContextValue }>();
      for (const [ab, a] of acc)
        for (const [bb, b] of bits) {
          if (--budget < 0) throw new WorkLimit(analyzeMessages.combiningTied(key, vKey));
          pace(1);
          const m = ab & bb;
          if (!next.has(m)) next.set(m, b === undefined ? a : { ...a, [key]: b });
        }
      acc = next;
    }
    for (const [b, c] of acc) if (!out.has(b)) out.set(b, c);
  }
  return out;
}

/** Statement bits of key `k` on one context: a statement's bit is cleared when one of its tests on `k` fails. */
function keyBits(stmts: readonly Stmt[], k: string, ctx: ReturnType<typeof buildContext>): bigint {
  let bits = 0n;
  stmts.forEach((s, i) => {
    if ((s.conditions.get(k) ?? []).every((e) => conditionHolds(evaluateCondition(e.operator, e.key, e.values, ctx, s.version), s.st.Effect))) bits |= bit(i);
  });
  return bits;
}

/** Values tried for one key and their per-test vectors, by the key's tests (in a canonical order), candidates and caller. */
const valueVectors = new BoundedCache<string, readonly (readonly [ContextValue | undefined, string])[]>(512);
/** Scalar candidates by the tests of one key. */
const scalarMemo = new BoundedCache<string, string[]>(512);

/** {@link scalarCandidates}, remembered: the searches of one check often read a key with the same tests. */
function scalarsOf(tests: readonly KeyTest[], deadline: number): string[] {
  return scalarMemo.remember(JSON.stringify(tests), () => scalarCandidates(tests, MAX_STATES, deadline));
}

/**
 * Candidate values of one key (absent, scalars, lists), one per distinct vector of statement bits.
 * Lists are closed under adding a value, deduplicated on the vector of every operator test of the
 * key (so that extending two lists with one vector gives one vector again). The values tried and
 * their test vectors depend only on the tests (not on which statement holds them), the candidates
 * and the context: with `memo` (naming the caller), they are remembered across searches.
 * `given`: the key is always given a value, never left absent (see {@link TIME_KEYS}).
 */
function keyCandidates(
  stmts: readonly Stmt[],
  k: string,
  key: string,
  scalars: readonly ContextValue[],
  contextOf: (v: ContextValue | undefined) => ReturnType<typeof buildContext>,
  reject?: (v: ContextValue) => boolean,
  memo?: string,
  given = false,
  deadline = Infinity,
): Map<bigint, ContextValue | undefined> {
  const tests: { s: number; operator: string; key: string; values: readonly (string | number | boolean)[]; version: string; effect: 'Allow' | 'Deny'; text: string }[] = [];
  stmts.forEach((s, i) => {
    for (const e of s.conditions.get(k) ?? []) tests.push({ s: i, ...e, version: s.version, effect: s.st.Effect, text: JSON.stringify([e.operator, e.key, e.values, s.version, s.st.Effect]) });
  });
  tests.sort((x, y) => (x.text < y.text ? -1 : x.text > y.text ? 1 : 0));
  const compute = () => {
    const tried: [ContextValue | undefined, string][] = [];
    // each value tried is read by every test: 20,000 lists of a key 2,000 statements test took a minute between two clock readings
    const pace = pacer(deadline, 'combining condition keys');
    const fineOf = (v: ContextValue | undefined): string => {
      pace(tests.length + 1);
      const ctx = contextOf(v);
      let fine = '';
      for (const t of tests) fine += conditionHolds(evaluateCondition(t.operator, t.key, t.values, ctx, t.version), t.effect) ? '1' : '0';
      tried.push([v, fine]);
      return fine;
    };
    if (!given) fineOf(undefined);
    // an empty list: missing, also for a key evaluate fills when it is not given (aws:PrincipalAccount, ...)
    fineOf([]);
    const fineSeen = new Set<string>();
    const elements: string[] = [];
    // "" is read as missing by the set operators and Null, as a value by the others (isEmptyDataSet)
    const all = scalars.includes('') ? scalars : [...scalars, ''];
    // values an outsider may hold first, so each vector keeps one of those where one exists
    const ordered = reject === undefined ? all : [...all.filter((v) => !reject(v)), ...all.filter((v) => reject(v))];
    for (const v of ordered) {
      const fine = fineOf(v);
      // "" alone is an empty data set, in a list with another value a value: its vector as a scalar
      // does not tell how it acts in a list, so it is always an element of the lists and stands
      // for no other value (a value whose vector it shares acts otherwise in a list)
      if (v === '') elements.push(v);
      else if (!fineSeen.has(fine)) {
        fineSeen.add(fine);
        elements.push(v as string);
      }
    }
    // lists of two or more values
    const listsSeen = new Set<string>();
    let frontier: string[][] = elements.map((e) => [e, e]);
    let steps = 0;
    while (frontier.length > 0) {
      const next: string[][] = [];
      for (const list of frontier) {
        const fine = fineOf(list);
        if (listsSeen.has(fine)) continue;
        listsSeen.add(fine);
        for (const e of elements) if (!list.includes(e)) next.push([...list, e]);
        if (++steps > 20_000) throw new WorkLimit(analyzeMessages.combiningValues(key));
      }
      frontier = next;
    }
    return tried;
  };
  const tried =
    memo === undefined || reject !== undefined ? compute() : valueVectors.remember(`${memo}\u0000${given}\u0000${key}\u0000${JSON.stringify(scalars)}\u0000${tests.map((t) => t.text).join('\u0001')}`, compute);
  // a statement's bit is set when every test it holds matched
  const out = new Map<bigint, ContextValue | undefined>();
  const all = (1n << BigInt(stmts.length)) - 1n;
  for (const [v, fine] of tried) {
    let bits = all;
    for (let i = 0; i < tests.length; i++) if (fine.charCodeAt(i) === 48) bits &= ~bit(tests[i]!.s);
    if (!out.has(bits) && (v === undefined || reject === undefined || !reject(v))) out.set(bits, v);
  }
  return out;
}

/**
 * Keys evaluate fills from each other (context.ts): `aws:EpochTime` from a given `aws:CurrentTime`
 * and the reverse, both from the clock when neither is given. When the policies test both, each
 * is always given a value: every pair of values is a request evaluate takes, and absent is no
 * state of its own (its value would come from the other key's value, not from the clock).
 */
const TIME_KEYS = new Set(['aws:currenttime', 'aws:epochtime']);

const FRESH_ACCOUNTS = ['111122223333', '444455556666', '777788889999', '123456789012'];

/**
 * The caller a party names as evaluate takes it: as given when it is a form a request can have
 * (`requestPrincipalProblem`), else with the case IAM folds folded (an ARN's partition and service,
 * a service or provider name), which is the caller a `Deny` naming the malformed value reaches;
 * `undefined` when no request can name it (such a value reaches no caller).
 */
function requestable(p: Omit<Party, 'resourceAccount'>): Omit<Party, 'resourceAccount'> | undefined {
  const ok = (principal: string) => requestPrincipalProblem(parseCaller(principal, false, p.principalType), p.principalType !== undefined) === undefined;
  if (p.principal === undefined || p.anonymous === true || ok(p.principal)) return p;
  const arn = parseArn(p.principal);
  const folded = arn !== undefined ? `arn:${asciiLower(arn.partition)}:${asciiLower(arn.service)}:${p.principal.slice(arn.regionStart)}` : asciiLower(p.principal);
  return ok(folded) ? { ...p, principal: folded } : undefined;
}

/** Callers that the sets can tell apart (see docs/analyze.md). */
function parties(stmts: readonly Stmt[], accounts: ReadonlySet<string>, resourceSide: boolean, session: boolean, org: boolean, outsidersOnly: boolean): Party[] {
  const aws = new Set<string>();
  const services = new Set<string>();
  const federated = new Set<string>();
  const canonical = new Set<string>();
  for (const s of stmts)
    for (const p of [s.st.Principal, s.st.NotPrincipal]) {
      if (p === undefined || p === '*') continue;
      for (const v of p.AWS ?? []) aws.add(v);
      for (const v of p.Service ?? []) services.add(v);
      for (const v of p.Federated ?? []) federated.add(v);
      for (const v of p.CanonicalUser ?? []) canonical.add(v);
    }
  const fresh = FRESH_ACCOUNTS.find((a) => !accounts.has(a)) ?? '210987654321';
  const out: Party[] = [];
  const acctList = [fresh, ...accounts];
  if (!resourceSide) {
    // identity side only: callers differ by kind alone (root is never subject to identity policies)
    out.push({ principal: `arn:aws:iam::${fresh}:user/analyze-user`, resourceAccount: fresh });
    if (session) out.push({ principal: `arn:aws:sts::${fresh}:federated-user/analyze-user`, resourceAccount: fresh });
    if (org) out.push({ principal: `arn:aws:iam::${fresh}:root`, resourceAccount: fresh });
    return out;
  }
  const owners = outsidersOnly ? [FRESH_ACCOUNTS.find((a) => a !== fresh && !accounts.has(a)) ?? '135791357913'] : acctList;
  const add = (given: Omit<Party, 'resourceAccount'>, own: string | undefined) => {
    const p = requestable(given);
    if (p === undefined) return;
    for (const r of owners) {
      if (outsidersOnly && own !== undefined && own === r) continue;
      out.push({ ...p, resourceAccount: r });
    }
  };
  const callerAccounts = outsidersOnly ? [fresh] : acctList;
  for (const a of callerAccounts) {
    add({ principal: `arn:aws:iam::${a}:user/analyze-user` }, a);
    add({ principal: `arn:aws:iam::${a}:role/analyze-role` }, a);
    add({ principal: `arn:aws:sts::${a}:assumed-role/analyze-role/session` }, a);
    add({ principal: `arn:aws:iam::${a}:root` }, a);
    add({ principal: `arn:aws:sts::${a}:federated-user/analyze-user` }, a);
  }
  add({ anonymous: true }, undefined);
  if (!outsidersOnly) {
    for (const v of aws) {
      if (v === '*' || isAccountId(v)) continue;
      if (!v.startsWith('arn:')) {
        add({ principal: `arn:aws:iam::${fresh}:user/analyze-user`, principalId: v }, fresh);
        continue;
      }
      const arn = parseArn(v);
      add({ principal: v }, arn?.account);
      if (arn === undefined) continue;
      const { partition, account, resource } = arn;
      // a role's session, and another session of a session's role
      if (isRoleArn(arn)) add({ principal: `arn:${partition}:sts::${account}:assumed-role/${resource.slice(resource.lastIndexOf('/') + 1)}/session` }, account);
      if (resource.startsWith('assumed-role/')) add({ principal: `arn:${partition}:sts::${account}:assumed-role/${resource.split('/')[1]}/other-session` }, account);
    }
    for (const v of services) add({ principal: v, principalType: 'Service' }, undefined);
    for (const v of federated) add({ principal: v, principalType: 'Federated' }, undefined);
    for (const v of canonical) add({ principal: v, principalType: 'CanonicalUser' }, undefined);
    add({ principal: 'canonical'.padEnd(64, '0').replace(/[^0-9a-f]/g, 'a'), principalType: 'CanonicalUser' }, undefined);
    add({ principal: 'www.amazon.com', principalType: 'Federated' }, undefined);
  }
  add({ principal: 'analyze.example.amazonaws.com', principalType: 'Service' }, undefined);
  return out;
}
