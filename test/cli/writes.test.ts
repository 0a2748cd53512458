/**
 * Files the CLI writes and the files it reads: `fmt --write` replaced a read-only file and lost a
 * change made while it formatted the file; `fmt` of several inputs printed documents back to back
 * (no one JSON text); `build` left the files of removed exports in --out; walks and globs skipped
 * `A.JSON` unseen; two builds into one --out each wrote the manifest over the other's record.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rewriteFile } from '../../src/cli/io.js';
import { NOBODY, ROOT, run, runAsync, scratchDir } from './helpers.js';

const doc = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const READ = doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' });
const PRETTY_READ = `${JSON.stringify(JSON.parse(READ), null, 2)}\n`;
const unix = process.platform !== 'win32';
const root = process.getuid?.() === 0;

const { at } = scratchDir('typed-iam-writes-');
const text = (...names: string[]) => readFileSync(at(...names), 'utf8');
/** A folder `name` holding `files` (name -> text). */
function folder(name: string, files: Record<string, string>): string {
  mkdirSync(at(name), { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(at(name, file), content);
  return at(name);
}

describe('fmt --write leaves a read-only file as it is', () => {
  it.skipIf(!unix)('a file without write permission: exit 2, [READ_ONLY], the others still rewritten (it was replaced: the rename needs only the folder\'s permission)', () => {
    const dir = folder('ro', { 'locked.json': READ, 'open.json': READ });
    chmodSync(join(dir, 'locked.json'), 0o444);
    const r = run(['fmt', '--write', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'locked.json')} is read-only`);
    expect(r.stderr).toContain('[READ_ONLY]');
    expect(r.stderr).toContain('2 files checked, 1 rewritten, 1 not rewritten (read-only).');
    expect(text('ro', 'locked.json')).toBe(READ);
    expect(statSync(join(dir, 'locked.json')).mode & 0o777).toBe(0o444);
    expect(text('ro', 'open.json')).toBe(PRETTY_READ);
    // no temporary file left beside them
    expect(readdirSync(dir).sort()).toEqual(['locked.json', 'open.json']);
  });

  it.skipIf(!unix || !root)('a file of another user, in a folder anyone may write: refused for the user who cannot write it (it was replaced)', () => {
    // the test folder is private: this one is in /tmp, and nobody may rename over the file in it
    const shared = mkdtempSync('/tmp/typed-iam-shared-');
    try {
      chmodSync(shared, 0o777);
      writeFileSync(join(shared, 'root.json'), READ, { mode: 0o644 });
      const r = run(['fmt', '--write', join(shared, 'root.json')], { user: NOBODY });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('[READ_ONLY]');
      expect(readFileSync(join(shared, 'root.json'), 'utf8')).toBe(READ);
      expect(statSync(join(shared, 'root.json')).uid).toBe(0);
    } finally {
      rmSync(shared, { recursive: true, force: true });
    }
  });

  it.skipIf(!unix)('the summary counts each reason a file was not rewritten', () => {
    const dir = folder('mixed', { 'locked.json': READ });
    chmodSync(join(dir, 'locked.json'), 0o444);
    writeFileSync(at('elsewhere.json'), READ);
    symlinkSync(at('elsewhere.json'), join(dir, 'link.json'));
    const r = run(['fmt', '--write', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2 files checked, 0 rewritten, 2 not rewritten (1 symbolic link, 1 read-only).');
    expect(text('elsewhere.json')).toBe(READ);
  });

  it.skipIf(!unix)('a formatted read-only file is no error: nothing needs writing', () => {
    const dir = folder('ro-formatted', { 'done.json': PRETTY_READ });
    chmodSync(join(dir, 'done.json'), 0o444);
    const r = run(['fmt', '--write', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('1 file checked, 0 rewritten.');
  });
});

describe('fmt --write keeps the mode and the link', () => {
  it.skipIf(!unix)('an executable, group-only file keeps its mode 0750', () => {
    const dir = folder('mode', { 'p.json': READ });
    chmodSync(join(dir, 'p.json'), 0o750);
    expect(run(['fmt', '--write', join(dir, 'p.json')]).code).toBe(0);
    expect(text('mode', 'p.json')).toBe(PRETTY_READ);
    expect(statSync(join(dir, 'p.json')).mode & 0o777).toBe(0o750);
  });

  it.skipIf(!unix)('--follow rewrites the file a link points to, with its mode; the link stays a link (never a regular file)', () => {
    const dir = folder('follow', { 'target.json': READ });
    chmodSync(join(dir, 'target.json'), 0o600);
    symlinkSync('target.json', join(dir, 'link.json'));
    const refused = run(['fmt', '--write', join(dir, 'link.json')]);
    expect(refused.code).toBe(2);
    expect(text('follow', 'target.json')).toBe(READ);
    const r = run(['fmt', '--write', '--follow', join(dir, 'link.json')]);
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(text('follow', 'target.json')).toBe(PRETTY_READ);
    expect(statSync(join(dir, 'target.json')).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'target.json']);
  });

  it.skipIf(!unix)('--follow to a read-only file is refused too', () => {
    const dir = folder('follow-ro', { 'target.json': READ });
    chmodSync(join(dir, 'target.json'), 0o444);
    symlinkSync('target.json', join(dir, 'link.json'));
    const r = run(['fmt', '--write', '--follow', join(dir, 'link.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[READ_ONLY]');
    expect(text('follow-ro', 'target.json')).toBe(READ);
  });
});

describe("rewriteFile, fmt --write's replace step", () => {
  it('compares the file as it was read: two byte-order marks (both dropped when read) are no change', () => {
    const dir = folder('boms', { 'p.json': `\uFEFF\uFEFF${READ}` });
    const r = run(['fmt', '--write', join(dir, 'p.json')]);
    expect(r.code, r.stderr).toBe(0);
    expect(text('boms', 'p.json')).toBe(PRETTY_READ);
  });

  const EDIT = doc({ Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' });

  it('keeps a change made after the read: CHANGED_DURING_WRITE, the change kept, no temporary file left', async () => {
    const dir = folder('race', { 'p.json': READ });
    const file = join(dir, 'p.json');
    await expect(rewriteFile(file, PRETTY_READ, READ, { beforeReplace: () => writeFileSync(file, EDIT) })).rejects.toMatchObject({
      code: 'CHANGED_DURING_WRITE',
      exitCode: 2,
      message: expect.stringContaining(`${file} changed (or was removed) while typed-iam formatted it; not rewritten`) as unknown,
    });
    expect(readFileSync(file, 'utf8')).toBe(EDIT);
    expect(readdirSync(dir)).toEqual(['p.json']);
  });

  it('sees a change of the same size with the old modification time (size and mtime alone would not)', async () => {
    const dir = folder('race-same', { 'p.json': READ });
    const file = join(dir, 'p.json');
    const { atime, mtime } = statSync(file);
    const same = READ.replace('docs', 'logs');
    expect(same.length).toBe(READ.length);
    const change = () => {
      writeFileSync(file, same);
      utimesSync(file, atime, mtime);
    };
    await expect(rewriteFile(file, PRETTY_READ, READ, { beforeReplace: change })).rejects.toMatchObject({ code: 'CHANGED_DURING_WRITE' });
    expect(readFileSync(file, 'utf8')).toBe(same);
  });

  it('does not make again a file removed meanwhile', async () => {
    const dir = folder('race-removed', { 'p.json': READ });
    const file = join(dir, 'p.json');
    await expect(rewriteFile(file, PRETTY_READ, READ, { beforeReplace: () => rmSync(file) })).rejects.toMatchObject({ code: 'CHANGED_DURING_WRITE' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replaces a file that still holds what was read (a byte-order mark read is compared as bytes)', async () => {
    const dir = folder('unchanged', { 'p.json': `\uFEFF${READ}` });
    const file = join(dir, 'p.json');
    let called = false;
    await rewriteFile(file, PRETTY_READ, `\uFEFF${READ}`, { beforeReplace: () => void (called = true) });
    expect(called).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(PRETTY_READ);
    expect(readdirSync(dir)).toEqual(['p.json']);
  });

  it.skipIf(!unix)('refuses a read-only file before writing anything: READ_ONLY', async () => {
    const dir = folder('unit-ro', { 'p.json': READ });
    const file = join(dir, 'p.json');
    chmodSync(file, 0o400);
    let called = false;
    await expect(rewriteFile(file, PRETTY_READ, READ, { beforeReplace: () => void (called = true) })).rejects.toMatchObject({ code: 'READ_ONLY', exitCode: 2 });
    expect(called).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(READ);
    expect(readdirSync(dir)).toEqual(['p.json']);
  });
});

describe('fmt of several inputs without --write or --check', () => {
  it('is a usage error naming both flags, before anything is read (the documents were printed back to back: no one JSON text)', () => {
    const dir = folder('several', { 'a.json': READ, 'b.json': READ });
    for (const args of [[join(dir, 'a.json'), join(dir, 'b.json')], [join(dir, 'a.json'), '-'], [join(dir, 'a.json'), join(dir, 'missing.json')]]) {
      const r = run(['fmt', ...args], { input: READ });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('Without --write or --check, fmt prints one policy (one JSON document), and the arguments name 2 inputs');
      expect(r.stderr).toContain('pass --write to rewrite them in place or --check to list those not formatted');
    }
    const walked = run(['fmt', 'several'], { cwd: at() });
    expect(walked.code).toBe(2);
    expect(walked.stderr).toContain('"several" names 2 inputs (several/a.json, several/b.json)');
  });

  it('one input, also from a directory or glob, prints one JSON document', () => {
    const dir = folder('one', { 'a.json': READ });
    for (const input of [dir, join(dir, '*.json'), join(dir, 'a.json')]) {
      const r = run(['fmt', input]);
      expect(r.code, input).toBe(0);
      expect(r.stdout).toBe(PRETTY_READ);
    }
  });
});

describe('the .json extension in any case', () => {
  it('a directory walk and a *.json glob take A.JSON and b.Json (they were skipped unseen)', () => {
    const dir = folder('upper', { 'A.JSON': READ, 'b.Json': READ, 'c.json': READ, 'd.txt': READ });
    for (const input of ['upper', 'upper/*.json', 'upper/*.JSON']) {
      const r = run(['lint', '--format', 'json', '--fail-on', 'error', input], { cwd: at() });
      expect(r.code, input).toBe(0);
      expect(r.stderr, input).toContain('3 files: no findings');
    }
    expect(run(['fmt', '--check', dir]).stdout.trim().split('\n').sort()).toEqual(['A.JSON', 'b.Json', 'c.json'].map((f) => join(dir, f)));
  });
});

describe('build: files of exports an earlier build wrote and this one does not', () => {
  // inside the repository, so that 'typed-iam' resolves to the package itself
  const project = scratchDir('writes-build-', join(ROOT, '.tmp'));
  const IMPORT = "import { allow, policy } from 'typed-iam';";
  /** A module exporting one identity policy per name (each allowing s3:GetObject on its own bucket). */
  const module = (file: string, names: readonly string[]) =>
    writeFileSync(project.at(file), [IMPORT, ...names.map((n) => `export const ${n} = policy.identity(allow('s3:GetObject').on('arn:aws:s3:::${n}/*'));`)].join('\n'));
  const listing = (out: string) => readdirSync(project.at(out)).sort();
  const build = (file: string, out: string, ...more: string[]) => run(['build', file, '--out', out, ...more], { cwd: project.at() });

  it('removes the file of an export that is gone and names it; a file build did not write stays (it was left, and deployed)', () => {
    module('m.mjs', ['readDocs', 'oldRole']);
    expect(build('m.mjs', 'out').code).toBe(0);
    expect(listing('out')).toEqual(['.typed-iam-build.manifest', 'oldRole.json', 'readDocs.json']);
    writeFileSync(project.at('out', 'by-hand.json'), READ);
    module('m.mjs', ['readDocs']);
    const r = build('m.mjs', 'out');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`removed ${join('out', 'oldRole.json')}: an earlier build of this module wrote it, and the module no longer exports its policy.\n`);
    expect(listing('out')).toEqual(['.typed-iam-build.manifest', 'by-hand.json', 'readDocs.json']);
    const manifest = JSON.parse(readFileSync(project.at('out', '.typed-iam-build.manifest'), 'utf8')) as { typedIamBuild: number; modules: Record<string, Record<string, string>> };
    expect(manifest.typedIamBuild).toBe(1);
    expect(Object.keys(manifest.modules)).toEqual(['../m.mjs']);
    expect(Object.keys(manifest.modules['../m.mjs']!)).toEqual(['readDocs.json']);
    // a walk of --out does not take the manifest for a policy
    expect(run(['lint', project.at('out')]).stderr).toContain('2 files');
  });

  it('removes the earlier file of an export not written this time (over its limit): it held the old policy', () => {
    module('limit.mjs', ['small']);
    expect(build('limit.mjs', 'out-limit').code).toBe(0);
    const r = build('limit.mjs', 'out-limit', '--target', 'managed', '--limit', '50');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not written');
    expect(r.stderr).toContain(`removed ${join('out-limit', 'small.json')}: an earlier build wrote it, and this run did not write that export (see above)`);
    expect(existsSync(project.at('out-limit', 'small.json'))).toBe(false);
    // nothing is listed any more: no manifest is left behind
    expect(listing('out-limit')).toEqual([]);
  });

  it('a stale file changed since is not removed: reported at every run ([STALE_OUTPUT], exit 2) until it is deleted', () => {
    module('edit.mjs', ['keep', 'gone']);
    expect(build('edit.mjs', 'out-edit').code).toBe(0);
    writeFileSync(project.at('out-edit', 'gone.json'), READ);
    module('edit.mjs', ['keep']);
    for (let i = 0; i < 2; i++) {
      const r = build('edit.mjs', 'out-edit');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${join('out-edit', 'gone.json')}: an earlier build wrote it, and it is no longer written, but it changed since; not removed.`);
      expect(r.stderr).toContain('[STALE_OUTPUT]');
      expect(readFileSync(project.at('out-edit', 'gone.json'), 'utf8')).toBe(READ);
    }
    rmSync(project.at('out-edit', 'gone.json'));
    const clean = build('edit.mjs', 'out-edit');
    expect(clean.code).toBe(0);
    expect(clean.stderr).toBe('');
  });

  it.skipIf(!unix)('a stale file replaced by a symbolic link is not removed (nor what it points to)', () => {
    module('linked.mjs', ['keep', 'gone']);
    expect(build('linked.mjs', 'out-linked').code).toBe(0);
    writeFileSync(project.at('elsewhere.json'), READ);
    rmSync(project.at('out-linked', 'gone.json'));
    symlinkSync(project.at('elsewhere.json'), project.at('out-linked', 'gone.json'));
    module('linked.mjs', ['keep']);
    const r = build('linked.mjs', 'out-linked');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[STALE_OUTPUT]');
    expect(lstatSync(project.at('out-linked', 'gone.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(project.at('elsewhere.json'), 'utf8')).toBe(READ);
  });

  it("two modules building into one folder keep their own files: one's removed export does not touch the other's", () => {
    module('first.mjs', ['one', 'shared']);
    module('second.mjs', ['two']);
    expect(build('first.mjs', 'out-two').code).toBe(0);
    expect(build('second.mjs', 'out-two').code).toBe(0);
    module('second.mjs', ['three']);
    const r = build('second.mjs', 'out-two');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`removed ${join('out-two', 'two.json')}`);
    expect(listing('out-two')).toEqual(['.typed-iam-build.manifest', 'one.json', 'shared.json', 'three.json']);
  });

  it('a module renamed: the files its old name built and the new one does not write are removed, naming the old module', () => {
    module('old-name.mjs', ['kept', 'dropped']);
    expect(build('old-name.mjs', 'out-renamed').code).toBe(0);
    rmSync(project.at('old-name.mjs'));
    module('new-name.mjs', ['kept']);
    const r = build('new-name.mjs', 'out-renamed');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`removed ${join('out-renamed', 'dropped.json')}: an earlier build of ../old-name.mjs (from --out) wrote it, and that module no longer exists (renamed, moved or deleted).\n`);
    expect(listing('out-renamed')).toEqual(['.typed-iam-build.manifest', 'kept.json']);
    expect(Object.keys((JSON.parse(readFileSync(project.at('out-renamed', '.typed-iam-build.manifest'), 'utf8')) as { modules: object }).modules)).toEqual(['../new-name.mjs']);
  });

  it.skipIf(!unix)('--out spelt through a symbolic link is the same folder: its earlier files are still found', () => {
    module('spelt.mjs', ['one', 'two']);
    expect(build('spelt.mjs', 'out-real').code).toBe(0);
    symlinkSync(project.at('out-real'), project.at('out-alias'));
    module('spelt.mjs', ['one']);
    const r = build('spelt.mjs', 'out-alias');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`removed ${join('out-alias', 'two.json')}`);
    expect(listing('out-real')).toEqual(['.typed-iam-build.manifest', 'one.json']);
  });

  it('a manifest build cannot read stops the run before anything is written ([BAD_MANIFEST], exit 2)', () => {
    module('bad.mjs', ['p']);
    for (const manifest of ['not json', JSON.stringify({ typedIamBuild: 1, modules: { '../bad.mjs': { '../../escape.json': 'a'.repeat(64) } } })]) {
      mkdirSync(project.at('out-bad'), { recursive: true });
      writeFileSync(project.at('out-bad', '.typed-iam-build.manifest'), manifest);
      const r = build('bad.mjs', 'out-bad');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('.typed-iam-build.manifest is not a manifest typed-iam build writes');
      expect(r.stderr).toContain('[BAD_MANIFEST]');
      expect(listing('out-bad')).toEqual(['.typed-iam-build.manifest']);
    }
  });
});

describe('build: one build at a time into one --out (.typed-iam-build.lock)', () => {
  const project = scratchDir('writes-lock-', join(ROOT, '.tmp'));
  const IMPORT = "import { allow, policy } from 'typed-iam';";
  const module = (file: string, names: readonly string[]) =>
    writeFileSync(project.at(file), [IMPORT, ...names.map((n) => `export const ${n} = policy.identity(allow('s3:GetObject').on('arn:aws:s3:::${n}/*'));`)].join('\n'));
  const listing = (out: string) => readdirSync(project.at(out)).sort();
  const build = (file: string, out: string, ...more: string[]) => run(['build', file, '--out', out, ...more], { cwd: project.at() });
  const LOCK = '.typed-iam-build.lock';
  const MANIFEST = '.typed-iam-build.manifest';
  const STARTED = '2025-01-02T03:04:05.000Z';
  const lock = (pid: number, host = hostname()) => `${JSON.stringify({ pid, hostname: host, started: STARTED })}\n`;
  /** The pid of a process that has ended. */
  const ended = (): number => {
    const pid = spawnSync(process.execPath, ['-e', '']).pid!;
    expect(() => process.kill(pid, 0)).toThrow();
    return pid;
  };

  it('a lock held by a running build: refused on one line ([OUT_LOCKED], exit 2) naming its pid and host; nothing written or removed', () => {
    module('held.mjs', ['kept', 'gone']);
    expect(build('held.mjs', 'out-held').code).toBe(0);
    const manifest = readFileSync(project.at('out-held', MANIFEST), 'utf8');
    module('held.mjs', ['kept', 'added']);
    // the test's own process: it runs, on this host
    writeFileSync(project.at('out-held', LOCK), lock(process.pid));
    const r = build('held.mjs', 'out-held');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `typed-iam build: ${join('out-held', LOCK)}: another typed-iam build into this folder is running (pid ${process.pid} on ${hostname()}, started ${STARTED}); nothing was written. Wait for it to finish, or delete ${join('out-held', LOCK)} if no build is running. [OUT_LOCKED]\n`,
    );
    expect(listing('out-held')).toEqual([LOCK, MANIFEST, 'gone.json', 'kept.json']);
    expect(readFileSync(project.at('out-held', MANIFEST), 'utf8')).toBe(manifest);
    expect(readFileSync(project.at('out-held', LOCK), 'utf8')).toBe(lock(process.pid));
  });

  it("a lock of another host, or one naming no build, is refused too: whether its build runs is not known here", () => {
    module('other.mjs', ['one']);
    mkdirSync(project.at('out-other'));
    for (const text of [lock(ended(), 'build-agent-7.example'), '', 'not a lock', JSON.stringify({ pid: 0, hostname: hostname(), started: STARTED })]) {
      writeFileSync(project.at('out-other', LOCK), text);
      const r = build('other.mjs', 'out-other');
      expect(r.code, text).toBe(2);
      expect(r.stderr).toContain('[OUT_LOCKED]');
      expect(r.stderr).toContain(text.includes('build-agent-7') ? 'build-agent-7.example' : 'it names no build');
      expect(listing('out-other')).toEqual([LOCK]);
      expect(readFileSync(project.at('out-other', LOCK), 'utf8')).toBe(text);
    }
  });

  it('a stale lock (its build no longer runs: killed, crashed) is taken over and said so; the build runs and removes it', () => {
    module('stale.mjs', ['one']);
    mkdirSync(project.at('out-stale'));
    const pid = ended();
    writeFileSync(project.at('out-stale', LOCK), lock(pid));
    const r = build('stale.mjs', 'out-stale');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`${join('out-stale', LOCK)}: taken over from a build that is no longer running (pid ${pid} on ${hostname()}, started ${STARTED}); it stopped before removing its lock.\n`);
    expect(listing('out-stale')).toEqual([MANIFEST, 'one.json']);
  });

  it('the lock is removed after a build that succeeds and after each that fails: over a limit (1), a write that fails, a bad manifest (2)', () => {
    module('ends.mjs', ['one']);
    expect(build('ends.mjs', 'out-ends').code).toBe(0);
    expect(listing('out-ends')).toEqual([MANIFEST, 'one.json']);
    expect(build('ends.mjs', 'out-ends', '--target', 'managed', '--limit', '50').code).toBe(1);
    expect(existsSync(project.at('out-ends', LOCK))).toBe(false);
    // a folder where two.json goes: that write fails
    module('ends.mjs', ['one', 'two']);
    mkdirSync(project.at('out-ends', 'two.json'));
    expect(build('ends.mjs', 'out-ends').code).toBe(2);
    expect(existsSync(project.at('out-ends', LOCK))).toBe(false);
    writeFileSync(project.at('out-ends', MANIFEST), 'not json');
    const bad = build('ends.mjs', 'out-ends');
    expect(bad.stderr).toContain('[BAD_MANIFEST]');
    expect(listing('out-ends')).toEqual([MANIFEST, 'one.json', 'two.json']);
  });

  it('a folder made for a run that writes nothing is not left behind (no --out at all, as before the lock)', () => {
    module('none.mjs', ['big']);
    expect(build('none.mjs', join('out-none', 'deep'), '--target', 'managed', '--limit', '50').code).toBe(1);
    expect(existsSync(project.at('out-none'))).toBe(false);
  });

  it('a walk or a glob of --out does not take the lock for a policy', () => {
    module('walk.mjs', ['one']);
    expect(build('walk.mjs', 'out-walk').code).toBe(0);
    writeFileSync(project.at('out-walk', LOCK), lock(process.pid));
    for (const input of ['out-walk', 'out-walk/*', 'out-walk/**']) {
      const r = run(['lint', input], { cwd: project.at() });
      expect(r.code, input).toBe(0);
      expect(r.stderr, input).toBe('1 file: no findings\n');
    }
  });

  it('two builds started together into one folder: one waits its turn or is refused, and the manifest lists exactly the files there', async () => {
    // many exports: each build writes long enough for the two to overlap (they did: one's record was lost)
    const names = (prefix: string) => Array.from({ length: 150 }, (_, i) => `${prefix}${i}`);
    module('left.mjs', names('left'));
    module('right.mjs', names('right'));
    const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
    const consistent = (out: string) => {
      const { modules } = JSON.parse(readFileSync(project.at(out, MANIFEST), 'utf8')) as { modules: Record<string, Record<string, string>> };
      const listed = Object.values(modules).flatMap((files) => Object.entries(files));
      expect(listed.map(([f]) => f).sort()).toEqual(listing(out).filter((f) => f.endsWith('.json')));
      for (const [f, hash] of listed) expect(sha256(project.at(out, f)), f).toBe(hash);
      return Object.keys(modules).sort();
    };
    for (let round = 0; round < 3; round++) {
      const out = `out-race-${round}`;
      const runs = await Promise.all(['left.mjs', 'right.mjs'].map((m) => runAsync(['build', m, '--out', out], { cwd: project.at() })));
      for (const r of runs) if (r.code !== 0) expect(r.stderr).toMatch(/^typed-iam build: .*\[OUT_LOCKED\]\n$/);
      expect(runs.filter((r) => r.code === 0).length).toBeGreaterThan(0);
      expect(runs.every((r) => r.code === 0 || r.code === 2)).toBe(true);
      consistent(out);
      // the refused one, run again, adds its files beside the other's
      for (const [i, r] of runs.entries()) if (r.code !== 0) expect(build(['left.mjs', 'right.mjs'][i]!, out).code).toBe(0);
      expect(consistent(out)).toEqual(['../left.mjs', '../right.mjs']);
      expect(listing(out)).toHaveLength(301);
    }
  }, 120_000);
});
