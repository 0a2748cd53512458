import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIZE_TARGETS } from '../../src/emit/size-targets.js';
import { END, PAGE, START, renderSizeTable, replaceTable } from '../../scripts/size-table.js';

describe('docs/size-limits.md', () => {
  const page = readFileSync(PAGE, 'utf8');

  it('holds the table generated from SIZE_TARGETS (run `npx tsx scripts/size-table.ts` after changing a target)', () => {
    expect(page).toContain(START);
    expect(page).toContain(END);
    expect(replaceTable(page, renderSizeTable())).toBe(page);
  });

  it('lists every target with its limit and unit', () => {
    for (const t of Object.values(SIZE_TARGETS)) {
      expect(page).toContain(`| \`${t.name}\` | ${t.limit.toLocaleString('en-US')} | ${t.unit} |`);
    }
  });
});

describe('README.md', () => {
  it('counts the size targets there are', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const said = /\| (\d+) targets \|/.exec(readme);
    expect(said, 'the comparison table gives the number of size targets').not.toBeNull();
    expect(Number(said![1])).toBe(Object.keys(SIZE_TARGETS).length);
  });
});
