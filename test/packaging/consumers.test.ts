/**
 * The packed package as a consumer without our devDependencies meets it: a CommonJS project
 * (`"type": "commonjs"`) with none of the optional peers (vitest, aws-cdk-lib, constructs) and no
 * @types/node. The tarball's contents, the bin run through npx and node_modules/.bin, every entry
 * imported and required, and the declarations type-checked under the settings install.test.ts does
 * not cover: `nodenext` and `node10` (typesVersions) with TypeScript 5.5 and 5.9,
 * `exactOptionalPropertyTypes` off and `strict` off, always with `skipLibCheck: false` (a tsc run
 * takes about 30 s: four runs, one setting each where install.test.ts has the others). Needs a
 * built dist/ (`npm run build`).
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRIES, presentEntries, root, specifier } from '../../scripts/entries.mjs';
import { oldestTscBin, packAndInstall, tscBin, type Consumer } from './helpers.js';

const PEERS = ['vitest', 'aws-cdk-lib', 'constructs'];
/** Entries that load an optional peer: typed-iam/cdk (aws-cdk-lib, constructs), typed-iam/vitest/setup (vitest). */
const NEEDS_PEER = new Set(['./cdk', './vitest/setup']);
const entries = presentEntries().filter((e) => !NEEDS_PEER.has(e.subpath));
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
let consumer: Consumer;

beforeAll(() => {
  consumer = packAndInstall('consumers', { peers: false, type: 'commonjs' });
}, 300_000);

afterAll(() => consumer?.dispose());

describe('tarball contents', () => {
  it('holds the license, the readme and the built files, and no tests, sources or scripts (sizes logged)', () => {
    const paths = consumer.report.files.map((f) => f.path);
    for (const f of ['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/cjs/index.js', 'dist/cjs/package.json']) expect(paths, f).toContain(f);
    const stray = paths.filter((p) => /(^|\/)(test|tests|__tests__|test-d|src|scripts|bench|examples|\.tmp)\/|\.(test|spec)\.|\.tsbuildinfo$|\.map$|(^|\/)\.[^/]+$/.test(p));
    expect(stray).toEqual([]);
    const sizes = new Map<string, [number, number]>();
    for (const f of consumer.report.files) {
      const top = f.path.startsWith('dist/') ? f.path.split('/').slice(0, f.path.startsWith('dist/cjs/') ? 3 : 2).join('/') : f.path.split('/')[0]!;
      const [n, bytes] = sizes.get(top) ?? [0, 0];
      sizes.set(top, [n + 1, bytes + f.size]);
    }
    const table = [...sizes].sort((a, b) => b[1][1] - a[1][1]).map(([k, [n, b]]) => `${(b / 1024).toFixed(1).padStart(8)} KiB ${String(n).padStart(4)} files  ${k}`);
    console.log(`${consumer.report.filename}: ${consumer.report.size} bytes packed, ${consumer.report.unpackedSize} unpacked, ${consumer.report.entryCount} files\n${table.join('\n')}`);
  });

  it('every relative import of a shipped .js or .d.ts file names a shipped file', () => {
    const shipped = new Set(consumer.report.files.map((f) => f.path));
    const SPEC = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s*)['"](\.{1,2}\/[^'"]+)['"]/gm;
    const missing: string[] = [];
    let count = 0;
    for (const file of shipped) {
      if (!file.endsWith('.js') && !file.endsWith('.d.ts')) continue;
      // comments first: the TSDoc examples show imports
      const text = readFileSync(join(consumer.dir, 'node_modules', 'typed-iam', file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      for (const m of text.matchAll(SPEC)) {
        count++;
        const target = posix.normalize(posix.join(posix.dirname(file), m[1]!));
        const candidates = file.endsWith('.d.ts') ? [target.replace(/\.js$/, '.d.ts'), target] : [target];
        if (!candidates.some((c) => shipped.has(c))) missing.push(`${file} -> ${m[1]}`);
      }
    }
    expect(count).toBeGreaterThan(1000);
    expect(missing).toEqual([]);
  });
});

describe('a CommonJS consumer without the optional peers', () => {
  it('declares vitest, aws-cdk-lib and constructs as optional peers, which npm did not install', () => {
    const pkg = JSON.parse(readFileSync(join(consumer.dir, 'node_modules', 'typed-iam', 'package.json'), 'utf8')) as {
      peerDependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
      dependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual([...PEERS].sort());
    for (const p of PEERS) expect(pkg.peerDependenciesMeta[p]?.optional, p).toBe(true);
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['type-fest', 'zod']);
    // caret ranges, so npm installs one zod for a consumer on a later 4.x (typed-iam/schema's schemas compose with theirs); were exact versions
    for (const [name, range] of Object.entries(pkg.dependencies)) expect(range, name).toMatch(/^\^\d+\.\d+\.\d+$/);
    const script = `console.log(JSON.stringify(${JSON.stringify(PEERS)}.filter((p) => { try { require.resolve(p); return true; } catch { return false; } })))`;
    expect(JSON.parse(consumer.run(process.execPath, ['-e', script]))).toEqual([]);
  });

  it('requires and imports every entry that needs no peer; the others name the missing peer', () => {
    const script = (load: (s: string) => string) =>
      [
        'const out = {};',
        ...ENTRIES.filter((e) => presentEntries().includes(e)).map(
          (e) => `try { out[${JSON.stringify(specifier(e))}] = Object.keys(${load(specifier(e))}).length; } catch (e) { out[${JSON.stringify(specifier(e))}] = String(e.message).split('\\n')[0]; }`,
        ),
        'console.log(JSON.stringify(out));',
      ].join('\n');
    consumer.write('load.cjs', script((s) => `require(${JSON.stringify(s)})`));
    consumer.write('load.mjs', script((s) => `await import(${JSON.stringify(s)})`));
    for (const file of ['load.cjs', 'load.mjs']) {
      const out = JSON.parse(consumer.run(process.execPath, [file])) as Record<string, number | string>;
      for (const e of entries) expect(out[specifier(e)], `${file} ${specifier(e)}`).toBeGreaterThan(0);
      expect(out['typed-iam/cdk'], file).toMatch(/Cannot find (module|package) 'aws-cdk-lib/);
      expect(out['typed-iam/vitest/setup'], file).toMatch(/Cannot find (module|package) 'vitest'/);
    }
  });

  it('runs the bin through npx and node_modules/.bin: typed-iam --version prints the version', () => {
    const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
    const bin = join(consumer.dir, 'node_modules', '.bin', process.platform === 'win32' ? 'typed-iam.cmd' : 'typed-iam');
    expect(consumer.run(npx, ['--offline', '--no-install', 'typed-iam', '--version']).trim()).toBe(version);
    expect(consumer.run(bin, ['--version']).trim()).toBe(version);
    const installed = join(consumer.dir, 'node_modules', 'typed-iam', 'dist', 'cli', 'main.js');
    expect(readFileSync(installed, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  }, 120_000);

  it('builds a CommonJS module of policies with the bin (the bin is ESM: the package is "type": "module")', () => {
    consumer.write('policies.js', "const { allow, policy } = require('typed-iam');\nexports.read = policy.identity(allow('s3:GetObject').on('arn:aws:s3:::b/*'));\n");
    const out = consumer.run(join(consumer.dir, 'node_modules', '.bin', 'typed-iam'), ['build', 'policies.js', '--out', 'out', '--compact']);
    expect(out).toContain('read.json');
    expect(readFileSync(join(consumer.dir, 'out', 'read.json'), 'utf8')).toBe('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}');
  }, 60_000);
});

describe('declarations in the consumer, skipLibCheck off, no @types/node, no peers', () => {
  // typed-iam/vitest adds its matchers to vitest's types (`declare module 'vitest'`): its declarations need vitest
  const typed = entries.filter((e) => e.subpath !== './vitest');
  const source = [
    "import { allow, policy, PolicySizeError } from 'typed-iam';",
    ...typed.map((e, i) => `import * as e${i} from '${specifier(e)}';`),
    "export const text: string = policy.identity(allow('s3:GetObject').on('*')).toString();",
    'export function over(e: unknown): number | undefined { return e instanceof PolicySizeError ? e.over : undefined; }',
    '// @ts-expect-error the types are real: a typo is a compile error',
    "allow('s3:GetObjekt');",
    `export const all = [${typed.map((_, i) => `e${i}`).join(', ')}];`,
    '',
  ].join('\n');

  type Mode = 'nodenext' | 'node10';
  const FLAGS = {
    strictest: { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true },
    strict: { strict: true },
    loose: { strict: false },
  };

  function typecheck(mode: Mode, flags: keyof typeof FLAGS, tsc: string): string {
    // the project is CommonJS: .ts and .cts files are CommonJS, .mts files ESM
    consumer.write('esm.mts', source);
    consumer.write('cjs.cts', source);
    consumer.write('plain.ts', source);
    const module = { nodenext: 'nodenext', node10: 'commonjs' }[mode];
    const files = { nodenext: ['esm.mts', 'cjs.cts'], node10: ['plain.ts'] }[mode];
    const options = {
      module,
      moduleResolution: mode,
      target: 'es2022',
      ...FLAGS[flags],
      // zod's CommonJS declarations (typed-iam/schema) default-import its locales
      esModuleInterop: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    };
    const name = `tsconfig.${mode}.${flags}.${tsc === oldestTscBin ? '5.5' : 'latest'}.json`;
    consumer.write(name, JSON.stringify({ compilerOptions: options, files }));
    return consumer.run(process.execPath, [tsc, '-p', name, '--listFiles']);
  }

  it('TypeScript 5.9, nodenext, strict without exactOptionalPropertyTypes (ESM and CommonJS files)', () => {
    const listed = typecheck('nodenext', 'strict', tscBin);
    expect(listed).toContain('node_modules/typed-iam/dist/index.d.ts');
    expect(listed).toContain('node_modules/typed-iam/dist/cjs/index.d.ts');
  }, 240_000);

  it('TypeScript 5.9, node10 (typesVersions), strict off', () => {
    const listed = typecheck('node10', 'loose', tscBin);
    expect(listed).toContain('node_modules/typed-iam/dist/cjs/index.d.ts');
    expect(listed).toContain('node_modules/typed-iam/dist/cjs/lint/index.d.ts');
  }, 240_000);

  it('TypeScript 5.5, nodenext, strictest (ESM and CommonJS files)', () => {
    const listed = typecheck('nodenext', 'strictest', oldestTscBin);
    expect(listed).toContain('node_modules/typed-iam/dist/index.d.ts');
    expect(listed).toContain('node_modules/typed-iam/dist/cjs/index.d.ts');
  }, 240_000);

  it('TypeScript 5.5, node10 (typesVersions), strictest', () => {
    expect(typecheck('node10', 'strictest', oldestTscBin)).toContain('node_modules/typed-iam/dist/cjs/lint/index.d.ts');
  }, 240_000);
});
