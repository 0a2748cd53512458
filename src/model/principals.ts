/**
 * The forms of principal values, written once: account ids, service principal names and the web
 * identity providers. The builder's helpers, lint, evaluate, analyze, the CDK readers and the CLI
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
