/**
 * Compile-time action checks. Per-service unions are looked up by prefix, so no conditional type
 * ever distributes over the whole 22k-action catalog (see shared type-design notes).
 *
 * For an argument that is not (yet) valid the check answers with the strings that could complete
 * it: this is the contextual type editors use for completion, and for a finished typo it is a
 * message that names the typo.
 *
 * `NoInfer` around the branches keeps TypeScript from walking them while it infers the call's
 * type argument (measured: 18.6k -> 10.3k instantiations for the first call in a file).
 */
import type { ServiceActions, ServicePrefix } from '../catalog/generated/actions.js';

/** A canonical action name such as `'s3:GetObject'`, for service `S`. */
export type ActionName<S extends ServicePrefix = ServicePrefix> = S extends ServicePrefix
  ? `${S}:${ServiceActions[S]}`
  : never;

/** `*` and `?` become `${string}` (IAM `?` is exactly one character; the type approximates it). */
type StarPattern<N extends string> = N extends `${infer H}*${infer T}`
  ? `${QuestionPattern<H>}${string}${StarPattern<T>}`
  : QuestionPattern<N>;
type QuestionPattern<N extends string> = N extends `${infer H}?${infer T}` ? `${H}${string}${QuestionPattern<T>}` : N;

type HasWildcard<N extends string> = N extends `${string}*${string}` ? true : N extends `${string}?${string}` ? true : false;

// Each helper is a conditional on its own generic parameter, so that while a call's type argument
// is still being inferred it stays one deferred type instead of distributing over every prefix.
/** Service prefixes that start with `S`. */
type PrefixesStarting<S extends string> = S extends string ? Extract<ServicePrefix, `${S}${string}`> : never;
/** Completions of a service prefix: `'s3:'`, `'s3-outposts:'`, ... */
type ServiceCompletions<S extends string> = S extends string ? `${Extract<ServicePrefix, `${S}${string}`>}:` : never;
/** True when wildcard `N` matches no action of `S`. */
type NoMatch<S extends ServicePrefix, N extends string> = N extends string
  ? [Extract<Lowercase<ServiceActions[S]>, StarPattern<Lowercase<N>>>] extends [never]
    ? true
    : false
  : never;
/** True when `N` is an action of `S` ignoring case. */
type Caseless<S extends ServicePrefix, N extends string> = N extends string
  ? Lowercase<N> extends Lowercase<ServiceActions[S]>
    ? true
    : false
  : never;
/** True when `N` starts some action of `S`: the user may still be typing. */
type Partial<S extends ServicePrefix, N extends string> = N extends string
  ? [Extract<ServiceActions[S], `${N}${string}`>] extends [never]
    ? false
    : true
  : never;
/** Completions of an action of `S`. */
type ActionCompletions<S extends ServicePrefix> = S extends ServicePrefix ? `${S}:${ServiceActions[S]}` : never;

type CheckName<S extends ServicePrefix, N extends string, A extends string> = N extends ServiceActions[S]
  ? A
  : HasWildcard<N> extends true
    ? NoMatch<S, N> extends true
      ? `no ${S} action matches '${A}'`
      : A
    : Caseless<S, N> extends true
      ? A
      : Partial<S, N> extends true
        ? ActionCompletions<S>
        : `unknown action '${A}'`;

type CheckService<S extends string, A extends string> = [PrefixesStarting<S>] extends [never]
  ? `unknown service '${S}' in '${A}'`
  : ServiceCompletions<S>;

type CheckBare<A extends string> = [PrefixesStarting<A>] extends [never]
  ? A extends ''
    ? '*' | ServiceCompletions<''>
    : `unknown service '${A}'`
  : '*' | ServiceCompletions<A>;

/**
 * What a `string` that is not a literal meets: an object type, so that editors do not offer the
 * sentence as a completion, while the compile error still reads as one.
 */
export interface NotALiteral {
  readonly 'use allow.unchecked(...) or deny.unchecked(...) for actions read at run time': never;
}

/**
 * Checks one action argument. Resolves to the argument itself when valid, else to what could
 * complete it or a sentence naming the problem.
 */
export type CheckAction<A extends string> = string extends A
  ? NotALiteral
  : A extends '*'
    ? A
    : A extends `${infer S}:${infer N}`
      ? S extends ServicePrefix
        ? NoInfer<CheckName<S, N, A>>
        : HasWildcard<S> extends true
          ? A
          : NoInfer<CheckService<S, A>>
      : NoInfer<CheckBare<A>>;

/** Checks every element of an action tuple. */
export type CheckActions<A extends readonly string[]> = { [I in keyof A]: CheckAction<A[I]> };
