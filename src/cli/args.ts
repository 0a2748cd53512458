/** Command-line parsing for the subcommands: `node:util` parseArgs in strict mode, plus value checks. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { SIZE_TARGETS, type SizeTarget, type SizeTargetName } from '../emit/size-targets.js';
import type { PolicyKind } from '../model/policy-document.js';
import { KINDS, TARGETS } from './help.js';
import type { Io } from './io.js';
import { UsageError } from './io.js';
import { cliMessages } from './messages.js';

/** One subcommand. */
export interface Command {
  readonly name: string;
  /** Full `--help` text: usage, options, exit codes, examples. */
  readonly help: string;
  /** Runs the command; resolves to the exit code. Throws `CliError` for usage and input errors. */
  run(args: readonly string[], io: Io): Promise<0 | 1 | 2>;
}

/** Thrown by {@link parseCommand} when `--help` is given; the dispatcher prints the help. */
export class HelpRequested extends Error {
  constructor(readonly command: string) {
    super(`help for ${command}`);
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;
/** What {@link parseCommand} returns for options `O`. */
export type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O & typeof HELP; allowPositionals: true; strict: true }>
>;
const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * Parses a subcommand's arguments strictly (unknown options are usage errors). `-h`/`--help` is
 * added to every command and throws {@link HelpRequested}.
 *
 * @example
 * ```ts
 * import { parseCommand } from './args.js';
 * const args = ['--target', 'managed', 'policy.json'];
 * const { values, positionals } = parseCommand('size', args, { target: { type: 'string' } });
 * ```
 */
export function parseCommand<const O extends Options>(command: string, args: readonly string[], options: O): Parsed<O> {
  const config = { args: [...args], options: { ...options, ...HELP }, allowPositionals: true, strict: true, tokens: true } as const;
  let parsed: Parsed<O> & { readonly tokens: readonly Token[] };
  try {
    parsed = parseArgs(config) as Parsed<O> & { readonly tokens: readonly Token[] };
  } catch (e) {
    throw new UsageError(firstSentence((e as Error).message));
  }
  if ((parsed.values as { help?: boolean }).help === true) throw new HelpRequested(command);
  refuseRepeats(parsed.tokens, options);
  return parsed;
}

type Token = { readonly kind: string; readonly name?: string; readonly value?: string | undefined; readonly rawName?: string };

/**
 * Refuses an option that takes one value given twice with different values: parseArgs keeps the
 * last, so `simulate --boundary deny.json --boundary allow.json` dropped the first boundary unseen
 * (and allowed), `--expect deny --expect allow` asked one question and answered another.
 */
function refuseRepeats(tokens: readonly Token[], options: Options): void {
  const first = new Map<string, string | undefined>();
  for (const t of tokens) {
    if (t.kind !== 'option' || t.name === undefined) continue;
    const option = options[t.name];
    if (option === undefined || option.type !== 'string' || option.multiple === true) continue;
    if (!first.has(t.name)) first.set(t.name, t.value);
    else if (first.get(t.name) !== t.value)
      throw new UsageError(cliMessages.givenTwice(t.name, first.get(t.name), t.value));
  }
}

function firstSentence(message: string): string {
  const end = message.indexOf('. ');
  return end < 0 ? message : message.slice(0, end + 1);
}

export { KINDS, TARGETS } from './help.js';

/**
 * `value` when it is one of `allowed`, else a usage error naming the choices.
 *
 * @example
 * ```ts
 * import { oneOf } from './args.js';
 * oneOf('--format', 'sarif', ['text', 'json', 'sarif'] as const); // 'sarif'
 * ```
 */
export function oneOf<const T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(cliMessages.notOneOf(flag, value, allowed));
}

/** The `--kind` value, checked; `undefined` when not given. */
export function kindOption(value: string | undefined): PolicyKind | undefined {
  return value === undefined ? undefined : oneOf('--kind', value, KINDS);
}

/**
 * The `--target` value, checked, with `--limit` (an account's raised quota) applied to it;
 * `undefined` when neither is given.
 *
 * @example
 * ```ts
 * import { targetOption } from './args.js';
 * targetOption('trust', '4096'); // { ...SIZE_TARGETS.trust, limit: 4096 }
 * targetOption('managed', undefined); // 'managed'
 * ```
 */
export function targetOption(value: string | undefined, limit?: string): SizeTargetName | SizeTarget | undefined {
  const name = value === undefined ? undefined : oneOf('--target', value, TARGETS);
  if (limit === undefined) return name;
  if (name === undefined) throw new UsageError(cliMessages.limitNeedsTarget);
  if (!/^[1-9][0-9]{0,8}$/.test(limit)) throw new UsageError(cliMessages.badLimit(limit, SIZE_TARGETS[name].unit));
  return { ...SIZE_TARGETS[name], limit: Number(limit) };
}

/**
 * A flag's positive whole number, or undefined when the flag is not given; anything else (`0`, `1.5`,
 * a number too large to hold exactly) is a usage error.
 *
 * @example
 * ```ts
 * import { positiveInt } from './args.js';
 * positiveInt('--max-managed-policies', '20'); // 20
 * positiveInt('--max-managed-policies', undefined); // undefined
 * ```
 */
export function positiveInt(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  // a number of 400 digits reads as Infinity, which would lift the limit
  if (!/^\d+$/.test(v) || Number(v) < 1 || !Number.isSafeInteger(Number(v))) throw new UsageError(cliMessages.notPositiveWhole(flag, v));
  return Number(v);
}
