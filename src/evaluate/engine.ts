/**
 * The decision procedure of iam-reference §7: explicit deny anywhere, RCP and SCP levels, the
 * resource policy (and how it named the principal), identity policies, permissions boundary,
 * session policies; cross-account and anonymous requests.
 */
import { PRINCIPAL_TYPES as TYPES, type Statement } from '../model/policy-document.js';
import { buildContext, type Context } from './context.js';
import { explain, inputMessages, policyGroupName, statementName } from './explain.js';
import { PolicyArgumentError } from '../errors.js';
import { misshapenLevels, readPolicySet, unknownPolicyTypes } from './policy-set.js';
import { isAccountId } from '../model/principals.js';
import { isActionSyntax } from '../model/syntax.js';
import { parseArn, parseCaller, requestPrincipalProblem, type Caller, type GrantKind } from './principal.js';
import { readPolicy, type ReadPolicy } from './read.js';
import { isPolicy } from '../policy/policy.js';
import { matchStatement, unsureResourceEntry, type MatchInput, type ShortArnMode, type StatementMatch } from './statement.js';
import { AWS_OWNED_ACCOUNT, isRequestArn, SHORT_ARNS as MODEL_SHORT_ARNS, wildcardInService } from '../model/arn.js';
import { hasSpacedVariable } from '../model/variables.js';
import type {
  EvaluationRequest,
  EvaluationResult,
  MatchedStatement,
  OrganizationLevels,
  PolicyInput,
  PolicySet,
  PolicyType,
  ResourceType,
} from './types.js';
import { isRecord, readFields } from '../internal/record.js';

interface Entry {
  readonly type: PolicyType;
  readonly level?: number;
  readonly policyIndex: number;
  readonly read: ReadPolicy;
}

interface Hit {
  readonly ref: MatchedStatement;
  readonly statement: Statement;
  readonly version: string;
  readonly match: StatementMatch;
}

interface Scan {
  readonly allows: Hit[];
  readonly denies: Hit[];
  nearMiss: Hit | undefined;
  /** The first Allow whose only way to the request is a Resource entry AWS does not say how IAM reads (`unsureResourceEntry`). */
  unsure: { readonly ref: MatchedStatement; readonly entry: string; readonly version: string } | undefined;
}

/** How each policy type reads short ARNs in Resource (the model's table). */
export const SHORT_ARNS: Readonly<Record<PolicyType, ShortArnMode>> = MODEL_SHORT_ARNS;

function listOf(v: PolicyInput | readonly PolicyInput[] | undefined): readonly PolicyInput[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? (v as readonly PolicyInput[]) : [v as PolicyInput];
}

function levelsOf(v: OrganizationLevels | undefined): readonly (readonly PolicyInput[])[] | undefined {
  if (v === undefined) return undefined;
  return v.map((level) => (Array.isArray(level) ? (level as readonly PolicyInput[]) : [level as PolicyInput]));
}

function entries(type: PolicyType, inputs: readonly PolicyInput[], level?: number): Entry[] {
  return inputs.map((input, policyIndex) => ({
    type,
    ...(level === undefined ? {} : { level }),
    policyIndex,
    read: readPolicy(input, type),
  }));
}

/** How a result names one statement of `e`. */
function refOf(e: Entry, statementIndex: number, st: Statement): MatchedStatement {
  return {
    policy: e.type,
    ...(e.level === undefined ? {} : { level: e.level }),
    policyIndex: e.policyIndex,
    statementIndex,
    ...(st.Sid === undefined ? {} : { sid: st.Sid }),
    effect: st.Effect,
  };
}

class Evaluation {
  readonly notes: string[] = [];
  readonly #noted = new Set<string>();

  constructor(
    readonly base: Omit<MatchInput, 'checkPrincipal' | 'shortArns'>,
    readonly resourceType: ResourceType,
    readonly counts: { readonly resource: number; readonly session: number; readonly endpoint: number },
  ) {}

  name(ref: MatchedStatement): string {
    const count = ref.policy === 'resource' || ref.policy === 'session' || ref.policy === 'endpoint' ? this.counts[ref.policy] : 2;
    return statementName(ref, this.resourceType, count);
  }

  scan(list: readonly Entry[]): Scan {
    const out: Scan = { allows: [], denies: [], nearMiss: undefined, unsure: undefined };
    for (const e of list) {
      const m: MatchInput = {
        ...this.base,
        checkPrincipal: e.type === 'resource' || e.type === 'rcp' || e.type === 'endpoint',
        shortArns: SHORT_ARNS[e.type],
      };
      const doc = e.read.document;
      const statements = doc.Statement;
      for (let statementIndex = 0; statementIndex < statements.length; statementIndex++) {
        const st = statements[statementIndex]!;
        const match = matchStatement(st, doc.Version, m, e.read.strays[statementIndex]);
        if (match.stage === 'resource' && out.unsure === undefined && e.read.unsure[statementIndex] === true) {
          const entry = unsureResourceEntry(st, doc.Version, m);
          if (entry !== undefined) out.unsure = { ref: refOf(e, statementIndex, st), entry, version: doc.Version };
        }
        if (match.stage !== 'condition' && match.stage !== 'all') continue;
        const ref = refOf(e, statementIndex, st);
        const hit: Hit = { ref, statement: st, version: doc.Version, match };
        if (match.applies) {
          this.note(hit);
          (st.Effect === 'Deny' ? out.denies : out.allows).push(hit);
        } else if (match.stage === 'condition' && st.Effect === 'Allow' && out.nearMiss === undefined) out.nearMiss = hit;
      }
    }
    return out;
  }

  /** Records statements that apply to every resource because a NotResource entry's policy variable could not be resolved. */
  note(hit: Hit): void {
    const unresolved = hit.match.unresolved;
    if (unresolved === undefined) return;
    const text = explain.unresolvedNote(this.name(hit.ref), unresolved);
    if (!this.#noted.has(text)) {
      this.#noted.add(text);
      this.notes.push(text);
    }
  }
}

/** True when `resource` is a KMS key ARN (`arn:aws:kms:<region>:<account>:key/<id>`): a request on it reads the resource policy as a key policy. */
export function isKmsKey(resource: string): boolean {
  const arn = parseArn(resource);
  return arn !== undefined && arn.service.toLowerCase() === 'kms' && arn.resource.startsWith('key/');
}

/** A service-linked role (IAM path `aws-service-role/`) or a session of one (`AWSServiceRoleFor...`). */
function isServiceLinked(request: EvaluationRequest, caller: Caller): boolean {
  if (request.serviceLinkedRole !== undefined) return request.serviceLinkedRole;
  if (caller.kind === 'role') return (request.principal ?? '').includes(':role/aws-service-role/');
  return caller.kind === 'session' && (caller.name ?? '').startsWith('AWSServiceRoleFor');
}

function describeCaller(caller: Caller): string {
  if (caller.kind === 'anonymous') return 'an anonymous caller';
  return caller.raw;
}

/**
 * Decides whether `request` is allowed under `policies`, the way IAM evaluates a request, and says
 * why.
 *
 * @example
 * ```ts
 * import { allow, policy } from 'typed-iam';
 * import { evaluate } from 'typed-iam/evaluate';
 *
 * const identity = policy.identity(allow('s3:GetObject').on('arn:aws:s3:::docs/*').sid('Read'));
 * const r = evaluate({ identity }, {
 *   principal: 'arn:aws:iam::111122223333:user/alice',
 *   action: 's3:GetObject',
 *   resource: 'arn:aws:s3:::docs/readme.md',
 * });
 * r.decision;    // 'allow'
 * r.explanation; // "Allowed by statement 'Read' of identity policy 1."
 * ```
 */
export function evaluate(policies: PolicySet, request: EvaluationRequest): EvaluationResult {
  const read = checkRequest(policies, request);
  return new Decider(read.policies, read.request, read.caller).decide();
}

const PRINCIPAL_TYPES: ReadonlySet<unknown> = new Set(TYPES);
const RESOURCE_TYPES: ReadonlySet<unknown> = new Set(['other', 'role-trust', 'kms-key']);

/**
 * Refuses a request it cannot read (from untyped code): nothing malformed is decided, so nothing
 * malformed allows. The action is one action, `service:Name`, without wildcards or whitespace
 * (a pattern would be compared as text and miss the Deny that names a concrete action).
 */
function checkRequest(given: PolicySet, asked: EvaluationRequest): { policies: PolicySet; request: EvaluationRequest; caller: Caller } {
  if (!isRecord(given)) throw new PolicyArgumentError('policies', inputMessages.requestField('policies', 'an object of policy types'));
  // one policy where the set belongs: say where a policy of its kind goes
  if (isPolicy(given)) throw new PolicyArgumentError('policies', inputMessages.onePolicy(given.kind));
  // each field read once: what is checked here is what is decided (nothing fails open)
  const policies = readPolicySet(given);
  const unknown = unknownPolicyTypes(policies);
  if (unknown.length > 0) throw new PolicyArgumentError('policies', inputMessages.unknownPolicyTypes(unknown));
  if (!isRecord(asked)) throw new PolicyArgumentError('request', inputMessages.requestField('request', 'an object'));
  const request = readFields(asked) as unknown as EvaluationRequest;
  // a field no request has (`resourse`, `contxt`) would be read as absent: another question than the one written
  const extra = Object.keys(request).filter((k) => !REQUEST_FIELDS.includes(k));
  if (extra.length > 0) throw new PolicyArgumentError('request', inputMessages.unknownRequestFields(extra, REQUEST_FIELDS));
  const { action, resource } = request as { action: unknown; resource: unknown };
  // the model's action shape (ASCII letters, digits and `-_.`), so no case folding of a non-ASCII
  // letter (`ſ`, the Kelvin sign) reads it as an action a Deny names
  if (typeof action !== 'string' || /[*?]/.test(action) || !isActionSyntax(action))
    throw new PolicyArgumentError('action', inputMessages.requestField('action', 'one action written service:Name (ASCII letters, digits and -_.), without wildcards or whitespace'));
  if (resource !== undefined && (typeof resource !== 'string' || resource === ''))
    throw new PolicyArgumentError('resource', inputMessages.requestField('resource', 'an ARN or "*" (omit it for "*")'));
  // text that is no ARN (`bucket/key`, white space around an ARN) would be compared as text and
  // miss the Deny on the resource it spells
  if (typeof resource === 'string' && resource !== '*' && !isRequestArn(resource)) throw new PolicyArgumentError('resource', inputMessages.resourceForm(resource));
  for (const field of ['principal', 'principalAccount', 'resourceAccount', 'principalId'] as const) {
    const v: unknown = request[field];
    if (v !== undefined && typeof v !== 'string') throw new PolicyArgumentError(field, inputMessages.requestField(field, 'a string'));
  }
  // an account is twelve digits; one the principal's ARN contradicts would decide aws:PrincipalAccount
  // and the cross-account rules by a caller that cannot exist
  for (const field of ['principalAccount', 'resourceAccount'] as const) {
    const v = request[field];
    if (v !== undefined && !isAccountId(v)) throw new PolicyArgumentError(field, inputMessages.requestField(field, 'a 12-digit account id'));
  }
  for (const field of ['anonymous', 'managementAccount', 'resourceManagementAccount', 'serviceLinkedRole'] as const) {
    const v: unknown = request[field];
    if (v !== undefined && typeof v !== 'boolean') throw new PolicyArgumentError(field, inputMessages.requestField(field, 'true or false'));
  }
  if (request.principalType !== undefined && !PRINCIPAL_TYPES.has(request.principalType))
    throw new PolicyArgumentError('principalType', inputMessages.requestField('principalType', "'AWS', 'Service', 'Federated' or 'CanonicalUser'"));
  if (request.resourceType !== undefined && !RESOURCE_TYPES.has(request.resourceType))
    throw new PolicyArgumentError('resourceType', inputMessages.requestField('resourceType', "'other', 'role-trust' or 'kms-key'"));
  // the caller, read once: checked here, decided by the Decider
  const caller = parseCaller(request.principal, request.anonymous === true, request.principalType);
  const problem = requestPrincipalProblem(caller, request.principalType !== undefined);
  if (problem !== undefined) throw new PolicyArgumentError('principal', inputMessages.principalForm(caller.raw, problem));
  // an IAM principal (account, user, role, session, federated user) names its account
  if (request.principalAccount !== undefined && IAM_CALLERS.has(caller.kind) && caller.account !== undefined && caller.account !== request.principalAccount)
    throw new PolicyArgumentError('principalAccount', inputMessages.accountContradicted(request.principalAccount, caller.raw));
  for (const field of misshapenLevels(policies)) throw new PolicyArgumentError(field, inputMessages.requestField(field, 'an array of levels (root, OUs, account)'));
  return { policies, request, caller };
}

/** The fields of a request ({@link EvaluationRequest}); every other field is refused. */
const REQUEST_FIELDS: readonly string[] = Object.keys({
  principal: 1, principalType: 1, action: 1, resource: 1, context: 1, principalAccount: 1, resourceAccount: 1,
  anonymous: 1, resourceType: 1, principalId: 1, managementAccount: 1, resourceManagementAccount: 1, serviceLinkedRole: 1,
} satisfies Record<keyof EvaluationRequest, 1>);

/** The callers whose ARN names their account (`aws:PrincipalAccount` is read from it). */
const IAM_CALLERS: ReadonlySet<Caller['kind']> = new Set(['root', 'user', 'role', 'session', 'federated-user']);

type Draft = Omit<EvaluationResult, 'explanation'> & { explanation: string };

/** One evaluation: the scans of every policy type, then the §7 decision over them. */
class Decider {
  readonly caller: Caller;
  readonly action: string;
  readonly resource: string;
  readonly principalAccount: string | undefined;
  readonly resourceAccount: string | undefined;
  readonly resourceType: ResourceType;
  readonly resourceCount: number;
  readonly principalSide: boolean;
  readonly ev: Evaluation;
  readonly rcpLevels: readonly Scan[];
  readonly scpLevels: readonly Scan[];
  readonly res: Scan;
  readonly identity: Scan | undefined;
  readonly boundary: Scan | undefined;
  readonly session: Scan | undefined;
  readonly endpoint: Scan | undefined;

  constructor(policies: PolicySet, request: EvaluationRequest, caller: Caller) {
    this.caller = caller;
    const resource = (this.resource = request.resource ?? '*');
    const action = (this.action = request.action);
    const resArn = parseArn(resource);
    this.principalAccount = request.principalAccount ?? caller.account;
    // an empty account field names no owner (S3); `aws` names AWS, not an account: an AWS managed
    // policy is read with the caller's own permissions, never cross-account
    this.resourceAccount =
      request.resourceAccount ?? (resArn !== undefined && resArn.account !== '' && resArn.account !== AWS_OWNED_ACCOUNT ? resArn.account : undefined);
    const ctx: Context = buildContext(request.context, caller, this.principalAccount, this.resourceAccount, request.principalId);

    const resourceInputs = listOf(policies.resource);
    const resourceEntries = entries('resource', resourceInputs);
    this.resourceCount = resourceInputs.length;
    let trustKind = false;
    for (const e of resourceEntries) if (e.read.kind === 'trust') trustKind = true;
    this.resourceType = request.resourceType ?? (trustKind ? 'role-trust' : isKmsKey(resource) ? 'kms-key' : 'other');
    const sessionInputs = listOf(policies.session);
    const endpointInputs = listOf(policies.endpoint);

    const principalSide = (this.principalSide =
      caller.kind !== 'anonymous' && caller.kind !== 'service' && caller.kind !== 'federated' && caller.kind !== 'canonical');
    const hasBoundary = principalSide && policies.boundary !== undefined;
    const ev = (this.ev = new Evaluation(
      { action, resource, caller, principalId: request.principalId, ctx, hasBoundary },
      this.resourceType,
      { resource: resourceInputs.length, session: sessionInputs.length, endpoint: endpointInputs.length },
    ));
    const levelScans = (levels: OrganizationLevels | undefined, type: 'scp' | 'rcp'): Scan[] => {
      const out: Scan[] = [];
      const lv = levelsOf(levels) ?? [];
      for (let level = 0; level < lv.length; level++) out.push(ev.scan(entries(type, lv[level]!, level)));
      return out;
    };
    // exemptions (AWS Organizations): SCPs and RCPs never restrict service-linked roles; SCPs do
    // not restrict the management account, RCPs do not apply to its resources
    const linked = isServiceLinked(request, caller);
    this.rcpLevels = linked || request.resourceManagementAccount === true ? [] : levelScans(policies.rcp, 'rcp');
    this.scpLevels = principalSide && !linked && request.managementAccount !== true ? levelScans(policies.scp, 'scp') : [];
    // a VPC endpoint policy filters every request through the endpoint, whoever calls
    this.endpoint = policies.endpoint === undefined ? undefined : ev.scan(entries('endpoint', endpointInputs));
    this.res = ev.scan(resourceEntries);
    this.identity = principalSide ? ev.scan(entries('identity', listOf(policies.identity))) : undefined;
    this.boundary = hasBoundary ? ev.scan(entries('boundary', [policies.boundary!])) : undefined;
    this.session = principalSide && sessionInputs.length > 0 ? ev.scan(entries('session', sessionInputs)) : undefined;
  }

  finish(r: Draft): EvaluationResult {
    return this.ev.notes.length === 0 ? r : { ...r, explanation: r.explanation + this.ev.notes.join('') };
  }

  implicit(policy: PolicyType, explanation: string, level?: number): EvaluationResult {
    return this.finish({
      decision: 'implicit-deny',
      matched: [],
      explanation,
      missing: level === undefined ? { policy } : { policy, level },
    });
  }

  withNearMiss(text: string, scan: Scan | undefined): string {
    const near = scan?.nearMiss === undefined ? text : text + explain.nearMiss(this.ev.name(scan.nearMiss.ref), scan.nearMiss.match.outcomes);
    const u = scan?.unsure;
    if (u === undefined) return near;
    const why = hasSpacedVariable(u.entry, u.version) ? 'spaced-variable' : wildcardInService(u.entry, u.version) ? 'service-wildcard' : 'capital';
    return near + explain.unsureEntry(this.ev.name(u.ref), u.entry, why);
  }

  noAllow(type: PolicyType, scan: Scan | undefined): string {
    return this.withNearMiss(explain.noAllow(policyGroupName(type, this.resourceType), this.action, this.resource), scan);
  }

  get isRoot(): boolean {
    return this.caller.kind === 'root';
  }
  get identityOk(): boolean {
    return this.isRoot || (this.identity !== undefined && this.identity.allows.length > 0);
  }
  get boundaryOk(): boolean {
    return this.boundary === undefined || this.boundary.allows.length > 0;
  }
  get sessionOk(): boolean {
    // a federated user session (GetFederationToken) without session policy has no permissions
    if (this.session === undefined) return this.caller.kind !== 'federated-user';
    return this.session.allows.length > 0;
  }

  sessionFailureText(): string {
    return this.session === undefined ? explain.federationWithoutSession() : this.noAllow('session', this.session);
  }

  /** The first failing part of the identity side (identity, boundary, session), or undefined. */
  identityFailure(): EvaluationResult | undefined {
    if (!this.identityOk) return this.implicit('identity', this.noAllow('identity', this.identity));
    if (!this.boundaryOk) return this.implicit('boundary', this.noAllow('boundary', this.boundary));
    if (!this.sessionOk) return this.implicit('session', this.sessionFailureText());
    return undefined;
  }

  capsRefs(): MatchedStatement[] {
    const out: MatchedStatement[] = [];
    if (this.boundary !== undefined && this.boundary.allows.length > 0) out.push(this.boundary.allows[0]!.ref);
    if (this.session !== undefined && this.session.allows.length > 0) out.push(this.session.allows[0]!.ref);
    return out;
  }

  identityRefs(): MatchedStatement[] {
    const out: MatchedStatement[] = [];
    for (const h of this.identity?.allows ?? []) out.push(h.ref);
    return [...out, ...this.capsRefs()];
  }

  orgAllows(): MatchedStatement[] {
    const out: MatchedStatement[] = [];
    for (const s of this.rcpLevels) out.push(s.allows[0]!.ref);
    for (const s of this.scpLevels) out.push(s.allows[0]!.ref);
    if (this.endpoint !== undefined) out.push(this.endpoint.allows[0]!.ref);
    return out;
  }

  identityAllowText(): string {
    const extras: string[] = [];
    if (this.boundary !== undefined) extras.push(this.ev.name(this.boundary.allows[0]!.ref));
    if (this.session !== undefined) extras.push(this.ev.name(this.session.allows[0]!.ref));
    if (this.scpLevels.length > 0) extras.push(explain.orgLevels('SCP', this.scpLevels.length));
    if (this.rcpLevels.length > 0) extras.push(explain.orgLevels('RCP', this.rcpLevels.length));
    if (this.endpoint !== undefined) extras.push(this.ev.name(this.endpoint.allows[0]!.ref));
    const allows = this.identity?.allows ?? [];
    const names = this.isRoot && allows.length === 0 ? [explain.rootDefault()] : allows.slice(0, 2).map((h) => this.ev.name(h.ref));
    return explain.allowedIdentity(names, extras);
  }

  /** The strongest grant of the resource policy's applicable Allows, as the caller sees it. */
  resourceGrant(): Grant | undefined {
    let best: Grant | undefined;
    const kind = this.caller.kind;
    for (const h of this.res.allows) {
      let g = h.match.grant ?? 'anyone';
      if (g === 'direct' && kind === 'role') g = 'role';
      // `*` reaches an IAM user like a grant to its ARN, a role session like a grant to its role
      if (g === 'anyone' && this.principalSide) g = kind === 'user' || kind === 'root' ? 'direct' : 'role';
      if (best === undefined || rank(g) > rank(best.grant)) best = { grant: g, hit: h };
    }
    return best;
  }

  /**
   * The decision, in AWS's order (docs/evaluation.md "Decision order"): an explicit Deny anywhere;
   * a level of RCPs or SCPs without an Allow; callers outside IAM, decided by the resource policy
   * alone; cross-account requests, which need both sides; a resource-policy grant to the caller or
   * its role; a resource type that must allow itself; else the identity side.
   */
  decide(): EvaluationResult {
    const early = this.explicitDeny() ?? this.organizationGate() ?? this.endpointGate();
    if (early !== undefined) return early;
    const granted = this.resourceGrant();
    if (!this.principalSide) return this.outsideIam(granted);
    return this.crossAccount(granted) ?? this.unknownResourceAccount(granted) ?? this.resourceGrantDecides(granted) ?? this.identitySide(granted);
  }

  /**
   * A resource whose account is not known (an S3 ARN names none, and no `resourceAccount` was
   * given) is in the principal's account or in another. When the resource policy grants and the
   * principal's own policies do not allow, the two readings differ: the same account allows, another
   * needs both sides. The input does not say which, so the reading that never allows more than
   * AWS could is taken (docs/evaluation.md): not allowed, saying what to give.
   */
  unknownResourceAccount(granted: Grant | undefined): EvaluationResult | undefined {
    if (granted === undefined || this.resourceAccount !== undefined || this.principalAccount === undefined) return undefined;
    const failure = this.identityFailure();
    if (failure === undefined) return undefined;
    const same = this.resourceGrantDecides(granted) ?? this.identitySide(granted);
    if (same.decision !== 'allow') return same;
    return { ...failure, explanation: explain.unknownResourceAccount(failure.explanation, this.ev.name(granted.hit.ref), this.principalAccount) };
  }

  /** Step 1: an applicable Deny in any policy decides. */
  explicitDeny(): EvaluationResult | undefined {
    const denies: Hit[] = [];
    for (const s of this.rcpLevels) denies.push(...s.denies);
    for (const s of this.scpLevels) denies.push(...s.denies);
    denies.push(...(this.endpoint?.denies ?? []));
    denies.push(...this.res.denies, ...(this.identity?.denies ?? []), ...(this.boundary?.denies ?? []), ...(this.session?.denies ?? []));
    if (denies.length === 0) return undefined;
    const first = denies[0]!;
    let explanation = explain.denied(this.ev.name(first.ref), this.action, this.resource, first.match.outcomes, first.match.boundaryNotPrincipal);
    if (denies.length > 1) explanation += explain.alsoDenied(denies.length - 1);
    return this.finish({ decision: 'explicit-deny', matched: denies.map((d) => d.ref), explanation });
  }

  /** Steps 2 and 3: every level of RCPs, then of SCPs, needs an applicable Allow. */
  organizationGate(): EvaluationResult | undefined {
    for (const [kind, levels] of [
      ['rcp', this.rcpLevels],
      ['scp', this.scpLevels],
    ] as const) {
      for (let level = 0; level < levels.length; level++) {
        const scan = levels[level]!;
        if (scan.allows.length === 0) {
          const text =
            explain.noAllow(policyGroupName(kind, this.resourceType, level), this.action, this.resource) +
            explain.everyLevel(kind === 'rcp' ? 'RCP' : 'SCP', levels.length);
          return this.implicit(kind, this.withNearMiss(text, scan), level);
        }
      }
    }
    return undefined;
  }

  /** A VPC endpoint policy, when given, needs an applicable Allow (it grants nothing itself). */
  endpointGate(): EvaluationResult | undefined {
    if (this.endpoint === undefined || this.endpoint.allows.length > 0) return undefined;
    return this.implicit('endpoint', this.withNearMiss(explain.noAllow(policyGroupName('endpoint', this.resourceType), this.action, this.resource) + explain.endpointFilter(), this.endpoint));
  }

  /** Step 4 for a caller outside IAM (anonymous, service, federated, canonical user): only the resource policy can allow. */
  outsideIam(granted: Grant | undefined): EvaluationResult {
    const { ev, action, resource, caller } = this;
    if (granted !== undefined)
      return this.finish({
        decision: 'allow',
        matched: [...this.orgAllows(), granted.hit.ref],
        explanation:
          granted.hit.match.grant === 'anyone' ? explain.allowedAnyone(ev.name(granted.hit.ref)) : explain.allowedDirect(ev.name(granted.hit.ref), caller.raw),
      });
    const group = policyGroupName('resource', this.resourceType);
    const text = caller.kind === 'anonymous' ? explain.anonymous(group, action, resource) : explain.nonAwsCaller(caller.raw, group, action, resource);
    return this.implicit('resource', this.withNearMiss(text, this.res));
  }

  /** Cross-account: the resource policy and the principal's own policies must both allow. */
  crossAccount(granted: Grant | undefined): EvaluationResult | undefined {
    const { principalAccount: from, resourceAccount: to } = this;
    if (from === undefined || to === undefined || from === to) return undefined;
    if (granted === undefined)
      return this.implicit(
        'resource',
        this.withNearMiss(
          explain.crossAccountResource(policyGroupName('resource', this.resourceType), describeCaller(this.caller), this.action, this.resource, from, to),
          this.res,
        ),
      );
    const failure = this.identityFailure();
    if (failure !== undefined) return { ...failure, explanation: explain.crossAccountIdentity(failure.explanation, from, to) };
    return this.finish({
      decision: 'allow',
      matched: [...this.orgAllows(), granted.hit.ref, ...this.identityRefs()],
      explanation: `${this.identityAllowText().slice(0, -1)}; and by ${this.ev.name(granted.hit.ref)} (cross-account: both sides allow).`,
    });
  }

  /**
   * Same account: a resource-policy grant to the caller itself allows; a grant to its role is
   * capped by the boundary and session policies; a resource type that must allow itself (role
   * trust, KMS key) without a grant denies. Otherwise `undefined`: the identity side decides.
   */
  resourceGrantDecides(granted: Grant | undefined): EvaluationResult | undefined {
    const { ev, caller, resourceType } = this;
    if (granted !== undefined && granted.grant === 'direct') {
      const kind = caller.kind === 'user' ? 'user' : caller.kind === 'session' || caller.kind === 'federated-user' ? 'session' : 'other';
      const name = ev.name(granted.hit.ref);
      return this.finish({
        decision: 'allow',
        matched: [...this.orgAllows(), granted.hit.ref],
        explanation: (granted.hit.match.grant === 'anyone' ? explain.allowedAnyone(name) : explain.allowedDirect(name, caller.raw)) + explain.directNote(kind),
      });
    }
    if (granted !== undefined && granted.grant === 'role') {
      // a grant to the role ARN is capped by the permissions boundary and session policies
      if (this.boundaryOk && this.sessionOk) {
        const caps = [...(this.boundary ? ['the permissions boundary'] : []), ...(this.session ? ['the session policy'] : [])];
        return this.finish({
          decision: 'allow',
          matched: [...this.orgAllows(), granted.hit.ref, ...this.capsRefs()],
          explanation:
            granted.hit.match.grant === 'anyone'
              ? explain.allowedAnyone(ev.name(granted.hit.ref))
              : explain.allowedRole(ev.name(granted.hit.ref), caller.roleArn ?? caller.raw, caps),
        });
      }
      const capped = this.boundaryOk ? this.implicit('session', this.sessionFailureText()) : this.implicit('boundary', this.noAllow('boundary', this.boundary));
      return { ...capped, explanation: `${explain.roleGrantCapped(ev.name(granted.hit.ref))} ${capped.explanation}` };
    }
    if (granted === undefined && resourceType !== 'other') {
      const group = policyGroupName('resource', resourceType);
      const text = explain.mustAllowItself(resourceType, group, describeCaller(caller), this.action, this.resource);
      return this.implicit('resource', this.withNearMiss(this.resourceCount === 0 ? text + explain.noResourcePolicyGiven(group) : text, this.res));
    }
    return undefined;
  }

  /** Steps 5-7: no resource grant, or a grant to the account (a delegation): identity, boundary and session policies decide. */
  identitySide(granted: Grant | undefined): EvaluationResult {
    const failure = this.identityFailure();
    if (failure !== undefined) {
      const delegated = granted !== undefined ? explain.delegated(this.ev.name(granted.hit.ref), this.principalAccount ?? '') : '';
      return { ...failure, explanation: failure.explanation + delegated };
    }
    return this.finish({
      decision: 'allow',
      matched: [...this.orgAllows(), ...(granted !== undefined ? [granted.hit.ref] : []), ...this.identityRefs()],
      explanation:
        granted !== undefined
          ? `${this.identityAllowText().slice(0, -1)}; ${this.ev.name(granted.hit.ref)} delegates to the account.`
          : this.identityAllowText(),
    });
  }
}

/** A resource policy's grant as the caller sees it, and the statement that gives it. */
interface Grant {
  readonly grant: GrantKind;
  readonly hit: Hit;
}

function rank(g: GrantKind): number {
  return g === 'direct' ? 3 : g === 'role' ? 2 : g === 'anyone' ? 1 : 0;
}
