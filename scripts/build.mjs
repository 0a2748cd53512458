#!/usr/bin/env node
// Builds the package: ESM + declarations with tsc into dist/, with the lint rules bundled into one
// module and the root entry's modules into dist/core.js (esbuild); a CommonJS mirror (dist/cjs/,
// marked `"type": "commonjs"`) transpiled from those files one by one so every entry shares one
// copy of each module; and an executable bin. Builds into a staging folder and swaps it in, so a
// reader of dist/ never sees a half-written tree. Entries whose source does not exist yet are
// skipped and listed.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build, transform } from 'esbuild';
import ts from 'typescript';
import { BIN, hasBin, missingEntries, presentEntries, root } from './entries.mjs';

const stage = join(root, '.tmp', `build-${process.pid}`);
const dist = join(root, 'dist');
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });

function fail(message) {
  rmSync(stage, { recursive: true, force: true });
  console.error(`build: ${message}`);
  process.exit(1);
}

/** esbuild over the staging folder: ESM for Node 20, kept in memory; a failure stops the build, saying `what` failed. */
function esbuild(what, options) {
  const common = { absWorkingDir: stage, bundle: true, write: false, format: 'esm', platform: 'node', target: 'node20', logLevel: 'silent' };
  return build({ ...common, ...options }).catch((e) => fail(`${what}: ${e.message}`));
}

// 1. ESM and declarations.
const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', stage], {
  cwd: root,
  stdio: 'inherit',
});
// `--force` keeps going past type errors (tsc still emits): for trying the package while another
// module is half-written. Never in CI.
const force = process.argv.includes('--force');
if (tsc.status !== 0) {
  if (!force) fail('tsc reported errors (see above); dist/ left unchanged. `node scripts/build.mjs --force` builds anyway.');
  console.warn('build: tsc reported errors (see above); building anyway because of --force.');
}

// 1b. The lint rules, one module each in src/lint/rules/ and imported by lint/registry.js alone,
// become part of that module: loading 75 small modules was most of the import of `typed-iam/lint`.
// Every other module stays external, so each still has one instance shared by all entries.
const lintDir = join(stage, 'lint');
const rulesDir = join(lintDir, 'rules');
if (existsSync(join(lintDir, 'registry.js'))) {
  const rulesOnly = {
    name: 'rules-only',
    setup(b) {
      b.onResolve({ filter: /^\./ }, (a) => {
        if (a.kind === 'entry-point') return undefined;
        const path = join(a.resolveDir, a.path);
        if (dirname(path) === rulesDir) return undefined;
        return { path: `./${relative(lintDir, path).replaceAll('\\', '/')}`, external: true };
      });
    },
  };
  // relative to the staging folder, the bundle's comments name each rule's file (lint/rules/x.js) the same way in every build
  const out = await esbuild('bundling the lint rules', { entryPoints: ['./lint/registry.js'], metafile: true, plugins: [rulesOnly] });
  const rules = Object.keys(out.metafile.inputs).filter((f) => f.startsWith('lint/rules/'));
  if (rules.length === 0) fail('lint/registry.js bundled no rule modules.');
  writeFileSync(join(lintDir, 'registry.js'), out.outputFiles[0].text);
  rmSync(rulesDir, { recursive: true, force: true });
}

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

const SHIM_THRESHOLD = 16 * 1024;
const shared = [];

/**
 * For a declaration file made only of types and `export declare const` values, importing nothing,
 * the names of those values; `undefined` when it holds anything else (imports, functions, classes,
 * re-exports of values), which is then copied as it is.
 */
function sharableValues(name, text) {
  const sf = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const values = [];
  for (const st of sf.statements) {
    if (ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) continue;
    // a file that imports another declaration file resolves it in its own tree: shared, the CommonJS
    // copy's `ServiceArns` (and its unique symbol) would serve ESM projects, whose arnContext takes
    // the ESM one (TS2339 on `arnContext(..., { dynamodb }).dynamodb`); such a file is copied
    if (ts.isImportDeclaration(st)) return undefined;
    if (ts.isExportDeclaration(st) && (st.isTypeOnly || (st.exportClause && ts.isNamedExports(st.exportClause) && st.exportClause.elements.length === 0))) continue;
    if (
      ts.isVariableStatement(st) &&
      st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) &&
      st.declarationList.declarations.every((d) => ts.isIdentifier(d.name))
    ) {
      for (const d of st.declarationList.declarations) values.push(d.name.text);
      continue;
    }
    return undefined;
  }
  return values;
}

/**
 * An ESM declaration file that re-exports the types and values' types of the CommonJS one, which
 * holds the declarations. This direction needs no import attribute: an ES module may import a
 * CommonJS one, while the other way round (CommonJS re-exporting ESM) needs `with { 'resolution-mode':
 * 'import' }`, a syntax TypeScript 5.0 to 5.2 cannot parse, so CommonJS projects on them failed on
 * `import { allow } from 'typed-iam'`.
 */
function shim(from, values) {
  const lines = [`export type * from '${from}';`];
  for (const v of values) lines.push(`export declare const ${v}: typeof import('${from}').${v};`);
  return `${lines.join('\n')}\n`;
}

// 1c. The modules the root entry imports (builder, policy, emit, size, parse, model, errors) become
// one ESM module, dist/core.js: Node 20 spends about 1 ms on each module it loads, so the root
// import took 45-47 ms for its 37 modules and takes 22 ms for two (index.js re-exports core.js;
// median of 15 fresh processes, 6 December 2026). Every other module imports them from core.js, so
// each keeps one instance for all entries; a comment in core.js names each module's file. The
// CommonJS tree below is made from these files, so it has the same layout.
const CORE = 'core.js';
const coreFile = join(stage, CORE);
const rootGraph = await esbuild("reading the root entry's imports", { entryPoints: ['./index.js'], metafile: true, packages: 'external' });
const core = Object.keys(rootGraph.metafile.inputs)
  .filter((f) => f !== 'index.js')
  .sort();
// one module re-exporting them all: bundled, it is core.js; as it is, core.d.ts (their declarations stay)
const reexports = `${core.map((f) => `export * from './${f}';`).join('\n')}\n`;
const coreBundle = await esbuild(`bundling ${CORE}`, {
  stdin: { contents: reexports, resolveDir: stage, sourcefile: CORE },
  metafile: true,
  packages: 'external',
});
// `export *` drops a name two modules export differently; importers would then find nothing.
const coreExports = new Set(Object.values(coreBundle.metafile.outputs)[0].exports);
for (const f of core) {
  const own = await esbuild(`reading the exports of ${f}`, { entryPoints: [`./${f}`], bundle: false, metafile: true });
  const lost = Object.values(own.metafile.outputs)[0].exports.filter((n) => !coreExports.has(n));
  if (lost.length > 0) fail(`${f} exports ${lost.join(', ')}, which another module of ${CORE} exports too; rename one.`);
}
writeFileSync(coreFile, coreBundle.outputFiles[0].text);
// for code that imports core.js itself (bench/)
writeFileSync(join(stage, CORE.replace(/\.js$/, '.d.ts')), reexports);
const coreSet = new Set(core.map((f) => join(stage, f)));
const toCore = {
  name: 'to-core',
  setup(b) {
    b.onResolve({ filter: /^\./ }, (a) => {
      if (a.kind === 'entry-point') return undefined;
      const path = join(a.resolveDir, a.path);
      const spec = relative(a.resolveDir, coreSet.has(path) ? coreFile : path).replaceAll('\\', '/');
      return { path: spec.startsWith('.') ? spec : `./${spec}`, external: true };
    });
  },
};
for (const file of [...walk(stage)].filter((f) => f.endsWith('.js'))) {
  if (coreSet.has(file) || file === coreFile) continue;
  const code = readFileSync(file, 'utf8');
  // only modules that import one of core's modules are rewritten (their imports point at core.js)
  const specs = [...code.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)].map((m) => join(dirname(file), m[1]));
  if (!specs.some((p) => coreSet.has(p))) continue;
  // a namespace (`import * as m`, `export * from`) of core.js would hold every module's names
  const starred = [...code.matchAll(/(?:import|export)\s*\*\s*(?:as\s+\w+\s+)?from\s*['"](\.[^'"]+)['"]/g)];
  if (starred.some((m) => coreSet.has(join(dirname(file), m[1])))) fail(`${relative(stage, file)} imports or re-exports a namespace of a module now in ${CORE}; name what it uses.`);
  const out = await esbuild(`pointing ${relative(stage, file)} at ${CORE}`, { entryPoints: [file], packages: 'external', plugins: [toCore] });
  writeFileSync(file, out.outputFiles[0].text);
}
for (const f of coreSet) rmSync(f);

// 2. CommonJS mirror. The CLI is ESM only (it is run, never required).
const cjs = join(stage, 'cjs');
const files = [...walk(stage)].filter((f) => !relative(stage, f).startsWith(`cli/`) && !relative(stage, f).startsWith('cli\\'));
for (const file of files) {
  const rel = relative(stage, file);
  const target = join(cjs, rel);
  if (file.endsWith('.map')) fail(`unexpected source map ${rel}; keep sourceMap and declarationMap off.`);
  if (file.endsWith('.d.ts')) {
    mkdirSync(dirname(target), { recursive: true });
    const text = readFileSync(file, 'utf8');
    const values = text.length > SHIM_THRESHOLD ? sharableValues(rel, text) : undefined;
    if (values !== undefined) {
      // Large generated declarations are held once, by the CommonJS tree, and the ESM file
      // re-exports them (copies would double the tarball); see shim() for the direction.
      writeFileSync(target, text);
      const from = relative(dirname(file), target).replaceAll('\\', '/').replace(/\.d\.ts$/, '.js');
      writeFileSync(file, shim(from, values));
      shared.push(rel);
    } else cpSync(file, target);
  } else if (rel.replaceAll('\\', '/') === 'vitest/setup.js') {
    // vitest's CommonJS entry only throws ("Vitest cannot be imported in a CommonJS module using
    // require()"): the CommonJS setup loads the ESM one, which Node 20.19+ and 22.12+ can require
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `"use strict";\n// vitest cannot be required: load the ESM setup (require of ESM, Node 20.19+)\nrequire("../../vitest/setup.js");\n`);
  } else if (file.endsWith('.js')) {
    const code = readFileSync(file, 'utf8');
    if (code.includes('import.meta')) fail(`${rel} uses import.meta, which has no CommonJS equivalent; pass paths in or use a build-time constant.`);
    const out = await transform(code, {
      format: 'cjs',
      target: 'node20',
      platform: 'node',
      sourcefile: rel,
      supported: { 'dynamic-import': false },
    });
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, out.code);
  }
}
writeFileSync(join(cjs, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);

// 3. The bin keeps its shebang (tsc preserves it) and becomes executable.
const binFile = join(stage, relative('dist', BIN.out));
if (hasBin()) {
  if (!existsSync(binFile)) fail(`${BIN.src} exists but ${BIN.out} was not emitted.`);
  if (!readFileSync(binFile, 'utf8').startsWith('#!')) fail(`${BIN.src} must start with "#!/usr/bin/env node".`);
  chmodSync(binFile, 0o755);
}

// 4. Every present entry has both builds.
for (const e of presentEntries()) {
  for (const f of [`${e.out}.js`, `${e.out}.d.ts`, `cjs/${e.out}.js`, `cjs/${e.out}.d.ts`]) {
    if (!existsSync(join(stage, f))) fail(`entry ${e.subpath}: dist/${f} missing after build.`);
  }
}

// 5. Swap in.
const old = join(root, '.tmp', `dist-old-${process.pid}`);
if (existsSync(dist)) renameSync(dist, old);
try {
  renameSync(stage, dist);
} catch {
  // Another build swapped its dist/ in meanwhile: replace it.
  renameSync(dist, `${old}-2`);
  renameSync(stage, dist);
  rmSync(`${old}-2`, { recursive: true, force: true });
}
rmSync(old, { recursive: true, force: true });

const missing = missingEntries();
if (shared.length > 0) console.log(`build: ESM declarations share the CommonJS declarations of ${shared.join(', ')}.`);
console.log(`build: ${presentEntries().map((e) => e.subpath).join(' ')} built (ESM + CommonJS)${hasBin() ? '; bin typed-iam' : ''}.`);
if (missing.length > 0 || !hasBin()) {
  const list = [...missing.map((e) => `${e.subpath} (${e.src})`), ...(hasBin() ? [] : [`bin (${BIN.src})`])];
  console.log(`build: skipped, source not written yet: ${list.join(', ')}.`);
}
