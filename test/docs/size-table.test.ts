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

describe('docs/size-limits.md, figures written by hand outside the generated table', () => {
  const page = readFileSync(PAGE, 'utf8');
  const prose = page.slice(0, page.indexOf(START)) + page.slice(page.indexOf(END));
  const n = (x: number | undefined) => (x ?? NaN).toLocaleString('en-US');

  it('the element-count quota rows are the targets\' counts', () => {
    const rows = [...prose.matchAll(/^\| `([a-z0-9-]+)` \| (\d+) (statements|entries in one statement's `Action`)/gm)];
    expect(rows.length).toBe(3);
    for (const [, name, count, what] of rows) {
      const counts = SIZE_TARGETS[name as keyof typeof SIZE_TARGETS].counts;
      expect(Number(count), name).toBe(what === 'statements' ? counts?.statements : counts?.actionsPerStatement);
    }
  });

  it('the quotas the prose names are the targets\' figures', () => {
    const { scp, rcp, trust, session, managed } = SIZE_TARGETS;
    for (const said of [
      `**SCP: ${n(scp.limit)} characters since 15 May 2026**`,
      `resource control policies stay at\n  ${n(rcp.limit)}`,
      `fails as a role trust policy\n(${n(trust.limit)} characters)`,
      `The \`trust\` target is the default quota, ${n(trust.limit)}`,
      `the ${n(session.limit)} characters also count the ARNs`,
      `(${scp.attachable} SCPs or ${rcp.attachable} RCPs attach to a root, OU or account)`,
      `${managed.attachable} managed policies per role or\n  user, ${scp.attachable} SCPs or ${rcp.attachable} RCPs per root, OU or account`,
      `as an S3 bucket policy (${SIZE_TARGETS['s3-bucket'].limit / 1024} KB)`,
    ])
      expect(prose).toContain(said);
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
