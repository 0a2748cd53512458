/**
 * The request principal (what the caller is) and matching of `Principal` / `NotPrincipal`
 * elements against it (iam-reference §1 principal forms, §7).
 */
import type { PrincipalElement } from '../model/policy-document.js';
import { asciiLower } from '../model/match.js';
import type { RequestPrincipalType } from './types.js';
import { splitArn, type ArnFields } from '../model/arn.js';
import { IAM_NAMES, isAccountId, isAwsPrincipal, isCanonicalUserId, isFederatedPrincipal, isPrincipalUniqueId, isServicePrincipalName, WEB_IDENTITY_PROVIDERS } from '../model/principals.js';

/** What the caller is. */
export type CallerKind =
  | 'user'
  | 'root'
  | 'role'
  | 'session'
  | 'federated-user'
  | 'aws-other'
  | 'service'
  | 'federated'
  | 'canonical'
  | 'anonymous';

/** The parsed request principal. ARNs are kept as given; comparisons fold what IAM folds. */
export interface Caller {
  readonly kind: CallerKind;
  readonly raw: string;
  readonly partition: string;
  readonly account: string | undefined;
  /** User name (users), role name (roles, sessions), federated user name. */
  readonly name?: string;
  readonly sessionName?: string;
  /** The caller's own ARN (user, root, role, session, federated user). */
  readonly arn?: string;
  /** Role ARN of a role or role session (path unknown for sessions unless given in context). */
  readonly roleArn?: string;
}


/** A request's principal names a canonical user by the model's form, compared ignoring case (as grants compare it). */
const isHex64 = (s: string): boolean => isCanonicalUserId(asciiLower(s));


/** Splits an ARN into its five named components; `undefined` when not ARN-shaped. */
export function parseArn(arn: string): ArnFields | undefined {
  return arn.startsWith('arn:') ? splitArn(arn) : undefined;
}

/** True when the ARN's fields name an IAM role (`arn:aws:iam::<account>:role/<path/>name`). */
export function isRoleArn(arn: Pick<ArnFields, 'service' | 'resource'>): boolean {
  return asciiLower(arn.service) === 'iam' && arn.resource.startsWith('role/');
}

/** Parses the request principal. `anonymous` or an empty principal make an anonymous caller. */
export function parseCaller(principal: string | undefined, anonymous: boolean, type?: RequestPrincipalType): Caller {
  if (anonymous || principal === undefined || principal === '' || principal === 'anonymous')
    return { kind: 'anonymous', raw: principal ?? '', partition: 'aws', account: undefined };
  const arn = parseArn(principal);
  if (type === 'Service' || (type === undefined && arn === undefined && !WEB_IDENTITY_PROVIDERS.includes(principal.toLowerCase()) && !isHex64(principal) && !isAccountId(principal)))
    return { kind: 'service', raw: principal, partition: 'aws', account: undefined, name: principal };
  if (type === 'CanonicalUser' || (type === undefined && isHex64(principal)))
    return { kind: 'canonical', raw: principal, partition: 'aws', account: undefined };
  if (type === 'Federated' || (type === undefined && WEB_IDENTITY_PROVIDERS.includes(principal.toLowerCase())))
    return { kind: 'federated', raw: principal, partition: arn?.partition ?? 'aws', account: arn?.account || undefined };
  if (arn === undefined) {
    // a bare account id stands for the account's root user
    if (isAccountId(principal))
      return { kind: 'root', raw: principal, partition: 'aws', account: principal, arn: `arn:aws:iam::${principal}:root` };
    return { kind: 'aws-other', raw: principal, partition: 'aws', account: undefined };
  }
  const { partition, service, account, resource } = arn;
  const base = { raw: principal, partition, account: account || undefined, arn: principal };
  const svc = asciiLower(service);
  if (svc === 'iam') {
    if (resource === 'root') return { kind: 'root', ...base };
    if (resource.startsWith('user/'))
      return { kind: 'user', ...base, name: resource.slice(resource.lastIndexOf('/') + 1) };
    if (resource.startsWith('role/')) {
      return { kind: 'role', ...base, name: resource.slice(resource.lastIndexOf('/') + 1), roleArn: principal };
    }
    if (resource.startsWith('saml-provider/') || resource.startsWith('oidc-provider/'))
      return { kind: 'federated', ...base };
  }
  if (svc === 'sts') {
    if (resource.startsWith('assumed-role/')) {
      const rest = resource.slice('assumed-role/'.length);
      const slash = rest.indexOf('/');
      const role = slash === -1 ? rest : rest.slice(0, slash);
      const session = slash === -1 ? '' : rest.slice(slash + 1);
      return {
        kind: 'session',
        ...base,
        name: role,
        sessionName: session,
        roleArn: `arn:${partition}:iam::${account}:role/${role}`,
      };
    }
    if (resource.startsWith('federated-user/'))
      return { kind: 'federated-user', ...base, name: resource.slice('federated-user/'.length) };
  }
  return { kind: 'aws-other', ...base };
}

/** Why a request's principal is no form AWS gives a request: the form it should have had (explain.ts words it). */
export type PrincipalProblem = 'service' | 'not-a-service' | 'canonical' | 'federated' | 'aws';

/**
 * What a request's principal, read as `caller`, should have been when it is not a form AWS gives a
 * request; `undefined` when it is one. The forms are the model's (`src/model/principals.ts`): an
 * AWS caller is an account id or the ARN of a root user, IAM user, role, role session or federated
 * user session (`isAwsPrincipal`, no unique id: a request names its caller by ARN); a service by its
 * service principal name (`not-a-service`: a text read as a service only because it is nothing
 * else, `typed` false); a federated caller by identity provider; a canonical user by its id.
 * A malformed principal (`arn:AWS:...`, a trailing space, `assumed-role/Role` without a session)
 * would be compared as text and miss the Deny that names the principal it spells, so it is refused.
 */
export function requestPrincipalProblem(caller: Caller, typed: boolean): PrincipalProblem | undefined {
  const p = caller.raw;
  switch (caller.kind) {
    case 'anonymous':
      return undefined;
    case 'service':
      return isServicePrincipalName(p) ? undefined : typed ? 'service' : 'not-a-service';
    case 'canonical':
      return isHex64(p) ? undefined : 'canonical';
    case 'federated':
      return isFederatedPrincipal(p) ? undefined : 'federated';
    default:
      return p !== '*' && !isPrincipalUniqueId(p) && isAwsPrincipal(p) && namesFit(caller) ? undefined : 'aws';
  }
}

/**
 * The names in a caller's ARN are names IAM creates ({@link IAM_NAMES}); a CloudFront identity's is
 * AWS's. A session name is checked for its characters and maximum only: services that assume a
 * role name the session themselves, and AWS documents no minimum for those.
 */
function namesFit(caller: Caller): boolean {
  const fits = (what: keyof typeof IAM_NAMES, name: string | undefined, min = IAM_NAMES[what].min) => {
    const rule = IAM_NAMES[what];
    return name !== undefined && name.length >= min && name.length <= rule.max && rule.chars.test(name);
  };
  if (caller.account === 'cloudfront') return true;
  switch (caller.kind) {
    case 'user':
      return fits('user', caller.name);
    case 'role':
      return fits('role', caller.name);
    case 'session':
      return fits('role', caller.name) && fits('session', caller.sessionName, 1);
    case 'federated-user':
      return fits('federated user', caller.name);
    default:
      return true;
  }
}

/** How a resource-policy Allow reached the caller; decides what else must allow (§7 step 4). */
export type GrantKind =
  /** Names the caller itself: user ARN, role session / federated-user session ARN, service, IdP, canonical user. */
  | 'direct'
  /** Names the role the session belongs to: still capped by boundary and session policy. */
  | 'role'
  /** `*` or NotPrincipal: everyone. */
  | 'anyone'
  /** Account id or `...:root`: delegates to the account; the identity side must allow too. */
  | 'account';

/** Strength order when several entries match: the most direct grant wins. */
const STRENGTH: Record<GrantKind, number> = { direct: 3, role: 2, anyone: 1, account: 0 };

/** The stronger of two grants. */
export function strongerGrant(a: GrantKind | undefined, b: GrantKind): GrantKind {
  return a === undefined || STRENGTH[b] > STRENGTH[a] ? b : a;
}

function sameArnHead(a: { partition: string; account: string }, b: { partition: string; account: string }): boolean {
  return asciiLower(a.partition) === asciiLower(b.partition) && a.account === b.account;
}

/** The role name of a role ARN (last path component), or undefined. */
function roleNameOf(resource: string): string | undefined {
  return resource.startsWith('role/') ? resource.slice(resource.lastIndexOf('/') + 1) : undefined;
}

/** How one `AWS` principal value matches the caller, or undefined. `principalId` covers unique ids. */
function matchAws(value: string, caller: Caller, principalId: string | undefined): GrantKind | undefined {
  if (value === '*') return 'anyone';
  if (caller.kind === 'anonymous' || caller.kind === 'service' || caller.kind === 'federated' || caller.kind === 'canonical')
    return undefined;
  // a session's unique id (`AROA...`) is its role's: a grant to it is a grant to the role, capped
  // by the boundary and session policies like one to the role ARN
  if (principalId !== undefined && value === principalId) return caller.kind === 'session' ? 'role' : 'direct';
  if (isAccountId(value)) return caller.account === value ? 'account' : undefined;
  const v = parseArn(value);
  const c = caller.arn === undefined ? undefined : parseArn(caller.arn);
  if (v === undefined || c === undefined || !sameArnHead(v, c)) return undefined;
  const vs = asciiLower(v.service);
  if (vs === 'iam' && v.resource === 'root') return 'account';
  if (isRoleArn(v)) {
    if (caller.kind === 'role' && caller.arn === value) return 'direct';
    if (caller.kind === 'session' && roleNameOf(v.resource) === caller.name) return 'role';
    return undefined;
  }
  if (vs === 'iam' && v.resource.startsWith('user/')) return caller.kind === 'user' && v.resource === c.resource ? 'direct' : undefined;
  if (vs === 'sts') return asciiLower(c.service) === 'sts' && v.resource === c.resource ? 'direct' : undefined;
  return undefined;
}

/**
 * How a `Principal` element matches the caller: the strongest grant among its entries, or
 * undefined when none names the caller. `wellFormedOnly` (an Allow's Principal): an `AWS` value
 * the model does not read as a principal ({@link isAwsPrincipal}: `arn:AWS:iam::…`, an IAM ARN
 * with a Region, …; IAM refuses such a policy when it is saved) names nobody. Elsewhere it is read
 * as it is compared: the partition and service ignoring case, so a Deny still applies.
 */
export function matchPrincipal(p: PrincipalElement, caller: Caller, principalId: string | undefined, wellFormedOnly = false): GrantKind | undefined {
  if (p === '*') return 'anyone';
  let best: GrantKind | undefined;
  for (const v of p.AWS ?? []) {
    const g = matchAws(v, caller, principalId);
    // the form is read only for a value that names the caller (most do not)
    if (g !== undefined && (!wellFormedOnly || isAwsPrincipal(v))) best = strongerGrant(best, g);
  }
  if (caller.kind === 'service')
    for (const v of p.Service ?? []) if (asciiLower(v) === asciiLower(caller.raw)) best = strongerGrant(best, 'direct');
  if (caller.kind === 'federated')
    for (const v of p.Federated ?? []) if (v === caller.raw || asciiLower(v) === asciiLower(caller.raw)) best = strongerGrant(best, 'direct');
  if (caller.kind === 'canonical')
    for (const v of p.CanonicalUser ?? []) if (asciiLower(v) === asciiLower(caller.raw)) best = strongerGrant(best, 'direct');
  return best;
}

/**
 * The identities a request carries for `NotPrincipal`: the caller, its role (sessions) and its
 * account. NotPrincipal exempts the caller only when every one of them is listed (AWS: list the
 * account, role and session ARN of the exempt principal).
 */
function notPrincipalListed(p: PrincipalElement, caller: Caller, wellFormedOnly: boolean): boolean {
  if (p === '*') return true;
  const aws = p.AWS ?? [];
  if (aws.includes('*')) return true;
  const has = (pred: (v: string) => boolean) => aws.some((v) => pred(v) && (!wellFormedOnly || isAwsPrincipal(v)));
  switch (caller.kind) {
    case 'anonymous':
      return false;
    case 'service':
      return (p.Service ?? []).some((v) => asciiLower(v) === asciiLower(caller.raw));
    case 'federated':
      return (p.Federated ?? []).some((v) => asciiLower(v) === asciiLower(caller.raw));
    case 'canonical':
      return (p.CanonicalUser ?? []).some((v) => asciiLower(v) === asciiLower(caller.raw));
    default: {
      const account = caller.account;
      const accountListed = has((v) => v === account || (matchAws(v, caller, undefined) === 'account'));
      if (!accountListed) return false;
      if (caller.kind === 'root') return true;
      if (caller.kind === 'session') {
        const sessionListed = has((v) => matchAws(v, caller, undefined) === 'direct');
        const roleListed = has((v) => matchAws(v, caller, undefined) === 'role');
        return sessionListed && roleListed;
      }
      return has((v) => matchAws(v, caller, undefined) === 'direct');
    }
  }
}

/**
 * True when a `NotPrincipal` element applies to the caller (the caller is not fully listed).
 * `wellFormedOnly` (a Deny's NotPrincipal): an `AWS` value the model does not read as a principal
 * exempts nobody, as in {@link matchPrincipal}.
 */
export function notPrincipalApplies(p: PrincipalElement, caller: Caller, wellFormedOnly = false): boolean {
  return !notPrincipalListed(p, caller, wellFormedOnly);
}
