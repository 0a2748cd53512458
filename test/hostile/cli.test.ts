/**
 * Issue #16's holes in the command-line tool: files written outside --out, overwritten without
 * asking, written through symbolic links, and inputs that block forever.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBin, ROOT, run } from '../cli/helpers.js';

const OK = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' }] });
const BIG = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Data', Effect: 'Allow', Action: ['s3:GetObject'], Resource: Array.from({ length: 300 }, (_, i) => `arn:aws:s3:::my-company-data-bucket-${i}/*`) }],
});

let dir: string;
const at = (...p: string[]) => join(dir, ...p);

beforeAll(() => {
  ensureBin();
  dir = mkdtempSync(join(tmpdir(), 'typed-iam-hostile-cli-'));
  writeFileSync(at('ok.json'), OK);
  writeFileSync(at('big.json'), BIG);
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('build confines every written file to --out', () => {
  // inside the repository, so that 'typed-iam' resolves to the package itself
  const project = join(ROOT, '.tmp', `hostile-build-${process.pid}`);
  beforeAll(() => {
    mkdirSync(project, { recursive: true });
    writeFileSync(
      join(project, 'escape.mjs'),
      [
        "import { allow, policy } from 'typed-iam';",
        "const p = policy.identity(allow('s3:GetObject').on('arn:aws:s3:::docs/*'));",
        'const a = p, b = p, c = p, d = p;',
        "export { p as ok, a as '../../escaped', b as 'sub/dir', c as 'back\\\\slash', d as '..' };",
      ].join('\n'),
    );
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it("an export named '../../escaped' is reported and not written (was: written two folders up)", () => {
    const out = join(project, 'out');
    const r = run(['build', join(project, 'escape.mjs'), '--out', out]);
    expect(r.code).toBe(2);
    expect(readdirSync(out)).toEqual(['ok.json']);
    for (const name of ['../../escaped', 'sub/dir', 'back\\slash', '..']) expect(r.stderr).toContain(`${JSON.stringify(name)}: not written`);
    expect(r.stderr).toContain('outside --out');
    expect(existsSync(join(project, '..', '..', 'escaped.json'))).toBe(false);
    expect(existsSync(join(ROOT, 'escaped.json'))).toBe(false);
  });
});

describe('fit --out does not overwrite', () => {
  it('an existing part file is an input error (exit 2) unless --force (was: "unexpected error ... EEXIST")', () => {
    const out = at('parts');
    expect(run(['fit', at('big.json'), '--target', 'managed', '--out', out]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['big-1.json', 'big-2.json', 'big-3.json']);
    const again = run(['fit', at('big.json'), '--target', 'managed', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(again.stderr).not.toContain('unexpected error');
    expect(run(['fit', at('big.json'), '--target', 'managed', '--out', out, '--force']).code).toBe(0);
  });

  it('--out naming a file is an input error, not an unexpected one', () => {
    const r = run(['fit', at('big.json'), '--out', at('ok.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is a file, not a folder');
    expect(readFileSync(at('ok.json'), 'utf8')).toBe(OK);
  });
});

describe('fmt --write and symbolic links', () => {
  it('refuses to write through a link unless --follow (was: wrote the target)', () => {
    const target = at('target.json');
    const link = at('link.json');
    writeFileSync(target, OK);
    symlinkSync(target, link);
    const r = run(['fmt', '--write', link]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('symbolic link');
    expect(readFileSync(target, 'utf8')).toBe(OK);
    expect(run(['fmt', '--write', '--follow', link]).code).toBe(0);
    expect(readFileSync(target, 'utf8')).not.toBe(OK);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });
});

describe('inputs that never end', () => {
  it.skipIf(process.platform === 'win32')('a FIFO without a writer is refused at once (was: blocked forever)', () => {
    const fifo = at('pipe.json');
    execFileSync('mkfifo', [fifo]);
    const r = run(['lint', fifo]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('named pipe (FIFO)');
    expect(run(['fmt', fifo]).stderr).toContain('not a regular file');
  });

  it.skipIf(!existsSync('/dev/zero'))('a character device is refused', () => {
    const r = run(['size', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('character device');
  });
});

describe('byte-order mark', () => {
  it('the CLI and the library read a leading BOM alike', () => {
    writeFileSync(at('bom.json'), `\ufeff${OK}`);
    expect(run(['lint', at('bom.json')]).code).toBe(0);
  });
});
