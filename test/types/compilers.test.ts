/**
 * The type tests (test-d/*.test-d.ts, against the built declarations) read by three compilers:
 * the repository's TypeScript, 5.5 (devDependency alias `typescript-5.5`) and 7, the native
 * compiler (`typescript-7`). Each `expectError` of a test-d file is a compile error to plain tsc,
 * so the list of errors is the list of mistakes the types catch (and any they refuse wrongly): it
 * must be the same list under each. TypeScript 7 reports a more specific code at five places
 * (TS2739/TS2740/TS2741 for TS2345/TS2344: a missing property named), so its list is compared by
 * place. TypeScript 5.0 (`typescript-5.0`; 5.1-5.3 alike) differs exactly at the lines marked
 * `// TypeScript 5.4+`, all array arguments or spread lists (docs/getting-started.md);
 * test/packaging/install.test.ts compares its messages for values written one by one.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, runTsc } from './tsc.js';

/** `file(line,col): error TSnnnn` of each error the compiler reports for the test-d files, sorted. */
function errors(compiler: string): string[] {
  const { out } = runTsc('compilers', { include: [join(root, 'test-d', '*.ts')] }, compiler);
  return [...out.matchAll(/^(\S+\(\d+,\d+\)): error (TS\d+)/gm)].map((m) => `${m[1]!.replace(/^.*test-d[\\/]/, 'test-d/')} ${m[2]}`).sort();
}

const place = (e: string): string => e.split(' ')[0]!;

const MARK = '// TypeScript 5.4+';

/** The places of the test-d lines marked {@link MARK}: `test-d/x.test-d.ts(line` (any column). */
function marked(): string[] {
  const out: string[] = [];
  for (const file of readdirSync(join(root, 'test-d')).filter((f) => f.endsWith('.ts')).sort()) {
    const lines = readFileSync(join(root, 'test-d', file), 'utf8').split('\n');
    lines.forEach((l, i) => {
      if (l.includes(MARK)) out.push(`test-d/${file}(${i + 1}`);
    });
  }
  return out;
}

describe('the type tests under four compilers', () => {
  let current: string[] = [];
  beforeAll(() => {
    current = errors('typescript');
  }, 120_000);

  it('the current compiler reports the expected errors of the test-d files', () => {
    // every file has expectError lines; a broken setup (no declarations, no files) reports 0 or 1
    expect(current.length).toBeGreaterThan(200);
    expect(new Set(current.map((e) => e.split('(')[0])).size).toBeGreaterThanOrEqual(15);
  });

  it('TypeScript 5.5 reports the same errors, with the same codes', () => {
    expect(errors('typescript-5.5')).toEqual(current);
  }, 120_000);

  it('TypeScript 7 reports errors at the same places', () => {
    expect(errors('typescript-7').map(place)).toEqual(current.map(place));
  }, 120_000);

  it('TypeScript 5.0 reports errors at the same places but on the lines marked as needing 5.4, and differs on each of them', () => {
    // compared by place: 5.0 gives another code at a few places (its own wording of the same refusal)
    const oldest = errors('typescript-5.0').map(place);
    const now = current.map(place);
    const line = (e: string) => e.slice(0, e.lastIndexOf(','));
    const differ = [...new Set([...now.filter((e) => !oldest.includes(e)), ...oldest.filter((e) => !now.includes(e))].map(line))].sort();
    expect(differ).toEqual(marked().sort());
    expect(differ.length).toBeGreaterThan(0);
  }, 120_000);
});
