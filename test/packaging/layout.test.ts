/**
 * test/ mirrors src/: each folder of test/ is named after the folder of src/ whose code it tests, or
 * is one of the few cross-cutting suites (docs, hostile input, interop, packaging).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CROSS_CUTTING = new Set(['docs', 'hostile', 'interop', 'packaging']);
const folders = (dir: string): string[] => readdirSync(dir).filter((f) => statSync(join(dir, f)).isDirectory());

describe('test layout', () => {
  it('every test folder names a src folder or a documented cross-cutting suite', () => {
    const src = new Set(folders('src'));
    const stray = folders('test').filter((f) => !src.has(f) && !CROSS_CUTTING.has(f));
    expect(stray).toEqual([]);
  });

  it('no test file sits at the top of test/', () => {
    expect(readdirSync('test').filter((f) => f.endsWith('.ts'))).toEqual([]);
  });
});
