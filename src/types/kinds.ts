/**
 * Kind checking at compile time: what a statement's type state must show for a policy kind to
 * take it. Used by the policy factories (builder) and by `Policy.add` (policy), so it lives in
 * neither.
 */
import type { PolicyKind, Statement } from '../model/policy-document.js';
import type { StatementBuilder, StatementState } from '../builder/statement-builder.js';
import type { TRUST_ACTIONS, TrustAction } from '../model/syntax.js';
import type { HasWildcard, StarPattern } from './actions.js';
import type { Alphanumeric, Args, AtLeastOne, IsRunTime } from './args.js';

/**
 * True when action `A` may stand in a trust policy, as the run-time rule (model/kinds.ts) reads
 * it: one of the trust actions ignoring case, or an `sts:` wildcard matching one. An action known
 * only at run time (`allow.unchecked(...)`) is checked when the policy is built.
 */
type TrustOk<A extends string> = IsRunTime<A> extends true
  ? true
  : Lowercase<A> extends Lowercase<TrustAction>
    ? true
    : HasWildcard<A> extends true
      ? Lowercase<A> extends `sts:${string}`
        ? [Extract<Lowercase<TrustAction>, StarPattern<Lowercase<A>>>] extends [never]
          ? false
          : true
        : false
      : false;
/** True when every action of the union `A` may stand in a trust policy. */
type IsTrustAction<A extends string> = [A extends string ? TrustOk<A> : never] extends [true] ? true : false;
type JoinOr<L extends readonly string[]> = L extends readonly [infer H extends string, infer T extends string]
  ? `${H} or ${T}`
  : L extends readonly [infer H extends string, ...infer R extends readonly string[]]
    ? `${H}, ${JoinOr<R>}`
    : '';
/** The trust actions, as the message lists them. */
type TrustActionList = JoinOr<typeof TRUST_ACTIONS>;

/**
 * Checks a statement's type state against the rules of `K`; resolves to the statement when it
 * fits, else to a sentence naming the broken rule. A rule is a compile error only where the state
 * decides it: a `StatementBuilder` whose state is wide (a helper's parameter typed
 * `StatementBuilder`) or `any` is checked when the policy is built, as every statement is.
 */
export type CheckKind<K extends PolicyKind, T> = T extends StatementBuilder<infer S>
  ? KindProblem<K, S> | SidProblem<K, S['sid']> extends infer P extends string
    ? [P] extends [never]
      ? T
      : 0 extends 1 & S // any: decided when built (asked on the error path only, where it costs nothing)
        ? T
        : P
    : T
  : T extends Statement
    ? T
    : 'not a statement: start one with allow(...) or deny(...)';

type KindProblem<K extends PolicyKind, S extends StatementState> = K extends 'identity' | 'boundary' | 'session' | 'scp'
  ? S['principal'] extends 'none'
    ? S['resource'] extends 'none'
      ? `a statement of ${Article<K>} ${K} policy needs a Resource: add .on(...)`
      : never
    : S['principal'] extends 'Principal'
      ? `Principal is not allowed in ${Article<K>} ${K} policy: remove .by(...)`
      : S['principal'] extends 'NotPrincipal'
        ? `NotPrincipal is not allowed in ${Article<K>} ${K} policy: remove .notBy(...)`
        : never
  : K extends 'trust'
    ? S['principal'] extends 'none'
      ? 'a trust policy statement needs a Principal: add .by(...)'
      : S['principal'] extends 'NotPrincipal'
        ? 'NotPrincipal is not allowed in a trust policy: use .by(...)'
        : S['resource'] extends 'none'
          ? IsTrustAction<S['actions']> extends true
            ? never
            : `a trust policy only takes ${TrustActionList}`
          : S['resource'] extends 'Resource'
            ? 'Resource is not allowed in a trust policy: remove .on(...)'
            : S['resource'] extends 'NotResource'
              ? 'NotResource is not allowed in a trust policy: remove .notOn(...)'
              : never
    : K extends 'rcp'
      ? S['effect'] extends 'Allow'
        ? 'a resource control policy only takes Deny statements: use deny(...)'
        : S['actionElement'] extends 'NotAction'
          ? 'NotAction is not allowed in a resource control policy: list the denied actions in deny(...)'
          : [Extract<S['actions'], '*'>] extends [never] // a literal '*' only: a run-time `string` is checked when built
            ? S['anyone'] extends false
              ? 'a resource control policy statement needs .by(principal.anyone())'
              : S['resource'] extends 'none'
                ? 'a statement of an rcp policy needs a Resource: add .on(...)'
                : never
            : "a resource control policy does not take '*' alone as an action: name the services, e.g. deny('s3:*')"
      : S['principal'] extends 'NotPrincipal'
        ? S['effect'] extends 'Allow'
          ? 'NotPrincipal needs Deny: with Allow it grants everyone not listed; use deny(...), or name the principals in .by(...)'
          : S['resource'] extends 'none'
            ? K extends 'endpoint'
              ? 'a statement of an endpoint policy needs a Resource: add .on(...)'
              : never
            : never
      : K extends 'endpoint'
        ? S['principal'] extends 'Principal'
          ? S['resource'] extends 'none'
            ? 'a statement of an endpoint policy needs a Resource: add .on(...)'
            : never
          : S['principal'] extends 'none'
            ? 'an endpoint policy statement needs a Principal: add .by(...)'
            : never
        : // resource
          S['principal'] extends 'none'
          ? 'a resource policy statement needs a Principal: add .by(...)'
          : never;

/**
 * The first character of `S` that is not A-Z, a-z or 0-9 (tail-recursive), or never. A part
 * known only at run time (`${string}` of a template Sid) is skipped: checked when built.
 */
type FirstNonAlphanumeric<S extends string> = S extends `${infer C}${infer R}`
  ? C extends Alphanumeric
    ? FirstNonAlphanumeric<R>
    : IsRunTime<C> extends true
      ? FirstNonAlphanumeric<R>
      : C
  : never;
/**
 * Kinds whose Sids are alphanumeric (iam-reference §6): a literal Sid with another character is
 * refused with the run-time wording (messages.invalidSid) and the character to remove.
 */
type SidProblem<K extends PolicyKind, Sid> = K extends 'identity' | 'boundary' | 'session' | 'scp' | 'trust' | 'rcp'
  ? Sid extends string
    ? string extends Sid
      ? never
      : FirstNonAlphanumeric<Sid> extends infer C extends string
        ? [C] extends [never]
          ? never
          : `Sid '${Sid}' may only hold A-Z, a-z and 0-9 in ${Article<K>} ${K} policy: remove '${C}'`
        : never
    : never
  : never;

/** By sound, as messages.ts does: "an identity", "an scp", "an rcp". */
type Article<K extends string> = K extends `${'a' | 'e' | 'i' | 'o' | 'u'}${string}` | 'scp' | 'rcp' ? 'an' : 'a';

/**
 * Checks every statement of a factory's arguments against kind `K`: statements one by one, arrays
 * of them (`policy.identity(statements)`), or both; at least one written.
 */
export type CheckStatements<K extends PolicyKind, T extends readonly unknown[]> = AtLeastOne<
  T,
  { [I in keyof T]: T[I] extends readonly unknown[] ? CheckList<K, T[I]> : CheckKind<K, T[I]> },
  'give at least one statement'
>;

/** An array argument: each statement checked (a type alias, so that the mapped type keeps the array's shape). */
type CheckList<K extends PolicyKind, L extends readonly unknown[]> = { readonly [J in keyof L]: CheckKind<K, L[J]> };

/** A statement builder or model statement accepted by a policy factory. */
export type AnyStatement = StatementBuilder<any> | Statement; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Arguments of a policy factory and of `Policy.add`: statements, arrays of them, or both. */
export type StatementArgs = Args<AnyStatement>;
