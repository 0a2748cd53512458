/**
 * `typed-iam build` on a Node that strips types (22.18 and later by default, 23.6+): when Node's
 * strip-only mode refuses a module and no TypeScript compiler API is found, the message says why and
 * names the fix. It gave Node's bare error before ("Cannot find module '/p/names.js'", "TypeScript
 * enum is not supported in strip-only mode"), and for a `.tsx` module on such a Node it said the Node
 * "does not run TypeScript by itself".
 *
 * This machine's Node 20 has no type stripping: the errors below are shaped as Node 22.23.5 and
 * 24.22.3 give them (recorded from both), and the end-to-end tests run on a Node that strips types.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeRefusal, syntaxErrorPlace } from '../../src/cli/load-module.js';
import { cliMessages } from '../../src/cli/messages.js';
import { ensureBin, run } from './helpers.js';

const strips = (() => {
  const ts = (process.features as { typescript?: unknown }).typescript;
  return ts !== undefined && ts !== false;
})();
const nodeError = (code: string, message: string, extra: object = {}) => Object.assign(new Error(message), { code }, extra);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'typed-iam-load-module-'));
  writeFileSync(join(dir, 'names.ts'), "export const bucket: string = 'docs';\n");
  writeFileSync(join(dir, 'enumy.ts'), "enum B { Docs = 'docs' }\nexport const b = B.Docs;\n");
  writeFileSync(join(dir, 'js.ts'), "import { bucket } from './names.js';\nexport const b: string = bucket;\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('nodeRefusal: why strip-only mode refused a module, when the fix is ours to name', () => {
  it('syntax that needs a transform (an enum, a namespace) gives Node\'s reason', () => {
    expect(nodeRefusal(nodeError('ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX', 'TypeScript enum is not supported in strip-only mode'))).toEqual({
      kind: 'syntax',
      detail: 'TypeScript enum is not supported in strip-only mode',
    });
  });

  it('an import of ./names.js or ./names naming the local names.ts, which Node does not map', () => {
    for (const missing of [join(dir, 'names.js'), join(dir, 'names')]) {
      const e = nodeError('ERR_MODULE_NOT_FOUND', `Cannot find module '${missing}' imported from ${join(dir, 'p.ts')}`, { url: pathToFileURL(missing).href });
      expect(nodeRefusal(e)).toEqual({ kind: 'js-specifier', missing, source: join(dir, 'names.ts') });
    }
  });

  it('an import of ./keys.mjs naming the local keys.mts', () => {
    writeFileSync(join(dir, 'keys.mts'), "export const key: string = 'k';\n");
    const missing = join(dir, 'keys.mjs');
    expect(nodeRefusal(nodeError('ERR_MODULE_NOT_FOUND', `Cannot find module '${missing}'`, { url: pathToFileURL(missing).href }))).toEqual({
      kind: 'js-specifier',
      missing,
      source: join(dir, 'keys.mts'),
    });
  });

  it('a .tsx module another module imports', () => {
    const file = join(dir, 'c.tsx');
    expect(nodeRefusal(nodeError('ERR_UNKNOWN_FILE_EXTENSION', `Unknown file extension ".tsx" for ${file}`))).toEqual({ kind: 'tsx', file });
  });

  it('leaves Node\'s own message where it is the answer: a missing package or file, a syntax error, another extension', () => {
    expect(nodeRefusal(nodeError('ERR_MODULE_NOT_FOUND', `Cannot find package 'no-such-pkg' imported from ${join(dir, 'p.ts')}`))).toBeUndefined();
    const gone = join(dir, 'gone.js');
    expect(nodeRefusal(nodeError('ERR_MODULE_NOT_FOUND', `Cannot find module '${gone}'`, { url: pathToFileURL(gone).href }))).toBeUndefined();
    expect(nodeRefusal(nodeError('ERR_INVALID_TYPESCRIPT_SYNTAX', 'Expression expected'))).toBeUndefined();
    expect(nodeRefusal(nodeError('ERR_UNKNOWN_FILE_EXTENSION', `Unknown file extension ".coffee" for ${join(dir, 'a.coffee')}`))).toBeUndefined();
    expect(nodeRefusal(new Error('no code'))).toBeUndefined();
  });
});

describe('the message when no compiler API is found either', () => {
  const file = '/p/src/policies.ts';
  const message = (refusal: Parameters<typeof cliMessages.noTypeScriptApi>[3], withoutApi?: string) =>
    cliMessages.noTypeScriptApi(file, 'v24.22.3', '/p/src', refusal, withoutApi);

  it('says why Node could not import it and names the fix that case has', () => {
    const syntax = message({ kind: 'syntax', detail: 'TypeScript enum is not supported in strip-only mode' });
    expect(syntax).toContain('Node v24.22.3 strips types only and refused it (TypeScript enum is not supported in strip-only mode)');
    expect(syntax).toContain('tsconfig "erasableSyntaxOnly"');
    const js = message({ kind: 'js-specifier', missing: '/p/src/names.js', source: '/p/src/names.ts' });
    expect(js).toContain('does not resolve /p/src/names.js to /p/src/names.ts');
    expect(js).toContain('"rewriteRelativeImportExtensions"');
    const tsx = message({ kind: 'tsx', file: '/p/src/c.tsx' });
    expect(tsx).toContain('strips types from .ts and .mts files, not from /p/src/c.tsx');
    expect(tsx).not.toContain('does not run TypeScript by itself');
    const none = message({ kind: 'no-stripping' });
    expect(none).toContain('does not run TypeScript by itself');
    // type stripping is on by default since Node 22.18.0 (Node.js 22 release notes) and 23.6.0
    expect(none).toContain('use a Node version that strips types (22.18 or later)');
    for (const m of [syntax, js, tsx, none]) {
      expect(m).toMatch(/^Cannot import \/p\/src\/policies\.ts: /);
      expect(m).toContain('no "typescript" package was found from /p/src');
      expect(m).toContain('npm install --save-dev typescript@6');
      expect(m).toMatch(/or compile the module to JavaScript and build that\.$/);
    }
  });

  it('beside TypeScript 7 names the TypeScript 6 API package instead', () => {
    const m = message({ kind: 'syntax', detail: 'TypeScript enum is not supported in strip-only mode' }, 'TypeScript 7.0.2');
    expect(m).toContain('the "typescript" package found from /p/src is TypeScript 7.0.2, which has no compiler API');
    expect(m).toContain('npm install --save-dev @typescript/typescript6');
    expect(m).not.toContain('typescript@6');
  });
});

describe('syntaxErrorPlace', () => {
  it('reads the place V8 puts before the stack of a syntax error Node found while stripping types', () => {
    const e = Object.assign(new SyntaxError('Expression expected'), { stack: `${pathToFileURL(join(dir, 'bad.ts')).href}:3\nexport const q: number = ;\n                         ^\n\nSyntaxError [ERR_INVALID_TYPESCRIPT_SYNTAX]: Expression expected\n    at parseTypeScript (node:internal/modules/typescript:72:36)` });
    expect(syntaxErrorPlace(e)).toBe(` at ${join(dir, 'bad.ts')}:3`);
  });

  it('is empty for a syntax error without a place (a JavaScript module\'s, on Node 20 to 24) and for other errors', () => {
    expect(syntaxErrorPlace(Object.assign(new SyntaxError("Unexpected token ';'"), { stack: "SyntaxError: Unexpected token ';'\n    at compileSourceTextModule (node:internal/modules/esm/utils:346:16)" }))).toBe('');
    expect(syntaxErrorPlace(Object.assign(new Error('x'), { stack: 'file:///a.ts:1\n' }))).toBe('');
  });
});

describe('typed-iam build names the module as the command line wrote it', () => {
  beforeAll(() => ensureBin());

  it('a .cts module, and a TypeScript module no compiler API can load', () => {
    writeFileSync(join(dir, 'p.cts'), 'export const x = 1;\n');
    const cts = run(['build', 'p.cts', '--out', 'out'], { cwd: dir });
    expect(cts.code).toBe(2);
    expect(cts.stderr).toContain('typed-iam build: p.cts: .cts (CommonJS TypeScript) modules are not supported');
    const ts = run(['build', 'enumy.ts', '--out', 'out'], { cwd: dir });
    expect(ts.code).toBe(2);
    expect(ts.stderr).toMatch(/^typed-iam build: Cannot import enumy\.ts: Node v\d+\.\d+\.\d+ (does not run TypeScript by itself|strips types only and refused it)/);
  });
});

describe.skipIf(!strips)('typed-iam build on this Node, which strips types, without a typescript package', () => {
  beforeAll(() => ensureBin());

  it('an enum, or an import of ./names.js: exit 2 with the reason and the fix', () => {
    const enumy = run(['build', join(dir, 'enumy.ts'), '--out', join(dir, 'out')]);
    expect(enumy.code).toBe(2);
    expect(enumy.stderr).toContain('strips types only and refused it (TypeScript enum is not supported in strip-only mode)');
    const js = run(['build', join(dir, 'js.ts'), '--out', join(dir, 'out')]);
    expect(js.code).toBe(2);
    expect(js.stderr).toContain(`does not resolve ${join(dir, 'names.js')} to ${join(dir, 'names.ts')}`);
  });
});
