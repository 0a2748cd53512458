/**
 * `typed-iam/vitest/setup` registers the matchers when imported, so package.json must not declare
 * it free of side effects: with `"sideEffects": false` a bundler drops `import 'typed-iam/vitest/setup'`
 * (esbuild warned "Ignoring this import because ... was marked as having no side effects").
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { ENTRIES } from '../../scripts/entries.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, { import: { default: string } }>; sideEffects: unknown };
const work = mkdtempSync(join(tmpdir(), 'typed-iam-side-effects-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Bundles `source` against a stand-in package with the real exports and sideEffects fields; every entry module marks the bundle. */
async function bundle(source: string): Promise<{ code: string; warnings: string[] }> {
  const dir = join(work, 'node_modules', 'typed-iam');
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (typeof target !== 'object') continue;
    const file = join(dir, target.import.default);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `globalThis.loaded = ${JSON.stringify(`entry ${subpath}`)};\n`);
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'typed-iam', type: 'module', exports: pkg.exports, sideEffects: pkg.sideEffects }));
  writeFileSync(join(work, 'entry.mjs'), source);
  const r = await build({ entryPoints: [join(work, 'entry.mjs')], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent' });
  return { code: r.outputFiles[0]!.text, warnings: r.warnings.map((w) => w.text) };
}

describe('package.json sideEffects', () => {
  it("keeps `import 'typed-iam/vitest/setup'` in a bundle (was: dropped, so no matcher was registered)", async () => {
    const r = await bundle("import 'typed-iam/vitest/setup';\n");
    expect(r.warnings).toEqual([]);
    expect(r.code).toContain('entry ./vitest/setup');
  });

  it('still lets a bundler drop every other entry imported for nothing', async () => {
    const r = await bundle("import 'typed-iam';\nimport 'typed-iam/vitest';\nimport 'typed-iam/catalog';\n");
    expect(r.code).not.toContain('entry ');
  });

  it('lists exactly the ESM and CommonJS files of the entries marked sideEffects in scripts/entries.mjs', () => {
    const marked = ENTRIES.filter((e) => e.sideEffects === true);
    expect(marked.map((e) => e.subpath)).toEqual(['./vitest/setup']);
    expect(pkg.sideEffects).toEqual(marked.flatMap((e) => [`./dist/${e.out}.js`, `./dist/cjs/${e.out}.js`]));
  });
});
