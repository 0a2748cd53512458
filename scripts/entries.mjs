// The package's public entry points: one list read by the build, the docs and the packaging tests.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Subpath exports (contract). `src` is relative to the repository root; `out` is the path of the
 * entry inside dist/ (ESM) and dist/cjs/ (CommonJS), without extension. `sideEffects`: importing the
 * entry does something (package.json lists it in `sideEffects`, so bundlers keep the import).
 */
export const ENTRIES = [
  { subpath: '.', src: 'src/index.ts', out: 'index' },
  { subpath: './catalog', src: 'src/catalog/index.ts', out: 'catalog/index' },
  { subpath: './lint', src: 'src/lint/index.ts', out: 'lint/index' },
  { subpath: './evaluate', src: 'src/evaluate/index.ts', out: 'evaluate/index' },
  { subpath: './analyze', src: 'src/analyze/index.ts', out: 'analyze/index' },
  { subpath: './optimize', src: 'src/optimize/index.ts', out: 'optimize/index' },
  { subpath: './arn', src: 'src/arn/index.ts', out: 'arn/index', optional: true },
  { subpath: './cdk', src: 'src/cdk/index.ts', out: 'cdk/index' },
  { subpath: './cloudformation', src: 'src/cdk/cloudformation.ts', out: 'cdk/cloudformation' },
  { subpath: './schema', src: 'src/parse/schema.ts', out: 'parse/schema' },
  { subpath: './vitest', src: 'src/vitest/index.ts', out: 'vitest/index' },
  { subpath: './vitest/setup', src: 'src/vitest/setup.ts', out: 'vitest/setup', optional: true, sideEffects: true },
];

/** The `typed-iam` command. */
export const BIN = { name: 'typed-iam', src: 'src/cli/main.ts', out: 'dist/cli/main.js' };

/** Entries whose source exists now. */
export function presentEntries() {
  return ENTRIES.filter((e) => existsSync(join(root, e.src)));
}

/** Entries whose source does not exist yet. */
export function missingEntries() {
  return ENTRIES.filter((e) => !existsSync(join(root, e.src)));
}

/** True when the CLI source exists. */
export function hasBin() {
  return existsSync(join(root, BIN.src));
}

/** Package name of a subpath: `.` -> `typed-iam`, `./lint` -> `typed-iam/lint`. */
export function specifier(entry) {
  return entry.subpath === '.' ? 'typed-iam' : `typed-iam/${entry.subpath.slice(2)}`;
}
