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

// ---------------------------------------------------------------------------------------------
// Message-bearing checks of `.when(operator, key, value)`. Each resolves to the argument when it
// is valid; while it is being typed, to what could complete it (the editor's completion list);
// else to one sentence naming the fix. The sentences are computed on the error path only.

/** What a `string` that is not a literal meets (an object, so editors do not offer it). */
export interface UseWhenUncheckedForRunTimeKeys {
  readonly 'use .whenUnchecked(operator, key, value) for condition keys read at run time': never;
}

/** The operators of a family, as a message names them. */
interface UseFamily {
  String: 'a String operator (StringEquals, StringLike, ...)';
  ARN: 'ArnEquals or ArnLike (or a String operator)';
  Numeric: 'a Numeric operator (NumericEquals, NumericLessThan, ...)';
  Date: 'a Date operator (DateEquals, DateLessThan, ...)';
  IPAddress: 'IpAddress or NotIpAddress';
  Bool: 'Bool';
  Binary: 'BinaryEquals';
}
/** How a message names a key of each catalog type. */
interface KeyNoun {
  String: 'a string key';
  ARN: 'an ARN key';
  Numeric: 'a numeric key';
  Date: 'a date key';
  IPAddress: 'an IP key';
  Bool: 'a boolean key';
  Binary: 'a binary key';
}
type Single = keyof UseFamily;

/** The catalog types of key `K` (`'IPAddress'`, `'ArrayOfString'`, ...). */
type KeyTypes<Key extends string> = { [T in keyof K]: Key extends K[T] ? T : never }[keyof K];

type MismatchOne<Key extends string, O extends string, T> = T extends Single
  ? `'${Key}' is ${KeyNoun[T]}: use ${UseFamily[T]}, not ${O}`
  : T extends `ArrayOf${infer E extends Single}`
    ? `'${Key}' is multivalued: use ForAnyValue: or ForAllValues: with ${UseFamily[E]}, not ${O}`
    : never;
/** Operator `O` does not fit the type of the known key `Key`. */
type Mismatch<Key extends string, O extends string> = [KeyTypes<Key>] extends [infer T] ? MismatchOne<Key, O, T> : never;

/** The key of the catalog spelled like `Key` but for case (tag keys keep the user's tag). */
type CaseVariant<Key extends string> = AnyConditionKey extends infer L
  ? L extends string
    ? Lowercase<Key> extends Lowercase<L>
      ? L extends `${infer P}/${infer R}`
        ? string extends R
          ? Key extends `${string}/${infer Tag}`
            ? `${P}/${Tag}`
            : L
          : L
        : L
      : never
    : never
  : never;

type UnknownKey<Key extends string, Keys extends string> = [Extract<Keys, `${Key}${string}`>] extends [never]
  ? [CaseVariant<Key>] extends [never]
    ? `unknown condition key '${Key}': check the spelling, or use .whenUnchecked(...) for a key the catalog does not list`
    : `condition key '${Key}' differs from the catalog in case: write '${CaseVariant<Key>}'`
  : Extract<Keys, `${Key}${string}`>;

// Performance (measured on 50 calls, bench/typecheck.ts): the valid case is decided by one test
// at the top; everything else sits behind an alias in NoInfer, so inference never instantiates it,
// and each alias starts with `string extends ...`, so the contextual type computed with the
// parameter's constraint (`string`) stays cheap. Written the other way round the same checks cost
// 2-4x the instantiations.

/** The sentence (or completions) for a key that is not valid for `O`. */
type KeyMessage<O extends string, Key extends string> = string extends Key
  ? UseWhenUncheckedForRunTimeKeys
  : O extends ConditionOperator
    ? Key extends AnyConditionKey
      ? Mismatch<Key, O>
      : UnknownKey<Key, KeysFor<O>>
    : Key;

/** Checks the key argument of `.when(O, key, ...)`. */
export type CheckKey<O extends string, Key extends string> = Key extends KeysFor<O> ? Key : NoInfer<KeyMessage<O, Key>>;

/** The operator of the catalog spelled like `O` but for case. */
type OperatorCase<O extends string> = ConditionOperator extends infer C
  ? C extends string
    ? Lowercase<O> extends Lowercase<C>
      ? C
      : never
    : never
  : never;

/** Checks the operator argument of `.when(operator, ...)`. */
export type CheckOperator<O extends string> = O extends ConditionOperator ? O : NoInfer<OperatorMessage<O>>;

/** The sentence (or completions) for an operator that is not valid. */
type OperatorMessage<O extends string> = string extends O
  ? ConditionOperator
  : O extends `${'' | SetQualifier}NullIfExists`
    ? `Null has no IfExists form: write '${StripIfExists<O>}'`
    : [OperatorCase<O>] extends [never]
      ? [Extract<ConditionOperator, `${O}${string}`>] extends [never]
        ? `unknown condition operator '${O}': write a base operator such as StringEquals, optionally with IfExists or a ForAnyValue:/ForAllValues: prefix`
        : Extract<ConditionOperator, `${O}${string}`>
      : `condition operators are case-sensitive: write '${OperatorCase<O>}'`;

/** The value argument of `.when(O, key, value)`: any value while the operator is invalid. */
export type ValueArg<O extends string> = O extends ConditionOperator
  ? ValueByFamily[FamilyOf<BaseOf<O>>] | readonly ValueByFamily[FamilyOf<BaseOf<O>>][]
  : unknown;
