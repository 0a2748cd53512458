#!/usr/bin/env node
// Type-checks the code users read: every ```ts fence of README.md and docs/**/*.md (docs/api/
// excluded) and of the TSDoc comments in src/**/*.ts, and the bare code of an `@example` that has
// no fence. Each snippet is written to .tmp/doc-snippets/ as a module of its own and all of them
// are compiled as ONE program with the repository's strict options. A snippet imports as a user
// would: 'typed-iam' and 'typed-iam/<subpath>' resolve through the package's self-reference to
// dist/ (run `npm run build` first). Only the example of an internal helper may import it by a
// path relative to its source file ('./io.js'), and only names that no public entry exports. A
// fence opened with ```ts nocheck is skipped; a snippet that shows a compile error marks the line
// with `// @ts-expect-error`, so it is still checked. Errors are reported at their line in the
// Markdown or source file.
//
// Second check: every function, class and const exported by a public entry (scripts/entries.mjs)
// has a TSDoc comment with an @example, read from the built declarations (dist/**/*.d.ts keep the
// comments) and reported at the declaration in src/.
//
// Third check: the snippets run. Each one that can run alone (see `runnable`) is transpiled and
// imported, one after another in one Node process, against dist/: an example that throws fails
// the check at its line, and one with a line starting `// throws Name` must throw that error. The
// snippets run in a fresh directory outside the repository (their working directory and TMPDIR), so
// an example that writes a file (docs/interop.md writes iam.tf.json) writes it there; the check
// fails if the run left a new file in the repository all the same.
//
// Fourth check, in the same run: the results the snippets state are the real ones. A statement
// followed by a comment that is one literal value (`actionInfo('s3:getobject')?.accessLevel; //
// 'Read'`, `// true`, `// [{ quota: 'statements', count: 21 }]`, optionally written `// => value`,
// or comment lines below it that together are one, such as a multi-line object) states that the
// value of the expression is that value (see `statedResults`); the run compares them and fails the
// check at the statement's line when they differ. A comment that is not one literal (prose,
// `'pass' | 'fail'`, a list with `...`) states nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import ts from 'typescript';
import { presentEntries, root, specifier } from './entries.mjs';

const out = join(root, '.tmp', 'doc-snippets');
const HEADER_LINES = 1;

/** The ```ts fences of a Markdown text: body, 1-based line of the first body line, skip flag. */
export function fences(text) {
  const lines = text.split(/\r?\n/);
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(ts|typescript|tsx)\b(.*)$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, marker, , info] = open;
    const body = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      if (lines[j].trim().startsWith(marker) && lines[j].trim().replace(/[`~]/g, '') === '') break;
      body.push(indent && lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j]);
    }
    found.push({ body: body.join('\n'), line: i + 2, skip: /\bnocheck\b/.test(info) });
    i = j;
  }
  return found;
}

/** The text of one line of a `/** ... *\/` comment, without the comment's own markers. */
function commentLine(line) {
  return line
    .replace(/\s*\*\/\s*$/, '')
    .replace(/^\s*\/\*\*\s?/, '')
    .replace(/^\s*\*(?!\/)\s?/, '');
}

/**
 * The code of the TSDoc comments of a TypeScript source: every ```ts fence (in an `@example` or
 * not), and the bare code of an `@example` without fences (the rest of the tag's line and the
 * lines up to the next tag). Each as body, 1-based line of the body's first line in the source,
 * skip flag.
 */
export function tsdocExamples(text) {
  const found = [];
  // a doc comment opens its line ('/**' inside a string, as in a glob, is not one)
  for (const m of text.matchAll(/(?<=^[ \t]*)\/\*\*[\s\S]*?\*\//gm)) {
    if (!m[0].includes('@example') && !m[0].includes('```')) continue;
    const first = text.slice(0, m.index).split('\n').length; // line of '/**'
    const lines = m[0].split('\n').map(commentLine);
    for (const f of fences(lines.join('\n'))) found.push({ body: f.body, line: first + f.line - 1, skip: f.skip });
    for (let i = 0; i < lines.length; i++) {
      const tag = /(?:^|\s)@example\b\s?(.*)$/.exec(lines[i]);
      if (!tag) continue;
      // the block: from the tag to the next tag outside a fence
      const block = [tag[1]];
      let fenced = false;
      let j = i + 1;
      for (; j < lines.length; j++) {
        if (/^\s*(`{3,}|~{3,})/.test(lines[j])) fenced = !fenced;
        if (!fenced && /^\s*@[a-zA-Z]/.test(lines[j])) break;
        block.push(lines[j]);
      }
      if (!block.some((l) => /^\s*(`{3,}|~{3,})/.test(l))) {
        while (block.length > 0 && block.at(-1).trim() === '') block.pop();
        const lead = block.findIndex((l) => l.trim() !== '');
        if (lead >= 0) found.push({ body: block.slice(lead).join('\n'), line: first + i + lead, skip: false });
      }
      i = j - 1;
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

function* files(dir, ext, skip = () => false) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (skip(path)) continue;
    if (entry.isDirectory()) yield* files(path, ext, skip);
    else if (entry.name.endsWith(ext) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

const rel = (path) => relative(root, path).replaceAll('\\', '/');

/** Every snippet of the repository: { name, body, origin: 'file:line', skip }. */
export function collectSnippets() {
  const sources = [];
  const readme = join(root, 'README.md');
  if (existsSync(readme)) sources.push([readme, fences]);
  if (existsSync(join(root, 'docs'))) for (const f of files(join(root, 'docs'), '.md', (p) => rel(p) === 'docs/api')) sources.push([f, fences]);
  for (const f of files(join(root, 'src'), '.ts')) sources.push([f, tsdocExamples]);
  const snippets = [];
  for (const [file, extract] of sources) {
    const name = rel(file);
    const slug = name.replace(/\.(md|ts)$/, '').replaceAll('/', '_');
    extract(readFileSync(file, 'utf8')).forEach((s, n) => {
      // an internal helper's example imports it relative to its source file: point that at src/
      const body = name.endsWith('.ts')
        ? s.body.replace(/((?:from|import)\s*\(?\s*)(['"])(\.\.?\/[^'"]*)\2/g, (_, lead, q, spec) => `${lead}${q}${posix.relative(rel(out), posix.join(posix.dirname(name), spec))}${q}`)
        : s.body;
      snippets.push({ name: `${slug}-${n + 1}.ts`, body, file: name, line: s.line, skip: s.skip });
    });
  }
  return snippets;
}

export const compilerOptions = {
  target: 'ES2022',
  lib: ['ES2022'],
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  verbatimModuleSyntax: true,
  skipLibCheck: true,
  types: ['node'],
  noEmit: true,
};

/** A compiler host that parses each file once across the programs of this run. */
function cachingHost(options) {
  const host = ts.createCompilerHost(options);
  const cache = new Map();
  const get = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const key = `${fileName}\0${typeof languageVersion === 'object' ? JSON.stringify(languageVersion) : languageVersion}`;
    if (!cache.has(key)) cache.set(key, get(fileName, languageVersion, onError, shouldCreate));
    return cache.get(key);
  };
  return host;
}

/**
 * Type-checks the snippets (written to `dir`) as one program. Returns the errors, each as
 * 'file:line:col message', at its line in the Markdown or source file.
 */
export function checkSnippets(snippets, { dir = out, host: givenHost, exported = new Map() } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify({ compilerOptions, include: ['*.ts'] }, null, 2)}\n`);
  const origin = new Map();
  for (const s of snippets) {
    if (s.skip) continue;
    const path = join(dir, s.name);
    writeFileSync(path, `// ${s.file}:${s.line}\n${s.body}\nexport {};\n`);
    origin.set(ts.sys.resolvePath(path).replaceAll('\\', '/'), s);
  }
  const { options } = ts.convertCompilerOptionsFromJson(compilerOptions, dir);
  const host = givenHost ?? cachingHost(options);
  const program = ts.createProgram({ rootNames: [...origin.keys()], options, host });
  const errors = [];
  const at = (s, pos, sf) => {
    const { line, character } = sf.getLineAndCharacterOfPosition(pos);
    return `${s.file}:${s.line + line - HEADER_LINES}:${character + 1} (${rel(sf.fileName)})`;
  };
  for (const d of [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()]) {
    errors.push(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }
  for (const [path, s] of origin) {
    const sf = program.getSourceFile(path);
    if (!sf) {
      errors.push(`${s.file}:${s.line} snippet not compiled`);
      continue;
    }
    for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
      errors.push(`${at(s, d.start ?? 0, sf)} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
    for (const st of sf.statements) {
      if (!(ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) || !st.moduleSpecifier || !ts.isStringLiteral(st.moduleSpecifier)) continue;
      const spec = st.moduleSpecifier.text;
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
      if (s.file.endsWith('.md') || !spec.startsWith('../../src/')) {
        errors.push(`${at(s, st.moduleSpecifier.getStart(sf), sf)} imports '${spec}': import from 'typed-iam' or 'typed-iam/<entry>' as a user would.`);
        continue;
      }
      const names = ts.isImportDeclaration(st)
        ? [st.importClause?.name, ...(st.importClause?.namedBindings && ts.isNamedImports(st.importClause.namedBindings) ? st.importClause.namedBindings.elements.map((e) => e.propertyName ?? e.name) : [])]
        : st.exportClause && ts.isNamedExports(st.exportClause) ? st.exportClause.elements.map((e) => e.propertyName ?? e.name) : [];
      for (const n of names) {
        const entries = n && exported.get(n.text);
        if (entries) errors.push(`${at(s, n.getStart(sf), sf)} imports '${n.text}' by path: import it from '${entries[0]}' as a user would.`);
      }
    }
  }
  return { errors, checked: origin.size, host };
}

/**
 * The public API read from dist/: `exported`, each name exported by an entry with the entries
 * ('typed-iam/lint', ...) that export it; `missing`, the functions, classes and consts exported
 * without an @example in their TSDoc, each as { entry, name, at: 'src/file.ts:line' }.
 */
export function publicApi({ host: givenHost } = {}) {
  const { options } = ts.convertCompilerOptionsFromJson(compilerOptions, root);
  const host = givenHost ?? cachingHost(options);
  const entries = presentEntries().map((e) => ({ entry: e, dts: join(root, 'dist', `${e.out}.d.ts`) }));
  const program = ts.createProgram({ rootNames: entries.map((e) => e.dts), options, host });
  const checker = program.getTypeChecker();
  const missing = [];
  const exported = new Map();
  const seen = new Set();
  for (const { entry, dts } of entries) {
    const sf = program.getSourceFile(dts);
    const mod = sf && checker.getSymbolAtLocation(sf);
    if (!mod) {
      missing.push({ entry: specifier(entry), name: '(entry)', at: `${rel(dts)} is missing: run \`npm run build\`` });
      continue;
    }
    for (const name of checker.getExportsOfModule(mod)) {
      exported.set(name.name, [...(exported.get(name.name) ?? []), specifier(entry)]);
      const symbol = name.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(name) : name;
      if (!(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable | ts.SymbolFlags.Enum))) continue;
      const decls = symbol.declarations ?? [];
      if (decls.some((d) => ts.getJSDocTags(d).some((t) => t.tagName.text === 'example'))) continue;
      const decl = decls[0];
      const file = decl ? rel(decl.getSourceFile().fileName).replace(/^dist\//, 'src/').replace(/\.d\.ts$/, '.ts') : rel(dts);
      const key = `${file}#${symbol.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      missing.push({ entry: specifier(entry), name: name.name, at: `${file}:${declarationLine(file, symbol.name)}` });
    }
  }
  return { exported, missing, host };
}

/** The line of `export ... name` in a source file (1 when it cannot be found). */
function declarationLine(file, name) {
  const path = join(root, file);
  if (!existsSync(path)) return 1;
  const text = readFileSync(path, 'utf8');
  const m = new RegExp(`^export\\s+(?:declare\\s+)?(?:abstract\\s+)?(?:async\\s+)?(?:function\\*?|class|const|let|var|enum)\\s+${name}\\b`, 'm').exec(text);
  return m ? text.slice(0, m.index).split('\n').length : 1;
}

/**
 * Why a snippet is not run, or `undefined` when it is: it shows a compile error (its line may also
 * throw), needs the test runner, calls AWS, reads a file of the reader's project, or is an internal
 * helper's example (it imports TypeScript sources).
 */
export function notRunnable(s) {
  const b = s.body;
  if (s.skip) return 'nocheck';
  if (/@ts-expect-error/.test(b)) return 'shows a compile error';
  if (/from\s*['"](vitest|typed-iam\/vitest)['"]/.test(b)) return 'needs vitest';
  if (/from\s*['"]@aws-sdk\//.test(b)) return 'calls AWS';
  if (/\breadFile(Sync)?\(/.test(b)) return "reads a file of the reader's project";
  if (/(from|import)\s*\(?\s*['"]\.{1,2}\//.test(b)) return 'imports TypeScript sources';
  return undefined;
}

/** The error name a snippet announces with a line `// throws Name ...`, or undefined. */
export const announcedThrow = (body) => /^\s*\/\/\s*throws\s+([A-Z][A-Za-z]*)/m.exec(body)?.[1];

/** The value of a literal expression (strings, numbers, booleans, null, undefined, arrays and objects of them), or `none`. */
const none = Symbol('none');
function literalValue(node) {
  if (ts.isParenthesizedExpression(node)) return literalValue(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.getText().replaceAll('_', ''));
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) return -literalValue(node.operand);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isIdentifier(node) && node.text === 'undefined') return undefined;
  if (ts.isArrayLiteralExpression(node)) {
    const out = [];
    for (const e of node.elements) {
      const v = literalValue(e);
      if (v === none) return none;
      out.push(v);
    }
    return out;
  }
  if (ts.isObjectLiteralExpression(node)) {
    const out = {};
    for (const p of node.properties) {
      if (!ts.isPropertyAssignment(p) || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name))) return none;
      const v = literalValue(p.initializer);
      if (v === none) return none;
      out[p.name.text] = v;
    }
    return out;
  }
  return none;
}

/** The value a comment's text states when it is one literal (optionally after `=>`), or `none`. */
function statedValue(text) {
  const body = text.trim().replace(/^=>\s*/, '');
  if (body === '') return none;
  const sf = ts.createSourceFile('stated.ts', `(${body}\n)`, ts.ScriptTarget.ES2022, true);
  if (sf.parseDiagnostics?.length > 0 || sf.statements.length !== 1 || !ts.isExpressionStatement(sf.statements[0])) return none;
  return literalValue(sf.statements[0].expression);
}

/**
 * The results a snippet states: each statement (an expression, `console.log(x)` or `const name =
 * ...`) followed on its last line by a `//` comment that is one literal value, or by `//` comment
 * lines that together are one. Each as { line: 0-based line of the statement in the body, text:
 * the comment's text, value, start, end: offsets in the body of the expression whose value is
 * stated }.
 */
export function statedResults(body) {
  const sf = ts.createSourceFile('snippet.ts', body, ts.ScriptTarget.ES2022, true);
  const lineOf = (pos) => sf.getLineAndCharacterOfPosition(pos).line;
  const comment = (r) => body.slice(r.pos + 2, r.end);
  const found = [];
  const visit = (node) => {
    let expr;
    if (ts.isExpressionStatement(node)) {
      expr = node.expression;
      if (ts.isCallExpression(expr) && expr.expression.getText(sf) === 'console.log' && expr.arguments.length === 1) expr = expr.arguments[0];
    } else if (ts.isVariableStatement(node) && node.declarationList.declarations.length === 1) {
      const d = node.declarationList.declarations[0];
      if (ts.isIdentifier(d.name) && d.initializer) expr = d.initializer;
    }
    if (expr !== undefined) {
      const trailing = (ts.getTrailingCommentRanges(body, node.end) ?? []).filter((r) => r.kind === ts.SyntaxKind.SingleLineCommentTrivia);
      // the comment lines right below the statement (or below its trailing comment)
      const below = [];
      let last = lineOf(node.end);
      for (const r of ts.getLeadingCommentRanges(body, node.end) ?? []) {
        if (trailing.some((t) => t.pos === r.pos)) continue;
        if (r.kind !== ts.SyntaxKind.SingleLineCommentTrivia || lineOf(r.pos) !== last + 1) break;
        below.push(r);
        last = lineOf(r.pos);
      }
      const tries = [[...trailing.slice(0, 1), ...below], trailing.slice(0, 1)].filter((t) => t.length > 0);
      for (const t of tries) {
        const text = t.map(comment).join('\n');
        if (/@ts-/.test(text)) continue;
        const value = statedValue(text);
        if (value === none) continue;
        found.push({ line: lineOf(node.getStart(sf)), text: text.split('\n').map((l) => l.trim()).join(' '), value, start: expr.getStart(sf), end: expr.end });
        break;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** `body` with each stated result's expression passed through `globalThis.__typedIamStated(id, ...)`. */
function recordStated(body, stated, firstId) {
  const edits = stated.flatMap((c, i) => [
    { pos: c.start, text: `globalThis.__typedIamStated(${firstId + i}, `, inner: 1 },
    { pos: c.end, text: ')', inner: 0 },
  ]);
  // from the end; at one offset a closing parenthesis goes before an opening one
  edits.sort((a, b) => b.pos - a.pos || b.inner - a.inner);
  let out = body;
  for (const e of edits) out = out.slice(0, e.pos) + e.text + out.slice(e.pos);
  return out;
}

const UNDEFINED = '\u0000undefined';
/** A value as the run reports it: JSON data (what a reader compares), `undefined` spelt apart. */
const plain = (v) => (v === undefined ? UNDEFINED : JSON.parse(JSON.stringify(v) ?? JSON.stringify(String(v))));

/**
 * Whether the value a run reported is the one a comment states. A string of JSON text (what
 * `toString()` returns) may be stated as the JSON it holds.
 */
export function sameStated(stated, actual) {
  const want = plain(stated);
  if (isDeepStrictEqual(want, actual)) return true;
  if (typeof actual !== 'string' || typeof want !== 'object' || want === null) return false;
  try {
    return isDeepStrictEqual(want, JSON.parse(actual));
  } catch {
    return false;
  }
}

/**
 * The files of the repository that are neither git's, installed, built nor scratch (.git,
 * node_modules, dist, coverage, .tmp): a run of the snippets must leave this list as it was.
 */
export function repoFiles(dir = root) {
  const skip = new Set(['.git', 'node_modules', 'dist', 'coverage', '.tmp']);
  const found = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (d === dir && skip.has(entry.name)) continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.push(relative(dir, path).replaceAll('\\', '/'));
    }
  };
  walk(dir);
  return found.sort();
}

/**
 * A fresh directory outside the repository where 'typed-iam' and 'typed-iam/<entry>' resolve to
 * this package's dist/ as an installed package would: its node_modules holds a link to the
 * repository and one to each package the repository has installed.
 */
function scratchProject() {
  const dir = mkdtempSync(join(tmpdir(), 'typed-iam-snippets-'));
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  symlinkSync(root, join(modules, 'typed-iam'), 'dir');
  const installed = join(root, 'node_modules');
  if (existsSync(installed)) {
    for (const name of readdirSync(installed)) {
      if (name === 'typed-iam' || name.startsWith('.')) continue;
      symlinkSync(join(installed, name), join(modules, name), 'dir');
    }
  }
  return dir;
}

/**
 * Runs the snippets that can run (see {@link notRunnable}) in one Node process against dist/, in a
 * fresh directory outside the repository (removed afterwards); returns the failures as
 * 'file:line message', and `dir`, the directory they ran in.
 */
export function runSnippets(snippets) {
  const dir = scratchProject();
  try {
    return { ...runIn(dir, snippets), dir };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runIn(dir, snippets) {
  const runs = [];
  const claims = [];
  for (const s of snippets) {
    if (notRunnable(s) !== undefined) continue;
    const stated = statedResults(s.body);
    const first = claims.length;
    for (const c of stated) claims.push({ at: `${s.file}:${s.line + c.line}`, text: c.text, value: c.value });
    const js = ts.transpileModule(recordStated(s.body, stated, first), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false } }).outputText;
    const file = join(dir, s.name.replace(/\.ts$/, '.mjs'));
    writeFileSync(file, `${js}\nexport {};\n`);
    runs.push({ file, at: `${s.file}:${s.line}`, throws: announcedThrow(s.body) ?? null, claims: stated.map((_, i) => first + i) });
  }
  // one process: each snippet imported in turn; a rejection it leaves behind counts against it
  const runner = `
    const { inspect } = await import('node:util');
    const runs = ${JSON.stringify(runs)};
    let current;
    const failures = [];
    // the values of the stated results, as JSON data ('\\u0000undefined' for undefined), and as shown
    const values = {};
    const seen = new Map();
    globalThis.__typedIamStated = (id, v) => { seen.set(id, v); return v; };
    process.on('unhandledRejection', (e) => failures.push(current.at + ' left a rejected promise: ' + (e?.stack ?? e)));
    for (const r of runs) {
      current = r;
      let thrown;
      try { await import(new URL('file://' + r.file).href); } catch (e) { thrown = e; }
      await new Promise((done) => setTimeout(done, 0));
      if (r.throws === null && thrown !== undefined) failures.push(r.at + ' threw ' + (thrown?.stack ?? thrown).split('\\n').slice(0, 2).join(' '));
      if (r.throws !== null && thrown?.name !== r.throws && thrown?.constructor?.name !== r.throws) failures.push(r.at + ' should throw ' + r.throws + ', ' + (thrown === undefined ? 'did not throw' : 'threw ' + thrown));
      for (const id of r.claims) {
        if (!seen.has(id)) { if (thrown === undefined) values[id] = { ran: false }; continue; }
        let v = seen.get(id);
        if (typeof v?.then === 'function') v = await v.then((x) => x, (e) => e);
        const json = v === undefined ? '\\u0000undefined' : JSON.parse(JSON.stringify(v) ?? JSON.stringify(String(v)));
        values[id] = { ran: true, json, shown: inspect(v, { depth: 6, breakLength: Infinity, maxStringLength: 300 }) };
      }
    }
    process.stdout.write(JSON.stringify({ failures, ran: runs.length, values }));
  `;
  // the snippets' files (iam.tf.json) and temporary files (a CDK App synthesizes into a new cdk.out*)
  // stay under dir
  const tmp = join(dir, 'tmp');
  mkdirSync(tmp);
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', runner], { cwd: dir, env: { ...process.env, TMPDIR: tmp }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
  const last = r.stdout.trim().split('\n').at(-1) ?? '';
  let report;
  try {
    report = JSON.parse(last.slice(last.indexOf('{"failures"')));
  } catch {
    return { failures: [`the snippet runner ended without a report (exit ${r.status}): ${r.stderr.slice(0, 2000)}`], ran: runs.length, stated: claims.length };
  }
  const failures = [...report.failures];
  claims.forEach((c, id) => {
    const got = report.values[id];
    if (got === undefined) return; // its snippet threw: reported above, or announced
    if (!got.ran) failures.push(`${c.at} states ${c.text}, but the statement never ran`);
    else if (!sameStated(c.value, got.json)) failures.push(`${c.at} states ${c.text}, but the value is ${got.shown}`);
  });
  return { failures, ran: report.ran, stated: claims.length };
}

function main() {
  const started = Date.now();
  if (!existsSync(join(root, 'dist', 'index.d.ts'))) {
    console.error('check-doc-snippets: dist/ is missing; run `npm run build` first.');
    process.exit(1);
  }
  const snippets = collectSnippets();
  const fromDocs = snippets.filter((s) => s.file.endsWith('.md'));
  const fromSrc = snippets.filter((s) => s.file.endsWith('.ts'));
  const skipped = snippets.filter((s) => s.skip).length;
  const { exported, missing, host } = publicApi();
  const { errors } = checkSnippets(snippets, { host, exported });
  const counts = `${fromDocs.length} doc fences in ${new Set(fromDocs.map((s) => s.file)).size} files, ${fromSrc.length} TSDoc snippets in ${new Set(fromSrc.map((s) => s.file)).size} files${skipped > 0 ? `, ${skipped} marked nocheck` : ''}`;
  let failed = false;
  if (errors.length > 0) {
    console.error(errors.join('\n'));
    console.error(
      `check-doc-snippets: ${errors.length} errors in snippets (${counts}). Fix the snippet (it imports from 'typed-iam' or 'typed-iam/<entry>' and stands alone), mark an intended error with // @ts-expect-error, or open a fence with \`\`\`ts nocheck and say why.`,
    );
    failed = true;
  }
  const before = new Set(repoFiles());
  const run = errors.length === 0 ? runSnippets(snippets) : { failures: [], ran: 0 };
  for (const f of repoFiles()) if (!before.has(f)) run.failures.push(`${f}: a new file in the repository after the snippets ran: they run in a scratch directory, so write by a relative path`);
  if (run.failures.length > 0) {
    console.error(run.failures.join('\n'));
    console.error(`check-doc-snippets: ${run.failures.length} snippets failed when run. Fix the example, or start a line with // throws ErrorName where it shows an error; where a stated result differs, write the real value in the comment (or the code, when the comment states what IAM documents).`);
    failed = true;
  }
  if (missing.length > 0) {
    for (const m of missing) console.error(`${m.at} ${m.name} (exported by '${m.entry}') has no @example in its TSDoc`);
    console.error(`check-doc-snippets: ${missing.length} public functions, classes or consts have no @example: add a short one.`);
    failed = true;
  }
  if (failed) process.exit(1);
  console.log(`check-doc-snippets: ${counts} type-check, ${run.ran} of them run, ${run.stated ?? 0} stated results compared; every public function, class and const has an @example (${((Date.now() - started) / 1000).toFixed(1)} s).`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
