/**
 * Imports a user's JavaScript or TypeScript module for `typed-iam build`. JavaScript is imported
 * as it is. TypeScript uses Node's own type stripping when the running Node has it, else the
 * `typescript` package of the user's project: each local .ts file is transpiled to .mjs in a
 * temporary folder beside the sources (so packages resolve exactly as from the sources), relative
 * imports rewritten, and the folder removed after the import.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CliError } from './io.js';
import { cliMessages, type NodeRefusal } from './messages.js';

const TS_EXTENSIONS = ['.ts', '.mts', '.tsx'];

/** The subset of the TypeScript compiler API used here (the user's own version is loaded). */
interface TypeScriptApi {
  readonly version: string;
  createSourceFile(name: string, text: string, target: number, setParents: boolean, kind?: number): TsNode;
  transpileModule(input: string, options: { compilerOptions: object; fileName: string; reportDiagnostics?: boolean }): {
    outputText: string;
    diagnostics?: readonly { messageText: unknown; start?: number }[];
  };
  forEachChild(node: TsNode, cb: (child: TsNode) => void): void;
  readonly SyntaxKind: { readonly [name: string]: number };
  readonly ScriptTarget: { readonly ES2022: number; readonly Latest: number };
  readonly ModuleKind: { readonly ESNext: number };
  readonly ScriptKind: { readonly TS: number; readonly TSX: number };
  readonly JsxEmit: { readonly ReactJSX: number };
}

interface TsNode {
  readonly kind: number;
  readonly pos: number;
  readonly end: number;
  getStart(sf?: TsNode): number;
  readonly moduleSpecifier?: TsNode;
  readonly expression?: TsNode;
  readonly arguments?: readonly TsNode[];
  readonly text?: string;
}

/** How a TypeScript module was loaded (for messages). */
export type LoadedWith = 'javascript' | 'node' | 'typescript';

/**
 * Imports `file` and returns its namespace object and how it was loaded. Throws {@link CliError}
 * (exit 2) when a TypeScript module cannot be loaded on this Node, saying why and what to install;
 * the message names the module as `shown` (the path as the user wrote it).
 *
 * @example
 * ```ts
 * import { importModule } from './load-module.js';
 * const { exports } = await importModule('/abs/policies.ts');
 * ```
 */
export async function importModule(file: string, shown: string = file): Promise<{ exports: Record<string, unknown>; loadedWith: LoadedWith }> {
  const ext = extname(file).toLowerCase();
  if (ext === '.cts') throw new CliError(cliMessages.cts(shown));
  if (!TS_EXTENSIONS.includes(ext)) return { exports: await importUrl(file), loadedWith: 'javascript' };

  const strips = nodeStripsTypes();
  let refused: unknown;
  if (strips && ext !== '.tsx') {
    try {
      return { exports: await importUrl(file), loadedWith: 'node' };
    } catch (e) {
      // strip-only mode rejects enums, namespaces and `.js` specifiers naming .ts files
      if (!isLoaderError(e)) throw e;
      refused = e;
    }
  }
  // loaded only when Node cannot import the module itself: requiring typescript takes 200-300 ms
  const { api: ts, withoutApi } = loadTypeScript(dirname(file));
  if (ts === undefined) {
    // nothing refused on a Node that strips types: the module is .tsx, which Node does not take
    const refusal: NodeRefusal | undefined = refused !== undefined ? nodeRefusal(refused) : strips ? { kind: 'tsx', file } : { kind: 'no-stripping' };
    // a missing package, a syntax error: Node's own message says it best
    if (refusal === undefined) throw refused;
    throw new CliError(cliMessages.noTypeScriptApi(shown, process.version, dirname(file), refusal, withoutApi));
  }
  return { exports: await transpileAndImport(ts, file), loadedWith: 'typescript' };
}

async function importUrl(file: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

function nodeStripsTypes(): boolean {
  const features = process.features as { typescript?: unknown };
  return features.typescript !== undefined && features.typescript !== false;
}

function isLoaderError(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return (
    code === 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX' ||
    code === 'ERR_MODULE_NOT_FOUND' ||
    code === 'ERR_UNKNOWN_FILE_EXTENSION' ||
    code === 'ERR_INVALID_TYPESCRIPT_SYNTAX'
  );
}

/**
 * Why Node's strip-only mode could not import a module, when the remedy is ours to name: syntax it
 * does not strip (an `enum`, a `namespace`), a `.tsx` file, or an import of `./x.js` (or `./x`)
 * naming the local `x.ts`, which Node does not map. `undefined` when Node's own message is the
 * answer (a missing package, a syntax error). The errors read are Node's (22.18 and 24: `code`,
 * and `url` of ERR_MODULE_NOT_FOUND).
 *
 * @example
 * ```ts
 * import { nodeRefusal } from './load-module.js';
 * nodeRefusal({ code: 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX', message: 'TypeScript enum is not supported in strip-only mode' });
 * // { kind: 'syntax', detail: 'TypeScript enum is not supported in strip-only mode' }
 * ```
 */
export function nodeRefusal(e: unknown): NodeRefusal | undefined {
  const { code, url, message } = e as { code?: unknown; url?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message.split('\n')[0]! : '';
  if (code === 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX') return { kind: 'syntax', detail: text };
  if (code === 'ERR_UNKNOWN_FILE_EXTENSION') {
    const file = / for (.+\.tsx)$/.exec(text)?.[1];
    return file === undefined ? undefined : { kind: 'tsx', file };
  }
  if (code === 'ERR_MODULE_NOT_FOUND' && typeof url === 'string' && url.startsWith('file:')) {
    const missing = fileURLToPath(url);
    const source = localTypeScript(missing, missing);
    return source === undefined ? undefined : { kind: 'js-specifier', missing, source };
  }
  return undefined;
}

/**
 * ` at /abs/file.ts:3` for a syntax error whose stack opens with the place V8 marks (Node 22.18+ and
 * 24 do for TypeScript they strip); '' otherwise (a JavaScript module's syntax error carries no place).
 *
 * @example
 * ```ts
 * import { syntaxErrorPlace } from './load-module.js';
 * const stripped = Object.assign(new SyntaxError('Expression expected'), { stack: 'file:///abs/bad.ts:1\nexport const q: number = ;\n' });
 * syntaxErrorPlace(stripped); // ' at /abs/bad.ts:1'
 * ```
 */
export function syntaxErrorPlace(e: unknown): string {
  if (!(e instanceof SyntaxError)) return '';
  const head = /^(file:\/\/\S+):(\d+)\n/.exec(e.stack ?? '');
  if (head === null) return '';
  try {
    return ` at ${fileURLToPath(head[1]!)}:${head[2]!}`;
  } catch {
    return '';
  }
}

/**
 * Where a TypeScript compiler API is looked for, in order: the project's `typescript` (5 or 6), then
 * `@typescript/typescript6`, the TypeScript 6 API Microsoft publishes for tools beside TypeScript 7,
 * whose `typescript` package exports its version and no compiler API.
 */
const TS_API_PACKAGES = ['typescript', '@typescript/typescript6'];

/**
 * The first package of {@link TS_API_PACKAGES} resolved from `dir` (the user's project) that has
 * the compiler API; else, in `withoutApi`, the version of a `typescript` found without one.
 */
function loadTypeScript(dir: string): { readonly api?: TypeScriptApi; readonly withoutApi?: string } {
  const require = createRequire(join(dir, '__typed-iam__.js'));
  let withoutApi: string | undefined;
  for (const name of TS_API_PACKAGES) {
    let ts: Partial<TypeScriptApi> | undefined;
    try {
      ts = require(name) as Partial<TypeScriptApi>;
    } catch {
      continue;
    }
    if (typeof ts.transpileModule === 'function' && typeof ts.createSourceFile === 'function' && typeof ts.forEachChild === 'function') return { api: ts as TypeScriptApi };
    if (name === 'typescript') withoutApi ??= typeof ts.version === 'string' ? `TypeScript ${ts.version}` : 'a package without a version';
  }
  return withoutApi === undefined ? {} : { withoutApi };
}

/** The local TypeScript file a relative specifier names, if any (NodeNext style: `./a.js` -> `./a.ts`). */
function localTypeScript(from: string, specifier: string): string | undefined {
  const target = resolve(dirname(from), specifier);
  const ext = extname(target);
  const candidates: string[] = [];
  if (TS_EXTENSIONS.includes(ext)) candidates.push(target);
  else if (ext === '.js' || ext === '.jsx') candidates.push(`${target.slice(0, -ext.length)}.ts`, `${target.slice(0, -ext.length)}.tsx`);
  else if (ext === '.mjs') candidates.push(`${target.slice(0, -4)}.mts`);
  else if (ext === '') candidates.push(`${target}.ts`, `${target}.tsx`, join(target, 'index.ts'));
  return candidates.find((c) => existsSync(c));
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly specifier: string;
}

/** String-literal module specifiers of a file: imports, re-exports and `import('...')`. */
function specifiers(ts: TypeScriptApi, file: string, text: string): Edit[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const K = ts.SyntaxKind;
  const out: Edit[] = [];
  const add = (node: TsNode | undefined) => {
    if (node === undefined || (node.kind !== K['StringLiteral'] && node.kind !== K['NoSubstitutionTemplateLiteral'])) return;
    out.push({ start: node.getStart(sf), end: node.end, specifier: node.text ?? '' });
  };
  const visit = (node: TsNode) => {
    if (node.kind === K['ImportDeclaration'] || node.kind === K['ExportDeclaration']) add(node.moduleSpecifier);
    else if (node.kind === K['CallExpression'] && node.expression?.kind === K['ImportKeyword']) add(node.arguments?.[0]);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/**
 * Transpiles `entry` and every local TypeScript file it reaches into a temporary folder beside
 * them, imports the copy of `entry`, and removes the folder.
 */
async function transpileAndImport(ts: TypeScriptApi, entry: string): Promise<Record<string, unknown>> {
  const sources = new Map<string, { text: string; edits: (Edit & { local?: string })[] }>();
  const queue = [resolve(entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (sources.has(file)) continue;
    const text = await readFile(file, 'utf8');
    const edits = specifiers(ts, file, text).map((e) => {
      if (!e.specifier.startsWith('./') && !e.specifier.startsWith('../')) return e;
      const local = localTypeScript(file, e.specifier);
      if (local !== undefined) queue.push(local);
      return local === undefined ? e : { ...e, local };
    });
    sources.set(file, { text, edits });
  }

  const root = commonDir([...sources.keys()]);
  let temp: string;
  try {
    temp = await mkdtemp(join(root, '.typed-iam-build-'));
  } catch (e) {
    throw new CliError(cliMessages.noTempFolder(root, (e as Error).message));
  }
  const mirror = (file: string) => join(temp, relative(root, file)).replace(/\.(ts|mts|tsx)$/, '.mjs');
  try {
    for (const [file, { text, edits }] of sources) {
      let out = text;
      for (const e of [...edits].sort((a, b) => b.start - a.start)) {
        const replacement = rewrite(file, e, mirror);
        if (replacement !== undefined) out = `${out.slice(0, e.start)}${JSON.stringify(replacement)}${out.slice(e.end)}`;
      }
      const js = ts.transpileModule(out, {
        fileName: file,
        compilerOptions: {
          module: ts.ModuleKind.ESNext,
          target: ts.ScriptTarget.ES2022,
          jsx: ts.JsxEmit.ReactJSX,
          esModuleInterop: true,
          sourceMap: false,
        },
      }).outputText;
      await mkdir(dirname(mirror(file)), { recursive: true });
      await writeFile(mirror(file), js, 'utf8');
    }
    return await importUrl(mirror(resolve(entry)));
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** The new text of a relative specifier: the mirror of a local .ts file, or the original file's URL. */
function rewrite(file: string, e: Edit & { local?: string }, mirror: (f: string) => string): string | undefined {
  if (!e.specifier.startsWith('./') && !e.specifier.startsWith('../')) return undefined;
  if (e.local !== undefined) {
    const rel = relative(dirname(mirror(file)), mirror(e.local)).split(sep).join('/');
    return rel.startsWith('.') ? rel : `./${rel}`;
  }
  return pathToFileURL(resolve(dirname(file), e.specifier)).href;
}

function commonDir(files: readonly string[]): string {
  let dir = dirname(files[0]!);
  while (!files.every((f) => f.startsWith(dir.endsWith(sep) ? dir : `${dir}${sep}`))) {
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return dir;
}
