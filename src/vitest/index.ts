/**
 * `typed-iam/vitest`: `toAllow` / `toDeny` matchers over the evaluation engine, and
 * `toGrantNoMoreThan` / `toNeverAllow` / `toBeEquivalentTo` over `typed-iam/analyze` (proofs). No
 * side effects: register them with `expect.extend(typedIamMatchers)` or
 * `import 'typed-iam/vitest/setup'`.
 *
 * @example
 * ```ts
 * import { expect, test } from 'vitest';
 * import { allow, policy } from 'typed-iam';
 * import { typedIamMatchers } from 'typed-iam/vitest';
 * expect.extend(typedIamMatchers);
 *
 * const readPolicy = policy.identity(allow('s3:GetObject').on('arn:aws:s3:::docs/*'));
 * test('readers can read', () => {
 *   expect(readPolicy).toAllow({ principal: 'arn:aws:iam::111122223333:user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::docs/a' });
 *   expect(readPolicy).toDeny({ principal: 'arn:aws:iam::111122223333:user/alice', action: 's3:DeleteObject', resource: 'arn:aws:s3:::docs/a' });
 * });
 * ```
 */
import { evaluate, type Decision, type EvaluationRequest, type EvaluationResult, type PolicyInput, type PolicySet } from '../evaluate/index.js';
import { isPolicy } from '../policy/policy.js';
import { isStatementBuilder } from '../builder/statement-builder.js';
import { PolicyArgumentError } from '../errors.js';
import { readPolicySet, unknownPolicyTypes } from '../evaluate/policy-set.js';
import { isRecord, readFields } from '../internal/record.js';
import { vitestMessages as say } from './messages.js';
import { checkAccessNotGranted, checkNoNewAccess, compare, type AccessQuery, type AnalyzeInput, type AnalyzeOptions, type Reason } from '../analyze/index.js';
import { copyQuery } from '../analyze/checks.js';
import type { CheckActionList, CheckRunTimeAction } from '../types/actions.js';
import type { Uninferred } from '../types/args.js';
import { checkAnalyzeOptions, checkQuery, checkRequest, forcedDeny, OPTION_KEYS, type CatalogOptions } from './check.js';

export type { CatalogOptions } from './check.js';

/**
 * A request whose action, when written as a literal, is checked against the AWS catalog at
 * compile time as `allow(...)` checks it (a typo is a compile error with "did you mean"); an action
 * of type `string` (read at run time, or widened with `as string` for an action newer than the
 * catalog) is checked when the matcher runs.
 */
export type MatcherRequest<A extends string = string> = Omit<EvaluationRequest, 'action'> & { readonly action: RequestAction<A> };

/**
 * A request's action: one action, so a literal pattern (`s3:*`, `*`) is a compile error (evaluate
 * refuses it when run) that names the matcher asking about every action it covers.
 */
type RequestAction<A extends string> = A extends `${string}${'*' | '?'}${string}`
  ? Uninferred<`a request calls one action: '${A}' is a pattern; name one action, or ask about every action it covers with toNeverAllow({ actions: ['${A}'] })`>
  : CheckRunTimeAction<A>;

/** A `toNeverAllow` query whose literal actions are checked at compile time (run-time strings when it runs). */
export type MatcherQuery<L extends readonly string[] = readonly string[]> = Omit<AccessQuery, 'actions'> & { readonly actions?: CheckActionList<L> };

/** `toDeny`'s options: the kind of deny asked for, and {@link CatalogOptions}. */
export interface DenyOptions extends CatalogOptions {
  readonly kind?: DenyKind;
}

/**
 * What `expect(...)` may receive: one policy, or a set of policies by type. A policy's text is taken
 * inside a set (`{ identity: text }`), where its type is said, not alone.
 */
export type PolicyOrSet = Exclude<PolicyInput, string> | PolicySet;

/** The kinds of deny `toDeny` can insist on. */
export type DenyKind = Exclude<Decision, 'allow'>;

/*
 * The matchers' types, for vitest 3.2, 4 and 5 from one declaration. vitest's own `Matchers` and
 * `Assertion` changed their type parameters in 5 (`Matchers<T>` became `Matchers<R, T>`), and an
 * augmentation must repeat them exactly: either form is error TS2428 against the other major under
 * `skipLibCheck: false`. `Chai.Assertion` and `AsymmetricMatchersContaining` have no type
 * parameters in any of the three; vitest's `Assertion` takes every method of `Chai.Assertion` as it
 * is (its `VitestAssertion`), so `expect(p).toAllow(...)` returns `void`, a promise through
 * `.resolves` and `.rejects`, as vitest's own matchers do. `expect.extend` adds them to chai's
 * `Assertion` when run, so the types say what the run time does. The signatures are declared in
 * the global `Chai` namespace (as chai's own plugins declare theirs): a program that loads both the
 * ESM and the CommonJS declarations of this entry merges the two declarations of each method as
 * overloads, where two module-scoped interfaces extended by `Chai.Assertion` would clash (TS2320).
 */
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Chai {
    /** The matchers' signatures, merged into vitest's `Assertion` (through `Chai.Assertion`) and `AsymmetricMatchersContaining`. */
    interface TypedIamMatchers<R = unknown> {
      /**
       * Passes when the policy (or set) allows `request`; the failure message quotes the explanation.
       * An action, resource or context key that names nothing the AWS catalog and ARN rules know is
       * refused (a literal action at compile time, a `string` when run; actions newer than the catalog:
       * `options.uncataloged`), and so is a field no request has (a misspelt `resourse`, which evaluate
       * would ignore) or an action with a wildcard (a request calls one action: ask about a pattern with
       * `toNeverAllow`); a request the policies given deny whatever they say (a cross-account request
       * given one side) fails with and without `.not`, and throws in asymmetric use.
       *
       * @example
       * ```ts
       * import { expect } from 'vitest';
       * import { allow, policy } from 'typed-iam';
       * import 'typed-iam/vitest/setup';
       * const reader = policy.identity(allow('s3:GetObject').on('arn:aws:s3:::docs/*'));
       * expect(reader).toAllow({ principal: 'arn:aws:iam::111122223333:user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::docs/a' });
       * ```
       */
      toAllow<const A extends string>(request: MatcherRequest<A>, options?: CatalogOptions): R;
      /**
       * Passes when the policy (or set) denies `request`, explicitly or implicitly; with `kind`, only
       * that kind of deny passes. The second argument is the kind, or options (`{ kind, uncataloged }`).
       *
       * @example
       * ```ts
       * import { expect } from 'vitest';
       * import { allow, policy } from 'typed-iam';
       * import 'typed-iam/vitest/setup';
       * const reader = policy.identity(allow('s3:GetObject').on('arn:aws:s3:::docs/*'));
       * expect(reader).toDeny({ principal: 'arn:aws:iam::111122223333:user/alice', action: 's3:PutObject', resource: 'arn:aws:s3:::docs/a' }, 'implicit-deny');
       * ```
       */
      toDeny<const A extends string>(request: MatcherRequest<A>, kind?: DenyKind | DenyOptions): R;
      /**
       * Passes when the policy (or set) allows nothing that `reference` does not (a proof, by
       * `typed-iam/analyze`); the failure message prints a request that shows the difference.
       *
       * @example
       * ```ts
       * import { expect } from 'vitest';
       * import { allow, policy } from 'typed-iam';
       * import 'typed-iam/vitest/setup';
       * const reader = policy.identity(allow('s3:GetObject').on('arn:aws:s3:::docs/*'));
       * expect(reader).toGrantNoMoreThan(policy.identity(allow('s3:Get*').on('arn:aws:s3:::*')));
       * ```
       */
      toGrantNoMoreThan(reference: AnalyzeInput, options?: AnalyzeOptions): R;
      /**
       * Passes when no request for these actions / resources is allowed (proved); prints a witness otherwise.
       * An action or pattern the catalog does not have, or an ARN no resource can have, is refused (the
       * analysis reads unknown actions as possibly real, so it would pass); name actions newer than the
       * catalog in `options.uncataloged`.
       *
       * @example
       * ```ts
       * import { expect } from 'vitest';
       * import { allow, policy } from 'typed-iam';
       * import 'typed-iam/vitest/setup';
       * const reader = policy.identity(allow('s3:GetObject').on('arn:aws:s3:::docs/*'));
       * expect(reader).toNeverAllow({ actions: ['s3:PutObject', 'iam:*'] });
       * ```
       */
      toNeverAllow<const L extends readonly string[] = readonly string[]>(query: MatcherQuery<L>, options?: AnalyzeOptions & CatalogOptions): R;
      /**
       * Passes when both allow exactly the same requests (proved); prints a request only one allows otherwise.
       *
       * @example
       * ```ts
       * import { expect } from 'vitest';
       * import { allow, policy } from 'typed-iam';
       * import 'typed-iam/vitest/setup';
       * const reader = policy.identity(allow('s3:GetObject').on('arn:aws:s3:::docs/*'));
       * expect(reader).toBeEquivalentTo(policy.identity(allow('s3:GetObject').on('arn:aws:s3:::docs/*', 'arn:aws:s3:::docs/a*')));
       * ```
       */
      toBeEquivalentTo(other: AnalyzeInput, options?: AnalyzeOptions): R;
    }
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface Assertion extends TypedIamMatchers<void> {}
  }
}
declare module 'vitest' {
  // `expect.toAllow(...)` and `expect.not.toAllow(...)` (asymmetric use): vitest types `expect.not` as this interface alone
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any
  interface AsymmetricMatchersContaining extends Chai.TypedIamMatchers<any> {}
}

/** The matchers' signatures (`R`: what each returns), as vitest's `Assertion` and `expect` carry them once the entry is imported. */
export type TypedIamMatchers<R = unknown> = Chai.TypedIamMatchers<R>;

const RESOURCE_KINDS = new Set(['resource', 'trust']);
/** The parameter named in `PolicyArgumentError.argument`, by the words the message uses. */
const ARGUMENT: Readonly<Record<string, string>> = { 'the reference': 'reference', 'the other policy': 'other' };

/** What a matcher says when a value it reads is no policy, document or policy set. */
function notPolicies(what: string, got: string): PolicyArgumentError {
  return new PolicyArgumentError(ARGUMENT[what] ?? 'received', say.notPolicies(what, got));
}

/** True when a set's value holds a policy: not `undefined`, nor a list of nothing (`[]`, `[[]]`). */
const holdsPolicy = (v: unknown): boolean => (Array.isArray(v) ? v.some(holdsPolicy) : v !== undefined);

/**
 * Refuses what is no policy, document or set, so that no assertion of absence passes by reading
 * nothing: a misspelt set key (`{ identty: p }`) or a set of only `undefined` or empty lists
 * (`{ identity: [] }`, a filter that kept nothing) would deny every request, and `.not.toAllow` /
 * `toNeverAllow` would pass.
 */
function checkInput(x: unknown, what: string): PolicyOrSet {
  if (isPolicy(x)) return x;
  if (typeof x === 'string') throw notPolicies(what, say.aString());
  if (typeof x !== 'object' || x === null) throw notPolicies(what, String(x));
  if (Array.isArray(x)) throw notPolicies(what, say.anArray());
  if (typeof (x as { then?: unknown }).then === 'function') throw notPolicies(what, say.aPromise());
  if ('Statement' in x) return x as PolicyOrSet;
  if (isStatementBuilder(x) || 'Effect' in x) throw notPolicies(what, say.aStatement(isStatementBuilder(x)));
  if (isCdkPolicy(x)) throw notPolicies(what, say.aCdkPolicy());
  // a set: checked and used as a copy read once (evaluate/policy-set.ts), so what the matcher checks
  // here is what evaluate and analyze decide
  const set = readPolicySet(x);
  const unknown = unknownPolicyTypes(set);
  if (unknown.length > 0) throw notPolicies(what, say.unknownKeys(unknown));
  if (!Object.values(set).some(holdsPolicy)) throw notPolicies(what, say.noPolicy());
  return set;
}

/** An aws-cdk-lib `PolicyDocument` or `PolicyStatement` (read without loading aws-cdk-lib). */
function isCdkPolicy(x: object): boolean {
  const o = x as { toStatementJson?: unknown; toJSON?: unknown; addStatements?: unknown };
  return typeof o.toStatementJson === 'function' || (typeof o.toJSON === 'function' && typeof o.addStatements === 'function');
}

/** The policy types that can grant; a set without any (boundary, session, SCPs, RCPs, endpoint alone) allows nothing. */
const GRANTING = ['identity', 'resource'] as const;

/**
 * Refuses, for the analyze matchers, a set of filters alone: it allows no request whatever its
 * policies say, so `toNeverAllow` passed for any boundary, `toBeEquivalentTo` for any two, and
 * `toGrantNoMoreThan` for any received set of filters. (`toAllow` / `toDeny` fail both ways on it instead:
 * their request is denied whatever the policies say.) A typed filter policy alone is read by
 * `typed-iam/analyze` as the most it lets through.
 */
function checkGrants(x: unknown, what: string): void {
  if (isPolicy(x) || typeof x !== 'object' || x === null || 'Statement' in x) return;
  const set = x as Record<string, unknown>;
  if (GRANTING.some((k) => holdsPolicy(set[k]))) return;
  throw notPolicies(what, say.onlyFilters(Object.keys(set).filter((k) => holdsPolicy(set[k]))));
}

/**
 * Reads what `expect` received: a typed-iam policy of kind `resource` or `trust` is the resource
 * policy, one of kind `endpoint` the VPC endpoint policy (`evaluate`'s `endpoint`: it must allow the
 * request too but grants nothing, so alone it allows nothing), any other policy or a plain document
 * is an identity policy, an object of policy types a policy set. Anything else (a string, an array,
 * a misspelt or empty set) throws a `PolicyArgumentError`.
 *
 * @example
 * ```ts
 * import { allow, policy, principal } from 'typed-iam';
 * import { toPolicySet } from 'typed-iam/vitest';
 * const trustPolicy = policy.trust(allow('sts:AssumeRole').by(principal.service('lambda.amazonaws.com')));
 * toPolicySet(trustPolicy); // { resource: trustPolicy }
 * const endpointPolicy = policy.endpoint(allow('s3:GetObject').on('arn:aws:s3:::docs/*').by(principal.anyone()));
 * toPolicySet(endpointPolicy); // { endpoint: endpointPolicy }
 * ```
 */
export function toPolicySet(received: PolicyOrSet): PolicySet {
  const x = checkInput(received, 'the received value');
  if (isPolicy(x)) {
    if (x.kind === 'endpoint') return { endpoint: x };
    return RESOURCE_KINDS.has(x.kind) ? { resource: x } : { identity: x };
  }
  if ('Statement' in x) return { identity: x as PolicyInput };
  return x as PolicySet;
}

function describe(request: EvaluationRequest): string {
  // evaluate reads a request marked anonymous as unsigned, whatever principal it names
  const who = request.anonymous === true || request.principal === undefined ? 'an anonymous caller' : request.principal;
  const on = request.resource === undefined || request.resource === '*' ? '' : ` on ${request.resource}`;
  return `${who} to call ${request.action}${on}`;
}

interface MatcherThis {
  readonly isNot: boolean;
  /** Set by vitest for an assertion (`''`, `'resolves'`, `'rejects'`); absent in asymmetric use. */
  readonly promise?: string;
  readonly equals?: unknown;
}

/**
 * True in asymmetric use (`expect.toAllow(...)` inside `toEqual`): vitest's context then has
 * `equals` but no `promise`. There a matcher's answer is read as "matches" or not, and an outer
 * `.not.toEqual` or `expect.not.toAllow` turns a fail into a pass, so an answer that must fail both
 * ways can only be an exception.
 */
const isAsymmetric = (ctx: MatcherThis): boolean => typeof ctx.equals === 'function' && typeof ctx.promise !== 'string';

/** Throws in asymmetric use, where an undecided answer cannot fail both ways; `why` says what is undecided. */
function undecided(ctx: MatcherThis, matcher: string, why: () => string): void {
  if (isAsymmetric(ctx)) throw new PolicyArgumentError('received', say.undecidedAsymmetric(matcher, why()));
}

interface MatcherResult {
  pass: boolean;
  message: () => string;
  actual?: Decision | string;
  expected?: Decision | string;
}

const json = (x: unknown) => JSON.stringify(x, null, 2);

function unknownText(reasons: readonly { readonly message: string }[]): string {
  return `the analysis could not decide: ${reasons.map((r) => r.message).join('; ')}`;
}

/** Said when a lone VPC endpoint policy is asked to allow: it cannot, whatever it says. */
const ENDPOINT_ALONE = ' (a VPC endpoint policy grants nothing by itself: give it with the policies that grant, expect({ identity, endpoint }))';

/**
 * Evaluates `request` (refused when it names nothing: see check.ts). `forced`: the policies given
 * deny it whatever they say (check.ts forcedDeny), so an assertion about it fails with and without
 * `.not`, as an analysis that cannot decide does.
 */
function run(
  received: unknown,
  given: EvaluationRequest,
  options: CatalogOptions | undefined,
  optionKeys: readonly string[],
): EvaluationResult & { readonly note: string; readonly forced: EvaluationResult | undefined; readonly asked: EvaluationRequest } {
  const set = toPolicySet(received as PolicyOrSet);
  // read once (evaluate refuses what is no object): the checks, both evaluations and the message read the same request
  const request = isRecord(given) ? (readFields(given) as unknown as EvaluationRequest) : given;
  // the matchers' own refusals (a name the catalog lacks, a wildcard) say more than evaluate's shape check
  checkRequest(request, options, optionKeys);
  const r = evaluate(set, request);
  const grants = set.identity !== undefined || set.resource !== undefined;
  return { ...r, note: set.endpoint !== undefined && !grants ? ENDPOINT_ALONE : '', forced: forcedDeny(set, request, r), asked: request };
}

/**
 * What `toNeverAllow` adds under its witness: the analysis's reason when it says more than "allows
 * the request" (the account root user in its own account, allowed with no statement), else nothing.
 */
function neverAllowWhy(reason: Reason | undefined): string {
  return reason?.byDefault === true ? `\nIt ${reason.message}` : '';
}

/** `toDeny`'s second argument: a kind, or options with one. */
function denyArgs(x: DenyKind | DenyOptions | undefined): { kind: DenyKind | undefined; options: CatalogOptions | undefined } {
  const isOptions = typeof x === 'object' && x !== null;
  const kind: unknown = isOptions ? x.kind : x;
  // from untyped code a misspelt kind ('explicit') would fail every toDeny and pass every .not.toDeny
  if (kind !== undefined && kind !== 'explicit-deny' && kind !== 'implicit-deny') throw new PolicyArgumentError('kind', say.denyKind(kind));
  return { kind, options: isOptions ? x : undefined };
}

/**
 * The matchers, ready for `expect.extend`.
 *
 * @example
 * ```ts
 * import { expect } from 'vitest';
 * import { allow, policy } from 'typed-iam';
 * import { typedIamMatchers } from 'typed-iam/vitest';
 * const identity = policy.identity(allow('iam:*').on('*'));
 * const boundary = policy.boundary(allow('s3:*').on('*'));
 * const roleArn = 'arn:aws:iam::111122223333:role/Deployer';
 * expect.extend(typedIamMatchers);
 * expect({ identity, boundary }).toDeny({ principal: roleArn, action: 'iam:CreateUser' }, 'implicit-deny');
 * ```
 */
export const typedIamMatchers = {
  toAllow(this: MatcherThis, received: unknown, request: EvaluationRequest, options?: CatalogOptions): MatcherResult {
    const r = run(received, request, options, OPTION_KEYS.toAllow);
    const forced = r.forced;
    if (forced !== undefined) undecided(this, 'toAllow', () => say.forcedDeny(forced.explanation, r.note));
    const pass = forced !== undefined ? this.isNot : r.decision === 'allow';
    return {
      pass,
      actual: r.decision,
      expected: 'allow',
      message: () =>
        forced !== undefined
          ? `${this.isNot ? 'expected the policies not to allow' : 'expected the policies to allow'} ${describe(r.asked)}, but ${say.forcedDeny(forced.explanation, r.note)}`
          : pass
          ? `expected the policies not to allow ${describe(r.asked)}, but they do. ${r.explanation}`
          : `expected the policies to allow ${describe(r.asked)}, but the decision is ${r.decision}${r.note}. ${r.explanation}`,
    };
  },
  toDeny(this: MatcherThis, received: unknown, request: EvaluationRequest, kindOrOptions?: DenyKind | DenyOptions): MatcherResult {
    const { kind, options } = denyArgs(kindOrOptions);
    const r = run(received, request, options, OPTION_KEYS.toDeny);
    // an explicit deny is asked of the policies' own statements: it can fail whatever is missing
    const forced = kind === 'explicit-deny' ? undefined : r.forced;
    if (forced !== undefined) undecided(this, 'toDeny', () => say.forcedDeny(forced.explanation, r.note));
    const pass = forced !== undefined ? this.isNot : kind === undefined ? r.decision !== 'allow' : r.decision === kind;
    const wanted = kind ?? 'a deny';
    return {
      pass,
      actual: r.decision,
      expected: kind ?? 'explicit-deny or implicit-deny',
      message: () =>
        forced !== undefined
          ? `${this.isNot ? `expected the policies not to deny (${wanted})` : `expected ${wanted} for`} ${describe(r.asked)}, but ${say.forcedDeny(forced.explanation, r.note)}`
          : pass
          ? `expected the policies not to deny ${describe(r.asked)} (${wanted}), but the decision is ${r.decision}${r.note}. ${r.explanation}`
          : `expected ${wanted} for ${describe(r.asked)}, but the decision is ${r.decision}. ${r.explanation}`,
    };
  },
  toGrantNoMoreThan(this: MatcherThis, received: unknown, reference: AnalyzeInput, options?: AnalyzeOptions): MatcherResult {
    const [got, ref] = [checkInput(received, 'the received value'), checkInput(reference, 'the reference')];
    checkGrants(got, 'the received value');
    checkGrants(ref, 'the reference');
    checkAnalyzeOptions(options);
    const r = checkNoNewAccess(ref as AnalyzeInput, got as AnalyzeInput, options);
    if (r.result === 'unknown') undecided(this, 'toGrantNoMoreThan', () => unknownText(r.reasons));
    return {
      // `unknown` proves neither: the assertion fails with or without `.not`
      pass: r.result === 'pass' || (r.result === 'unknown' && this.isNot),
      message: () =>
        r.result === 'unknown'
          ? `no proof either way that the policy grants no more than the reference: ${unknownText(r.reasons)}`
          : r.result === 'pass'
          ? 'expected the policy to grant more than the reference, but it grants nothing the reference does not.'
          : r.result === 'fail'
            ? `expected the policy to grant no more than the reference, but it allows this request the reference denies:\n${json(r.witnesses[0])}`
            : `expected the policy to grant no more than the reference, but ${unknownText(r.reasons)}`,
    };
  },
  toNeverAllow(this: MatcherThis, received: unknown, query: AccessQuery, options?: AnalyzeOptions & CatalogOptions): MatcherResult {
    const got = checkInput(received, 'the received value');
    checkGrants(got, 'the received value');
    // read once: the names checked here are the ones the analysis searches
    const asked = copyQuery(query);
    checkQuery(asked, options);
    const { uncataloged: _, ...analyzeOptions } = options ?? {};
    const r = checkAccessNotGranted(got as AnalyzeInput, asked, analyzeOptions);
    if (r.result === 'unknown') undecided(this, 'toNeverAllow', () => unknownText(r.reasons));
    return {
      pass: r.result === 'pass' || (r.result === 'unknown' && this.isNot),
      message: () =>
        r.result === 'unknown'
          ? `no proof either way that the policy never allows ${json(asked)}: ${unknownText(r.reasons)}`
          : r.result === 'pass'
          ? `expected the policy to allow some of ${json(asked)}, but it never does.`
          : r.result === 'fail'
            ? `expected the policy never to allow ${json(asked)}, but it allows:\n${json(r.witnesses[0])}${neverAllowWhy(r.reasons[0])}`
            : `expected the policy never to allow ${json(asked)}, but ${unknownText(r.reasons)}`,
    };
  },
  toBeEquivalentTo(this: MatcherThis, received: unknown, other: AnalyzeInput, options?: AnalyzeOptions): MatcherResult {
    const [got, them] = [checkInput(received, 'the received value'), checkInput(other, 'the other policy')];
    checkGrants(got, 'the received value');
    checkGrants(them, 'the other policy');
    checkAnalyzeOptions(options);
    const r = compare(got as AnalyzeInput, them as AnalyzeInput, options);
    if (r.relation === 'unknown') undecided(this, 'toBeEquivalentTo', () => unknownText(r.reasons));
    const w = r.aOnly[0] ?? r.bOnly[0];
    return {
      pass: r.relation === 'equivalent' || (r.relation === 'unknown' && this.isNot),
      actual: r.relation,
      expected: 'equivalent',
      message: () =>
        r.relation === 'unknown'
          ? `no proof either way that the policies are equivalent: ${unknownText(r.reasons)}`
          : r.relation === 'equivalent'
            ? 'expected the policies to differ, but they allow exactly the same requests.'
            : `expected the policies to be equivalent, but they are ${r.relation}: ${r.aOnly.length > 0 ? 'the received policy' : 'the other policy'} alone allows\n${json(w)}`,
    };
  },
};
