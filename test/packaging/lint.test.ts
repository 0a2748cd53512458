/** publint and @arethetypeswrong/cli on the packed tarball. Needs a built dist/ (`npm run build`). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pack, runAttw, runPublint } from '../../scripts/pack.mjs';

let dir: string;
let tarball: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'typed-iam-lint-'));
  tarball = pack(dir).tarball;
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('package lint', () => {
  it('publint reports no problems', async () => {
    expect(await runPublint(tarball)).toEqual([]);
  }, 120_000);

  it('arethetypeswrong reports no problems under node10, node16 (CJS and ESM) and bundler', () => {
    const result = runAttw(tarball);
    if (result.excluded.length > 0) console.log(`attw: not checked, source not written yet: ${result.excluded.join(', ')}`);
    expect(result.output).toContain('No problems found');
    expect(result.ok, result.output).toBe(true);
  }, 180_000);
});
