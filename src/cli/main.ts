#!/usr/bin/env node
/**
 * The `typed-iam` command: lint, size, fmt, expand, simulate, fit, build, diff and check, each a thin shell
 * over the library's public API. Exit codes: 0 ok, 1 findings or over a limit, 2 usage or input
 * error. See docs/cli.md.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from './args.js';
import type { Io } from './stdio.js';
import { toolVersion } from './version.js';

/** A subcommand in the list; its module (and the library parts it needs) is loaded only when run. */
interface Entry {
  readonly name: string;
  readonly summary: string;
  load(): Promise<Command>;
}

// Nothing of the library is imported up front: `--version` loads this file and version.ts only,
// `--help` also stdio.ts (and help.ts for a command's help), and a command loads what it uses.

/** Every subcommand, in help order. */
export const COMMANDS: readonly Entry[] = [
  { name: 'lint', summary: 'report errors, security problems and best-practice findings', load: async () => (await import('./commands/lint.js')).lintCommand },
  { name: 'size', summary: 'print length, limit and headroom against a size target', load: async () => (await import('./commands/size.js')).sizeCommand },
  { name: 'fmt', summary: 'format policies canonically (--check, --write)', load: async () => (await import('./commands/fmt.js')).fmtCommand },
  { name: 'expand', summary: 'list the actions a wildcard pattern matches', load: async () => (await import('./commands/expand.js')).expandCommand },
  { name: 'simulate', summary: 'decide a request locally: decision and explanation', load: async () => (await import('./commands/simulate.js')).simulateCommand },
  { name: 'fit', summary: 'minimize and split a policy so that it fits a size target', load: async () => (await import('./commands/fit.js')).fitCommand },
  { name: 'build', summary: "write a module's exported policies as JSON files", load: async () => (await import('./commands/build.js')).buildCommand },
  { name: 'diff', summary: 'prove which requests two policy versions allow differently', load: async () => (await import('./commands/analyze.js')).diffCommand },
  { name: 'check', summary: 'prove no-new-access, access-not-granted or no-public-access', load: async () => (await import('./commands/analyze.js')).checkCommand },
  { name: 'cdk', summary: 'check (lint + exact size) or diff the IAM policies of a synthesised CDK app', load: async () => (await import('./commands/cdk.js')).cdkCommand },
];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: typed-iam <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     show help (also: typed-iam <command> --help, typed-iam help <command>)
  -v, --version  print the version

Exit codes: 0 success, 1 findings or a policy over its size limit, 2 usage or input error.

Examples:
  typed-iam lint policies/
  typed-iam size --target inline-role role.json
  typed-iam simulate --policy role.json --action s3:GetObject --resource arn:aws:s3:::docs/a
  typed-iam build src/policies.ts --out dist/policies`;
}

/**
 * Runs the command line `argv` (without `node` and the script) and resolves to the exit code.
 *
 * @example
 * ```ts
 * import { main } from './main.js';
 * import { processIo } from './stdio.js';
 * process.exitCode = await main(['lint', 'policies/'], processIo());
 * ```
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.error(overview());
    return 2;
  }
  if (name === '-h' || name === '--help') {
    io.print(overview());
    return 0;
  }
  if (name === '-v' || name === '--version') {
    io.print(toolVersion());
    return 0;
  }
  // loaded on this error only: --help and --version load no message module
  const unknown = async (word: string) => (await import('./messages.js')).cliMessages.unknownCommand(word, COMMANDS.map((c) => c.name));
  if (name === 'help') {
    const [word] = rest;
    const target = COMMANDS.find((c) => c.name === word);
    if (word === undefined) io.print(overview());
    else if (target !== undefined) io.print(await helpOf(target.name));
    else io.error(await unknown(word));
    return word === undefined || target !== undefined ? 0 : 2;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (entry === undefined) {
    io.error(await unknown(name));
    return 2;
  }
  // the help text alone, without the command and the library parts it runs on
  if (asksHelp(rest)) {
    io.print(await helpOf(entry.name));
    return 0;
  }
  const format = machineFormat(rest);
  if (format === undefined) return dispatch(entry, rest, io);
  // JSON and SARIF output stays parseable on a usage or input error too: when the command ends
  // with exit 2 before printing anything, stdout gets a document that names the error
  let printed = false;
  const messages: string[] = [];
  const recorded: Io = {
    cwd: io.cwd,
    env: io.env,
    out: io.out,
    err: io.err,
    print: (text) => {
      printed = true;
      io.print(text);
    },
    error: (text) => {
      messages.push(stripStyles(text));
      io.error(text);
    },
    readStdin: (maxBytes) => io.readStdin(maxBytes),
    progress: (total) => io.progress(total),
  };
  const code = await dispatch(entry, rest, recorded);
  if (code === 2 && !printed) {
    const message = messages.join('\n') || (await import('./messages.js')).cliMessages.failedSilently(entry.name);
    io.print(JSON.stringify(errorDocument(format, entry.name, message), null, 2));
  }
  return code;
}

/** The `--help` text of a command, from help.ts. */
async function helpOf(name: string): Promise<string> {
  const { HELP } = await import('./help.js');
  return HELP[name as keyof typeof HELP];
}

/** True when `-h` or `--help` comes before any `--` (after it, arguments are inputs). */
function asksHelp(args: readonly string[]): boolean {
  for (const a of args) {
    if (a === '--') return false;
    if (a === '-h' || a === '--help') return true;
  }
  return false;
}

/**
 * `json` or `sarif` when the arguments ask for machine-readable output (`--json`, `--sarif`,
 * `--format json`, `--format=sarif`, ...), else undefined. Arguments after `--` are inputs.
 */
function machineFormat(args: readonly string[]): 'json' | 'sarif' | undefined {
  let found: 'json' | 'sarif' | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    if (a === '--help' || a === '-h') return undefined;
    if (a === '--json' || a === '--sarif') found = a === '--json' ? 'json' : 'sarif';
    else if (a === '--format' || a.startsWith('--format=')) {
      const value = a === '--format' ? args[++i] : a.slice('--format='.length);
      found = value === 'json' || value === 'sarif' ? value : undefined;
    }
  }
  return found;
}

const STYLE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

function stripStyles(text: string): string {
  return text.replace(STYLE, '');
}

/**
 * What stdout carries when a JSON or SARIF run fails with exit 2 before its output: for `json`,
 * `{ "error": { command, exitCode, message } }` (the message is what stderr said); for `sarif`, a
 * SARIF 2.1.0 log with no results and a failed invocation, which code-scanning uploads accept.
 */
function errorDocument(format: 'json' | 'sarif', command: string, message: string): object {
  if (format === 'json') return { error: { command, exitCode: 2, message } };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'typed-iam', version: toolVersion(), informationUri: 'https://github.com/typed-iam/typed-iam/blob/main/docs/cli.md' } },
        invocations: [{ executionSuccessful: false, exitCode: 2, toolExecutionNotifications: [{ level: 'error', message: { text: message } }] }],
        results: [],
      },
    ],
  };
}

/** Runs one subcommand and turns what it throws into a message and an exit code. */
async function dispatch(entry: Entry, rest: readonly string[], io: Io): Promise<number> {
  const [command, { HelpRequested }, { CliError, UsageError }, { cliMessages }] = await Promise.all([entry.load(), import('./args.js'), import('./io.js'), import('./messages.js')]);
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof HelpRequested) {
      io.print(command.help);
      return 0;
    }
    if (e instanceof UsageError) {
      io.error(cliMessages.usage(command.name, e.message));
      return 2;
    }
    if (e instanceof CliError) {
      io.error(cliMessages.failed(command.name, e.message));
      return e.exitCode;
    }
    // the library's own errors are about the input (a policy evaluate or analyze will not read, a bad request): no stack
    const { IamPolicyError } = await import('../errors.js');
    if (e instanceof IamPolicyError) {
      io.error(cliMessages.failed(command.name, e.message));
      return 2;
    }
    io.error(cliMessages.unexpected(command.name, (e as Error).stack ?? String(e)));
    return 2;
  }
}

function isEntry(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntry()) {
  const argv = process.argv.slice(2);
  if (argv[0] === '-v' || argv[0] === '--version') console.log(toolVersion());
  else process.exitCode = await main(argv, (await import('./stdio.js')).processIo());
}
