/**
 * Vitest global setup: every temporary file of a run goes to one directory of its own, removed
 * when the run ends. aws-cdk-lib synthesizes an `App` without `outdir` into a fresh
 * `cdk.out*` directory under the system's temporary directory and never removes it (about 40 per
 * run); the test workers inherit `TMPDIR`, so those land here too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'typed-iam-test-'));
  const previous = process.env['TMPDIR'];
  process.env['TMPDIR'] = dir;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    rmSync(dir, { recursive: true, force: true });
  };
}
