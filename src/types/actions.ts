/**
 * Compile-time action checks. Per-service unions are looked up by prefix, so no conditional type
 * ever distributes over the whole 22k-action catalog (see shared type-design notes).
 *
 * For an argument that is not (yet) valid the check answers with the strings that could complete
 * it: this is the contextual type editors use for completion, and for a finished typo it is a
 * message that names the typo.
 *
 * `Uninferred` (types/args.ts) around the branches keeps TypeScript from walking them while it infers the call's
 * type argument (measured: 18.6k -> 10.3k instantiations for the first call in a file).
 */
import type { ServiceActions, ServicePrefix } from '../catalog/generated/actions.js';
import type { ClientWord } from '../catalog/client-names.js';
import type { DocumentedOperations } from '../catalog/documented-operations.js';
import type { Alphanumeric, AtLeastOne, IsRunTime, Uninferred, OnlyOf } from './args.js';

/** A canonical action name such as `'s3:GetObject'`, for service `S`. */
export type ActionName<S extends ServicePrefix = ServicePrefix> = S extends ServicePrefix
  ? `${S}:${ServiceActions[S]}`
  : never;

/** `*` and `?` become `${string}` (IAM `?` is exactly one character; the type approximates it). */
export type StarPattern<N extends string> = N extends `${infer H}*${infer T}`
  ? `${QuestionPattern<H>}${string}${StarPattern<T>}`
  : QuestionPattern<N>;
type QuestionPattern<N extends string> = N extends `${infer H}?${infer T}` ? `${H}${string}${QuestionPattern<T>}` : N;

export type HasWildcard<N extends string> = N extends `${string}*${string}` ? true : N extends `${string}?${string}` ? true : false;

// Each helper is a conditional on its own generic parameter, so that while a call's type argument
// is still being inferred it stays one deferred type instead of distributing over every prefix.
/** Service prefixes that start with `S`. */
type PrefixesStarting<S extends string> = S extends string ? Extract<ServicePrefix, `${S}${string}`> : never;
/** Completions of a service prefix: `'s3:'`, `'s3-outposts:'`, ... */
type ServiceCompletions<S extends string> = S extends string ? `${Extract<ServicePrefix, `${S}${string}`>}:` : never;
/** True when wildcard `N` matches no action of `S`. */
type NoMatch<S extends ServicePrefix, N extends string> = N extends string
  ? [Exact<Extract<Lowercase<ServiceActions[S]>, StarPattern<Lowercase<N>>>, Lowercase<N>>] extends [never]
    ? true
    : false
  : never;
/**
 * The names `C` that pattern `P` matches with `?` as exactly one character: {@link StarPattern}
 * reads `?` as any run, so `s3:GetObject?` would pass. Asked only of a pattern holding `?` and no
 * `*` whose other characters outnumber its `?`s, so that they narrow the names to compare (each
 * compared name costs instantiations: `ec2:` with 16 `?`s cost 250,000, `s3:*?` 200,000). Other
 * patterns keep the approximation; lint's WILDCARD_MATCHES_NO_ACTION reports them at run time.
 */
type Exact<C extends string, P extends string> = P extends `${string}?${string}`
  ? P extends `${string}*${string}`
    ? C
    : MostlyLiteral<P> extends true
      ? C extends string
        ? (Walk<C, P> extends true ? C : never)
        : never
      : C
  : C;
/** True when `P` holds more characters other than `?` than `?`s (`K` counts the difference). */
type MostlyLiteral<P extends string, K extends 0[] = []> = P extends `${infer C}${infer R}`
  ? C extends '?'
    ? K extends [0, ...infer L extends 0[]]
      ? MostlyLiteral<R, L>
      : false
    : MostlyLiteral<R, [...K, 0]>
  : K extends [0, ...0[]]
    ? true
    : false;
/**
 * True when text `T` matches pattern `P` of literal characters and `?` (one character each), read
 * one `?` at a time: the literal run before it, then one character.
 */
type Walk<T extends string, P extends string> = P extends `${infer L}?${infer R}`
  ? T extends `${L}${infer _One}${infer U}`
    ? Walk<U, R>
    : false
  : T extends P
    ? true
    : false;
/** True when `N` is an action of `S` ignoring case. */
type Caseless<S extends ServicePrefix, N extends string> = N extends string
  ? Lowercase<N> extends Lowercase<ServiceActions[S]>
    ? true
    : false
  : never;
/** True when `N` starts some action of `S`: the user may still be typing. */
type Continues<S extends ServicePrefix, N extends string> = N extends string
  ? [Extract<ServiceActions[S], `${N}${string}`>] extends [never]
    ? false
    : true
  : never;
/**
 * Completions of an action of `S` that starts `N`: for a finished name, the actions it is a start
 * of (`ec2:RunInstance` meets `'ec2:RunInstances'`, not the 800 actions of ec2).
 */
type ActionCompletions<S extends ServicePrefix, N extends string> = S extends ServicePrefix ? `${S}:${Extract<ServiceActions[S], `${N}${string}`>}` : never;

/** True when `N` names actions of `S`: exactly, ignoring case, or as a wildcard that matches some. */
type NameOk<S extends ServicePrefix, N extends string> = N extends ServiceActions[S]
  ? true
  : HasWildcard<N> extends true
    ? NoMatch<S, N> extends true
      ? false
      : true
    : Caseless<S, N>;

/** The sentence (or completions) for name `N` of service `S` that {@link NameOk} refuses. */
type NameMessage<S extends ServicePrefix, N extends string, A extends string> = HasWildcard<N> extends true
  ? `no ${S} action matches '${A}': fix the pattern (${S} actions are listed in typed-iam/catalog)`
  : Continues<S, N> extends true
    ? ActionCompletions<S, N>
    : UnknownAction<S, N, A>;

// Did-you-mean, computed on the error path only: the actions of `S` sharing the longest prefix
// with `N` (ignoring case), narrowed to those of the same length when that leaves some; when that
// prefix is itself an action, that action (`s3:GetObjects`: `s3:GetObject`, as suggestActions
// puts first).
type DropLast<N extends string> = N extends `${infer H}${infer T}` ? (T extends '' ? '' : `${H}${DropLast<T>}`) : '';
type Len<N extends string, C extends 0[] = []> = N extends `${string}${infer R}` ? Len<R, [...C, 0]> : C['length'];
type Starting<S extends ServicePrefix, P extends string> = ServiceActions[S] extends infer X
  ? X extends `${string}` ? (Lowercase<X> extends `${Lowercase<P>}${string}` ? X : never) : never
  : never;
type Nearest<S extends ServicePrefix, P extends string> = P extends ''
  ? never
  : [Starting<S, P>] extends [never]
    ? Nearest<S, DropLast<P>>
    : [Canonical<S, P>] extends [never]
      ? Starting<S, P>
      : Canonical<S, P>;
type SameLength<M extends string, N extends string> = M extends string ? (Len<M> extends Len<N> ? M : never) : never;
type Narrow<M extends string, N extends string> = [SameLength<M, N>] extends [never] ? M : SameLength<M, N>;
type IsOne<M, All = M> = M extends unknown ? ([Exclude<All, M>] extends [never] ? true : false) : never;
/** `N` without the `-` and `_` that the AWS CLI and SDKs join an API's words with (`describe-instances`, `batch_write_item`). */
type Unjoined<N extends string> = N extends `${infer H}-${infer T}` ? Unjoined<`${H}${T}`> : N extends `${infer H}_${infer T}` ? Unjoined<`${H}${T}`> : N;
/** The action a CLI or SDK spelling names (suggestActions reads it so), or never. */
type Spelled<S extends ServicePrefix, N extends string> = N extends `${string}${'-' | '_'}${string}` ? Canonical<S, Unjoined<N>> : never;
type UnknownAction<S extends ServicePrefix, N extends string, A extends string> = [Operation<`${S}:${N}`>] extends [never]
  ? [Spelled<S, N>] extends [never]
    ? Unspelled<S, N, A>
    : `unknown action '${A}': did you mean '${S}:${Spelled<S, N>}'?`
  : `unknown action '${A}': ${N} is an API operation, which IAM authorizes as ${OperationText<Operation<`${S}:${N}`>>}`;
/** The table of catalog/documented-operations.ts by lower-case name (IAM reads action names ignoring case). */
type OperationsByLower = { [K in keyof DocumentedOperations as Lowercase<K & string>]: DocumentedOperations[K] };
/** The row of catalog/documented-operations.ts for `service:Operation` (any case), or never. */
type Operation<O extends string> = Lowercase<O> extends keyof OperationsByLower ? OperationsByLower[Lowercase<O>] : never;
/** `'a'`, `'a' and 'b'` (each needed), `'a', 'b' or 'c'` (one, by the request): the lint message's wording. */
type OperationText<R> = R extends { readonly actions: infer L extends readonly string[] }
  ? L extends readonly [infer Only extends string]
    ? `'${Only}'`
    : `${QuotedList<L, R extends { readonly each: true } ? 'and' : 'or'>}${R extends { readonly each: true } ? ' (a request needs each)' : ' (by what the request does)'}`
  : never;
type QuotedList<L extends readonly string[], J extends string> = L extends readonly [infer H extends string, infer L2 extends string]
  ? `'${H}' ${J} '${L2}'`
  : L extends readonly [infer H extends string, ...infer T extends readonly string[]]
    ? `'${H}', ${QuotedList<T, J>}`
    : '';
type Unspelled<S extends ServicePrefix, N extends string, A extends string> =
  Narrow<Nearest<S, N>, N> extends infer M extends string
    ? [M] extends [never]
      ? `unknown action '${A}': no ${S} action starts like it (${S} actions are listed in typed-iam/catalog)`
      : IsOne<M> extends true
        ? `unknown action '${A}': did you mean '${S}:${M}'?`
        : `unknown action '${A}': check the spelling (${S} actions are listed in typed-iam/catalog)`
    : never;
/** The action of `S` equal to `N` ignoring case. */
type Canonical<S extends ServicePrefix, N extends string> = ServiceActions[S] extends infer X
  ? X extends string ? (Lowercase<X> extends Lowercase<N> ? X : never) : never
  : never;

/** What `S:N` with its prefix in lower case reads as: the action's canonical spelling, the pattern when it matches some, or the prefix alone. */
type LowerSuggestion<L extends ServicePrefix, N extends string> = [Canonical<L, N>] extends [never]
  ? HasWildcard<N> extends true
    ? NoMatch<L, N> extends true
      ? L
      : `${L}:${N}`
    : L
  : `${L}:${Canonical<L, N>}`;

type CheckService<S extends string, N extends string, A extends string> = Lowercase<S> extends 'arn'
  ? `invalid action '${A}': an ARN names a resource; give it to .on(...), and actions here (e.g. 's3:GetObject')`
  : Lowercase<S> extends infer L extends ServicePrefix
    ? `unknown service '${S}' in '${A}': did you mean '${LowerSuggestion<L, N>}'? Service prefixes are lower case`
    : [PrefixesStarting<S>] extends [never]
      ? [ClientAction<S, N>] extends [never]
        ? `unknown service '${S}' in '${A}': write a service prefix such as 's3' or 'dynamodb'`
        : `unknown service '${S}' in '${A}': did you mean '${ClientAction<S, N>}'? IAM names the action by its service, not its SDK client`
      : ServiceCompletions<S>;
/**
 * For a prefix that is an SDK client's name (`bedrock-runtime`: its last word is one of
 * catalog/client-names.ts), the action of that name in the service its first word names
 * (`bedrock:InvokeModel`), or the one action an API operation of that name is authorized as
 * (`bedrock-runtime:Converse`: `bedrock:InvokeModel`), or never (suggestActions reads more forms).
 */
type ClientAction<S extends string, N extends string> = S extends `${infer H}-${string}${ClientWord}`
  ? H extends ServicePrefix
    ? [Canonical<H, N>] extends [never]
      ? OneAction<Operation<`${H}:${N}`>>
      : `${H}:${Canonical<H, N>}`
    : never
  : never;
/** The one action an operation of catalog/documented-operations.ts is authorized as (`bedrock:Converse`: `bedrock:InvokeModel`), or never. */
type OneAction<R> = R extends { readonly actions: readonly [infer Only extends string] } ? Only : never;

/**
 * The action `S:N` stands for when `N` holds a colon too many (model/syntax.ts extraColonAction):
 * `sagemaker::CreateEndpoint` (`sagemaker:CreateEndpoint`), the prefix written twice
 * `events:events:DescribeRule` (`events:DescribeRule`); never otherwise.
 */
type ExtraColon<S extends string, N extends string> = N extends `:${infer R}`
  ? ExtraColon<S, R>
  : N extends `${infer S2}:${infer R}`
    ? Lowercase<S2> extends Lowercase<S>
      ? `${S}:${R}`
      : never
    : `${S}:${N}`;
/** The sentence for `S:N` whose name holds a colon: the action it stands for when that one is valid. */
type ColonMessage<S extends ServicePrefix, N extends string, A extends string> = ExtraColon<S, N> extends infer C extends string
  ? [C] extends [never]
    ? NameMessage<S, N, A>
    : IsValidAction<C> extends true
      ? `invalid action '${A}': did you mean '${C}'?`
      : NameMessage<S, N, A>
  : NameMessage<S, N, A>;

/** The sentence for an action that is not of the form `service:Action` (the run-time wording, messages.invalidActionSyntax). */
type InvalidAction<A extends string> = `invalid action '${A}': write 'service:Action' (e.g. 's3:GetObject') or '*'`;

type CheckBare<A extends string> = [PrefixesStarting<A>] extends [never]
  ? A extends ''
    ? '*' | ServiceCompletions<''>
    : BareMessage<A>
  : '*' | ServiceCompletions<A>;

/**
 * The sentence for an argument without a colon that no service prefix starts (model/syntax.ts
 * actionSlip, suggestActions): a `.` or `/` in the colon's place (`s3.GetObject`), or a name alone
 * that one service has (`PassRole`: `iam:PassRole`; exact case, looked up service by service).
 */
type BareMessage<A extends string> = A extends `${infer S}.${infer N}`
  ? SeparatedMessage<S, N, A>
  : A extends `${infer S}/${infer N}`
    ? SeparatedMessage<S, N, A>
    : NamedBy<A> extends infer S extends ServicePrefix
      ? [S] extends [never]
        ? InvalidAction<A>
        : IsOne<S> extends true
          ? `invalid action '${A}': did you mean '${S}:${A}'?`
          : InvalidAction<A>
      : InvalidAction<A>;
/** The services with an action named `A` (exact case). */
type NamedBy<A extends string> = { [S in ServicePrefix]: A extends ServiceActions[S] ? S : never }[ServicePrefix];
/** `S.N` or `S/N` where `S:N` (its prefix in lower case) names actions: that action. */
type SeparatedMessage<S extends string, N extends string, A extends string> = Lowercase<S> extends infer L extends ServicePrefix
  ? IsValidAction<`${L}:${N}`> extends true
    ? `invalid action '${A}': did you mean '${LowerSuggestion<L, N>}'?`
    : InvalidAction<A>
  : InvalidAction<A>;

// The characters the run-time check takes (model/syntax.ts isActionSyntax): a service prefix of
// letters, digits, `-`, `*` and `?`; an action name of those, `_` and `.`; neither empty.
type PrefixChar = Alphanumeric | '-' | '*' | '?';
type NameChar = PrefixChar | '_' | '.';
/**
 * True when an action whose service prefix holds a wildcard (`*:GetObject`, `s?:*`) has the shape
 * the run-time check takes. Its names are not looked up: that would cost a pass over the catalog.
 */
type WildcardServiceOk<S extends string, N extends string> = OnlyOf<S, PrefixChar> extends true ? OnlyOf<N, NameChar> : false;

/**
 * What a `string` that is not a literal meets: an object type, so that editors do not offer the
 * sentence as a completion, while the compile error still reads as one.
 */
export interface UseUncheckedForRunTimeActions {
  readonly 'use allow.unchecked(...) or deny.unchecked(...) for actions read at run time': never;
}
/** The former name of {@link UseUncheckedForRunTimeActions}. */
export type NotALiteral = UseUncheckedForRunTimeActions;

/**
 * True when literal `A` is a valid action argument (`string` itself is not: it is no literal; nor
 * is a template such as `s3:Get${string}`, whose action is known only at run time).
 */
type IsValidAction<A extends string> = string extends A
  ? false
  : A extends '*'
    ? true
    : A extends `${infer S}:${infer N}`
      ? S extends ServicePrefix
        ? NameOk<S, N>
        : HasWildcard<S> extends true
          ? WildcardServiceOk<S, N>
          : false
      : false;

/**
 * The sentence (or completions) for an action argument that is not valid; never when it is. `R`
 * is what an action known only at run time meets: `string`, or a template type such as
 * `s3:Get${string}` (asked on the error path only): {@link NotALiteral} for an argument written
 * alone, the type itself (it passes, checked when built) for an element of an array or spread.
 */
type ActionMessage<A extends string, R = NotALiteral> = A extends string // one member of a union at a time
  ? string extends A
    ? R
    : IsValidAction<A> extends true
      ? never
      : IsRunTime<A> extends true
        ? R
        : A extends `${string},${string}`
          ? CommaMessage<A>
          : [Slip<A>] extends [never]
            ? ColonOrBare<A>
            : Slip<A>
  : never;

/**
 * An argument holding a comma: one action and a comma (`s3:GetObject,`), or several actions in one
 * string (model/syntax.ts actionSlip reads both so).
 */
type CommaMessage<A extends string> = A extends `${infer X},`
  ? IsValidAction<X> extends true
    ? `invalid action '${A}': did you mean '${X}'?`
    : `invalid action '${A}': write each action as its own argument or entry`
  : `invalid action '${A}': write each action as its own argument or entry`;
/** An action in quotes, or with whitespace in it, that is valid without them (actionSlip, strayAction): that action; else never. */
type Slip<A extends string> = A extends `'${infer X}'`
  ? Meant<A, X>
  : A extends `"${infer X}"`
    ? Meant<A, X>
    : A extends `${string} ${string}`
      ? Meant<A, Unspaced<A>>
      : never;
type Meant<A extends string, X extends string> = IsValidAction<X> extends true ? `invalid action '${A}': did you mean '${X}'?` : never;
type Unspaced<N extends string> = N extends `${infer H} ${infer T}` ? Unspaced<`${H}${T}`> : N;
/** The sentence for an argument with a colon, or without one. */
type ColonOrBare<A extends string> = A extends `${infer S}:${infer N}`
  ? S extends ServicePrefix
    ? N extends `${string}:${string}`
      ? ColonMessage<S, N, A>
      : NameMessage<S, N, A>
    : HasWildcard<S> extends true
      ? InvalidAction<A>
      : CheckService<S, N, A>
  : CheckBare<A>;

/**
 * What a template type meets (`R`, as `string` does), unless its service prefix is a literal that
 * names no service: `s4:${string}` or `S3:${string}` in an array passed, and the run-time check
 * (syntax only) took it too.
 */
type RunTimeMessage<A extends string, R> = A extends `${infer S}:${string}`
  ? IsRunTime<S> extends true
    ? R
    : S extends ServicePrefix
      ? R
      : HasWildcard<S> extends true
        ? R
        : CheckService<S, '', A>
  : R;

// Performance: each parameter type is `Ok | Uninferred<Message>`. To decide whether a literal argument
// stays a literal the compiler computes the base constraint of the generic parameter type; the
// union lets it stop at `Ok` (plainly `string`) instead of walking every message branch, which
// reaches the 456 service prefixes (measured: the first allow(...) of a file 12,040 -> see
// bench/typecheck.ts). Uninferred keeps inference out of the messages.

/** An action argument that is valid, else never. */
type ActionOk<A> = A extends string ? (IsValidAction<A> extends true ? A : never) : never;

/**
 * Checks one action argument. Resolves to the argument itself when valid, else to what could
 * complete it or a sentence naming the problem.
 */
export type CheckAction<A extends string> = ActionOk<A> | Uninferred<ActionMessage<A>>;

/**
 * Checks one action where a run-time `string` is checked at run time (the vitest matchers'
 * requests): literals as {@link CheckAction} checks them, `string` and template types passed.
 */
export type CheckRunTimeAction<A extends string> = ActionOk<A> | Uninferred<ActionMessage<A, A>>;

/**
 * An array argument: literal elements checked, run-time strings passed (checked when built). An
 * array inside it does not meet the parameter's constraint (`Args`).
 */
export type CheckActionList<L extends readonly unknown[]> = { readonly [I in keyof L]: L[I] extends string ? ActionOk<L[I]> | Uninferred<ListMessage<L[I]>> : L[I] };
/** The message of an element of an array argument: never at once when every member of a union is valid (see {@link ArgMessage}). */
type ListMessage<X extends string> = [X] extends [ActionOk<X>] ? never : ElementMessage<X>;
/**
 * An element of an array or spread argument: a template type's service prefix checked
 * ({@link RunTimeMessage}), else {@link ActionMessage}. Not in `ActionMessage` itself: there, for the
 * vitest matchers' `.resolves` requests, TypeScript 7 gave "a union type that is too complex".
 */
type ElementMessage<X extends string> = X extends string ? (IsRunTime<X> extends true ? RunTimeMessage<X, X> : ActionMessage<X, X>) : never;

/**
 * The problem with argument `X` of `allow(...)`, or never. `I` is `number` for the elements of a
 * spread array (`allow(...list)`): their run-time strings pass, as in an array argument.
 */
// `[X] extends [ActionOk<X>]` first: for a union whose every member is valid (a value typed
// `ActionName`, 22,091 members) the message is never without a second pass over the members
// (measured, allow(a) with a: ActionName: 908,907 -> 688,062 instantiations, still ~5 s; the stress file 35,023 -> 34,905
// with the same test in CheckActionList).
type ArgMessage<X, I> = [X] extends [ActionOk<X>] ? never : EachArgMessage<X, I>;
type EachArgMessage<X, I> = X extends string
  ? number extends I
    ? ElementMessage<X>
    : ActionMessage<X>
  : X extends readonly unknown[]
    ? CheckActionList<X>
    : X;

/**
 * Checks the arguments of `allow(...)`: actions one by one, arrays of them (`allow(actions)`), or
 * both; at least one written.
 */
export type CheckActions<A extends readonly unknown[]> = AtLeastOne<A, { [I in keyof A]: ActionOk<A[I]> | Uninferred<ArgMessage<A[I], I>> }, 'give at least one action'>;

/**
 * The action strings of `allow(...)` arguments (the elements of an array argument). An `any`
 * argument records `string`, as `allow.unchecked(...)` does, so no `any` reaches the statement's type.
 */
export type ActionsOf<A extends readonly unknown[]> = A[number] extends infer E
  ? E extends readonly (infer X extends string)[]
    ? NotAny<X>
    : NotAny<E & string>
  : never;
/** `string` for `any`, else `X`. */
type NotAny<X> = unknown extends X ? string : X;
