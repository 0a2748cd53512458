/**
 * One declaration of the matchers serves vitest 3.2, 4 and 5. vitest 5 changed the type parameters
 * of `Matchers` and `Assertion` (`Matchers<T>` became `Matchers<R, T>`), and an augmentation has to
 * repeat an interface's type parameters exactly (TypeScript: "All declarations of 'Matchers' must
 * have identical type parameters", TS2428, reported under `skipLibCheck: false`). So the package
 * augments only interfaces without type parameters in every supported major: `Chai.Assertion`
 * (whose methods vitest's `Assertion` takes as they are) and `AsymmetricMatchersContaining`, both
 * through typed-iam's own `Chai.TypedIamMatchers`.
 * With `Matchers<T>`, `npm install typed-iam` beside vitest 5 was refused (ERESOLVE, the peer
 * range was `^3.2.0 || ^4.0.0`), and with `--legacy-peer-deps` a `skipLibCheck: false` project got
 * TS2428 in typed-iam's declaration. test-d/vitest.test-d.ts checks the types through vitest 4.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Every interface declared inside `declare module 'vitest'` or `declare global` in src/, with its type parameters. */
function augmentations(): { file: string; scope: string; name: string; typeParameters: number }[] {
  const found: { file: string; scope: string; name: string; typeParameters: number }[] = [];
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    const text = readFileSync(join('src', file), 'utf8');
    if (!text.includes('declare module') && !text.includes('declare global')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node, scope: string | undefined): void => {
      if (ts.isModuleDeclaration(node)) {
        const name = ts.isStringLiteral(node.name) ? node.name.text : node.name.text;
        const inner = scope === undefined ? (ts.isStringLiteral(node.name) || name === 'global' ? name : undefined) : `${scope}.${name}`;
        ts.forEachChild(node, (c) => visit(c, inner));
        return;
      }
      if (scope !== undefined && ts.isInterfaceDeclaration(node)) found.push({ file, scope, name: node.name.text, typeParameters: node.typeParameters?.length ?? 0 });
      ts.forEachChild(node, (c) => visit(c, scope));
    };
    visit(source, undefined);
  }
  return found;
}

describe('the matchers are typed for vitest 3.2, 4 and 5 alike', () => {
  it('augments only interfaces that have no type parameters in any of them', () => {
    const found = augmentations();
    expect(found.map((a) => `${a.file} ${a.scope} ${a.name}`).sort()).toEqual([
      'vitest/index.ts global.Chai Assertion',
      'vitest/index.ts global.Chai TypedIamMatchers',
      'vitest/index.ts vitest AsymmetricMatchersContaining',
    ]);
    // Chai.TypedIamMatchers is typed-iam's own interface (its two declarations, ESM and CommonJS, are alike)
    expect(found.filter((a) => a.typeParameters > 0 && a.name !== 'TypedIamMatchers')).toEqual([]);
  });

  it('the vitest of this repository has them without type parameters too (a new major that adds some fails here)', () => {
    // the installed vitest's declarations, read the way a consumer's compiler reads them
    const program = ts.createProgram({
      rootNames: [join('test', 'vitest', 'vitest-majors.test.ts')],
      options: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true, skipLibCheck: true, types: [] },
    });
    const checker = program.getTypeChecker();
    const vitest = program.getSourceFiles().find((f) => /node_modules\/vitest\/dist\/index\.d\.ts$/.test(f.fileName.split('\\').join('/')));
    expect(vitest, 'vitest/dist/index.d.ts').toBeDefined();
    const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(vitest!)!);
    const params = (symbol: ts.Symbol | undefined): number[] =>
      (symbol?.declarations ?? []).filter(ts.isInterfaceDeclaration).map((d) => d.typeParameters?.length ?? 0);
    const resolve = (s: ts.Symbol) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
    const asymmetric = exported.map(resolve).find((s) => s.name === 'AsymmetricMatchersContaining');
    expect(params(asymmetric).length).toBeGreaterThan(0);
    expect(params(asymmetric).filter((n) => n > 0)).toEqual([]);
    const chai = checker.resolveName('Chai', undefined, ts.SymbolFlags.Namespace, false);
    const assertion = chai === undefined ? undefined : checker.getExportsOfModule(chai).find((s) => s.name === 'Assertion');
    expect(params(assertion).length).toBeGreaterThan(0);
    expect(params(assertion).filter((n) => n > 0)).toEqual([]);
  });

  it('declares vitest 3.2 to 5 as the optional peer range', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { peerDependencies: Record<string, string> };
    const alternatives = pkg.peerDependencies['vitest']!.split('||').map((r) => r.trim());
    for (const [major, minor] of [[3, 2], [4, 0], [5, 0]] as const) {
      const covering = alternatives.filter((r) => {
        const m = /^\^(\d+)\.(\d+)\.\d+$/.exec(r);
        return m !== null && Number(m[1]) === major && Number(m[2]) <= minor;
      });
      expect(covering, `vitest ${major}.${minor}`).toHaveLength(1);
    }
  });
});
