/**
 * test/ mirrors src/: each folder of test/ is named after the folder of src/ whose code it tests, or
 * is one of the few cross-cutting suites (docs, hostile input, interop, packaging), and each folder
 * of src/ has its folder of tests. Generated sources sit in the one generated folder.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const CROSS_CUTTING = new Set(['docs', 'hostile', 'interop', 'packaging']);
const folders = (dir: string): string[] => readdirSync(dir).filter((f) => statSync(join(dir, f)).isDirectory());

describe('test layout', () => {
  it('every test folder names a src folder or a documented cross-cutting suite', () => {
    const src = new Set(folders('src'));
    const stray = folders('test').filter((f) => !src.has(f) && !CROSS_CUTTING.has(f));
    expect(stray).toEqual([]);
  });

  it('every src folder has a test folder of the same name holding tests', () => {
    const untested = folders('src').filter((f) => !existsSync(join('test', f)) || !readdirSync(join('test', f), { recursive: true, encoding: 'utf8' }).some((t) => t.endsWith('.test.ts')));
    expect(folders('src').length).toBeGreaterThan(10);
    expect(untested).toEqual([]);
  });

  it('generated sources live in src/catalog/generated/ only, each with the generated header', () => {
    const all = readdirSync('src', { recursive: true, encoding: 'utf8' }).map((f) => f.split(sep).join('/'));
    const generatedFolders = all.filter((f) => f.split('/').at(-1) === 'generated' && statSync(join('src', f)).isDirectory());
    expect(generatedFolders).toEqual(['catalog/generated']);
    const inside = all.filter((f) => f.startsWith('catalog/generated/') && f.endsWith('.ts'));
    expect(inside.length).toBeGreaterThan(5);
    expect(inside.filter((f) => !readFileSync(join('src', f), 'utf8').startsWith('// This file is generated'))).toEqual([]);
  });

  it('no test file sits at the top of test/', () => {
    expect(readdirSync('test').filter((f) => f.endsWith('.ts'))).toEqual([]);
  });

  it('every fast-check run has a fixed seed (ground rules: generated inputs come from fixed seeds)', () => {
    const unseeded: string[] = [];
    const files = (readdirSync('test', { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.ts'));
    for (const file of files) {
      const text = readFileSync(join('test', file), 'utf8');
      for (const call of text.matchAll(/\bfc\.(?:assert|check|sample)\(/g)) {
        // the call's text, to its closing parenthesis
        let depth = 1;
        let end = call.index + call[0].length;
        while (depth > 0 && end < text.length) {
          const c = text[end++];
          if (c === '(') depth++;
          else if (c === ')') depth--;
        }
        const body = text.slice(call.index, end);
        // options given inline, or as a constant of the file whose value names a seed
        const named = /,\s*([A-Z_][A-Za-z0-9_]*)\s*,?\s*\)$/.exec(body)?.[1];
        const seeded = /\bseed\s*:/.test(body) || (named !== undefined && new RegExp(`const ${named} = \\{[^}]*\\bseed\\s*:`).test(text));
        if (!seeded) unseeded.push(`test/${file}:${text.slice(0, call.index).split('\n').length}`);
      }
    }
    expect(files.length).toBeGreaterThan(50);
    expect(unseeded).toEqual([]);
  });
});
