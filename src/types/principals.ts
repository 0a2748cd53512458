/** Compile-time check of `principal.service(name)`, with a message naming the fix. */
import type { KnownServicePrincipal } from '../catalog/generated/service-principals.js';
import type { Alphanumeric, IsRunTime, Uninferred, OnlyOf } from './args.js';

/**
 * The domains service principal names end in (the model's rule, `isServicePrincipalName`):
 * `amazonaws.com` (`.cn` in China), `amazon.com` (`alexa-appkit.amazon.com`) and the ISO
 * partitions' `c2s.ic.gov` and `sc2s.sgov.gov`.
 */
export type ServicePrincipalDomain = 'amazonaws.com' | 'amazonaws.com.cn' | 'amazon.com' | 'c2s.ic.gov' | 'sc2s.sgov.gov';

/**
 * True when `N`, a name ending in `.` and a service principal domain, is one the run-time rule
 * takes: DNS labels of `a-z`, `0-9` and `-`, each starting and ending with a letter or digit
 * (`'a b.amazonaws.com'`, `'.amazonaws.com'`, `'*.amazonaws.com'` and `'s3-.amazonaws.com'` are
 * not). Label and name lengths (63, 253) are checked when built.
 */
type IsDnsName<N extends string> = N extends `${Lowercase<Alphanumeric>}${string}`
  ? N extends `${string}${'..' | '.-' | '-.'}${string}`
    ? false
    : OnlyOf<N, Lowercase<Alphanumeric> | '-' | '.'>
  : false;

type NotService<N extends string> = [Extract<KnownServicePrincipal, `${N}${string}`>] extends [never]
  ? `'${N}' is not a service principal: write '<service>.amazonaws.com', e.g. 'lambda.amazonaws.com'`
  : Extract<KnownServicePrincipal, `${N}${string}`>;

/**
 * True for a name only known at run time but typed by its pattern (`${string}.amazonaws.com`, a
 * `ServicePrincipalName`): checked when built, like a run-time resource.
 */
type IsPattern<N extends string> = N extends `${infer H}.${ServicePrincipalDomain}` ? (string extends H ? true : false) : false;

/**
 * Itself when `N` is a service principal name (or a `ServicePrincipalName` only known at run
 * time); while being typed, the known names that complete it; else a sentence naming the fix. A
 * name only known at run time that is not of that pattern (`string`, `lambda${string}`) meets
 * the names and the pattern, as the message to write one.
 */
export type CheckServicePrincipal<N extends string> = N extends string // one member of a union at a time
  ? IsPattern<N> extends true
    ? N
    : IsRunTime<N> extends true
      ? KnownServicePrincipal | (`${string}.amazonaws.com` & {}) // no Uninferred: holding no `N`, it is resolved at once and printed by that name
      : N extends Lowercase<N>
        ? N extends KnownServicePrincipal
          ? N
          : N extends `${string}.${ServicePrincipalDomain}`
            ? (IsDnsName<N> extends true ? N : Uninferred<NotService<N>>)
            : Uninferred<NotService<N>>
        : Uninferred<`service principals are lower case: write '${Lowercase<N>}'`>
  : never;
