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
