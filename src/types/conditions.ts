/**
 * Compile-time typing of `.when(operator, key, value)`: the operator must fit the key's type, the
 * value is typed by the operator family. Keys come from the generated catalog.
 */
import type { ConditionKeysByType } from '../catalog/generated/condition-keys.js';

/** String operators. */
export type StringOperator =
  | 'StringEquals'
  | 'StringNotEquals'
  | 'StringEqualsIgnoreCase'
  | 'StringNotEqualsIgnoreCase'
  | 'StringLike'
  | 'StringNotLike';
/** Numeric operators. */
export type NumericOperator =
  | 'NumericEquals'
  | 'NumericNotEquals'
  | 'NumericLessThan'
  | 'NumericLessThanEquals'
  | 'NumericGreaterThan'
  | 'NumericGreaterThanEquals';
/** Date operators. */
export type DateOperator =
  | 'DateEquals'
  | 'DateNotEquals'
  | 'DateLessThan'
  | 'DateLessThanEquals'
  | 'DateGreaterThan'
  | 'DateGreaterThanEquals';
/** ARN operators. */
export type ArnOperator = 'ArnEquals' | 'ArnLike' | 'ArnNotEquals' | 'ArnNotLike';
/** IP address operators. */
export type IpOperator = 'IpAddress' | 'NotIpAddress';
/** Every operator without qualifier or `IfExists`. */
export type BaseOperator = StringOperator | NumericOperator | DateOperator | ArnOperator | IpOperator | 'Bool' | 'BinaryEquals' | 'Null';
/** The set qualifiers for multivalued keys. */
export type SetQualifier = 'ForAnyValue:' | 'ForAllValues:';

/**
 * Every condition operator IAM accepts: each base operator, with `IfExists` (except `Null`), and
 * with a `ForAnyValue:` / `ForAllValues:` qualifier.
 */
export type ConditionOperator =
  | `${'' | SetQualifier}${Exclude<BaseOperator, 'Null'>}${'' | 'IfExists'}`
  | `${'' | SetQualifier}Null`;

type StripQualifier<O extends string> = O extends `${SetQualifier}${infer R}` ? R : O;
type StripIfExists<O extends string> = O extends `${infer R}IfExists` ? R : O;
/** The base operator of `O` (`ForAnyValue:StringLikeIfExists` -> `StringLike`). */
export type BaseOf<O extends string> = StripIfExists<StripQualifier<O>>;

/** Operator family of a base operator. */
export type FamilyOf<B extends string> = B extends StringOperator
  ? 'String'
  : B extends ArnOperator
    ? 'ARN'
    : B extends NumericOperator
      ? 'Numeric'
      : B extends DateOperator
        ? 'Date'
        : B extends IpOperator
          ? 'IPAddress'
          : B extends 'Bool'
            ? 'Bool'
            : B extends 'BinaryEquals'
              ? 'Binary'
              : 'Null';

type K = ConditionKeysByType;

/**
 * Keys of identity providers a custom OIDC provider adds (`<host>:aud`, `<host>:sub`, ...): their
 * names depend on the provider's host, so no catalog lists them.
 */
export type OidcProviderKey = `${string}.${string}:${'aud' | 'sub' | 'amr' | 'oaud' | 'azp' | 'email' | 'id'}`;

/** Keys a plain (unqualified) operator of each family may use: single-valued keys of fitting types. */
export interface SingleValuedKeys {
  String: K['String'] | K['ARN'] | OidcProviderKey;
  ARN: K['ARN'];
  Numeric: K['Numeric'];
  Date: K['Date'];
  IPAddress: K['IPAddress'];
  Bool: K['Bool'];
  Binary: K['Binary'] | K['String'];
  Null: AnyConditionKey;
}

/** Keys a qualified (`ForAnyValue:` / `ForAllValues:`) operator of each family may use. */
export interface MultiValuedKeys {
  String: K['ArrayOfString'] | K['ArrayOfARN'] | K['String'] | K['ARN'] | OidcProviderKey;
  ARN: K['ArrayOfARN'] | K['ARN'];
  Numeric: K['ArrayOfNumeric'] | K['Numeric'];
  Date: K['ArrayOfDate'] | K['Date'];
  IPAddress: K['ArrayOfIPAddress'] | K['IPAddress'];
  Bool: K['ArrayOfBool'] | K['Bool'];
  Binary: K['ArrayOfBinary'] | K['Binary'];
  Null: AnyConditionKey;
}

/** Every condition key the catalog knows (global, service, tag patterns). */
export type AnyConditionKey = K[keyof K] | OidcProviderKey;

/** The keys operator `O` accepts. Multivalued keys need a `ForAnyValue:`/`ForAllValues:` qualifier. */
export type KeysFor<O extends string> = O extends `${SetQualifier}${string}`
  ? MultiValuedKeys[FamilyOf<BaseOf<O>>]
  : SingleValuedKeys[FamilyOf<BaseOf<O>>];

/** Value type of one condition value for operator family `F`. */
export interface ValueByFamily {
  String: string;
  ARN: string;
  Numeric: number | `${number}`;
  Date: Date | string | number;
  IPAddress: string;
  Bool: boolean | 'true' | 'false';
  Binary: string;
  Null: boolean | 'true' | 'false';
}

/** The value(s) operator `O` takes: one value or an array. */
export type ValueFor<O extends string> =
  | ValueByFamily[FamilyOf<BaseOf<O>>]
  | readonly ValueByFamily[FamilyOf<BaseOf<O>>][];
