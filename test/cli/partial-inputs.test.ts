/**
 * One input of several that is missing or cannot be read: lint, size and fmt report it in its place
 * and process every other input (the run stopped before the first file: `lint a.json missing.json
 * b.json` printed only "File not found"), with exit 2 over 1. Commands whose inputs are one question
 * (simulate, diff, check, cdk check) still stop as a whole. And the inputs around it: links, loops,
 * long paths, duplicates, stdin among files, a byte-order mark under fmt.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTextSet } from '../../src/cli/io.js';
import { command, ensureBin, overManaged, ROOT, run } from './helpers.js';

const doc = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const READ = doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' });
/** A security finding (PASS_ROLE_WITH_STAR_IN_RESOURCE): exit 1 alone. */
const PASS_ROLE = doc({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' });
const PRETTY_READ = `${JSON.stringify(JSON.parse(READ), null, 2)}\n`;
const unix = process.platform !== 'win32';

let dir: string;
const at = (...names: string[]) => join(dir, ...names);

interface Finding {
  readonly file: string;
  readonly code: string;
  readonly severity: string;
  readonly message: string;
}

beforeAll(() => {
  ensureBin();
  dir = mkdtempSync(join(tmpdir(), 'typed-iam-partial-'));
  writeFileSync(at('a.json'), READ);
  writeFileSync(at('pass-role.json'), PASS_ROLE);
  mkdirSync(at('empty'));
  mkdirSync(at('tree', 'inner'), { recursive: true });
  writeFileSync(at('tree', 'inner', 'c.json'), READ);
  mkdirSync(at('outside'));
  writeFileSync(at('outside', 'o.json'), PASS_ROLE);
  if (unix) {
    symlinkSync(at('outside'), at('tree', 'linked'));
    symlinkSync(at('loop-b'), at('loop-a'));
    symlinkSync(at('loop-a'), at('loop-b'));
    symlinkSync(at('nowhere.json'), at('broken.json'));
  }
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lint: one missing input among several', () => {
  it('lints the others and reports the missing one in its place; exit 2 over the findings\' 1', () => {
    const r = run(['lint', at('a.json'), at('missing.json'), at('pass-role.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${at('missing.json')}: file not found.`);
    // the input after the missing one was linted
    expect(r.stdout).toContain('PASS_ROLE_WITH_STAR_IN_RESOURCE');
    expect(r.stderr).toContain('3 files (1 not read): 1 finding (1 security)');
  });

  it('--format json lists the missing input as an error entry beside the other findings', () => {
    const r = run(['lint', '--format', 'json', at('missing.json'), at('pass-role.json'), `${at('nothing')}/*.json`, at('empty')]);
    expect(r.code).toBe(2);
    const findings = JSON.parse(r.stdout) as Finding[];
    expect(findings.map((f) => [f.file, f.code])).toEqual([
      [at('missing.json'), 'NOT_FOUND'],
      [at('pass-role.json'), 'PASS_ROLE_WITH_STAR_IN_RESOURCE'],
      [`${at('nothing')}/*.json`, 'NO_MATCH'],
      [at('empty'), 'NO_MATCH'],
    ]);
    expect(findings[0]).toMatchObject({ severity: 'error', path: '', message: `${at('missing.json')}: file not found.` });
  });

  it('--format sarif marks the run failed, names the missing input, and holds the other results', () => {
    const r = run(['lint', '--format', 'sarif', at('missing.json'), at('pass-role.json')]);
    expect(r.code).toBe(2);
    const run0 = (JSON.parse(r.stdout) as { runs: { results: { ruleId: string }[]; invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[] }[] }).runs[0]!;
    expect(run0.results.map((x) => x.ruleId)).toContain('PASS_ROLE_WITH_STAR_IN_RESOURCE');
    expect(run0.invocations[0]!.executionSuccessful).toBe(false);
    expect(run0.invocations[0]!.toolExecutionNotifications[0]!.message.text).toContain('missing.json: file not found.');
  });

  it('an input named twice, or found twice, is linted once; a missing one named twice is reported once', () => {
    const r = run(['lint', '--format', 'json', 'pass-role.json', './pass-role.json', '.', 'missing.json', './missing.json'], { cwd: dir });
    const files = (JSON.parse(r.stdout) as Finding[]).map((f) => f.file);
    expect(files.filter((f) => f.endsWith('pass-role.json'))).toEqual(['pass-role.json']);
    expect(files.filter((f) => f === 'missing.json')).toHaveLength(1);
  });

  it('stdin among files is read in its place', () => {
    const r = run(['lint', '--format', 'json', at('a.json'), '-', at('missing.json')], { input: PASS_ROLE });
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as Finding[]).map((f) => [f.file, f.code])).toEqual([
      ['<stdin>', 'PASS_ROLE_WITH_STAR_IN_RESOURCE'],
      [at('missing.json'), 'NOT_FOUND'],
    ]);
  });

  it('a wrong command line still stops before any input: "-" twice, an empty argument', () => {
    for (const args of [['lint', at('pass-role.json'), '-', '-'], ['lint', at('pass-role.json'), '']]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
    }
  });
});

describe('size and fmt: one missing input among several', () => {
  it('size --json has an error row in its place and measures the others', () => {
    const r = run(['size', '--json', at('a.json'), at('missing.json'), at('pass-role.json')]);
    expect(r.code).toBe(2);
    const rows = JSON.parse(r.stdout) as { file: string; fits: boolean; length?: number; error?: { code: string; message: string } }[];
    expect(rows.map((x) => x.file)).toEqual([at('a.json'), at('missing.json'), at('pass-role.json')]);
    expect(rows[1]).toEqual({ file: at('missing.json'), fits: false, error: { code: 'NOT_FOUND', message: `${at('missing.json')}: file not found.` } });
    expect(rows[2]!.length).toBe(PASS_ROLE.length);
    // text: the measured rows on stdout, the missing input on stderr
    const text = run(['size', at('missing.json'), at('a.json')]);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain('a.json');
    expect(text.stderr).toContain('missing.json: file not found.');
  });

  it('size: over a limit and a missing input is exit 2, the over row still printed', () => {
    const r = run(['size', '--target', 'trust', '--limit', '10', at('a.json'), at('missing.json')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('over by');
  });

  it('fmt --write rewrites the others, creates nothing for the missing input and leaves a file that does not parse as it was', () => {
    mkdirSync(at('fmt'));
    writeFileSync(at('fmt', 'a.json'), READ);
    writeFileSync(at('fmt', 'b.json'), READ);
    writeFileSync(at('fmt', 'bad.json'), '{"Version": ');
    const r = run(['fmt', '--write', at('fmt', 'a.json'), at('fmt', 'missing.json'), at('fmt', 'bad.json'), at('fmt', 'b.json')]);
    expect(r.code).toBe(2);
    expect(readFileSync(at('fmt', 'a.json'), 'utf8')).toBe(PRETTY_READ);
    expect(readFileSync(at('fmt', 'b.json'), 'utf8')).toBe(PRETTY_READ);
    expect(readFileSync(at('fmt', 'bad.json'), 'utf8')).toBe('{"Version": ');
    expect(existsSync(at('fmt', 'missing.json'))).toBe(false);
    expect(r.stderr).toContain('4 files (2 not read or not a valid policy) checked, 2 rewritten.');
    // a missing input is not stdin (both have no path): --write with it is no usage error (it was: "cannot rewrite stdin")
    expect(r.stderr).not.toContain('stdin');
    const stdin = run(['fmt', '--write', at('fmt', 'a.json'), '-'], { input: READ });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain('--write cannot rewrite stdin');
  });

  it('fmt --check lists the unformatted others and exits 2 for the missing input', () => {
    const r = run(['fmt', '--check', at('missing.json'), at('a.json')]);
    expect(r.code).toBe(2);
    expect(r.stdout.trim()).toBe(at('a.json'));
  });
});

describe('commands whose inputs are one question still stop as a whole', () => {
  it('simulate with a missing --scp decides nothing (exit 2, the error document with --json)', () => {
    const r = run(['simulate', '--json', '--policy', at('a.json'), '--scp', at('missing.json'), '--action', 's3:GetObject', '--resource', 'arn:aws:s3:::docs/a']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ error: { exitCode: 2, message: `typed-iam simulate: ${at('missing.json')}: file not found.` } });
  });

  it('diff, check and fit with a missing or empty input: exit 2', () => {
    expect(run(['diff', at('a.json'), at('missing.json')]).code).toBe(2);
    expect(run(['check', 'no-new-access', '--existing', at('missing.json'), at('a.json')]).code).toBe(2);
    expect(run(['fit', at('empty')]).code).toBe(2);
    expect(run(['fit', `${at('nothing')}/*.json`]).stderr).toContain('no file matches this pattern');
  });

  it('cdk check with one assembly missing checks none (the templates are one app)', () => {
    const r = run(['cdk', 'check', '--format', 'json', at('missing'), at('tree')]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ error: { exitCode: 2 } });
  });
});

describe.skipIf(!unix)('links, loops and long paths', () => {
  it('a link loop, a broken link and a path too long are input errors naming the argument; the others are linted', () => {
    const long = at(`${'x'.repeat(300)}.json`);
    const r = run(['lint', '--format', 'json', at('loop-a'), at('broken.json'), long, at('pass-role.json')]);
    expect(r.code).toBe(2);
    const findings = JSON.parse(r.stdout) as Finding[];
    expect(findings.map((f) => [f.file, f.code])).toEqual([
      [at('loop-a'), 'UNREADABLE'],
      [at('broken.json'), 'NOT_FOUND'],
      [long, 'UNREADABLE'],
      [at('pass-role.json'), 'PASS_ROLE_WITH_STAR_IN_RESOURCE'],
    ]);
    expect(findings[0]!.message).toContain('a loop of symbolic links');
    expect(findings[1]!.message).toContain('a symbolic link to a path that does not exist');
    expect(findings[2]!.message).toContain('ENAMETOOLONG');
  });

  it('a linked folder below a walk is not followed, and is named on stderr (its files were skipped unseen)', () => {
    const r = run(['lint', at('tree')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${at('tree', 'linked')}: a symbolic link to a folder, not followed`);
    expect(r.stderr).toContain('1 file: no findings');
    // named, it is walked
    expect(run(['lint', `${at('tree', 'linked')}/`]).code).toBe(1);
  });
});

describe('fmt and a byte-order mark', () => {
  it('--check lists a canonical file with a BOM, --write drops the mark (it was "formatted" and kept)', () => {
    const bom = at('bom.json');
    writeFileSync(bom, `\uFEFF${PRETTY_READ}`);
    const check = run(['fmt', '--check', bom]);
    expect(check.code).toBe(1);
    expect(check.stdout.trim()).toBe(bom);
    expect(run(['fmt', '--write', bom]).code).toBe(0);
    expect(readFileSync(bom, 'utf8')).toBe(PRETTY_READ);
    expect(run(['fmt', '--check', bom]).code).toBe(0);
  });
});

describe.skipIf(!unix)('a folder the walk cannot read, among readable ones', () => {
  // root reads a mode-000 directory: then the CLI runs as nobody, in a folder nobody can reach
  const root = process.getuid?.() === 0;
  let tree: string;
  beforeAll(() => {
    tree = mkdtempSync(join(root ? '/tmp' : tmpdir(), 'typed-iam-partial-walk-'));
    chmodSync(tree, 0o755);
    mkdirSync(join(tree, 'secret'));
    mkdirSync(join(tree, 'open'));
    writeFileSync(join(tree, 'open', 'p.json'), PASS_ROLE);
    writeFileSync(join(tree, 'secret', 'b.json'), PASS_ROLE);
    chmodSync(join(tree, 'secret'), 0o000);
  });
  afterAll(() => {
    chmodSync(join(tree, 'secret'), 0o755);
    rmSync(tree, { recursive: true, force: true });
  });

  it('lints what it can read and lists the folder as UNREADABLE (the walk stopped: nothing was linted)', () => {
    for (const input of [tree, join(tree, '**', '*.json'), join(tree, '*', '*.json')]) {
      const r = spawnSync(process.execPath, [...command, 'lint', '--format', 'json', input], { cwd: ROOT, encoding: 'utf8', ...(root ? { uid: 65534, gid: 65534 } : {}) });
      expect(r.status, `${input}\n${r.stderr}`).toBe(2);
      const findings = JSON.parse(r.stdout) as Finding[];
      // the folder is reported once, and no "no file matches" beside it
      expect(findings.filter((f) => f.code === 'UNREADABLE').map((f) => f.file)).toEqual([join(tree, 'secret')]);
      expect(findings.some((f) => f.code === 'NO_MATCH')).toBe(false);
      expect(findings.some((f) => f.file === join(tree, 'open', 'p.json') && f.code === 'PASS_ROLE_WITH_STAR_IN_RESOURCE')).toBe(true);
    }
  });
});

describe('fit --out writes its parts as one set', () => {
  const big = overManaged();
  const parts = (out: string) => readdirSync(out).filter((f) => !f.startsWith('.')).sort();

  it('parts of an earlier run past this run\'s count are refused, and removed with --force (a deploy reading every part applied them)', () => {
    const out = at('fit-stale');
    writeFileSync(at('big.json'), big);
    expect(run(['fit', at('big.json'), '--out', out]).code).toBe(0);
    const before = parts(out);
    expect(before.length).toBeGreaterThan(1);
    writeFileSync(at('big.json'), READ);
    for (const f of before) if (f !== `big-${before.length}.json`) rmSync(join(out, f));
    // only the last part of the earlier run is left: without --force it is refused, nothing written
    const refused = run(['fit', at('big.json'), '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`big-${before.length}.json exists already`);
    expect(parts(out)).toEqual([`big-${before.length}.json`]);
    const forced = run(['fit', at('big.json'), '--out', out, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).toContain(`removed ${join(out, `big-${before.length}.json`)}: a part of an earlier run (this run wrote 1).`);
    expect(parts(out)).toEqual(['big-1.json']);
    // a part whose extension is in upper case is a part too: walks and globs read *.json in any case
    writeFileSync(join(out, 'big-2.JSON'), READ);
    expect(run(['fit', at('big.json'), '--out', out]).stderr).toMatch(/big-2\.JSON exists? already/);
    const again = run(['fit', at('big.json'), '--out', out, '--force']);
    expect(again.stderr).toContain(`removed ${join(out, 'big-2.JSON')}: a part of an earlier run (this run wrote 1).`);
    expect(parts(out)).toEqual(['big-1.json']);
  });

  it('a part that cannot be written leaves no part of the set written (the first parts were left, the rest missing)', async () => {
    mkdirSync(at('set'));
    writeFileSync(at('set', 'p-1.json'), 'old 1');
    writeFileSync(at('set', 'blocker'), 'a file where the folder of a part would be');
    const files = [
      { path: at('set', 'p-1.json'), text: 'new 1' },
      { path: at('set', 'p-2.json'), text: 'new 2' },
      { path: at('set', 'blocker', 'p-3.json'), text: 'new 3' },
    ];
    await expect(writeTextSet(files)).rejects.toThrow('no part was written');
    expect(readdirSync(at('set')).sort()).toEqual(['blocker', 'p-1.json']);
    expect(readFileSync(at('set', 'p-1.json'), 'utf8')).toBe('old 1');
    await writeTextSet(files.slice(0, 2));
    expect(readFileSync(at('set', 'p-1.json'), 'utf8')).toBe('new 1');
    expect(readFileSync(at('set', 'p-2.json'), 'utf8')).toBe('new 2');
  });
});

describe('build: one export that is not written does not stop or hide the others', () => {
  const project = join(ROOT, '.tmp', `cli-partial-build-${process.pid}`);
  beforeAll(() => {
    mkdirSync(project, { recursive: true });
    writeFileSync(
      join(project, 'policies.mjs'),
      [
        "import { allow, policy } from 'typed-iam';",
        "const read = policy.identity(allow('s3:GetObject').on('arn:aws:s3:::docs/*'));",
        "export { read as '../escaped' };",
        'export const blocked = read;',
        "export const tooBig = policy.identity(...Array.from({ length: 200 }, (_, i) => allow('s3:GetObject').on(`arn:aws:s3:::bucket-${i}/*`)));",
        'export const zeta = read;',
      ].join('\n'),
    );
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('an export that cannot be written is exit 2 and the later exports are written; a later one over its limit keeps exit 2 (it gave 1)', () => {
    const out = join(project, 'out');
    // a folder where blocked.json would go: the rename fails
    mkdirSync(join(out, 'blocked.json'), { recursive: true });
    const r = run(['build', join(project, 'policies.mjs'), '--out', out]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('Cannot write');
    expect(r.stderr).toMatch(/tooBig.*over by/);
    expect(readFileSync(join(out, 'zeta.json'), 'utf8')).toContain('s3:GetObject');
  });
});

describe('cdk check: a template named twice', () => {
  it('is checked once (its findings were listed twice)', () => {
    const template = {
      Resources: {
        Pass: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'pass', Roles: ['app'], PolicyDocument: JSON.parse(PASS_ROLE) as object } },
      },
    };
    writeFileSync(at('template.json'), JSON.stringify(template));
    const once = run(['cdk', 'check', '--format', 'json', at('template.json')]);
    const twice = run(['cdk', 'check', '--format', 'json', 'template.json', './template.json', at('template.json')], { cwd: dir });
    expect(twice.code).toBe(once.code);
    const count = (r: { stdout: string }) => (JSON.parse(r.stdout) as { findings: unknown[] }).findings.length;
    expect(count(once)).toBeGreaterThan(0);
    expect(count(twice)).toBe(count(once));
  });
});
