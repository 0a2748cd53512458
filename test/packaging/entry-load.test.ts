/**
 * What each entry loads, read from the built dist/ (`npm run build` first): the root entry's
 * builder, emit and size path loads no zod and no catalog data, and parsing loads no zod either
 * (zod is loaded by `typed-iam/schema` only). A resolve hook in a fresh Node process records every
 * module the program loads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'typed-iam-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeFileSync(
  join(dir, 'hooks.mjs'),
  'export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write(`LOADED ${r.url}\\n`); return r; }\n',
);
writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);

/** Runs an ESM program (with `$` standing for dist/) and lists the modules it loaded. */
function loaded(program: string): string[] {
  const file = join(dir, `p${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, program.replaceAll('$/', pathToFileURL(dist).href));
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, file], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return [...new Set(r.stderr.split('\n').flatMap((l) => (l.startsWith('LOADED ') ? [l.slice(7)] : [])))];
}

const zod = (urls: string[]) => urls.filter((u) => u.includes('/node_modules/zod/'));
const catalog = (urls: string[]) => urls.filter((u) => u.includes('/dist/catalog/') || u.includes('/dist/arn/'));

describe('entries load only what they use', () => {
  it('the root builder path (build, toString, size) loads zero zod modules and no catalog data', () => {
    const urls = loaded(`
      import { allow, deny, policy, principal } from '$/index.js';
      const p = policy.resource(allow('s3:GetObject').by(principal.account('123456789012')).on('arn:aws:s3:::b/*').when('Bool', 'aws:SecureTransport', true), deny('s3:*').by(principal.anyone()).on('*'));
      if (!p.toString().includes('s3:GetObject') || p.size().length <= 0) process.exit(1);
    `);
    expect(urls.some((u) => u.endsWith('/dist/index.js'))).toBe(true);
    expect(zod(urls)).toEqual([]);
    expect(catalog(urls)).toEqual([]);
  });

  it('the root entry is two modules: index.js and core.js, which holds no catalog, arn or other entry\'s module', () => {
    // Node 20 spends about 1 ms per module loaded: the root's 37 modules took 45-47 ms, index.js and core.js 22 ms
    const urls = loaded(`import { allow, policy } from '$/index.js'; if (!policy.identity(allow('s3:GetObject').on('*')).toString().includes('s3:GetObject')) process.exit(1);`);
    expect(urls.filter((u) => u.includes('/dist/')).map((u) => u.slice(u.indexOf('/dist/') + 6))).toEqual(['index.js', 'core.js']);
    // esbuild heads each module's code in core.js with a comment naming its file
    const held = readFileSync(join(dist, 'core.js'), 'utf8')
      .split('\n')
      .flatMap((l) => (/^\/\/ [\w/.-]+\.js$/.test(l) ? [l.slice(3)] : []));
    expect(held).toEqual(expect.arrayContaining(['builder/statement-builder.js', 'model/kinds.js', 'parse/index.js', 'errors.js']));
    expect(held.filter((f) => /^(catalog|arn|lint|evaluate|analyze|optimize|cdk|cli|vitest)\//.test(f) || f === 'parse/schema.js')).toEqual([]);
  });

  it('the CommonJS root entry is the same two files (the CommonJS tree is made from the ESM one)', () => {
    const program = `require(${JSON.stringify(join(dist, 'cjs', 'index.js'))}); console.log(JSON.stringify(Object.keys(require.cache)));`;
    const r = spawnSync(process.execPath, ['-e', program], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as string[]).map((f) => f.slice(f.lastIndexOf(`${join('dist', 'cjs')}`) + 9).replaceAll('\\', '/'));
    expect(files).toEqual(['index.js', 'core.js']);
  });

  it('the bundled classes keep their source names, ESM and CommonJS (console.log printed `_PolicyImpl {` once core.js was bundled)', async () => {
    // esbuild names a bundled class whose body names it `class _X`: policy.ts and parsed.ts make their classes outside them
    for (const file of ['core.js', join('cjs', 'core.js')]) expect(readFileSync(join(dist, file), 'utf8')).not.toMatch(/= class _/);
    const esm = (await import(pathToFileURL(join(dist, 'index.js')).href)) as typeof import('../../src/index.js');
    const cjs = createRequire(import.meta.url)(join(dist, 'cjs', 'index.js')) as typeof esm;
    for (const m of [esm, cjs]) {
      const built = m.policy.identity(m.allow('s3:GetObject').on('*'));
      const parsed = m.parsePolicy(built.toString());
      expect([built, parsed.withTarget('inline-role'), m.allow('s3:GetObject')].map((x) => x.constructor.name)).toEqual(['PolicyImpl', 'ParsedPolicy', 'StatementBuilderImpl']);
      expect(inspect(built).startsWith('PolicyImpl {')).toBe(true);
      const classes = Object.entries(m).filter(([, v]) => typeof v === 'function' && Function.prototype.toString.call(v).startsWith('class'));
      expect(classes.length).toBeGreaterThan(5);
      for (const [name, c] of classes) expect((c as { name: string }).name).toBe(name);
    }
  });

  it('parsing (valid and invalid input) loads zero zod modules', () => {
    const urls = loaded(`
      import { parsePolicy, safeParsePolicy } from '$/index.js';
      parsePolicy('{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}');
      if (safeParsePolicy({ Statement: { Effect: 'allow', Action: 3 } }).success) process.exit(1);
    `);
    expect(zod(urls)).toEqual([]);
  });

  it('typed-iam/schema is where zod is loaded', () => {
    const urls = loaded(`
      import { policySchema } from '$/parse/schema.js';
      if (!policySchema().safeParse({ Statement: { Effect: 'Allow', Action: '*', Resource: '*' } }).success) process.exit(1);
    `);
    expect(zod(urls).length).toBeGreaterThan(0);
  });

  it('typed-iam/lint loads its rules as one module (the build bundles lint/rules/ into lint/registry.js)', () => {
    // 75 rule modules of a few hundred bytes each were most of the import time (123 modules, now 48)
    const urls = loaded(`
      import { lint, lintRules } from '$/lint/index.js';
      if (lintRules.length < 100 || lint('{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObjekt","Resource":"*"}}')[0]?.code !== 'INVALID_ACTION') process.exit(1);
    `);
    const ours = urls.filter((u) => u.includes('/dist/')).map((u) => u.slice(u.indexOf('/dist/') + 6));
    expect(ours).toContain('lint/registry.js');
    expect(ours.filter((u) => u.startsWith('lint/rules/'))).toEqual([]);
    expect(ours.length).toBeLessThanOrEqual(60);
  });

  it('typed-iam --version loads no module of the library beyond the command file', () => {
    const urls = loaded(`process.argv[2] = '--version'; process.argv[1] = ${JSON.stringify(join(dist, 'cli', 'main.js'))}; await import('$/cli/main.js');`);
    expect(urls.filter((u) => u.includes('/dist/')).map((u) => u.slice(u.indexOf('/dist/') + 6))).toEqual(['cli/main.js', 'cli/version.js']);
  });
});
