/** The CLI's helpers in-process: glob, context parsing, colour decision, progress line, inputs. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { palette, wantsColour } from '../../src/cli/colour.js';
import { contextOf } from '../../src/cli/commands/simulate.js';
import { glob, matchSegment } from '../../src/cli/glob.js';
import { CliError, resolveSources, UsageError } from '../../src/cli/io.js';
import { progress, PROGRESS_MIN_ITEMS } from '../../src/cli/progress.js';

describe('matchSegment', () => {
  it.each([
    ['*.json', 'a.json', true],
    ['*.json', 'a.json.bak', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['*', '', true],
    ['**', 'x', true],
    ['a*b*c', 'aXbYbZc', true],
    ['a*b*c', 'aXbYbZ', false],
    ['[ab].json', '[ab].json', true],
    ['(a|b)', 'a', false],
    // the .json extension in any case (A.JSON was skipped unseen); the rest of the name as written
    ['*.json', 'A.JSON', true],
    ['*.json', 'b.Json', true],
    ['*.JSON', 'c.json', true],
    ['*-trust.json', 'ci-trust.JSON', true],
    ['*-trust.json', 'ci-TRUST.json', false],
    ['a*.json', 'A.json', false],
    ['*.json', 'a.jsonx', false],
    ['*.json', 'json', false],
    ['*.txt', 'a.TXT', false],
  ])('%s ~ %s = %s', (pattern, name, expected) => {
    expect(matchSegment(pattern, name)).toBe(expected);
  });

  it('stays fast on adversarial patterns', () => {
    expect(matchSegment(`${'*a'.repeat(50)}b`, 'a'.repeat(200))).toBe(false);
  });
});

describe('glob', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'typed-iam-glob-'));
    for (const f of ['a.json', 'b.txt', '.hidden.json', 'x/c.json', 'x/y/d.json', '.git/e.json', 'x/.h/f.json']) {
      mkdirSync(join(root, f, '..'), { recursive: true });
      writeFileSync(join(root, f), '{}');
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('matches within a segment and across directories', async () => {
    expect(await glob('*.json', root)).toEqual(['a.json']);
    expect(await glob('**/*.json', root)).toEqual(['a.json', 'x/c.json', 'x/y/d.json']);
    expect(await glob('x/**', root)).toEqual(['x/c.json', 'x/y/d.json']);
    expect(await glob('?.*', root)).toEqual(['a.json', 'b.txt']);
    expect(await glob('.*.json', root)).toEqual(['.hidden.json']);
    expect(await glob('nope/*.json', root)).toEqual([]);
  });

  it('keeps absolute patterns absolute', async () => {
    expect(await glob(`${root}/x/*.json`, '/')).toEqual([`${root}/x/c.json`]);
  });

  it('resolves directories, globs and stdin as inputs', async () => {
    const sources = await resolveSources(['x', '*.json', '-', 'a.json'], { cwd: root });
    expect(sources.map((s) => s.name)).toEqual(['x/c.json', 'x/y/d.json', 'a.json', '<stdin>']);
    await expect(resolveSources(['-', '-'], { cwd: root })).rejects.toBeInstanceOf(UsageError);
    // an argument that names no readable input is a source in its place, with the error to report
    const [missing, yaml, a] = await resolveSources(['missing.json', '*.yaml', 'a.json'], { cwd: root });
    expect(missing!.problem).toBeInstanceOf(CliError);
    expect(missing!.problem?.message).toBe('missing.json: file not found.');
    expect(missing!.problem?.input?.code).toBe('NOT_FOUND');
    expect(yaml!.problem?.input?.code).toBe('NO_MATCH');
    expect(a).toMatchObject({ name: 'a.json' });
    expect(a!.problem).toBeUndefined();
  });
});

describe('contextOf', () => {
  it('keeps values as text and collects repeated keys', () => {
    expect(contextOf(['aws:MultiFactorAuthPresent=true', 'aws:TagKeys=a', 'aws:TagKeys=b', 'k=a=b,c', 'empty='])).toEqual({
      'aws:MultiFactorAuthPresent': 'true',
      'aws:TagKeys': ['a', 'b'],
      k: 'a=b,c',
      empty: '',
    });
  });

  it('rejects entries without a key', () => {
    expect(() => contextOf(['novalue'])).toThrow(UsageError);
    expect(() => contextOf(['=x'])).toThrow('is not key=value');
  });
});

describe('wantsColour', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  it.each([
    [tty, {}, true],
    [pipe, {}, false],
    [tty, { NO_COLOR: '1' }, false],
    [tty, { NO_COLOR: '' }, true],
    [pipe, { FORCE_COLOR: '1' }, true],
    [pipe, { FORCE_COLOR: '0' }, false],
    [tty, { FORCE_COLOR: 'false' }, false],
    [pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    [tty, { TERM: 'dumb' }, false],
  ])('%o %o -> %s', (stream, env, expected) => {
    expect(wantsColour(stream, env)).toBe(expected);
  });

  it('palette(false) is the identity', () => {
    expect(palette(false).red('x')).toBe('x');
    expect(palette(true).red('x')).toBe('\u001b[31mx\u001b[39m');
  });
});

describe('progress', () => {
  const stream = (isTTY: boolean) => {
    const writes: string[] = [];
    return { isTTY, columns: 40, writes, write: (t: string) => writes.push(t) };
  };

  it('draws on a terminal for long runs and clears at the end', () => {
    const s = stream(true);
    let now = 0;
    const p = progress(s, PROGRESS_MIN_ITEMS, () => (now += 100));
    for (let i = 0; i < PROGRESS_MIN_ITEMS; i++) p.tick(`file-${i}.json`);
    p.done();
    expect(s.writes[0]).toBe('\r\u001b[2K[1/20] file-0.json');
    expect(s.writes.at(-2)).toBe('\r\u001b[2K[20/20] file-19.json');
    expect(s.writes.at(-1)).toBe('\r\u001b[2K');
  });

  it('throttles and truncates to the terminal width', () => {
    const s = stream(true);
    const p = progress(s, 100, () => 0);
    for (let i = 0; i < 50; i++) p.tick(`${'x'.repeat(80)}-${i}`);
    expect(s.writes).toHaveLength(1);
    expect(s.writes[0]!.length).toBeLessThanOrEqual('\r\u001b[2K'.length + 39);
  });

  it('writes nothing on a pipe or for short runs', () => {
    const pipe = stream(false);
    const p = progress(pipe, 100);
    p.tick('a');
    p.done();
    const short = stream(true);
    progress(short, 3).tick('a');
    expect([...pipe.writes, ...short.writes]).toEqual([]);
  });
});
