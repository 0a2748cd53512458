// The snippet check of `npm test` (scripts/check-doc-snippets.mjs): what it extracts from TSDoc,
// and that a broken example fails it at the example's line. The snippets compile against dist/.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSnippets, fences, tsdocExamples } from '../../scripts/check-doc-snippets.mjs';
import { root } from '../../scripts/entries.mjs';

const source = [
  '/**', // 1
  ' * Does one thing.', // 2
  ' *', // 3
  ' * @example', // 4
  ' * ```ts', // 5
  " * import { allow } from 'typed-iam';", // 6
  " * allow('s3:GetObject').on('*');", // 7
  ' * ```', // 8
  ' * @param x what', // 9
  ' */', // 10
  'export function one(x: string) {}', // 11
  '/** Inline. @example thing.call() // 1 */', // 12
  '/**', // 13
  ' * @example', // 14
  ' *   bare(1);', // 15
  ' *   bare(2);', // 16
  ' *', // 17
  ' * @returns nothing', // 18
  ' * @example', // 19
  ' * ```ts nocheck', // 20
  ' * untyped();', // 21
  ' * ```', // 22
  ' */', // 23
  '/**', // 24
  ' * A module: no @example, but its fence is code too.', // 25
  ' * ```ts', // 26
  ' * moduleDoc();', // 27
  ' * ```', // 28
  ' */', // 29
].join('\n');

describe('tsdocExamples', () => {
  const found = tsdocExamples(source);

  it('takes the fences of an @example, at the line of their first code line', () => {
    expect(found[0]).toEqual({ body: "import { allow } from 'typed-iam';\nallow('s3:GetObject').on('*');", line: 6, skip: false });
  });

  it('takes bare code after the tag (same line or the lines up to the next tag)', () => {
    expect(found[1]).toEqual({ body: 'thing.call() // 1', line: 12, skip: false });
    expect(found[2]).toEqual({ body: '  bare(1);\n  bare(2);', line: 15, skip: false });
  });

  it('keeps the nocheck flag of a fence and reads every @example of a comment', () => {
    expect(found[3]).toEqual({ body: 'untyped();', line: 21, skip: true });
  });

  it('takes a fence outside any @example too', () => {
    expect(found[4]).toEqual({ body: 'moduleDoc();', line: 27, skip: false });
    expect(found).toHaveLength(5);
  });

  it('reads Markdown fences as before', () => {
    expect(fences('text\n```ts\nconst a = 1;\n```\n')).toEqual([{ body: 'const a = 1;', line: 3, skip: false }]);
  });
});

describe.skipIf(!existsSync(join(root, 'dist', 'index.d.ts')))('checkSnippets', () => {
  const snippet = (name: string, body: string, file = 'src/x.ts', line = 10) => ({ name, body, file, line, skip: false });
  const dir = join(root, '.tmp', `doc-snippets-test-${process.pid}`);
  const exported = new Map([['allow', ['typed-iam']]]);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a type error at its line in the source file, and passes a marked expected error', () => {
    const { errors } = checkSnippets(
      [
        snippet('good.ts', "import { allow } from 'typed-iam';\n// @ts-expect-error unknown action\nallow('s3:GetObjekt');"),
        snippet('bad.ts', "import { allow } from 'typed-iam';\nallow('s3:GetObject').on('*');\nallow('s3:GetObjekt');", 'src/y.ts', 40),
        snippet('private.ts', "import { allow } from '../../src/builder/statement-builder.js';\nallow('s3:GetObject');", 'src/z.ts', 7),
        snippet('doc.ts', "import { allow } from '../../src/index.js';\nallow('s3:GetObject');", 'docs/a.md', 3),
      ],
      { dir, exported },
    );
    expect(errors.filter((e) => e.startsWith('src/y.ts:42:'))).toHaveLength(1);
    expect(errors.some((e) => e.startsWith('src/z.ts:7:') && e.includes("import it from 'typed-iam'"))).toBe(true);
    expect(errors.some((e) => e.startsWith('docs/a.md:3:') && e.includes('as a user would'))).toBe(true);
    expect(errors.some((e) => e.startsWith('src/x.ts'))).toBe(false);
  }, 60_000);
});
