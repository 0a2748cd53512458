/**
 * The forms of principal values, written once: account ids, service principal names, the web
 * identity providers, and the names and paths IAM creates. The builder's helpers, lint, evaluate, analyze, the CDK readers and the CLI
 * read them here.
 */

/** True when `s` is an AWS account id: exactly twelve ASCII digits. */
export function isAccountId(s: string): boolean {
  return s.length === 12 && ACCOUNT_ID.test(s);
}
const ACCOUNT_ID = /^[0-9]{12}$/;

/**
 * True for a service principal name: lower-case DNS labels ending in `amazonaws.com` (`.cn` in
 * China), `amazon.com` (`alexa-appkit.amazon.com`), or the domains of the ISO partitions
 * (`c2s.ic.gov`, `sc2s.sgov.gov`).
 */
export function isServicePrincipalName(s: string): boolean {
  return SERVICE_PRINCIPAL.test(s);
}
const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)*\.(?:amazonaws\.com(?:\.cn)?|amazon\.com|c2s\.ic\.gov|sc2s\.sgov\.gov)$/;

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

/**
 * The names IAM creates (IAM API reference): role and user names are 1 to 64 of `A-Z a-z 0-9
 * _+=,.@-` (CreateRole `RoleName`, CreateUser `UserName`), group names 1 to 128 of the same
 * (CreateGroup `GroupName`), role session names 2 to 64 of the same (AssumeRole
 * `RoleSessionName`), SAML provider names 1 to 128 of `A-Z a-z 0-9 _.-` (CreateSAMLProvider
 * `Name`). The principal helpers refuse other names; the CDK readers bound tokens by them.
 */
export const IAM_NAMES: { readonly [what in 'role' | 'user' | 'group' | 'session' | 'SAML provider']: IamNameRule } = {
  'role': { min: 1, max: 64, chars: IAM_NAME_CHARS, described: IAM_NAME_DESCRIBED },
  'user': { min: 1, max: 64, chars: IAM_NAME_CHARS, described: IAM_NAME_DESCRIBED },
  'group': { min: 1, max: 128, chars: IAM_NAME_CHARS, described: IAM_NAME_DESCRIBED },
  'session': { min: 2, max: 64, chars: IAM_NAME_CHARS, described: IAM_NAME_DESCRIBED },
  'SAML provider': { min: 1, max: 128, chars: /^[\w.-]+$/, described: 'letters, digits and _.-' },
};

/**
 * The longest IAM path (IAM API reference, CreateRole/CreateUser `Path`): `/` alone, or up to 512
 * characters from `!` (U+0021) to DEL (U+007F) that begin and end with `/`.
 */
export const IAM_PATH_MAX = 512;
