/**
 * Every relative link of the Markdown a user reads (README.md, CHANGELOG.md, docs/, examples/)
 * names a file of the repository, and every #anchor a heading of its page, as GitHub renders them.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../scripts/entries.mjs';

function* markdown(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (relative(root, path) !== join('docs', 'api')) yield* markdown(path);
    } else if (entry.name.endsWith('.md')) yield path;
  }
}

/** The lines outside code fences (blank inside them). */
function prose(text: string): string[] {
  let fence: string | undefined;
  return text.split('\n').map((line) => {
    const open = /^\s*(`{3,}|~{3,})/.exec(line);
    if (open) {
      if (fence === undefined) fence = open[1]![0]!.repeat(open[1]!.length);
      else if (line.trim().startsWith(fence)) fence = undefined;
      return '';
    }
    return fence === undefined ? line : '';
  });
}

/** GitHub's anchor of a heading: lower case, punctuation but - and _ dropped, spaces to -. */
const slug = (heading: string) =>
  heading
    .replace(/`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const anchorCache = new Map<string, Set<string>>();
function anchors(file: string): Set<string> {
  let found = anchorCache.get(file);
  if (found) return found;
  found = new Set();
  const seen = new Map<string, number>();
  for (const line of prose(readFileSync(file, 'utf8'))) {
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      const base = slug(h[1]!);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      found.add(n === 0 ? base : `${base}-${n}`);
    }
    for (const a of line.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) found.add(a[1]!);
  }
  anchorCache.set(file, found);
  return found;
}

const pages = [join(root, 'README.md'), join(root, 'CHANGELOG.md'), ...markdown(join(root, 'docs')), ...markdown(join(root, 'examples'))].filter((f) => existsSync(f));

/** The broken relative links of one page, as 'file:line target: why'. */
function brokenLinks(file: string): string[] {
  const broken: string[] = [];
  prose(readFileSync(file, 'utf8')).forEach((line, i) => {
    // a link inside a code span is code, not a link
    for (const m of line.replace(/(`+)[^`]*?\1/g, '').matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      const target = m[1]!;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
      const [path = '', anchor] = target.split('#');
      const at = `${relative(root, file)}:${i + 1} ${target}`;
      const resolved = path === '' ? file : join(dirname(file), decodeURIComponent(path));
      if (!existsSync(resolved)) {
        broken.push(`${at}: no such file`);
        continue;
      }
      if (anchor !== undefined && anchor !== '' && resolved.endsWith('.md') && statSync(resolved).isFile() && !anchors(resolved).has(decodeURIComponent(anchor).toLowerCase()))
        broken.push(`${at}: no heading with that anchor`);
    }
  });
  return broken;
}

describe('relative links of the Markdown pages', () => {
  it('finds the pages and their links', () => {
    expect(pages.length).toBeGreaterThan(15);
    expect(brokenLinks(join(root, 'README.md'))).toEqual([]);
  });

  it.each(pages.map((p) => relative(root, p)))('%s: every relative link resolves', (page) => {
    expect(brokenLinks(join(root, page))).toEqual([]);
  });

  it('reports a missing file and a missing anchor (the check itself)', () => {
    expect(slug('Plain JavaScript: `checkPolicy`')).toBe('plain-javascript-checkpolicy');
    expect(slug('`typed-iam lint`')).toBe('typed-iam-lint');
    expect(slug('UNIQUE_SIDS_RECOMMENDED')).toBe('unique_sids_recommended');
    const dir = mkdtempSync(join(tmpdir(), 'typed-iam-links-'));
    try {
      writeFileSync(join(dir, 'b.md'), '# B page\n');
      const page = join(dir, 'a.md');
      writeFileSync(page, ['# A', '[ok](b.md#b-page) [self](#a) [gone](c.md) [bad](b.md#nope)', '`[code](d.md)`', '```md', '[fenced](e.md)', '```'].join('\n'));
      expect(brokenLinks(page).map((b) => b.replace(/^.*a\.md:/, ''))).toEqual(['2 c.md: no such file', '2 b.md#nope: no heading with that anchor']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
