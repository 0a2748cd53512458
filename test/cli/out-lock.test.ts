/**
 * The lock of `typed-iam build --out` (src/cli/out-lock.ts) in two gaps: a build stopped by Ctrl-C
 * (SIGINT) or SIGTERM left `<out>/.typed-iam-build.lock` behind, so every later build was refused
 * until it was deleted by hand; and builds racing over one stale lock could each believe they held
 * it (one moved aside the lock another had just made, and a third made its own before it was put
 * back). Both are run with real processes of the built bin.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { command, ROOT, scratchDir } from './helpers.js';

const project = scratchDir('out-lock-', join(ROOT, '.tmp'));
const LOCK = '.typed-iam-build.lock';
const MANIFEST = '.typed-iam-build.manifest';
const STARTED = '2025-01-02T03:04:05.000Z';
const lockText = (pid: number) => `${JSON.stringify({ pid, hostname: hostname(), started: STARTED })}\n`;

/** A module exporting `n` policies named `<prefix><i>`. */
function module(file: string, prefix: string, n: number): void {
  const lines = Array.from({ length: n }, (_, i) => `export const ${prefix}${i} = policy.identity(allow('s3:GetObject').on('arn:aws:s3:::${prefix}${i}/*'));`);
  writeFileSync(project.at(file), ["import { allow, policy } from 'typed-iam';", ...lines].join('\n'));
}

/** A started build, its exit and its output. */
function start(args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [...command, ...args], { cwd: project.at(), env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Resolves once `file` exists (false if `until` resolves first). */
async function appears(file: string, until: Promise<unknown>): Promise<boolean> {
  let ended = false;
  void until.then(() => (ended = true));
  while (!ended) {
    if (existsSync(file)) return true;
    await new Promise((r) => setTimeout(r, 2));
  }
  return existsSync(file);
}

/** The pid of a process that has ended. */
function ended(): number {
  const pid = spawnSync(process.execPath, ['-e', '']).pid!;
  expect(() => process.kill(pid, 0)).toThrow();
  return pid;
}

describe('a build stopped by a signal removes its lock and exits 128 + the signal number', () => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const)
    it(`${signal}: exit ${code}, the lock gone, said on stderr; the next build runs`, async () => {
      // many exports: the build holds the lock long enough to be stopped while it writes
      module('stopped.mjs', 'p', 3000);
      const out = `out-${signal}`;
      const run = start(['build', 'stopped.mjs', '--out', out]);
      expect(await appears(project.at(out, LOCK), run.done)).toBe(true);
      run.child.kill(signal);
      const r = await run.done;
      expect(r.code, r.stderr).toBe(code);
      expect(r.stderr).toContain(`typed-iam build: stopped by ${signal}; ${join(out, LOCK)} removed.`);
      expect(existsSync(project.at(out, LOCK))).toBe(false);
      // no claim or temporary file of the lock left either
      expect(readdirSync(project.at(out)).filter((f) => f.startsWith(LOCK))).toEqual([]);
      const again = start(['build', 'stopped.mjs', '--out', out]);
      const r2 = await again.done;
      expect(r2.code, r2.stderr).toBe(0);
      expect(readdirSync(project.at(out)).filter((f) => f.endsWith('.json'))).toHaveLength(3000);
    }, 120_000);

  it('a lock that no longer holds its text (deleted by hand, made by another build) is left in place', async () => {
    module('replaced.mjs', 'p', 3000);
    const out = 'out-replaced';
    const run = start(['build', 'replaced.mjs', '--out', out]);
    expect(await appears(project.at(out, LOCK), run.done)).toBe(true);
    // written in full (the build then holds the folder), deleted and made again as another build would
    while (!readFileSync(project.at(out, LOCK), 'utf8').endsWith('\n')) await new Promise((r) => setTimeout(r, 2));
    const other = lockText(process.pid);
    rmSync(project.at(out, LOCK));
    writeFileSync(project.at(out, LOCK), other);
    run.child.kill('SIGINT');
    const r = await run.done;
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).not.toContain('removed');
    expect(readFileSync(project.at(out, LOCK), 'utf8')).toBe(other);
  }, 120_000);
});

describe('a stale lock another build is taking over, or that cannot be taken over here', () => {
  const claimOf = (text: string) => `${LOCK}.${createHash('sha256').update(text).digest('hex').slice(0, 16)}.takeover`;

  it("another build's claim on it (a hard link) that stays: refused, naming the claim to delete; nothing touched", async () => {
    module('claimed.mjs', 'p', 1);
    mkdirSync(project.at('out-claimed'));
    const stale = lockText(ended());
    writeFileSync(project.at('out-claimed', LOCK), stale);
    writeFileSync(project.at('out-claimed', claimOf(stale)), stale);
    const r = await start(['build', 'claimed.mjs', '--out', 'out-claimed']).done;
    expect(r.code).toBe(2);
    const claim = join('out-claimed', claimOf(stale));
    expect(r.stderr).toBe(
      `typed-iam build: ${join('out-claimed', LOCK)}: names a build that is no longer running (${stale.trim().replace(/^\{"pid":(\d+),"hostname":"(.*)","started":"(.*)"\}$/, 'pid $1 on $2, started $3')}), and another build is taking it over (${claim}); nothing was written. Build again; if ${claim} stays, no build is taking it over: delete it and ${join('out-claimed', LOCK)}. [OUT_LOCKED]\n`,
    );
    expect(readdirSync(project.at('out-claimed')).sort()).toEqual([LOCK, claimOf(stale)].sort());
    expect(readFileSync(project.at('out-claimed', LOCK), 'utf8')).toBe(stale);
  }, 60_000);

  it('a file system without hard links: refused, the lock left for the user to delete', async () => {
    module('nolinks.mjs', 'p', 1);
    mkdirSync(project.at('out-nolinks'));
    const stale = lockText(ended());
    writeFileSync(project.at('out-nolinks', LOCK), stale);
    const preload = project.at('no-links.mjs');
    writeFileSync(
      preload,
      `import { createRequire, syncBuiltinESMExports } from 'node:module';
const promises = createRequire(import.meta.url)('node:fs/promises');
promises.link = async () => { throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' }); };
syncBuiltinESMExports();
`,
    );
    const env = { NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import=${pathToFileURL(preload).href}`.trim() };
    const r = await start(['build', 'nolinks.mjs', '--out', 'out-nolinks'], env).done;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join('out-nolinks', LOCK)}: names a build that is no longer running (pid `);
    expect(r.stderr).toContain('but it cannot be taken over here (a hard link to it failed: EPERM); nothing was written.');
    expect(r.stderr).toMatch(/\[OUT_LOCKED\]\n$/);
    expect(readdirSync(project.at('out-nolinks'))).toEqual([LOCK]);
  }, 60_000);
});

describe('builds racing over one stale lock: one holds the folder at a time', () => {
  /**
   * Loaded into each build (`--import`): as each file it writes into the folder (a policy, the
   * manifest) is renamed into place, it checks that the lock names this process, and records in
   * `violations` when it does not (two builds that both believed they held the lock: each wrote
   * while it named the other). And it widens the windows of the takeover: a build that reads, moves
   * or links the lock waits a moment after it, so the others act in between (with the old takeover,
   * by rename and put back, this found two builds holding the folder in most rounds).
   */
  function spy(violations: string): string {
    const file = project.at('spy.mjs');
    writeFileSync(
      file,
      `import { createRequire, syncBuiltinESMExports } from 'node:module';
import { appendFileSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
const promises = createRequire(import.meta.url)('node:fs/promises');
// a build that reads, moves or links the lock waits a moment after it: the other builds act in between
const pause = () => new Promise((r) => setTimeout(r, 20 + Math.random() * 60));
const rename = promises.rename;
promises.rename = async function (from, to) {
  const dir = dirname(String(to));
  if (basename(dir).startsWith('out-stale-race') && !basename(String(to)).startsWith(${JSON.stringify(LOCK)})) {
    let text = '';
    try { text = readFileSync(join(dir, ${JSON.stringify(LOCK)}), 'utf8'); } catch {}
    if (!text.includes('"pid":' + process.pid + ',')) appendFileSync(${JSON.stringify(violations)}, process.pid + ' wrote ' + to + ' while the lock held ' + JSON.stringify(text) + '\\n');
  }
  const done = await rename.call(this, from, to);
  if (basename(String(from)) === ${JSON.stringify(LOCK)}) await pause();
  return done;
};
const readFile = promises.readFile;
promises.readFile = async function (path, ...rest) {
  const done = await readFile.call(this, path, ...rest);
  if (basename(String(path)) === ${JSON.stringify(LOCK)}) await pause();
  return done;
};
const link = promises.link;
promises.link = async function (from, to) {
  const done = await link.call(this, from, to);
  if (basename(String(from)) === ${JSON.stringify(LOCK)}) await pause();
  return done;
};
syncBuiltinESMExports();
`,
    );
    return pathToFileURL(file).href;
  }

  it('six builds over a lock of a process that no longer runs: no build writes while another holds the lock, the manifest lists exactly the files there', async () => {
    const BUILDS = 6;
    const violations = project.at('violations.log');
    const env = { NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import=${spy(violations)}`.trim() };
    for (let b = 0; b < BUILDS; b++) module(`race${b}.mjs`, `m${b}x`, 60);
    const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
    for (let round = 0; round < 4; round++) {
      const out = `out-stale-race-${round}`;
      mkdirSync(project.at(out));
      const dead = ended();
      writeFileSync(project.at(out, LOCK), lockText(dead));
      const runs = await Promise.all(Array.from({ length: BUILDS }, (_, b) => start(['build', `race${b}.mjs`, '--out', out], env).done));
      expect(existsSync(violations) ? readFileSync(violations, 'utf8') : '').toBe('');
      for (const r of runs) expect([0, 2], r.stderr).toContain(r.code);
      for (const r of runs) if (r.code === 2) expect(r.stderr).toMatch(/^typed-iam build: .*\[OUT_LOCKED\]\n$/);
      expect(runs.filter((r) => r.code === 0).length).toBeGreaterThan(0);
      // the stale lock is removed by one build at most, which says so when it then holds the folder
      // (another build may make its lock first, never having seen the stale one)
      expect(runs.filter((r) => r.stderr.includes('taken over from a build that is no longer running')).length).toBeLessThanOrEqual(1);
      // the builds that ran each have their record, and every file listed is there as written
      const { modules } = JSON.parse(readFileSync(project.at(out, MANIFEST), 'utf8')) as { modules: Record<string, Record<string, string>> };
      const listed = Object.values(modules).flatMap((files) => Object.entries(files));
      expect(listed.map(([f]) => f).sort()).toEqual(readdirSync(project.at(out)).filter((f) => f.endsWith('.json')).sort());
      for (const [f, hash] of listed) expect(sha256(project.at(out, f)), f).toBe(hash);
      expect(Object.keys(modules).length).toBe(runs.filter((r) => r.code === 0).length);
      // nothing of the lock left: neither the lock nor a claim on the stale one
      expect(readdirSync(project.at(out)).filter((f) => f.startsWith(LOCK))).toEqual([]);
    }
  }, 300_000);
});
