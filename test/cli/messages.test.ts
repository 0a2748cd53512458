/**
 * The CLI's wording lives in one module, src/cli/messages.ts (messages were written inline at
 * 60-odd throw sites and stderr writes, where two commands worded one sentence three ways): no
 * command throws or prints a literal message, messages.ts loads nothing at run time (`--version`
 * and `--help` load none of it), and each code a message ends with is in docs/cli.md's table.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliMessages } from '../../src/cli/messages.js';
import { ROOT } from './helpers.js';

const cli = join(ROOT, 'src', 'cli');

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (path.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** A file's code without its comments. */
const code = (path: string) =>
  readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

describe('src/cli/messages.ts holds the wording of the CLI', () => {
  it('no command throws, or writes to stderr, a literal message (help.ts is its own text)', () => {
    const literal = [
      /new (?:UsageError|CliError|RewriteRefused)\(\s*['"`]/g,
      /\bio\.error\(\s*(?:io\.err\.\w+\(\s*)?['"`]/g,
      /\bnote\?\.\(\s*['"`]/g,
      /\bfail\(\s*\w+,\s*['"`]/g,
    ];
    const found = files(cli)
      .filter((f) => !/[\\/](messages|help)\.ts$/.test(f))
      .flatMap((f) => {
        const text = code(f);
        return literal.flatMap((re) => [...text.matchAll(re)].map((m) => `${relative(cli, f).split(sep).join('/')}: ${text.slice(m.index, m.index + 60)}`));
      });
    expect(found).toEqual([]);
  });

  it('imports nothing at run time: a command loads it for its messages alone', () => {
    const imports = code(join(cli, 'messages.ts')).match(/^\s*import\s.*$/gm) ?? [];
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((line) => !/^\s*import type\s/.test(line))).toEqual([]);
  });

  it('each code a message ends with is documented in the Codes table of docs/cli.md', () => {
    const codes = new Set([...code(join(cli, 'messages.ts')).matchAll(/\[([A-Z][A-Z_]+)\]`/g)].map((m) => m[1]!));
    expect([...codes].sort()).toEqual(['BAD_MANIFEST', 'CHANGED_DURING_WRITE', 'INPUT_TOO_LARGE', 'OUT_LOCKED', 'READ_ONLY', 'STALE_OUTPUT', 'UNSUPPORTED_FORMAT']);
    const page = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');
    expect([...codes].filter((c) => !page.includes(`| \`${c}\` |`))).toEqual([]);
  });

  it('messages are one line (but the pointer to --help after a usage error, and the stack of a bug)', () => {
    const p = { enabled: false, red: String, yellow: String, green: String, cyan: String, bold: String, dim: String };
    const owner = { pid: 4242, hostname: 'ci-7', started: '2025-01-02T03:04:05.000Z' };
    const samples = [
      cliMessages.cannotEvaluate('p.json', [
        { path: 'Statement[0].Condition["stringEquals"]', message: 'Unknown condition operator "stringEquals"' },
        { path: 'Statement[1].NotResource', message: 'NotResource excludes nothing.' },
      ]),
      cliMessages.outLocked('out/.typed-iam-build.lock', owner, true),
      cliMessages.outLocked('out/.typed-iam-build.lock', owner, false),
      cliMessages.outLocked('out/.typed-iam-build.lock', undefined, false),
      cliMessages.lockTakenOver('out/.typed-iam-build.lock', owner),
      cliMessages.cannotWrite('out/a.json', 'ENOSPC', { written: ['out/p-1.json', 'out/p-2.json'] }),
      cliMessages.fmtWritten(3, 0, 1, { links: 1, readOnly: 1, changed: 0 }, 0),
      cliMessages.lintSummary(p, 2, 1, 0, []),
      cliMessages.terraformPlan('plan.json'),
      cliMessages.terraformKind('plan.json'),
      cliMessages.unsupportedFormat('plan.json', 'format_version "2.0" is a Terraform JSON output format typed-iam does not read.'),
      cliMessages.lockBeingTakenOver('out/.typed-iam-build.lock', owner, 'out/.typed-iam-build.lock.0123456789abcdef.takeover'),
      cliMessages.cannotTakeOver('out/.typed-iam-build.lock', owner, 'EPERM'),
      cliMessages.lockRemovedOnSignal('out/.typed-iam-build.lock', 'SIGINT'),
    ];
    expect(samples.filter((m) => m.includes('\n'))).toEqual([]);
    expect(samples[0]).toBe(
      'p.json cannot be evaluated: Statement[0].Condition["stringEquals"]: Unknown condition operator "stringEquals". Statement[1].NotResource: NotResource excludes nothing.',
    );
    expect(samples[5]).toBe('Cannot write out/a.json: ENOSPC; only out/p-1.json, out/p-2.json were written: the set is incomplete.');
    expect(samples[6]).toBe('3 files checked, 1 rewritten, 2 not rewritten (1 symbolic link, 1 read-only).');
  });
});
