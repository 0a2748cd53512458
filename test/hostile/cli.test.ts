/**
 * Issue #16's holes in the command-line tool: files written outside --out, overwritten without
 * asking, written through symbolic links, and inputs that block forever.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command, ensureBin, ROOT, run } from '../cli/helpers.js';

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
    expect(readdirSync(out).sort()).toEqual(['.typed-iam-build.manifest', 'ok.json']);
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
    // the summary counts what was written (it said '1 file checked, 1 rewritten')
    expect(r.stderr).toContain('1 file checked, 0 rewritten, 1 not rewritten (a symbolic link).');
    expect(readFileSync(target, 'utf8')).toBe(OK);
    const followed = run(['fmt', '--write', '--follow', link]);
    expect(followed.code).toBe(0);
    expect(followed.stderr).toContain('1 file checked, 1 rewritten.');
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

describe('text that is not UTF-8', () => {
  // IAM policies are JSON text, and JSON exchanged between systems is UTF-8 (RFC 8259 §8.1)
  const latin1 = Buffer.from(OK.replace('docs/*', 'caf\u00e9/*'), 'latin1');

  it('is an input error naming line, column and byte, not a character IAM refuses (was: U+FFFD reported as INVALID_CHARACTER, exit 1)', () => {
    writeFileSync(at('latin1.json'), latin1);
    const column = OK.indexOf('docs/*') + 4;
    for (const command of ['lint', 'size', 'fmt']) {
      const r = run([command, at('latin1.json')]);
      expect(r.code, command).toBe(2);
      expect(r.stderr, command).toContain(`latin1.json:1:${column}: not UTF-8 text (byte 0xE9 at offset ${column - 1})`);
      expect(r.stderr + r.stdout, command).not.toContain('INVALID_CHARACTER');
    }
    expect(run(['lint', '-'], { input: latin1 }).stderr).toContain(`<stdin>:1:${column}: not UTF-8 text`);
    // the summary does not call a file it could not read one without findings (was: "1 file: no findings")
    expect(run(['lint', at('latin1.json')]).stderr).toContain('1 file (1 not read): no findings');
  });

  it('binary input is refused at its first bad byte; valid UTF-8 with a BOM still reads', () => {
    writeFileSync(at('binary.json'), Buffer.from([0x7b, 0x0a, 0x20, 0xc0, 0xaf, 0x7d]));
    expect(run(['size', at('binary.json')]).stderr).toContain('binary.json:2:2: not UTF-8 text (byte 0xC0 at offset 3)');
    // an encoded surrogate (ED A0 80) is not UTF-8 either (RFC 3629 §3)
    writeFileSync(at('surrogate.json'), Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]));
    expect(run(['fmt', at('surrogate.json')]).stderr).toContain('surrogate.json:1:7: not UTF-8 text (byte 0xED at offset 6)');
    writeFileSync(at('bom-e9.json'), `\ufeff${OK.replace('docs/*', 'caf\u00e9/*')}`);
    expect(run(['lint', at('bom-e9.json')]).code).toBe(0);
  });
});

describe('a closed pipe', () => {
  /** Runs the bin with stderr (or stdout) closed by the reader after its first chunk. */
  function closing(stream: 'stdout' | 'stderr', args: string[]): Promise<{ code: number | null; other: string }> {
    return new Promise((done) => {
      const p = spawn(process.execPath, [...command, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let other = '';
      p[stream].once('data', () => p[stream].destroy());
      p[stream === 'stdout' ? 'stderr' : 'stdout'].on('data', (d: Buffer) => (other += d.toString()));
      p.on('close', (code) => done({ code, other }));
    });
  }

  it('on stderr keeps the exit code (was: exit 1 from an uncaught EPIPE instead of 2)', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `"k${i}":1`).join(',');
    writeFileSync(at('noisy.json'), `{${lines}}`);
    expect(run(['fmt', at('noisy.json')]).code).toBe(2);
    const r = await closing('stderr', ['fmt', at('noisy.json')]);
    expect(r.code).toBe(2);
  });

  it('on stdout: no stack trace, the exit code is the command\'s', async () => {
    const r = await closing('stdout', ['expand', '*']);
    expect(r.code).toBe(0);
    expect(r.other).toBe('');
  });
});

describe('JSON and SARIF output stays parseable on errors', () => {
  it.each([
    [['size', '--json', 'missing.json'], { file: 'missing.json', fits: false, error: { code: 'NOT_FOUND', message: 'missing.json: file not found.' } }],
    [['lint', '--format', 'json', 'missing.json'], { file: 'missing.json', code: 'NOT_FOUND', severity: 'error', message: 'missing.json: file not found.' }],
  ])('%j: an input not found is an entry of the usual JSON list, in its place, with exit 2', (args, entry) => {
    const r = run(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining(entry)]);
    expect(r.stderr).toContain('missing.json: file not found.');
  });

  it.each([
    [['simulate', '--json', '--policy', 'missing.json', '--action', 's3:GetObject']],
    [['expand', '--json']],
    [['diff', '--json', 'one.json']],
    [['size', '--json', '--bogus']],
    [['cdk', 'diff', '--format=json', 'a', 'b']],
  ])('%j prints {"error": ...} on stdout with exit 2 (was: nothing)', (args) => {
    const r = run(args, { cwd: dir });
    expect(r.code).toBe(2);
    const error = (JSON.parse(r.stdout) as { error: { command: string; exitCode: number; message: string } }).error;
    expect(error).toMatchObject({ command: args[0], exitCode: 2 });
    expect(r.stderr.trim().split('\n').at(-1)).toBe(error.message.split('\n').at(-1));
  });

  it('SARIF: a log with a failed invocation and no results, for --format sarif and --sarif', () => {
    for (const args of [['lint', '--format', 'sarif', 'missing.json'], ['check', 'no-public-access', '--sarif', '--resource-type', 's3-bucket', 'missing.json']]) {
      const r = run(args, { cwd: dir });
      expect(r.code).toBe(2);
      const log = JSON.parse(r.stdout) as { version: string; runs: [{ results: unknown[]; invocations: [{ executionSuccessful: boolean; toolExecutionNotifications: [{ message: { text: string } }] }] }] };
      expect(log.version).toBe('2.1.0');
      expect(log.runs[0].results).toEqual([]);
      expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
      expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toContain('missing.json');
    }
  });

  it('output already printed is not followed by a second document; text output is unchanged', () => {
    writeFileSync(at('empty.json'), '');
    const r = run(['lint', '--format', 'json', at('empty.json')]);
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as { code: string }[])[0]!.code).toBe('JSON_SYNTAX');
    expect(run(['size', 'missing.json'], { cwd: dir }).stdout).toBe('');
    expect(run(['lint', '--format', 'json', '--format', 'text', 'missing.json'], { cwd: dir }).stdout).toBe('');
  });
});

describe('help', () => {
  it('help for an unknown command is an error on stderr (was: the overview on stdout with exit 2)', () => {
    const r = run(['help', 'bogus']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown command "bogus"');
    expect(run(['help', 'lint']).stdout).toContain('Usage: typed-iam lint');
  });
});

describe('cdk given an IAM policy', () => {
  it('is an input error, not a template with 0 policies and no findings (was: exit 0)', () => {
    for (const args of [['cdk', 'check', at('ok.json')], ['cdk', 'diff', at('ok.json'), at('ok.json')]]) {
      const r = run(args);
      expect(r.code, args[1]).toBe(2);
      expect(r.stderr, args[1]).toContain('is an IAM policy, not a CloudFormation template');
    }
    // a template without resources is still read
    writeFileSync(at('no-resources.template.json'), JSON.stringify({ Parameters: { BootstrapVersion: { Type: 'AWS::SSM::Parameter::Value<String>' } } }));
    expect(run(['cdk', 'check', at('no-resources.template.json')]).code).toBe(0);
  });
});
