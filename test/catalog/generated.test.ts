import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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

  it('all live in src/catalog/generated/ (STYLE.md: one generated folder)', () => {
    const outside: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (readFileSync(path, 'utf8').startsWith('// This file is generated')) outside.push(relative(root, path));
      }
    };
    walk(join(root, 'src'));
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.filter((f) => !f.replaceAll('\\', '/').startsWith('src/catalog/generated/'))).toEqual([]);
  });
});
