/** Public types of the evaluation engine: what goes in, what comes out. */
import type { PolicyDocument } from '../model/policy-document.js';
import type { Policy } from '../policy/types.js';

/** One scalar value in the request context. A `Date` compares as a date and stringifies to ISO 8601. */
export type ContextScalar = string | number | boolean | Date;

/**
 * A context value. An array marks a multivalued key (such as `aws:TagKeys`); those need a
 * `ForAnyValue:` / `ForAllValues:` operator, exactly as in IAM.
 */
export type ContextValue = ContextScalar | readonly ContextScalar[];

/** Request context: condition key -> value. Keys are matched case-insensitively; `undefined` = absent. */
export type RequestContext = { readonly [key: string]: ContextValue | undefined };

/**
 * One policy as the engine accepts it: a typed-iam policy (built or parsed), a plain document, or
 * the policy's text (JSON, or URL-encoded JSON as the IAM API returns it). Plain documents may be
 * model objects (arrays everywhere) or IAM JSON where an element is a string or an array; both are
 * read the same way, by the reader `parsePolicy` uses: nothing malformed is evaluated.
 */
export type PolicyInput = Policy | PolicyDocument | PolicyJsonInput | string;

/** IAM JSON as users write it (string-or-array elements). Accepted for convenience. */
export interface PolicyJsonInput {
  readonly Version?: string;
  readonly Id?: string;
  readonly Statement: unknown;
}

/**
 * Organization policies (SCPs or RCPs) as levels of the path root -> OUs -> account. Each level is
 * the list of policies attached there; every level must hold an applicable Allow. A level written
 * as a single policy instead of an array is a level of one policy.
 */
export type OrganizationLevels = readonly (readonly PolicyInput[] | PolicyInput)[];

/** The policies that take part in one decision. Omitted types play no part. */
export interface PolicySet {
  /** Identity-based policies of the principal (user + groups, or role). One policy or a list. */
  readonly identity?: PolicyInput | readonly PolicyInput[];
  /**
   * The resource-based policy of the resource (bucket policy, key policy, role trust policy, ...).
   * A list is read as one policy whose statements are the union.
   */
  readonly resource?: PolicyInput | readonly PolicyInput[];
  /** The permissions boundary of the principal. */
  readonly boundary?: PolicyInput;
  /** Session policies passed when the session was created (inline and managed: their union). */
  readonly session?: PolicyInput | readonly PolicyInput[];
  /**
   * The VPC endpoint policy, when the request goes through an endpoint. Like SCPs and RCPs it never
   * grants: it must allow too, and a Deny in it denies. Applies to every caller. A list is read as
   * one policy whose statements are the union.
   */
  readonly endpoint?: PolicyInput | readonly PolicyInput[];
  /** SCPs of the principal's account, as levels root -> OUs -> account. */
  readonly scp?: OrganizationLevels;
  /** RCPs of the resource's account, as levels root -> OUs -> account. */
  readonly rcp?: OrganizationLevels;
}

/** The policy types the engine names in results. */
export type PolicyType = 'identity' | 'resource' | 'boundary' | 'session' | 'scp' | 'rcp' | 'endpoint';

/**
 * How the resource policy is read.
 * - `'other'` (default): a resource policy may grant on its own (same account) or together with
 *   the identity side.
 * - `'role-trust'`: the resource is a role and the resource policy its trust policy; the trust
 *   policy must allow the principal itself (identity policies alone never suffice). Chosen
 *   automatically when the resource policy is a typed-iam policy of kind `trust`.
 * - `'kms-key'`: the resource policy is a KMS key policy, which must allow (directly or by
 *   delegating to the account). Chosen automatically when the resource is a KMS key ARN
 *   (`arn:<partition>:kms:<region>:<account>:key/<id>`).
 */
export type ResourceType = 'other' | 'role-trust' | 'kms-key';

/** What kind of principal a request string names. Detected from the string when not given. */
export type RequestPrincipalType = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser';

/** The request to decide. */
export interface EvaluationRequest {
  /**
   * Who calls: an IAM user / role / account root ARN, an assumed-role or federated-user session ARN
   * (`arn:aws:sts::111122223333:assumed-role/Role/session`), a service principal
   * (`lambda.amazonaws.com`), a federated identity provider, a 64-hex canonical user id. Omit it
   * (or set `anonymous`) for anonymous requests.
   */
  readonly principal?: string;
  /** Overrides detection of what `principal` names. */
  readonly principalType?: RequestPrincipalType;
  /** The action, `service:Action`. Compared case-insensitively. */
  readonly action: string;
  /** The resource ARN. Defaults to `"*"` (actions without resource-level permissions). */
  readonly resource?: string;
  /** Condition keys of the request. Derived keys (see docs/evaluation.md) are added unless set here. */
  readonly context?: RequestContext;
  /** Account of the principal; derived from the principal ARN when omitted. */
  readonly principalAccount?: string;
  /** Account owning the resource; derived from the resource ARN when omitted (S3 ARNs have none). */
  readonly resourceAccount?: string;
  /** An unsigned request: only a resource policy (and RCPs) take part. */
  readonly anonymous?: boolean;
  /** How to read the resource policy; see {@link ResourceType}. */
  readonly resourceType?: ResourceType;
  /** Unique id of the user or role (`AIDA...`, `AROA...`), used for `aws:userid`. */
  readonly principalId?: string;
  /**
   * The principal's account is the organization's management account: SCPs do not restrict it
   * (AWS Organizations: SCPs do not affect users or roles in the management account).
   */
  readonly managementAccount?: boolean;
  /**
   * The resource's account is the organization's management account: RCPs do not apply to its
   * resources.
   */
  readonly resourceManagementAccount?: boolean;
  /**
   * The principal is a service-linked role or a session of one. Detected from a role ARN whose path
   * is `aws-service-role/`, or a session of a role named `AWSServiceRoleFor...` (the session ARN
   * carries no path). Neither SCPs nor RCPs restrict service-linked roles.
   */
  readonly serviceLinkedRole?: boolean;
}

/** One statement that decided (or took part in) the outcome. Indices count from 0. */
export interface MatchedStatement {
  readonly policy: PolicyType;
  /** For `scp` and `rcp`: the level (0 = root). */
  readonly level?: number;
  /** Index of the policy within its type (within its level for SCPs/RCPs). */
  readonly policyIndex: number;
  readonly statementIndex: number;
  readonly sid?: string;
  readonly effect: 'Allow' | 'Deny';
}

/** The three outcomes of IAM evaluation. */
export type Decision = 'allow' | 'explicit-deny' | 'implicit-deny';

/** What {@link evaluate} returns. */
export interface EvaluationResult {
  readonly decision: Decision;
  /**
   * The decisive statements: for `explicit-deny` every matching Deny, for `allow` the Allows of
   * every policy type the decision needed; empty for `implicit-deny`.
   */
  readonly matched: readonly MatchedStatement[];
  /** One or two sentences a person reads. */
  readonly explanation: string;
  /** For `implicit-deny`: the policy type (and level) that lacked an applicable Allow. */
  readonly missing?: { readonly policy: PolicyType; readonly level?: number };
}
