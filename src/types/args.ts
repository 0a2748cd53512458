/**
 * The argument lists of the builder's variadic calls: values one by one, arrays of them, or both,
 * read one level deep at run time (internal/flatten.ts), so spreading a list (`allow(...actions)`)
 * works like passing it (`allow(actions)`).
 */

/** Arguments taking values `V`: each a value or an array of values. */
export type Args<V> = readonly (V | readonly V[])[];

/**
 * The rest parameter of such a call: `Checked` when some value is written, or could be there (a
 * spread or a run-time array: an empty one is refused when built); for a call that writes none
 * (`allow()`, `allow([])`) one required argument whose type names the fix.
 */
export type AtLeastOne<A extends readonly unknown[], Checked, Missing extends string> = A extends readonly [] | readonly [readonly []]
  ? readonly [give_at_least_one: Missing]
  : Checked;

/**
 * {@link AtLeastOne} for a call that takes every value of its kind (`allow.unchecked`, `.by`). One
 * argument typed by a type parameter of the caller's function (`f<A extends string>(a: A)` calling
 * `allow.unchecked(a)`) leaves the test undecided (`A` could be `[]`); the compiler then asks the
 * argument to meet both branches: `A`, and, through {@link TypeParameterArg}, `Accept`. The
 * branches name `Self` (`A` again), not `A`: a branch naming the parameter a conditional type
 * distributes over keeps the compiler from that comparison. (The checked calls do not use it:
 * inference reads both branches, and the second one cost them about 2 instantiations per call,
 * 1,000 in the stress file.)
 */
export type AtLeastOneOf<A extends readonly unknown[], Missing extends string, Accept extends readonly unknown[], Self extends readonly unknown[] = A> = A extends
  | readonly []
  | readonly [readonly []]
  ? readonly [give_at_least_one: Missing] | TypeParameterArg<Self[number], Accept>
  : Self;

/**
 * What an argument typed by a type parameter of the caller's own function meets: `Accept`, which
 * the compiler compares with the type parameter's constraint (`A extends string` meets `string`).
 * `never` for every argument whose type is known (literal, `string`, `any`). `E`: the arguments'
 * types (a union).
 *
 * How: the index type is `any` for a known `E`, and stays deferred while `E` holds a type
 * parameter; the constraint of a deferred conditional type whose true branch is `any` is its false
 * branch, and the compiler relates an argument to `Table[index]` through the constraints of both,
 * so to `Table['generic']`. `Table[any]` reads the number index signature: never. (The branches of
 * a conditional type that distributes over the tested parameter must not name it, or the
 * compiler does not compare such an argument with them: the caller keeps that in mind.)
 */
export type TypeParameterArg<E, Accept> = { readonly [n: number]: never; readonly generic: Accept }[[E] extends [unknown] ? any : 'generic'];

/**
 * True for a string type that is not one literal: `string`, or a template with a part known only
 * at run time (`s3:${string}`, `${number}`). Such a value is checked when built, like a `string`.
 * (A pattern type may key an index signature, a literal may not: `{}` meets only the former.)
 */
export type IsRunTime<X extends string> = {} extends Record<X, 0> ? true : false;

// Character classes shared by the checks of literal text.

/** The characters A-Z, a-z and 0-9 (of a Sid, of action and service principal names). */
export type Alphanumeric =
  | 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | 'k' | 'l' | 'm' | 'n' | 'o' | 'p' | 'q' | 'r' | 's' | 't' | 'u' | 'v' | 'w' | 'x' | 'y' | 'z'
  | 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L' | 'M' | 'N' | 'O' | 'P' | 'Q' | 'R' | 'S' | 'T' | 'U' | 'V' | 'W' | 'X' | 'Y' | 'Z'
  | '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
/** True when `T` is one or more characters of `C` (tail-recursive). */
export type OnlyOf<T extends string, C extends string> = T extends `${infer H}${infer R}` ? (H extends C ? (R extends '' ? true : OnlyOf<R, C>) : false) : false;

/**
 * `T`, kept out of the inference of a call's type arguments: a conditional on `T` that only names
 * it again (`infer U`), so TypeScript defers it while `T` holds an uninferred type parameter and
 * infers nothing from it. The checks put their messages behind it (`Ok | Uninferred<Message>`), so
 * inference never walks a message (stress file: 35,677 instantiations, 35,718 with the intrinsic
 * `NoInfer`). It works on every TypeScript 5.x: `NoInfer` exists from 5.4 only, and 5.0-5.3, with
 * `skipLibCheck`, read it as `any`, so every action, key and operator compiled there.
 */
export type Uninferred<T> = T extends infer U ? U : never;
