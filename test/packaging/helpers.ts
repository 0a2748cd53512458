import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../../scripts/entries.mjs';
import { pack, type PackReport } from '../../scripts/pack.mjs';

export interface Consumer {
  /** Fresh project with the packed typed-iam installed. */
  readonly dir: string;
  readonly tarball: string;
  readonly report: PackReport;
  /** Runs a command in the consumer project; returns stdout. Throws with stderr on failure. */
  run(file: string, args: readonly string[]): string;
  write(name: string, text: string): void;
  dispose(): void;
}

/**
 * Packs the package (dist/ must be built) and installs the tarball in a new project outside the
 * repository, so nothing resolves through the repository's node_modules by accident. zod and
 * type-fest come from the npm cache. The optional peers (vitest,
 * aws-cdk-lib, constructs) are linked from the repository unless `peers` is false; `type` is the
 * consumer's package type (`module` by default).
 */
export function packAndInstall(prefix: string, options: { peers?: boolean; type?: 'module' | 'commonjs' } = {}): Consumer {
  const base = mkdtempSync(join(tmpdir(), `typed-iam-${prefix}-`));
  const { tarball, report } = pack(base);
  const dir = join(base, 'consumer');
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: options.type ?? 'module' }, null, 2));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', tarball], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // optional peers (vitest for typed-iam/vitest, aws-cdk-lib and constructs for typed-iam/cdk)
  for (const peer of options.peers === false ? [] : ['vitest', 'aws-cdk-lib', 'constructs']) {
    const link = join(dir, 'node_modules', peer);
    if (!existsSync(link)) symlinkSync(join(root, 'node_modules', peer), link, 'dir');
  }
  return {
    dir,
    tarball,
    report,
    run(file, args) {
      try {
        return execFileSync(file, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (e) {
        const err = e as { stdout?: string; stderr?: string; message: string };
        throw new Error(`${file} ${args.join(' ')} failed:\n${err.stdout ?? ''}${err.stderr ?? ''}\n${err.message}`);
      }
    },
    write(name, text) {
      writeFileSync(join(dir, name), text);
    },
    dispose() {
      rmSync(base, { recursive: true, force: true });
    },
  };
}

/** Path of the repository's TypeScript compiler. */
export const tscBin = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

/**
 * The oldest TypeScript under which every declaration of typed-iam passes `skipLibCheck: false`
 * (docs/getting-started.md; `typed-iam/schema` holds zod 4's types, and 5.5 is zod's minimum),
 * installed as the devDependency alias `typescript-5.5`, so a declaration that needs a newer
 * compiler fails a test.
 */
export const oldestTscBin = join(root, 'node_modules', 'typescript-5.5', 'bin', 'tsc');

/**
 * TypeScript 5.0, the oldest the builder's compile-time checks support (devDependency alias
 * `typescript-5.0`): the entries other than `typed-iam/schema` and the peers' pass
 * `skipLibCheck: false` there, and each check gives the message it gives under the current one.
 */
export const tsc50Bin = join(root, 'node_modules', 'typescript-5.0', 'bin', 'tsc');

/** TypeScript 7, the native compiler (devDependency alias `typescript-7`): the newest major, checked beside 5.x. */
export const tsc7Bin = join(root, 'node_modules', 'typescript-7', 'bin', 'tsc');
