import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('generated catalog files', () => {
  it('are current: `npm run generate -- --check` exits 0', { timeout: 180_000 }, () => {
    let output = '';
    let status = 0;
    try {
      output = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-catalog.ts', '--check'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      const err = e as { status?: number; stderr?: string };
      status = err.status ?? 1;
      output = err.stderr ?? '';
    }
    expect(output, 'run `npm run generate` and commit the result').toMatch(/checked \d+ files \(0 changed\)/);
    expect(status).toBe(0);
  });
});
