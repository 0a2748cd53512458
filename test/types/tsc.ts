/** Runs a compiler of node_modules on the test-d files with the options the type tests are read with. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Writes `.tmp/<name>/tsconfig.json` (strict, exactOptionalPropertyTypes, NodeNext, skipLibCheck,
 * no emit) over `files` (paths or globs under the repository) and runs the tsc of
 * `node_modules/<compiler>` on it with `args`. Returns what tsc printed and whether it reported errors.
 */
export function runTsc(name: string, files: { include: string[] } | { files: string[] }, compiler = 'typescript', args: readonly string[] = []): { out: string; failed: boolean } {
  const dir = join(root, '.tmp', name);
  mkdirSync(dir, { recursive: true });
  const compilerOptions = { strict: true, noEmit: true, skipLibCheck: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', types: [], exactOptionalPropertyTypes: true };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, ...files }));
  try {
    return { out: execFileSync(process.execPath, [join(root, 'node_modules', compiler, 'bin', 'tsc'), '-p', dir, ...args], { encoding: 'utf8' }), failed: false };
  } catch (e) {
    const stdout = (e as { stdout?: unknown }).stdout;
    if (typeof stdout !== 'string') throw e;
    return { out: stdout, failed: true };
  }
}
