/**
 * The forms of principal values, written once: account ids, service principal names, the web
 * identity providers, and the names and paths IAM creates. The builder's helpers, lint, evaluate, analyze, the CDK readers and the CLI
 * read them here.
 */
import { PARTITIONS, splitArn } from './arn.js';
import type { PrincipalType } from './policy-document.js';

/** True when `s` is an AWS account id: exactly twelve ASCII digits. */
export function isAccountId(s: string): boolean {
  return s.length === 12 && ACCOUNT_ID.test(s);
}
const ACCOUNT_ID = /^[0-9]{12}$/;

/**
 * True for a service principal name: lower-case DNS labels ending in `amazonaws.com` (`.cn` in
 * China), `amazon.com` (`alexa-appkit.amazon.com`), or the domains of the ISO partitions
 * (`c2s.ic.gov`, `sc2s.sgov.gov`). AWS documents the form only as `service-name.amazonaws.com`;
 * a name is read as a host name (RFC 1035 and 1123): labels of 1 to 63 letters, digits and `-`,
 * none starting or ending with `-`, 253 characters in all. A name outside that names no service,
 * so refusing it only says that a statement naming it grants or denies nothing.
 */
export function isServicePrincipalName(s: string): boolean {
  return s.length <= DNS_NAME_MAX && SERVICE_PRINCIPAL.test(s);
}
const DNS_NAME_MAX = 253;
/** A DNS label: 1 to 63 letters, digits and `-`, neither first nor last a `-` (lower case: service names are). */
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const SERVICE_PRINCIPAL = /*#__PURE__*/ new RegExp(`^${LABEL}(?:\\.${LABEL})*\\.(?:amazonaws\\.com(?:\\.cn)?|amazon\\.com|c2s\\.ic\\.gov|sc2s\\.sgov\\.gov)$`);

/**
 * True for an Amazon S3 canonical user id as AWS writes it, in lower-case hexadecimal digits: 64
 * for an AWS account (`79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be`, AWS
 * Account Management reference) and 96 for a CloudFront origin access identity (its
 * `S3CanonicalUserId`, such as `b970b42360b81c8ddbd79d2f5df0069ba9033c8a79655752abe380cd6d63ba8bcf23384d568fcf89fc49700b5e11a0fd`,
 * CloudFormation reference), which bucket policies name as `CanonicalUser`. `principal.canonicalUser`
 * refuses other text; lint reports it; `evaluate` reads a request's principal by it, compared ignoring case.
 */
export function isCanonicalUserId(s: string): boolean {
  if (!CANONICAL_USER_LENGTHS.includes(s.length)) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}
/** An account's canonical user id, a CloudFront origin access identity's. */
export const CANONICAL_USER_LENGTHS: readonly number[] = [64, 96];

/**
 * The web identity providers a `Federated` principal names by host (IAM User Guide, Principal
 * element, "Web identity session principals"): Amazon Cognito, Login with Amazon, Facebook and
 * Google. Lower case; compare a value lower-cased.
 */
export const WEB_IDENTITY_PROVIDERS: readonly string[] = ['cognito-identity.amazonaws.com', 'www.amazon.com', 'graph.facebook.com', 'accounts.google.com'];

/** How IAM constrains one kind of name: length bounds and the characters allowed. */
export interface IamNameRule {
  readonly min: number;
  readonly max: number;
  readonly chars: RegExp;
  /** The allowed characters, as messages say them. */
  readonly described: string;
}

const IAM_NAME_CHARS = /^[\w+=,.@-]+$/;
const IAM_NAME_DESCRIBED = 'letters, digits and _+=,.@-';
/** Apart from the table, so that {@link isIdentityProviderArn} bundles without the other names. */
const SAML_PROVIDER_NAME: IamNameRule = { min: 1, max: 128, chars: /^[\w.-]+$/, described: 'letters, digits and _.-' };

/**
 * The names IAM creates (IAM API reference): role and user names are 1 to 64 of `A-Z a-z 0-9
 * _+=,.@-` (CreateRole `RoleName`, CreateUser `UserName`), group names 1 to 128 of the same
 * (CreateGroup `GroupName`), role session names 2 to 64 of the same (AssumeRole
 * `RoleSessionName`), SAML provider names 1 to 128 of `A-Z a-z 0-9 _.-` (CreateSAMLProvider
 * `Name`), federated user names 2 to 32 of `A-Z a-z 0-9 _+=,.@-` (GetFederationToken `Name`). The
 * principal helpers refuse other names; the CDK readers bound tokens by them; evaluate refuses a
 * request principal naming another.
 */
export const IAM_NAMES: { readonly [what in 'role' | 'user' | 'group' | 'session' | 'federated user' | 'SAML provider']: IamNameRule } = {
  'role': { min: 1, max: 64, chars: IAM_NAME_CHARS, described: IAM_NAME_DESCRIBED },
  'user': { min: 1, max: 64, chars: IAM_NAME_CHARS, described: IAM_NAME_DESCRIBED },
  'group': { min: 1, max: 128, chars: IAM_NAME_CHARS, described: IAM_NAME_DESCRIBED },
  'session': { min: 2, max: 64, chars: IAM_NAME_CHARS, described: IAM_NAME_DESCRIBED },
  'federated user': { min: 2, max: 32, chars: IAM_NAME_CHARS, described: IAM_NAME_DESCRIBED },
  'SAML provider': SAML_PROVIDER_NAME,
};

/**
 * True for the ARN of an IAM identity provider, the form a `Federated` principal names one by:
 * `arn:<partition>:iam::<account>:saml-provider/<name>` with a SAML provider name of
 * {@link IAM_NAMES} (CreateSAMLProvider `Name`), or `arn:<partition>:iam::<account>:oidc-provider/<host>`
 * with a host free of whitespace and wildcards. The partition is a known one; the account is twelve
 * digits or one policy variable (`${aws:PrincipalAccount}`).
 *
 * @example
 * ```ts
 * import { isIdentityProviderArn } from './principals.js';
 * isIdentityProviderArn('arn:aws:iam::111122223333:saml-provider/Okta');                                 // true
 * isIdentityProviderArn('arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com'); // true
 * isIdentityProviderArn('arn:aws:iam::111122223333:saml-provider/My+Idp');                              // false
 * ```
 */
export function isIdentityProviderArn(s: string): boolean {
  const f = splitArn(s);
  if (f === undefined || f.prefix !== 'arn' || !PARTITIONS.includes(f.partition) || f.service !== 'iam' || f.region !== '') return false;
  if (!isAccountId(f.account) && !ONE_VARIABLE.test(f.account)) return false;
  const r = f.resource;
  if (r.startsWith('saml-provider/')) {
    const name = r.slice('saml-provider/'.length);
    const rule = SAML_PROVIDER_NAME;
    return name.length >= rule.min && name.length <= rule.max && rule.chars.test(name);
  }
  return r.startsWith('oidc-provider/') && r.length > 'oidc-provider/'.length && !PROVIDER_HOST_EXCLUDED.test(r);
}
const ONE_VARIABLE = /^\$\{[^}]+\}$/;
const PROVIDER_HOST_EXCLUDED = /[\s*?]/;

/**
 * True for a `Federated` principal value: a web identity provider by host
 * ({@link WEB_IDENTITY_PROVIDERS}, any case) or an identity provider ARN ({@link isIdentityProviderArn}).
 * Lint's INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY and `principal.federated` read it.
 *
 * @example
 * ```ts
 * import { isFederatedPrincipal } from './principals.js';
 * isFederatedPrincipal('accounts.google.com'); // true
 * isFederatedPrincipal('*');                   // false
 * ```
 */
export function isFederatedPrincipal(s: string): boolean {
  return WEB_IDENTITY_PROVIDERS.includes(s.toLowerCase()) || isIdentityProviderArn(s);
}

/**
 * True for the unique id of an IAM user (`AIDA...`) or role (`AROA...`), the form IAM stores a
 * user or role principal in (IAM API reference, `UserId`/`RoleId`: 16 to 128 characters; IAM
 * User Guide, "Unique identifiers": upper-case letters and digits after the prefix).
 */
export function isPrincipalUniqueId(s: string): boolean {
  return UNIQUE_ID.test(s);
}
const UNIQUE_ID = /^A(?:ID|RO)A[A-Z0-9]{12,124}$/;

/**
 * True for a value of `Principal.AWS` that names principals IAM can hold (IAM User Guide, Principal
 * element): `*`; an account id; a user or role unique id ({@link isPrincipalUniqueId}); or the ARN,
 * in a known partition with an empty Region and a 12-digit account, of an account (`:root`), an IAM
 * user or role (`:user/<path><name>`, `:role/<path><name>`), a role session
 * (`sts::<account>:assumed-role/<role>/<session>`) or a federated user session
 * (`sts::<account>:federated-user/<name>`); or a CloudFront origin access identity
 * (`arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity <id>`). Principals match
 * literally, so no other wildcard, no policy variable and no white space (IAM names hold none).
 *
 * @example
 * ```ts
 * import { isAwsPrincipal } from './principals.js';
 * isAwsPrincipal('arn:aws:iam::111122223333:role/service-role/Deployer'); // true
 * isAwsPrincipal('arn:aws:iam::111122223333:role/*');                     // false
 * isAwsPrincipal('arn:aws:iam:us-east-1:111122223333:root');             // false
 * ```
 */
export function isAwsPrincipal(s: string): boolean {
  if (s === '*' || isAccountId(s) || isPrincipalUniqueId(s)) return true;
  if (/[*?]|\$\{/.test(s)) return false;
  const f = splitArn(s);
  if (f === undefined || f.prefix !== 'arn' || !PARTITIONS.includes(f.partition) || f.region !== '') return false;
  if (f.service === 'iam' && f.account === 'cloudfront') return CLOUDFRONT_OAI.test(f.resource);
  if (!isAccountId(f.account) || /\s/.test(f.resource)) return false;
  return f.service === 'iam' ? IAM_PRINCIPAL.test(f.resource) : f.service === 'sts' && STS_PRINCIPAL.test(f.resource);
}
const IAM_PRINCIPAL = /^(?:root|(?:user|role)\/(?:[^/]+\/)*[^/]+)$/;
const STS_PRINCIPAL = /^(?:assumed-role\/[^/]+\/[^/]+|federated-user\/[^/]+)$/;
const CLOUDFRONT_OAI = /^user\/CloudFront Origin Access Identity [A-Z0-9]+$/;

/**
 * The longest IAM path (IAM API reference, CreateRole/CreateUser `Path`): `/` alone, or up to 512
 * characters from `!` (U+0021) to DEL (U+007F) that begin and end with `/`.
 */
export const IAM_PATH_MAX = 512;

/**
 * True for a value the builder takes under `Principal[type]` (`.by({ type, value })`, or a
 * statement given as data): the form its helper makes ({@link isAwsPrincipal},
 * {@link isServicePrincipalName}, {@link isFederatedPrincipal} without a policy variable, as a
 * Principal substitutes none, {@link isCanonicalUserId}), or a value holding a CDK token
 * (`${Token[...]}`, such as `role.roleArn`), which only deploy time resolves. Parse does not ask:
 * IAM stores other values, and lint reports them (INVALID_PRINCIPAL_FORMAT and its kin).
 *
 * @example
 * ```ts
 * import { isPrincipalValue } from './principals.js';
 * isPrincipalValue('Service', 'lambda.amazonaws.com');   // true
 * isPrincipalValue('AWS', 'hello world');                // false
 * isPrincipalValue('AWS', '${Token[TOKEN.123]}');        // true
 * ```
 */
export function isPrincipalValue(type: PrincipalType, value: string): boolean {
  if (value.includes('${Token[')) return true;
  switch (type) {
    case 'AWS':
      return isAwsPrincipal(value);
    case 'Service':
      return isServicePrincipalName(value);
    case 'Federated':
      return isFederatedPrincipal(value) && !value.includes('${');
    case 'CanonicalUser':
      return isCanonicalUserId(value);
  }
}
