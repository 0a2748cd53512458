/**
 * Every exported type of every public entry, and every exported function whose signature is
 * generic, is used by some type test in test-d/ (tsd), so the type-level API cannot grow an
 * untested type without this failing. Read from the built declarations (dist/, `npm run build`),
 * as a consumer sees them: an export counts as covered when a test-d file uses it (not only imports
 * it) through any entry that exports the same declaration.
 *
 * One family is counted as a whole: the `<Service>Arns` interfaces of `typed-iam/arn`, generated one
 * per service. Each must be exactly the type of its helper object (`S3Arns` of `s3`), checked here,
 * and at least one of them must be used in test-d.
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
  readonly what: 'type' | 'generic function';
  readonly target: ts.Symbol;
}

function resolve(checker: ts.TypeChecker, s: ts.Symbol): ts.Symbol {
  return s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
}

const isGeneric = (t: ts.Type): boolean => t.getCallSignatures().some((s) => (s.typeParameters?.length ?? 0) > 0);

/** Types (aliases, interfaces, classes, enums) and values with a generic call signature (their own or a method's). */
function exportsOf(program: ts.Program, checker: ts.TypeChecker): Export[] {
  const out: Export[] = [];
  for (const e of ENTRIES) {
    const sf = program.getSourceFile(join(dist, `${e.out}.d.ts`));
    if (!sf) continue;
    const mod = checker.getSymbolAtLocation(sf);
    if (!mod) continue;
    for (const s of checker.getExportsOfModule(mod)) {
      const target = resolve(checker, s);
      const entry = specifier(e);
      if (target.flags & (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface | ts.SymbolFlags.Class | ts.SymbolFlags.Enum)) {
        out.push({ entry, name: s.name, what: 'type', target });
      } else if (target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable)) {
        const type = checker.getTypeOfSymbol(target);
        // a function, or an object of functions (`policy`, `principal`); not an array's methods
        const own = checker.isArrayType(type) || checker.isTupleType(type) ? [] : type.getProperties();
        const generic = isGeneric(type) || own.some((p) => isGeneric(checker.getTypeOfSymbol(p)));
        if (generic) out.push({ entry, name: s.name, what: 'generic function', target });
      }
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
  it('every exported type and generic function of every entry is used in test-d/', () => {
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

    const inFamily = (x: Export): boolean => x.target.declarations?.some((d) => d.getSourceFile().fileName.endsWith(ARN_FAMILY_FILE)) === true && x.what === 'type';
    const family = all.filter(inFamily);
    const missing = all.filter((x) => !inFamily(x) && !used.has(x.target)).map((x) => `${x.entry}: ${x.name} (${x.what})`);
    expect([...new Set(missing)]).toEqual([]);

    // the generated family: one interface per service helper, named after it, one of them used
    expect(family.length).toBeGreaterThan(300);
    expect(family.some((x) => used.has(x.target))).toBe(true);
    const arn = checker.getSymbolAtLocation(program.getSourceFile(join(dist, 'arn', 'index.d.ts'))!)!;
    const values = new Map(checker.getExportsOfModule(arn).map((s) => [s.name, resolve(checker, s)]));
    const mismatched = family.filter((x) => {
      const helper = values.get(x.name[0]!.toLowerCase() + x.name.slice(1, -'Arns'.length));
      return !helper || checker.getTypeOfSymbol(helper) !== checker.getDeclaredTypeOfSymbol(x.target);
    });
    expect(mismatched.map((x) => x.name)).toEqual([]);
  }, 120_000);
});
