/**
 * Principal helpers: each returns a small frozen value that `.by(...)` and `.notBy(...)` accept.
 */
import { PolicyValidationError } from '../errors.js';
import { principalMessages } from '../messages.js';
import { readOptionsArgument } from './options.js';
import type { PrincipalType } from '../model/policy-document.js';
import { IAM_NAMES, IAM_PATH_MAX, isAccountId, isAwsPrincipal, isCanonicalUserId, isFederatedPrincipal, isIdentityProviderArn, isServicePrincipalName } from '../model/principals.js';
import { hasVariable } from '../model/variables.js';
import { PARTITIONS } from '../model/arn.js';
import type { KnownServicePrincipal } from '../catalog/generated/service-principals.js';
import type { CheckServicePrincipal, ServicePrincipalDomain } from '../types/principals.js';

/** A principal value: one entry of a Principal map, or everyone. */
export interface PrincipalValue<T extends PrincipalType | '*' = PrincipalType | '*'> {
  readonly type: T;
  readonly value: string;
}

/** AWS partitions. */
export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov' | 'aws-iso' | 'aws-iso-b' | 'aws-iso-e' | 'aws-iso-f' | 'aws-eusc';

/** Options shared by ARN-building principal helpers. */
export interface PrincipalOptions {
  /** Partition of the ARN; default `aws`. */
  readonly partition?: Partition;
  /** IAM path such as `/service-role/`; default `/`. */
  readonly path?: string;
}

/**
 * A service principal: one the catalog knows (offered by editors' completion) or any
 * name under a service principal domain (`*.amazonaws.com`, `.amazonaws.com.cn`, `.amazon.com`, the ISO
 * partitions' `.c2s.ic.gov` and `.sc2s.sgov.gov`).
 */
export type ServicePrincipalName =
  | KnownServicePrincipal
  // `& {}` keeps the known names from being absorbed into the template, so editors still offer them
  | (`${string}.${ServicePrincipalDomain}` & {});

const make = <T extends PrincipalType | '*'>(type: T, value: string): PrincipalValue<T> => Object.freeze({ type, value });

function fail(message: string): never {
  throw new PolicyValidationError([{ path: 'Principal', code: 'INVALID_PRINCIPAL', message }]);
}

function account(id: string): string {
  if (typeof id !== 'string' || !isAccountId(id)) fail(principalMessages.accountId(id));
  return id;
}

/** The options of the helpers that build an ARN, read once (`null` as none; no object, or a name that is no option, refused). */
const readOptions = (options: unknown, names: readonly string[] = ['partition']): PrincipalOptions =>
  readOptionsArgument(options, names, "{ partition: 'aws-cn' }");

/** The partition of `options` (default `aws`): plain JavaScript callers may pass any text. */
function partition(options: Pick<PrincipalOptions, 'partition'>): string {
  const p = options.partition ?? 'aws';
  if (!PARTITIONS.includes(p)) fail(principalMessages.partition(p, PARTITIONS));
  return p;
}

/** `value` when it is a non-empty string (JavaScript callers pass anything), else the failure `message` gives. */
function text(value: string, message: (v: string) => string): string {
  if (typeof value !== 'string' || value === '') fail(message(value));
  return value;
}

/** An IAM path (see {@link IAM_PATH_MAX}): `/`, or `/`, one or more characters, `/`. No wildcard: a principal ARN holds none. */
const IAM_PATH = /^\/(?:[\x21-\x7f]+\/)?$/;

function normalisePath(path: string | undefined): string {
  if (path === undefined || path === '/') return '';
  // a Principal substitutes no variable (IAM User Guide, policy variables: Resource and Condition only)
  if (typeof path !== 'string' || path.length > IAM_PATH_MAX || !IAM_PATH.test(path) || /[*?]/.test(path) || hasVariable(path)) fail(principalMessages.iamPath(path));
  return path.slice(1);
}

/** `name` when IAM can create it (see {@link IAM_NAMES}): a principal naming anything else names nothing that can exist. */
function checkName(name: string, what: 'role' | 'user' | 'session' | 'SAML provider'): string {
  if (typeof name !== 'string' || name === '' || name.includes('*') || name.includes('?')) fail(principalMessages.name(name, what));
  const { min, max, chars, described } = IAM_NAMES[what];
  if (name.length < min || name.length > max || !chars.test(name)) fail(principalMessages.nameChars(name, what, min, max, described));
  return name;
}

function iamArn(kind: 'role' | 'user', accountOrArn: string, name: string | undefined, options: PrincipalOptions): string {
  const o = readOptions(options, ['partition', 'path']);
  if (name === undefined) {
    if (typeof accountOrArn !== 'string' || !accountOrArn.startsWith('arn:')) fail(principalMessages.needsArn(accountOrArn, kind));
    // a partition or path given beside a whole ARN was ignored
    if (o.partition !== undefined || o.path !== undefined) fail(principalMessages.optionsWithArn(accountOrArn));
    const parts = accountOrArn.split(':');
    // IAM is global: its ARNs have an empty Region (arn:aws:iam::<account>:role/<name>)
    if (parts.length < 6 || parts[2] !== 'iam' || parts[3] !== '' || !parts[5]!.startsWith(`${kind}/`))
      fail(principalMessages.notIamArn(accountOrArn, kind));
    partition({ partition: parts[1] as Partition });
    account(parts[4]!);
    // role/<path>/<name>: the last segment is the name, what comes before it the path
    const rest = parts.slice(5).join(':').slice(kind.length);
    const cut = rest.lastIndexOf('/');
    normalisePath(rest.slice(0, cut + 1));
    checkName(rest.slice(cut + 1), kind);
    return accountOrArn;
  }
  return `arn:${partition(o)}:iam::${account(accountOrArn)}:${kind}/${normalisePath(o.path)}${checkName(name, kind)}`;
}

/**
 * Principal helpers for `.by(...)` and `.notBy(...)`.
 *
 * @example
 * ```ts
 * import { allow, principal } from 'typed-iam';
 * allow('sts:AssumeRole').by(principal.service('lambda.amazonaws.com'));
 * // "Principal": { "Service": "lambda.amazonaws.com" }
 * ```
 */
export const principal = /*#__PURE__*/ Object.freeze({
  /**
   * Everyone, including anonymous callers: `"Principal": "*"`.
   * @example
   * ```ts
   * import { principal } from 'typed-iam';
   * principal.anyone();
   * ```
   */
  anyone: (): PrincipalValue<'*'> => make('*', '*'),
  /**
   * A whole AWS account (every principal the account allows), as `arn:aws:iam::<id>:root`.
   * @example
   * ```ts
   * import { principal } from 'typed-iam';
   * principal.account('111122223333'); // "AWS": "arn:aws:iam::111122223333:root"
   * ```
   */
  account: (id: string, options: Pick<PrincipalOptions, 'partition'> = {}): PrincipalValue<'AWS'> => {
    const o = readOptions(options);
    if (typeof id === 'string' && id.startsWith('arn:')) {
      // a partition given beside a whole ARN was ignored
      if (o.partition !== undefined) fail(principalMessages.optionsWithArn(id));
      const parts = id.split(':');
      if (parts.length !== 6 || parts[2] !== 'iam' || parts[3] !== '' || parts[5] !== 'root') fail(principalMessages.accountArn(id));
      partition({ partition: parts[1] as Partition });
      account(parts[4]!);
      return make('AWS', id);
    }
    return make('AWS', `arn:${partition(o)}:iam::${account(id)}:root`);
  },
  /**
   * An IAM role (and so every session of it): a role ARN, or account id and role name.
   * @example
   * ```ts
   * import { principal } from 'typed-iam';
   * principal.role('111122223333', 'Deployer'); // "AWS": "arn:aws:iam::111122223333:role/Deployer"
   * ```
   */
  role: (accountOrArn: string, name?: string, options: PrincipalOptions = {}): PrincipalValue<'AWS'> =>
    make('AWS', iamArn('role', accountOrArn, name, options)),
  /**
   * An IAM user: a user ARN, or account id and user name.
   * @example
   * ```ts
   * import { principal } from 'typed-iam';
   * principal.user('111122223333', 'alice');
   * ```
   */
  user: (accountOrArn: string, name?: string, options: PrincipalOptions = {}): PrincipalValue<'AWS'> =>
    make('AWS', iamArn('user', accountOrArn, name, options)),
  /**
   * One session of a role: `arn:aws:sts::<account>:assumed-role/<role>/<session>`.
   * @example
   * ```ts
   * import { principal } from 'typed-iam';
   * principal.assumedRole('111122223333', 'Deployer', 'ci-run');
   * ```
   */
  assumedRole: (
    accountId: string,
    roleName: string,
    sessionName: string,
    options: Pick<PrincipalOptions, 'partition'> = {},
  ): PrincipalValue<'AWS'> =>
    make(
      'AWS',
      `arn:${partition(readOptions(options))}:sts::${account(accountId)}:assumed-role/${checkName(roleName, 'role')}/${checkName(sessionName, 'session')}`,
    ),
  /**
   * An AWS principal written as IAM stores it (an ARN, an account id, or a unique id such as `AROA...`).
   * @example
   * ```ts
   * import { principal } from 'typed-iam';
   * principal.aws('arn:aws:iam::111122223333:role/Admin');
   * ```
   */
  aws: (value: string): PrincipalValue<'AWS'> => {
    if (!isAwsPrincipal(text(value, principalMessages.empty))) fail(principalMessages.aws(value));
    return make('AWS', value);
  },
  /**
   * A service principal such as `lambda.amazonaws.com`.
   * @example
   * ```ts
   * import { principal } from 'typed-iam';
   * principal.service('ecs-tasks.amazonaws.com');
   * ```
   */
  service: <const N extends string>(name: CheckServicePrincipal<N>): PrincipalValue<'Service'> => {
    if (typeof name !== 'string' || !isServicePrincipalName(name))
      fail(principalMessages.service(name));
    return make('Service', name);
  },
  /**
   * A federated identity provider: an OIDC or SAML provider ARN, or a web identity provider such as
   * `cognito-identity.amazonaws.com`.
   * @example
   * ```ts
   * import { principal } from 'typed-iam';
   * principal.federated('cognito-identity.amazonaws.com');
   * ```
   */
  federated: (provider: string): PrincipalValue<'Federated'> => {
    if (!isFederatedPrincipal(text(provider, principalMessages.emptyProvider)) || hasVariable(provider)) fail(principalMessages.federated(provider));
    return make('Federated', provider);
  },
  /**
   * An IAM OIDC provider of an account: `arn:aws:iam::<account>:oidc-provider/<host>`.
   * @example
   * ```ts
   * import { principal } from 'typed-iam';
   * principal.oidc('111122223333', 'token.actions.githubusercontent.com');
   * ```
   */
  oidc: (accountId: string, host: string, options: Pick<PrincipalOptions, 'partition'> = {}): PrincipalValue<'Federated'> => {
    const arn = `arn:${partition(readOptions(options))}:iam::${account(accountId)}:oidc-provider/${text(host, principalMessages.providerHost)}`;
    if (host.includes('://') || !isIdentityProviderArn(arn) || hasVariable(host)) fail(principalMessages.providerHost(host));
    return make('Federated', arn);
  },
  /**
   * The GitHub Actions OIDC provider of an account. Pair it with `token.actions.githubusercontent.com:sub` and `:aud` conditions.
   * @example
   * ```ts
   * import { principal } from 'typed-iam';
   * principal.githubActions('111122223333');
   * ```
   */
  githubActions: (accountId: string, options: Pick<PrincipalOptions, 'partition'> = {}): PrincipalValue<'Federated'> =>
    make('Federated', `arn:${partition(readOptions(options))}:iam::${account(accountId)}:oidc-provider/token.actions.githubusercontent.com`),
  /**
   * An IAM SAML provider of an account: `arn:aws:iam::<account>:saml-provider/<name>`.
   * @example
   * ```ts
   * import { principal } from 'typed-iam';
   * principal.saml('111122223333', 'Okta');
   * ```
   */
  saml: (accountId: string, name: string, options: Pick<PrincipalOptions, 'partition'> = {}): PrincipalValue<'Federated'> =>
    make('Federated', `arn:${partition(readOptions(options))}:iam::${account(accountId)}:saml-provider/${checkName(name, 'SAML provider')}`),
  /**
   * An S3 canonical user id (64 hex digits in lower case as AWS writes an account's, 96 for a CloudFront origin access identity's); S3 bucket policies only.
   * @example
   * ```ts
   * import { principal } from 'typed-iam';
   * principal.canonicalUser('79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be');
   * ```
   */
  canonicalUser: (id: string): PrincipalValue<'CanonicalUser'> => {
    if (typeof id !== 'string' || !isCanonicalUserId(id)) fail(principalMessages.canonicalUser(id));
    return make('CanonicalUser', id);
  },
});
