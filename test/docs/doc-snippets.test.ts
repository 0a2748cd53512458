// The snippet check of `npm test` (scripts/check-doc-snippets.mjs): what it extracts from TSDoc,
// and that a broken example fails it at the example's line. The snippets compile against dist/.
import { existsSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { announcedThrow, checkSnippets, collectSnippets, fences, notRunnable, repoFiles, runSnippets, sameStated, statedResults, tsdocExamples } from '../../scripts/check-doc-snippets.mjs';
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

describe('running the snippets', () => {
  const snippet = (name: string, body: string, line = 1) => ({ name: `run-test-${name}.ts`, body, file: 'docs/x.md', line, skip: false });

  it('runs each runnable snippet against dist/ and reports one that throws at its line', () => {
    const { failures, ran } = runSnippets(
      [
        snippet('ok', "import { allow, policy } from 'typed-iam';\npolicy.identity(allow('s3:GetObject').on('*')).toString();", 3),
        snippet('throws', "import { policy } from 'typed-iam';\n(policy.identity as (...a: unknown[]) => unknown)();", 7),
        snippet('announced', "import { checkPolicy } from 'typed-iam/lint';\nimport { allow, policy } from 'typed-iam';\ncheckPolicy(policy.identity(allow.unchecked('s3:GetObjekt').on('*')));\n// throws PolicyCheckError: ...", 9),
        snippet('announced-but-fine', "import { allow } from 'typed-iam';\nallow('s3:GetObject');\n// throws PolicyCheckError", 11),
        snippet('rejection', 'void Promise.reject(new Error("late"));', 13),
        snippet('skipped', "// @ts-expect-error\nthrow new Error('never run');", 15),
      ],
    );
    expect(ran).toBe(5);
    expect(failures).toHaveLength(3);
    expect(failures[0]).toMatch(/^docs\/x\.md:7 threw /);
    expect(failures.some((f) => f.startsWith('docs/x.md:11 should throw PolicyCheckError, did not throw'))).toBe(true);
    expect(failures.some((f) => f.startsWith('docs/x.md:13 left a rejected promise'))).toBe(true);
  });

  it('runs them in a scratch directory outside the repository, where typed-iam still resolves to dist/, and removes it', () => {
    const { failures, ran, dir } = runSnippets([
      snippet(
        'cwd',
        [
          "import { writeFileSync } from 'node:fs';",
          "import { createRequire } from 'node:module';",
          "const at = createRequire(process.cwd() + '/x.js').resolve('typed-iam');",
          `if (at !== ${JSON.stringify(join(root, 'dist', 'cjs', 'index.js'))}) throw new Error('typed-iam is ' + at);`,
          "if (!import.meta.resolve('typed-iam').endsWith('/dist/index.js')) throw new Error(import.meta.resolve('typed-iam'));",
          "writeFileSync('written-by-a-snippet.json', '{}');",
        ].join('\n'),
      ),
    ]);
    expect(failures).toEqual([]);
    expect(ran).toBe(1);
    expect(relative(root, dir).startsWith('..')).toBe(true);
    expect(existsSync(dir)).toBe(false);
    expect(existsSync(join(root, 'written-by-a-snippet.json'))).toBe(false);
  });

  // docs/interop.md writes iam.tf.json to the working directory: run with the repository as
  // working directory, the check committed it once (1f03cc5)
  describe.skipIf(!existsSync(join(root, 'dist', 'index.d.ts')))('every example of README.md and docs/', () => {
    it('runs without leaving a new file in the repository', () => {
      const before = repoFiles();
      const { failures, ran } = runSnippets(collectSnippets().filter((s) => s.file.endsWith('.md')));
      expect(failures).toEqual([]);
      expect(ran).toBeGreaterThan(40);
      expect(repoFiles().filter((f) => !before.includes(f))).toEqual([]);
    }, 300_000);
  });

  // users copy the results the examples state: before this check 7 of 639 were wrong (Policy.size
  // said 106 characters for 118, safeParsePolicy's issues had other columns, in the other order)
  it('compares each result a snippet states with the real value, and reports one that differs at its line', () => {
    const { failures, ran, stated } = runSnippets([
      snippet(
        'stated',
        [
          "import { allow, policy } from 'typed-iam';", // 1
          "const doc = policy.identity(allow('s3:ListBucket').on('arn:aws:s3:::my-bucket'));", // 2
          "doc.size('managed').length; // 106", // 3: wrong
          "doc.size('managed').length; // 118", // 4
          'doc.statements.length; // => 1', // 5
          "doc.size('managed').fits; // true: size() reports", // 6: prose, states nothing
          'console.log(doc.kind); // \'identity\'', // 7
          'doc.toString(); // {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::my-bucket"}]}', // 8
          'doc.statements[0];', // 9
          "// { Effect: 'Allow', Action: ['s3:ListBucket'],", // 10
          "//   Resource: ['arn:aws:s3:::your-bucket'] }", // 11: wrong, over two lines
          "const none = doc.document.Id; // undefined", // 12
          "if (doc.kind !== 'identity') doc.kind.length; // 8", // 13: never runs
        ].join('\n'),
        20,
      ),
    ]);
    expect(ran).toBe(1);
    expect(stated).toBe(8);
    expect(failures).toHaveLength(3);
    expect(failures[0]).toBe('docs/x.md:22 states 106, but the value is 118');
    expect(failures[1]).toMatch(/^docs\/x\.md:28 states \{ Effect: 'Allow', Action: \['s3:ListBucket'\], Resource: \['arn:aws:s3:::your-bucket'\] \}, but the value is \{/);
    expect(failures[2]).toBe("docs/x.md:32 states 8, but the statement never ran");
  });

  it('reads as stated results only comments that are one literal value', () => {
    const values = (body: string) => statedResults(body).map((c) => c.value);
    expect(values("f(); // 'Bool'\ng(); // [1, -2, { a: null, 'b-c': [true] }]\nconst x = h(); // => false")).toEqual(['Bool', [1, -2, { a: null, 'b-c': [true] }], false]);
    expect(values("f(); // 'pass' | 'fail'\ng(); // ['s3:GetObject', ...]\nh(); // returns p\ni(); // { ...base, limit: 1 }\nj(); // f()")).toEqual([]);
    expect(values('f(); // 1, 2')).toEqual([]);
    expect(values("const { a } = f(); // 'x'\n// @ts-expect-error\ng(); // 'y'")).toEqual(['y']);
    expect(sameStated({ a: [1] }, '{"a":[1]}')).toBe(true);
    expect(sameStated({ a: [1] }, '{"a":[2]}')).toBe(false);
    expect(sameStated('1', 1)).toBe(false);
  });

  it('does not run what cannot run alone', () => {
    expect(notRunnable({ body: "import { readFileSync } from 'node:fs';\nreadFileSync('policy.json');", skip: false })).toBe("reads a file of the reader's project");
    expect(notRunnable({ body: "import { IAMClient } from '@aws-sdk/client-iam';", skip: false })).toBe('calls AWS');
    expect(notRunnable({ body: "import { expect } from 'vitest';", skip: false })).toBe('needs vitest');
    expect(notRunnable({ body: "import { x } from './io.js';", skip: false })).toBe('imports TypeScript sources');
    expect(notRunnable({ body: "import { allow } from 'typed-iam';", skip: false })).toBeUndefined();
    expect(announcedThrow('f();\n// throws PolicySizeError: over by 12')).toBe('PolicySizeError');
  });
});
