/**
 * The policy model: plain, frozen, JSON-shaped data that builders and the parser produce and that
 * emit, lint, evaluate and optimize read. Every element IAM allows as "a string or an array" is an
 * array here; element order inside a statement is the canonical one.
 */

/** The two language versions IAM knows. Builders always use `2012-10-17`. */
export type PolicyVersion = '2012-10-17' | '2008-10-17';

/** `Allow` or `Deny`, case-sensitive as IAM requires. */
export type Effect = 'Allow' | 'Deny';

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
