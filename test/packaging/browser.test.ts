/**
 * Browsers and edge runtimes: every entry but the Node-only ones (docs/getting-started.md, Browsers
 * and edge runtimes) bundles for `platform: 'browser'` with no `node:` import, and its source uses
 * no Node global (Buffer, process): type-checked without Node's types. Reads the built dist/ for
 * the bundles (`npm run build` first).
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ENTRIES, root } from '../../scripts/entries.mjs';

/** Entries that need Node (or a test runner): the CDK integration reads cdk.out with node:fs; the matchers' setup imports vitest. */
const NODE_ONLY = new Set(['./cdk', './vitest/setup']);
const browserEntries = ENTRIES.filter((e) => !NODE_ONLY.has(e.subpath));

describe('browser and edge runtimes', () => {
  it('the Node-only entries are the CDK integration and the vitest setup', () => {
    expect(ENTRIES.filter((e) => NODE_ONLY.has(e.subpath)).map((e) => e.subpath)).toEqual(['./cdk', './vitest/setup']);
  });

  it.each(browserEntries.map((e) => [e.subpath, e] as const))('%s bundles for the browser with no node: import', async (_, e) => {
    const result = await build({
      entryPoints: [join(root, 'dist', `${e.out}.js`)],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const imports = Object.values(result.metafile.inputs).flatMap((i) => i.imports.map((x) => x.path));
    expect(imports.filter((p) => p.startsWith('node:') || /^(fs|path|os|util|url|module|child_process|crypto|buffer)$/.test(p))).toEqual([]);
  }, 120_000);

  it('the sources of those entries use no Node global: they type-check without @types/node', () => {
    // the vitest entry only augments vitest's types; vitest's own declarations need Node's
    const files = browserEntries.filter((e) => e.subpath !== './vitest').map((e) => join(root, e.src));
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: true,
      types: [],
      noEmit: true,
    });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${d.file.fileName.slice(root.length)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0]}`;
    });
    expect(errors).toEqual([]);
  }, 240_000);
});
