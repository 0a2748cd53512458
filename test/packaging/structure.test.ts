/**
 * The import graph, read from the built dist/ (`npm run build` first) and from src/model/: no
 * import cycle anywhere (run-time `.js` or type-level `.d.ts`), and the model imports nothing of
 * ours (STYLE.md: every other layer imports the model, never the reverse).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');

function files(dir: string, keep: (f: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, keep, out);
    else if (keep(path)) out.push(path);
  }
  return out;
}

/** Relative specifiers of static imports and re-exports (dynamic `import()` is lazy loading, not a cycle). */
const IMPORT = /^\s*(?:import|export)\s[^'"]*?\sfrom\s*['"](\.[^'"]+)['"]|^\s*import\s*['"](\.[^'"]+)['"]/gm;

function imports(file: string): string[] {
  // comments opening a line go first: the examples in TSDoc show imports
  const text = readFileSync(file, 'utf8').replace(/^[ \t]*\/\*[\s\S]*?\*\//gm, '');
  // in sources, type-only imports are erased from the run-time graph (the .d.ts check reads the type-level one)
  const source = !file.endsWith('.d.ts') && file.endsWith('.ts');
  return [...text.matchAll(IMPORT)].filter((m) => !(source && /^\s*(?:import|export)\s+type\s/.test(m[0]))).map((m) => {
    const target = resolve(dirname(file), (m[1] ?? m[2])!);
    return file.endsWith('.d.ts') ? target.replace(/\.js$/, '.d.ts') : file.endsWith('.ts') ? target.replace(/\.js$/, '.ts') : target;
  });
}

function cycles(nodes: readonly string[]): string[][] {
  const graph = new Map(nodes.map((f) => [f, imports(f)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (f: string): void => {
    state.set(f, 'open');
    stack.push(f);
    for (const d of graph.get(f) ?? []) {
      if (state.get(d) === 'open') found.push([...stack.slice(stack.indexOf(d)), d].map((x) => relative(dist, x)));
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of nodes) if (!state.has(f)) visit(f);
  return found;
}

describe('import structure', () => {
  it('dist/ has no import cycle between run-time modules', () => {
    const js = files(dist, (f) => f.endsWith('.js') && !f.includes(`${join(dist, 'cjs')}`));
    expect(js.length).toBeGreaterThan(20);
    expect(cycles(js)).toEqual([]);
  });

  it('every run-time import in dist/, and every import of dist/ by bench/, names a file dist/ has', () => {
    // the build bundles the root entry's modules into core.js and deletes their files (scripts/build.mjs, step 1c):
    // a module pointing at one of those would fail only when loaded, and the type-check would not see it (their .d.ts stay)
    const js = files(dist, (f) => f.endsWith('.js'));
    const bench = files(join(root, 'bench'), (f) => f.endsWith('.ts'));
    // the CommonJS tree's requires, which imports() does not read
    const required = (f: string) => [...readFileSync(f, 'utf8').matchAll(/\brequire\("(\.[^"]+)"\)/g)].map((m) => resolve(dirname(f), m[1]!));
    const missing = [...js, ...bench].flatMap((f) =>
      [...imports(f), ...(f.endsWith('.js') ? required(f) : [])]
        .map((t) => (f.endsWith('.js') ? t : t.replace(/\.ts$/, '.js')))
        .filter((t) => (f.endsWith('.js') || t.startsWith(dist + sep)) && !statSync(t, { throwIfNoEntry: false }))
        .map((t) => `${relative(root, f)} -> ${relative(root, t)}`),
    );
    expect(missing).toEqual([]);
  });

  it('dist/ has no import cycle between declaration files', () => {
    const dts = files(dist, (f) => f.endsWith('.d.ts') && !f.includes(`${join(dist, 'cjs')}`));
    expect(dts.length).toBeGreaterThan(20);
    expect(cycles(dts)).toEqual([]);
  });

  it('src/ has no import cycle between run-time imports either (the lint rules, one module in dist/, are read one by one here)', () => {
    const ts = files(join(root, 'src'), (f) => f.endsWith('.ts'));
    expect(ts.filter((f) => f.includes(`${sep}lint${sep}rules${sep}`)).length).toBeGreaterThan(50);
    expect(cycles(ts)).toEqual([]);
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'typed-iam-cycle-'));
    try {
      writeFileSync(join(dir, 'a.js'), "import { b } from './b.js';\nexport const a = 1;\n");
      writeFileSync(join(dir, 'b.js'), "export { a as b } from './a.js';\n");
      expect(cycles([join(dir, 'a.js'), join(dir, 'b.js')])).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('src/model/ imports nothing of ours outside src/model/', () => {
    const model = join(root, 'src', 'model');
    const outside = files(model, (f) => f.endsWith('.ts')).flatMap((f) =>
      imports(f)
        .filter((target) => !target.startsWith(model))
        .map((target) => `${relative(root, f)} -> ${relative(root, target)}`),
    );
    expect(outside).toEqual([]);
  });

  it('src/ throws no plain Error, TypeError or RangeError outside the programmer-error helper (internal/bug.ts)', () => {
    const src = join(root, 'src');
    const plain = /\bnew (?:Error|TypeError|RangeError)\(/;
    const found = files(src, (f) => f.endsWith('.ts') && !f.endsWith(join('internal', 'bug.ts'))).filter((f) => plain.test(readFileSync(f, 'utf8')));
    expect(found.map((f) => relative(root, f))).toEqual([]);
  });

  it('error and issue messages come from a message module of their layer, never a literal at the throw site', () => {
    // message modules: messages.ts (builder, parse, ARN and principal helpers), model/messages.ts, evaluate/explain.ts,
    // optimize/messages.ts, analyze/messages.ts, cdk/messages.ts, cli/messages.ts; lint rules word their findings beside
    // their check (one rule per file); the CLI's help text is its own (cli/help.ts, loaded by --help without the messages)
    const src = join(root, 'src');
    const own = (f: string) => /(^|\/)messages\.ts$|^evaluate\/explain\.ts$|^internal\/bug\.ts$|^cli\/help\.ts$/.test(f);
    const literal = [/\bmessage: ['"`]/, /\bnew PolicyArgumentError\('\w+',\s*['"`]/, /\bnew (?!PolicyArgumentError)\w*Error\(['"`]/, /\bfail\(\s*\w+,\s*['"`][^'"`]*\s\w+\s/, /\bfail\w*\([^;]*'[A-Z_]+',\s*['"`]/];
    const found = files(src, (f) => f.endsWith('.ts')).flatMap((f) => {
      const rel = relative(src, f).split(sep).join('/');
      if (own(rel)) return [];
      return readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => [line, i] as const)
        .filter(([line]) => !/^\s*(\*|\/\/)/.test(line) && literal.some((re) => re.test(line)))
        .map(([, i]) => `${rel}:${i + 1}`);
    });
    expect(found).toEqual([]);
  });

  it('a module that re-exports another with `export *` declares none of its names again (its own copy wins without a word)', () => {
    // messages.ts kept a second badConditionKey beside model/messages.ts's, word for word; dist/core.js held both
    const src = join(root, 'src');
    const declared = (f: string) => [...readFileSync(f, 'utf8').matchAll(/^export (?:declare )?(?:async )?(?:const|let|function\*?|class|type|interface|enum) (\w+)/gm)].map((m) => m[1]!);
    const star = /^export \* from ['"](\.[^'"]+)\.js['"]/gm;
    const reexporting = files(src, (f) => f.endsWith('.ts')).filter((f) => /^export \* from/m.test(readFileSync(f, 'utf8')));
    expect(reexporting.length).toBeGreaterThan(0);
    const twice = reexporting.flatMap((f) => {
      const own = new Set(declared(f));
      return [...readFileSync(f, 'utf8').matchAll(star)].flatMap((m) => declared(resolve(dirname(f), `${m[1]}.ts`)).filter((n) => own.has(n)).map((n) => `${relative(src, f).split(sep).join('/')}: ${n}`));
    });
    expect(twice).toEqual([]);
  });

  it('one show(): a message quotes a value with show (model/messages.ts), never JSON.stringify in its text', () => {
    // a template literal holding words and ${JSON.stringify(...)}: a message quoting a value by hand (the CLI prints JSON itself)
    const src = join(root, 'src');
    const byHand = /`[^`\n]*\$\{JSON\.stringify\([^)]*\)\}[^`\n]*`/g;
    const found = files(src, (f) => f.endsWith('.ts') && !f.includes(`${sep}cli${sep}`)).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(byHand)].filter((m) => /[a-z] [a-z]/.test(m[0])).map((m) => `${relative(src, f).split(sep).join('/')}: ${m[0].slice(0, 60)}`),
    );
    expect(found).toEqual([]);
    const shows = files(src, (f) => f.endsWith('.ts')).filter((f) => /^export function show\(/m.test(readFileSync(f, 'utf8')));
    expect(shows.map((f) => relative(src, f).split(sep).join('/'))).toEqual(['model/messages.ts']);
  });

  it('PolicySizeError is made in one place: assertFits (emit/size.ts)', () => {
    const src = join(root, 'src');
    const makers = files(src, (f) => f.endsWith('.ts')).filter((f) => readFileSync(f, 'utf8').includes('new PolicySizeError('));
    expect(makers.map((f) => relative(src, f).split(sep).join('/'))).toEqual(['emit/size.ts']);
    const text = readFileSync(join(src, 'emit', 'size.ts'), 'utf8');
    expect(text.split('new PolicySizeError(')).toHaveLength(2);
    const body = text.slice(text.indexOf('export function assertFits('), text.indexOf('\n}\n', text.indexOf('export function assertFits(')));
    expect(body).toContain('new PolicySizeError(');
  });

  it('every module-level cache is a BoundedCache (model/bounded-cache.ts) or a WeakMap (docs/architecture.md, Caches)', () => {
    // a Map, Set, WeakMap or array made empty at module level is filled at run time: a cache. Keyed by
    // strings or numbers it must be bounded by the one helper; keyed by an object it is a WeakMap,
    // whose entries go with their key. The one array: the catalog's decoded services, indexed by service
    // number, so bounded by the generated catalog.
    const weak = ['analyze/checks.ts shapes', 'analyze/reduce.ts entries', 'analyze/reduce.ts actionIndexes', 'evaluate/conditions.ts preparedCache', 'evaluate/read.ts checked', 'evaluate/read.ts fitsPlace', 'evaluate/read.ts rawCache', 'parse/path.ts memberIndex', 'cdk/aspect.ts CHECKED_STACKS', 'cdk/aspect.ts RENDERS', 'cdk/assembly.ts APP', 'cdk/assembly.ts ATTACHED', 'cdk/assembly.ts CHILDREN', 'cdk/assembly.ts ENTRIES', 'cdk/assembly.ts SEEN', 'cdk/foreach.ts EXPANDED', 'cdk/names.ts KEYS', 'cdk/tokens.ts READING_OUTPUTS'];
    const fixed = ['catalog/data.ts decoded'];
    // no cache: what the CLI undoes if it is stopped, each entry removed once its lock or file is done
    const inFlight = ['cli/on-stop.ts undos'];
    const EMPTY = /^(?:export )?(?:const|let) (\w+)\s*(:[^=\n]*)?= (?:\/\*#__PURE__\*\/ )?(?:new (Map|Set|WeakMap|WeakSet)(?:<[^\n]*>)?\(\)|\[\])/gm;
    const src = join(root, 'src');
    const found = files(src, (f) => f.endsWith('.ts')).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(EMPTY)]
        .filter((m) => !/^:\s*(?:Readonly(?:Set|Map)<|readonly )/.test(m[2] ?? ''))
        .map((m) => `${relative(src, f).split(sep).join('/')} ${m[1]}`),
    );
    expect(found.sort()).toEqual([...weak, ...fixed, ...inFlight].sort());
    const names = (kind: string) => files(src, (f) => f.endsWith('.ts')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(new RegExp(`^(?:const|let) (\\w+)[^=\\n]*= new ${kind}\\b`, 'gm'))].map((m) => `${relative(src, f).split(sep).join('/')} ${m[1]}`));
    expect([...names('WeakMap'), ...names('WeakSet')].sort()).toEqual(weak.sort());
    expect(names('BoundedCache').length).toBeGreaterThan(20);
  });

  it('the z3 oracle stays a test tool: src/ and dist/ never name z3-solver, and it is a devDependency only', () => {
    const named = [join(root, 'src'), dist].flatMap((dir) => files(dir, (f) => /\.(ts|js|cjs|mjs)$/.test(f))).filter((f) => readFileSync(f, 'utf8').includes('z3-solver'));
    expect(named.map((f) => relative(root, f))).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    expect(pkg.devDependencies?.['z3-solver']).toMatch(/^\d+\.\d+\.\d+$/);
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) expect(pkg[field]?.['z3-solver']).toBeUndefined();
  });

  it('every Error class is an IamPolicyError but for four internal control-flow classes no entry exports (docs/architecture.md, Errors)', () => {
    // caught inside typed-iam: CliError/HelpRequested become exit codes and help, AssemblyReadError a CliError, WorkLimit an "unknown" result
    const internal = ['AssemblyReadError', 'CliError', 'HelpRequested', 'WorkLimit'];
    const src = join(root, 'src');
    const direct = files(src, (f) => f.endsWith('.ts')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bclass (\w+) extends (?:Error|TypeError|RangeError)\b/g)].map((m) => m[1]));
    expect(direct.sort()).toEqual([...internal, 'IamPolicyError'].sort());
    const entries = files(src, (f) => f.endsWith('index.ts') || f.endsWith(join('vitest', 'setup.ts')));
    for (const f of entries) for (const name of internal) expect(readFileSync(f, 'utf8'), `${relative(root, f)} exports ${name}`).not.toMatch(new RegExp(`\\b${name}\\b`));
  });
});
