/**
 * Every export of every public entry (types, classes, functions, constants) is used by some type
 * test in test-d/ (tsd), so the public API cannot grow an untested name without this failing. Read
 * from the built declarations (dist/, `npm run build`), as a consumer sees them: an export counts
 * as covered when a test-d file uses it (not only imports it) through any entry that exports the
 * same declaration.
 *
 * One family is counted as a whole: the per-service helpers of `typed-iam/arn` (`s3`, `dynamodb`,
 * ...) and their `<Service>Arns` interfaces, generated one pair per service. Each helper must have
 * exactly the type of its interface (`s3` is `S3Arns`), checked here both ways, and at least one
 * helper and one interface must be used in test-d.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ENTRIES, root, specifier } from '../../scripts/entries.mjs';

const dist = join(root, 'dist');
const testD = join(root, 'test-d');
/** Where the generated per-service ARN interfaces are declared. */
const ARN_FAMILY_FILE = join('catalog', 'generated', 'arn-services.d.ts');

interface Export {
  readonly entry: string;
  readonly name: string;
  readonly what: 'type' | 'class' | 'function' | 'constant';
  readonly target: ts.Symbol;
}

function resolve(checker: ts.TypeChecker, s: ts.Symbol): ts.Symbol {
  return s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
}

/** Every export of every entry: types (aliases, interfaces, enums), classes, functions and constants. */
function exportsOf(program: ts.Program, checker: ts.TypeChecker): Export[] {
  const out: Export[] = [];
  for (const e of ENTRIES) {
    const sf = program.getSourceFile(join(dist, `${e.out}.d.ts`));
    if (!sf) continue;
    const mod = checker.getSymbolAtLocation(sf);
    if (!mod) continue;
    for (const s of checker.getExportsOfModule(mod)) {
      const target = resolve(checker, s);
      const f = target.flags;
      const what =
        f & ts.SymbolFlags.Class
          ? 'class'
          : f & (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface | ts.SymbolFlags.Enum)
            ? 'type'
            : f & ts.SymbolFlags.Function
              ? 'function'
              : f & ts.SymbolFlags.Variable
                ? 'constant'
                : undefined;
      if (what) out.push({ entry: specifier(e), name: s.name, what, target });
    }
  }
  return out;
}

/** The declarations each test-d file uses outside its import declarations. */
function usedInTests(program: ts.Program, checker: ts.TypeChecker, files: readonly string[]): Set<ts.Symbol> {
  const used = new Set<ts.Symbol>();
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) return;
    if (ts.isIdentifier(node)) {
      const s = checker.getSymbolAtLocation(node);
      if (s) used.add(resolve(checker, s));
    }
    ts.forEachChild(node, visit);
  };
  for (const f of files) visit(program.getSourceFile(f)!);
  return used;
}

describe('type tests cover the exported types', () => {
  it('every exported type, class, function and constant of every entry is used in test-d/', () => {
    expect(existsSync(join(dist, 'index.d.ts')), 'run `npm run build` first').toBe(true);
    const tests = readdirSync(testD, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.test-d.ts'))
      .map((f) => join(testD, f));
    const entries = ENTRIES.map((e) => join(dist, `${e.out}.d.ts`)).filter((f) => existsSync(f));
    const program = ts.createProgram([...entries, ...tests], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      types: [],
    });
    const checker = program.getTypeChecker();
    const all = exportsOf(program, checker);
    const used = usedInTests(program, checker, tests);

    const inFamily = (x: Export): boolean => x.target.declarations?.some((d) => d.getSourceFile().fileName.endsWith(ARN_FAMILY_FILE)) === true;
    const family = all.filter(inFamily);
    const missing = all.filter((x) => !inFamily(x) && !used.has(x.target)).map((x) => `${x.entry}: ${x.name} (${x.what})`);
    expect([...new Set(missing)]).toEqual([]);
    // the guard reaches the functions and constants, not only the types
    expect(all.filter((x) => x.what === 'function').length).toBeGreaterThan(50);
    expect(all.filter((x) => x.what === 'constant').length).toBeGreaterThan(5);

    // the generated family: one helper and one interface per service, the helper of the interface's type
    const interfaces = family.filter((x) => x.what === 'type');
    const helpers = family.filter((x) => x.what === 'constant');
    expect(interfaces.length).toBeGreaterThan(300);
    expect(helpers.length).toBe(interfaces.length);
    expect(interfaces.some((x) => used.has(x.target))).toBe(true);
    expect(helpers.some((x) => used.has(x.target))).toBe(true);
    const helperOf = new Map(helpers.map((x) => [x.name, x.target]));
    const interfaceOf = new Map(interfaces.map((x) => [x.name, x.target]));
    const mismatched = interfaces.filter((x) => {
      const helper = helperOf.get(x.name[0]!.toLowerCase() + x.name.slice(1, -'Arns'.length));
      return !helper || checker.getTypeOfSymbol(helper) !== checker.getDeclaredTypeOfSymbol(x.target);
    });
    expect(mismatched.map((x) => x.name)).toEqual([]);
    const orphans = helpers.filter((x) => !interfaceOf.has(`${x.name[0]!.toUpperCase()}${x.name.slice(1)}Arns`));
    expect(orphans.map((x) => x.name)).toEqual([]);
  }, 120_000);
});
