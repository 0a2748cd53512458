/** Small string checks shared by rules: ARN fields, policy variables, condition value formats. */
import type { ConditionValue, PrincipalElement } from '../model/policy-document.js';
import { POLICY_KINDS, type PolicyKind } from '../model/policy-document.js';
import { cidrWithin, mappedCidr, parseBool, parseCidr, parseDate, parseNumber, type Cidr } from '../model/values.js';

export { isRegionName, PARTITIONS, splitArn, type ArnFields } from '../model/arn.js';
export { hasWildcard } from '../model/match.js';


export { hasVariable, variableUses as variables, variableKey, type VariableUse } from '../model/variables.js';

/** W3C/ISO 8601 date (`2024`, `2024-05-01`, `2024-05-01T12:00:00Z`, ...) or UNIX epoch seconds (the model's date parser). */
export function isDateValue(v: ConditionValue): boolean {
  return parseDate(v) !== undefined;
}

/** Integer or decimal number, written as a JSON number or a string (the model's number parser). */
export function isNumberValue(v: ConditionValue): boolean {
  return parseNumber(v) !== undefined;
}

/** `true`/`false` as a JSON boolean or a string (IAM compares case-insensitively). */
export function isBoolValue(v: ConditionValue): boolean {
  return parseBool(v) !== undefined;
}

/** Parses an IPv4/IPv6 address or CIDR block with the model's one IP parser; `undefined` when it is not one. */
export function parseIp(v: ConditionValue): Cidr | undefined {
  return typeof v === 'string' ? parseCidr(v) : undefined;
}

/**
 * The ranges read as private (RFC 1918, loopback, link-local, unique local). The check reference
 * ("Private IP address" and its three siblings) names no ranges; 100.64.0.0/10 (RFC 6598 shared
 * address space) is not among these.
 */
export const PRIVATE_RANGE_TEXTS: readonly string[] = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '127.0.0.0/8', '169.254.0.0/16', 'fc00::/7', 'fe80::/10'];
const PRIVATE_RANGES: readonly Cidr[] = PRIVATE_RANGE_TEXTS.map((r) => parseCidr(r)!);

/**
 * True when the block lies inside a private or local range (RFC 1918, loopback, link-local,
 * fc00::/7), also when written as IPv4-mapped IPv6 (`::ffff:10.0.0.0/104`, the model's `mappedCidr`).
 */
export function isPrivateIp(b: Cidr): boolean {
  const v4 = mappedCidr(b);
  return PRIVATE_RANGES.some((r) => cidrWithin(b, r) || (v4 !== undefined && cidrWithin(v4, r)));
}

/** The values of one principal type, or `[]`. */
export function principalValues(p: PrincipalElement | undefined, type: 'AWS' | 'Service' | 'Federated' | 'CanonicalUser'): readonly string[] {
  if (p === undefined || p === '*') return [];
  return p[type] ?? [];
}

/** True for `"*"` or `{"AWS": "*"}` (anyone, including anonymous callers). */
export function isPublicPrincipal(p: PrincipalElement | undefined): boolean {
  if (p === undefined) return false;
  if (p === '*') return true;
  return (p.AWS ?? []).includes('*');
}

/** Kinds whose Allow statements grant access (the others cap or filter it). */
export const GRANTING_KINDS: readonly PolicyKind[] = ['identity', 'resource', 'trust'];

/** All kinds. */
export const ALL_KINDS: readonly PolicyKind[] = POLICY_KINDS;

/** Kinds with Principal elements. */
export const PRINCIPAL_KINDS: readonly PolicyKind[] = ['resource', 'trust', 'rcp', 'endpoint'];

/**
 * Condition keys that AWS evaluates but the Service Authorization Reference does not list; each is
 * used by an AWS managed policy or documented by its service's guide (named in the comment), so
 * flagging it would be a false error.
 */
export const UNLISTED_KEYS: ReadonlySet<string> = new Set([
  'aws:principalorgmasteraccountid', // AWSSSOServiceRolePolicy
  'lakeformation:gluearn', // AmazonDataZoneGlueManageAccessRolePolicy
  // SageMaker AI Developer Guide, "Security with multi-container endpoints with direct invocation": "to restrict
  // invoke_endpoint access to a limited set of containers inside a multi-container endpoint, use the
  // sagemaker:TargetContainerHostname IAM condition key"
  'sagemaker:targetcontainerhostname',
]);

/** Quotes a value for a message (the one `show` of typed-iam). */
export { show } from '../model/messages.js';
