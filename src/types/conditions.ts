/**
 * Compile-time typing of `.when(operator, key, value)`: the operator must fit the key's type, the
 * value is typed by the operator family. Keys come from the generated catalog.
 */
import type { ConditionKeyPatternsByType, ConditionKeysByType } from '../catalog/generated/condition-keys.js';
import type { IsRunTime, TypeParameterArg, Uninferred } from './args.js';

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
type P = ConditionKeyPatternsByType;
/** A catalog type of condition keys (`'String'`, `'ArrayOfARN'`, ...). */
type KeyType = keyof K;

/**
 * Keys of identity providers a custom OIDC provider adds (`<host>:aud`, `<host>:sub`, ...): their
 * names depend on the provider's host, so no catalog lists them.
 */
export type OidcProviderKey = `${string}.${string}:${'aud' | 'sub' | 'amr' | 'oaud' | 'azp' | 'email' | 'id'}`;

/** Catalog types of the keys a plain (unqualified) operator of each family may use ('Oidc': {@link OidcProviderKey}). */
interface SingleValuedTypes {
  String: 'String' | 'ARN' | 'Oidc';
  ARN: 'ARN';
  Numeric: 'Numeric';
  Date: 'Date';
  IPAddress: 'IPAddress';
  Bool: 'Bool';
  Binary: 'Binary' | 'String';
  Null: KeyType | 'Oidc';
}
/** Catalog types of the keys a qualified (`ForAnyValue:` / `ForAllValues:`) operator of each family may use. */
interface MultiValuedTypes {
  String: 'ArrayOfString' | 'ArrayOfARN' | 'String' | 'ARN' | 'Oidc';
  ARN: 'ArrayOfARN' | 'ARN';
  Numeric: 'ArrayOfNumeric' | 'Numeric';
  Date: 'ArrayOfDate' | 'Date';
  IPAddress: 'ArrayOfIPAddress' | 'IPAddress';
  Bool: 'ArrayOfBool' | 'Bool';
  Binary: 'ArrayOfBinary' | 'Binary';
  Null: KeyType | 'Oidc';
}
/** The catalog types of the keys operator `O` accepts. */
type TypesFor<O extends string> = O extends `${SetQualifier}${string}` ? MultiValuedTypes[FamilyOf<BaseOf<O>>] : SingleValuedTypes[FamilyOf<BaseOf<O>>];
/** The keys of catalog types `T`: names and placeholder patterns. */
type KeysOfTypes<T> = T extends KeyType ? K[T] | P[T] : T extends 'Oidc' ? OidcProviderKey : never;

/** Every condition key the catalog knows (global, service, tag patterns). */
export type AnyConditionKey = KeysOfTypes<KeyType | 'Oidc'>;

/**
 * The keys operator `O` accepts. Multivalued keys need a `ForAnyValue:`/`ForAllValues:` qualifier.
 * (A reference type: the checks of `.when` never build this union, see {@link CheckKey}.)
 */
export type KeysFor<O extends string> = KeysOfTypes<TypesFor<O>>;

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
/** One condition value or a list of them (OR). */
export type OneOrMore<V> = V | readonly V[];

/** The value(s) operator `O` takes: one value or an array. */
export type ValueFor<O extends string> = OneOrMore<ValueByFamily[FamilyOf<BaseOf<O>>]>;

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

/** A key holding `${`: a policy variable or a placeholder (`aws:RequestTag/${TagKey}`), which the run-time check refuses. */
type HoldsVariable = `${string}\${${string}`;

/**
 * `true` when `Key` is a key of one of the catalog types `T`: each type's names, then its patterns
 * (whose variable part is a tag key or a name, never a policy variable: see {@link HoldsVariable}).
 */
type IsKeyOf<Key extends string, T> = T extends KeyType
  ? Key extends K[T]
    ? true
    : Key extends P[T]
      ? (Key extends HoldsVariable ? never : true)
      : never
  : T extends 'Oidc'
    ? Key extends OidcProviderKey
      ? (Key extends HoldsVariable ? never : true)
      : never
    : never;

/** The catalog types of key `Key` (`'IPAddress'`, `'ArrayOfString'`, ...); an OIDC provider's key is a string key. */
type KeyTypes<Key extends string> = { [T in KeyType]: true extends IsKeyOf<Key, T> ? T : never }[KeyType] extends infer T
  ? [T] extends [never]
    ? Key extends OidcProviderKey
      ? 'String'
      : never
    : T
  : never;

type MismatchOne<Key extends string, O extends string, T> = T extends Single
  ? `'${Key}' is ${KeyNoun[T]}: use ${UseFamily[T]}, not ${O}`
  : T extends `ArrayOf${infer E extends Single}`
    ? `'${Key}' is multivalued: use ForAnyValue: or ForAllValues: with ${UseFamily[E]}, not ${O}`
    : never;
/** Operator `O` does not fit the type of the known key `Key` (of catalog types `T`). */
type Mismatch<Key extends string, O extends string, T> = [T] extends [infer U] ? MismatchOne<Key, O, U> : never;

/** The key among `L` spelled like `Key` but for case (tag keys keep the user's tag). */
type CaseOf<Key extends string, L> = L extends string
  ? Lowercase<Key> extends Lowercase<L>
    ? L extends `${infer Pre}/${infer R}`
      ? string extends R
        ? Key extends `${string}/${infer Tag}`
          ? `${Pre}/${Tag}`
          : L
        : L
      : L
    : never
  : never;
/** The key of the catalog spelled like `Key` but for case: among the names, then the patterns. */
type CaseVariant<Key extends string> = [CaseOf<Key, K[KeyType]>] extends [never] ? CaseOf<Key, P[KeyType]> : CaseOf<Key, K[KeyType]>;

type UnknownKey<Key extends string, Names extends string> = [Extract<Names, `${Key}${string}`>] extends [never]
  ? [CaseVariant<Key>] extends [never]
    ? `unknown condition key '${Key}': check the spelling, or use .whenUnchecked(...) for a key the catalog does not list`
    : `condition key '${Key}' differs from the catalog in case: write '${CaseVariant<Key>}'`
  : Extract<Names, `${Key}${string}`>;

// Performance (measured with bench/typecheck.ts; see the figures there):
// - No union here mixes key names with placeholder patterns: building one makes the compiler match
//   every name against every pattern (~1,600 x 140), which was two thirds of a 50-statement file's
//   check time. Keys are looked up type by type (IsKeyOf), names first.
// - A parameter's type is `Ok | Uninferred<Message>`: to decide whether a literal argument stays a
//   literal, the compiler computes the base constraint of the generic parameter type once per
//   statement type; the union lets it stop at `Ok`, whose constraint is plainly `string`, instead
//   of exploring every branch of the message.

/**
 * The members of operator `O` that refuse key `Key` (never when each takes it). A union of
 * operators (`'StringEquals' | 'NumericEquals'`, a value typed by a union) is one of them at run
 * time, so the key must fit each: it took `aws:PrincipalOrgID` for that union, as a key of either.
 */
type Refusing<O extends string, Key extends string> = O extends string ? (true extends IsKeyOf<Key, TypesFor<O>> ? never : O) : never;

/** `Key` when it is a key every member of operator `O` accepts, else never. */
export type KeyOk<O extends string, Key extends string> = Key extends string ? ([Refusing<O, Key>] extends [never] ? Key : never) : never;

/**
 * The sentence (or completions) for a key that is not valid for `O`; never when it is valid. One
 * member of a union of keys at a time. A key known only at run time (`string`, or a template that
 * is no catalog pattern, such as `aws:${string}`) meets the object naming `.whenUnchecked`.
 */
export type KeyMessage<O extends string, Key extends string> = Key extends string
  ? [Refusing<O, Key>] extends [never]
    ? never
    : IsRunTime<Key> extends true
      ? UseWhenUncheckedForRunTimeKeys
      : [O] extends [never]
        ? Key // a `never` operator (unreachable code) leaves the key alone, as an invalid one does
        : IsOperator<O> extends true
          ? Key extends HoldsVariable
            ? `condition key '${Key}' holds '\${': a key takes no policy variable or placeholder; write the name itself (e.g. 'aws:PrincipalTag/team')`
            : KeyTypes<Key> extends infer T
              ? [T] extends [never]
                ? UnknownKey<Key, K[Extract<TypesFor<O>, KeyType>]>
                : Mismatch<Key, Refusing<O, Key>, T>
              : never
          : Key
  : never;

/** Checks the key argument of `.when(O, key, ...)`: the key when valid, else a sentence naming the fix. */
export type CheckKey<O extends string, Key extends string> = KeyOk<O, Key> | Uninferred<KeyMessage<O, Key>>;

/** The operator of the catalog spelled like `O` but for case. */
type OperatorCase<O extends string> = ConditionOperator extends infer C
  ? C extends string
    ? Lowercase<O> extends Lowercase<C>
      ? C
      : never
    : never
  : never;

/** Checks the operator argument of `.when(operator, ...)`. */
export type CheckOperator<O extends string> = OperatorOk<O> | Uninferred<OperatorMessage<O>>;

// `IsOperator<O> extends true ? O` rather than `O extends ConditionOperator ? O`: in the latter the
// compiler narrows O to `O & ConditionOperator`, 177 intersections built for each statement type.
/** True when `O` is an operator IAM accepts. */
type IsOperator<O extends string> = O extends ConditionOperator ? true : false;
/** A valid operator argument (a union of them), else never. */
export type OperatorOk<O extends string> = IsOperator<O> extends true ? O : never;

/** What an operator known only at run time meets (an object, so editors do not offer it). */
export interface UseWhenUncheckedForRunTimeOperators {
  readonly 'use .whenUnchecked(operator, key, value) for condition operators read at run time': never;
}

/** The sentence (or completions) for an operator that is not valid (one member of a union at a time). */
export type OperatorMessage<O extends string> = O extends string ? (IsOperator<O> extends true ? never : OperatorProblem<O>) : never;
type OperatorProblem<O extends string> = IsRunTime<O> extends true
    ? UseWhenUncheckedForRunTimeOperators
    : O extends `${'' | SetQualifier}NullIfExists`
      ? `Null has no IfExists form: write '${StripIfExists<O>}'`
      : [OperatorCase<O>] extends [never]
        ? [Extract<ConditionOperator, `${O}${string}`>] extends [never]
          ? `unknown condition operator '${O}': write a base operator such as StringEquals, optionally with IfExists or a ForAnyValue:/ForAllValues: prefix`
          : Extract<ConditionOperator, `${O}${string}`>
        : `condition operators are case-sensitive: write '${OperatorCase<O>}'`;

/**
 * The value argument of `.when(O, key, value)`: any value while the operator is invalid (or
 * `never`: `true extends`, not `IsOperator<O> extends true`, which holds for never).
 */
export type ValueArg<O extends string> = true extends IsOperator<O> ? OneOrMore<ValueByFamily[FamilyOf<BaseOf<O>>]> : unknown;

// Not distributive (`[V]`): a distributive test whose branches name `V` keeps the compiler from
// comparing a type parameter's value with each branch (the V, W alias pair that avoids naming it
// cost 477 instantiations more in the stress file).
/**
 * Checks the value argument `V` of `.when(...)`: an array written empty (`[]`, `[] as const`) meets
 * the sentence (IAM takes no condition key without a value); any other value is itself. An array
 * known at run time only (`string[]`) passes and is checked when built. A value typed by a type
 * parameter of the caller's function leaves the test undecided, and passes both branches (the
 * first through {@link TypeParameterArg}; its constraint was checked against `ValueArg`).
 */
export type CheckValue<V> = [V] extends [readonly never[]] ? 'give at least one value, or leave out .when' | TypeParameterArg<V, unknown> : V;
