/**
 * What the bin loads for `--help` (issue 17: start-up close to a bare `node -e 0`): the overview
 * loads the command list and its streams only; a command's help loads its text, not the command
 * and the library it runs on (zod, the catalog, the linter, evaluate, analyze, cdk). A resolve hook
 * in a fresh Node process records every module loaded.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBin } from './helpers.js';

let dir: string;
beforeAll(() => {
  ensureBin();
  dir = mkdtempSync(join(tmpdir(), 'typed-iam-startup-'));
  writeFileSync(join(dir, 'hooks.mjs'), 'export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write(`LOADED ${r.url}\\n`); return r; }\n');
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The files below dist/ (and node_modules) the bin loads for `args`, as paths below dist/. */
function loaded(args: readonly string[]): { files: string[]; stdout: string } {
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, BIN, ...args], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const urls = [...new Set(r.stderr.split('\n').flatMap((l) => (l.startsWith('LOADED file:') ? [l.slice(7)] : [])))];
  return { files: urls.map((u) => (u.includes('/dist/') ? u.slice(u.indexOf('/dist/') + 6) : u)), stdout: r.stdout };
}

// A command's help may load core.js, the root entry's modules in one (scripts/build.mjs, step 1c), for the
// size targets' and kinds' names: before, it loaded emit/size-targets.js and the 11 modules that one imports.
// Measured on 6 December 2026, median of 25 interleaved runs: lint --help 147.6 -> 137.8 ms, size --help 133.8 -> 138.3.
const HEAVY = /^(lint|catalog|parse|evaluate|analyze|optimize|cdk|arn)\/|node_modules|^index\.js$/;

describe('--help loads no library part', () => {
  it('typed-iam --help loads the command list and the streams only (it loaded the root entry and parse: 39 modules)', () => {
    const { files, stdout } = loaded(['--help']);
    expect(stdout).toContain('Usage: typed-iam <command>');
    expect(files.every((f) => f.startsWith('cli/')), files.join(' ')).toBe(true);
    // the commands' messages are loaded by the commands only
    expect(files).not.toContain('cli/messages.js');
  });

  it('a command\'s help loads its text, not the command (lint --help loaded the linter and the catalog: 132 modules; cdk 156)', () => {
    for (const args of [['lint', '--help'], ['help', 'lint'], ['cdk', 'check', '--help'], ['simulate', '-h'], ['expand', '--help'], ['check', '--help'], ['fit', '-h']]) {
      const { files, stdout } = loaded(args);
      expect(stdout).toContain('Usage: typed-iam ');
      expect(files.filter((f) => HEAVY.test(f)), args.join(' ')).toEqual([]);
      expect(files.length, files.join(' ')).toBeLessThan(20);
      expect(files, args.join(' ')).not.toContain('cli/messages.js');
    }
  });

  it('help text after -- is an input name, not a request for help', () => {
    const r = spawnSync(process.execPath, [BIN, 'size', '--', '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--help: file not found.');
  });
});
