/**
 * The policy model: plain, frozen, JSON-shaped data that builders and the parser produce and that
 * emit, lint, evaluate and optimize read. Every element IAM allows as "a string or an array" is an
 * array here; element order inside a statement is the canonical one.
 */

/** The two language versions IAM knows. Builders always use `2012-10-17`. */
export type PolicyVersion = '2012-10-17' | '2008-10-17';

/** `Allow` or `Deny`, case-sensitive as IAM requires. */
export type Effect = 'Allow' | 'Deny';

/** The values of `Version` IAM accepts (IAM User Guide, IAM JSON policy elements: Version). */
export const POLICY_VERSIONS = ['2012-10-17', '2008-10-17'] as const satisfies readonly PolicyVersion[];

/**
 * The language version of a document that has no `Version`: IAM assumes `2008-10-17`, in which
 * `${...}` policy variables are plain text (iam-reference §1).
 */
export const DEFAULT_VERSION: PolicyVersion = '2008-10-17';

/** The values of `Effect` IAM accepts, case-sensitive. */
export const EFFECTS = ['Allow', 'Deny'] as const satisfies readonly Effect[];

/** True when `v` is one of {@link POLICY_VERSIONS}. */
export function isPolicyVersion(v: unknown): v is PolicyVersion {
  return v === POLICY_VERSIONS[0] || v === POLICY_VERSIONS[1];
}

/** True when `v` is one of {@link EFFECTS}. */
export function isEffect(v: unknown): v is Effect {
  return v === EFFECTS[0] || v === EFFECTS[1];
}

/** The principal types a `Principal` map may name. */
export type PrincipalType = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser';

/** Canonical order of principal types when emitted. */
export const PRINCIPAL_TYPES: readonly PrincipalType[] = ['AWS', 'Service', 'Federated', 'CanonicalUser'];

/**
 * A `Principal` or `NotPrincipal` element: `"*"` (everyone) or a map from principal type to values.
 * A type missing from the map is simply absent; values keep their order.
 */
export type PrincipalElement = '*' | { readonly [T in PrincipalType]?: readonly string[] };

/** One condition value as written in JSON (IAM accepts strings, numbers and booleans). */
export type ConditionValue = string | number | boolean;

/**
 * A `Condition` block: operator -> condition key -> values. Operator and key are kept exactly as
 * written (IAM operators are case-sensitive; keys are compared case-insensitively by IAM).
 */
export type ConditionElement = {
  readonly [operator: string]: { readonly [key: string]: readonly ConditionValue[] };
};

/** One statement of a policy. Each pair (Action/NotAction, ...) holds at most one member. */
export interface Statement {
  readonly Sid?: string;
  readonly Effect: Effect;
  readonly Principal?: PrincipalElement;
  readonly NotPrincipal?: PrincipalElement;
  readonly Action?: readonly string[];
  readonly NotAction?: readonly string[];
  readonly Resource?: readonly string[];
  readonly NotResource?: readonly string[];
  readonly Condition?: ConditionElement;
}

/** A whole policy document. */
export interface PolicyDocument {
  readonly Version: PolicyVersion;
  readonly Id?: string;
  readonly Statement: readonly Statement[];
}

/** Canonical key order of a statement in emitted JSON. */
export const STATEMENT_KEYS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
] as const satisfies readonly (keyof Statement)[];

/** The elements of a document: nothing else may appear at its top level (names are case-sensitive). */
export const DOCUMENT_KEYS = ['Version', 'Id', 'Statement'] as const satisfies readonly (keyof PolicyDocument)[];

/** The statement elements IAM takes as "a string or an array of strings" (arrays in the model). */
export const LIST_ELEMENTS = ['Action', 'NotAction', 'Resource', 'NotResource'] as const satisfies readonly (keyof Statement)[];

/** Every policy kind typed-iam knows. */
export type PolicyKind =
  | 'identity'
  | 'resource'
  | 'trust'
  | 'boundary'
  | 'scp'
  | 'rcp'
  | 'session'
  | 'endpoint';

/** All policy kinds, in documentation order. */
export const POLICY_KINDS: readonly PolicyKind[] = [
  'identity',
  'resource',
  'trust',
  'boundary',
  'scp',
  'rcp',
  'session',
  'endpoint',
];

/**
 * True for a policy kind (the check of a kind from plain JavaScript or configuration).
 *
 * @example
 * ```ts
 * import { isPolicyKind } from './policy-document.js';
 * isPolicyKind('scp');      // true
 * isPolicyKind('Identity'); // false
 * ```
 */
// a scan, not a module-level Set: a Set made at load is kept in every bundle, used or not (+98 bytes of the builder's)
export const isPolicyKind = (kind: unknown): kind is PolicyKind => (POLICY_KINDS as readonly unknown[]).includes(kind);
