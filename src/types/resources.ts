/**
 * Compile-time checks of `.on(...)` arguments: each literal must be an ARN or `"*"`; strings only
 * known at run time (and arrays of them) pass here and are checked when the statement is built.
 */

/** A resource: an ARN pattern (wildcards and policy variables allowed) or `"*"`. */
export type ResourceString = '*' | `arn:${string}`;

/** Checks one resource: itself when valid (or not a literal), else what completes it or a sentence. */
export type CheckResource<R> = R extends string
  ? string extends R
    ? R
    : R extends ResourceString
      ? R
      : NoInfer<'arn:' extends `${R}${string}` ? '*' | 'arn:' : `resource '${R}' must be an ARN ('arn:partition:service:...') or '*'`>
  : R;

/** An array argument: its elements checked, and a literal empty array refused. */
type CheckList<L extends readonly unknown[]> = L extends readonly [] ? 'give at least one ARN (or "*")' : { readonly [I in keyof L]: CheckResource<L[I]> };

/**
 * The arguments of `.on(...)`: resources one by one, or one array of them (`.on(arns)`).
 */
export type CheckResources<R extends readonly unknown[]> = {
  [I in keyof R]: R[I] extends readonly unknown[] ? (I extends '0' ? CheckList<R[I]> : 'pass one array, or the resources one by one') : CheckResource<R[I]>;
};
