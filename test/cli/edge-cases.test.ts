/**
 * Command lines that failed open or lost data: an empty argument read as `/`, an option given
 * twice keeping only the last value, a directory the walk could not read skipped unseen, an empty
 * `--principal` turning the request anonymous, `fmt --write` truncating a file when the write failed.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command, ensureBin, NOBODY, ROOT, run } from './helpers.js';

const doc = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const FULL = doc({ Effect: 'Allow', Action: '*', Resource: '*' });
const DENY_ALL = doc({ Effect: 'Deny', Action: '*', Resource: '*' });
const S3 = doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' });
const READ = doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' });

let dir: string;
const at = (...names: string[]) => join(dir, ...names);

beforeAll(() => {
  ensureBin();
  dir = mkdtempSync(join(tmpdir(), 'typed-iam-edge-'));
  chmodSync(dir, 0o755);
  writeFileSync(at('admin.json'), FULL);
  writeFileSync(at('deny-all.json'), DENY_ALL);
  writeFileSync(at('s3.json'), S3);
  writeFileSync(at('read.json'), READ);
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an empty argument', () => {
  it('is a usage error, not the root directory (lint "" linted every .json file below /)', () => {
    for (const args of [['lint', ''], ['size', ''], ['fmt', '--check', ''], ['fit', ''], ['simulate', '--policy', '', '--action', 's3:GetObject']]) {
      const r = run(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('empty argument');
      expect(r.stdout).toBe('');
    }
  });
});

describe('an option that takes one value, given twice with different values', () => {
  it('simulate --boundary deny-all.json --boundary s3.json is a usage error (it allowed, exit 0: the first boundary was dropped)', () => {
    const r = run(['simulate', '--policy', at('admin.json'), '--boundary', at('deny-all.json'), '--boundary', at('s3.json'), '--action', 's3:GetObject']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--boundary is given twice');
    expect(r.stdout).not.toContain('allow');
  });

  it('--action, --expect, --fail-on and --kind given twice are usage errors; the same value twice is not', () => {
    expect(run(['simulate', '--policy', at('admin.json'), '--action', 'iam:CreateUser', '--action', 's3:GetObject', '--expect', 'deny']).code).toBe(2);
    expect(run(['simulate', '--policy', at('admin.json'), '--action', 's3:GetObject', '--expect', 'deny', '--expect=allow']).code).toBe(2);
    expect(run(['lint', '--fail-on', 'warning', '--fail-on=error', at('read.json')]).code).toBe(2);
    expect(run(['lint', '--kind', 'identity', '--kind', 'scp', at('read.json')]).code).toBe(2);
    expect(run(['lint', '--fail-on', 'error', '--fail-on=error', at('read.json')]).code).toBe(0);
  });

  it('with --json, stdout is the error document', () => {
    const r = run(['simulate', '--json', '--policy', at('admin.json'), '--action', 's3:GetObject', '--expect', 'deny', '--expect', 'allow']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ error: { exitCode: 2 } });
  });
});

describe('simulate --principal ""', () => {
  it('is a usage error (it made the request anonymous: --expect deny passed on admin.json)', () => {
    const r = run(['simulate', '--policy', at('admin.json'), '--action', 's3:GetObject', '--principal', '', '--expect', 'deny']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--principal is empty');
    // an anonymous request is still asked for by name
    expect(run(['simulate', '--policy', at('admin.json'), '--action', 's3:GetObject', '--principal', 'anonymous', '--expect', 'deny']).code).toBe(0);
  });
});

describe('account options', () => {
  it('--resource-account that is no account id is named as such (the message named principalAccount)', () => {
    const r = run(['simulate', '--policy', at('admin.json'), '--action', 's3:GetObject', '--resource-account', 'xyz']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--resource-account "xyz"');
  });
});

describe('--out "" and numbers past the safe integers', () => {
  it('fit --out "" is a usage error (an unset $OUT wrote the parts into the working directory)', () => {
    const r = run(['fit', at('admin.json'), '--out', ''], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out "" names no folder');
  });
  it('build --out "" is a usage error', () => {
    const r = run(['build', at('admin.json'), '--out', ''], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out "" names no folder');
  });
  it('cdk check: a 400-digit limit is refused (it read as Infinity, no limit)', () => {
    const big = '9'.repeat(400);
    for (const args of [['--trust-policy-limit', big], ['--max-managed-policies', big], ['--token-length', `AWS::Region=${big}`]]) {
      const r = run(['cdk', 'check', dir, ...args], { cwd: dir });
      expect(r.code, args[0]).toBe(2);
      expect(r.stderr, args[0]).toMatch(/positive whole number|must be <key>=<length>/);
    }
  });
});

describe('--timeout', () => {
  it('is a whole decimal number of milliseconds (0x10 and 1e3 were read as 16 and 1000)', () => {
    for (const t of ['0x10', '1e3', ' 5', '1.0']) expect(run(['diff', at('read.json'), at('s3.json'), '--timeout', t]).code, t).toBe(2);
    expect(run(['diff', at('read.json'), at('s3.json'), '--timeout', '10000']).code).toBe(1);
  });
});

describe('a directory the walk cannot read', () => {
  // root reads a mode-000 directory: then the CLI runs as nobody, in a folder nobody can reach (the test temp folder is private)
  const root = process.getuid?.() === 0;
  let tree: string;
  beforeAll(() => {
    tree = mkdtempSync(join(root ? '/tmp' : tmpdir(), 'typed-iam-walk-'));
    chmodSync(tree, 0o755);
    mkdirSync(join(tree, 'secret'));
    writeFileSync(join(tree, 'a.json'), READ);
    writeFileSync(join(tree, 'secret', 'b.json'), doc({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }));
    chmodSync(join(tree, 'secret'), 0o000);
  });
  afterAll(() => {
    chmodSync(join(tree, 'secret'), 0o755);
    rmSync(tree, { recursive: true, force: true });
  });

  it.skipIf(process.platform === 'win32')('is an input error naming it (it was skipped: lint tree/ gave exit 0 without reading tree/secret/b.json)', () => {
    for (const input of [tree, join(tree, '**', '*.json'), join(tree, '*', '*.json')]) {
      const r = run(['lint', input], root ? { user: NOBODY } : {});
      expect(r.code, `${input}\n${r.stderr}`).toBe(2);
      expect(r.stderr).toContain(join(tree, 'secret'));
      expect(r.stderr).toContain('EACCES');
    }
  });
});

describe('fmt --write', () => {
  const big = doc(...Array.from({ length: 12 }, (_, i) => ({ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: `arn:aws:s3:::b${i}/*` })));
  /** fmt --write with files limited to 1 KiB (ulimit -f 1): writing the formatted big.json fails part way. */
  const fmtLimited = (files: readonly string[]) => {
    const quoted = [...command, 'fmt', '--write', ...files].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('sh', ['-c', `ulimit -f 1; exec '${process.execPath}' ${quoted}`], { cwd: ROOT, encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it.skipIf(process.platform === 'win32')('a write that fails leaves the file as it was (it was truncated to 1024 bytes), and the other files are still formatted', () => {
    mkdirSync(at('fmt'), { recursive: true });
    writeFileSync(at('fmt', 'big.json'), big);
    writeFileSync(at('fmt', 'small.json'), READ);
    const r = fmtLimited([at('fmt', 'big.json'), at('fmt', 'small.json')]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('big.json');
    expect(readFileSync(at('fmt', 'big.json'), 'utf8')).toBe(big);
    expect(readFileSync(at('fmt', 'small.json'), 'utf8')).toBe(`${JSON.stringify(JSON.parse(READ), null, 2)}\n`);
    expect(r.stdout).toContain('formatted');
  });

  it.skipIf(process.platform === 'win32')('keeps the mode of the file it rewrites', () => {
    writeFileSync(at('fmt-mode.json'), READ);
    chmodSync(at('fmt-mode.json'), 0o640);
    expect(run(['fmt', '--write', at('fmt-mode.json')]).code).toBe(0);
    expect(readFileSync(at('fmt-mode.json'), 'utf8')).toContain('\n  "Statement"');
    expect(statSync(at('fmt-mode.json')).mode & 0o777).toBe(0o640);
  });
});
