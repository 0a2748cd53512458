/**
 * docs/architecture.md names the tree as it is: each source folder has its paragraph, each file it
 * names exists, and its package table has a row for each public entry.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRIES, root, specifier } from '../../scripts/entries.mjs';

const page = readFileSync(join(root, 'docs', 'architecture.md'), 'utf8');

describe('docs/architecture.md', () => {
  it('gives every folder of src/ its paragraph (a bullet opening with **folder/**)', () => {
    const folders = readdirSync(join(root, 'src')).filter((f) => statSync(join(root, 'src', f)).isDirectory());
    expect(folders.length).toBeGreaterThan(10);
    const described = new Set([...page.matchAll(/^- (?:\*\*\w+\/\*\*(?:, | and )?)+/gm)].flatMap((m) => [...m[0].matchAll(/\*\*(\w+)\/\*\*/g)].map((n) => n[1])));
    expect(folders.filter((f) => !described.has(f))).toEqual([]);
  });

  it('names only files that exist (a path is read from the repository root, then from src/ and docs/)', () => {
    const named = [...new Set([...page.matchAll(/`((?:[\w-][\w.-]*\/)*[\w-][\w.-]*\.(?:ts|mjs|json|md))`/g)].map((m) => m[1]!))];
    expect(named.length).toBeGreaterThan(30);
    const missing = named.filter((p) => !['', 'src', 'docs'].some((dir) => existsSync(join(root, dir, p))));
    expect(missing).toEqual([]);
  });

  it('has a row for each public entry in its package table', () => {
    const rows = new Set([...page.matchAll(/^\| `([\w/-]+)`/gm)].map((m) => m[1]));
    expect(ENTRIES.filter((e) => e.subpath !== './vitest/setup').map(specifier).filter((s) => !rows.has(s))).toEqual([]);
  });
});
