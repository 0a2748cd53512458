/**
 * Compile-time checks of `.on(...)` arguments: each literal must be an ARN or `"*"`; strings only
 * known at run time (and arrays of them) pass here and are checked when the statement is built.
 * The valid case is decided first and the rest sits behind Uninferred (see types/conditions.ts).
 */
import type { AtLeastOne, IsRunTime, Uninferred } from './args.js';

/**
 * A resource: an ARN pattern (wildcards and policy variables allowed), `"*"`, or API Gateway's
 * short form `execute-api:/stage/METHOD/path` (API Gateway resource policies only).
 */
export type ResourceString = '*' | `arn:${string}` | `execute-api:/${string}`;

/**
 * True for a template type whose first character is not known (`${string}/*`, as built from a CDK
 * token or another string only known at run time), or a branded string (`string & { __brand:
 * 'Arn' }`, which no template matches): it may be an ARN, so it is checked when built, as a `string` is.
 */
type OpensUnknown<R> = R extends `${infer C}${string}` ? (string extends C ? true : false) : R extends string ? IsRunTime<R> : false;

/**
 * The resources the run-time check takes (model/arn.ts arnProblem): an ARN of six fields (five
 * colons), or one ending in `*` (which reaches past colons). A colon inside a policy variable
 * (`${aws:username}`) counts here, though it separates no field: such a rare short ARN is refused
 * when built. (Telling them apart cost 2,400 instantiations in the budget file.)
 */
type WholeResource = '*' | `arn:${string}:${string}:${string}:${string}:${string}` | `arn:${string}*` | `execute-api:/${string}`;

/**
 * A valid resource argument, else never. An ARN template with a part known only at run time
 * (`arn:${string}`, a CDK token) is checked when built, as a resource starting with one is.
 */
type ResourceOk<R> = R extends WholeResource
  ? R
  : OpensUnknown<R> extends true
    ? R
    : IsRunTime<R & string> extends true
      ? R extends `arn:${string}`
        ? R
        : never
      : never;

/**
 * Checks one resource: itself when valid (or not a literal), else what completes it or a sentence.
 * `Ok | Uninferred<Message>`, as for actions (types/actions.ts): the compiler's literal-context check
 * stops at `Ok`.
 */
export type CheckResource<R> = ResourceOk<R> | Uninferred<ResourceMessage<R>>;

type ResourceMessage<R> = R extends ResourceString
  ? [ResourceOk<R>] extends [never]
    ? `resource '${R}' is not a whole ARN: write 'arn:partition:service:region:account:resource' (five colons) or end it with '*'`
    : never
  : R extends string
    ? string extends R
      ? R
      : OpensUnknown<R> extends true
        ? R
        : 'arn:' extends `${R}${string}`
          ? '*' | 'arn:'
          : `resource '${R}' must be an ARN ('arn:partition:service:...') or '*'`
    : R;

/** An array argument: its elements checked (an array inside it does not meet the constraint, `Args`). */
type CheckList<L extends readonly unknown[]> = { readonly [I in keyof L]: CheckResource<L[I]> };

type ArgMessage<E> = E extends readonly unknown[] ? CheckList<E> : ResourceMessage<E>;

/** The arguments of `.on(...)`: resources one by one, arrays of them (`.on(arns)`), or both; at least one written. */
export type CheckResources<R extends readonly unknown[]> = AtLeastOne<R, { [I in keyof R]: ResourceOk<R[I]> | Uninferred<ArgMessage<R[I]>> }, "give at least one ARN (or '*')">;
