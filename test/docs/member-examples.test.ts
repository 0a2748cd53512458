/**
 * Every method users call on what the entries export has a TSDoc `@example`, like the exported
 * functions (scripts/check-doc-snippets.mjs checks those, and type-checks and runs every example):
 * the methods of exported classes and interfaces (`StatementBuilder.on`, `Policy.size`, the vitest
 * matchers) and the functions of exported objects (`allow.not`, `principal.service`). Read from the
 * built declarations (`npm run build` first), as an editor shows them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ENTRIES, root, specifier } from '../../scripts/entries.mjs';

const dist = join(root, 'dist');

/** Members users never call, each with why. */
const NOT_CALLED = new Map([
  ['StatementSource.toStatement', 'the shape the policy factories accept; users call StatementBuilder.toStatement'],
  ['PolicyLike.size', 'the shape optimize accepts (a Policy, or a CDK document measured by hand)'],
  ['TypedIamChecks.visit', 'CDK calls it on each construct (IAspect)'],
  ['typedIamMatchers.toAllow', 'handed to expect.extend; users call expect(...).toAllow (TypedIamMatchers)'],
  ['typedIamMatchers.toDeny', 'handed to expect.extend; users call expect(...).toDeny (TypedIamMatchers)'],
  ['typedIamMatchers.toGrantNoMoreThan', 'handed to expect.extend (TypedIamMatchers)'],
  ['typedIamMatchers.toNeverAllow', 'handed to expect.extend (TypedIamMatchers)'],
  ['typedIamMatchers.toBeEquivalentTo', 'handed to expect.extend (TypedIamMatchers)'],
]);

describe.skipIf(!existsSync(join(dist, 'index.d.ts')))('methods of the public API', () => {
  it('each has a TSDoc @example', () => {
    const files = ENTRIES.map((e) => join(dist, `${e.out}.d.ts`)).filter((f) => existsSync(f));
    const program = ts.createProgram(files, { strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, types: [] });
    const checker = program.getTypeChecker();
    const resolve = (s: ts.Symbol): ts.Symbol => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
    const ours = (s: ts.Symbol): boolean => s.declarations?.some((d) => d.getSourceFile().fileName.startsWith(dist)) === true;
    const seen = new Set<string>();
    const members: { name: string; documented: boolean }[] = [];
    for (const e of ENTRIES) {
      const sf = program.getSourceFile(join(dist, `${e.out}.d.ts`));
      if (!sf) continue;
      for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(sf)!)) {
        const s = resolve(exported);
        // the generated per-service ARN helpers: one family, documented once in typed-iam/arn
        if (s.declarations?.some((d) => d.getSourceFile().fileName.includes(join('catalog', 'generated')))) continue;
        let props: ts.Symbol[] = [];
        if (s.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface)) {
          props = checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(s)).filter((m) => m.flags & ts.SymbolFlags.Method);
        } else if (s.flags & ts.SymbolFlags.Variable) {
          const type = checker.getTypeOfSymbol(s);
          if (!checker.isArrayType(type) && !checker.isTupleType(type)) props = type.getProperties().filter((m) => checker.getTypeOfSymbol(m).getCallSignatures().length > 0);
        }
        for (const m of props.filter(ours)) {
          const name = `${s.name}.${m.name}`;
          if (seen.has(name)) continue;
          seen.add(name);
          const documented = (m.declarations ?? []).some((d) => ts.getJSDocTags(d).some((t) => t.tagName.text === 'example'));
          members.push({ name: `${name} (${specifier(e)})`, documented: documented || NOT_CALLED.has(name) });
        }
      }
    }
    expect(members.length).toBeGreaterThan(40);
    expect(members.filter((m) => !m.documented).map((m) => m.name)).toEqual([]);
    // every exception still names a member
    expect([...NOT_CALLED.keys()].filter((n) => !seen.has(n))).toEqual([]);
  }, 60_000);
});
